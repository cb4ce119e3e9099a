//! The meeting lifecycle in the store: every step checked, frozen minutes refused by the
//! schema itself (also for writes that bypass the store's methods).

use chrono::{NaiveDate, NaiveDateTime};
use concord_domain::{
    ActionItem, ActionStatus, Addendum, Decision, DecisionBasis, LifecycleRefusal, MeetingState,
};
use concord_store::{NewAgendaItem, Store, StoreError, demo};
use rusqlite::Connection;

fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, day)
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .expect("time")
}

/// A demo database in a file, and the id of its planned second plenary.
fn demo_file() -> (tempfile::TempDir, std::path::PathBuf, Store, i64) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("concord.db");
    let mut store = Store::open(&path).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    let planned = store
        .meetings()
        .expect("meetings")
        .into_iter()
        .find(|m| m.state == MeetingState::Planned)
        .expect("a planned meeting")
        .id;
    (dir, path, store, planned)
}

fn refusal(result: Result<impl std::fmt::Debug, StoreError>) -> LifecycleRefusal {
    match result {
        Err(StoreError::Lifecycle(refusal)) => refusal,
        other => panic!("expected a lifecycle refusal, got {other:?}"),
    }
}

fn decision(text: &str) -> Decision {
    Decision {
        id: 0,
        agenda_item_id: None,
        text_zh: text.into(),
        text_en: String::new(),
        basis: DecisionBasis::Consensus,
        question_id: None,
    }
}

#[test]
fn a_meeting_opens_on_another_day_only_when_the_chair_confirms() {
    let (_dir, _path, mut store, id) = demo_file();
    let planned = store.meeting(id).expect("record").meeting.starts_at;
    let a_week_early = planned - chrono::TimeDelta::days(7);
    assert_eq!(
        refusal(store.open_meeting(id, "王志立", a_week_early, false)),
        LifecycleRefusal::OpenOnAnotherDay
    );
    let untouched = store.meeting(id).expect("record").meeting;
    assert_eq!(untouched.state, MeetingState::Planned);
    assert_eq!(untouched.opened_at, None);
    let opened = store
        .open_meeting(id, "王志立", a_week_early, true)
        .expect("confirmed");
    assert_eq!(opened.opened_at, Some(a_week_early));
    assert_eq!(
        opened.starts_at, planned,
        "the planned date is kept beside it"
    );
}

#[test]
fn a_meeting_runs_from_planned_to_frozen() {
    let (_dir, _path, mut store, id) = demo_file();
    let people: Vec<i64> = store
        .stakeholders()
        .expect("people")
        .iter()
        .map(|p| p.id)
        .collect();
    // Before it opens, the agenda can be reordered.
    let record = store.meeting(id).expect("record");
    let last = record.agenda.last().expect("items").id;
    store.move_agenda_item(last, 1).expect("move");
    assert_eq!(store.meeting(id).expect("record").agenda[0].id, last);
    store.move_agenda_item(last, 99).expect("move back");

    store
        .open_meeting(id, "王志立", at(21, 9, 2), false)
        .expect("open");
    assert_eq!(
        refusal(store.move_agenda_item(last, 1)),
        LifecycleRefusal::NotPlanned
    );
    let a = store.check_in(id, people[0], at(21, 9, 3)).expect("in");
    assert_eq!(a.arrived_at, Some(at(21, 9, 3)));
    store.check_in(id, people[1], at(21, 9, 4)).expect("in");
    store
        .set_proxy(id, people[1], Some(people[2]))
        .expect("proxy");
    store.check_out(id, people[0], at(21, 11, 0)).expect("out");
    let item = store.meeting(id).expect("record").agenda[1].id;
    store
        .set_notes(
            item,
            "基线报告已提交。",
            "The baseline report was submitted.",
        )
        .expect("notes");
    store
        .save_decision(id, &decision("接受基线报告。"))
        .expect("decision");
    store
        .save_action_item(
            id,
            &ActionItem {
                id: 0,
                agenda_item_id: Some(item),
                what_zh: "发布基线报告".into(),
                what_en: String::new(),
                owner_id: Some(people[3]),
                due: NaiveDate::from_ymd_opt(2027, 1, 15),
                status: ActionStatus::Open,
            },
        )
        .expect("action");

    let (closed, backup) = store
        .close_meeting(id, "王志立", at(21, 12, 0))
        .expect("close");
    assert_eq!(closed.state, MeetingState::Closed);
    let backup = backup.expect("closing a meeting takes a backup");
    assert!(backup.path.exists(), "{backup:?}");
    assert_eq!(
        refusal(store.check_in(id, people[4], at(21, 12, 5))),
        LifecycleRefusal::AttendanceAfterClose
    );
    // The draft is still corrected directly; an addendum is for approved minutes only.
    store
        .set_notes(
            item,
            "基线报告终稿已提交。",
            "The final baseline report was submitted.",
        )
        .expect("corrected draft");
    let addendum = Addendum {
        id: 0,
        number: 0,
        corrects: "议程第2项 Agenda item 2".into(),
        text_zh: "报告日期应为12月20日。".into(),
        text_en: "The report is dated 20 December.".into(),
        by: "李建国".into(),
        at: at(22, 10, 0),
    };
    assert_eq!(
        refusal(store.add_addendum(id, &addendum)),
        LifecycleRefusal::AddendumBeforeApproval
    );

    store
        .approve_minutes(id, "李建国", at(21, 16, 0))
        .expect("approve");
    let frozen = store.meeting(id).expect("record");
    assert_eq!(frozen.meeting.state, MeetingState::Approved);
    assert_eq!(
        refusal(store.set_notes(item, "改写", "")),
        LifecycleRefusal::MinutesFrozen
    );
    assert_eq!(
        refusal(store.save_decision(id, &decision("新决定"))),
        LifecycleRefusal::MinutesFrozen
    );
    assert_eq!(
        refusal(store.approve_minutes(id, "李建国", at(21, 17, 0))),
        LifecycleRefusal::MinutesFrozen
    );
    // Action items are followed up after the freeze: their status may change, nothing else.
    let action = frozen.action_items[0].id;
    store
        .set_action_status(action, ActionStatus::Done)
        .expect("status");
    let first = store.add_addendum(id, &addendum).expect("addendum");
    let second = store.add_addendum(id, &addendum).expect("addendum");
    assert_eq!((first.number, second.number), (1, 2));
    let after = store.meeting(id).expect("record");
    assert_eq!(after.agenda, frozen.agenda, "the original stays");
    assert_eq!(after.addenda.len(), 2);
    assert_eq!(after.action_items[0].status, ActionStatus::Done);
}

