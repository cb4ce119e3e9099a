## The Deficits report (PDF): indicators against their benchmarks, the resilience scorecard,
## the ranked deficits and the sources. Every id here must also exist in
## locales/zh-CN/deficits-report.ftl, with the same variables.

deficits-report-title = Deficits report
deficits-report-subtitle = { $city } · multistakeholder dialogue with { $partner }
deficits-report-subtitle-alone = { $city } · multistakeholder dialogue
deficits-report-city = City
deficits-report-partner = Partner city
deficits-report-prepared = Prepared on
deficits-report-catalogue = Indicator catalogue
deficits-report-workshop = Scorecard workshop
deficits-report-workshop-value = { $title }, { $date }
deficits-report-none-yet = none yet

## 1. Indicators
deficits-report-indicators = 1. Indicators against their benchmarks
deficits-report-indicators-count = { $count ->
    [one] One indicator has a stored value
   *[other] { $count } indicators have stored values
}; { $flagged ->
    [0] none is flagged as a deficit.
    [one] one is flagged as a deficit.
   *[other] { $flagged } are flagged as deficits.
}
deficits-report-no-values = No indicator values are stored yet. Import the city's values (indicator, year, value, source) to see them against their benchmarks here.
deficits-report-col-code = Code
deficits-report-col-indicator = Indicator
deficits-report-col-latest = Latest value
deficits-report-col-year = Year
deficits-report-col-benchmark = Benchmark
deficits-report-col-gap = Gap
deficits-report-col-flag = Flag
deficits-report-gap-percent = { $percent } % of the benchmark
deficits-report-flag-deficit = Deficit
deficits-report-flag-met = Met
deficits-report-flag-no-benchmark = No benchmark
deficits-report-kind-national-target = national target
deficits-report-kind-partner-city = partner city
deficits-report-kind-who-guideline = WHO guideline
deficits-report-kind-dialogue-own = set by the dialogue
deficits-report-yes = yes
deficits-report-no = no

## 2. Scorecard
deficits-report-scorecard = 2. Disaster resilience scorecard
deficits-report-scorecard-total = { $title }, { $date }: { $score } of { $max ->
    [one] one point
   *[other] { $max } points
} ({ $percent } %).
deficits-report-no-scorecard = No scorecard workshop has been scored yet. Score the 47 questions of the preliminary level in a workshop to see the ten essentials here.
deficits-report-radar-title = The ten essentials, in per cent of their maximum
deficits-report-radar-caption = Figure 1. Disaster resilience scorecard by essential
deficits-report-col-essential = Essential
deficits-report-col-score = Score / maximum
deficits-report-col-percent = Per cent
deficits-report-col-scored = Questions scored
deficits-report-total = Total

## 3. Ranked deficits
deficits-report-ranking = 3. Ranked deficits
deficits-report-ranking-dots = { $voters ->
    [one] One participant
   *[other] { $voters } participants
} ranked { $count ->
    [one] one deficit
   *[other] { $count } deficits
} by dot voting, { $dots ->
    [one] one dot
   *[other] { $dots } dots
} each. Equal points share a rank, written as 5= for instance.
deficits-report-ranking-borda = { $voters ->
    [one] One participant
   *[other] { $voters } participants
} ranked { $count ->
    [one] one deficit
   *[other] { $count } deficits
} by a modified Borda count. Equal points share a rank, written as 5= for instance.
deficits-report-not-ranked = The dialogue has not ranked the deficits yet.
deficits-report-not-ranked-flagged = The dialogue has not ranked the deficits yet; { $count ->
    [one] one deficit is
   *[other] { $count } deficits are
} flagged in the indicator table.
deficits-report-no-ballots = A ranking is open, but nobody has voted yet.
deficits-report-col-rank = Rank
deficits-report-col-deficit = Deficit
deficits-report-col-points = Points
deficits-report-col-dots = Dots
deficits-report-bar-title = Deficits ranked by the dialogue
deficits-report-bar-axis = Points
deficits-report-bar-caption = Figure 2. Ranked deficits
deficits-report-by-group = Priorities by sector and by triple-helix group
deficits-report-by-group-note = Each group's own count: its three highest-ranked deficits, with their points in brackets.
deficits-report-col-group = Group
deficits-report-col-voters = Voters
deficits-report-col-top = Top deficits
deficits-report-by-sector = By sector
deficits-report-by-helix = By triple-helix group

## 4. Sources
deficits-report-sources = 4. Sources
deficits-report-no-sources = No sources: no values or benchmarks are stored.
deficits-report-sources-note = Every source named by the stored values and benchmarks.
