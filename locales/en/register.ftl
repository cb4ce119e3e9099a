## The stakeholder register: form, search, inclusiveness panel, CSV import and export.

register-error-name-required = Enter a name in Chinese or in English.
register-error-other-group = Say which other group they represent.
register-error-consent-notice = Say which notice they agreed to.
register-error-not-found = There is no stakeholder { $id } in this register.
register-error-erased = Stakeholder { $id } was erased on request and can no longer be changed.

register-status-active = Active
register-status-invited = Invited
register-status-withdrawn = Withdrawn

group-women = Women
group-youth = Youth
group-elderly = Elderly people
group-disabilities = Persons with disabilities
group-migrants = Migrants
group-low-income = Low-income residents
group-ethnic-minorities = Ethnic minorities
group-other = Other

register-title = Stakeholder register
register-lead = Everyone taking part in the dialogue, the Pact group they belong to and whom they speak for.
register-count = { $shown } of { $total ->
    [one] { $total } person
   *[other] { $total } people
}
register-search-label = Search the register
register-search-placeholder = Name, pinyin (wzl), organisation, e-mail …
register-search-keys = / or Ctrl+F
register-filter-sector = Sector
register-filter-helix = Helix group
register-filter-group = Represents
register-filter-role = Role
register-filter-status = Status
register-filter-any = Any
register-filter-clear = Clear filters
register-sort = Sort by
register-sort-name = Name
register-sort-organisation = Organisation
register-sort-sector = Sector
register-sort-recent = Recently added
register-add = Add a stakeholder
register-import = Import CSV or Excel…
register-col-name = Name
register-col-organisation = Organisation
register-col-sector = Sector
register-col-role = Role
register-col-status = Status
register-no-results = Nobody matches this search.
register-no-results-hint = Try fewer letters, the pinyin initials (wzl), or clear the filters.
register-empty-title = No one is registered yet
register-empty-body = Add the dialogue's stakeholders one by one, or import the spreadsheet you already have (CSV from Excel or WPS, in Chinese or English).
register-badge-erased = Erased
register-badge-no-consent = No consent
register-list-label = Stakeholders

register-form-add-title = Add a stakeholder
register-form-edit-title = Edit { $name }
register-form-lead = Fields marked * are required. Contacts are only exported for people who consented.
register-section-who = Who
register-section-place = Place in the dialogue
register-section-contact = Contact and consent
register-field-name-zh = Name in Chinese
register-field-name-en = Name in English
register-field-name-hint = At least one of the two names.
register-field-organisation-zh = Organisation in Chinese
register-field-organisation-en = Organisation in English
register-field-sector = Sector (Pact group)
register-field-helix = Triple-helix group
register-field-helix-hint = Suggested from the sector; change it if needed.
register-field-role = Role
register-field-groups = Disadvantaged groups represented
register-field-other-group = Which other group
register-field-email = E-mail
register-field-mobile = Mobile
register-field-consent-date = Consent given on
register-field-consent-notice = Notice agreed to
register-field-consent-hint = The day they agreed that their data is kept, and which privacy notice they read.
register-field-status = Status
register-field-note = Note
register-choose = Choose…
register-save = Save
register-saving = Saving…
register-cancel = Cancel
register-back = ← Back to the register
register-errors-title = { $count ->
    [one] One field needs attention
   *[other] { $count } fields need attention
}
register-added = { $name } was added to the register.
register-saved = The changes to { $name } were saved.
register-withdraw = Withdraw
register-withdraw-title = Withdraw { $name }?
register-withdraw-body = They stay in the register, in past attendance and in the positions they took, but no longer count in quorums or in the inclusiveness panel. You can set them active again later.
register-withdraw-confirm = Withdraw
register-withdrawn = { $name } was withdrawn.
register-erase = Erase personal data
register-erase-title = Erase the personal data of { $name }?
register-erase-body = Their names, organisation, contacts, consent and note are deleted for good and replaced by the pseudonym { $pseudonym }. Their past attendance and positions stay under that pseudonym, so outcomes remain verifiable. This cannot be undone.
register-erase-confirm = Erase for good
register-erased = The personal data was erased; the record is now { $pseudonym }.
register-erased-note = Personal data erased on request on { $date }.

