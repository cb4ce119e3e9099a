# Outputs never overwrite what Concord keeps.
cli-error-output-database = { $path } is the database itself (or one of its working files). Choose another name for the output; nothing was written.
cli-error-output-backups = { $path } is in the folder of the database's backups. Choose another folder for the output; nothing was written.
cli-error-output-keys = { $path } is in the folder of the signing keys. Choose another folder for the output; nothing was written.
# What the operating system said, in words.
os-error-permission = you do not have permission
os-error-not-found = there is no such file or folder
os-error-exists = a file of that name already exists
os-error-not-a-folder = part of the path is not a folder
os-error-is-a-folder = it is a folder, not a file
os-error-no-space = the disk is full
os-error-read-only = the disk is read-only
