//! The consensus questions of a meeting as minutes blocks: each question with its rounds,
//! counts, outcome and how it was reached, in English, Chinese or both. The same lines serve
//! the command line's `concord tally`.

use concord_domain::{
    AgendaItem, DecisionRule, Outcome, QuestionRecord, RoundVerdict, RuleKind, Stakeholder,
};
use concord_i18n::{FluentValue, I18n, Locale};

use crate::minutes::{Language, SubjectLine};
use crate::minutes_positions::position_blocks;
use crate::voice::Voice;
use crate::{Block, Document};

/// What a line of a question's account is, so each medium can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// "Question 2: …"
    Heading,
    /// The rule, an amended text, the outcome.
    Text,
    /// A round's counts, notes such as "weak", the rationale.
    Detail,
}

/// The rule in words: "consensus minus 1 objection".
pub fn rule_name(rule: &DecisionRule, i18n: &I18n) -> String {
    match rule.kind {
        RuleKind::Unanimity => i18n.msg("question-rule-unanimity"),
        RuleKind::ConsensusMinus => i18n.fmt(
            "question-rule-consensus-minus",
            &[("allowed", FluentValue::from(rule.allowed_objections))],
        ),
        RuleKind::Supermajority => i18n.fmt(
            "question-rule-supermajority",
            &[
                ("num", FluentValue::from(rule.supermajority_num)),
                ("den", FluentValue::from(rule.supermajority_den)),
            ],
        ),
        RuleKind::SimpleMajority => i18n.msg("question-rule-simple-majority"),
    }
}

/// The outcome in words, or "not decided yet".
pub fn outcome_text(outcome: Option<&Outcome>, i18n: &I18n) -> String {
    match outcome {
        Some(outcome) => i18n.msg(&format!("question-outcome-{}", outcome.key())),
        None => i18n.msg("question-outcome-open"),
    }
}

fn verdict_text(verdict: RoundVerdict, i18n: &I18n) -> String {
    i18n.msg(&format!("question-verdict-{}", verdict.key()))
}

/// Picks the text in the locale's language, falling back on the other.
fn in_language<'t>(i18n: &I18n, zh: &'t str, en: &'t str) -> &'t str {
    let (first, second) = match i18n.locale() {
        Locale::ZhCn => (zh, en),
        _ => (en, zh),
    };
    if first.trim().is_empty() {
        second
    } else {
        first
    }
}

