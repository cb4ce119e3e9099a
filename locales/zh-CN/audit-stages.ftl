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
