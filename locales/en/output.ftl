# Outputs never overwrite what Concord keeps.
cli-error-output-database = { $path } is the database itself (or one of its working files). Choose another name for the output; nothing was written.
cli-error-output-backups = { $path } is in the folder of the database's backups. Choose another folder for the output; nothing was written.
cli-error-output-keys = { $path } is in the folder of the signing keys. Choose another folder for the output; nothing was written.
