## 共识用户界面：简体中文。
## 每个 id 都必须在 locales/en/app.ftl 中存在，且变量相同。

## 应用

app-name = 共识
app-home = 共识：返回对话
app-tagline = 多方利益相关方对话
app-loading = 正在加载…
app-start-failed = 共识无法启动。
app-skip-to-content = 跳到正文
app-offline = 全程离线运行，数据不会离开本机。
app-version = 版本{ $version }

## 语言切换（显示另一种语言）

lang-toggle = English
lang-toggle-label = English：切换为英文

## 导航：多方对话周期

nav-title = 对话周期
nav-label = 对话各阶段
nav-dialogue = 对话概况
nav-stakeholders = 利益相关方
nav-meetings = 会议
nav-vision = 愿景
nav-deficits = 差距分析
nav-bau = 基准情景
nav-targets = 目标与进展
nav-documents = 文件
nav-new-dialogue = 新建对话
nav-today = 今天：{ $date }

## 首次启动

welcome-title = 欢迎使用共识
welcome-lead = 共识协助城市开展可持续发展与碳中和多方利益相关方对话，从第一次市民大会到签署宣言，全程离线完成。
welcome-choose = 您想从哪里开始？
welcome-demo-title = 打开示例对话
welcome-demo-body = 以渭南 ⇄ 雷焦艾米利亚为例，包含示例利益相关方和一次全体会议。
welcome-new-title = 新建对话
welcome-new-body = 填写城市、联络人和决策规则。
welcome-note = 所有内容以后都可以修改。

## 对话概况

dialogue-title = 对话概况
dialogue-intro = 城市与伙伴城市、主持对话的联络人，以及对话的决策规则。
dialogue-new-title = 新建对话
dialogue-new-intro = 请填写城市、联络人和决策规则，以后可以随时修改。
dialogue-edit-title = 编辑对话
dialogue-section-city = 城市
dialogue-section-focal-point = 联络人
dialogue-section-assistant = 联络人助理
dialogue-section-high-level-rep = 高级别代表
dialogue-section-high-level-rep-intro = 负责宣布对话各次会议的开幕和闭幕。
dialogue-section-rule = 决策规则
dialogue-section-rule-intro = 每一轮表态后，共识议题如何作出决定。
dialogue-partner-city = 伙伴城市
dialogue-city-pair = { $city } ⇄ { $partner }
dialogue-not-set = 未填写
dialogue-required-note = 标有 * 的为必填项。
dialogue-form-keys = 按 Ctrl+S 保存，按 Esc 取消。
dialogue-saved = 对话已保存。
dialogue-demo-opened = 已打开示例对话：{ $city }。
dialogue-errors-title = 有{ $count }处需要修改
dialogue-save-failed = 对话未能保存。
dialogue-rule-unanimity = 一致同意：无人反对即通过。
dialogue-rule-consensus-minus = 共识减{ $objections }：反对不超过{ $objections }人即通过。
dialogue-rule-supermajority = 特定多数：同意达到已表态人数的{ $num }/{ $den }即通过。
dialogue-rule-simple-majority = 简单多数：同意超过已表态人数的一半即通过；票数相同时由联络人投决定票。
dialogue-rule-quorum = 法定出席比例：有表决权成员的{ $percent }%
dialogue-rule-fallback = 连续{ $rounds }轮未能作出决定后，联络人可单独决定。
dialogue-rule-anonymous = 会议纪要中的表态为匿名。
dialogue-rule-named = 会议纪要记名记录各方表态。

## 尚未开放的阶段

stage-coming = 将在后续版本中提供
stage-stakeholders-title = 利益相关方名册
stage-stakeholders-body = 登记所有参与对话的各方：所属领域、三螺旋群体、所代表的弱势群体、角色，以及是否同意保存其个人信息。包容性面板将显示尚未覆盖的领域和群体。
stage-stakeholders-more = 可从 Excel 导入名册（CSV，包括中文版 Excel 保存的文件），也可以导出。
stage-meetings-title = 会议
stage-meetings-body = 全体会议（市民大会）与工作组会议，由高级别代表宣布开幕和闭幕：议程、出席与法定人数、会议记录、决定和行动事项。
stage-meetings-more = 会议纪要先起草、再审批，批准后即锁定；如需更正，以附录形式补充，不改动原文。
stage-vision-title = 城市愿景
stage-vision-body = 中英文愿景对照呈现，收集利益相关方提出的修改意见，并比较各版本之间的差异。
stage-vision-more = 愿景经共识议题采纳，并形成愿景宣言。
stage-deficits-title = 差距分析
stage-deficits-body = 指标目录（可持续发展目标 7、11、13，以及联合国减少灾害风险办公室《城市抗灾能力记分卡》），记录本市的数值、年份和来源，并与基准值比较。
stage-deficits-more = 由多方对话找出本市的差距，并排出优先次序。
stage-bau-title = 基准情景（照常发展）
stage-bau-body = 以基准年的人口、能源消费、排放和地区生产总值为起点，推算到 2030 年和本世纪中叶的增长路径，以及由此得出的能源强度和碳强度。
stage-bau-more = 图表将以参考线标出 APEC 目标：到 2035 年能源强度比 2005 年降低 45%，到 2030 年可再生能源占比翻一番。
stage-targets-title = 目标与进展
stage-targets-body = 为每项指标设定 2030 年目标和本世纪中叶目标，经共识采纳；并制定实现目标的措施，明确负责人、成本和进展状态。
stage-targets-more = 进展报告以图表对照目标，展示实际成效。
stage-documents-title = 文件
stage-documents-body = 会议纪要、成员宣言、愿景宣言、目标承诺书和进展报告。
stage-documents-more = 可预览中文、英文或双语版本，签署后导出为 PDF。

