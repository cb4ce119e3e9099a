## Problems a person can cause, with what and where.

error-field-required = This field is required.
error-field-email = Enter an e-mail address such as name@city.gov.cn.
error-field-phone = Enter a phone number with at least six digits, such as +86 913 212 3456.
error-field-too-long = This text is too long (at most 500 characters).
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
