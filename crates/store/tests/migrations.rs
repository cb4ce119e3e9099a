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
    assert_eq!(store.stakeholder_count().expect("count"), 30);
    assert_eq!(store.meetings().expect("meetings").len(), 1);
}
