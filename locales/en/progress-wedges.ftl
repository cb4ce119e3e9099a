# The measures' effects drawn as wedges on the progress chart.
progress-wedges-skipped = Not drawn, as their effect is in a unit other than the target's ({ $unit }): { $measures }.
