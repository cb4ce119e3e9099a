//! Migration 023: the assistant's name in both languages.

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
        conn.execute(
            "INSERT INTO dialogue (city_zh, city_en, economy, fp_family_name_en,
                 fp_first_name_en, fp_title_en, fp_administration_en, fp_economy,
                 fp_postal_address_en, fp_email, fp_assistant_name, fp_assistant_email,
                 hlr_name_en, hlr_title_en)
             VALUES ('渭南', 'Weinan', 'China', 'Li', 'Jianguo', 'Director', 'Government',
                 'China', '1 Chaoyang Street', 'li@weinan.gov.cn', ?1, 'zhou@weinan.gov.cn',
                 'Wang', 'Mayor')",
            [assistant],
        )
        .expect("insert");
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
