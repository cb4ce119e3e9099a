## The Vision in the store and on the command line (`concord vision …`).
## Every id here must also exist in locales/zh-CN/vision-cli.ftl, with the same variables.

## What the store refuses
vision-store-frozen = { $number ->
        [0] This version of the Vision is adopted and frozen: nothing changed. Make a new version to revise it.
       *[other] Version { $number } of the Vision is adopted and frozen: nothing changed. Make a new version to revise it.
    }
vision-store-adoption-refused = Question { $question } has not decided to adopt: a version of the Vision is adopted only by a decided question whose outcome adopted it. Nothing changed.
vision-store-settlement-refused = Question { $question } does not settle the amendment this way: nothing changed.
vision-store-no-version = The dialogue has no Vision yet. Bring one in with `concord vision new-version --zh FILE --en FILE`.
vision-store-no-paragraph = There is no paragraph { $id }; `concord vision show` lists each paragraph's id.
vision-store-no-amendment = There is no amendment { $id }.
vision-store-link-refused = { $id ->
        [0] A question can be about an amendment only while it is pending: nothing changed.
       *[other] Amendment { $id } is already settled: a question can be about an amendment only while it is pending. Nothing changed.
    }
vision-store-question-about-another = Question { $question } is about amendment { $id }: it settles that amendment, not this one. Nothing changed.
vision-store-amendment-linked = { $id ->
        [0] A question is about this amendment, so it stays: nothing changed.
       *[other] A question is about amendment { $id }, so it stays: nothing changed.
    }

## The command line
vision-cli-not-utf8 = { $path } is not UTF-8 text. Save it as UTF-8 and try again.
vision-cli-version-saved = Version { $number } saved as a draft with { $paragraphs ->
        [one] one paragraph
       *[other] { $paragraphs } paragraphs
    }.
vision-cli-amendment-proposed = Amendment { $id } to paragraph { $paragraph } of version { $version } is pending.
vision-cli-amendment-settled = Amendment { $id } is { $status ->
        [accepted] accepted
        [rejected] rejected
        [editorial] accepted as an editorial correction
       *[pending] pending
    }.
vision-cli-adopted = Version { $number } is adopted by question { $question } and frozen from now on.
vision-cli-state = { $state ->
        [adopted] adopted
        [superseded] superseded
       *[draft] draft
    }
vision-cli-section = { $kind ->
        [purpose] Purpose
        [core-values] Core values
        [long-term-goals] Long-term goals
        [sdgs] Sustainable Development Goals
       *[commitments] Commitments
    }
vision-cli-version-heading = Vision, version { $number } ({ $state }), saved by { $by } on { $date }
vision-cli-not-yet-translated = not yet translated
vision-cli-checklist = Checklist:
vision-cli-amendments = Amendments:
vision-cli-amendment-line = { "  " }#{ $id } on paragraph { $paragraph }: { $status ->
        [accepted] accepted
        [rejected] rejected
        [editorial] editorial correction
       *[pending] pending
    } ({ $reason })
vision-cli-versions = Versions:
vision-cli-diff-summary = From version { $from } to version { $to }: { $changed ->
        [0] no paragraph changed
        [one] one paragraph changed
       *[other] { $changed } paragraphs changed
    } of { $paragraphs }.
vision-cli-diff-paragraph = Paragraph { $id } ({ $presence ->
        [added] added
        [removed] removed
       *[kept] changed
    }):
