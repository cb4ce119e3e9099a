//! A register written before migration 4 gets its search keys on the first open.

use concord_domain::StakeholderQuery;
use concord_store::{Store, migrations};
use rusqlite::Connection;

#[test]
fn version_3_stakeholders_become_searchable_by_pinyin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.db");
    {
        let mut conn = Connection::open(&path).expect("create");
        migrations::migrate_to(&mut conn, 3).expect("migrate to 3");
        conn.execute_batch(
            "INSERT INTO dialogue (city_zh, city_en, economy, fp_family_name, fp_first_name,
                fp_title, fp_administration, fp_economy, fp_postal_address, fp_email, hlr_name,
                hlr_title) VALUES ('渭南', 'Weinan', 'China', 'Li', 'Jianguo', 'Director',
                'Government', 'China', '1 Chaoyang Street', 'li@weinan.gov.cn', 'Wang', 'Mayor');
             INSERT INTO stakeholder (dialogue_id, name_zh, sector, helix, role, withdrawn)
                VALUES (1, '王志立', 'local-authority', 'government', 'voting-member', 0),
                       (1, '𠮷祥云', 'civil-society', 'civil-society', 'voting-member', 1);",
        )
        .expect("old rows");
    }
    let store = Store::open(&path).expect("upgrade");
    let found = store
        .search_stakeholders(&StakeholderQuery {
            text: "wzl".into(),
            ..StakeholderQuery::default()
        })
        .expect("search");
    assert_eq!(found.len(), 1);
    let people = store.stakeholders().expect("list");
    assert_eq!(people[0].name_zh, "王志立");
    assert!(
        people[1].withdrawn(),
        "the old withdrawn flag became the status"
    );
}
