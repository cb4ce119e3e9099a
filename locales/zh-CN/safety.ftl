## 数据安全：完整性检查、备份、恢复、归档、审计日志。

safety-error-damaged = 数据库{ $path }已损坏（{ $problem }）。未做任何更改，也未重置。请恢复备份：Concord 将备份保存在数据库旁的“backups”文件夹中。
safety-error-file-damaged = 无法使用{ $path }：文件已损坏或不是 Concord 文件（{ $reason }）。未做任何更改。
safety-error-no-dialogue-in-file = { $path }中没有对话。未做任何更改。
safety-error-replace-refused = 此数据库已有对话（{ $city }）。未替换任何内容；如需替换请加 --replace（原数据库会先另存）。
safety-error-io = 无法读写{ $path }：{ $reason }
safety-cli-damaged = 数据库{ $path }已损坏（{ $problem }）。未做任何更改。最新的备份是{ $backup }；恢复命令：concord restore --from "{ $backup }" --yes
safety-cli-damaged-no-backup = 数据库{ $path }已损坏（{ $problem }）。未做任何更改，旁边也没有备份。请用以下命令恢复您另行保存的备份或归档：concord restore --from FILE --yes
safety-check-ok = { $path }完好：完整性检查通过，已验证{ $entries }条审计记录。
safety-preview = { $path }：{ $city }，{ $stakeholders }位利益相关方，{ $meetings }次会议，{ $entries }条审计记录，最后更改于{ $changed }（架构版本{ $schema }）。

backup-written = 备份已写入{ $path }（{ $kilobytes } KB），并已通过 integrity_check 检查。
backup-keep-set = 今后保留最新的{ $keep }份备份。
backup-list-empty = 还没有备份。
backup-list-line = { $created }  { $reason }  { $kilobytes } KB  { $path }
backup-restore-confirm = 未做任何更改。如要用{ $path }替换当前数据库，请在同一命令后加 --yes（当前数据库会先另存到 backups 文件夹）。
backup-restored = 已恢复到{ $path }。被替换的数据库保存在{ $aside }。

archive-error-not-archive = { $path }不是 Concord 归档文件。未做任何更改。
archive-error-format = { $path }是格式{ $format }的 Concord 归档，此版本无法读取。请更新 Concord；未做任何更改。
archive-exported = 归档已写入{ $path }（{ $kilobytes } KB，架构版本{ $schema }）。
archive-import-confirm = 未做任何更改。如要导入{ $path }，请在同一命令后加 --yes。
archive-imported = 已导入到{ $path }。被替换的数据库保存在{ $aside }。

audit-verify-ok = 审计日志完好：{ $entries }条记录，链头{ $head }。
audit-verify-broken = { $kind ->
    [missing] 审计日志已被破坏：第{ $seq }条之前的记录被删除。
    [truncated] 审计日志已被破坏：从第{ $seq }条起的记录被删除。
   *[edited] 审计日志已被破坏：第{ $seq }条记录在写入后被修改。
}
audit-verify-outside = 有{ $count }条记录在没有审计记录的情况下被修改，第一条是{ $table } { $key }。
audit-log-empty = 此处没有审计记录。

## 应用中的“数据”面板。

safety-data-title = 数据与安全
safety-data-open = 数据与安全
safety-data-path = 数据库：{ $path }
safety-recovery-title = 无法打开数据库
safety-recovery-body = Concord 发现了问题，未做任何更改。请选择要恢复的备份；当前文件会先另存。
safety-recovery-none = 数据库旁没有备份。请用命令行恢复您另行保存的备份：concord restore --from FILE --yes
backup-title = 备份
backup-now = 立即备份
backup-made = 已完成备份：{ $name }
backup-keep-label = 保留备份数量
backup-keep-save = 保存
backup-reason = { $reason ->
    [daily] 每日
    [meeting-closed] 会议结束
    [before-restore] 恢复之前
    [before-import] 导入之前
   *[manual] 手动
}
backup-restore = 恢复…
backup-restore-title = 恢复此备份？
backup-restore-preview = { $city }：{ $stakeholders }位利益相关方，{ $meetings }次会议，{ $entries }条审计记录，最后更改于{ $changed }。
backup-restore-warning = 此备份之后记录的所有内容都将被替换。当前数据库会先另存到 backups 文件夹。
backup-restore-yes = 恢复
backup-restore-cancel = 取消
backup-restored-ui = 备份已恢复。之前的数据库保存为{ $aside }。
audit-title = 审计日志
audit-verify = 验证哈希链
audit-intact = 完好：{ $entries }条记录。链头{ $head }。
audit-all-tables = 所有记录
audit-record-label = 记录
audit-more = 更早的记录
audit-op = { $op ->
    [insert] 新增
    [update] 修改
    [delete] 删除
    [migrate] 升级时接管
    [restore] 从备份恢复
    [import] 从归档导入
   *[other] { $op }
}
audit-history = 历史
audit-history-title = 此记录的历史

## Data and safety: leaving it, where backups are, the log in words.
safety-back = ← 返回对话
safety-backup-folder = 备份保存在{ $path }
safety-backup-folder-open = 打开文件夹
audit-raw = 原始记录
audit-record-database = 数据库
audit-record = { $kind }第{ $key }条
audit-record-named = { $kind }“{ $name }”（第{ $key }条）
audit-sentence = { $actor } { $op ->
    [insert] 添加了
    [update] 修改了
    [delete] 删除了
    [migrate] 在升级时接管了
    [restore] 从备份恢复了
    [import] 从存档导入了
   *[other] { $op }
} { $record }
audit-table-dialogue = 对话
audit-table-stakeholder = 利益相关方
audit-table-meeting = 会议
audit-table-agenda-item = 议程项
audit-table-attendance = 出席记录
audit-table-decision = 决定
audit-table-action-item = 行动项
audit-table-question = 议题
audit-table-question-round = 轮次
audit-table-position = 立场
audit-table-declaration = 声明
audit-table-setting = 设置
audit-table-addendum = 补充说明
audit-table-drawn-signature = 手写签名
safety-demo-title = 演示对话
safety-demo-body = 在单独的数据库中查看演示对话（渭南 ⇄ 雷焦艾米利亚）：您自己的对话不受影响，一键即可返回。
safety-demo-is-open = 演示已打开，使用单独的数据库。在这里所做的一切都不会影响您自己的对话。
safety-demo-open = 打开演示
audit-record-setting = 设置“{ $name }”
audit-setting-ui-locale = 界面语言
audit-setting-ui-demo-open = 演示已打开
audit-setting-export-last-folder = 上次导出的文件夹
audit-setting-backup-keep = 保留的备份数
audit-setting-documents-style = 文件样式
audit-setting-scorecard-detailed-criteria = 详细级记分卡评分标准
audit-setting-backup-owed-after-close = 会议结束后待做的备份
