## The concord command line.

cli-demo-created = Demo dialogue created in { $path }: { $stakeholders } stakeholders, { $meetings ->
    [one] one meeting
   *[other] { $meetings } meetings
}.
cli-exported = Wrote { $path }: { $pages } pages, { $kilobytes } KB.
cli-error-prefix = error
cli-bench-bad-content = { $path } is not valid benchmark content (line { $line }, column { $column }): { $reason }
