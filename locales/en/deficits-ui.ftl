# The Deficits stage in the window: values, scorecard and ranking.

deficits-ui-value-stored = A value for this indicator and year is already stored. Tick “Replace” to change it.
deficits-ui-workshop-title = Resilience workshop

deficits-ui-title = Deficits
deficits-ui-intro = The city's values against their benchmarks, the resilience scorecard workshop, and the dialogue's ranking of what falls short.
deficits-ui-tabs = Parts of the Deficits stage
deficits-ui-tab-values = Values
deficits-ui-tab-scorecard = Scorecard
deficits-ui-tab-ranking = Ranking
deficits-ui-export = Export report
deficits-ui-exported = Deficits report saved to { $path }

## Values
deficits-ui-values-count = { $count ->
    [one] One indicator has a value or a benchmark
   *[other] { $count } indicators have a value or a benchmark
}; { $flagged ->
    [0] none is flagged as a deficit.
    [one] one is flagged as a deficit.
   *[other] { $flagged } are flagged as deficits.
}
deficits-ui-values-empty-title = No values yet
deficits-ui-values-empty-body = Type the city's first value below, or import a CSV or Excel file of values (indicator code, year, value, source).
deficits-ui-col-code = Code
deficits-ui-col-indicator = Indicator
deficits-ui-col-latest = Latest value
deficits-ui-col-year = Year
deficits-ui-col-benchmark = Benchmark
deficits-ui-col-gap = Gap
deficits-ui-col-flag = Flag
deficits-ui-col-deficit = Deficit
deficits-ui-col-dots = Dots
deficits-ui-col-group = Group
deficits-ui-col-voters = Voters
deficits-ui-col-top = Top deficits
deficits-ui-flag-deficit = Deficit
deficits-ui-flag-met = Met
deficits-ui-flag-no-benchmark = No benchmark
deficits-ui-flag-no-value = No value yet
deficits-ui-yes-no = yes or no
deficits-ui-entry-title = Enter a value
deficits-ui-entry-code = Indicator code
deficits-ui-entry-year = Year
deficits-ui-entry-value = Value
deficits-ui-entry-unit = Unit
deficits-ui-entry-source = Source
deficits-ui-entry-note = Note
deficits-ui-entry-ppp = PPP base year
deficits-ui-entry-keys = Type the code (e.g. 11.6.2), then Tab to each field; Enter saves. An empty unit means the indicator's own.
deficits-ui-entry-replace = Replace a value already stored
deficits-ui-entry-save = Save value
deficits-ui-value-saved = Saved { $code } for { $year }.
deficits-ui-import-title = Import a file of values
deficits-ui-import-help = CSV (UTF-8 or GB18030) or Excel .xlsx, with the columns 指标代码/code, 年份/year, 数值/value and optionally 单位/unit, 来源/source, 备注/note. Nothing is imported while any row has a problem.
deficits-ui-import-choose = Choose a file…
deficits-ui-import-file = { $file } ({ $format }): { $rows ->
    [one] one row
   *[other] { $rows } rows
}
deficits-ui-import-ready = Ready: { $add ->
    [one] one value to add
   *[other] { $add } values to add
}, { $update ->
    [one] one to replace
   *[other] { $update } to replace
}.
deficits-ui-import-problems = { $count ->
    [one] One problem: fix it in the file and choose it again. Nothing has been imported.
   *[other] { $count } problems: fix them in the file and choose it again. Nothing has been imported.
}
deficits-ui-problem-row = Row
deficits-ui-problem-column = Column
deficits-ui-problem-reason = Problem
deficits-ui-import-replace = Replace values already stored
deficits-ui-import-go = Import
deficits-ui-import-cancel = Cancel
deficits-ui-imported = { $count ->
    [one] One value imported from { $file }.
   *[other] { $count } values imported from { $file }.
}

## Scorecard
deficits-ui-no-workshop = No workshop yet: the first score opens one today.
deficits-ui-workshop = { $title }, { $date }
deficits-ui-score-keys = Select a question and press 0 to { $max } to score it; ←/→ change the score, ↑/↓ move between questions. Scores of 0 or 1 are deficits.
deficits-ui-score-total = Total { $score } of { $max } ({ $percent } %) · { $scored ->
    [one] one question scored
   *[other] { $scored } questions scored
} of { $questions }
deficits-ui-essential-total = { $score } / { $max } · { $percent } %
deficits-ui-score-button = Score { $code } { $score }
deficits-ui-score-of = Score of { $code }
deficits-ui-comment = Comment
deficits-ui-comment-for = Comment on { $code }
deficits-ui-not-scored = not scored
deficits-ui-score-deficit = deficit

## Ranking
deficits-ui-ranking-empty-title = Nothing to rank yet
deficits-ui-ranking-empty-body = The room ranks the indicators flagged as deficits and the scorecard questions scored 0 or 1. Enter values with benchmarks or score the scorecard first.
deficits-ui-no-vote = { $count ->
    [one] One deficit is flagged. Start a dot vote to put it to the room.
   *[other] { $count } deficits are flagged. Start a dot vote to put them to the room.
}
deficits-ui-vote-closed = The last vote is closed; its result stands. A new vote puts what is flagged now to the room.
deficits-ui-dots-each = Dots each
deficits-ui-open-vote = Start a new vote
deficits-ui-ballot-title = Dot vote
deficits-ui-voted = { $count ->
    [0] Nobody has voted yet
    [one] One person has voted
   *[other] { $count } people have voted
} ({ $voters ->
    [one] one voter
   *[other] { $voters } voters
}).
deficits-ui-voter = Stakeholder
deficits-ui-dots-left = { $count ->
    [0] All { $each } dots placed.
    [one] One dot left of { $each }.
   *[other] { $count } dots left of { $each }.
}
deficits-ui-dots-over = { $count ->
    [one] One dot too many
   *[other] { $count } dots too many
}: each person has { $each }.
deficits-ui-dots-save = Save dots
deficits-ui-dots-saved = Dots saved for { $name }.
deficits-ui-close-vote = Close the vote
deficits-ui-result = Result
deficits-ui-points = { $points ->
    [one] one point
   *[other] { $points } points
}
deficits-ui-by-sector = By sector
deficits-ui-by-helix = By triple-helix group
deficits-ui-no-dots = { $count ->
    [0] Every deficit got dots.
    [one] One more deficit got no dots.
   *[other] { $count } more deficits got no dots.
}
