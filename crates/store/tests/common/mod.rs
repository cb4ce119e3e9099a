//! A live meeting for the store's rule tests: the demo with its second plenary opened and every
//! active voting member checked in.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDateTime, TimeDelta};
use concord_domain::{DecisionRule, Position, Question, QuestionRefusal, Role, Status};
use concord_store::{Store, StoreError, demo};

pub fn at(minute: i64) -> NaiveDateTime {
    demo::sample_date().and_hms_opt(9, 0, 0).expect("time")
        + TimeDelta::days(28)
        + TimeDelta::minutes(minute)
}

pub struct Live {
    pub _dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
    pub store: Store,
    pub meeting_id: i64,
    pub approved_meeting_id: i64,
    pub voters: Vec<i64>,
}

pub fn live() -> Live {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rules.db");
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

pub fn question(meeting_id: i64, rule: Option<DecisionRule>) -> Question {
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

pub fn refusal(result: Result<impl std::fmt::Debug, StoreError>) -> QuestionRefusal {
    match result {
        Err(StoreError::Question(r)) => r,
        other => panic!("expected a question refusal, got {other:?}"),
    }
}

/// Opens a round, records `objections` objections and consents for everyone else, and closes
/// it; returns the round id.
pub fn closed_round(live: &mut Live, question_id: i64, objections: usize, minute: i64) -> i64 {
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
    live.store
        .close_round(round_id, at(minute + 2))
        .expect("close round");
    round_id
}

/// A dialogue written with raw SQL into a database of an older version, the focal point's
/// assistant in `assistant_column` (`fp_assistant_name` before 023, `fp_assistant_name_en`
/// after): what a migration test upgrades.
pub fn insert_old_dialogue(conn: &rusqlite::Connection, assistant_column: &str, assistant: &str) {
    conn.execute(
        &format!(
            "INSERT INTO dialogue (city_zh, city_en, economy, fp_family_name_en,
                 fp_first_name_en, fp_title_en, fp_administration_en, fp_economy,
                 fp_postal_address_en, fp_email, {assistant_column}, fp_assistant_email,
                 hlr_name_en, hlr_title_en)
             VALUES ('渭南', 'Weinan', 'China', 'Li', 'Jianguo', 'Director', 'Government',
                 'China', '1 Chaoyang Street', 'li@weinan.gov.cn', ?1, 'zhou@weinan.gov.cn',
                 'Wang', 'Mayor')"
        ),
        [assistant],
    )
    .expect("insert the dialogue");
}
