## 日志的文字表述：差距分析与基准情景的记录

audit-table-scenario = 情景
audit-table-scenario-assumption = 情景数据行
audit-table-local-indicator = 本地指标
audit-table-indicator-value = 指标数值
audit-table-indicator-benchmark = 基准值
audit-table-scorecard-workshop = 评分研讨会
audit-table-scorecard-score = 评分
audit-table-deficit-ranking = 差距排序
audit-table-deficit-ranking-candidate = 参与排序的差距
audit-table-deficit-ranking-ballot = 排序选票
audit-table-vision-version = 愿景版本
audit-table-vision-section = 愿景章节
audit-table-vision-paragraph = 愿景段落
audit-table-vision-amendment = 愿景修正案
audit-table-target = 目标
audit-table-key-project = 重点项目
audit-table-measure = 措施
audit-table-measure-target = 措施所服务的目标
audit-table-measure-progress = 进展更新
