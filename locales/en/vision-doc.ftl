## The vision declaration PDF (crates/usecases/src/vision.rs).
## Every id here must also exist in locales/zh-CN/vision-doc.ftl, with the same variables.

vision-doc-title = { $city } Vision
vision-doc-subtitle = Vision declaration of the multistakeholder dialogue · version { $number }
vision-doc-draft-header = DRAFT, not adopted · { $city } Vision, version { $number }
vision-doc-draft-note = DRAFT: this version has not been adopted. It is not the city's Vision until a consensus question of a meeting adopts it.
vision-doc-about = About this version
vision-doc-version = Version
vision-doc-state = State
vision-doc-state-draft = Draft, not adopted
vision-doc-state-adopted = Adopted
vision-doc-state-superseded = Adopted, then superseded by a later version
vision-doc-state-superseded-draft = Draft, never adopted, superseded by a later version
vision-doc-saved = Saved
vision-doc-saved-by = { $by }, { $at }
vision-doc-adopted-in = Adopted in
vision-doc-adopted-on = Adopted on
vision-doc-outcome = Outcome
vision-doc-question = Question { $number } of the meeting

vision-doc-section-purpose = Purpose
vision-doc-section-core-values = Core values
vision-doc-section-long-term-goals = Long-term goals
vision-doc-section-sdgs = Sustainable Development Goals
vision-doc-section-commitments = Commitments
vision-doc-neutrality = Carbon neutrality by { $year }.
vision-doc-sdgs = The city contributes to SDGs { $list }.
vision-doc-no-paragraphs = (no paragraph yet)

# A paragraph whose English is missing says so where its English would stand; a one-language
# document then gives the Chinese below, in grey.
vision-doc-untranslated = [Not yet translated into English.]
vision-doc-translation-pending = [Translation not yet final.]

vision-doc-annex = Annex: Changes since version { $number }
vision-doc-annex-legend = Inserted text is marked [+like this+], deleted text [−like this−]. Paragraphs without changes are not listed.
vision-doc-annex-none = No paragraph changed since version { $number }.
vision-doc-annex-paragraph = { $section }, paragraph { $number }
vision-doc-annex-added = { $section }, paragraph { $number } (added)
vision-doc-annex-removed = { $section }, paragraph { $number } (removed)

vision-doc-error-no-adopted = No version of the Vision has been adopted yet. Export a version by its number; it carries the DRAFT mark.
