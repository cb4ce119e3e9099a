## Deficits: the indicator catalogue, the resilience scorecard and the ranking of deficits.
## Every id here must also exist in locales/zh-CN/deficits.ftl, with the same variables.

catalogue-malformed = The indicator catalogue could not be read: { $detail }
catalogue-duplicate-code = Indicator code { $code } is already in the catalogue. Choose another code.
catalogue-invalid-indicator = Indicator { $code } is incomplete: it needs a code, a name, a unit and a direction.
scorecard-malformed = The scorecard file could not be read: { $detail }
scorecard-structure = The scorecard file does not have the structure of its level: { $detail }
scorecard-unknown-question = The scorecard has no question { $code }.
scorecard-score-out-of-range = { $code }: the score { $score } is outside the scale 0–{ $max }.
ranking-too-many-dots = { $voter } placed { $used ->
    [one] one dot
   *[other] { $used } dots
}; each person has { $allowed ->
    [one] one
   *[other] { $allowed }
}.
ranking-unknown-candidate = { $voter } voted for { $candidate }, which is not on the list of deficits.
ranking-ranked-twice = { $voter } ranked { $candidate } twice.

## Indicator values: one message per reason a row is refused.
values-missing-column = The file has no column { $column }. Add it to the first row.
values-empty-cell = This cell is empty.
values-unknown-code = { $code } is not an indicator of the catalogue or a local indicator.
values-unit-mismatch = The unit { $unit } is not the indicator's unit ({ $expected }). Convert the value or leave the unit empty.
values-year-out-of-range = { $year } is not a year between 1990 and 2100.
values-not-a-number = "{ $value }" is not a number.
values-not-yes-or-no = { $value } is not yes or no (是 or 否).
values-ppp-base-year-missing = This indicator needs the PPP base year of its GDP (e.g. 2021).
values-duplicate-in-file = This indicator and year are already in row { $first_row } of the file.
values-already-stored = A value for this indicator and year is already stored. Import with “update” to replace it.
values-already-stored-list = Values are already stored for { $pairs }. Nothing was imported; import with “update” to replace them or “skip” to keep them.

## The command line
indicators-list-heading = SDG indicator catalogue { $version }: { $count ->
    [one] one indicator
   *[other] { $count } indicators
}
indicators-no-value = no value yet
indicators-not-xlsx = This file is not an Excel workbook (.xlsx). Use --csv for a CSV file.
indicators-problem-place = Row { $row } of { $file }, column { $column }: 
indicators-import-checked = Checked { $file }: { $rows ->
    [one] one value
   *[other] { $rows } values
}; { $add } would be added, { $update } updated, { $skip } skipped. Nothing was written.
indicators-import-written = Imported { $file }: { $add } added, { $update } updated, { $skip } skipped.
indicators-export-written = Wrote { $count ->
    [one] one value
   *[other] { $count } values
} to { $path }.
scorecard-show-heading = Disaster Resilience Scorecard, preliminary level: { $score } of { $max ->
    [one] one point
   *[other] { $max } points
}
deficits-none = No deficits are flagged. A deficit needs a stored value and a benchmark for its indicator.
deficits-line = { $rank } { $code } { $name }: { $value } { $unit } against { $benchmark } (gap { $gap })
table-too-large = The file is larger than 64 MB; a table of values is never this big.
table-too-many-rows = The file has more than a million rows.
table-unclosed-quote = A quote opened in this row is never closed.
table-mixed-encoding = This row is not in the encoding of the rows before it (UTF-8); save the whole file in one encoding.
table-not-xlsx = This file is not a readable Excel workbook (.xlsx).
indicators-problem-row = Row { $row } of { $file }: 
