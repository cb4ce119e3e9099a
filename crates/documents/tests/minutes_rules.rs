//! The minutes say what the rules allow: when a meeting was held (and the planned date only when
//! different), a decision's basis only as its question supports it, and who took which position
//! when the dialogue records positions by name.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::demo_store;
use concord_documents::minutes::{Language, MinutesInput, minutes_document};
use concord_documents::{Align, Block, Document, Paragraph};
use concord_domain::{Decision, DecisionBasis};
use concord_store::Store;

/// Every text of the document, one block (or key–value line, or table row) a line.
fn text(doc: &Document) -> String {
    let mut out = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) => out.push(p.text.clone()),
            Block::KeyValue(lines) => {
                out.extend(lines.iter().map(|kv| format!("{}: {}", kv.label, kv.value)))
            }
            Block::Table(t) => {
                out.push(
                    t.columns
                        .iter()
                        .map(|c| c.title.clone())
                        .collect::<Vec<_>>()
                        .join(" | "),
                );
                out.extend(t.rows.iter().map(|r| r.join(" | ")));
            }
            _ => {}
        }
    }
    out.join("\n")
}

fn minutes(
    store: &Store,
    meeting_id: i64,
    decisions: Option<&[Decision]>,
    language: Language,
) -> String {
    let dialogue = store.require_dialogue().unwrap();
    let record = store.meeting(meeting_id).unwrap();
    let people = store.stakeholders().unwrap();
    let questions = store.questions(meeting_id).unwrap();
    let mut meeting = record.meeting.clone();
    // The second plenary, opened a week before the day it was planned for.
    if meeting.opened_at.is_none() {
        meeting.opened_at = Some(meeting.starts_at - chrono::TimeDelta::days(7));
    }
    let input = MinutesInput::new(
        &dialogue,
        &meeting,
        &record.agenda,
        &record.attendance,
        &people,
    )
    .with_records(
        decisions.unwrap_or(&record.decisions),
        &record.action_items,
        &record.addenda,
    )
    .with_questions(&questions);
    text(&minutes_document(&input, language))
}

fn meeting_ids(store: &Store) -> (i64, i64) {
    let held = store.latest_meeting_id().expect("latest");
    let ids: Vec<i64> = store
        .meetings()
        .expect("meetings")
        .iter()
        .map(|m| m.id)
        .collect();
    let held = *ids
        .iter()
        .find(|id| store.meeting(**id).unwrap().meeting.opened_at.is_some())
        .unwrap_or(&held);
    let planned = *ids.iter().find(|id| **id != held).expect("planned");
    (held, planned)
}

#[test]
fn the_minutes_print_when_a_meeting_was_held_and_the_planned_date_only_if_different() {
    let store = demo_store();
    let (held, planned) = meeting_ids(&store);
    let on_the_day = minutes(&store, held, None, Language::En);
    assert!(
        on_the_day.contains("Date: 23 November 2026, 09:00"),
        "{on_the_day}"
    );
    assert!(!on_the_day.contains("Planned for"), "{on_the_day}");
    let early = minutes(&store, planned, None, Language::En);
    assert!(early.contains("Held: 14 December 2026, 09:00"), "{early}");
    assert!(
        early.contains("Planned for: 21 December 2026, 09:00"),
        "{early}"
    );
    assert!(!early.contains("Date:"), "{early}");
    let zh = minutes(&store, planned, None, Language::ZhCn);
    assert!(
        zh.contains("举行日期: 2026 年 12 月 14 日")
            && zh.contains("原定日期: 2026 年 12 月 21 日"),
        "{zh}"
    );
}

#[test]
fn a_decision_is_printed_with_the_basis_its_question_supports() {
    let store = demo_store();
    let (held, _) = meeting_ids(&store);
    let questions = store.questions(held).unwrap();
    let focal = questions
        .iter()
        .find(|q| {
            matches!(
                q.state.outcome,
                Some(concord_domain::Outcome::FocalPointDecision { .. })
            )
        })
        .expect("the demo has a focal-point decision");
    let consensus = questions
        .iter()
        .find(|q| {
            matches!(
                q.state.outcome,
                Some(concord_domain::Outcome::Consensus { .. })
            )
        })
        .expect("and a consensus");
    let decision = |n: i64, basis, question_id| Decision {
        id: n,
        agenda_item_id: None,
        text_zh: String::new(),
        text_en: format!("Decision text {n}."),
        basis,
        question_id,
    };
    let decisions = [
        decision(1, DecisionBasis::FocalPoint, Some(focal.question.id)),
        // Written before the schema held the rule: the minutes never show it as allowed.
        decision(2, DecisionBasis::FocalPoint, None),
        decision(3, DecisionBasis::FocalPoint, Some(consensus.question.id)),
        decision(4, DecisionBasis::Consensus, None),
    ];
    let en = minutes(&store, held, Some(&decisions), Language::En);
    let line = |n: i64| {
        en.lines()
            .find(|l| l.ends_with(&format!("Decision text {n}.")))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        line(1).contains(&format!(
            "(decided by the focal point after consensus persistently failed, question {})",
            focal.number
        )),
        "{}",
        line(1)
    );
    for n in [2, 3] {
        assert!(
            line(n).contains("which no question of this meeting supports"),
            "{}",
            line(n)
        );
    }
    assert!(
        line(4).contains("(agreed without a formal round)"),
        "{}",
        line(4)
    );
}

#[test]
fn positions_taken_by_name_are_tabled_and_anonymous_ones_are_not() {
    let store = demo_store();
    let (held, _) = meeting_ids(&store);
    assert!(
        !store.require_dialogue().unwrap().rule.anonymous,
        "the demo records names"
    );
    let en = minutes(&store, held, None, Language::En);
    assert!(
        en.contains("Who took which position, round by round:"),
        "{en}"
    );
    assert!(en.contains("Member | Round 1"), "{en}");
    let people = store.stakeholders().unwrap();
    let tabled = people
        .iter()
        .filter(|p| p.votes())
        .filter(|p| {
            en.lines()
                .any(|l| l.starts_with(&format!("{} | ", p.name_en)))
        })
        .count();
    assert!(tabled > 10, "{tabled} voters tabled:\n{en}");
}

/// The paragraphs of `doc` that start with one of `starts`.
fn paragraphs_starting<'d>(doc: &'d Document, starts: &[&str]) -> Vec<&'d Paragraph> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) if starts.iter().any(|s| p.text.starts_with(s)) => Some(p),
            _ => None,
        })
        .collect()
}

#[test]
fn the_apologies_and_the_presenters_are_set_ragged_in_every_language() {
    let store = demo_store();
    for language in [Language::En, Language::ZhCn, Language::Bilingual] {
        let doc = common::demo_minutes_of(&store, language);
        let apologies = paragraphs_starting(&doc, &["Apologies", "请假"]);
        assert!(
            !apologies.is_empty(),
            "{language:?}: no apologies in the demo"
        );
        for p in apologies {
            // Names kept whole would stretch a justified line's few spaces.
            assert_eq!(p.align, Align::Left, "{language:?}: {}", p.text);
        }
        // So is a presenter's line, its "· 15 min" kept with the name.
        let presenters = paragraphs_starting(&doc, &["Presented by", "报告人"]);
        assert!(!presenters.is_empty(), "{language:?}: no presenter");
        for p in presenters {
            assert_eq!(p.align, Align::Left, "{}", p.text);
            assert!(p.text.contains("\u{a0}·\u{a0}"), "{:?}", p.text);
        }
    }
}
