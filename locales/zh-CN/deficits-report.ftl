## 差距评估报告（PDF）：指标与参照值对比、灾害韧性计分卡、差距排序和数据来源。
## 此处每个 id 都必须同样存在于 locales/en/deficits-report.ftl，变量相同。

deficits-report-title = 差距评估报告
deficits-report-subtitle = { $city } · 与{ $partner }的多方利益相关者对话
deficits-report-subtitle-alone = { $city } · 多方利益相关者对话
deficits-report-city = 城市
deficits-report-partner = 伙伴城市
deficits-report-prepared = 编制日期
deficits-report-catalogue = 指标目录
deficits-report-workshop = 计分卡工作坊
deficits-report-workshop-value = { $title }，{ $date }
deficits-report-none-yet = 暂无

## 一、指标
deficits-report-indicators = 一、指标与参照值对比
deficits-report-indicators-count = 共有{ $count }项指标已存数值，其中{ $flagged }项标为差距。
deficits-report-no-values = 尚未存储任何指标数值。导入本市的数值（指标、年份、数值、来源）后，此处将列出各项指标与参照值的对比。
deficits-report-col-code = 代码
deficits-report-col-indicator = 指标
deficits-report-col-latest = 最新数值
deficits-report-col-year = 年份
deficits-report-col-benchmark = 参照值
deficits-report-col-gap = 差额
deficits-report-col-flag = 判定
deficits-report-gap-percent = 参照值的{ $percent }%
deficits-report-flag-deficit = 存在差距
deficits-report-flag-met = 已达到
deficits-report-flag-no-benchmark = 无参照值
deficits-report-kind-national-target = 国家目标
deficits-report-kind-partner-city = 伙伴城市
deficits-report-kind-who-guideline = 世卫组织准则
deficits-report-kind-dialogue-own = 对话自定
deficits-report-yes = 是
deficits-report-no = 否

## 二、计分卡
deficits-report-scorecard = 二、城市灾害韧性计分卡
deficits-report-scorecard-total = { $title }，{ $date }：得分{ $score }，满分{ $max }（{ $percent }%）。
deficits-report-no-scorecard = 尚无已评分的计分卡工作坊。在工作坊中为初步级的47个问题评分后，此处将显示十项要素。
deficits-report-radar-title = 十项要素得分（占满分的百分比）
deficits-report-radar-caption = 图1　城市灾害韧性计分卡各要素得分
deficits-report-col-essential = 要素
deficits-report-col-score = 得分 / 满分
deficits-report-col-percent = 百分比
deficits-report-col-scored = 已评问题
deficits-report-total = 合计

## 三、差距排序
deficits-report-ranking = 三、差距排序
deficits-report-ranking-dots = { $voters }名参与者以投点方式（每人{ $dots }点）对{ $count }项差距进行了排序。得分相同者名次并列，记作“并列5”等。
deficits-report-ranking-borda = { $voters }名参与者以改进的博尔达计数法对{ $count }项差距进行了排序。得分相同者名次并列，记作“并列5”等。
deficits-report-not-ranked = 对话尚未对差距进行排序。
deficits-report-not-ranked-flagged = 对话尚未对差距进行排序；指标表中标出了{ $count }项差距。
deficits-report-no-ballots = 排序已开始，但尚无人投票。
deficits-report-col-rank = 名次
deficits-report-col-deficit = 差距
deficits-report-col-points = 得分
deficits-report-col-dots = 点数
deficits-report-bar-title = 对话确定的差距排序
deficits-report-bar-axis = 得分
deficits-report-bar-caption = 图2　差距排序
deficits-report-by-group = 各领域及三螺旋群体的优先事项
deficits-report-by-group-note = 各群体单独计票：列出其排名前三的差距，括号内为得分。
deficits-report-col-group = 群体
deficits-report-col-voters = 投票人数
deficits-report-col-top = 主要差距
deficits-report-by-sector = 按领域
deficits-report-by-helix = 按三螺旋群体

## 四、来源
deficits-report-sources = 四、数据来源
deficits-report-no-sources = 无来源：尚未存储任何数值或参照值。
deficits-report-sources-note = 已存数值和参照值注明的全部来源。
