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
vision-ui-settled-question = Settled by the question “{ $question }”: { $outcome }
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
vision-ui-question-with-outcome = { $question } — { $outcome }
vision-ui-error-paragraph-amended = Paragraph { $key } has amendments, so it stays in this draft: it cannot be removed. Nothing was saved.
vision-ui-structure-hint = { $count ->
        [one] One paragraph.
       *[other] { $count } paragraphs.
    } Add, move (↑ ↓, or Alt+↑ / Alt+↓ while typing) and remove paragraphs and sections while the version is a draft; Save draft keeps the changes.
vision-ui-paragraph-new = New paragraph
vision-ui-paragraph-tools = { $paragraph }: move or remove
vision-ui-paragraph-up = Move { $paragraph } up (Alt+↑)
vision-ui-paragraph-down = Move { $paragraph } down (Alt+↓)
vision-ui-paragraph-remove = Remove { $paragraph }
vision-ui-paragraph-amended = An amendment names this paragraph: it stays in the draft.
vision-ui-remove = Remove
vision-ui-remove-title = Remove { $paragraph }?
vision-ui-remove-body = Its Chinese and English text leave this draft when you save it. Earlier versions keep it.
vision-ui-add-paragraph = Add a paragraph
vision-ui-add-section = Add a section
vision-ui-section-untitled = New section
vision-ui-section-tools = Section “{ $title }”: move or remove
vision-ui-section-up = Move the section “{ $title }” up
vision-ui-section-down = Move the section “{ $title }” down
vision-ui-section-remove = Remove the section “{ $title }”
vision-ui-section-remove-title = Remove the section “{ $title }”?
vision-ui-section-remove-body = { $count ->
        [0] The section leaves this draft when you save it.
        [one] The section and its paragraph leave this draft when you save it.
       *[other] The section and its { $count } paragraphs leave this draft when you save it.
    } Earlier versions keep them.
vision-ui-section-title-zh = Section title (Chinese)
vision-ui-section-title-en = Section title (English)
vision-ui-section-title-required = { $count ->
        [one] A new section needs a title in Chinese or English before the draft is saved. Nothing was saved.
       *[other] { $count } new sections need a title in Chinese or English before the draft is saved. Nothing was saved.
    }
vision-ui-amendment-unchanged = This language stays as it is.
vision-ui-settle = Settle amendment { $id }
vision-ui-settle-by-question = Settled by the decided question
vision-ui-settle-question = Settle by this question
vision-ui-settle-no-questions = No decided question is free to settle it: a question of a meeting settles it once decided.
vision-ui-asked-in = Asked in: { $questions }
vision-ui-settle-editorial = Or as an editorial correction of the focal point, because
vision-ui-settle-editorial-submit = Record the editorial decision
vision-ui-settled-toast = Amendment { $id }: { $status }.
vision-ui-adopt-by = Adopt by the decided question
vision-ui-adopt = Adopt version { $number }
vision-ui-adopt-title = Adopt version { $number }?
vision-ui-adopt-body = Through “{ $question }”, the city's Vision becomes version { $number }. From then on it is frozen: its text never changes, and a revision is a new version adopted again.
vision-ui-adopted-toast = Version { $number } adopted.
vision-ui-adopt-none = No decided question that adopted is free: a version is adopted only by a question of a meeting whose outcome adopts it.
vision-ui-adopt-unsaved = Save the draft before adopting it.
vision-ui-export-language = Declaration
vision-ui-exported-signed = Vision declaration saved and signed digitally: { $path }.
vision-ui-project = Show on the projector
vision-ui-projected = Paragraph { $key } is on the projector.
vision-projector-label = Vision · version { $version } · paragraph { $key }
vision-projector-missing = Paragraph { $key } is not in this version.
vision-projector-amendment = Amendment proposed by { $name }. Reason: { $reason }
