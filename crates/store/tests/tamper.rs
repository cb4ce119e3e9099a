//! Changes made with another tool: they are reported, never absorbed into the log, never
//! carried in by a restore or an import, and a head kept outside the database shows entries
//! cut off the end.

use std::path::Path;

use concord_store::backup;
use concord_store::{
    AnchorCheck, AuditBreak, SchemaChange, Store, StoreError, archive, audit, demo,
};
use rusqlite::Connection;

fn demo_file(path: &Path) {
    let mut store = Store::open(path).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
}

fn raw(path: &Path, sql: &str) {
    Connection::open(path)
        .expect("raw open")
        .execute_batch(sql)
        .expect("raw sql");
}

fn now() -> chrono::NaiveDateTime {
    demo::sample_date().and_hms_opt(12, 0, 0).expect("time")
}

#[test]
fn a_forged_row_survives_opening_and_reading_as_a_finding() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("concord.db");
    demo_file(&db);
    raw(
        &db,
        "UPDATE stakeholder SET name_en = 'Mallory', search_text = NULL WHERE id = 1",
    );
    for _ in 0..3 {
        let store = Store::open(&db).expect("open");
        store.stakeholders().expect("read");
        store.meetings().expect("read");
    }
    let store = Store::open(&db).expect("open");
    let report = store.verify_audit().expect("verify");
    assert!(!report.is_intact());
    let change = report
        .outside_changes
        .iter()
        .find(|c| c.table == "stakeholder" && c.key == "1")
        .expect("the forged row is reported");
    assert!(change.columns.contains(&"name_en".to_owned()), "{change:?}");
    assert!(
        change.columns.contains(&"search_text".to_owned()),
        "{change:?}"
    );
    let written_over: i64 = Connection::open(&db)
        .expect("raw")
        .query_row(
            "SELECT count(*) FROM audit_log WHERE coalesce(before, '') LIKE '%Mallory%'",
            [],
            |r| r.get(0),
        )
        .expect("query");
    assert_eq!(written_over, 0, "opening wrote on top of the forged row");
}

#[test]
fn a_write_over_a_forged_row_is_reported_at_that_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("concord.db");
    demo_file(&db);
    {
        let store = Store::open(&db).expect("open");
        store.set_setting("backup.keep", "5").expect("set");
    }
    raw(
        &db,
        "UPDATE setting SET value = '1' WHERE key = 'backup.keep'",
    );
    let store = Store::open(&db).expect("open");
    // Any later write on the record takes the forged value into its before-image.
    store.set_setting("backup.keep", "7").expect("set");
    let report = store.verify_audit().expect("verify");
    assert!(report.outside_changes.is_empty(), "{report:?}");
    let absorbed = report
        .absorbed
        .first()
        .expect("the write over it is reported");
    assert_eq!(
        (absorbed.table.as_str(), absorbed.key.as_str()),
        ("setting", "backup.keep")
    );
    assert_eq!(absorbed.columns, vec!["value".to_owned()]);
    assert_eq!(absorbed.seq, store.audit_head().expect("head").0);
}

#[test]
fn an_unexpected_trigger_is_named_by_the_verification() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("concord.db");
    demo_file(&db);
    raw(
        &db,
        "CREATE TRIGGER steal AFTER INSERT ON stakeholder BEGIN
           UPDATE stakeholder SET email = 'x@evil.example' WHERE id = NEW.id; END;
         DROP INDEX audit_log_record;",
    );
    let store = Store::open(&db).expect("open");
    let report = store.verify_audit().expect("verify");
    let named: Vec<(SchemaChange, &str)> = report
        .schema
        .iter()
        .map(|f| (f.change, f.name.as_str()))
        .collect();
    assert!(
        named.contains(&(SchemaChange::Unexpected, "steal")),
        "{named:?}"
    );
    assert!(
        named.contains(&(SchemaChange::Missing, "audit_log_record")),
        "{named:?}"
    );
}

#[test]
fn a_restore_refuses_a_backup_with_a_broken_chain_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("concord.db");
    demo_file(&db);
    let copy = dir.path().join("copy.db");
    Store::open(&db)
        .expect("open")
        .backup_to(&copy)
        .expect("backup");
    raw(
        &copy,
        "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3",
    );
    let before = std::fs::read(&db).expect("read");
    match backup::restore(&db, &copy, now()) {
        Err(StoreError::Tampered { path, report }) => {
            assert_eq!(path, copy);
            assert_eq!(report.first_broken, Some((3, AuditBreak::Edited)));
        }
        other => panic!("expected Tampered, got {other:?}"),
    }
    assert_eq!(std::fs::read(&db).expect("read"), before);
}

