# 输出文件绝不覆盖共识保存的数据。
cli-error-output-database = { $path } 就是数据库本身（或其工作文件）。请为输出另选文件名；未写入任何内容。
cli-error-output-backups = { $path } 位于数据库的备份文件夹中。请为输出另选文件夹；未写入任何内容。
cli-error-output-keys = { $path } 位于签名密钥文件夹中。请为输出另选文件夹；未写入任何内容。
