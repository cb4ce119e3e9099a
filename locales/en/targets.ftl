## Targets for 2030 and mid-century, and progress

targets-error-frozen = The targets were adopted and cannot change; a revision is adopted again by a new question.
targets-error-adoption-refused = Question { $question } has not decided to adopt; targets are adopted only by a decided question whose outcome adopted them.
targets-error-nothing-to-adopt = There are no proposed targets to adopt; import them first with concord targets import --csv FILE.
targets-error-no-header = The file needs the header row indicator,baseline_year,baseline_value,target_year,target_value (or 指标代码,基准年,基准值,目标年,目标值); "{ $header }" is missing.
targets-error-at-cell = Row { $row }, column { $column }: { $reason }
targets-error-required = This cell is empty; it needs a value.
targets-error-unknown-subject = "{ $value }" is neither an indicator of the catalogue, a BAU series such as emissions or carbon_intensity, nor a scorecard essential such as E5.
targets-error-not-a-number = "{ $value }" is not a number.
targets-error-year-range = The year must lie between 1990 and 2100.
targets-error-target-before-baseline = The target year must come after the baseline year.
targets-error-duplicate = This indicator already has a row for this target year in the file.
targets-error-empty = The file has no rows.
targets-imported = { $count ->
    [one] One target imported as a proposal.
   *[other] { $count } targets imported as proposals.
}
targets-adopted = { $count ->
    [one] One target adopted by question { $question } and frozen.
   *[other] { $count } targets adopted by question { $question } and frozen.
}
targets-state-proposed = proposed
targets-state-adopted = adopted by question { $question }
targets-essential-name = Essential { $number } ({ $level }): { $name }
targets-essential-unit = points
targets-essential-level-preliminary = preliminary, 0–3
targets-essential-level-detailed = detailed, 0–5
targets-error-score-range = "{ $value }" is not a score of this essential: a mean score lies between 0 and 3 at the preliminary level and between 0 and 5 at the detailed level.
targets-error-kind-for-essential = An essential's target is a score: a fixed level or a change from the baseline, not an intensity or a reduction below the BAU.