#[test]
fn an_import_refuses_an_archive_carrying_a_trigger_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = dir.path().join("source/concord.db");
    demo_file(&source);
    raw(
        &source,
        "CREATE TRIGGER rewrite_email AFTER INSERT ON stakeholder BEGIN
           UPDATE stakeholder SET email = 'collect@evil.example' WHERE id = NEW.id; END;",
    );
    let out = dir.path().join("carried.concord");
    Store::open(&source)
        .expect("open")
        .export_archive(&out)
        .expect("export");
    let target = dir.path().join("target/concord.db");
    demo_file(&target);
    let before = std::fs::read(&target).expect("read");
    match archive::import(&target, &out, true, now()) {
        Err(StoreError::Tampered { path, report }) => {
            assert_eq!(path, out);
            assert_eq!(report.schema.len(), 1, "{:?}", report.schema);
            assert_eq!(report.schema[0].name, "rewrite_email");
            assert_eq!(report.schema[0].kind, "trigger");
            let (id, args) = StoreError::Tampered { path, report }.message();
            assert_eq!(id, "tamper-refused-schema");
            assert!(args.iter().any(|(_, v)| v.contains("rewrite_email")));
        }
        other => panic!("expected Tampered, got {other:?}"),
    }
    assert_eq!(std::fs::read(&target).expect("read"), before);
    assert!(
        archive::inspect(&out).is_err(),
        "the preview refuses it too"
    );
}

#[test]
fn an_anchor_shows_entries_cut_off_the_end_with_their_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("concord.db");
    demo_file(&db);
    let (kept, anchor) = {
        let store = Store::open(&db).expect("open");
        let kept = store.audit_head().expect("head").0;
        store.set_setting("note.a", "1").expect("set");
        store.set_setting("note.b", "2").expect("set");
        let anchor = store.audit_anchor().expect("anchor");
        assert_eq!(
            store.check_anchor(&anchor).expect("check"),
            AnchorCheck::Held
        );
        (kept, anchor)
    };
    let text = anchor.to_string();
    assert_eq!(text.parse::<audit::AuditAnchor>(), Ok(anchor.clone()));
    raw(
        &db,
        &format!(
            "DELETE FROM setting WHERE key IN ('note.a', 'note.b');
             DELETE FROM audit_log WHERE seq > {kept};
             UPDATE audit_head SET seq = {kept},
               hash = (SELECT hash FROM audit_log WHERE seq = {kept}) WHERE id = 1;"
        ),
    );
    let store = Store::open(&db).expect("open");
    assert!(
        store.verify_audit().expect("verify").is_intact(),
        "without an anchor the cut is invisible"
    );
    assert_eq!(
        store.check_anchor(&anchor).expect("check"),
        AnchorCheck::Missing { last_seq: kept }
    );
}

#[test]
fn every_backup_carries_its_head_beside_it_and_pruning_takes_it_along() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("concord.db");
    demo_file(&db);
    let store = Store::open(&db).expect("open");
    store.set_backup_keep(2).expect("keep");
    // A backup from before the manifests: restored and pruned like the others.
    let folder = backup::backup_dir(&db);
    concord_store::fsutil::create_private_dir(&folder).expect("folder");
    let old = folder.join("concord-20200101-080000-manual.db");
    store.backup_to(&old).expect("old backup");
    assert_eq!(backup::backup_anchor(&old), None);

    let day = demo::sample_date();
    let first = store
        .backup_now(
            concord_store::BackupReason::Manual,
            day.and_hms_opt(9, 0, 0).expect("t"),
        )
        .expect("backup");
    let anchor = backup::backup_anchor(&first.path).expect("manifest");
    assert_eq!(anchor, store.audit_anchor().expect("head"));
    assert_eq!(
        audit::read_anchor(
            backup::anchor_manifest(&first.path)
                .to_str()
                .expect("utf-8")
        )
        .expect("read"),
        Some(anchor.clone())
    );
    assert_eq!(
        audit::read_anchor(first.path.to_str().expect("utf-8")).expect("read"),
        Some(anchor)
    );
    store
        .backup_now(
            concord_store::BackupReason::Daily,
            day.and_hms_opt(10, 0, 0).expect("t"),
        )
        .expect("backup");
    let names: Vec<String> = store
        .backups()
        .expect("list")
        .into_iter()
        .map(|b| b.file_name)
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(!old.exists(), "the oldest is pruned");
    drop(store);
    let mut left: Vec<String> = std::fs::read_dir(&folder)
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            names[1].clone(),
            format!("{}.head", names[1]),
            names[0].clone(),
            format!("{}.head", names[0]),
        ]
    );
    backup::restore(&db, &folder.join(&names[1]), now()).expect("restore");
}
