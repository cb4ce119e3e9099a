//! Consensus questions in the store: a question settled round by round, closed rounds that no
//! code path and no raw SQL can change, frozen minutes, and positions committed before the call
//! returns.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDateTime, TimeDelta};
use concord_domain::{
    DecisionRule, FocalPointDecision, LifecycleRefusal, Outcome, Position, Question,
    QuestionRefusal, Role, RoundVerdict, RuleKind, Status,
};
use concord_store::{Store, StoreError, demo};
use rusqlite::Connection;

fn at(minute: i64) -> NaiveDateTime {
    demo::sample_date().and_hms_opt(9, 0, 0).expect("time")
        + TimeDelta::days(28)
        + TimeDelta::minutes(minute)
}

/// The demo, with its second plenary opened and every active voting member checked in.
struct Live {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    store: Store,
    meeting_id: i64,
    approved_meeting_id: i64,
    voters: Vec<i64>,
}

fn live() -> Live {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("questions.db");
    let mut store = Store::open(&path).expect("open");
    let summary = demo::create(&mut store, demo::sample_date()).expect("demo");
    let meeting_id = store
        .meetings()
        .expect("meetings")
        .iter()
        .map(|m| m.id)
        .find(|id| *id != summary.meeting_id)
        .expect("the planned plenary");
    store
        .open_meeting(meeting_id, "王志立 Wang Zhili", at(0), false)
        .expect("open");
    let voters: Vec<i64> = store
        .stakeholders()
        .expect("people")
        .iter()
        .filter(|p| p.role == Role::VotingMember && p.status == Status::Active)
        .map(|p| p.id)
        .collect();
    for id in &voters {
        store.check_in(meeting_id, *id, at(1)).expect("check in");
    }
    Live {
        _dir: dir,
        path,
        store,
        meeting_id,
        approved_meeting_id: summary.meeting_id,
        voters,
    }
}

fn question(meeting_id: i64, rule: Option<DecisionRule>) -> Question {
    Question {
        id: 0,
        meeting_id,
        agenda_item_id: None,
        text_zh: "采纳愿景第二稿。".into(),
        text_en: "Adopt the second draft of the vision.".into(),
        subject: None,
        rule_override: rule,
    }
}

fn refusal(result: Result<impl std::fmt::Debug, StoreError>) -> QuestionRefusal {
    match result {
        Err(StoreError::Question(r)) => r,
        other => panic!("expected a question refusal, got {other:?}"),
    }
}

/// Records `objections` objections and consents for everyone else, returns the round id.
fn vote_round(live: &mut Live, question_id: i64, objections: usize, minute: i64) -> i64 {
    let record = live
        .store
        .open_round(question_id, "", "", at(minute))
        .expect("open round");
    let round_id = record.rounds.last().expect("round").id;
    for (i, id) in live.voters.clone().iter().enumerate() {
        let position = if i < objections {
            Position::Object
        } else {
            Position::Consent
        };
        live.store
            .record_position(round_id, *id, position, at(minute + 1))
            .expect("position");
    }
    round_id
}

