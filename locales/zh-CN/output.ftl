# 输出文件绝不覆盖共识保存的数据。
cli-error-output-database = { $path }就是数据库本身（或其工作文件）。请为输出另选文件名；未写入任何内容。
cli-error-output-backups = { $path }位于数据库的备份文件夹中。请为输出另选文件夹；未写入任何内容。
cli-error-output-keys = { $path }位于签名密钥文件夹中。请为输出另选文件夹；未写入任何内容。
# 操作系统报告的问题，用文字说明。
os-error-permission = 没有权限
os-error-not-found = 文件或文件夹不存在
os-error-exists = 同名文件已存在
os-error-not-a-folder = 路径中有一部分不是文件夹
os-error-is-a-folder = 这是文件夹，不是文件
os-error-no-space = 磁盘已满
os-error-read-only = 磁盘为只读