/// A question's account, line by line, in one language.
pub fn question_lines(record: &QuestionRecord, i18n: &I18n) -> Vec<(LineKind, String)> {
    let q = &record.question;
    let mut lines = vec![(
        LineKind::Heading,
        i18n.fmt(
            "question-heading",
            &[
                ("number", FluentValue::from(record.number)),
                (
                    "text",
                    FluentValue::from(in_language(i18n, &q.text_zh, &q.text_en)),
                ),
            ],
        ),
    )];
    if let Some(first) = record.asked_again_from {
        lines.push((
            LineKind::Detail,
            i18n.fmt(
                "question-asked-again-from",
                &[("number", FluentValue::from(first.number))],
            ),
        ));
    }
    let rule = &record.rule;
    lines.push((
        LineKind::Detail,
        i18n.fmt(
            if concord_domain::consensus::is_majority_rule(rule.kind) {
                "question-rule-summary-majority"
            } else {
                "question-rule-summary"
            },
            &[
                ("rule", FluentValue::from(rule_name(rule, i18n))),
                ("quorum", FluentValue::from(rule.quorum_percent)),
                ("rounds", FluentValue::from(rule.max_failed_rounds)),
            ],
        ),
    ));
    for round in &record.rounds {
        let amended = in_language(i18n, &round.text_zh, &round.text_en);
        if !amended.trim().is_empty() {
            lines.push((
                LineKind::Text,
                i18n.fmt(
                    "question-round-amended",
                    &[
                        ("number", FluentValue::from(round.number)),
                        ("text", FluentValue::from(amended)),
                    ],
                ),
            ));
        }
        let r = &round.result;
        let verdict = if round.closed_at.is_some() {
            verdict_text(r.verdict, i18n)
        } else {
            i18n.msg("question-outcome-open")
        };
        lines.push((
            LineKind::Detail,
            i18n.fmt(
                "question-round-line",
                &[
                    ("number", FluentValue::from(round.number)),
                    ("consent", FluentValue::from(r.counts.consent)),
                    ("standAside", FluentValue::from(r.counts.stand_aside)),
                    ("object", FluentValue::from(r.counts.object)),
                    ("present", FluentValue::from(r.present)),
                    ("total", FluentValue::from(r.total)),
                    ("verdict", FluentValue::from(verdict)),
                ],
            ),
        ));
        // The counts above add up to fewer than those present: say so, never leave it to sums.
        if round.closed_at.is_some() && r.missing > 0 {
            lines.push((
                LineKind::Detail,
                i18n.fmt(
                    "question-round-no-position",
                    &[("count", FluentValue::from(r.missing))],
                ),
            ));
        }
        // "Result: tie" beside "14 consent, 6 stand aside, 8 object" needs its sum.
        if round.closed_at.is_some() && r.verdict == RoundVerdict::Tie {
            let taken = r.counts.consent + r.counts.stand_aside + r.counts.object;
            lines.push((
                LineKind::Detail,
                i18n.fmt(
                    "question-round-tie",
                    &[
                        ("consent", FluentValue::from(r.counts.consent)),
                        ("taken", FluentValue::from(taken)),
                    ],
                ),
            ));
        }
        if r.verdict != RoundVerdict::Adopted && r.has_quorum && r.blocking_objections > 0 {
            lines.push((
                LineKind::Detail,
                i18n.fmt(
                    "question-objections-block",
                    &[
                        ("count", FluentValue::from(r.blocking_objections)),
                        (
                            "allowed",
                            FluentValue::from(r.objections_allowed.unwrap_or(0)),
                        ),
                    ],
                ),
            ));
        }
    }
    let state = &record.state;
    if state.failed_rounds > 0 {
        lines.push((
            LineKind::Detail,
            i18n.fmt(
                "question-failed-rounds",
                &[
                    ("failed", FluentValue::from(state.failed_rounds)),
                    ("max", FluentValue::from(state.max_failed_rounds)),
                ],
            ),
        ));
    }
    // A casting vote is told by the outcome line ("adopted by the focal point's casting vote").
    lines.push((
        LineKind::Text,
        i18n.fmt(
            "question-outcome-line",
            &[(
                "outcome",
                FluentValue::from(outcome_text(state.outcome.as_ref(), i18n)),
            )],
        ),
    ));
    if state.outcome.as_ref().is_some_and(Outcome::is_weak) {
        lines.push((LineKind::Detail, i18n.msg("question-weak-note")));
    }
    if let Some(Outcome::FocalPointDecision { rationale, .. }) = &state.outcome {
        lines.push((
            LineKind::Detail,
            i18n.fmt(
                "question-rationale",
                &[(
                    "text",
                    FluentValue::from(crate::minutes::text_in(i18n, rationale)),
                )],
            ),
        ));
    }
    lines
}

fn block(kind: LineKind, text: String, second_language: bool) -> Block {
    let p = match kind {
        LineKind::Heading | LineKind::Text if !second_language => Block::paragraph(text),
        _ => Block::secondary(text),
    };
    // A question's heading (in either language) never ends a page without its account.
    if kind == LineKind::Heading {
        p.keep_with_next().into()
    } else {
        p.into()
    }
}

