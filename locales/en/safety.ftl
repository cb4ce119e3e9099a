## Data safety: integrity check, backups, restore, archives, the audit log.

safety-error-damaged = The database { $path } is damaged ({ $problem }). Nothing was changed and nothing was reset. Restore a backup: Concord keeps them in the “backups” folder next to the database.
safety-error-file-damaged = { $path } cannot be used: it is damaged or is not a Concord file ({ $reason }). Nothing was changed.
safety-error-no-dialogue-in-file = { $path } holds no dialogue. Nothing was changed.
safety-error-replace-refused = This database already holds a dialogue ({ $city }). Nothing was replaced; add --replace to replace it (it is kept aside first).
safety-error-io = Cannot read or write { $path }: { $reason }
safety-cli-damaged = The database { $path } is damaged ({ $problem }). Nothing was changed. The newest backup is { $backup }; restore it with: concord restore --from "{ $backup }" --yes
safety-cli-damaged-no-backup = The database { $path } is damaged ({ $problem }). Nothing was changed, and there is no backup next to it. Restore a backup or an archive you keep elsewhere with: concord restore --from FILE --yes
safety-check-ok = { $path } is sound: integrity check passed, { $entries } audit entries verified.
safety-preview = { $path }: { $city }, { $stakeholders ->
    [one] { $stakeholders } stakeholder
   *[other] { $stakeholders } stakeholders
}, { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}, { $entries ->
    [one] { $entries } audit entry
   *[other] { $entries } audit entries
}, last change { $changed } (schema { $schema }).

backup-written = Backup written to { $path } ({ $kilobytes } KB), checked with integrity_check.
backup-keep-set = { $keep ->
    [one] From now on only the newest backup is kept.
   *[other] From now on the newest { $keep } backups are kept.
}
backup-list-empty = There are no backups yet.
backup-list-line = { $created }  { $reason }  { $kilobytes } KB  { $path }
backup-restore-confirm = Nothing was changed. To replace the current database with { $path }, run the same command with --yes (the current database is kept aside in the backups folder).
backup-restored = Restored into { $path }. The database it replaced is kept at { $aside }.

archive-error-not-archive = { $path } is not a Concord archive. Nothing was changed.
archive-error-format = { $path } is a Concord archive of format { $format }, which this version cannot read. Update Concord; nothing was changed.
archive-exported = Archive written to { $path } ({ $kilobytes } KB, schema { $schema }).
archive-import-confirm = Nothing was changed. To import { $path }, run the same command with --yes.
archive-imported = Imported into { $path }. The database it replaced is kept at { $aside }.

audit-verify-ok = The audit log is intact: { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}, head { $head }.
audit-verify-broken = { $kind ->
    [missing] The audit log is broken: entries before entry { $seq } were deleted.
    [truncated] The audit log is broken: entries from entry { $seq } on were deleted.
   *[edited] The audit log is broken: entry { $seq } was changed after it was written.
}
audit-verify-outside = { $count ->
    [one] { $count } record was
   *[other] { $count } records were
} changed without an audit entry, the first being { $table } { $key }.
audit-log-empty = The audit log has no entries for this.

## The Data panel in the app.

safety-data-title = Data and safety
safety-data-open = Data and safety
safety-data-path = Database: { $path }
safety-recovery-title = The database cannot be opened
safety-recovery-body = Concord found a problem and changed nothing. Choose a backup to restore; the current file is kept aside first.
safety-recovery-none = There is no backup next to the database. Restore one you keep elsewhere with the command line: concord restore --from FILE --yes
backup-title = Backups
backup-now = Back up now
backup-made = Backup made: { $name }
backup-keep-label = Backups to keep
backup-keep-save = Save
backup-reason = { $reason ->
    [daily] daily
    [meeting-closed] meeting closed
    [before-restore] before a restore
    [before-import] before an import
   *[manual] on request
}
backup-restore = Restore…
backup-restore-title = Restore this backup?
backup-restore-preview = { $city }: { $stakeholders ->
    [one] { $stakeholders } stakeholder
   *[other] { $stakeholders } stakeholders
}, { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}, { $entries ->
    [one] { $entries } audit entry
   *[other] { $entries } audit entries
}, last change { $changed }.
backup-restore-warning = Everything recorded after this backup will be replaced. The current database is kept aside in the backups folder first.
backup-restore-yes = Restore
backup-restore-cancel = Cancel
backup-restored-ui = Backup restored. The previous database is kept as { $aside }.
audit-title = Audit log
audit-verify = Verify the chain
audit-intact = Intact: { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}. Head { $head }.
audit-all-tables = All records
audit-record-label = Record
audit-more = Older entries
audit-op = { $op ->
    [insert] added
    [update] changed
    [delete] deleted
    [migrate] taken over at an upgrade
    [restore] restored from a backup
    [import] imported from an archive
   *[other] { $op }
}
audit-history = History
audit-history-title = History of this record

## Data and safety: leaving it, where backups are, the log in words.
safety-back = ← Back to the dialogue
safety-backup-folder = Backups are kept in { $path }
safety-backup-folder-open = Open the folder
audit-raw = Raw entry
audit-record-database = the database
audit-record = the { $kind } no. { $key }
audit-record-named = the { $kind } “{ $name }” (no. { $key })
audit-sentence = { $actor } { $op ->
    [insert] added
    [update] changed
    [delete] deleted
    [migrate] took over at an upgrade
    [restore] restored from a backup
    [import] imported from an archive
   *[other] { $op }
} { $record }
audit-table-dialogue = dialogue
audit-table-stakeholder = stakeholder
audit-table-meeting = meeting
audit-table-agenda-item = agenda item
audit-table-attendance = attendance
audit-table-decision = decision
audit-table-action-item = action item
audit-table-question = question
audit-table-question-round = round
audit-table-position = position
audit-table-declaration = declaration
audit-table-setting = setting
audit-table-addendum = addendum
audit-table-drawn-signature = drawn signature
safety-demo-title = Demo dialogue
safety-demo-body = Look at the demo dialogue (Weinan ⇄ Reggio Emilia) in a database of its own: your dialogue is not touched, and you come back to it with one click.
safety-demo-is-open = The demo is open, in a database of its own. Nothing you do here reaches your dialogue.
safety-demo-open = Open the demo
audit-record-setting = the setting “{ $name }”
audit-setting-ui-locale = interface language
audit-setting-ui-demo-open = demo open
audit-setting-export-last-folder = folder of the last export
audit-setting-backup-keep = backups kept
audit-setting-documents-style = document style
audit-setting-scorecard-detailed-criteria = criteria of the detailed scorecard
audit-setting-backup-owed-after-close = backup owed after a meeting closed
