## 愿景宣言 PDF（crates/usecases/src/vision.rs）。
## 此处每个 id 必须与 locales/en/vision-doc.ftl 相同，变量也相同。

vision-doc-title = { $city }愿景
vision-doc-subtitle = 多方利益相关者对话愿景宣言 · 第{ $number }版
vision-doc-draft-header = 草案，尚未通过 · { $city }愿景第{ $number }版
vision-doc-draft-note = 草案：本版尚未通过。须经会议的共识议题通过后，方成为本市的愿景。
vision-doc-about = 本版说明
vision-doc-version = 版本
vision-doc-state = 状态
vision-doc-state-draft = 草案，尚未通过
vision-doc-state-adopted = 已通过
vision-doc-state-superseded = 已通过，后被新版本取代
vision-doc-state-superseded-draft = 草案，未经通过，已被新版本取代
vision-doc-saved = 保存
vision-doc-saved-by = { $by }，{ $at }
vision-doc-adopted-in = 通过会议
vision-doc-adopted-on = 通过日期
vision-doc-outcome = 结果
vision-doc-question = 会议第{ $number }项议题

vision-doc-section-purpose = 宗旨
vision-doc-section-core-values = 核心价值
vision-doc-section-long-term-goals = 长期目标
vision-doc-section-sdgs = 可持续发展目标
vision-doc-section-commitments = 承诺
vision-doc-neutrality = 在{ $year }年前实现碳中和。
vision-doc-sdgs = 本市助力实现可持续发展目标{ $list }。
vision-doc-no-paragraphs = （尚无段落）

# 缺少中文的段落在中文位置注明；单语文件随后以灰色列出英文。
vision-doc-untranslated = 【尚未译成中文。】
vision-doc-translation-pending = 【译文尚未定稿。】

vision-doc-annex = 附件：第{ $number }版以来的修改
vision-doc-annex-legend = 插入的文字标为 [+这样+]，删除的文字标为 [−这样−]。未修改的段落不列出。
vision-doc-annex-none = 自第{ $number }版以来没有段落修改。
vision-doc-annex-paragraph = { $section }第{ $number }段
vision-doc-annex-added = { $section }第{ $number }段（新增）
vision-doc-annex-removed = { $section }第{ $number }段（删除）

vision-doc-error-no-adopted = 愿景尚无已通过的版本。请按版本号导出，文件将带有“草案”标记。
