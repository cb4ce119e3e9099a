## 议题界面：议题对愿景的决定（ui/src/screens/question-vision.ts）。
## 此处每个 id 必须与 locales/en/question-vision.ftl 相同，变量也相同。

qui-vision-title = 愿景
qui-vision-adopts = 本议题通过了愿景第{ $version }版。
qui-vision-put = 本议题提请通过愿景第{ $version }版。
qui-vision-amendment = { $person }对愿景第{ $version }版“{ $section }”第{ $paragraph }段提出的第{ $amendment }号修正案
qui-vision-accepted = 已接受
qui-vision-rejected = 已否决
qui-vision-reason = 理由：{ $reason }
qui-vision-legend = 新增文字加下划线并标“+”；删除文字加删除线并标“−”。
qui-vision-chinese = 中文
qui-vision-english = 英文
qui-vision-unchanged = 该修正案未改动此语言的文字。
qui-vision-pending = 待本问题决定
qui-vision-pending-note = 本问题的结果决定该修正案：通过即接受，未通过即否决。问题决定后，请在“愿景”阶段处理该修正案。
qui-vision-subject-version = 通过愿景第{ $version }版
