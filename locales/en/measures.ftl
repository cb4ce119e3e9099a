## The Local Action Plan: key projects, measures and their progress

measures-error-has-progress = This measure has progress updates and cannot be deleted; set its status to cancelled instead.
measures-error-progress-before-start = A progress update cannot be dated before its measure starts.
measures-error-percent-range = A progress update's per cent must lie between 0 and 100.
measures-error-unknown-measure = There is no measure with the code { $code }.
