## 在 Concord 之外所做的更改：审计检查的发现、被拒绝的文件、锚点、归档大小限制。

tamper-verify-row = { $table } { $key }与审计日志不一致，涉及：{ $columns }
tamper-verify-absorbed = 第{ $seq }条记录写在了{ $table } { $key }的一次未经审计日志的更改之上，涉及：{ $columns }
tamper-verify-schema = { $change ->
    [missing] 缺少数据库结构对象：{ $kind } { $name }
    [altered] 数据库结构对象被修改：{ $kind } { $name }
   *[unexpected] 不是 Concord 创建的数据库结构对象：{ $kind } { $name }
}
tamper-verify-schema-summary = 数据库中有与 Concord 迁移脚本所建不一致的结构对象：{ $objects }。

tamper-refused-chain = 已拒绝{ $path }：其审计日志在第{ $seq }条处被破坏（{ $kind ->
    [missing] 有记录被删除
    [truncated] 末尾的记录被截去
   *[edited] 有记录被修改
}）。未做任何更改。
tamper-refused-row = 已拒绝{ $path }：{ $table } { $key }在审计日志之外被修改（{ $columns }；共{ $count }条记录被修改）。未做任何更改。
tamper-refused-absorbed = 已拒绝{ $path }：第{ $seq }条记录写在了{ $table } { $key }的一次未经审计日志的更改之上（{ $columns }）。未做任何更改。
tamper-refused-schema = 已拒绝{ $path }：其中有与 Concord 迁移脚本所建不一致的结构对象：{ $objects }。未做任何更改。

tamper-anchor-held = 日志仍包含锚定的第{ $seq }条记录，哈希为{ $hash }。
tamper-anchor-not-held = { $kind ->
    [missing] 日志已不包含锚定的第{ $seq }条记录：日志止于第{ $last }条，锚定之后有记录被删除。
   *[differs] 第{ $seq }条记录的哈希已与锚点不同：锚定之后日志被改写。
}
tamper-anchor-unreadable = { $source }既不是“序号:哈希”，也不是带有审计日志头的文件（导出的会议纪要或声明、备份或其 .head 文件）。

tamper-archive-too-large = 已拒绝{ $path }：{ $what ->
    [packed] 归档文件大于{ $megabytes } MB。
   *[unpacked] 其中的数据库将大于{ $megabytes } MB，或大于它自称的大小。
}未做任何更改。
