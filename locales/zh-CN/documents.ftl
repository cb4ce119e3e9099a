## 文件：会议纪要与宣言。

doc-page-of = 第 { $page } 页 / 共 { $total } 页
doc-running-header = { $city } · 可持续发展与碳中和多方利益相关者对话
minutes-title = 会议纪要
minutes-kind-plenary = 市民大厅全体会议
minutes-kind-working-group = 工作组会议
minutes-date = 日期
minutes-place = 地点
minutes-chair = 主持人
minutes-secretary = 记录人
minutes-opened = 开幕
minutes-closed = 闭幕
minutes-opened-by = { $name }，{ $time }
minutes-not-yet = 尚未
minutes-partner = 伙伴城市
minutes-attendance = 出席情况
minutes-attendance-summary = { $members } 名表决成员中 { $present } 名出席；{ $reached ->
    [yes] 已达到
   *[no] 未达到
} { $quorum } % 的法定人数。
minutes-attendance-sector = { $sector }：{ $count }
minutes-col-number = 序号
minutes-col-name = 姓名
minutes-col-organisation = 单位
minutes-col-sector = 领域
minutes-col-role = 身份
minutes-agenda = 议程与讨论
minutes-item-heading = { $number }. { $title }
minutes-presenter = 报告人：{ $name } · { $minutes } 分钟
minutes-no-notes = 本议题未记录发言要点。
minutes-signatures = 签字
minutes-sign-focal-point = 联络人
minutes-sign-secretary = 记录人
minutes-sign-date = 日期
sector-local-authority = 地方政府
sector-civil-society = 民间社会组织
sector-public-company = 国有企业
sector-private-company = 民营企业
sector-investor = 投资方
sector-research = 科研人员 / 研究机构
sector-education = 培训 / 教育机构
sector-citizen = 市民
role-voting-member = 表决成员
role-observer = 观察员
role-expert = 专家
helix-government = 政府
helix-industry = 产业
helix-academia = 学术界
helix-civil-society = 民间社会
minutes-apologies = 请假：{ $names }。
