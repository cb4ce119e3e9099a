# 窗口中的“差距”阶段（续）：排序投票（波达计数）以及各群体对差距的排序。

ranking-not-borda = 本次投票计点数：请记录{ $voter }的点数，或发起排序投票。
ranking-not-dots = 本次投票按顺序排列差距：请记录{ $voter }的排序，或发起点数投票。

deficits-ui-method = 方式
deficits-ui-method-dots = 点数投票
deficits-ui-method-borda = 排序（波达计数）
deficits-ui-method-borda-help = 每人把差距排出先后；第一位得分等于差距个数，最后一位得 1 分。
deficits-ui-borda-title = 排序投票
deficits-ui-order-keys = ↑/↓ 选择差距；Alt+↑/↓ 或 Shift+↑/↓ 上移或下移；Enter 保存排序。
deficits-ui-order-place = 名次
deficits-ui-move-up = 上移{ $code }
deficits-ui-move-down = 下移{ $code }
deficits-ui-order-save = 保存排序
deficits-ui-order-saved = 已保存{ $name }的排序。
deficits-ui-order-not-saved = 尚未保存：当前显示的是清单原有顺序。
deficits-ui-order-moved = { $code }现为第{ $place }位。
deficits-ui-groups-title = 各群体的排序
deficits-ui-groups-help = 各群体自行计票得出的名次，与全体的名次并列；该群体未给分的记为 –。
deficits-ui-col-overall = 全体
deficits-ui-group-by = 分组

## 基准
deficits-ui-benchmark-kind-missing = 请选择该基准的类型。

## 报告：上一次工作坊，以及各项评分的依据
deficits-report-compared = 与{ $title }（{ $date }）相比：当时{ $score }分，现变化{ $change }分。
deficits-report-col-change = 变化
deficits-report-notes = 与会者对评分的说明及其依据：
deficits-report-col-question = 问题
deficits-report-col-given = 评分
deficits-report-col-comment = 说明
deficits-report-col-evidence = 依据

## 计分卡：依据、新工作坊、两次工作坊对比
deficits-ui-evidence = 依据
deficits-ui-evidence-for = { $code }的依据
deficits-ui-new-workshop = 新工作坊…
deficits-ui-new-workshop-title = 名称
deficits-ui-new-workshop-start = 开始工作坊
deficits-ui-new-workshop-help = 日期为今天，尚无评分；之前的工作坊保留以供对比。
deficits-ui-workshop-started = 已开始“{ $title }”：用数字键为各问题评分。
deficits-ui-radar-key = 实线：{ $later }；虚线：{ $earlier }。
deficits-ui-compare-title = 与{ $title }（{ $date }）对比
deficits-ui-compare-total = 合计
deficits-ui-col-essential = 要素
deficits-ui-col-change = 变化
deficits-ui-change-said = { $change ->
    [0] 无变化
   *[other] 变化{ $change }分
}

## “数值”页签中的基准
deficits-ui-benchmark-title = 指标基准
deficits-ui-benchmark-code = 指标代码
deficits-ui-benchmark-value = 基准值
deficits-ui-benchmark-kind = 类型
deficits-ui-benchmark-year = 年份
deficits-ui-benchmark-source = 来源
deficits-ui-benchmark-kind-choose = 请选择…
deficits-ui-benchmark-keys = 输入代码或点表中的 ✎；Tab 切换字段，Enter 保存。年份可不填。
deficits-ui-benchmark-now = 当前{ $value }，{ $kind }
deficits-ui-benchmark-save = 保存基准
deficits-ui-benchmark-replace = 替换基准
deficits-ui-benchmark-remove = 删除基准
deficits-ui-benchmark-saved = 已保存{ $code }的基准，其标记和差距已更新。
deficits-ui-benchmark-removed = 已删除{ $code }的基准。
deficits-ui-benchmark-edit = { $code }的基准

## 命令行：两次工作坊对比
scorecard-show-compared = 与{ $earlier }的工作坊相比（最新{ $later }）：变化{ $change }分。
scorecard-show-no-earlier = 没有更早的已评分工作坊可供对比。

## 投影：正在评分的要素
deficits-ui-project = 投影显示
deficits-ui-project-for = 在投影上显示要素{ $n }
deficits-ui-project-stop = 停止在投影上显示要素{ $n }
deficits-ui-project-stop-short = 停止
deficits-projector-label = 韧性计分卡 · 要素{ $n } · 评分 0–{ $max }
deficits-projector-total = { $max }分中得{ $score }分（{ $percent }%）
deficits-projector-missing = 计分卡中没有要素{ $n }。

## 详细级
deficits-ui-detailed-missing = 请先载入详细级的评价标准文件。
deficits-ui-detailed-not-detailed = 此文件是初步级计分卡（{ $detail }个问题），不是详细级的 117 项标准。
deficits-ui-level = 级别
deficits-ui-level-preliminary = 初步级（47 个问题，0–3 分）
deficits-ui-level-detailed = 详细级（117 项标准，0–5 分）
deficits-ui-detailed-load = 载入详细级标准…
deficits-ui-detailed-loaded = 已载入详细级标准：新的工作坊可按该级别进行。
deficits-ui-detailed-help = 与初步级格式相同的 JSON 文件：十项要素，117 项标准 D1.1 …，评分 0–5，并说明每个分值的含义。
