## The Measures stage in the window

nav-measures = Measures
measures-ui-title = Measures and progress
measures-ui-intro = The measures of the Local Action Plan by key project: who carries each out, its budget and dates, where it stands, and the targets it serves with its expected effect.
measures-ui-add = Add a measure
measures-ui-import = Import a measures file…
measures-ui-export = Export measures (CSV)
measures-ui-exported = Measures saved: { $path }
measures-ui-imported = { $count ->
    [one] The file was imported; the plan has one measure.
   *[other] The file was imported; the plan has { $count } measures.
}
measures-ui-refused = The file was not imported; nothing changed:
measures-ui-search = Search the measures
measures-ui-search-hint = Code, title, owner or target
measures-ui-filter-status = Status
measures-ui-filter-all = Every status
measures-ui-count = { $total ->
    [one] { $shown } of 1 measure
   *[other] { $shown } of { $total } measures
}
measures-ui-more = The first { $shown } are shown; narrow the search to see the others.
measures-ui-none-found = No measure matches the search.
measures-ui-empty-title = No measures yet
measures-ui-empty-body = A measure is one action of the Local Action Plan: a title in Chinese and English, a key project it belongs to, an owner, a budget, a start and an end, a status, and the targets it serves with its expected effect. Add one with “Add a measure”, or import a CSV or .xlsx file with the columns “Export measures” writes (code, key_project, key_project_zh, key_project_en, title_zh, title_en, …).
measures-ui-project-count = { $count ->
    [one] one measure
   *[other] { $count } measures
}
measures-ui-col-code = Code
measures-ui-col-title = Measure
measures-ui-col-owner = Owner
measures-ui-col-budget = Budget
measures-ui-col-status = Status
measures-ui-col-progress = Latest progress
measures-ui-col-targets = Targets served
measures-ui-col-actions = Actions
measures-ui-fallback = in Chinese
measures-ui-no-progress = none yet
measures-ui-latest = { $percent } % on { $date }
measures-ui-edit = Edit
measures-ui-progress = Progress
measures-ui-delete = Delete
measures-ui-delete-refused = It has progress updates and cannot be deleted; set its status to cancelled instead.
measures-ui-delete-title = Delete measure { $code }?
measures-ui-delete-body = The measure and the targets it serves are removed from the plan. This cannot be undone.
measures-ui-delete-kept = Kept: it has progress.
measures-ui-deleted = Measure { $code } deleted.
measures-ui-saved = Measure { $code } saved.
measures-ui-form-add = New measure
measures-ui-form-edit = Edit measure { $code }
measures-ui-form-refused = Nothing was saved; correct the fields marked below.
measures-ui-keys = Enter saves, Esc cancels.
measures-ui-save = Save
measures-ui-cancel = Cancel
measures-ui-field-code = Code
measures-ui-field-project = Key project
measures-ui-field-projectTitle = New key project’s title
measures-ui-field-title = Title
measures-ui-field-titleZh = Title in Chinese
measures-ui-field-titleEn = Title in English
measures-ui-field-descriptionZh = Description in Chinese
measures-ui-field-descriptionEn = Description in English
measures-ui-field-term = Term
measures-ui-field-owner = Owner
measures-ui-field-budget = Budget (CNY)
measures-ui-field-start = Start
measures-ui-field-end = End
measures-ui-field-status = Status
measures-ui-field-targets = Target served
measures-ui-field-date = Date
measures-ui-field-percent = Per cent
measures-ui-field-note = Note
measures-ui-project-new = A new key project…
measures-ui-project-code = Code of the new key project
measures-ui-project-title-zh = Its title in Chinese
measures-ui-project-title-en = Its title in English
measures-ui-owner-none = Not yet known
measures-ui-owner-stakeholder = A stakeholder of the register
measures-ui-owner-department = A department, in words
measures-ui-owner-unknown = not yet known
measures-ui-owner-pick = Stakeholder
measures-ui-owner-name = Department (Chinese)
measures-ui-owner-name-en = Department (English)
measures-ui-target-add = Add a target served
measures-ui-target-remove = Remove
measures-ui-target-pick = Choose a target…
measures-ui-effect = Expected effect
measures-ui-unit = Unit
measures-ui-progress-title = Progress of { $code }
measures-ui-progress-starts = The measure runs from { $start } to { $end }.
measures-ui-progress-add = Record the update
measures-ui-progress-history = Updates so far
measures-ui-progress-none = No progress update yet.
measures-ui-progress-saved = Progress recorded for { $code }.
measures-ui-progress-close = Close
measures-ui-field-problem = { $field }: { $reason }
measures-ui-error-required = it is needed.
measures-ui-error-title = write it in Chinese or in English (or both).
measures-ui-error-code-taken = another measure already has the code “{ $value }”.
measures-ui-error-gone = the measure “{ $value }” no longer exists.
measures-ui-error-two-owners = choose a stakeholder or a department, not both.
measures-ui-error-unknown-owner = there is no stakeholder { $value } in the register.
measures-ui-error-negative = it cannot be negative.
measures-ui-error-number = “{ $value }” is not a number.
measures-ui-error-date = “{ $value }” is not a date; write it as 2026-03-01.
measures-ui-error-end-before-start = it comes before the start.
measures-ui-error-start-after-progress = a progress update is dated { $value }, before this start.
measures-ui-error-target-twice = the target { $value } is named twice.
measures-ui-error-percent = “{ $value }” lies outside 0 to 100.
stage-measures-title = Measures and progress
stage-measures-body = The measures of the Local Action Plan by key project, with owner, budget, dates, status and the targets each serves.
stage-measures-more = Save the dialogue first; then measures can be added or imported here.
