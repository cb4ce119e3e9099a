## The Vision stage: the checklist, refused edits, amendments, adoption and the command line's input.
## Every id here must also exist in locales/zh-CN/vision.ftl, with the same variables.

## The checklist (it warns, it never blocks saving a draft)
vision-check-purpose-zh = { $ends ->
        [1] { $sentences ->
            [1] The Chinese purpose is one sentence.
           *[other] The Chinese purpose should be one sentence; it has { $sentences }.
        }
       *[other] The Chinese purpose should be one sentence ending with 。, ！ or ？ ({ $sentences } found).
    }
vision-check-purpose-en = { $ends ->
        [1] { $sentences ->
            [1] The English purpose is one sentence.
           *[other] The English purpose should be one sentence; it has { $sentences }.
        }
       *[other] The English purpose should be one sentence ending with a full stop, ! or ? ({ $sentences } found).
    }
vision-check-core-values = { $count ->
        [one] 1 core value: the Vision needs 3 to 5.
       *[other] { $count } core values: the Vision needs 3 to 5.
    }
vision-check-english-words = { $words } English words of at least { $minimum }.
vision-check-chinese-characters = { $characters } Chinese characters.
vision-check-both-languages = { $missing ->
        [0] All { $paragraphs } paragraphs are in both languages or marked as not yet translated.
        [one] One paragraph lacks a language and is not marked as not yet translated (of { $paragraphs }).
       *[other] { $missing } of { $paragraphs } paragraphs lack a language and are not marked as not yet translated.
    }
vision-check-neutrality-year = { $year ->
        [0] The carbon-neutrality year is not set.
       *[other] Carbon neutrality by { $year }; a year between 2030 and 2070 is expected.
    }

## Edits refused
vision-refusal-not-a-draft = Version { $number } is { $state ->
        [adopted] adopted
       *[superseded] superseded
    } and can no longer change. Make a new version to revise it.
vision-refusal-no-such-section = There is no section { $index } in this version.
vision-refusal-no-such-paragraph = This paragraph is not in this version.
vision-refusal-position = Position { $position } is beyond the last place, { $len }.
vision-refusal-fixed-section = Purpose, core values, long-term goals, SDGs and commitments are in every Vision once; only free sections can be added or removed.

## Amendments
vision-amendment-not-a-draft = Version { $number } is { $state ->
        [adopted] adopted
       *[superseded] superseded
    }: it cannot be amended. Propose the change to a new version.
vision-amendment-no-such-paragraph = Version { $version } has no such paragraph.
vision-amendment-no-new-text = An amendment needs a new Chinese or English text.
vision-amendment-no-reason = An amendment needs a reason.
vision-amendment-already-settled = This amendment was already settled.
vision-amendment-editorial-no-reason = An editorial decision needs a reason.
vision-amendment-question-undecided = The question has not been decided yet.
vision-amendment-conflict = Two accepted amendments change the same paragraph; say which text the next version takes.

## Adoption
vision-adoption-no-such-version = There is no version { $number }.
vision-adoption-not-a-draft = Version { $number } is { $state ->
        [adopted] adopted already
       *[superseded] superseded
    }.
vision-adoption-question-undecided = The question has not been decided yet, so it cannot adopt the Vision.
vision-adoption-not-adopted = The question's outcome did not adopt the Vision: nothing changed.
vision-adoption-older = Version { $number } is older than the adopted version { $adopted }.

## The command line's two texts
vision-input-counts-differ = The paragraphs do not pair up: { $zh } in the Chinese text, { $en } in the English. Pair them one to one, separated by blank lines.
vision-input-empty = Both texts are empty.
