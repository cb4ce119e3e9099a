## The Vision stage in the window (ui/src/screens/vision.ts, crates/usecases/src/vision_view.rs).
## Every id here must also exist in locales/zh-CN/vision-ui.ftl, with the same variables.

vision-ui-title = Vision
vision-ui-intro = The city's Vision in Chinese and English side by side: drafts, numbered versions, stakeholders' amendments and the vision declaration.
vision-ui-empty-title = No Vision yet
vision-ui-empty-body = Start the first draft: the five sections of APSEC's checklist (purpose, core values, long-term goals, SDGs, commitments), each ready for its Chinese and English text.
vision-ui-start-first = Start the first draft
vision-ui-versions = Versions
vision-ui-version-label = Version { $number }
vision-ui-state-draft = Draft
vision-ui-state-adopted = Adopted
vision-ui-state-superseded = Superseded
vision-ui-saved-by = Saved by { $by }, { $at }
vision-ui-adopted-by = Adopted at the { $meeting }, question { $question }, on { $date }: { $outcome }.
vision-ui-frozen = This version is { $state ->
        [adopted] adopted
       *[other] superseded
    }: its text no longer changes. Start a new draft to revise it.
vision-ui-new-draft = New draft from version { $number }
vision-ui-new-draft-note = The new draft takes the latest version with its accepted amendments.
vision-ui-zh = Chinese 中文
vision-ui-en = English
vision-ui-untranslated = Not yet translated
vision-ui-paragraph = Paragraph { $key }
vision-ui-neutrality-year = Carbon neutral by (year)
vision-ui-save-draft = Save draft
vision-ui-save-as = Save as version { $number }
vision-ui-saved-draft = Draft { $number } saved.
vision-ui-saved-version = Saved as version { $number }.
vision-ui-started = Draft { $number } started.
vision-ui-unsaved = Unsaved changes
vision-ui-checklist = Checklist
vision-ui-checklist-note = The checklist warns; it never blocks saving.
vision-ui-check-met = Met
vision-ui-check-warn = Check
vision-ui-compare = Compare versions
vision-ui-compare-from = From version
vision-ui-compare-to = To version
vision-ui-compare-show = Compare
vision-ui-compare-result = { $count ->
        [0] No paragraph changed between version { $from } and version { $to }.
        [one] One paragraph changed between version { $from } and version { $to }.
       *[other] { $count } paragraphs changed between version { $from } and version { $to }.
    }
vision-ui-diff-legend = Inserted text is underlined and marked +, deleted text struck through and marked −.
vision-ui-diff-added = added
vision-ui-diff-removed = removed
vision-ui-diff-inserted = inserted
vision-ui-diff-deleted = deleted
vision-ui-amendments = Amendments
vision-ui-amendments-count = { $count ->
        [0] No amendment yet.
        [one] One amendment.
       *[other] { $count } amendments.
    }
vision-ui-amendment-status-pending = Pending
vision-ui-amendment-status-accepted = Accepted
vision-ui-amendment-status-rejected = Rejected
vision-ui-amendment-status-editorial = Editorial correction
vision-ui-amendment-by = { $name }, paragraph { $key } of version { $version }
vision-ui-amendment-reason = Reason: { $reason }
vision-ui-settled-question = Settled by question { $question }: { $outcome }
vision-ui-settled-editorial = Accepted by the focal point as an editorial correction: { $reason }
vision-ui-propose = Propose an amendment
vision-ui-propose-paragraph = Paragraph
vision-ui-propose-by = Proposed by
vision-ui-propose-zh = New Chinese text
vision-ui-propose-en = New English text
vision-ui-propose-reason = Reason
vision-ui-propose-submit = Propose
vision-ui-proposed = Amendment proposed.
vision-ui-propose-draft-only = Amendments are proposed to a draft: choose a draft version to propose one.
vision-ui-export = Export the declaration
vision-ui-exported = Vision declaration saved to { $path }.
