# 一个数据库只允许一个替换者；不会误建数据库。
lock-error-in-use = { $path }正被另一个程序打开：{ $holders }。请先在那里关闭，再重试；未作任何更改。
lock-error-in-use-unnamed = { $path }正被另一个程序打开。请先在那里关闭，再重试；未作任何更改。
lock-error-no-database = { $path }处没有共识数据库。请检查路径，或用 `concord demo` 或启动应用来创建；未创建任何文件。
lock-error-not-concord = { $path }不是共识数据库；文件未被改动。
lock-error-busy = 另一个程序正在写入数据库，15 秒内未完成。请待其完成后重试；未作任何更改。
lock-error-busy-named = 另一个程序正在写入数据库，15 秒内未完成：{ $holders }。请待其完成后重试；未作任何更改。
