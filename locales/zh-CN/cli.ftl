## concord 命令行。

cli-demo-created = 已在{ $path }创建示例对话：{ $stakeholders }位利益相关者，{ $meetings }次会议。
cli-exported = 已写入{ $path }：{ $pages }页，{ $kilobytes } KB。
cli-error-prefix = 错误
cli-bench-bad-content = { $path }不是有效的基准内容（第{ $line }行，第{ $column }列）：{ $reason }
cli-meeting-state = 会议{ $meeting }现为{ $state }。
cli-state-planned = 计划中
cli-state-opened = 进行中
cli-state-closed = 已闭幕
cli-state-approved = 已批准（锁定）
cli-addendum-added = 已向会议{ $meeting }的纪要添加补正{ $number }。
cli-error-open-another-day = 会议{ $meeting }计划于{ $planned }举行，而不是今天（{ $today }）。如确需今天开幕，请加上 --on-another-day 重新运行该命令；会议纪要将记载实际举行日期和计划日期。