/// Every question in `questions` as blocks, in the document's language(s). In bilingual
/// minutes each Chinese line is followed by its English; a rationale written in one language
/// only is printed once, with its note.
pub fn question_blocks(questions: &[&QuestionRecord], language: Language) -> Vec<Block> {
    let mut blocks = Vec::new();
    let (zh, en) = (I18n::new(Locale::ZhCn), I18n::new(Locale::En));
    for record in questions {
        match language {
            Language::En | Language::ZhCn => {
                let i18n = if language == Language::En { &en } else { &zh };
                for (kind, text) in question_lines(record, i18n) {
                    blocks.push(block(kind, text, false));
                }
            }
            Language::Bilingual => {
                let zh_lines = question_lines(record, &zh);
                let en_lines = question_lines(record, &en);
                let last = zh_lines.len().saturating_sub(1);
                // The rationale is the last line; written in one language, said once.
                let one_language_rationale = match &record.state.outcome {
                    Some(Outcome::FocalPointDecision { rationale, .. }) => {
                        let (zh, en) = concord_domain::bilingual::split_scripts(rationale);
                        zh.is_empty() || en.is_empty()
                    }
                    _ => false,
                };
                for (index, ((kind, zh_text), (_, en_text))) in
                    zh_lines.into_iter().zip(en_lines).enumerate()
                {
                    blocks.push(block(kind, zh_text, false));
                    if !(index == last && one_language_rationale) {
                        blocks.push(block(kind, en_text, true));
                    }
                }
            }
        }
    }
    blocks
}

/// The questions of a meeting and the subject lines said under their headings.
pub type QuestionsWithSubjects<'a> = (&'a [QuestionRecord], &'a [SubjectLine]);

/// A question's subject lines as blocks, in the document's language(s).
fn subject_blocks(lines: &[&SubjectLine], language: Language) -> Vec<Block> {
    let mut blocks = Vec::new();
    for line in lines {
        match language {
            // Said under the heading, they keep with the account that follows as it does.
            Language::En => blocks.push(block(LineKind::Heading, line.en.clone(), false)),
            Language::ZhCn => blocks.push(block(LineKind::Heading, line.zh.clone(), false)),
            Language::Bilingual => {
                blocks.push(block(LineKind::Heading, line.zh.clone(), false));
                blocks.push(block(LineKind::Heading, line.en.clone(), true));
            }
        }
    }
    blocks
}

/// Each question's account, with its subject lines under its heading, followed by who took
/// which position (named rules) or the note that positions were anonymous.
fn push_with_positions(
    doc: &mut Document,
    questions: &[&QuestionRecord],
    subjects: &[SubjectLine],
    people: &[Stakeholder],
    language: Language,
) {
    let voice = Voice::new(language);
    let headings = if language == Language::Bilingual {
        2
    } else {
        1
    };
    for record in questions {
        let mut blocks = question_blocks(&[record], language);
        let mine: Vec<&SubjectLine> = subjects
            .iter()
            .filter(|s| s.question_id == record.question.id)
            .collect();
        let at = headings.min(blocks.len());
        blocks.splice(at..at, subject_blocks(&mine, language));
        for block in blocks {
            doc.push(block);
        }
        for block in position_blocks(record, people, &voice) {
            doc.push(block);
        }
    }
}

/// The questions put under agenda item `item_id`, after its notes in the minutes.
pub fn push_item_questions(
    doc: &mut Document,
    (questions, subjects): QuestionsWithSubjects<'_>,
    people: &[Stakeholder],
    item_id: i64,
    language: Language,
) {
    let of_item: Vec<&QuestionRecord> = questions
        .iter()
        .filter(|q| q.question.agenda_item_id == Some(item_id))
        .collect();
    push_with_positions(doc, &of_item, subjects, people, language);
}

