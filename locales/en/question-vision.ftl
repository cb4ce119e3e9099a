## The question screen: what a question decided about the Vision (ui/src/screens/question-vision.ts).
## Every id here must also exist in locales/zh-CN/question-vision.ftl, with the same variables.

qui-vision-title = The Vision
qui-vision-adopts = This question adopted version { $version } of the Vision.
qui-vision-put = This question asks to adopt version { $version } of the Vision.
qui-vision-amendment = Amendment { $amendment } by { $person } to version { $version }, section “{ $section }”, paragraph { $paragraph }
qui-vision-accepted = Accepted
qui-vision-rejected = Rejected
qui-vision-reason = Reason: { $reason }
qui-vision-legend = Inserted text is underlined and marked +; removed text is struck through and marked −.
qui-vision-chinese = Chinese
qui-vision-english = English
qui-vision-unchanged = The amendment leaves this language as it is.
qui-vision-pending = To be settled by this question
qui-vision-pending-note = The question’s outcome settles the amendment: adopted accepts it, not adopted rejects it. Settle it on the Vision stage once the question is decided.
qui-vision-subject-version = Adopt version { $version } of the Vision
