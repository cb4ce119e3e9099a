//! Migration 021: the focal point's and the representative's texts in both languages.

use concord_store::{Store, demo, migrations};
use rusqlite::Connection;

/// A version-20 database whose dialogue was written in mixed languages, with raw SQL.
fn version_20(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("v20.db");
    let mut conn = Connection::open(&path).expect("create");
    migrations::migrate_to(&mut conn, 20).expect("migrate");
    conn.execute(
        "INSERT INTO dialogue (city_zh, city_en, economy, fp_family_name, fp_first_name,
             fp_title, fp_administration, fp_economy, fp_postal_address, fp_email, hlr_name,
             hlr_title)
         VALUES ('渭南', 'Weinan', 'China', 'Li', 'Jianguo', '副秘书长', 'Weinan Government',
             'China', '渭南市朝阳大街1号', 'li@weinan.gov.cn', '王志立', 'Mayor of Weinan')",
        [],
    )
    .expect("insert");
    path
}

#[test]
fn each_existing_text_goes_to_the_language_it_is_written_in() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&version_20(&dir)).expect("upgrade");
    let d = store.require_dialogue().expect("dialogue kept");
    let fp = &d.focal_point;
    assert_eq!(
        (fp.family_name_zh.as_str(), fp.family_name_en.as_str()),
        ("", "Li")
    );
    assert_eq!(
        (fp.first_name_zh.as_str(), fp.first_name_en.as_str()),
        ("", "Jianguo")
    );
    assert_eq!(
        (fp.title_zh.as_str(), fp.title_en.as_str()),
        ("副秘书长", "")
    );
    assert_eq!(
        (fp.administration_zh.as_str(), fp.administration_en.as_str()),
        ("", "Weinan Government")
    );
    assert_eq!(
        (fp.postal_address_zh.as_str(), fp.postal_address_en.as_str()),
        ("渭南市朝阳大街1号", "")
    );
    let rep = &d.high_level_rep;
    assert_eq!((rep.name_zh.as_str(), rep.name_en.as_str()), ("王志立", ""));
    assert_eq!(
        (rep.title_zh.as_str(), rep.title_en.as_str()),
        ("", "Mayor of Weinan")
    );
}

#[test]
fn a_raw_change_to_a_new_column_is_seen_by_the_audit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("demo.db");
    {
        let mut store = Store::open(&path).expect("create");
        demo::create(&mut store, demo::sample_date()).expect("demo");
        assert!(store.verify_audit().expect("verify").is_intact());
    }
    Connection::open(&path)
        .expect("open")
        .execute("UPDATE dialogue SET hlr_title_zh = '副市长'", [])
        .expect("raw update");
    let store = Store::open(&path).expect("reopen");
    assert_eq!(
        store.require_dialogue().expect("d").high_level_rep.title_zh,
        "副市长"
    );
    assert!(!store.verify_audit().expect("verify").is_intact());
}

#[test]
fn both_languages_round_trip_through_the_store() {
    let mut store = Store::open_in_memory().expect("store");
    let saved = store.save_dialogue(&demo::dialogue()).expect("save");
    assert_eq!(saved.focal_point.name_zh(), "李建国");
    assert_eq!(saved.focal_point.name_en(), "Li Jianguo");
    assert_eq!(saved.high_level_rep.title_zh, "渭南市市长");
    assert_eq!(saved, {
        let mut d = demo::dialogue();
        d.id = saved.id;
        d
    });
}