/// The questions in the order the minutes print them (by agenda item, then those under no
/// item of this agenda), numbered in that order: a reader finds Question 4 after Question 3,
/// whichever was asked first. A link to the question asked again follows the new numbers.
pub fn in_printed_order(
    questions: &[QuestionRecord],
    agenda: &[AgendaItem],
) -> Vec<QuestionRecord> {
    let rank = |q: &QuestionRecord| {
        q.question
            .agenda_item_id
            .and_then(|id| agenda.iter().position(|item| item.id == id))
            .unwrap_or(agenda.len())
    };
    let mut ordered: Vec<QuestionRecord> = questions.to_vec();
    // Stable: within an item the questions keep the order they were asked in.
    ordered.sort_by_key(|q| (rank(q), q.number));
    let renumber = |link: &mut Option<concord_domain::QuestionLink>, ordered: &[(i64, u32)]| {
        if let Some(link) = link
            && let Some((_, number)) = ordered.iter().find(|(id, _)| *id == link.id)
        {
            link.number = *number;
        }
    };
    let numbers: Vec<(i64, u32)> = ordered
        .iter()
        .zip(1..)
        .map(|(q, number)| (q.question.id, number))
        .collect();
    for (q, (_, number)) in ordered.iter_mut().zip(&numbers) {
        q.number = *number;
        renumber(&mut q.asked_again_from, &numbers);
        renumber(&mut q.asked_again_as, &numbers);
    }
    ordered
}