#[test]
fn frozen_minutes_are_refused_by_the_schema_itself() {
    let (_dir, path, store, _) = demo_file();
    let frozen = store.latest_meeting_id().expect("latest");
    assert_eq!(
        store.meeting(frozen).expect("record").meeting.state,
        MeetingState::Approved
    );
    drop(store);
    // A second connection with no Concord code in between: the triggers still refuse.
    let conn = Connection::open(&path).expect("raw");
    let attempts = [
        "UPDATE meeting SET title_en = 'rewritten' WHERE id = ?1",
        "DELETE FROM meeting WHERE id = ?1",
        "UPDATE agenda_item SET notes_zh = '改写' WHERE meeting_id = ?1",
        "DELETE FROM agenda_item WHERE meeting_id = ?1",
        "INSERT INTO agenda_item (meeting_id, position) VALUES (?1, 99)",
        "UPDATE attendance SET present = 0 WHERE meeting_id = ?1",
        "DELETE FROM attendance WHERE meeting_id = ?1",
        "UPDATE decision SET text_zh = '改写' WHERE meeting_id = ?1",
        "DELETE FROM decision WHERE meeting_id = ?1",
        "INSERT INTO decision (meeting_id, basis, position) VALUES (?1, 'noted', 9)",
        "UPDATE action_item SET what_zh = '改写' WHERE meeting_id = ?1",
        "DELETE FROM action_item WHERE meeting_id = ?1",
    ];
    for sql in attempts {
        let error = conn.execute(sql, [frozen]).expect_err(sql);
        // Frozen, or (for attendance) closed: refused either way.
        assert!(error.to_string().starts_with("concord: "), "{sql}: {error}");
    }
    conn.execute(
        "UPDATE action_item SET status = 'done' WHERE meeting_id = ?1",
        [frozen],
    )
    .expect("status follow-up is allowed");
    conn.execute(
        "INSERT INTO addendum (meeting_id, number, corrects, text_en, by_name, at)
         VALUES (?1, 1, 'x', 'y', 'z', '2026-12-01T10:00:00')",
        [frozen],
    )
    .expect("addendum");
    for sql in [
        "UPDATE addendum SET text_en = 'w' WHERE meeting_id = ?1",
        "DELETE FROM addendum WHERE meeting_id = ?1",
    ] {
        assert!(conn.execute(sql, [frozen]).is_err(), "{sql}");
    }
}

#[test]
fn invalid_input_and_unknown_records_change_nothing() {
    let (_dir, _path, mut store, id) = demo_file();
    let before = store.meeting(id).expect("record");
    assert!(matches!(
        store.save_decision(id, &decision("  ")),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.add_agenda_item(
            id,
            &NewAgendaItem {
                title_zh: String::new(),
                title_en: " ".into(),
                presenter: String::new(),
                planned_minutes: 5,
                notes_zh: String::new(),
                notes_en: String::new(),
            }
        ),
        Err(StoreError::Invalid(_))
    ));
    // An agenda item of another meeting cannot carry this meeting's decision.
    let other_item = store
        .meeting(store.latest_meeting_id().expect("latest"))
        .expect("record")
        .agenda[0]
        .id;
    let mut linked = decision("决定");
    linked.agenda_item_id = Some(other_item);
    assert!(matches!(
        store.save_decision(id, &linked),
        Err(StoreError::RecordNotFound { .. })
    ));
    assert!(matches!(
        store.check_out(id, 999_999, at(21, 9, 0)),
        Err(StoreError::Lifecycle(LifecycleRefusal::NotPlanned))
            | Err(StoreError::RecordNotFound { .. })
    ));
    assert!(matches!(
        store.close_meeting(id, "王", at(21, 9, 0)),
        Err(StoreError::Lifecycle(LifecycleRefusal::CloseNotOpened))
    ));
    assert_eq!(store.meeting(id).expect("record"), before);
}

#[test]
fn open_action_items_of_earlier_meetings_are_carried_forward() {
    let (_dir, _path, store, id) = demo_file();
    let next = store.meeting(id).expect("record").meeting.starts_at;
    let carried = store.open_actions_before(next).expect("open");
    assert_eq!(carried.len(), 3, "the demo's done item stays behind");
    assert!(carried.iter().all(|c| c.item.status == ActionStatus::Open));
    assert!(
        store
            .open_actions_before(demo::sample_date().and_hms_opt(0, 0, 0).expect("t"))
            .expect("none")
            .is_empty()
    );
}
