# The Deficits stage in the window: values, scorecard and ranking.

deficits-ui-value-stored = A value for this indicator and year is already stored. Tick “Replace” to change it.
deficits-ui-workshop-title = Resilience workshop
