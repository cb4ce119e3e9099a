//! Every migration runs on a database at the previous version that holds data.

use concord_store::{Store, demo, migrations};
use rusqlite::Connection;

fn database_at(version: u32) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.db");
    let mut conn = Connection::open(&path).expect("create");
    migrations::migrate_to(&mut conn, version).expect("migrate");
    (dir, path)
}

const DIALOGUE_V1: &str = "INSERT INTO dialogue (city_zh, city_en, economy, fp_family_name,
    fp_first_name, fp_title, fp_administration, fp_economy, fp_postal_address, fp_email, hlr_name,
    hlr_title) VALUES ('渭南', 'Weinan', 'China', 'Li', 'Jianguo', 'Director', 'Government',
    'China', '1 Chaoyang Street', 'li@weinan.gov.cn', 'Wang', 'Mayor')";

#[test]
fn version_1_data_survives_the_later_migrations() {
    let (_dir, path) = database_at(1);
    Connection::open(&path)
        .expect("open")
        .execute(DIALOGUE_V1, [])
        .expect("insert");
    let store = Store::open(&path).expect("upgrade");
    assert_eq!(
        store.schema_version().expect("version"),
        migrations::latest_version()
    );
    let dialogue = store.require_dialogue().expect("dialogue kept");
    assert_eq!(dialogue.city_zh, "渭南");
    assert_eq!(dialogue.rule.quorum_percent, 50, "defaults fill the rule");
}

#[test]
fn version_2_stakeholders_survive_the_meeting_migration() {
    let (_dir, path) = database_at(2);
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute(DIALOGUE_V1, []).expect("insert");
        conn.execute(
            "INSERT INTO stakeholder (dialogue_id, name_zh, sector, helix, role)
             VALUES (1, '𠮷祥云', 'civil-society', 'civil-society', 'voting-member')",
            [],
        )
        .expect("insert");
    }
    let store = Store::open(&path).expect("upgrade");
    let people = store.stakeholders().expect("list");
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name_zh, "𠮷祥云");
    assert!(store.meetings().expect("meetings").is_empty());
}

#[test]
fn reopening_an_up_to_date_database_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("concord.db");
    {
        let mut store = Store::open(&path).expect("open");
        demo::create(&mut store, demo::sample_date()).expect("demo");
    }
    let store = Store::open(&path).expect("reopen");
    assert_eq!(store.stakeholder_count().expect("count"), 40);
    assert_eq!(store.meetings().expect("meetings").len(), 2);
}

#[test]
fn version_5_meetings_gain_the_lifecycle_columns_unfrozen() {
    let (_dir, path) = database_at(5);
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute(DIALOGUE_V1, []).expect("insert");
        conn.execute_batch(
            "INSERT INTO stakeholder (dialogue_id, name_zh, sector, helix, role)
                 VALUES (1, '韩磊', 'civil-society', 'civil-society', 'voting-member');
             INSERT INTO meeting (dialogue_id, kind, title_zh, starts_at, state, opened_by,
                 opened_at, closed_by, closed_at)
                 VALUES (1, 'plenary', '第一次全体会议', '2026-11-23T09:00:00', 'closed', '王',
                 '2026-11-23T09:05:00', '王', '2026-11-23T12:00:00');
             INSERT INTO agenda_item (meeting_id, position, title_zh, notes_zh)
                 VALUES (1, 1, '开幕', '会议开幕。');
             INSERT INTO attendance (meeting_id, stakeholder_id, present) VALUES (1, 1, 1);",
        )
        .expect("insert");
    }
    let mut store = Store::open(&path).expect("upgrade");
    let record = store.meeting(1).expect("meeting");
    assert_eq!(record.meeting.state, concord_domain::MeetingState::Closed);
    assert_eq!(record.meeting.approved_at, None);
    assert_eq!(record.agenda[0].notes_zh, "会议开幕。");
    assert!(record.attendance[0].in_room());
    assert!(record.decisions.is_empty() && record.action_items.is_empty());
    // A closed meeting of before can still have its minutes approved.
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("time");
    store.approve_minutes(1, "李建国", at).expect("approve");
}

