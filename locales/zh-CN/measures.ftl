## 地方行动计划：重点项目、措施及其进展

measures-error-has-progress = 该措施已有进展记录，不能删除；请将其状态改为“已取消”。
measures-error-progress-before-start = 进展记录的日期不能早于措施的开始日期。
measures-error-percent-range = 进展百分比须在 0 到 100 之间。
measures-error-unknown-measure = 没有编号为 { $code } 的措施。
