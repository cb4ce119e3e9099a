## 协商一致问题：立场、规则、轮次、结果及其达成方式。

question-position-consent = 同意
question-position-stand-aside = 保留
question-position-object = 反对

question-rule-unanimity = 全体一致（无反对）
question-rule-consensus-minus = 协商一致减{ $allowed }（允许{ $allowed }票反对）
question-rule-supermajority = 已表态成员的{ $num }/{ $den }特定多数
question-rule-simple-majority = 已表态成员的简单多数（票数相等时由联络人投决定票）
question-rule-summary = 规则：{ $rule }；法定人数为表决成员的{ $quorum }%；连续{ $rounds }轮未能达成共识后，联络人可作出决定。
question-rule-summary-majority = 规则：{ $rule }；法定人数为表决成员的{ $quorum }%。

question-outcome-label = 结果
question-outcome-line = 最终结果：{ $outcome }
question-outcome-consensus = 经协商一致通过
question-outcome-weak-consensus = 经协商一致通过（弱共识）
question-outcome-majority = 多数通过
question-outcome-weak-majority = 多数通过（弱多数）
question-outcome-casting-vote-adopt = 联络人决定票：通过
question-outcome-casting-vote-reject = 联络人决定票：未通过
question-outcome-focal-point-adopt = 联络人决定（持续未能达成共识后）：通过
question-outcome-focal-point-reject = 联络人决定（持续未能达成共识后）：未通过
question-outcome-rejected = 未通过
question-outcome-no-quorum = 不足法定人数：本轮不计
question-outcome-open = 尚未决定

question-weak-note = 超过三分之一的表态为保留：本次通过为弱共识。

question-verdict-adopted = 通过
question-verdict-not-adopted = 未通过
question-verdict-tie = 票数相等
question-verdict-no-quorum = 不足法定人数，不计

question-heading = 问题{ $number }：{ $text }
question-round-line = 第{ $number }轮：同意{ $consent }，保留{ $standAside }，反对{ $object }；出席表决成员{ $present }/{ $total }。本轮结果：{ $verdict }。
question-round-no-position = 出席的表决成员中有{ $count }人未表态。
question-round-tie = 票数相等：同意{ $consent }票，恰为表态总数{ $taken }票的一半。
question-round-amended = 第{ $number }轮表决的修改文本：{ $text }
question-consents-needed = 还需{ $count }票同意。
question-objections-block = 反对票比允许的{ $allowed }票多{ $count }票，阻止通过。
question-missing = { $count }名出席的表决成员尚未表态。
question-failed-rounds = 未达成共识的轮次：{ $failed }/{ $max }。
question-rationale = 联络人的决定理由：{ $text }
question-decided-at = 决定时间：{ $time }。
question-minutes-other = 其他问题
question-minutes-none = 本次会议未提出表决问题。

question-offer-next-round = 开始下一轮
question-offer-casting-vote = 票数相等，由联络人投决定票
question-offer-focal-point = 持续未能达成共识：联络人可作出决定，并须书面说明理由

question-error-not-found = 数据库中没有编号为{ $id }的问题。可用 `concord tally --meeting 编号` 列出问题。
question-error-round-not-found = 数据库中没有编号为{ $id }的轮次。
question-refused-round-closed = 已结束轮次的立场不能更改。
question-refused-rule-fixed = 问题的第一轮开始后，其决策规则不能更改。
question-refused-decided = 该问题已有决定，不能再进行表决或作出决定。
question-refused-no-open-round = 该问题没有正在进行的轮次。
question-refused-round-open = 该问题仍有一轮正在进行：请先结束该轮。
question-refused-not-a-voter = 只有在场的表决成员（或由在场代理人代表的表决成员）才能表态。
question-refused-casting-vote = 联络人决定票仅用于多数规则下票数完全相等的情况。
question-refused-focal-point = 只有在未能达成共识的轮次达到规则规定的次数后，联络人才能单独作出决定。
question-refused-meeting-not-open = 问题只能在会议进行期间提出和表决。
question-refused-ask-again = 只有未获通过的问题才能以修改后的文本重新提出，且只能重新提出一次。
question-asked-again-from = 问题{ $number }未获通过后，以修改后的文本重新提出。
question-positions-by-name = 各轮表态情况（记名）：
question-positions-anonymous = 本问题采用不记名表态：会议纪要只记载票数。
question-col-member = 成员
question-col-round = 第{ $number }轮