/// The questions linked to no item of the agenda, under their own heading after it.
pub fn push_other_questions(
    doc: &mut Document,
    (questions, subjects): QuestionsWithSubjects<'_>,
    people: &[Stakeholder],
    agenda: &[AgendaItem],
    language: Language,
) {
    let others: Vec<&QuestionRecord> = questions
        .iter()
        .filter(|q| {
            q.question
                .agenda_item_id
                .is_none_or(|id| !agenda.iter().any(|item| item.id == id))
        })
        .collect();
    if others.is_empty() {
        return;
    }
    let heading = match language {
        Language::En => I18n::new(Locale::En).msg("question-minutes-other"),
        Language::ZhCn => I18n::new(Locale::ZhCn).msg("question-minutes-other"),
        Language::Bilingual => format!(
            "{} {}",
            I18n::new(Locale::ZhCn).msg("question-minutes-other"),
            I18n::new(Locale::En).msg("question-minutes-other")
        ),
    };
    let heading = crate::minutes_sections::subsection(doc, heading, language);
    doc.push(heading);
    push_with_positions(doc, &others, subjects, people, language);
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::{
        FocalPointDecision, Interventions, PositionCounts, Question, Round, question_state,
        tally_counts,
    };

    fn record(rounds: &[PositionCounts], focal: Option<FocalPointDecision>) -> QuestionRecord {
        let rule = DecisionRule {
            kind: RuleKind::ConsensusMinus,
            ..DecisionRule::default()
        };
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap_or_default();
        let rounds: Vec<Round> = rounds
            .iter()
            .enumerate()
            .map(|(i, counts)| Round {
                id: i as i64 + 1,
                number: i as u32 + 1,
                text_zh: String::new(),
                text_en: String::new(),
                opened_at: at,
                closed_at: Some(at),
                positions: vec![],
                result: tally_counts(&rule, 29, 32, *counts),
            })
            .collect();
        let results: Vec<_> = rounds.iter().map(|r| r.result).collect();
        let state = question_state(
            &rule,
            &results,
            false,
            Interventions {
                casting_vote: None,
                focal_point: focal.as_ref(),
            },
        );
        QuestionRecord {
            question: Question {
                id: 1,
                meeting_id: 1,
                agenda_item_id: None,
                text_zh: "写入翻一番。".into(),
                text_en: "Write in the doubling.".into(),
                subject: None,
                rule_override: None,
            },
            number: 3,
            rule,
            created_at: at,
            rounds,
            casting_vote: None,
            focal_point: focal,
            decided_at: Some(at),
            state,
            asked_again_from: None,
            asked_again_as: None,
        }
    }

    fn text(blocks: &[Block]) -> String {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn questions_are_numbered_in_the_order_the_minutes_print_them() {
        let item = |id: i64, position: u32| AgendaItem {
            id,
            position,
            title_zh: String::new(),
            title_en: String::new(),
            presenter: String::new(),
            planned_minutes: 10,
            notes_zh: String::new(),
            notes_en: String::new(),
        };
        // Asked as 1, 2, 3 under items 2, 1 and 1; question 3 asks question 2 again.
        let asked = [(10, 2), (11, 1), (12, 1)];
        let records: Vec<QuestionRecord> = asked
            .iter()
            .zip(1..)
            .map(|(&(id, item_id), number)| {
                let mut r = record(&[], None);
                r.question.id = id;
                r.question.agenda_item_id = Some(item_id);
                r.number = number;
                r
            })
            .collect();
        let mut records = records;
        records[2].asked_again_from = Some(concord_domain::QuestionLink { id: 11, number: 2 });
        let agenda = [item(1, 1), item(2, 2)];
        let printed = in_printed_order(&records, &agenda);
        let order: Vec<(i64, u32)> = printed.iter().map(|q| (q.question.id, q.number)).collect();
        assert_eq!(order, [(11, 1), (12, 2), (10, 3)]);
        assert_eq!(printed[1].asked_again_from.map(|l| l.number), Some(1));
    }

    #[test]
    fn a_focal_point_decision_is_told_with_its_rounds_and_rationale() {
        let failed = PositionCounts {
            consent: 25,
            stand_aside: 2,
            object: 2,
        };
        let decided = record(
            &[failed, failed, failed],
            Some(FocalPointDecision {
                adopt: true,
                rationale: "APEC goal; retraining answers the objections.".into(),
            }),
        );
        let en = text(&question_blocks(&[&decided], Language::En));
        assert!(en.contains("Question 3: Write in the doubling."), "{en}");
        assert!(
            en.contains("Round 3: 25 consent, 2 stand aside, 2 object; 29 of 32"),
            "{en}"
        );
        assert!(en.contains("Failed rounds: 3 of 3."), "{en}");
        assert!(
            en.contains("Outcome: Adopted by decision of the focal point after consensus persistently failed"),
            "{en}"
        );
        assert!(en.contains("APEC goal"), "{en}");
        let zh = text(&question_blocks(&[&decided], Language::ZhCn));
        assert!(
            zh.contains("联络人决定（持续未能达成共识后）：通过"),
            "{zh}"
        );
        let both = text(&question_blocks(&[&decided], Language::Bilingual));
        assert!(
            both.contains("问题 3：写入翻一番。") && both.contains("Question 3"),
            "{both}"
        );
        assert_eq!(both.matches("APEC goal").count(), 1, "{both}");
        assert!(zh.contains("APEC goal; retraining answers the objections.（仅有英文原文）"));
    }

    #[test]
    fn a_rationale_in_both_languages_is_said_in_each() {
        let failed = PositionCounts {
            consent: 25,
            stand_aside: 2,
            object: 2,
        };
        let decided = record(
            &[failed, failed, failed],
            Some(FocalPointDecision {
                adopt: true,
                rationale: "三轮均未达成共识。\nThree rounds failed.".into(),
            }),
        );
        let en = text(&question_blocks(&[&decided], Language::En));
        assert!(
            en.contains("Three rounds failed.") && !en.contains("三轮"),
            "{en}"
        );
        let zh = text(&question_blocks(&[&decided], Language::ZhCn));
        assert!(
            zh.contains("三轮均未达成共识。") && !zh.contains("Three"),
            "{zh}"
        );
        let both = text(&question_blocks(&[&decided], Language::Bilingual));
        assert_eq!(both.matches("三轮均未达成共识").count(), 1, "{both}");
        assert_eq!(both.matches("Three rounds failed").count(), 1, "{both}");
    }

    #[test]
    fn a_weak_consensus_says_so() {
        let weak = record(
            &[PositionCounts {
                consent: 17,
                stand_aside: 11,
                object: 1,
            }],
            None,
        );
        let en = text(&question_blocks(&[&weak], Language::En));
        assert!(en.contains("Adopted by consensus (weak consensus)"), "{en}");
        assert!(en.contains("More than a third"), "{en}");
        let zh = text(&question_blocks(&[&weak], Language::ZhCn));
        assert!(zh.contains("弱共识"), "{zh}");
    }
}
