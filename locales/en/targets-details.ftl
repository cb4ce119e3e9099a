## Targets: kinds of goal, SDGs, advantages, revisions and the checks against APEC's and national lines

targets-error-kind-refused = A target's kind must be base-year-reduction, fixed-level, base-year-intensity or below-bau, with a per cent between −1000 and 100 only for the kinds that have one; nothing was saved.
targets-error-sdgs-refused = A target's SDGs must be goal numbers from 1 to 17; nothing was saved.
targets-error-bau-scenario = Only a target below the BAU names the BAU scenario it is measured against, and then by a name; nothing was saved.
targets-error-no-bau-scenario = A target below the BAU needs a BAU scenario to be measured against: none is marked as the BAU on the BAU scenarios stage. Nothing was saved.
targets-error-unknown-kind = "{ $value }" is not a kind of target; write base-year-reduction, fixed-level, base-year-intensity or below-bau (or 基准年减排, 固定水平, 基准年强度, 低于基准情景).
targets-error-sdgs = "{ $value }" is not a list of SDG numbers from 1 to 17, such as 11;3.
targets-error-unknown-scenario = There is no scenario named "{ $value }".
targets-error-no-bau = A target below the BAU needs the scenario's value of this series in the target year; the scenario does not project it (or there is no BAU yet).
targets-error-no-driver = An intensity target needs GDP in the BAU for the baseline year and the target year, and GDP above zero in the baseline year.
targets-error-percent-range = The per cent must lie between −1000 and 100.
targets-error-percent-for-fixed = A fixed level takes a target value, not a per cent; leave this cell empty or choose another kind.
targets-error-value-disagrees = { $value } is not the value the per cent in this row gives; leave one of the two empty.

targets-kind-base-year-reduction = Base-year reduction
targets-kind-fixed-level = Fixed level
targets-kind-base-year-intensity = Base-year intensity
targets-kind-below-bau = Below BAU
targets-kind-detail-base-year-reduction = Base-year reduction: { $change } from { $year }
targets-kind-detail-fixed-level = Fixed level
targets-kind-detail-base-year-intensity = Base-year intensity: { $change } per unit of GDP from { $year }
targets-kind-detail-below-bau = Below BAU: { $change } from the scenario “{ $scenario }” in { $year }

targets-sdg-list = SDG { $goals }
targets-no-sdgs = No SDG named
targets-no-advantages = No advantages stated
targets-state-revision-adopted = Adopted, revision { $revision }
targets-state-revision-proposed = Proposed, revision { $revision }

targets-check-met = { $line } — met: the targets reach { $target } in { $year }; the line is { $value }.
targets-check-not-met = { $line } — not met: the targets reach { $target } in { $year }; the line is { $value }.
targets-check-missing-base = { $line } — cannot check: the value of { $subject } in { $year } is missing.
targets-check-missing-path = { $line } — cannot check: the targets for { $subject } give no value for { $year }.
targets-checks-none = No target is on energy intensity, carbon intensity or the renewables share, so there is no line to check.

# Why a target's gap to the BAU is not shown.
targets-gap-no-bau = No BAU scenario yet to compare with.
targets-gap-not-projected = The BAU scenario does not project this indicator.
targets-gap-beyond-bau = The BAU scenario does not reach { $year }.
