## The progress report

progress-report-title = Progress report { $year }
progress-report-header = Progress against the targets
progress-report-method = Each target is judged by Statistics Canada's method: the growth observed each year since the baseline against the growth the target needs. On track means at least 95 % of the pace needed; 60 to 95 % needs acceleration; below 60 % is limited progress; a move away from the target is deterioration.
progress-report-none = There are no targets yet.
progress-report-chart-axis = Value
progress-report-summary = Summary
progress-report-targets = The targets one by one
progress-report-checks = Checks against APEC’s and the national lines
progress-report-check-proposed = { " " }(proposed targets, not yet adopted)
progress-report-line = { $year }: { $value } { $unit } — { $status }
progress-report-figure = Figure { $number }. { $name }: values, the path to the targets
progress-col-target = Target
progress-col-baseline = Baseline
progress-col-goal = Target value
progress-col-latest = Latest value
progress-col-status = Status
progress-chart-observed = Observed
progress-chart-path = Path to the target
progress-chart-target = Target
progress-status-achieved = Achieved
progress-status-on-track = On track
progress-status-acceleration-needed = Acceleration needed
progress-status-limited-progress = Limited progress
progress-status-deterioration = Deterioration
progress-status-cannot-assess = Cannot be assessed
