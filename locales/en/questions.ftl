## Consensus questions: positions, rules, rounds, outcomes and how they were reached.

question-position-consent = Consent
question-position-stand-aside = Stand aside
question-position-object = Object

question-rule-unanimity = unanimity (no objection)
question-rule-consensus-minus = consensus minus { $allowed } { $allowed ->
    [one] objection
   *[other] objections
}
question-rule-supermajority = supermajority of { $num }/{ $den } of the positions taken
question-rule-simple-majority = simple majority of the positions taken (a tie goes to the focal point's casting vote)
question-rule-summary = Rule: { $rule }; quorum { $quorum } % of the voting members; the focal point may decide after { $rounds } failed rounds.
question-rule-summary-majority = Rule: { $rule }; quorum { $quorum } % of the voting members.

question-outcome-label = Outcome
question-outcome-line = Outcome: { $outcome }
question-outcome-consensus = Adopted by consensus
question-outcome-weak-consensus = Adopted by consensus (weak consensus)
question-outcome-majority = Adopted by majority
question-outcome-weak-majority = Adopted by majority (weak)
question-outcome-casting-vote-adopt = Adopted by the focal point's casting vote
question-outcome-casting-vote-reject = Not adopted, by the focal point's casting vote
question-outcome-focal-point-adopt = Adopted by decision of the focal point after consensus persistently failed
question-outcome-focal-point-reject = Not adopted, by decision of the focal point after consensus persistently failed
question-outcome-rejected = Not adopted
question-outcome-no-quorum = No quorum: the round does not count
question-outcome-open = Not decided yet

question-weak-note = More than a third of the positions stood aside: the adoption is weak.

question-verdict-adopted = adopted
question-verdict-not-adopted = not adopted
question-verdict-tie = tie
question-verdict-no-quorum = no quorum, does not count

question-heading = Question { $number }: { $text }
question-round-line = Round { $number }: { $consent } consent, { $standAside } stand aside, { $object } object; { $present } of { $total } voting members present. Result: { $verdict }.
question-round-no-position = { $count ->
    [one] One voting member present took no position.
   *[other] { $count } voting members present took no position.
}
question-round-tie = A tie: { $consent ->
    [one] the one consent is
   *[other] the { $consent } consents are
} exactly half of the { $taken ->
    [one] one position
   *[other] { $taken } positions
} taken.
question-round-amended = Amended text put to round { $number }: { $text }
question-consents-needed = { $count ->
    [one] One more consent needed.
   *[other] { $count } more consents needed.
}
question-objections-block = { $count ->
    [one] One objection more than the { $allowed } allowed blocks adoption.
   *[other] { $count } objections more than the { $allowed } allowed block adoption.
}
question-missing = { $count ->
    [one] One voting member present has not taken a position.
   *[other] { $count } voting members present have not taken a position.
}
question-failed-rounds = Failed rounds: { $failed } of { $max }.
question-rationale = Rationale of the focal point: { $text }
question-decided-at = Decided { $time }.
question-minutes-other = Other questions
question-minutes-none = No question was put to the meeting.

question-offer-next-round = Open the next round
question-offer-casting-vote = The focal point's casting vote settles the tie
question-offer-focal-point = Consensus has persistently failed: the focal point may decide, with a written rationale

question-error-not-found = There is no question { $id } in this database. List the questions with `concord tally --meeting ID`.
question-error-round-not-found = There is no round { $id } in this database.
question-refused-round-closed = The positions of a closed round cannot change.
question-refused-rule-fixed = The decision rule of a question cannot change once its first round has opened.
question-refused-decided = This question is decided: it takes no more rounds or decisions.
question-refused-no-open-round = No round is open on this question.
question-refused-round-open = A round is still open on this question: close it first.
question-refused-not-a-voter = Only a voting member in the room, or one represented by a proxy in the room, can take a position.
question-refused-casting-vote = The focal point's casting vote is only for an exact tie under a majority rule.
question-refused-focal-point = The focal point can decide alone only after consensus has failed the number of rounds the rule sets.
question-refused-meeting-not-open = Questions are put and settled while the meeting is open.
question-refused-ask-again = Only a question that ended without being adopted can be asked again, and only once.
question-asked-again-from = Asked again, with a revised text, after question { $number } was not adopted.
question-positions-by-name = Who took which position, round by round:
question-positions-anonymous = Positions were taken anonymously: the minutes give the counts only.
question-col-member = Member
question-col-round = Round { $number }
