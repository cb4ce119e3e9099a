## BAU scenarios: rows, import, adoption

bau-error-required = This cell is empty; it needs a value.
bau-error-unknown-variable = "{ $value }" is not a variable; use population, gdp, energy, emissions or renewables_share (人口, 地区生产总值, 能源消费, 二氧化碳排放, 可再生能源占比).
bau-error-unknown-kind = "{ $value }" is not a kind; use observed or growth (观测 or 增长).
bau-error-not-a-number = "{ $value }" is not a number.
bau-error-unknown-unit = "{ $value }" is not a unit Concord knows, such as 万人, 亿元, 万吨标准煤, 万吨CO2 or %.
bau-error-wrong-unit = "{ $value }" does not measure this variable.
bau-error-year-range = The year must lie between 1949 and 2100.
bau-error-duplicate-year = This variable already has a row for this year.
bau-error-growth-before-observed = A growth rate needs an observed value of the same variable in an earlier year.
bau-error-negative = The value cannot be negative.
bau-error-share-above-100 = A share cannot be above 100 %.
bau-error-rate-range = The growth rate must be above −100 % a year.
bau-error-driver-itself = A variable cannot drive itself.
bau-error-driver-cycle = These variables drive each other in a circle.
bau-error-driver-missing = The driving variable has no value at the start of this path.
bau-error-at-cell = Row { $row }, column { $column }: { $reason }
bau-error-no-header = The file needs the header row variable,kind,year,value,unit (or 变量,类型,年份,数值,单位); "{ $header }" is missing.
bau-error-empty = The file has no rows.
bau-error-rows-invalid = { $count ->
    [one] One row has a problem; nothing was imported.
   *[other] { $count } rows have problems; nothing was imported.
}
bau-error-frozen = The scenario "{ $name }" was adopted and cannot change; copy it to make a variant.
bau-error-adoption-refused = Question { $question } has not decided to adopt; a scenario is adopted only by a decided question whose outcome adopted it.
bau-error-name-taken = A scenario is already called "{ $name }".
bau-error-scenario-not-found = There is no scenario "{ $name }".
bau-error-no-bau = The dialogue has no BAU scenario yet; import one with concord bau import --csv FILE.
bau-error-xlsx = Cannot read the workbook { $path }: { $reason }
bau-imported = { $scenario }: { $rows ->
    [one] { $rows } row imported
   *[other] { $rows } rows imported
}, projected to { $end }.
bau-missing-base = The { $goal } line needs a { $measure } value for { $year }.
