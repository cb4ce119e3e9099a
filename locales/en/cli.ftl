## The concord command line.

cli-demo-created = Demo dialogue created in { $path }: { $stakeholders } stakeholders, { $meetings } meeting.
cli-exported = Wrote { $path }: { $pages } pages, { $kilobytes } KB.
cli-error-prefix = error
