## The question screen of the app: asking, taking positions, the live tally, rounds and the
## focal point's steps. How outcomes are named is in questions.ftl.

qui-section-title = Questions
qui-none = No question was put to this meeting.
qui-none-open = No question yet. Ask one when the room is ready to take positions.
qui-number = Question { $number }
qui-ask = Ask a question
qui-ask-title = Ask a question
qui-ask-lead = The question is put to the voting members present, and its first round opens at once.
qui-ask-item = Agenda item
qui-ask-about = About
qui-ask-about-nothing = Nothing of the Vision
qui-ask-about-hint = A question about an amendment shows its change while the room deliberates, and its outcome settles that amendment.
qui-ask-text-amendment = Shall amendment { $amendment } be accepted?
qui-ask-text-version = Shall version { $version } of the Vision be adopted?
qui-ask-no-item = No agenda item
qui-ask-own-rule = Use a different decision rule for this question
qui-ask-save = Ask and open round 1
qui-asked = Question { $number } asked; round 1 is open.
qui-text-zh = Text in Chinese
qui-text-en = Text in English
qui-rule-kind = Decision rule
qui-rule-kind-unanimity = Unanimity (no objection)
qui-rule-kind-consensus-minus = Consensus minus N objections
qui-rule-kind-supermajority = Supermajority of the positions taken
qui-rule-kind-simple-majority = Simple majority
qui-rule-allowed = Objections allowed
qui-rule-num = Supermajority: numerator
qui-rule-den = denominator
qui-rule-quorum = Quorum (% of voting members)
qui-rule-max-failed = Failed rounds before the focal point may decide
qui-rule-anonymous = Anonymous: count positions, do not name them
qui-error-text = Write the question in Chinese or in English.
qui-error-too-long = At most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}.
qui-error-rationale = Write the rationale: the minutes record it as written.
qui-error-not-found = This question is no longer in the database.

qui-badge-round-open = Round { $number } open
qui-badge-casting-vote = Tie: awaiting the casting vote
qui-badge-focal-point = Consensus failed: the focal point may decide
qui-badge-not-started = No round yet
qui-badge-failed = { $failed } of { $max ->
    [one] { $max } round failed
   *[other] { $max } rounds failed
}
qui-failed-count = Failed rounds: { $failed } of { $max }
qui-anonymous = Anonymous
qui-back = ← Back to the meeting

qui-round = Round { $number }: positions
qui-round-amended = Round { $number } (amended text): positions
qui-members-label = Voting members present and their positions
qui-members-none = No voting member is in the room. Check members in on the meeting's attendance.
qui-keys = Keys: C consent · S stand aside · O object · ↑ ↓ next member · Backspace clears · Ctrl+Z undoes the last entry
qui-short-consent = C
qui-short-stand-aside = S
qui-short-object = O
qui-no-position = No position
qui-by-proxy = by proxy: { $name }
qui-left = has left
qui-all-consent = All consent
qui-undo = Undo last entry
qui-close-round = Close the round…
qui-close-title = Close round { $number }?
qui-close-body = { $consent } consent, { $standAside } stand aside, { $object } object; { $missing ->
    [0] every member present has taken a position.
    [one] one member present has taken no position.
   *[other] { $missing } members present have taken no position.
} Once closed, the positions of this round never change.
qui-close-confirm = Close the round
qui-closed = Round { $number } closed: { $verdict }.
qui-round-opened = Round { $number } is open.
qui-decided = The question is decided.

qui-tally-live = Round { $number }: live tally
qui-tally-round = Round { $number }: result
qui-present = { $present } of { $total } voting members present; quorum { $required }.
qui-tally-now-adopted = Adopted if the round closed now.
qui-tally-now-not-adopted = Not adopted if the round closed now.
qui-tally-now-tie = A tie if the round closed now.
qui-tally-now-no-quorum = No quorum.
qui-tally-no-quorum = { $count ->
    [one] No quorum: 1 more voting member needed.
   *[other] No quorum: { $count } more voting members needed.
}
qui-tally-consents-needed = { $count ->
    [one] 1 more consent needed
   *[other] { $count } more consents needed
} from the { $present ->
    [one] member present
   *[other] { $present } members present
}.
qui-tally-blocks = { $count ->
    [one] 1 objection more than the { $allowed } allowed blocks adoption: one objector must withdraw.
   *[other] { $count } objections more than the { $allowed } allowed block adoption: { $count } objectors must withdraw.
}
qui-tally-objections-left = { $count ->
    [one] 1 more objection blocks.
   *[other] { $count } more objections block.
}
qui-tally-tie = A tie: the focal point's casting vote settles it.
qui-tally-weak = Weak consensus: more than a third of the positions stand aside.
qui-tally-missing = { $count ->
    [one] 1 member present has taken no position.
   *[other] { $count } members present have taken no position.
}
qui-verdict-adopted = Adopted.
qui-verdict-not-adopted = Not adopted.
qui-verdict-tie = A tie.
qui-verdict-no-quorum = No quorum: the round does not count.

qui-next-title = Next step
qui-outcome-title = Outcome
qui-nothing-next = Nothing more to do on this question.
qui-no-rounds = No round has been held yet.
qui-amend = Amend the text for the next round
qui-open-round = Open round { $number }
qui-cast-open = Record the casting vote…
qui-cast-title = The focal point's casting vote
qui-cast-body = The round ended in an exact tie under a majority rule. The focal point's casting vote settles it.
qui-cast-adopt = Adopt
qui-cast-reject = Do not adopt
qui-fp-open = Record the focal point's decision…
qui-fp-title = Decision of the focal point
qui-fp-body = Consensus failed in { $failed ->
    [one] { $failed } round
   *[other] { $failed } rounds
}. The focal point may decide alone; the rationale is recorded in the minutes as written.
qui-fp-choice = Decision
qui-fp-adopt = Adopt
qui-fp-reject = Do not adopt
qui-fp-rationale = Rationale
qui-fp-save = Record the decision

qui-history-title = Rounds
qui-history-none = No round has closed yet.
qui-history-round = Round
qui-history-text = Text
qui-history-same = Text unchanged
qui-history-present = Present
qui-history-verdict = Result
qui-history-names = Who took which position
qui-weak-tag = weak

qui-if-fails-consensus = If a round fails, you may amend the text and open another round. After { $max ->
    [one] one failed round
   *[other] { $max } failed rounds
} consensus has persistently failed, and the focal point may decide alone, with a written rationale.
qui-if-fails-supermajority = A round with fewer than { $num }/{ $den } consents among the positions taken rejects the question. You can then revise the text and ask again.
qui-if-fails-simple-majority = A round without a majority of consents among the positions taken rejects the question; an exact tie goes to the focal point's casting vote. After a rejection you can revise the text and ask again.
qui-again-offer = The question was not adopted. You can revise its text and put it to the room again, as a new question linked to this one.
qui-again-open = Ask again with a revised text…
qui-again-title = Ask question { $number } again
qui-again-lead = Question { $number } was not adopted. Write the revised text: it becomes a new question of this meeting, linked to question { $number } in the minutes, and its first round opens at once.
qui-again-save = Ask again and open round 1
qui-again-asked = Question { $number } is question { $first } asked again with a revised text; round 1 is open.
qui-again-as = Asked again as question { $number } →
