# 利益相关方名册导入 Excel 工作簿（.xlsx，Excel 和 WPS 的保存格式）。

register-xlsx-not-a-workbook = 此文件看起来是 Excel 工作簿（.xlsx），但无法读取：文件可能已损坏或不完整。请在 Excel 或 WPS 中打开并重新另存为 .xlsx，或另存为 CSV。
register-xlsx-protected-or-old = 此文件是设有密码的工作簿，或旧版 Excel 格式（.xls）。请在 Excel 或 WPS 中取消密码，或另存为 .xlsx（或 CSV）后重新选择。
register-xlsx-too-large = 此工作簿解压后将超过{ $megabytes } MB，名册不会这么大。请只将第一个工作表另存为 .xlsx 或 CSV。
