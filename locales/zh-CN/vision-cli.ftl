## 愿景的存储与命令行（`concord vision …`）。
## 每个 id 须与 locales/en/vision-cli.ftl 相同，变量也须相同。

## 存储拒绝的操作
vision-store-frozen = { $number ->
        [0] 此版愿景已通过并冻结，未作任何更改。如需修订，请新建一个版本。
       *[other] 愿景第{ $number }版已通过并冻结，未作任何更改。如需修订，请新建一个版本。
    }
vision-store-adoption-refused = 问题{ $question }未作出通过的决定：愿景的版本只能由结果为通过的已决问题通过。未作任何更改。
vision-store-settlement-refused = 问题{ $question }不能以这种方式处理该修正案：未作任何更改。
vision-store-no-version = 本对话尚无愿景。请用 `concord vision new-version --zh 文件 --en 文件` 导入。
vision-store-no-paragraph = 没有编号为{ $id }的段落；`concord vision show` 列出每个段落的编号。
vision-store-no-amendment = 没有编号为{ $id }的修正案。
vision-store-link-refused = { $id ->
        [0] 问题只能针对尚待处理的修正案：未作任何更改。
       *[other] 修正案{ $id }已处理完毕：问题只能针对尚待处理的修正案。未作任何更改。
    }
vision-store-question-about-another = 问题{ $question }针对的是修正案{ $id }：它只能处理该修正案，不能处理本修正案。未作任何更改。
vision-store-amendment-linked = { $id ->
        [0] 已有问题针对此修正案，因此不能删除：未作任何更改。
       *[other] 已有问题针对修正案{ $id }，因此不能删除：未作任何更改。
    }

## 命令行
vision-cli-not-utf8 = { $path }不是 UTF-8 文本。请另存为 UTF-8 后重试。
vision-cli-version-saved = 第{ $number }版已保存为草案，共{ $paragraphs }段。
vision-cli-amendment-proposed = 对第{ $version }版第{ $paragraph }段的修正案{ $id }待处理。
vision-cli-amendment-settled = 修正案{ $id }{ $status ->
        [accepted] 已采纳
        [rejected] 未采纳
        [editorial] 已作为文字更正采纳
       *[pending] 待处理
    }。
vision-cli-adopted = 第{ $number }版已由问题{ $question }通过，自此冻结。
vision-cli-state = { $state ->
        [adopted] 已通过
        [superseded] 已被取代
       *[draft] 草案
    }
vision-cli-section = { $kind ->
        [purpose] 宗旨
        [core-values] 核心价值
        [long-term-goals] 长期目标
        [sdgs] 可持续发展目标
       *[commitments] 承诺
    }
vision-cli-version-heading = 愿景第{ $number }版（{ $state }），由{ $by }于{ $date }保存
vision-cli-not-yet-translated = 尚未翻译
vision-cli-checklist = 检查清单：
vision-cli-amendments = 修正案：
vision-cli-amendment-line = { "  " }#{ $id }，第{ $paragraph }段：{ $status ->
        [accepted] 已采纳
        [rejected] 未采纳
        [editorial] 文字更正
       *[pending] 待处理
    }（{ $reason }）
vision-cli-versions = 版本：
vision-cli-diff-summary = 从第{ $from }版到第{ $to }版：{ $paragraphs }段中有{ $changed }段改动。
vision-cli-diff-paragraph = 第{ $id }段（{ $presence ->
        [added] 新增
        [removed] 删除
       *[kept] 改动
    }）：
