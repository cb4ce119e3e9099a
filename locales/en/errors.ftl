## Problems a person can cause, with what and where.

error-field-required = This field is required.
error-field-email = Enter an e-mail address such as name@city.gov.cn.
error-field-phone = Enter a phone number with at least six digits, such as +86 913 212 3456.
error-field-too-long = This text is too long (at most 500 characters).
error-field-control = This text holds a control character (such as NUL or Escape) that cannot be printed. Retype it.
error-field-range = This value is out of range.
error-validation = Some fields need attention: { $count } to correct.
error-no-dialogue = There is no dialogue in this database yet. Create one, or run `concord demo`.
error-dialogue-exists = This database already holds a dialogue ({ $city }). Use another database file.
error-meeting-not-found = There is no meeting { $meeting } in this database.
error-no-meetings = This database has no meetings yet.
error-database-open = Cannot open the database { $path }: { $reason }
error-database-newer = This database was written by a newer Concord (schema { $found }, this version knows { $known }). Update Concord; nothing was changed.
error-database = Database error: { $reason }
error-write-file = Cannot write { $path }: { $reason }
error-pdf = The PDF could not be produced: { $reason }
error-internal = Something went wrong inside Concord: { $reason }

## The meeting lifecycle
meeting-refused-open = Only a planned meeting can be opened.
meeting-refused-open-another-day = This meeting is planned for another day. Opening it today needs the chair's confirmation; the minutes then record the day it was held and the planned date.
meeting-refused-close = Only an open meeting can be closed.
meeting-refused-close-before-open = A meeting cannot close before the time it opened.
meeting-refused-approve = Only the minutes of a closed meeting can be approved.
meeting-refused-attendance = The meeting has closed: attendance can no longer change.
meeting-refused-frozen = The minutes are approved and frozen. Add an addendum to correct them.
meeting-refused-not-planned = The meeting has started: its details and the order of its agenda can no longer change.
meeting-refused-addendum = The minutes are not approved yet: correct the draft itself instead of adding an addendum.
meeting-refused-name = Say who opens, closes or approves.
error-fields-invalid = { $count ->
    [one] One field needs attention; nothing was saved.
   *[other] { $count } fields need attention; nothing was saved.
}
error-record-not-found = There is no { $table } { $id } (it may have been removed).

## Declarations and drawn signatures.
decl-error-not-found = There is no declaration { $id } in this database.
decl-error-signed = Declaration { $id } has been signed (drawn signatures: { $count }). Clear the signatures before changing its text; nothing was changed.
decl-error-signer-unknown = Declaration { $id } has no signer “{ $role }”.
decl-error-out-of-turn = It is not yet the turn of “{ $role }” to sign: { $name } signs first.
decl-error-signature-empty = The signature is empty. Draw it in the box, then save.
decl-error-signature-too-long = The signature has too many strokes or points. Clear it and draw it again.
decl-error-signature-invalid = The signature goes outside its box. Clear it and draw it again.
error-open-file = Cannot open { $path }: { $reason }
