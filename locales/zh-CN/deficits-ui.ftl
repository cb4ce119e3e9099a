# 窗口中的“差距分析”阶段：数值、记分卡与排序。

deficits-ui-value-stored = 该指标在该年份已有数值。勾选“替换”以修改。
deficits-ui-workshop-title = 韧性工作坊

deficits-ui-title = 差距分析
deficits-ui-intro = 本市数值与参照值的对比、韧性记分卡工作坊，以及对话对不足之处的排序。
deficits-ui-tabs = 差距阶段的各部分
deficits-ui-tab-values = 数值
deficits-ui-tab-scorecard = 记分卡
deficits-ui-tab-ranking = 排序
deficits-ui-export = 导出报告
deficits-ui-exported = 差距报告已保存至{ $path }

## Values
deficits-ui-values-count = { $count }项指标有数值或参照值；其中{ $flagged }项被标为差距。
deficits-ui-values-empty-title = 尚无数值
deficits-ui-values-empty-body = 在下方输入本市的第一个数值，或导入数值的 CSV 或 Excel 文件（指标代码、年份、数值、来源）。
deficits-ui-col-code = 代码
deficits-ui-col-indicator = 指标
deficits-ui-col-latest = 最新数值
deficits-ui-col-year = 年份
deficits-ui-col-benchmark = 参照值
deficits-ui-col-gap = 差距
deficits-ui-col-flag = 标记
deficits-ui-col-deficit = 差距
deficits-ui-col-dots = 点数
deficits-ui-col-group = 群体
deficits-ui-col-voters = 投票人数
deficits-ui-col-top = 优先差距
deficits-ui-flag-deficit = 存在差距
deficits-ui-flag-met = 已达到
deficits-ui-flag-no-benchmark = 无参照值
deficits-ui-flag-no-value = 尚无数值
deficits-ui-yes-no = 是或否
deficits-ui-entry-title = 输入数值
deficits-ui-entry-code = 指标代码
deficits-ui-entry-year = 年份
deficits-ui-entry-value = 数值
deficits-ui-entry-unit = 单位
deficits-ui-entry-source = 来源
deficits-ui-entry-note = 备注
deficits-ui-entry-ppp = 购买力平价基准年
deficits-ui-entry-keys = 输入代码（如 11.6.2），按 Tab 切换到各栏；按 Enter 保存。单位留空即采用指标自身的单位。
deficits-ui-entry-replace = 替换已存储的数值
deficits-ui-entry-save = 保存数值
deficits-ui-value-saved = 已保存{ $code }的{ $year }年数值。
deficits-ui-import-title = 导入数值文件
deficits-ui-import-help = CSV（UTF-8 或 GB18030）或 Excel .xlsx，列为 指标代码/code、年份/year、数值/value，可选 单位/unit、来源/source、备注/note。只要有一行存在问题，就不会导入任何内容。
deficits-ui-import-choose = 选择文件…
deficits-ui-import-file = { $file }（{ $format }）：{ $rows }行
deficits-ui-import-ready = 可以导入：新增{ $add }个数值，替换{ $update }个。
deficits-ui-import-problems = 共{ $count }个问题：请在文件中修正后重新选择。尚未导入任何内容。
deficits-ui-problem-row = 行
deficits-ui-problem-column = 列
deficits-ui-problem-reason = 问题
deficits-ui-import-replace = 替换已存储的数值
deficits-ui-import-go = 导入
deficits-ui-import-cancel = 取消
deficits-ui-imported = 已从{ $file }导入{ $count }个数值。

## Scorecard
deficits-ui-no-workshop = 尚无工作坊：第一次评分时将以今天的日期开设一个。
deficits-ui-workshop = { $title }，{ $date }
deficits-ui-score-keys = 选中一个问题，按 0 至{ $max }评分；←/→ 调整分数，↑/↓ 在问题间移动。0 分或 1 分即为差距。
deficits-ui-score-total = 总分{ $score } / { $max }（{ $percent }%）· 已评{ $scored } / { $questions }题
deficits-ui-essential-total = { $score } / { $max } · { $percent }%
deficits-ui-score-button = { $code }评{ $score }分
deficits-ui-score-of = { $code }的分数
deficits-ui-comment = 说明
deficits-ui-comment-for = 关于{ $code }的说明
deficits-ui-not-scored = 未评分
deficits-ui-score-deficit = 差距

## Ranking
deficits-ui-ranking-empty-title = 暂无可排序的内容
deficits-ui-ranking-empty-body = 参与者对被标为差距的指标以及评为 0 分或 1 分的记分卡问题进行排序。请先输入带参照值的数值或为记分卡评分。
deficits-ui-no-vote = 已标出{ $count }项差距。开始点投票，请在场者排序。
deficits-ui-vote-closed = 上一次投票已结束，其结果有效。新的投票将把当前标出的差距交付讨论。
deficits-ui-dots-each = 每人点数
deficits-ui-open-vote = 开始新的投票
deficits-ui-ballot-title = 点投票
deficits-ui-voted = 已有{ $count }人投票（共{ $voters }名投票人）。
deficits-ui-voter = 利益相关方
deficits-ui-dots-left = 剩余{ $count }点（共{ $each }点）。
deficits-ui-dots-over = 多出{ $count }点：每人只有{ $each }点。
deficits-ui-dots-save = 保存点数
deficits-ui-dots-saved = 已保存{ $name }的点数。
deficits-ui-close-vote = 结束投票
deficits-ui-result = 结果
deficits-ui-points = { $points }分
deficits-ui-by-sector = 按部门
deficits-ui-by-helix = 按三螺旋群体
deficits-ui-no-dots = 另有{ $count }项差距未获得点数。