#[test]
fn a_question_is_settled_round_by_round_and_comes_back_whole() {
    let mut live = live();
    let id = live
        .store
        .add_question(&question(live.meeting_id, None), at(2))
        .expect("ask");
    let fresh = live.store.question(id).expect("question");
    assert!(fresh.state.offers.next_round && fresh.state.offers.change_rule);
    assert_eq!(
        fresh.rule.kind,
        RuleKind::ConsensusMinus,
        "the dialogue's rule"
    );

    // Round 1: two objections block consensus minus one.
    let round = vote_round(&mut live, id, 2, 3);
    assert_eq!(
        refusal(live.store.open_round(id, "", "", at(4))),
        QuestionRefusal::RoundOpen
    );
    // A mistaken position is taken back, and put again.
    let tally = live
        .store
        .undo_position(round, live.voters[0], at(5))
        .expect("undo");
    assert_eq!(tally.counts.object, 1);
    assert_eq!(tally.missing, 1);
    let tally = live
        .store
        .record_position(round, live.voters[0], Position::Object, at(5))
        .expect("again");
    assert_eq!(tally.blocking_objections, 1);
    let record = live.store.close_round(round, at(6)).expect("close");
    assert_eq!(record.rounds[0].result.verdict, RoundVerdict::NotAdopted);
    assert!(
        !record.state.offers.focal_point_decision,
        "one failure is not persistent"
    );
    assert_eq!(
        refusal(live.store.decide_as_focal_point(
            id,
            &FocalPointDecision {
                adopt: true,
                rationale: "too early".into()
            },
            at(7)
        )),
        QuestionRefusal::FocalPointNotOffered
    );
    assert_eq!(
        refusal(live.store.cast_vote(id, true, at(7))),
        QuestionRefusal::CastingVoteNotOffered
    );
    assert_eq!(
        refusal(live.store.set_question_rule(id, None)),
        QuestionRefusal::RuleFixed
    );

    // Rounds 2 and 3 fail too, the second with an amended text.
    let round = {
        let record = live
            .store
            .open_round(
                id,
                "采纳修改后的愿景第二稿。",
                "Adopt the amended second draft.",
                at(10),
            )
            .expect("amended");
        record.rounds[1].id
    };
    for voter in live.voters.clone().iter().take(3) {
        live.store
            .record_position(round, *voter, Position::Object, at(11))
            .expect("object");
    }
    live.store.close_round(round, at(12)).expect("close 2");
    let round = vote_round(&mut live, id, 2, 13);
    let record = live.store.close_round(round, at(15)).expect("close 3");
    assert!(record.state.persistent_failure);
    assert!(record.state.offers.focal_point_decision);

    // The rationale is mandatory.
    let bare = FocalPointDecision {
        adopt: false,
        rationale: " ".into(),
    };
    assert!(matches!(
        live.store.decide_as_focal_point(id, &bare, at(16)),
        Err(StoreError::Invalid(_))
    ));
    let decision = FocalPointDecision {
        adopt: false,
        rationale: "三轮未能达成共识；待下次会议重新提出。".into(),
    };
    live.store
        .decide_as_focal_point(id, &decision, at(16))
        .expect("decide");
    assert_eq!(
        refusal(live.store.open_round(id, "", "", at(17))),
        QuestionRefusal::Decided
    );

    // Everything survives closing and reopening the file.
    let path = live.path.clone();
    drop(live.store);
    let store = Store::open(&path).expect("reopen");
    let back = store.question(id).expect("question");
    assert_eq!(back.rounds.len(), 3);
    assert_eq!(back.rounds[1].text_en, "Adopt the amended second draft.");
    assert_eq!(back.rounds[1].result.counts.object, 3);
    assert_eq!(back.current_text().1, "Adopt the amended second draft.");
    assert_eq!(
        back.state.outcome,
        Some(Outcome::FocalPointDecision {
            adopt: false,
            rationale: decision.rationale.clone()
        })
    );
    assert_eq!(back.decided_at, Some(at(16)));
    let stored: (String, i64) = {
        let conn = Connection::open(&path).expect("conn");
        conn.query_row(
            "SELECT outcome, adopted FROM question WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("row")
    };
    assert_eq!(stored, ("focal-point-reject".to_owned(), 0));
    assert!(store.verify_audit().expect("audit").is_intact());
}

#[test]
fn a_tie_under_simple_majority_waits_for_the_casting_vote() {
    let mut live = live();
    let rule = DecisionRule {
        kind: RuleKind::SimpleMajority,
        ..demo::dialogue().rule
    };
    let id = live
        .store
        .add_question(&question(live.meeting_id, Some(rule)), at(2))
        .expect("ask");
    let record = live.store.open_round(id, "", "", at(3)).expect("open");
    let round = record.rounds[0].id;
    let voters = live.voters.clone();
    for (i, voter) in voters.iter().take(20).enumerate() {
        let position = if i % 2 == 0 {
            Position::Consent
        } else {
            Position::StandAside
        };
        live.store
            .record_position(round, *voter, position, at(4))
            .expect("position");
    }
    let record = live.store.close_round(round, at(5)).expect("close");
    assert_eq!(record.rounds[0].result.verdict, RoundVerdict::Tie);
    assert!(record.state.offers.casting_vote);
    assert!(!record.state.offers.next_round);
    let record = live.store.cast_vote(id, false, at(6)).expect("cast");
    assert_eq!(
        record.state.outcome,
        Some(Outcome::CastingVote { adopt: false })
    );
}

#[test]
fn only_voting_members_in_the_room_take_positions() {
    let mut live = live();
    let id = live
        .store
        .add_question(&question(live.meeting_id, None), at(2))
        .expect("ask");
    let round = live
        .store
        .open_round(id, "", "", at(3))
        .expect("open")
        .rounds[0]
        .id;
    let observer = live
        .store
        .stakeholders()
        .expect("people")
        .iter()
        .find(|p| p.role != Role::VotingMember)
        .expect("an observer")
        .id;
    assert_eq!(
        refusal(
            live.store
                .record_position(round, observer, Position::Consent, at(4))
        ),
        QuestionRefusal::NotAVoterPresent
    );
    let voter = live.voters[3];
    live.store
        .check_out(live.meeting_id, voter, at(4))
        .expect("leaves");
    assert_eq!(
        refusal(
            live.store
                .record_position(round, voter, Position::Consent, at(5))
        ),
        QuestionRefusal::NotAVoterPresent
    );
    assert!(matches!(
        live.store
            .record_position(9999, voter, Position::Consent, at(5)),
        Err(StoreError::RoundNotFound(9999))
    ));
    assert!(matches!(
        live.store.question(9999),
        Err(StoreError::QuestionNotFound(9999))
    ));
}

#[test]
fn closed_rounds_never_change_whatever_the_path() {
    let mut live = live();
    let id = live
        .store
        .add_question(&question(live.meeting_id, None), at(2))
        .expect("ask");
    let round = vote_round(&mut live, id, 0, 3);
    let record = live.store.close_round(round, at(5)).expect("close");
    assert_eq!(
        record.state.outcome,
        Some(Outcome::Consensus { weak: false })
    );
    let voter = live.voters[0];

    // Through the store.
    let err = live
        .store
        .record_position(round, voter, Position::Object, at(6))
        .expect_err("closed");
    assert_eq!(err.message().0, "question-refused-round-closed");
    assert_eq!(
        refusal(live.store.undo_position(round, voter, at(6))),
        QuestionRefusal::RoundClosed
    );
    assert_eq!(
        refusal(live.store.close_round(round, at(6))),
        QuestionRefusal::RoundClosed
    );

    // Through raw SQL on a second connection to the same file: the triggers refuse.
    let conn = Connection::open(&live.path).expect("second connection");
    let attempts = [
        format!("UPDATE position SET position = 'object' WHERE round_id = {round}"),
        format!("DELETE FROM position WHERE round_id = {round}"),
        format!(
            "INSERT INTO position (round_id, stakeholder_id, position, recorded_at)
             VALUES ({round}, (SELECT id FROM stakeholder WHERE role <> 'voting-member' LIMIT 1),
             'object', '2026-12-21T10:00:00')"
        ),
        format!("UPDATE question_round SET consent = 0, object = 30 WHERE id = {round}"),
        format!("UPDATE question_round SET closed_at = NULL WHERE id = {round}"),
        format!("DELETE FROM question_round WHERE id = {round}"),
        format!("DELETE FROM question WHERE id = {id}"),
    ];
    for sql in &attempts {
        let err = conn.execute(sql, []).expect_err(sql);
        let message = err.to_string();
        assert!(
            message.contains("concord: round closed")
                || message.contains("concord: question decided"),
            "{sql}: {message}"
        );
    }
    let err = conn
        .execute(
            &format!("UPDATE question SET rule_kind = 'simple-majority' WHERE id = {id}"),
            [],
        )
        .expect_err("rule");
    assert!(err.to_string().contains("concord:"), "{err}");
    drop(conn);

    let back = live.store.question(id).expect("question");
    assert_eq!(
        back.rounds[0].result.counts.consent,
        live.voters.len() as u32
    );
    assert_eq!(back.rounds[0].positions.len(), live.voters.len());
}

#[test]
fn the_rule_is_fixed_by_the_first_round_even_through_sql() {
    let mut live = live();
    let id = live
        .store
        .add_question(&question(live.meeting_id, None), at(2))
        .expect("ask");
    let two_thirds = DecisionRule {
        kind: RuleKind::Supermajority,
        ..demo::dialogue().rule
    };
    let record = live
        .store
        .set_question_rule(id, Some(&two_thirds))
        .expect("override before the first round");
    assert_eq!(record.rule.kind, RuleKind::Supermajority);
    assert_eq!(record.question.rule_override, Some(two_thirds));
    let bad = DecisionRule {
        quorum_percent: 0,
        ..two_thirds
    };
    assert!(matches!(
        live.store.set_question_rule(id, Some(&bad)),
        Err(StoreError::Invalid(_))
    ));
    live.store.open_round(id, "", "", at(3)).expect("open");
    assert_eq!(
        refusal(live.store.set_question_rule(id, None)),
        QuestionRefusal::RuleFixed
    );
    let conn = Connection::open(&live.path).expect("second connection");
    let err = conn
        .execute(
            &format!("UPDATE question SET rule_quorum_percent = 10 WHERE id = {id}"),
            [],
        )
        .expect_err("fixed");
    assert!(
        err.to_string().contains("concord: question rule fixed"),
        "{err}"
    );

    // A question on the dialogue's rule keeps the rule in force when its first round opened.
    let plain = live
        .store
        .add_question(&question(live.meeting_id, None), at(4))
        .expect("ask");
    live.store.open_round(plain, "", "", at(5)).expect("open");
    let mut dialogue = live.store.require_dialogue().expect("dialogue");
    dialogue.rule.kind = RuleKind::Unanimity;
    live.store.save_dialogue(&dialogue).expect("save");
    let record = live.store.question(plain).expect("question");
    assert_eq!(record.rule.kind, RuleKind::ConsensusMinus);
    assert_eq!(record.question.rule_override, None);
}

#[test]
fn approved_minutes_and_closed_meetings_take_no_questions() {
    let mut live = live();
    let approved = live.approved_meeting_id;
    let err = live
        .store
        .add_question(&question(approved, None), at(2))
        .expect_err("frozen");
    assert!(
        matches!(err, StoreError::Lifecycle(LifecycleRefusal::MinutesFrozen)),
        "{err:?}"
    );
    let demo_question = live.store.questions(approved).expect("questions")[0].clone();
    let round = demo_question.rounds[0].id;
    let conn = Connection::open(&live.path).expect("second connection");
    for sql in [
        format!(
            "INSERT INTO question (meeting_id, position, text_en, created_at)
             VALUES ({approved}, 99, 'late', '2026-11-24T10:00:00')"
        ),
        format!(
            "UPDATE question SET text_en = 'changed' WHERE id = {}",
            demo_question.question.id
        ),
        format!("DELETE FROM position WHERE round_id = {round}"),
    ] {
        let err = conn.execute(&sql, []).expect_err(&sql);
        assert!(
            err.to_string().contains("concord: minutes frozen"),
            "{sql}: {err}"
        );
    }
    drop(conn);

    // A planned meeting is not open yet: questions wait for it.
    let planned = live
        .store
        .add_meeting(&demo::next_plenary(demo::sample_date()), &[], &[])
        .expect("planned");
    assert_eq!(
        refusal(live.store.add_question(&question(planned, None), at(2))),
        QuestionRefusal::MeetingNotOpen
    );
}

#[test]
fn a_recorded_position_is_committed_before_the_call_returns() {
    let mut live = live();
    assert_eq!(live.store.pragma("journal_mode").expect("pragma"), "wal");
    assert_eq!(live.store.pragma("synchronous").expect("pragma"), "2");
    let id = live
        .store
        .add_question(&question(live.meeting_id, None), at(2))
        .expect("ask");
    let round = live
        .store
        .open_round(id, "", "", at(3))
        .expect("open")
        .rounds[0]
        .id;
    let reader = Connection::open(&live.path).expect("reader");
    for (n, voter) in live.voters.clone().iter().take(5).enumerate() {
        live.store
            .record_position(round, *voter, Position::StandAside, at(4))
            .expect("position");
        // Another connection sees it at once: the transaction has committed to the WAL.
        let seen: i64 = reader
            .query_row(
                "SELECT count(*) FROM position WHERE round_id = ?1",
                [round],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(seen, n as i64 + 1);
    }
    // A failed write leaves nothing behind: an observer in the middle of a batch rolls back.
    let observer = live
        .store
        .stakeholders()
        .expect("people")
        .iter()
        .find(|p| p.role != Role::VotingMember)
        .expect("observer")
        .id;
    assert!(
        live.store
            .record_position(round, observer, Position::Consent, at(5))
            .is_err()
    );
    let seen: i64 = reader
        .query_row(
            "SELECT count(*) FROM position WHERE round_id = ?1",
            [round],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(seen, 5);
}
