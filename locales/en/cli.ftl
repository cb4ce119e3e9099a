## The concord command line.

cli-demo-created = Demo dialogue created in { $path }: { $stakeholders ->
    [one] { $stakeholders } stakeholder
   *[other] { $stakeholders } stakeholders
}, { $meetings ->
    [one] one meeting
   *[other] { $meetings } meetings
}.
cli-exported = Wrote { $path }: { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $kilobytes } KB.
cli-error-prefix = error
cli-bench-bad-content = { $path } is not valid benchmark content (line { $line }, column { $column }): { $reason }
cli-meeting-state = Meeting { $meeting } is now { $state }.
cli-state-planned = planned
cli-state-opened = open
cli-state-closed = closed
cli-state-approved = approved (frozen)
cli-addendum-added = Addendum { $number } added to the minutes of meeting { $meeting }.
cli-error-open-another-day = Meeting { $meeting } is planned for { $planned }, not for today ({ $today }). To open it today anyway, run the command again with --on-another-day; the minutes then record the day it was held and the planned date.
