//! A question that ended without adoption is asked again with a revised text: a new question
//! linked to the first, once, and only when the first was settled against it. The schema holds
//! the rule too, so raw SQL cannot link a question to one that was adopted or still open.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{at, closed_round, live, question, refusal};
use concord_domain::{DecisionRule, Outcome, QuestionRefusal, RuleKind};
use rusqlite::Connection;

fn simple_majority() -> DecisionRule {
    DecisionRule {
        kind: RuleKind::SimpleMajority,
        ..DecisionRule::default()
    }
}

#[test]
fn a_rejected_question_is_asked_again_once_with_a_revised_text() {
    let mut live = live();
    let everyone = live.voters.len();
    let first = live
        .store
        .add_question(&question(live.meeting_id, Some(simple_majority())), at(2))
        .expect("ask");
    closed_round(&mut live, first, everyone, 3);
    let rejected = live.store.question(first).expect("question");
    assert_eq!(rejected.state.outcome, Some(Outcome::Rejected));
    assert!(
        rejected.state.offers.ask_again,
        "a rejection offers asking again"
    );

    let again = live
        .store
        .ask_again(
            first,
            "修订后的愿景第二稿。",
            "The revised second draft.",
            at(6),
        )
        .expect("ask again");
    let revised = live.store.question(again).expect("revised");
    assert_eq!(revised.asked_again_from.map(|l| l.id), Some(first));
    assert_eq!(
        revised.asked_again_from.map(|l| l.number),
        Some(rejected.number)
    );
    assert_eq!(revised.question.meeting_id, live.meeting_id);
    assert_eq!(revised.question.text_en, "The revised second draft.");
    assert_eq!(
        revised.rule,
        simple_majority(),
        "the first question's own rule carries over"
    );
    assert!(revised.rounds.is_empty() && revised.state.offers.next_round);

    let first_now = live.store.question(first).expect("first");
    assert_eq!(first_now.asked_again_as.map(|l| l.id), Some(again));
    assert_eq!(
        first_now.asked_again_as.map(|l| l.number),
        Some(revised.number)
    );
    assert!(!first_now.state.offers.ask_again, "asked again once");
    assert_eq!(
        refusal(live.store.ask_again(first, "", "Once more.", at(7))),
        QuestionRefusal::AskAgainNotOffered
    );
}

#[test]
fn the_revised_text_is_checked_like_a_new_question() {
    let mut live = live();
    let everyone = live.voters.len();
    let first = live
        .store
        .add_question(&question(live.meeting_id, Some(simple_majority())), at(2))
        .expect("ask");
    closed_round(&mut live, first, everyone, 3);
    match live.store.ask_again(first, " ", "", at(6)) {
        Err(concord_store::StoreError::Invalid(errors)) => {
            let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(fields, ["textZh", "textEn"]);
        }
        other => panic!("expected field errors, got {other:?}"),
    }
}

#[test]
fn an_adopted_or_open_question_is_not_asked_again_even_through_sql() {
    let mut live = live();
    let adopted = live
        .store
        .add_question(&question(live.meeting_id, None), at(2))
        .expect("ask");
    closed_round(&mut live, adopted, 0, 3);
    assert!(
        !live
            .store
            .question(adopted)
            .expect("q")
            .state
            .offers
            .ask_again
    );
    assert_eq!(
        refusal(live.store.ask_again(adopted, "", "Again.", at(6))),
        QuestionRefusal::AskAgainNotOffered
    );
    let open = live
        .store
        .add_question(&question(live.meeting_id, None), at(7))
        .expect("ask");
    assert_eq!(
        refusal(live.store.ask_again(open, "", "Again.", at(8))),
        QuestionRefusal::AskAgainNotOffered
    );

    let conn = Connection::open(&live.path).expect("second connection");
    for from in [adopted, open] {
        let sql = format!(
            "INSERT INTO question (meeting_id, position, text_en, created_at, asked_again_from)
             VALUES ({}, 99, 'Again', '2026-12-21T10:00:00', {from})",
            live.meeting_id
        );
        let err = conn.execute(&sql, []).expect_err(&sql);
        assert!(
            err.to_string().contains("concord: ask again not offered"),
            "{sql}: {err}"
        );
    }
    let sql = format!("UPDATE question SET asked_again_from = {adopted} WHERE id = {open}");
    let err = conn.execute(&sql, []).expect_err(&sql);
    assert!(
        err.to_string().contains("concord: ask again not offered"),
        "{err}"
    );
}
