## The Local Action Plan: key projects, measures and their progress

measures-error-has-progress = This measure has progress updates and cannot be deleted; set its status to cancelled instead.
measures-error-progress-before-start = A progress update cannot be dated before its measure starts.
measures-error-percent-range = A progress update's per cent must lie between 0 and 100.
measures-error-unknown-measure = There is no measure with the code { $code }.
measures-error-no-header = The file needs the columns the export writes (code, key_project, key_project_zh, key_project_en, title_zh, title_en, description_zh, description_en, term, owner_stakeholder, owner_department, budget_cny, start, end, status, targets, progress_date, progress_percent, progress_note, or their Chinese headers); "{ $header }" is missing.
measures-error-at-cell = Row { $row }, column { $column }: { $reason }
measures-error-empty = The file has no measures.
measures-error-required = This cell is empty; it needs a value.
measures-error-duplicate-code = The code "{ $value }" appears on an earlier row of the file.
measures-error-project-titles-differ = An earlier row gives this key project other titles.
measures-error-unknown-term = "{ $value }" is not a term; write short or long.
measures-error-unknown-status = "{ $value }" is not a status; write not-started, on-time, late, completed, postponed or cancelled.
measures-error-unknown-stakeholder = There is no stakeholder { $value } in the register.
measures-error-two-owners = A measure has one owner: a stakeholder or a department, not both.
measures-error-not-a-number = "{ $value }" is not a number.
measures-error-negative-budget = The budget cannot be negative.
measures-error-not-a-date = "{ $value }" is not a date; write it as 2026-03-01.
measures-error-end-before-start = The measure ends before it starts.
measures-error-bad-targets = "{ $value }" does not read as targets with effects, e.g. 13.2.2=-42000 t CO2/a; 11.6.2=-1.5 µg/m³.
measures-error-unknown-target = "{ $value }" names an indicator that has no target.
measures-error-progress-incomplete = A progress update needs both its date and its per cent.
measures-imported = Measures imported: { $added } added, { $updated } updated, { $progress ->
    [one] one progress update added.
   *[other] { $progress } progress updates added.
}
measures-exported = { $count ->
    [one] One measure written to { $path }.
   *[other] { $count } measures written to { $path }.
}
measures-none = There are no measures yet; import them with concord measures import --csv FILE.
measures-status-not-started = not started
measures-status-on-time = on time
measures-status-late = late
measures-status-completed = completed
measures-status-postponed = postponed
measures-status-cancelled = cancelled
measures-term-short = short term
measures-term-long = long term
