## 差距：指标目录、灾害韧性计分卡和差距排序。
## 此处每个 id 都必须同样存在于 locales/en/deficits.ftl，变量相同。

catalogue-malformed = 无法读取指标目录：{ $detail }
catalogue-duplicate-code = 指标代码 { $code } 已在目录中，请换一个代码。
catalogue-invalid-indicator = 指标 { $code } 不完整：需要代码、名称、单位和方向。
scorecard-malformed = 无法读取计分卡文件：{ $detail }
scorecard-structure = 计分卡文件与其级别的结构不符：{ $detail }
scorecard-unknown-question = 计分卡中没有问题 { $code }。
scorecard-score-out-of-range = { $code }：分数 { $score } 超出 0–{ $max } 的范围。
ranking-too-many-dots = { $voter } 投了 { $used } 个点，每人只有 { $allowed } 个。
ranking-unknown-candidate = { $voter } 投给了 { $candidate }，但它不在差距列表中。
ranking-ranked-twice = { $voter } 把 { $candidate } 排了两次。
