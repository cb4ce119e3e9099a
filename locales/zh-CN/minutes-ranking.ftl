## 会议纪要中的差距排序（crates/documents/src/minutes_ranking.rs）。
## 此处每个编号都须在 locales/en/minutes-ranking.ftl 中存在，变量相同。

minutes-ranking = 差距排序
minutes-ranking-dots = { $voters }名参与者各以{ $dots }个圆点对{ $candidates }项已标记的差距投票（圆点投票）；得点最多者居首，得分相同者名次并列（记作“并列”）。
minutes-ranking-borda = { $voters }名参与者对{ $candidates }项已标记的差距排列先后（博达计数法：在 m 项的排序中列第一位得 m 分）；得分相同者名次并列（记作“并列”）。
minutes-ranking-col-rank = 名次
minutes-ranking-col-deficit = 差距
minutes-ranking-col-points = 得分
minutes-ranking-by-sector = 各领域列为首位的差距：
minutes-ranking-col-sector = 领域
minutes-ranking-col-voters = 投票人数
minutes-ranking-col-first = 首选