register-import-title = Import stakeholders from a CSV or Excel file
register-import-lead = An Excel workbook (.xlsx, its first sheet), or CSV in UTF-8 or GB18030 separated by commas, semicolons or tabs, as Excel and WPS save them, with English or Chinese headers. Nothing is written until you confirm, and nothing at all while a row has a problem.
register-import-choose = Choose a CSV or .xlsx file…
register-import-reading = Reading { $name }…
register-import-file = { $name } · { $encoding } · { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
register-import-summary = { $add } new · { $update } to update · { $skip } to skip · { $errors ->
    [one] { $errors } problem
   *[other] { $errors } problems
}
register-import-ignored = Columns not used: { $columns }
register-import-duplicates = { $count ->
    [one] One person in the file is already in the register.
   *[other] { $count } people in the file are already in the register.
}
register-import-dup-skip = Skip them (keep the register as it is)
register-import-dup-update = Update them with the file's values
register-import-has-errors = Correct these rows in the file and choose it again: nothing is imported while a row has a problem.
register-import-confirm = { $count ->
    [one] Import one person
   *[other] Import { $count } people
}
register-import-nothing = There is nothing new to import.
register-import-done = Import finished: { $added } added, { $updated } updated.
register-import-col-row = Row
register-import-col-action = Action
register-import-col-problems = Problems
register-import-action-add = New
register-import-action-update = Update
register-import-action-skip = Skip
register-import-action-invalid = Problem
register-import-showing = Showing { $shown } of { $total ->
    [one] { $total } row
   *[other] { $total } rows
}: every row with a problem, then the first others.
register-import-too-large = This file is larger than 20 MB; split it into smaller files.

inclusion-title = Inclusiveness
inclusion-lead = Who is at the table, counting everyone not withdrawn.
inclusion-total = { $total ->
    [one] { $total } person
   *[other] { $total } people
} · { $voting ->
    [one] { $voting } voting member
   *[other] { $voting } voting members
}
inclusion-matrix-title = Sector × triple-helix group
inclusion-total-col = Total
inclusion-missing-sectors = Pact groups with nobody yet
inclusion-no-missing-sectors = Every Pact group is at the table.
inclusion-missing-groups = Disadvantaged groups not represented
inclusion-no-missing-groups = Every disadvantaged group has someone to speak for it.
inclusion-votes = Share of votes by helix group
inclusion-vote-share = { $percent } % · { $count }
inclusion-dominant = { $helix } holds more than half of the votes.

csv-col-name-zh = Name (Chinese)
csv-col-name-en = Name (English)
csv-col-name = Name
csv-col-organisation-zh = Organisation (Chinese)
csv-col-organisation-en = Organisation (English)
csv-col-organisation = Organisation
csv-col-sector = Sector
csv-col-helix = Triple-helix group
csv-col-role = Role
csv-col-groups = Groups represented
csv-col-other-group = Other group
csv-col-email = E-mail
csv-col-mobile = Mobile
csv-col-consent-date = Consent date
csv-col-consent-notice = Consent notice
csv-col-status = Status
csv-col-note = Note
csv-list-separator = {"; "}

csv-error-empty = The file is empty: it needs a header row and at least one person.
csv-error-encoding = The file is not text in UTF-8 or GB18030. In Excel, save it as "CSV UTF-8"; in WPS, as CSV.
csv-error-no-name-column = The file has no name column (such as "Name" or "姓名").
csv-error-no-sector-column = The file has no sector column (such as "Sector" or "领域/部门").
csv-error-repeated-column = The column "{ $header }" means the same as "{ $first }"; keep only one of them.
csv-error-malformed = Row { $row } cannot be read as CSV: { $reason }
csv-error-unknown-value = "{ $value }" is not one of: { $allowed }.
csv-error-date = "{ $value }" is not a date; write it as 2026-09-15.
csv-error-extra-values = This row has more values than the header has columns.
csv-error-duplicate-in-file = The same { $by ->
    [email] e-mail
   *[name] name and organisation
} as row { $row } of this file.
csv-error-duplicate = Already in the register as { $name } (same { $by ->
    [email] e-mail
   *[name] name and organisation
}). Choose to skip or to update people already registered.
csv-error-at-cell = Row { $row }, column { $column } ({ $header }): { $reason }
csv-error-at-row = Row { $row } ({ $header }): { $reason }
csv-error-read = Cannot read { $path }: { $reason }
csv-import-failed = { $count ->
    [one] One problem; nothing was imported.
   *[other] { $count } problems; nothing was imported.
}
csv-import-duplicate-hint = Add --on-duplicate skip or --on-duplicate update to decide what happens to people already registered.
csv-import-checked = { $file }: { $encoding }, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}. Would add { $add }, update { $update }, skip { $skip }. Nothing was written (dry run).
csv-import-written = { $file }: { $encoding }, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}. Added { $add }, updated { $update }, skipped { $skip }.
csv-export-written = Wrote { $path }: { $written ->
    [one] { $written } person
   *[other] { $written } people
}. { $left ->
    [0] Everyone consented to keep their data.
   *[other] { $left } left out: no consent to keep their data.
}
