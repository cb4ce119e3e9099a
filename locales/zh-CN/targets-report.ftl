## 进展报告

progress-report-title = { $year }年进展报告
progress-report-header = 目标进展
progress-report-method = 各项目标按加拿大统计局的方法评估：比较自基准年以来每年的实际增长与实现目标所需的增长。达到所需速度的95%以上为进展顺利；60%至95%为需要加快；低于60%为进展有限；偏离目标为情况恶化。
progress-report-none = 尚无目标。
progress-report-chart-axis = 数值
progress-report-summary = 概览
progress-report-targets = 逐项目标
progress-report-checks = 对照亚太经合组织及国家目标线的核对
progress-report-check-proposed = （拟议目标，尚未通过）
progress-report-line = { $year }年：{ $value }{ $unit }——{ $status }
progress-report-figure = 图{ $number }　{ $name }：实际值与目标路径
progress-col-target = 目标
progress-col-baseline = 基准
progress-col-goal = 目标值
progress-col-latest = 最新值
progress-col-status = 状态
progress-chart-observed = 实际值
progress-chart-path = 目标路径
progress-chart-target = 目标
progress-status-achieved = 已实现
progress-status-on-track = 进展顺利
progress-status-acceleration-needed = 需要加快
progress-status-limited-progress = 进展有限
progress-status-deterioration = 情况恶化
progress-status-cannot-assess = 无法评估
