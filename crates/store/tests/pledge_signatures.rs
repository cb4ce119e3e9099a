//! Drawn signatures on the targets pledge: only on a target set a question adopted (the store
//! and the schema both refuse otherwise, even by raw SQL), replaced by signing again, strokes
//! checked as a declaration's; a refusal changes nothing.

use chrono::NaiveDateTime;
use concord_domain::DrawnSignature;
use concord_store::vision_signatures::VisionSigner;
use concord_store::{PledgeRefusal, Store, StoreError, demo};
use rusqlite::Connection;

fn at(minute: u32) -> NaiveDateTime {
    demo::sample_date()
        .and_hms_opt(18, minute, 0)
        .expect("time")
}

fn demo_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("demo.db");
    let mut store = Store::open(&path).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    (dir, path, store)
}

/// The first decided question that adopted, and one that did not.
fn questions(path: &std::path::Path) -> (i64, i64) {
    let conn = Connection::open(path).expect("raw");
    let pick = |adopted: bool| -> i64 {
        conn.query_row(
            "SELECT id FROM question WHERE state = 'decided' AND adopted = ?1 ORDER BY id LIMIT 1",
            [adopted],
            |r| r.get(0),
        )
        .expect("question")
    };
    (pick(true), pick(false))
}

fn rows(path: &std::path::Path) -> Vec<(i64, String, String, String)> {
    let conn = Connection::open(path).expect("raw");
    let mut stmt = conn
        .prepare("SELECT question_id, role, strokes, signed_at FROM pledge_signature ORDER BY id")
        .expect("select");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("row")
}

fn wave() -> DrawnSignature {
    DrawnSignature {
        strokes: vec![vec![(0.1, 0.5), (0.3, 0.3), (0.5, 0.6), (0.9, 0.4)]],
    }
}

fn short_line() -> DrawnSignature {
    DrawnSignature {
        strokes: vec![vec![(0.1, 0.5), (0.9, 0.6)]],
    }
}

#[test]
fn nothing_adopted_nothing_to_sign_and_nothing_changes() {
    let (_dir, path, mut store) = demo_store();
    assert_eq!(store.pledge_question().expect("question"), None);
    let err = store
        .save_pledge_signature(VisionSigner::FocalPoint, &wave(), at(1))
        .expect_err("no adopted targets");
    assert!(
        matches!(err, StoreError::Pledge(PledgeRefusal::NothingAdopted)),
        "{err:?}"
    );
    assert_eq!(err.message().0, "pledge-signature-nothing-adopted");
    assert!(rows(&path).is_empty());
    assert!(store.pledge_signatures().expect("list").is_empty());
}

#[test]
fn a_question_that_adopted_no_targets_is_refused_by_the_schema_too() {
    let (_dir, path, mut store) = demo_store();
    let (adopting, other) = questions(&path);
    let conn = Connection::open(&path).expect("raw");
    let insert = |question: i64| {
        conn.execute(
            "INSERT INTO pledge_signature (question_id, role, signer_name, strokes, signed_at)
             VALUES (?1, 'focal-point', 'X', '[[[0.1,0.1],[0.9,0.9]]]', '2026-12-04T10:00:00')",
            [question],
        )
    };
    // Before adoption even the adopting question has no targets.
    let refused = insert(adopting).expect_err("nothing adopted yet");
    assert!(
        refused.to_string().contains("adopted no targets"),
        "{refused}"
    );
    assert_eq!(
        StoreError::from(refused).message().0,
        "pledge-signature-nothing-adopted"
    );
    store.adopt_targets(adopting, at(2)).expect("adopt");
    assert_eq!(store.pledge_question().expect("q"), Some(adopting));
    let refused = insert(other).expect_err("a question that adopted nothing");
    assert!(
        refused.to_string().contains("adopted no targets"),
        "{refused}"
    );
    insert(adopting).expect("the adopting question");
    // Moving a signature to a question that adopted nothing is refused as well.
    let moved = conn
        .execute("UPDATE pledge_signature SET question_id = ?1", [other])
        .expect_err("moved");
    assert!(moved.to_string().contains("adopted no targets"), "{moved}");
    assert_eq!(rows(&path).len(), 1);
    assert_eq!(rows(&path)[0].0, adopting);
}

#[test]
fn both_sign_the_adopted_set_and_signing_again_replaces() {
    let (_dir, path, mut store) = demo_store();
    let (adopting, _) = questions(&path);
    store.adopt_targets(adopting, at(3)).expect("adopt");
    let fp = store
        .save_pledge_signature(VisionSigner::FocalPoint, &wave(), at(4))
        .expect("focal point");
    assert_eq!(fp.question_id, adopting);
    assert!(!fp.name.is_empty());
    store
        .save_pledge_signature(VisionSigner::Representative, &wave(), at(5))
        .expect("representative");
    let signed = store.pledge_signatures().expect("list");
    let roles: Vec<_> = signed.iter().map(|s| s.role).collect();
    assert_eq!(roles, VisionSigner::ALL);

    store
        .save_pledge_signature(VisionSigner::FocalPoint, &short_line(), at(6))
        .expect("again");
    let after = rows(&path);
    assert_eq!(after.len(), 2, "replaced, not added");
    let signed = store.pledge_signatures().expect("list");
    assert_eq!(signed[0].signature, short_line());
    assert_eq!(signed[0].signed_at, at(6));
    assert_eq!(signed[1].signature, wave());
}

#[test]
fn strokes_that_are_no_signature_change_nothing() {
    let (_dir, path, mut store) = demo_store();
    let (adopting, _) = questions(&path);
    store.adopt_targets(adopting, at(3)).expect("adopt");
    store
        .save_pledge_signature(VisionSigner::FocalPoint, &wave(), at(4))
        .expect("sign");
    let before = rows(&path);
    for bad in [
        DrawnSignature { strokes: vec![] },
        DrawnSignature {
            strokes: vec![vec![(f32::NAN, 0.5), (0.5, 0.5)]],
        },
    ] {
        let err = store
            .save_pledge_signature(VisionSigner::FocalPoint, &bad, at(7))
            .expect_err("refused");
        assert!(matches!(err, StoreError::InvalidSignature(_)), "{err:?}");
    }
    assert_eq!(rows(&path), before);
    // Raw SQL: strokes that are not a JSON array are refused by the schema.
    let conn = Connection::open(&path).expect("raw");
    assert!(
        conn.execute("UPDATE pledge_signature SET strokes = '{\"a\": 1}'", [])
            .is_err()
    );
    assert_eq!(rows(&path), before);
}
