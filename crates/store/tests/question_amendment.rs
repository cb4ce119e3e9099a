//! A question about a pending Vision amendment: asked while the amendment is pending, it shows
//! the change as the room deliberates and its outcome settles that amendment only. A settled or
//! missing amendment, a change of the link after a closed round, a second subject, deleting a
//! linked amendment and settling another amendment with it are refused — by raw SQL too — and
//! nothing changes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{at, closed_round, live, question};
use concord_domain::{Subject, SubjectKind};
use concord_store::{AmendmentStatus, StoreError, VisionRefusal};
use rusqlite::Connection;

fn about(id: i64) -> Option<Subject> {
    Some(Subject {
        kind: SubjectKind::VisionAmendment,
        id,
    })
}

/// The demo's amendments by status: (pending, accepted).
fn amendments(live: &common::Live) -> (i64, i64) {
    let all = live.store.vision_amendments().expect("amendments");
    let with = |status: AmendmentStatus| {
        all.iter()
            .find(|a| a.status == status)
            .map(|a| a.amendment.id)
            .expect("amendment")
    };
    (
        with(AmendmentStatus::Pending),
        with(AmendmentStatus::Accepted),
    )
}

/// Every question and amendment row, to show that a refusal changed nothing.
fn rows(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(path).expect("raw");
    let mut out = Vec::new();
    for sql in [
        "SELECT id, subject_kind, subject_id, vision_amendment_id FROM question ORDER BY id",
        "SELECT id, status, question_id FROM vision_amendment ORDER BY id",
    ] {
        let mut stmt = conn.prepare(sql).expect("select");
        let found = stmt
            .query_map([], |r| {
                Ok(format!(
                    "{:?} {:?} {:?} {:?}",
                    r.get::<_, rusqlite::types::Value>(0)?,
                    r.get::<_, rusqlite::types::Value>(1)?,
                    r.get::<_, rusqlite::types::Value>(2)?,
                    r.get::<_, Option<rusqlite::types::Value>>(3).ok().flatten()
                ))
            })
            .expect("rows");
        out.extend(found.map(|r| r.expect("row")));
    }
    out
}

#[test]
fn the_demo_questions_are_about_the_amendments_they_settled() {
    let live = live();
    let (_, accepted) = amendments(&live);
    let settled_by = live
        .store
        .vision_amendments()
        .expect("amendments")
        .into_iter()
        .find(|a| a.amendment.id == accepted)
        .and_then(|a| match a.amendment.settlement {
            Some(concord_vision::Settlement::Question { question_id, .. }) => Some(question_id),
            _ => None,
        })
        .expect("settled by a question");
    let record = live.store.question(settled_by).expect("question");
    assert_eq!(record.question.subject, about(accepted));
}

#[test]
fn a_question_about_a_pending_amendment_settles_it_and_no_other() {
    let mut live = live();
    let (pending, accepted) = amendments(&live);
    let asked = live
        .store
        .add_question(
            &concord_domain::Question {
                subject: about(pending),
                ..question(live.meeting_id, None)
            },
            at(2),
        )
        .expect("ask about the pending amendment");
    assert_eq!(
        live.store
            .question(asked)
            .expect("question")
            .question
            .subject,
        about(pending)
    );

    // A second question about the same amendment is fine (it may be asked again later) …
    let other = live
        .store
        .add_question(&question(live.meeting_id, None), at(3))
        .expect("a question about nothing");
    closed_round(&mut live, asked, 0, 4);
    closed_round(&mut live, other, 0, 8);

    // … but a question about this amendment settles no other, and another one's question does
    // not settle it.
    let before = rows(&live.path);
    let conn = Connection::open(&live.path).expect("raw");
    let raw = conn.execute(
        "UPDATE question SET vision_amendment_id = ?1 WHERE id = ?2",
        [accepted, asked],
    );
    assert!(raw.is_err(), "the link stands once a round has closed");
    drop(conn);
    assert_eq!(rows(&live.path), before);

    let settled = live
        .store
        .settle_vision_amendment_by_question(pending, asked, at(12))
        .expect("settled by its question");
    assert_eq!(settled.status, AmendmentStatus::Accepted);
}

