//! Migration 024: a measure's department named in both languages.

mod common;

use concord_store::{MeasureOwner, Store, migrations};
use rusqlite::Connection;

/// The owners of a version-23 database's measures, written with raw SQL, as the latest store
/// reads them.
fn migrated(departments: &[Option<&str>]) -> Vec<Option<MeasureOwner>> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v23.db");
    {
        let mut conn = Connection::open(&path).expect("create");
        migrations::migrate_to(&mut conn, 23).expect("migrate");
        common::insert_old_dialogue(&conn, "fp_assistant_name_en", "");
        conn.execute(
            "INSERT INTO key_project (dialogue_id, code, title_zh) VALUES (1, 'KP1', '蓝天')",
            [],
        )
        .expect("key project");
        for (i, department) in departments.iter().enumerate() {
            conn.execute(
                "INSERT INTO measure (dialogue_id, code, key_project_id, title_zh, term,
                     owner_department, start_date, end_date, status, created_at, updated_at)
                 VALUES (1, ?1, 1, '措施', 'short', ?2, '2026-01-01', '2026-12-31',
                     'on-time', '2026-01-01 09:00:00', '2026-01-01 09:00:00')",
                rusqlite::params![format!("M-{i}"), department],
            )
            .expect("measure");
        }
    }
    let store = Store::open(&path).expect("upgrade");
    assert_eq!(
        store.schema_version().expect("version"),
        migrations::latest_version()
    );
    let mut measures = store.measures().expect("measures");
    measures.sort_by(|a, b| a.row.code.cmp(&b.row.code));
    measures.into_iter().map(|m| m.row.owner).collect()
}

fn department(zh: &str, en: &str) -> Option<MeasureOwner> {
    Some(MeasureOwner::Department {
        zh: zh.to_owned(),
        en: en.to_owned(),
    })
}

#[test]
fn a_department_keeps_its_name_in_the_language_it_was_written_in() {
    assert_eq!(
        migrated(&[
            Some("渭南市交通运输局"),
            Some("Weinan Transport Bureau"),
            None
        ]),
        vec![
            department("渭南市交通运输局", ""),
            department("", "Weinan Transport Bureau"),
            None,
        ]
    );
}

#[test]
fn a_department_in_both_languages_round_trips_and_never_beside_a_stakeholder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("demo.db");
    let mut store = Store::open(&path).expect("store");
    concord_store::demo::create(&mut store, concord_store::demo::sample_date()).expect("demo");
    let transport = store
        .measures()
        .expect("measures")
        .into_iter()
        .find(|m| m.row.code == "M-06")
        .expect("M-06");
    assert_eq!(
        transport.row.owner,
        department("渭南市交通运输局", "Weinan Transport Bureau")
    );
    drop(store);
    // Behind the application's back: an English department beside a stakeholder is refused.
    let conn = Connection::open(&path).expect("open");
    let refused = conn.execute(
        "UPDATE measure SET owner_stakeholder_id = 1, owner_department = NULL,
             owner_department_en = 'Transport Bureau' WHERE code = 'M-06'",
        [],
    );
    assert!(refused.is_err(), "{refused:?}");
}
