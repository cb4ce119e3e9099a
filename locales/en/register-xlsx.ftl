# The stakeholder register's import of Excel workbooks (.xlsx, as Excel and WPS save them).

register-xlsx-not-a-workbook = The file looks like an Excel workbook (.xlsx) but cannot be read as one: it may be damaged or cut short. Open it in Excel or WPS and save it again as .xlsx, or save it as CSV.
register-xlsx-protected-or-old = The file is a password-protected workbook or one in the old Excel format (.xls). Remove the password or save it as .xlsx (or CSV) in Excel or WPS, then choose it again.
register-xlsx-too-large = Unpacked, this workbook would take more than { $megabytes } MB; a register is never this big. Save its first sheet alone as .xlsx or CSV.
