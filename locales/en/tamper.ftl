## Changes made outside Concord: findings of the audit check, refused files, anchors, archive limits.

tamper-verify-row = { $table } { $key }: the row differs from the audit log in: { $columns }
tamper-verify-absorbed = Entry { $seq } was written over a change to { $table } { $key } made outside the audit log, in: { $columns }
tamper-verify-schema = { $change ->
    [missing] Schema object missing: { $kind } { $name }
    [altered] Schema object altered: { $kind } { $name }
   *[unexpected] Schema object that Concord did not create: { $kind } { $name }
}
tamper-verify-schema-summary = The database holds schema objects that Concord's migrations did not make as they are: { $objects }.

tamper-refused-chain = { $path } is refused: its audit log is broken at entry { $seq } ({ $kind ->
    [missing] entries were deleted
    [truncated] entries were cut off the end
   *[edited] an entry was changed
}). Nothing was changed.
tamper-refused-row = { $path } is refused: { $table } { $key } was changed outside the audit log ({ $columns }; { $count } changed records in all). Nothing was changed.
tamper-refused-absorbed = { $path } is refused: entry { $seq } was written over a change to { $table } { $key } made outside the audit log ({ $columns }). Nothing was changed.
tamper-refused-schema = { $path } is refused: it holds schema objects that Concord's migrations did not make as they are: { $objects }. Nothing was changed.

tamper-anchor-held = The log still holds the anchored entry { $seq } with hash { $hash }.
tamper-anchor-not-held = { $kind ->
    [missing] The log no longer holds the anchored entry { $seq }: it ends at entry { $last }, so entries were removed after the anchor was taken.
   *[differs] Entry { $seq } no longer has the anchored hash: the log was rewritten after the anchor was taken.
}
tamper-anchor-unreadable = { $source } is neither SEQ:HASH nor a file that carries an audit head (exported minutes or declaration, a backup or its .head file).

tamper-archive-too-large = { $path } is refused: { $what ->
    [packed] the archive is larger than { $megabytes } MB.
   *[unpacked] the database inside would be larger than { $megabytes } MB, or larger than it says it is.
} Nothing was changed.