#[test]
fn a_question_about_another_amendment_is_refused_when_settling() {
    let mut live = live();
    // A new draft with two pending amendments to its first paragraph, and a question about
    // the second.
    let draft = live
        .store
        .next_vision_version_with_amendments(concord_vision::Saved {
            by: "周晓雯 Zhou Xiaowen".into(),
            at: at(2),
            note: String::new(),
        })
        .expect("draft");
    let paragraph_id = draft.paragraph_ids[0].1;
    let proposer = live.voters[0];
    let mut propose = |text: &str| {
        live.store
            .propose_vision_amendment(
                &concord_store::NewAmendment {
                    paragraph_id,
                    proposed_by: proposer,
                    text_zh: None,
                    text_en: Some(text.into()),
                    reason: "A clearer wording.".into(),
                },
                at(2),
            )
            .expect("amendment")
    };
    let pending = propose("One wording.").amendment.id;
    let second = propose("Another wording.");
    let q = live
        .store
        .add_question(
            &concord_domain::Question {
                subject: about(second.amendment.id),
                ..question(live.meeting_id, None)
            },
            at(3),
        )
        .expect("ask");
    closed_round(&mut live, q, 0, 4);
    let before = rows(&live.path);
    match live
        .store
        .settle_vision_amendment_by_question(pending, q, at(9))
    {
        Err(StoreError::Vision(VisionRefusal::QuestionAboutAnother {
            question_id,
            amendment,
        })) => assert_eq!((question_id, amendment), (q, second.amendment.id)),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // The schema refuses it too.
    let conn = Connection::open(&live.path).expect("raw");
    let raw = conn.execute(
        "UPDATE vision_amendment SET status = 'accepted', question_id = ?2, outcome = 'consensus',
            settled_at = '2026-12-21T10:00:00' WHERE id = ?1",
        [pending, q],
    );
    assert!(raw.is_err(), "{raw:?}");
    drop(conn);
    assert_eq!(rows(&live.path), before);
}

#[test]
fn a_settled_or_missing_amendment_or_a_second_subject_is_refused_and_nothing_changes() {
    let mut live = live();
    let (pending, accepted) = amendments(&live);
    let before = rows(&live.path);
    let ask = |live: &mut common::Live, subject| {
        live.store.add_question(
            &concord_domain::Question {
                subject,
                ..question(live.meeting_id, None)
            },
            at(2),
        )
    };
    match ask(&mut live, about(accepted)) {
        Err(StoreError::Vision(VisionRefusal::LinkRefused { amendment })) => {
            assert_eq!(amendment, accepted);
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    match ask(&mut live, about(99_999)) {
        Err(StoreError::Vision(VisionRefusal::AmendmentNotFound { id })) => assert_eq!(id, 99_999),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(rows(&live.path), before);

    // Behind the app's back: a settled amendment, two subjects at once, a linked amendment deleted.
    let conn = Connection::open(&live.path).expect("raw");
    let insert = |amendment: i64, kind: Option<&str>| {
        conn.execute(
            "INSERT INTO question (meeting_id, position, text_zh, text_en, subject_kind, subject_id,
                created_at, vision_amendment_id)
             VALUES (?1, 99, '问', 'Q', ?2, CASE WHEN ?2 IS NULL THEN NULL ELSE 1 END,
                '2026-12-21T10:00:00', ?3)",
            rusqlite::params![live.meeting_id, kind, amendment],
        )
    };
    assert!(insert(accepted, None).is_err());
    assert!(insert(pending, Some("vision-version")).is_err());
    assert!(
        insert(pending, None).is_ok(),
        "a pending amendment may be linked"
    );
    let refused = conn.execute("DELETE FROM vision_amendment WHERE id = ?1", [pending]);
    match refused.map_err(StoreError::from) {
        Err(StoreError::Vision(VisionRefusal::AmendmentLinked { .. })) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
}
