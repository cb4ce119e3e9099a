# One database, one replacer; no database created by mistake.
lock-error-in-use = { $path } is open in another program: { $holders }. Close it there, then try again; nothing was changed.
lock-error-in-use-unnamed = { $path } is open in another program. Close it there, then try again; nothing was changed.
lock-error-no-database = There is no Concord database at { $path }. Check the path, or create one with `concord demo` or by starting the app; nothing was created.
lock-error-not-concord = { $path } is not a Concord database; it was left untouched.
lock-error-busy = Another program is writing to the database and did not finish in 15 seconds. Try again when it has finished; nothing was changed.
lock-error-busy-named = Another program is writing to the database and did not finish in 15 seconds: { $holders }. Try again when it has finished; nothing was changed.
