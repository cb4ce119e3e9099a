# 会议阶段：会议列表、计划、召开与闭幕；议程、出席与法定人数、会议记录、决定、行动事项、
# 补正、纪要导出和投影窗口。

meetings-title = 会议
meetings-lead = 全体会议（市民大会）与工作组会议：计划、开幕、记录，然后批准并锁定纪要。
meetings-list-label = 会议，最新的在前
meetings-plan = 计划会议
meetings-empty-title = 还没有会议
meetings-empty-body = 会议先拟定议程，由高级别代表宣布开幕，闭幕后形成纪要。上次会议未完成的行动事项成为下次会议的第一项议程。
meetings-empty-more = 计划第一次全体会议：除非另行指定，由联络人担任主持人。
meetings-row-counts = { $items }项议程 · { $present }人出席
meetings-back = ← 返回会议列表
meetings-edit = 编辑会议信息

meetings-kind-plenary = 全体会议（市民大会）
meetings-kind-working-group = 工作组会议

meetings-state-planned = 计划中
meetings-state-opened = 进行中
meetings-state-closed = 已闭幕
meetings-state-approved = 已批准 · 已锁定

meetings-fact-when = 日期和时间
meetings-fact-where = 地点
meetings-fact-chair = 主持人
meetings-fact-secretary = 记录人
meetings-fact-representative = 高级别代表
meetings-history-opened = { $name }于{ $time }宣布开幕
meetings-history-closed = { $name }于{ $time }宣布闭幕
meetings-history-approved = { $name }于{ $time }批准纪要

meetings-step-open = 宣布开幕
meetings-step-close = 宣布闭幕
meetings-step-approve = 批准纪要
meetings-step-open-done = 会议已开幕。请在与会者到场时签到。
meetings-step-open-another-day = 今天开幕
meetings-confirm-open-another-day-title = 在计划以外的日期开幕？
meetings-confirm-open-another-day-body = “{ $title }”计划于{ $planned }举行，今天是{ $today }。如果现在开幕，会议纪要将记载会议于{ $today }举行，并同时注明计划日期。
meetings-step-close-done = 会议已闭幕，并已自动备份。
meetings-step-approve-done = 纪要已批准并锁定。
meetings-confirm-close-title = 宣布闭幕？
meetings-confirm-close-body = “{ $title }”将由高级别代表宣布闭幕。闭幕后出席情况不能再更改；在纪要批准之前，会议记录、决定和行动事项仍可修改。
meetings-confirm-approve-title = 批准并锁定纪要？
meetings-confirm-approve-body = 批准“{ $title }”的纪要后，纪要即被锁定：会议记录、决定和行动事项不能再编辑。此后的更正将作为编号补正添加，原文保留不变。
meetings-frozen = 已锁定
meetings-frozen-note = 本纪要已批准并锁定。如需更正，请添加补正：注明更正的内容，原文保留不变。

meetings-quorum-reached = 已达法定人数
meetings-quorum-short = 尚未达到法定人数
meetings-quorum-count = { $members }名有表决权成员中{ $present }人出席{ $proxies ->
    [0] {""}
   *[other] ，{ $proxies }人委托代理
  } · 需要{ $needed }人（{ $percent }%）

meetings-tabs-label = 会议的各部分
meetings-tab-agenda = 议程与记录
meetings-tab-attendance = 出席
meetings-tab-records = 决定与行动事项
meetings-tab-addenda = 补正

meetings-export = 导出纪要
meetings-exporting = 正在导出…
meetings-export-language = 纪要语言
meetings-exported = 已保存{ $path }（{ $pages }页，{ $kilobytes } KB）
meetings-language-en = 英文
meetings-language-zh-CN = 中文
meetings-language-bilingual = 中英双语

meetings-projector = 投影
meetings-projector-refresh = 投影（已开）
meetings-projector-close = 关闭投影
meetings-projector-language = 投影语言
meetings-projector-opened = 投影窗口已打开，随当前议程项更新。
meetings-projector-window = 共识 · 投影
meetings-projector-idle = 暂无投影内容
meetings-projector-item = 第{ $n }项议程，共{ $count }项
meetings-projector-no-item = 会议尚未进入议程。
meetings-projector-esc = 按 Esc 关闭此窗口

# 议程与会议记录
meetings-agenda-title = 议程
meetings-agenda-empty = 议程中还没有任何事项。
meetings-agenda-reorder-hint = 会议计划阶段可用箭头按钮或 Alt+↑ / Alt+↓ 调整顺序。
meetings-item-up = 上移
meetings-item-down = 下移
meetings-item-remove = 删除
meetings-item-remove-title = 从议程中删除“{ $title }”？
meetings-item-remove-body = 该议程项及其会议记录将被删除，其余议程项顺序前移。
meetings-item-current = 当前
meetings-item-is-current = 当前议程项
meetings-item-make-current = 设为当前
meetings-item-show = 在投影上显示
meetings-item-minutes = { $minutes }分钟
meetings-item-add = 添加议程项
meetings-item-add-title = 添加议程项
meetings-carried-title = 以往会议未完成的行动事项：{ $count }项
meetings-notes-title = 会议记录
meetings-notes-zh = 中文记录
meetings-notes-en = 英文记录
meetings-notes-dirty = 尚未保存——离开输入框或按 Ctrl+S 保存
meetings-notes-saving = 正在保存…
meetings-notes-saved = 已保存
meetings-notes-failed = 未保存