#[test]
fn version_4_data_is_taken_into_the_audit_log_by_migration_5() {
    let (_dir, path) = database_at(4);
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute(DIALOGUE_V1, []).expect("insert");
        conn.execute_batch(
            "INSERT INTO stakeholder (dialogue_id, name_zh, name_en, sector, helix, role)
               VALUES (1, '王芳', 'Wang Fang', 'civil-society', 'civil-society', 'voting-member');
             INSERT INTO meeting (dialogue_id, kind, title_en, starts_at)
               VALUES (1, 'plenary', 'Town hall', '2026-11-23T09:00:00');
             INSERT INTO agenda_item (meeting_id, position, title_en, notes_zh)
               VALUES (1, 1, 'Opening', '开幕');
             INSERT INTO attendance (meeting_id, stakeholder_id, present) VALUES (1, 1, 1);
             INSERT INTO setting (key, value) VALUES ('ui.locale', 'zh-CN');",
        )
        .expect("data at version 4");
    }
    let store = Store::open(&path).expect("upgrade");
    assert!(store.schema_version().expect("version") >= 5);
    let entries = store
        .audit_entries(&concord_store::AuditFilter::default())
        .expect("entries");
    for (table, key) in [
        ("dialogue", "1"),
        ("stakeholder", "1"),
        ("meeting", "1"),
        ("agenda_item", "1"),
        ("attendance", "[1,1]"),
        ("setting", "ui.locale"),
    ] {
        assert!(
            entries
                .iter()
                .any(|e| e.table == table && e.key == key && e.op == "migrate"),
            "no migrate entry for {table} {key}"
        );
    }
    assert!(store.verify_audit().expect("verify").is_intact());
    assert_eq!(store.stakeholders().expect("people")[0].name_zh, "王芳");
    let count = entries.len();
    drop(store);

    let store = Store::open(&path).expect("reopen");
    assert_eq!(
        store
            .audit_entries(&concord_store::AuditFilter::default())
            .expect("entries")
            .len(),
        count,
        "reopening adds no entries"
    );
    store.set_setting("ui.locale", "en").expect("change");
    let report = store.verify_audit().expect("verify");
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.entries as usize, count + 1);
}

#[test]
fn version_8_decisions_survive_the_rebuild_that_holds_their_basis_to_the_rules() {
    let (_dir, path) = database_at(8);
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute(DIALOGUE_V1, []).expect("insert");
        conn.execute_batch(
            "INSERT INTO meeting (dialogue_id, kind, title_en, starts_at)
                VALUES (1, 'plenary', 'First plenary', '2026-11-23T09:00:00');
             INSERT INTO decision (meeting_id, text_en, basis, position)
                VALUES (1, 'Agreed in the room.', 'consensus', 1),
                       (1, 'Decided alone, before the rule was held.', 'focal-point', 2);",
        )
        .expect("insert");
    }
    let store = Store::open(&path).expect("upgrade");
    let decisions = store.decisions(1).expect("decisions");
    let bases: Vec<_> = decisions.iter().map(|d| (d.id, d.basis)).collect();
    assert_eq!(
        bases,
        [
            (1, concord_domain::DecisionBasis::Consensus),
            (2, concord_domain::DecisionBasis::FocalPoint)
        ],
        "rows written before are kept as they were"
    );
    // The rows above were inserted with plain SQL, past the log: the upgrade keeps reporting
    // them rather than taking them into the log as if it had migrated them.
    let report = store.verify_audit().expect("verify");
    assert_eq!(report.first_broken, None);
    assert!(report.schema.is_empty(), "{:?}", report.schema);
    assert!(
        report
            .outside_changes
            .iter()
            .all(|c| ["decision", "dialogue", "meeting"].contains(&c.table.as_str())),
        "{report:?}"
    );
    drop(store);
    let conn = Connection::open(&path).expect("open");
    let err = conn
        .execute(
            "INSERT INTO decision (meeting_id, text_en, basis, position)
             VALUES (1, 'Again', 'focal-point', 3)",
            [],
        )
        .expect_err("the rule holds from now on");
    assert!(
        err.to_string()
            .contains("concord: decision basis needs a question"),
        "{err}"
    );
    conn.execute(
        "INSERT INTO decision (meeting_id, text_en, basis, position)
         VALUES (1, 'A vote tied.', 'casting-vote', 3)",
        [],
    )
    .expect_err("a casting vote names its question");
}
