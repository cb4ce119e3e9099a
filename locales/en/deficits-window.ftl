# The Deficits stage in the window, continued: the ranking vote (Borda count) and how each
# group ranks the deficits.

ranking-not-borda = This vote counts dots: record { $voter }'s dots, or start a ranking vote.
ranking-not-dots = This vote ranks the deficits in order: record { $voter }'s order, or start a dot vote.

deficits-ui-method = Method
deficits-ui-method-dots = Dot vote
deficits-ui-method-borda = Ranking (Borda count)
deficits-ui-method-borda-help = Each person puts the deficits in order; the first gets as many points as there are deficits, the last one point.
deficits-ui-borda-title = Ranking vote
deficits-ui-order-keys = ↑/↓ select a deficit; Alt+↑/↓ or Shift+↑/↓ move it up or down; Enter saves the order.
deficits-ui-order-place = Place
deficits-ui-move-up = Move { $code } up
deficits-ui-move-down = Move { $code } down
deficits-ui-order-save = Save order
deficits-ui-order-saved = Order saved for { $name }.
deficits-ui-order-not-saved = Not saved yet: the order shown is the list's own.
deficits-ui-order-moved = { $code } is now number { $place }.
deficits-ui-groups-title = How each group ranks them
deficits-ui-groups-help = The rank each group's own count gives a deficit, beside the room's; – where the group gave it no points.
deficits-ui-col-overall = Room
deficits-ui-group-by = Groups

## Benchmarks
deficits-ui-benchmark-kind-missing = Choose what kind of reference this is.

## The report: the workshop before, and what each score rested on
deficits-report-compared = Compared with { $title }, { $date }: { $score ->
    [one] one point
   *[other] { $score } points
} then, { $change } now.
deficits-report-col-change = Change
deficits-report-notes = What the room said of a score, and the evidence it rested on:
deficits-report-col-question = Question
deficits-report-col-given = Score
deficits-report-col-comment = Comment
deficits-report-col-evidence = Evidence

## Scorecard: evidence, a new workshop, two workshops compared
deficits-ui-evidence = Evidence
deficits-ui-evidence-for = Evidence for { $code }
deficits-ui-new-workshop = New workshop…
deficits-ui-new-workshop-title = Title
deficits-ui-new-workshop-start = Start workshop
deficits-ui-new-workshop-help = Today, with no scores yet; the workshops before it stay for the comparison.
deficits-ui-workshop-started = { $title } started: score its questions with the keys.
deficits-ui-radar-key = Solid line: { $later }; dashed line: { $earlier }.
deficits-ui-compare-title = Compared with { $title }, { $date }
deficits-ui-compare-total = Total
deficits-ui-col-essential = Essential
deficits-ui-col-change = Change
deficits-ui-change-said = { $change ->
    [0] no change
    [one] up one point
    [-1] down one point
   *[other] change of { $change } points
}

## Benchmarks in the Values tab
deficits-ui-benchmark-title = Benchmark of an indicator
deficits-ui-benchmark-code = Indicator code
deficits-ui-benchmark-value = Reference value
deficits-ui-benchmark-kind = Kind
deficits-ui-benchmark-year = Year
deficits-ui-benchmark-source = Source
deficits-ui-benchmark-kind-choose = Choose…
deficits-ui-benchmark-keys = Type the code or press ✎ in the table; Tab to each field, Enter saves. The year may stay empty.
deficits-ui-benchmark-now = now { $value }, { $kind }
deficits-ui-benchmark-save = Save benchmark
deficits-ui-benchmark-replace = Replace benchmark
deficits-ui-benchmark-remove = Remove benchmark
deficits-ui-benchmark-saved = Benchmark of { $code } saved; its flag and gap are updated.
deficits-ui-benchmark-removed = Benchmark of { $code } removed.
deficits-ui-benchmark-edit = Benchmark of { $code }

## The command line: two workshops compared
scorecard-show-compared = Compared with the workshop of { $earlier } (latest { $later }), the change in points: { $change }.
scorecard-show-no-earlier = No earlier scored workshop to compare with.

## The projector: the essential being scored
deficits-ui-project = Show on the projector
deficits-ui-project-for = Show essential { $n } on the projector
deficits-ui-project-stop = Stop showing essential { $n } on the projector
deficits-ui-project-stop-short = Stop
deficits-projector-label = Resilience scorecard · essential { $n } · scores 0–{ $max }
deficits-projector-total = { $score } of { $max } ({ $percent } %)
deficits-projector-missing = Essential { $n } is not in the scorecard.

## The detailed level
deficits-ui-detailed-missing = Load the detailed level's criteria file first.
deficits-ui-detailed-not-detailed = This file holds the preliminary level (questions counted: { $detail }), not the detailed level's 117 criteria.
deficits-ui-level = Level
deficits-ui-level-preliminary = Preliminary (47 questions, 0–3)
deficits-ui-level-detailed = Detailed (117 criteria, 0–5)
deficits-ui-detailed-load = Load detailed criteria…
deficits-ui-detailed-loaded = The detailed level's criteria are loaded: a new workshop may be held at that level.
deficits-ui-detailed-help = A JSON file in the format of the preliminary level: the ten essentials, 117 criteria D1.1 … scored 0–5, with the meaning of each score.
