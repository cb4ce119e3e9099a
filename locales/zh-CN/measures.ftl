## 地方行动计划：重点项目、措施及其进展

measures-error-has-progress = 该措施已有进展记录，不能删除；请将其状态改为“已取消”。
measures-error-progress-before-start = 进展记录的日期不能早于措施的开始日期。
measures-error-percent-range = 进展百分比须在 0 到 100 之间。
measures-error-unknown-measure = 没有编号为{ $code }的措施。
measures-error-no-header = 文件须包含导出时的各列（编号、重点项目编号、重点项目名称（中文）、重点项目名称（英文）、措施名称（中文）、措施名称（英文）、措施说明（中文）、措施说明（英文）、期限、责任相关方编号、责任部门、预算（元）、开始日期、结束日期、状态、服务目标及预期效果、进展日期、进展百分比、进展说明，或对应的英文表头）；缺少“{ $header }”。
measures-error-at-cell = 第{ $row }行，“{ $column }”列：{ $reason }
measures-error-empty = 文件中没有措施。
measures-error-required = 该单元格为空，须填写。
measures-error-duplicate-code = 编号“{ $value }”在文件前面的行中已出现。
measures-error-project-titles-differ = 前面的行为该重点项目填写了不同的名称。
measures-error-unknown-term = “{ $value }”不是有效期限，请填写“短期”或“长期”。
measures-error-unknown-status = “{ $value }”不是有效状态，请填写未开始、按期推进、滞后、已完成、已推迟或已取消。
measures-error-unknown-stakeholder = 相关方名册中没有编号为{ $value }的相关方。
measures-error-two-owners = 一项措施只有一个责任方：相关方或部门，不能同时填写。
measures-error-not-a-number = “{ $value }”不是数字。
measures-error-negative-budget = 预算不能为负数。
measures-error-not-a-date = “{ $value }”不是日期，请按 2026-03-01 的格式填写。
measures-error-end-before-start = 结束日期早于开始日期。
measures-error-bad-targets = 无法识别“{ $value }”中的目标及预期效果，格式示例：13.2.2=-42000 t CO2/a; 11.6.2=-1.5 µg/m³。
measures-error-unknown-target = “{ $value }”中有尚未设定目标的指标。
measures-error-progress-incomplete = 进展记录须同时填写日期和百分比。
measures-imported = 措施已导入：新增{ $added }项，更新{ $updated }项，新增进展记录{ $progress }条。
measures-exported = 已将{ $count }项措施写入{ $path }。
measures-none = 尚无措施；请用 concord measures import --csv FILE 导入。
measures-status-not-started = 未开始
measures-status-on-time = 按期推进
measures-status-late = 滞后
measures-status-completed = 已完成
measures-status-postponed = 已推迟
measures-status-cancelled = 已取消
measures-term-short = 短期
measures-term-long = 长期
