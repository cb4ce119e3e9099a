## Deficits: the indicator catalogue, the resilience scorecard and the ranking of deficits.
## Every id here must also exist in locales/zh-CN/deficits.ftl, with the same variables.

catalogue-malformed = The indicator catalogue could not be read: { $detail }
catalogue-duplicate-code = Indicator code { $code } is already in the catalogue. Choose another code.
catalogue-invalid-indicator = Indicator { $code } is incomplete: it needs a code, a name, a unit and a direction.
scorecard-malformed = The scorecard file could not be read: { $detail }
scorecard-structure = The scorecard file does not have the structure of its level: { $detail }
scorecard-unknown-question = The scorecard has no question { $code }.
scorecard-score-out-of-range = { $code }: the score { $score } is outside the scale 0–{ $max }.
ranking-too-many-dots = { $voter } placed { $used } dots; each person has { $allowed }.
ranking-unknown-candidate = { $voter } voted for { $candidate }, which is not on the list of deficits.
ranking-ranked-twice = { $voter } ranked { $candidate } twice.