## 表单字段

field-required = 必填
field-city-zh = 城市中文名
field-city-en = 城市英文名
field-economy = 经济体
field-economy-hint = 所属 APEC 经济体，例如“中国”。
field-partner-city-zh = 伙伴城市中文名
field-partner-city-en = 伙伴城市英文名
field-family-name = 姓
field-first-name = 名
field-title = 职务
field-administration = 所在地方政府部门
field-postal-address = 通讯地址
field-email = 电子邮箱
field-mobile = 手机
field-fax = 传真
field-assistant-name = 助理姓名
field-assistant-email = 助理电子邮箱
field-hlr-name = 代表姓名
field-hlr-title = 代表职务
field-quorum = 法定出席比例（%）
field-quorum-hint = 每轮表态有效所需的有表决权成员最低出席比例。
field-rule-kind = 决策方式
field-rule-unanimity = 一致同意
field-rule-unanimity-hint = 无人反对即通过，成员可以持保留意见。
field-rule-consensus-minus = 共识减 N
field-rule-consensus-minus-hint = 反对人数不超过 N 即通过。
field-rule-supermajority = 特定多数
field-rule-supermajority-hint = 同意达到已表态人数的设定比例（如 2/3 或 3/4）即通过。
field-rule-simple-majority = 简单多数
field-rule-simple-majority-hint = 同意超过已表态人数的一半即通过；票数相同时由联络人投决定票。
field-allowed-objections = 允许的反对人数
field-allowed-objections-hint = 反对人数不超过此数时，提案仍可通过。
field-supermajority = 特定多数比例
field-supermajority-hint = 通过所需的同意比例，例如 2/3 或 3/4。
field-supermajority-num = 分子
field-supermajority-den = 分母
field-max-failed-rounds = 联络人单独决定前的最多轮数
field-max-failed-rounds-hint = 连续这么多轮未能作出决定后，联络人可附书面理由单独作出决定。
field-anonymous = 匿名表态
field-anonymous-hint = 会议纪要只统计同意、保留和反对的人数，不记录具体是谁。
field-error-required = 请填写此项。
field-error-integer = 请输入整数。
field-error-email = 请输入有效的电子邮箱，例如 name@example.org。
field-error-quorum = 请输入 1 到 100 之间的百分比。
field-error-min-one = 请输入 1 或更大的数。
field-error-fraction = 请输入大于二分之一且不超过 1 的比例，例如 2/3。

## 操作

action-edit = 编辑
action-save = 保存
action-saving = 正在保存…
action-cancel = 取消
action-dismiss = 关闭
action-retry = 重试
meetings-carried-item = 以往会议未完成的行动事项

## Dates entered as the interface writes them.
date-day = 日
date-month = 月
date-year = 年
date-time = 时间（24 小时制）
date-day-placeholder = 日
date-year-placeholder = 年份
date-month-none = 月份…

## The demo, in a database of its own.
app-demo-badge = 演示
app-demo-leave = 返回自己的对话
app-demo-left = 已返回自己的对话；演示数据保留，随时可以再看。
export-open = 打开
export-reveal = 在文件夹中显示

# 文件样式，整个对话统一选择。
dialogue-section-style = 文件样式
dialogue-style-modern = 现代
dialogue-style-modern-hint = 共识自有样式：无衬线正文、粗体标题、20 毫米页边距。
dialogue-style-official = 公文（GB/T 9704-2012）
dialogue-style-official-hint = 党政机关公文格式：天头 37 毫米、订口 28 毫米，每页 22 行、每行 28 字，正文 3 号字，页码“— 1 —”。
dialogue-style-note = 简体中文没有开放授权的仿宋字体：公文样式的正文使用宋体风格的衬线字体。此处选择的样式用于所有导出；命令行 `concord export … --style` 可对单个文件另行指定。
dialogue-style-saved = 此后导出的文件将采用“{ $style }”样式。
