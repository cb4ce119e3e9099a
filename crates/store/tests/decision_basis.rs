//! A decision's basis agrees with the question it names, through the store and through raw
//! SQL: the focal point's decision, a casting vote or a majority is only ever the recorded
//! outcome of a question of the same meeting, and a decision naming no question was agreed
//! without a formal round or noted.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{at, closed_round, live, question};
use concord_domain::{
    Decision, DecisionBasis, DecisionRule, FieldProblem, FocalPointDecision, RuleKind,
};
use concord_store::StoreError;
use rusqlite::Connection;

fn decision(basis: DecisionBasis, question_id: Option<i64>) -> Decision {
    Decision {
        id: 0,
        agenda_item_id: None,
        text_zh: String::new(),
        text_en: "The second draft of the vision is adopted.".into(),
        basis,
        question_id,
    }
}

fn field_problem(result: Result<i64, StoreError>) -> (String, FieldProblem) {
    match result {
        Err(StoreError::Invalid(errors)) if errors.len() == 1 => {
            (errors[0].field.clone(), errors[0].problem)
        }
        other => panic!("expected one field error, got {other:?}"),
    }
}

fn three_rounds_to_fail() -> DecisionRule {
    DecisionRule {
        kind: RuleKind::Unanimity,
        max_failed_rounds: 3,
        ..DecisionRule::default()
    }
}

#[test]
fn a_focal_point_decision_on_a_question_that_failed_once_is_refused_everywhere() {
    let mut live = live();
    let q = live
        .store
        .add_question(
            &question(live.meeting_id, Some(three_rounds_to_fail())),
            at(2),
        )
        .expect("ask");
    closed_round(&mut live, q, 1, 3);
    assert_eq!(live.store.question(q).expect("q").state.failed_rounds, 1);

    // Through the store, as the window does.
    let fp = decision(DecisionBasis::FocalPoint, Some(q));
    assert_eq!(
        field_problem(live.store.save_decision(live.meeting_id, &fp)),
        ("basis".into(), FieldProblem::BasisDisagrees)
    );
    let loose = decision(DecisionBasis::FocalPoint, None);
    assert_eq!(
        field_problem(live.store.save_decision(live.meeting_id, &loose)),
        ("basis".into(), FieldProblem::BasisNeedsQuestion)
    );
    let noted = live
        .store
        .save_decision(live.meeting_id, &decision(DecisionBasis::Noted, Some(q)))
        .expect("a note may name an open question");

    // Through raw SQL on a second connection: the triggers refuse.
    let conn = Connection::open(&live.path).expect("second connection");
    let meeting = live.meeting_id;
    let insert = |basis: &str, question: &str| {
        format!(
            "INSERT INTO decision (meeting_id, text_en, basis, question_id, position)
             VALUES ({meeting}, 'Adopted', '{basis}', {question}, 99)"
        )
    };
    let attempts = [
        (
            insert("focal-point", &q.to_string()),
            "concord: decision basis disagrees",
        ),
        (
            insert("majority", &q.to_string()),
            "concord: decision basis disagrees",
        ),
        (
            insert("focal-point", "NULL"),
            "concord: decision basis needs a question",
        ),
        (
            insert("casting-vote", "NULL"),
            "concord: decision basis needs a question",
        ),
        (
            insert("majority", "NULL"),
            "concord: decision basis needs a question",
        ),
        (
            insert("noted", &live.approved_meeting_id.to_string()),
            "concord: decision question elsewhere",
        ),
        (
            format!("UPDATE decision SET basis = 'focal-point' WHERE id = {noted}"),
            "concord: decision basis disagrees",
        ),
        (
            format!(
                "UPDATE decision SET question_id = NULL, basis = 'majority' WHERE id = {noted}"
            ),
            "concord: decision basis needs a question",
        ),
    ];
    for (sql, expected) in &attempts {
        let err = conn.execute(sql, []).expect_err(sql);
        assert!(err.to_string().contains(expected), "{sql}: {err}");
    }
    let bases: Vec<String> = conn
        .prepare("SELECT basis FROM decision WHERE meeting_id = ?1")
        .expect("select")
        .query_map([meeting], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("bases");
    assert_eq!(bases, ["noted"], "nothing else was written");
}

#[test]
fn once_the_rule_allows_it_the_focal_point_decision_is_recorded_with_its_question() {
    let mut live = live();
    let q = live
        .store
        .add_question(
            &question(live.meeting_id, Some(three_rounds_to_fail())),
            at(2),
        )
        .expect("ask");
    for round in 0..3 {
        closed_round(&mut live, q, 1, 3 + 3 * round);
    }
    live.store
        .decide_as_focal_point(
            q,
            &FocalPointDecision {
                adopt: true,
                rationale: "Consensus failed three times; the vision needs a text.".into(),
            },
            at(20),
        )
        .expect("decide");
    let id = live
        .store
        .save_decision(
            live.meeting_id,
            &decision(DecisionBasis::FocalPoint, Some(q)),
        )
        .expect("the rule allows it now");
    assert_eq!(
        field_problem(live.store.save_decision(
            live.meeting_id,
            &decision(DecisionBasis::Consensus, Some(q))
        )),
        ("basis".into(), FieldProblem::BasisDisagrees)
    );
    let saved = live.store.decisions(live.meeting_id).expect("decisions");
    assert_eq!(saved.iter().map(|d| d.id).collect::<Vec<_>>(), [id]);
    assert_eq!(saved[0].basis, DecisionBasis::FocalPoint);
}

#[test]
fn a_tie_settled_by_the_casting_vote_is_recorded_as_such() {
    let mut live = live();
    let majority = DecisionRule {
        kind: RuleKind::SimpleMajority,
        ..DecisionRule::default()
    };
    let q = live
        .store
        .add_question(&question(live.meeting_id, Some(majority)), at(2))
        .expect("ask");
    let even = live.voters.len() / 2 * 2;
    // Half object, half consent: an exact tie (an odd member out stays silent).
    let record = live.store.open_round(q, "", "", at(3)).expect("round");
    let round = record.rounds[0].id;
    for (i, id) in live.voters[..even].iter().enumerate() {
        let p = if i % 2 == 0 {
            concord_domain::Position::Consent
        } else {
            concord_domain::Position::Object
        };
        live.store
            .record_position(round, *id, p, at(4))
            .expect("position");
    }
    live.store.close_round(round, at(5)).expect("close");
    live.store.cast_vote(q, true, at(6)).expect("cast");
    assert_eq!(
        field_problem(
            live.store
                .save_decision(live.meeting_id, &decision(DecisionBasis::Majority, Some(q)))
        ),
        ("basis".into(), FieldProblem::BasisDisagrees)
    );
    live.store
        .save_decision(
            live.meeting_id,
            &decision(DecisionBasis::CastingVote, Some(q)),
        )
        .expect("casting vote");
}
