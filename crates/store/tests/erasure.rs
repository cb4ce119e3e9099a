//! Erasing a person leaves nothing of them in the audit log, and the log still verifies.

use concord_store::{Store, demo};

#[test]
fn erasure_removes_personal_data_from_the_audit_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("concord.db")).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    let person = store
        .stakeholders()
        .expect("list")
        .into_iter()
        .find(|p| p.name_zh == "𠮷祥云")
        .expect("the demo has 𠮷祥云");
    store
        .erase_stakeholder(person.id, demo::sample_date())
        .expect("erase");

    let report = store.verify_audit().expect("verify");
    assert!(
        report.first_broken.is_none(),
        "chain intact after redaction: {:?}",
        report.first_broken
    );
    assert!(
        report.outside_changes.is_empty(),
        "{:?}",
        report.outside_changes
    );

    let conn = rusqlite::Connection::open(dir.path().join("concord.db")).expect("raw");
    // Minutes quote what people said and stay as recorded; the register's copies must go.
    let leaks: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE tbl = 'stakeholder' AND (
                coalesce(before, '') LIKE '%祥云%' OR coalesce(after, '') LIKE '%祥云%'
                OR coalesce(before, '') LIKE '%Xiangyun%' OR coalesce(after, '') LIKE '%Xiangyun%')",
            [],
            |r| r.get(0),
        )
        .expect("query");
    assert_eq!(leaks, 0, "the erased person is still in the audit log");
}
