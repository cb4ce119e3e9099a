use super::*;
use crate::demo;

fn demo_store() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    store.set_actor("tester").expect("actor");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    store
}

#[test]
fn every_change_is_logged_with_before_and_after() {
    let store = demo_store();
    store.set_setting("ui.locale", "zh-CN").expect("set");
    store.set_setting("ui.locale", "en").expect("set");
    store
        .set_setting("ui.locale", "en")
        .expect("unchanged value");
    let entries = store
        .audit_entries(&AuditFilter {
            table: Some("setting".into()),
            key: Some("ui.locale".into()),
            ..AuditFilter::default()
        })
        .expect("entries");
    assert_eq!(
        entries.len(),
        2,
        "a write that changes nothing is not logged"
    );
    assert_eq!(entries[0].op, "update");
    assert_eq!(entries[0].actor, "tester");
    assert!(
        entries[0]
            .before
            .as_deref()
            .expect("before")
            .contains("zh-CN")
    );
    assert!(
        entries[0]
            .after
            .as_deref()
            .expect("after")
            .contains("\"en\"")
    );
    assert_eq!(entries[1].op, "insert");
    assert_eq!(entries[1].before, None);
    let report = store.verify_audit().expect("verify");
    assert!(report.is_intact(), "{report:?}");
    assert!(report.entries > 30);
}

#[test]
fn composite_keys_and_deletes_are_logged() {
    let store = demo_store();
    // The first plenary's minutes are frozen; the planned second one takes attendance.
    store
        .conn
        .execute(
            "INSERT INTO attendance (meeting_id, stakeholder_id) VALUES (2, 2)",
            [],
        )
        .expect("insert");
    store
        .conn
        .execute(
            "DELETE FROM attendance WHERE meeting_id = 2 AND stakeholder_id = 2",
            [],
        )
        .expect("delete");
    let entries = store
        .audit_entries(&AuditFilter {
            table: Some("attendance".into()),
            limit: 1,
            ..AuditFilter::default()
        })
        .expect("entries");
    assert_eq!(entries[0].op, "delete");
    assert_eq!(entries[0].key, "[2,2]");
    assert_eq!(entries[0].after, None);
    assert!(store.verify_audit().expect("verify").is_intact());
}

#[test]
fn editing_an_entry_is_detected_at_that_entry() {
    let store = demo_store();
    store
        .conn
        .execute(
            "UPDATE audit_log SET after = replace(after, 'Weinan', 'Xi''an') WHERE seq = 1",
            [],
        )
        .expect("tamper");
    let report = store.verify_audit().expect("verify");
    assert_eq!(report.first_broken, Some((1, AuditBreak::Edited)));
}

#[test]
fn deleting_entries_is_detected_in_the_middle_and_at_the_end() {
    let store = demo_store();
    store
        .conn
        .execute("DELETE FROM audit_log WHERE seq = 5", [])
        .expect("tamper");
    assert_eq!(
        store.verify_audit().expect("verify").first_broken,
        Some((5, AuditBreak::Missing))
    );

    let store = demo_store();
    let (last, _) = store.audit_head().expect("head");
    store
        .conn
        .execute("DELETE FROM audit_log WHERE seq = ?1", [last])
        .expect("tamper");
    assert_eq!(
        store.verify_audit().expect("verify").first_broken,
        Some((last, AuditBreak::Truncated))
    );
}

#[test]
fn a_row_changed_without_the_triggers_is_reported() {
    let store = demo_store();
    store
        .conn
        .execute_batch(
            "DROP TRIGGER temp.concord_audit_stakeholder_update;
             UPDATE stakeholder SET email = 'x@example.org' WHERE id = 3;",
        )
        .expect("tamper");
    let report = store.verify_audit().expect("verify");
    assert_eq!(report.first_broken, None);
    assert_eq!(
        report.outside_changes,
        vec![OutsideChange {
            table: "stakeholder".into(),
            key: "3".into(),
            columns: vec!["email".into()],
        }]
    );
}

#[test]
fn redaction_keeps_the_chain_valid() {
    let store = demo_store();
    store
        .conn
        .execute(
            "UPDATE stakeholder SET email = 'new@example.org' WHERE id = 4",
            [],
        )
        .expect("update");
    let mut store = store;
    let changed = store.redact_audit("stakeholder", "4").expect("redact");
    assert!(changed >= 1);
    let entries = store
        .audit_entries(&AuditFilter {
            table: Some("stakeholder".into()),
            key: Some("4".into()),
            ..AuditFilter::default()
        })
        .expect("entries");
    assert!(entries.iter().skip(1).all(|e| {
        e.after
            .as_deref()
            .is_none_or(|a| a.starts_with(REDACTED_PREFIX))
    }));
    let report = store.verify_audit().expect("verify");
    assert!(report.is_intact(), "{report:?}");
}

#[test]
fn wide_tables_and_blobs_are_logged() {
    let mut store = Store::open_in_memory().expect("store");
    let columns: Vec<String> = (0..120).map(|i| format!("c{i} INTEGER")).collect();
    store
        .conn
        .execute_batch(&format!(
            "CREATE TABLE wide (id INTEGER PRIMARY KEY, data BLOB, {})",
            columns.join(", ")
        ))
        .expect("create");
    install(&mut store.conn, true, &Default::default()).expect("install");
    store
        .conn
        .execute(
            "INSERT INTO wide (id, data, c119) VALUES (1, x'00ff', 7)",
            [],
        )
        .expect("insert");
    let entries = store
        .audit_entries(&AuditFilter {
            table: Some("wide".into()),
            ..AuditFilter::default()
        })
        .expect("entries");
    let after = entries[0].after.as_deref().expect("after");
    assert!(after.contains("\"c119\":7"), "{after}");
    assert!(after.contains("sha256:"), "{after}");
    let report = store.verify_audit().expect("verify");
    assert_eq!(report.first_broken, None);
    assert!(report.outside_changes.is_empty() && report.absorbed.is_empty());
    // No migration creates the table: the check of the schema names it.
    assert_eq!(
        report.schema,
        vec![SchemaFinding {
            change: SchemaChange::Unexpected,
            kind: "table".into(),
            name: "wide".into(),
        }]
    );
}