# 出席
meetings-attendance-title = 出席
meetings-attendance-closed = 会议已闭幕，出席情况不能再更改。
meetings-attendance-empty = 还没有人签到。
meetings-checkin-label = 签到
meetings-checkin-placeholder = 姓名、拼音或单位
meetings-checkin-keys = 输入后用 ↑ / ↓ 选择，按 Enter 签到。
meetings-checkin-results = 查找结果
meetings-checkin-none = 名册中没有匹配的人。
meetings-checkin-button = 签到
meetings-checkin-here = 已在场
meetings-checked-in = { $name }已签到。
meetings-checkout = 离场
meetings-mark-absent = 标为缺席
meetings-present-count = { $count }人出席
meetings-presence-in-room = 在场
meetings-presence-left = 已离场
meetings-presence-absent = 缺席
meetings-presence-present = 出席
meetings-presence-not-here = 未到
meetings-arrived = { $time }到场
meetings-left = { $time }离场
meetings-voting = 有表决权
meetings-proxy-label = 代理
meetings-proxy-none = 无
meetings-proxy-for = 代理{ $name }

# 决定、行动事项、补正
meetings-decisions-title = 决定
meetings-decisions-empty = 尚未记录决定。
meetings-decision-add-title = 记录决定
meetings-decision-add = 添加决定
meetings-decision-remove-title = 删除此决定？
meetings-decision-remove-body = 它将从纪要草稿中删除。
meetings-basis-consensus = 协商一致
meetings-basis-majority = 多数表决
meetings-basis-casting-vote = 决定票
meetings-basis-focal-point = 联络人决定
meetings-basis-noted = 备悉
meetings-actions-title = 行动事项
meetings-actions-empty = 尚未记录行动事项。
meetings-action-add-title = 记录行动事项
meetings-action-add = 添加行动事项
meetings-action-remove-title = 删除此行动事项？
meetings-action-remove-body = 它将从纪要草稿中删除。
meetings-action-open = 未完成
meetings-action-done = 已完成
meetings-action-dropped = 已取消
meetings-action-owner = 负责人：{ $name }
meetings-action-no-owner = 未指定负责人
meetings-action-due = 截止{ $date }
meetings-action-choose-owner = 从名册中选择
meetings-record-no-item = 不关联议程项
meetings-remove = 删除
meetings-addenda-title = 补正
meetings-addenda-lead = 对已批准纪要的更正。每项补正注明更正的内容，原文保留不变。
meetings-addenda-empty = 没有补正。
meetings-addendum-add-title = 添加补正
meetings-addendum-add = 添加补正
meetings-addendum-corrects = 更正：{ $what }
meetings-addendum-corrects-hint = 例如：第 2 项议程的会议记录
meetings-addendum-by = { $name }，{ $time }

# 表单
meetings-form-new-title = 计划会议
meetings-form-edit-title = 会议信息
meetings-form-lead = 填写中文或英文标题即可。除非另行指定，由联络人担任主持人。
meetings-form-keys = Ctrl+S 保存 · Esc 取消
meetings-section-what = 会议内容、时间和地点
meetings-section-who = 人员
meetings-field-kind = 会议类型
meetings-field-title-zh = 中文标题
meetings-field-title-en = 英文标题
meetings-field-starts-at = 日期和时间
meetings-field-place-zh = 中文地点
meetings-field-place-en = 英文地点
meetings-field-chair = 主持人
meetings-field-secretary = 记录人
meetings-field-rep-name = 高级别代表（宣布开幕和闭幕）
meetings-field-rep-title = 职务
meetings-field-item-title-zh = 中文标题
meetings-field-item-title-en = 英文标题
meetings-field-presenter = 报告人
meetings-field-minutes = 计划时长（分钟）
meetings-field-text-zh = 中文内容
meetings-field-text-en = 英文内容
meetings-field-basis = 依据
meetings-field-agenda-item = 议程项
meetings-field-what-zh = 事项（中文）
meetings-field-what-en = 事项（英文）
meetings-field-owner = 负责人
meetings-field-due = 截止日期
meetings-field-status = 状态
meetings-field-corrects = 更正的内容
meetings-save = 保存
meetings-cancel = 取消
meetings-created = 会议已计划。
meetings-saved = 会议信息已保存。
meetings-errors-title = { $count }个字段需要修改
meetings-error-title = 请填写会议标题（中文或英文）。
meetings-error-starts-at = 请填写日期和时间。
meetings-error-item-title = 请填写议程项标题（中文或英文）。
meetings-error-text = 请用中文或英文填写。
meetings-error-basis-needs-question = 多数表决、决定票或联络人决定都是某个问题的表决结果：请选择产生该结果的问题。未关联问题的决定只能是会上协商一致或备悉。
meetings-error-basis-disagrees = 该依据与问题的表决结果不一致：请选择与其记录结果相符的依据，或选择“备悉”。尚未决定的问题不产生任何决定。
meetings-error-question-elsewhere = 请选择本次会议提出的问题。

## 纪要批准前修改已记录的内容
meetings-item-edit = 修改
meetings-item-edit-label = 修改议程项“{ $title }”
meetings-item-edit-title = 修改议程项
meetings-record-edit = 修改
meetings-decision-edit-label = 修改第{ $number }项决定
meetings-decision-edit-title = 修改决定
meetings-action-edit-label = 修改行动事项“{ $what }”
meetings-action-edit-title = 修改行动事项
meetings-field-question = 议定所依据的问题（可选）
meetings-decision-no-question = 不涉及问题
meetings-decision-question = 问题{ $number }
meetings-decision-question-unknown = 本次会议的一个问题
