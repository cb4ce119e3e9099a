//! Drawn signatures on a Vision version: only on the adopted one, replaced by signing again,
//! strokes checked as a declaration's; a refusal changes nothing.

use chrono::NaiveDateTime;
use concord_domain::DrawnSignature;
use concord_store::vision_signatures::VisionSigner;
use concord_store::{Store, StoreError, VisionRefusal, demo};
use rusqlite::Connection;

fn at(minute: u32) -> NaiveDateTime {
    demo::sample_date()
        .and_hms_opt(16, minute, 0)
        .expect("time")
}

fn demo_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("demo.db");
    let mut store = Store::open(&path).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    (dir, path, store)
}

fn rows(path: &std::path::Path) -> Vec<(i64, String, String, String)> {
    let conn = Connection::open(path).expect("raw");
    let mut stmt = conn
        .prepare("SELECT version_id, role, strokes, signed_at FROM vision_signature ORDER BY id")
        .expect("select");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("row")
}

fn short_line() -> DrawnSignature {
    DrawnSignature {
        strokes: vec![vec![(0.1, 0.5), (0.5, 0.4), (0.9, 0.6)]],
    }
}

#[test]
fn the_demo_adopted_version_carries_both_drawn_signatures() {
    let (_dir, _path, store) = demo_store();
    let signed = store.vision_signatures(3).expect("signatures");
    let roles: Vec<_> = signed.iter().map(|s| s.role).collect();
    assert_eq!(roles, VisionSigner::ALL);
    assert!(signed.iter().all(|s| !s.signature.strokes.is_empty()));
    assert!(store.vision_signatures(2).expect("v2").is_empty());
    assert_eq!(
        VisionSigner::from_key("representative"),
        Some(VisionSigner::Representative)
    );
    assert_eq!(VisionSigner::from_key("chair"), None);
}

#[test]
fn signing_again_replaces_the_signature() {
    let (_dir, path, mut store) = demo_store();
    let before = rows(&path).len();
    let saved = store
        .save_vision_signature(3, VisionSigner::FocalPoint, &short_line(), at(5))
        .expect("sign again");
    assert_eq!(saved.signature.strokes.len(), 1);
    assert_eq!(rows(&path).len(), before);
    let signed = store.vision_signatures(3).expect("signatures");
    assert_eq!(signed[0].signature, saved.signature);
    assert_eq!(signed[0].signed_at, at(5));
}

#[test]
fn a_version_not_adopted_and_invalid_strokes_are_refused_and_change_nothing() {
    let (_dir, path, mut store) = demo_store();
    let before = rows(&path);
    let err = store
        .save_vision_signature(2, VisionSigner::Representative, &short_line(), at(6))
        .expect_err("superseded version");
    assert!(
        matches!(
            err,
            StoreError::Vision(VisionRefusal::SignatureNotAdopted { number: 2 })
        ),
        "{err:?}"
    );
    let (id, args) = match &err {
        StoreError::Vision(refusal) => refusal.message(),
        _ => unreachable!(),
    };
    assert_eq!(id, "vision-signature-not-adopted");
    assert_eq!(args, vec![("number", "2".to_owned())]);
    let err = store
        .save_vision_signature(9, VisionSigner::FocalPoint, &short_line(), at(6))
        .expect_err("no such version");
    assert!(matches!(err, StoreError::Vision(_)), "{err:?}");
    let outside = DrawnSignature {
        strokes: vec![vec![(0.1, 0.5), (1.7, 0.4)]],
    };
    let err = store
        .save_vision_signature(3, VisionSigner::FocalPoint, &outside, at(6))
        .expect_err("outside the box");
    assert!(matches!(err, StoreError::InvalidSignature(_)), "{err:?}");
    let empty = DrawnSignature { strokes: vec![] };
    let err = store
        .save_vision_signature(3, VisionSigner::FocalPoint, &empty, at(6))
        .expect_err("nothing drawn");
    assert!(matches!(err, StoreError::InvalidSignature(_)), "{err:?}");
    assert_eq!(rows(&path), before);
}

#[test]
fn raw_sql_cannot_sign_a_version_that_is_not_adopted() {
    let (_dir, path, _store) = demo_store();
    let before = rows(&path);
    let conn = Connection::open(&path).expect("raw");
    let err = conn
        .execute(
            "INSERT INTO vision_signature (version_id, role, signer_name, strokes, signed_at)
             SELECT id, 'focal-point', 'x', '[]', '2026-01-01T00:00:00' FROM vision_version
             WHERE number = 1",
            [],
        )
        .expect_err("trigger");
    assert!(err.to_string().contains("not adopted"), "{err}");
    let err = conn
        .execute("UPDATE vision_signature SET role = 'chair'", [])
        .expect_err("check");
    assert!(err.to_string().contains("CHECK"), "{err}");
    assert_eq!(rows(&path), before);
}
