//! Migration 023: the assistant's name in both languages.

mod common;

use concord_store::{Store, migrations};
use rusqlite::Connection;

/// The assistant's name of a version-22 database, written with raw SQL, as a version-23 store
/// reads it: (Chinese, English).
fn migrated(assistant: &str) -> (String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v22.db");
    {
        let mut conn = Connection::open(&path).expect("create");
        migrations::migrate_to(&mut conn, 22).expect("migrate");
        common::insert_old_dialogue(&conn, "fp_assistant_name", assistant);
    }
    let store = Store::open(&path).expect("upgrade");
    assert_eq!(
        store.schema_version().expect("version"),
        migrations::latest_version()
    );
    let fp = store.require_dialogue().expect("dialogue kept").focal_point;
    assert_eq!(fp.assistant_email, "zhou@weinan.gov.cn");
    assert_eq!(fp.family_name_en, "Li", "the other columns are untouched");
    (fp.assistant_name_zh, fp.assistant_name_en)
}

#[test]
fn a_chinese_assistant_name_moves_to_the_chinese_column() {
    assert_eq!(migrated("周晓雯"), ("周晓雯".into(), String::new()));
    // Extension A counts as Chinese too.
    assert_eq!(migrated("周㐀"), ("周㐀".into(), String::new()));
}

#[test]
fn a_romanized_assistant_name_stays_in_the_english_column() {
    assert_eq!(
        migrated("Zhou Xiaowen"),
        (String::new(), "Zhou Xiaowen".into())
    );
    assert_eq!(migrated(""), (String::new(), String::new()));
}

#[test]
fn both_languages_of_the_assistant_round_trip_through_the_store() {
    let mut store = Store::open_in_memory().expect("store");
    let saved = store
        .save_dialogue(&concord_store::demo::dialogue())
        .expect("save");
    assert_eq!(saved.focal_point.assistant_name_zh, "周晓雯");
    assert_eq!(saved.focal_point.assistant_name_en, "Zhou Xiaowen");
    let again = store.require_dialogue().expect("reload");
    assert_eq!(
        again.focal_point.assistant_full_name(),
        "周晓雯 Zhou Xiaowen"
    );
}
