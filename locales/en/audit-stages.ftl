## The log in words: the records of the Deficits and BAU stages

audit-table-scenario = scenario
audit-table-scenario-assumption = scenario row
audit-table-local-indicator = local indicator
audit-table-indicator-value = indicator value
audit-table-indicator-benchmark = benchmark
audit-table-scorecard-workshop = scorecard workshop
audit-table-scorecard-score = scorecard score
audit-table-deficit-ranking = deficit ranking
audit-table-deficit-ranking-candidate = ranked deficit
audit-table-deficit-ranking-ballot = ranking ballot
audit-table-vision-version = Vision version
audit-table-vision-section = Vision section
audit-table-vision-paragraph = Vision paragraph
audit-table-vision-amendment = amendment to the Vision
audit-table-target = target
audit-table-key-project = key project
audit-table-measure = measure
audit-table-measure-target = target of a measure
audit-table-measure-progress = progress update
