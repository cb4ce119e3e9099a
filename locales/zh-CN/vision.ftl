## 愿景阶段：检查清单、被拒绝的编辑、修正案、通过和命令行的输入。
## 此处每个 id 都必须同样存在于 locales/en/vision.ftl，变量相同。

## 检查清单（只提醒，从不阻止保存草稿）
vision-check-purpose-zh = { $ends ->
        [1] { $sentences ->
            [1] 中文宗旨为一句话。
           *[other] 中文宗旨应为一句话，现有{ $sentences }句。
        }
       *[other] 中文宗旨应为以“。”“！”或“？”结尾的一句话（现有{ $sentences }句）。
    }
vision-check-purpose-en = { $ends ->
        [1] { $sentences ->
            [1] 英文宗旨为一句话。
           *[other] 英文宗旨应为一句话，现有{ $sentences }句。
        }
       *[other] 英文宗旨应为以句号、“!”或“?”结尾的一句话（现有{ $sentences }句）。
    }
vision-check-core-values = 核心价值{ $count }项：愿景需要 3 至 5 项。
vision-check-english-words = 英文{ $words }词，至少需要{ $minimum }词。
vision-check-chinese-characters = 中文{ $characters }字。
vision-check-both-languages = { $missing ->
        [0] 全部{ $paragraphs }段均有中英文，或已标为“尚未翻译”。
       *[other] { $paragraphs }段中有{ $missing }段缺少一种语言，且未标为“尚未翻译”。
    }
vision-check-neutrality-year = { $year ->
        [0] 尚未设定碳中和年份。
       *[other] { $year }年实现碳中和；年份应在2030至2070年之间。
    }

## 被拒绝的编辑
vision-refusal-not-a-draft = 第{ $number }版{ $state ->
        [adopted] 已通过
       *[superseded] 已被取代
    }，不能再修改。如需修订，请建立新版本。
vision-refusal-no-such-section = 此版本没有第{ $index }节。
vision-refusal-no-such-paragraph = 此版本中没有这一段。
vision-refusal-position = 位置{ $position }超出了现有的{ $len }个位置。
vision-refusal-fixed-section = 宗旨、核心价值、长期目标、可持续发展目标和承诺在每份愿景中各有一节；只能添加或删除自由章节。

## 修正案
vision-amendment-not-a-draft = 第{ $number }版{ $state ->
        [adopted] 已通过
       *[superseded] 已被取代
    }，不能修正。请对新版本提出修改。
vision-amendment-no-such-paragraph = 第{ $version }版中没有这一段。
vision-amendment-no-new-text = 修正案需要新的中文或英文文本。
vision-amendment-no-reason = 修正案需要说明理由。
vision-amendment-already-settled = 此修正案已有结果。
vision-amendment-editorial-no-reason = 编辑性决定需要说明理由。
vision-amendment-question-undecided = 该议题尚未作出决定。
vision-amendment-conflict = 两项已接受的修正案修改了同一段落；请说明下一版采用哪一文本。

## 通过
vision-adoption-no-such-version = 没有第{ $number }版。
vision-adoption-not-a-draft = 第{ $number }版{ $state ->
        [adopted] 已经通过
       *[superseded] 已被取代
    }。
vision-adoption-question-undecided = 该议题尚未作出决定，不能据此通过愿景。
vision-adoption-not-adopted = 该议题的结果未通过愿景：未作任何更改。
vision-adoption-older = 第{ $number }版早于已通过的第{ $adopted }版。

## 命令行的两份文本
vision-input-counts-differ = 中文文本有{ $zh }段，英文文本有{ $en }段。请一一对应，段落之间以空行分隔。
vision-input-empty = 两份文本都是空的。
