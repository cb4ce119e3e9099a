//! The Vision in the store: versions round-trip whatever their text (long, empty, mixed
//! scripts, 𠮷); the demo's three versions and four amendments; and the three refusals — an
//! amendment to an adopted version, a change to a frozen version (raw SQL included), adoption
//! without an adopting question — each leaving everything as it was.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDateTime;
use concord_store::{
    AmendmentStatus, AuditFilter, NewAmendment, Store, StoreError, VisionRefusal, demo,
};
use concord_vision::{
    AdoptionRefusal, AmendmentRefusal, ParagraphText, Saved, SectionKind, Version, VersionState,
};
use rusqlite::Connection;

fn at() -> NaiveDateTime {
    demo::sample_date().and_hms_opt(15, 0, 0).expect("time")
}

fn saved(note: &str) -> Saved {
    Saved {
        by: "周晓雯 Zhou Xiaowen".to_owned(),
        at: at(),
        note: note.to_owned(),
    }
}

fn text(zh: &str, en: &str, not_yet_translated: bool) -> ParagraphText {
    ParagraphText {
        text_zh: zh.to_owned(),
        text_en: en.to_owned(),
        not_yet_translated,
    }
}

/// A store in a file holding only the dialogue.
fn dialogue_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("vision.db");
    let mut store = Store::open(&path).expect("open");
    store.save_dialogue(&demo::dialogue()).expect("dialogue");
    (dir, path, store)
}

fn demo_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("demo.db");
    let mut store = Store::open(&path).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    (dir, path, store)
}

/// Every Vision row and the audit chain's head, to show that a refusal changed nothing.
fn snapshot(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(path).expect("raw");
    let mut out = Vec::new();
    for table in [
        "vision_version",
        "vision_section",
        "vision_paragraph",
        "vision_amendment",
        "audit_head",
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .expect("select");
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..columns)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .expect("rows");
        for row in rows {
            out.push(format!("{table}: {}", row.expect("row").join(" | ")));
        }
    }
    out
}

fn long_version() -> Version {
    let mut version = Version::first_draft(saved("长文本 long text"));
    let long_zh: String = "渭南市坚持生态优先、绿色发展，𠮷祥云代表残疾人发言。".repeat(120);
    let long_en: String =
        "Weinan keeps ecology first and growth green, and every voice is heard. ".repeat(50);
    version
        .add_paragraph(
            0,
            0,
            text("渭南，人人共享。", "Weinan, shared by all.", false),
        )
        .expect("purpose");
    version
        .add_paragraph(1, 0, text(&long_zh, &long_en, false))
        .expect("long");
    version
        .add_paragraph(1, 1, text("", "", true))
        .expect("empty");
    version
        .add_paragraph(
            2,
            0,
            text(
                "𠮷野家 and café（e\u{301}）混排：CO₂ 减排 50%，“引号”与 «guillemets»。",
                "Mixed: 𠮷 野家, naïve café, CO₂ −50 %, עברית, Ελληνικά.\nA second line.",
                false,
            ),
        )
        .expect("mixed");
    let free = version
        .add_section(
            5,
            SectionKind::Free {
                title_zh: "附录 𠮷".to_owned(),
                title_en: "Annex".to_owned(),
            },
        )
        .expect("free section");
    version
        .add_paragraph(free, 0, text("", "Only English for now.", true))
        .expect("free paragraph");
    version.set_neutrality_year(Some(2060)).expect("year");
    version.set_sdgs(vec![17, 4, 6, 6, 11]).expect("sdgs");
    version
}

#[test]
fn long_empty_and_mixed_texts_round_trip() {
    let (_dir, path, mut store) = dialogue_store();
    let version = long_version();
    let stored = store.save_vision_version(&version).expect("save");
    assert_eq!(stored.version, version);
    assert_eq!(stored.paragraph_ids.len(), 5);
    assert!(stored.adoption.is_none());
    drop(store);

    let store = Store::open_existing(&path).expect("reopen");
    let loaded = store.vision_version(Some(1)).expect("version 1");
    assert_eq!(loaded.version, version);
    assert_eq!(loaded.version.sdgs, [4, 6, 11, 17]);
    let long = &loaded.version.sections[1].paragraphs[0];
    assert_eq!(long.text_zh.chars().count(), 26 * 120);
    assert!(long.text_zh.contains('𠮷'));
    assert_eq!(loaded.version.sections[1].paragraphs[1].text_zh, "");
    assert_eq!(store.vision_versions().expect("all").len(), 1);
    // Written through the audit log like every other table, and the chain holds.
    let entries = store
        .audit_entries(&AuditFilter {
            table: Some("vision_paragraph".to_owned()),
            key: None,
            before_seq: None,
            limit: 100,
        })
        .expect("audit");
    assert_eq!(entries.len(), 5);
    assert!(store.verify_audit().expect("verify").is_intact());
}

#[test]
fn texts_from_files_keep_the_paragraph_keys_of_the_version_before() {
    let (_dir, _path, mut store) = dialogue_store();
    let first = store
        .new_vision_version_from_texts(
            vec![
                text("目的。", "Purpose.", false),
                text("二。", "Two.", false),
                text("三。", "Three.", false),
            ],
            saved("一"),
        )
        .expect("first");
    assert_eq!(first.version.number, 1);
    assert_eq!(first.version.sections[0].paragraphs.len(), 1);
    let second = store
        .new_vision_version_from_texts(
            vec![
                text("目的。", "Purpose.", false),
                text("二𠮷。", "Two, changed.", false),
            ],
            saved("二"),
        )
        .expect("second");
    assert_eq!(second.version.number, 2);
    let keys = |v: &Version| v.paragraphs().map(|p| p.key).collect::<Vec<_>>();
    assert_eq!(keys(&second.version), keys(&first.version)[..2]);
    assert_eq!(
        second.version.paragraphs().nth(1).expect("two").text_zh,
        "二𠮷。"
    );
}

#[test]
fn a_draft_is_superseded_once_a_later_version_is_saved_and_then_refuses_changes() {
    let (_dir, path, mut store) = dialogue_store();
    let first = store
        .new_vision_version_from_texts(vec![text("目的。", "Purpose.", false)], saved("1"))
        .expect("v1");
    assert_eq!(first.version.state, VersionState::Draft);
    let key = first.version.paragraphs().next().expect("purpose").key;
    // Saved in place, it stays the draft.
    let again = store
        .save_vision_draft(1, &[(key, text("目的𠮷。", "Purpose 𠮷.", false))], None)
        .expect("save in place");
    assert_eq!(again.version.state, VersionState::Draft);
    let second = store
        .new_vision_version_from_texts(vec![text("新目的。", "New purpose.", false)], saved("2"))
        .expect("v2");
    assert_eq!(second.version.state, VersionState::Draft);
    let states = |store: &Store| {
        store
            .vision_versions()
            .expect("versions")
            .iter()
            .map(|v| v.version.state)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        states(&store),
        [VersionState::Superseded, VersionState::Draft]
    );
    let v1 = store.vision_version(Some(1)).expect("v1");
    assert!(v1.adoption.is_none());
    assert_eq!(
        v1.version.paragraphs().next().expect("p").text_zh,
        "目的𠮷。"
    );

    // The superseded draft takes no edit, no amendment and no adoption; nothing changes.
    let before = snapshot(&path);
    let edit = store
        .save_vision_draft(1, &[(key, text("改。", "Changed.", false))], None)
        .expect_err("superseded");
    assert_eq!(edit.message().0, "vision-refusal-not-a-draft");
    assert!(
        edit.message()
            .1
            .contains(&("state", "superseded".to_owned())),
        "{:?}",
        edit.message()
    );
    let proposed_by = store
        .add_stakeholder(&demo::stakeholders()[0])
        .expect("person")
        .id;
    let before_amendment = snapshot(&path);
    let amend = store
        .propose_vision_amendment(
            &NewAmendment {
                paragraph_id: v1.paragraph_ids[0].1,
                proposed_by,
                text_zh: Some("改。".to_owned()),
                text_en: None,
                reason: "理由".to_owned(),
            },
            at(),
        )
        .expect_err("superseded");
    assert!(
        matches!(
            amend,
            StoreError::Vision(VisionRefusal::Amendment(
                AmendmentRefusal::VersionNotADraft {
                    number: 1,
                    state: VersionState::Superseded
                }
            ))
        ),
        "{amend:?}"
    );
    assert_eq!(snapshot(&path), before_amendment);
    assert_ne!(before, before_amendment, "the stakeholder was added");

    // Raw SQL is refused the same: the superseded draft's text, sections, settings, a new
    // amendment, its adoption by a question, its deletion.
    let conn = Connection::open(&path).expect("raw");
    conn.execute_batch("PRAGMA foreign_keys = ON").expect("fk");
    let paragraph = v1.paragraph_ids[0].1;
    for (sql, refusal) in [
        (
            "UPDATE vision_paragraph SET text_zh = 'x' WHERE version_id = ?1",
            "vision frozen",
        ),
        (
            "DELETE FROM vision_paragraph WHERE version_id = ?1",
            "vision frozen",
        ),
        (
            "INSERT INTO vision_section (version_id, position, kind, title_zh, title_en)
             VALUES (?1, 9, 'free', 'x', 'x')",
            "vision frozen",
        ),
        (
            "UPDATE vision_section SET title_zh = 'x' WHERE version_id = ?1",
            "vision frozen",
        ),
        (
            "UPDATE vision_version SET neutrality_year = 2050 WHERE id = ?1",
            "vision frozen",
        ),
        (
            "UPDATE vision_version SET note = 'x' WHERE id = ?1",
            "vision frozen",
        ),
        ("DELETE FROM vision_version WHERE id = ?1", "vision frozen"),
    ] {
        let error = conn.execute(sql, [v1.id]).expect_err(sql);
        assert!(error.to_string().contains(refusal), "{sql}: {error}");
    }
    let error = conn
        .execute(
            "INSERT INTO vision_amendment (paragraph_id, proposed_by, proposed_at, text_zh,
                reason) VALUES (?1, ?2, 'now', 'x', 'r')",
            [paragraph, proposed_by],
        )
        .expect_err("amendment");
    assert!(
        error
            .to_string()
            .contains("vision amendment to a frozen version"),
        "{error}"
    );
    // The draft after it is still a draft, and takes raw changes like the store's.
    let v2_id = store.vision_version(Some(2)).expect("v2").id;
    conn.execute(
        "UPDATE vision_version SET neutrality_year = 2055 WHERE id = ?1",
        [v2_id],
    )
    .expect("the draft takes a change");
    conn.execute(
        "UPDATE vision_version SET neutrality_year = NULL WHERE id = ?1",
        [v2_id],
    )
    .expect("and back");
    drop(conn);
    let rows = |all: Vec<String>| -> Vec<String> {
        all.into_iter()
            .filter(|row| !row.starts_with("audit_head:"))
            .collect()
    };
    assert_eq!(rows(snapshot(&path)), rows(before_amendment));
    drop(store);
    let store = Store::open_existing(&path).expect("reopen");
    assert_eq!(
        states(&store),
        [VersionState::Superseded, VersionState::Draft]
    );
    assert!(store.verify_audit().expect("verify").is_intact());
}

#[test]
fn the_demo_has_three_versions_four_amendments_and_version_3_adopted() {
    let (_dir, _path, store) = demo_store();
    let versions = store.vision_versions().expect("versions");
    let states: Vec<_> = versions.iter().map(|v| v.version.state).collect();
    assert_eq!(
        states,
        [
            VersionState::Superseded,
            VersionState::Superseded,
            VersionState::Adopted
        ]
    );
    assert!(versions[0].adoption.is_none() && versions[1].adoption.is_none());
    let v3 = &versions[2];
    let adoption = v3.adoption.as_ref().expect("adopted");
    assert_eq!(adoption.outcome, "consensus");
    let question = store.question(adoption.question_id).expect("question");
    assert!(question.question.text_en.contains("version 3"));
    for version in &versions {
        let checklist = concord_vision::check(&version.version);
        let words = checklist
            .iter()
            .find_map(|c| c.figure("words"))
            .expect("words");
        assert!(words >= 500, "version {}: {words}", version.version.number);
        assert!(
            checklist.iter().all(|c| c.passed),
            "version {}: {checklist:?}",
            version.version.number
        );
    }
    let statuses: Vec<_> = store
        .vision_amendments()
        .expect("amendments")
        .iter()
        .map(|a| a.status)
        .collect();
    assert_eq!(
        statuses,
        [
            AmendmentStatus::Editorial,
            AmendmentStatus::Accepted,
            AmendmentStatus::Rejected,
            AmendmentStatus::Pending
        ]
    );
    // The accepted amendment is in version 3, the rejected one is not.
    let en: String = v3
        .version
        .paragraphs()
        .map(|p| p.text_en.as_str())
        .collect();
    assert!(en.contains("persons with disabilities and low-income households"));
    assert!(en.contains("carbon neutral before 2060"));
    assert!(!en.contains("nuetral"));
}

#[test]
fn an_amendment_to_an_adopted_version_is_refused_and_changes_nothing() {
    let (_dir, path, mut store) = demo_store();
    let v3 = store.vision_version(Some(3)).expect("v3");
    let paragraph_id = v3.paragraph_ids[0].1;
    let proposed_by = store.stakeholders().expect("people")[0].id;
    let before = snapshot(&path);
    let error = store
        .propose_vision_amendment(
            &NewAmendment {
                paragraph_id,
                proposed_by,
                text_zh: None,
                text_en: Some("Another purpose.".to_owned()),
                reason: "Better.".to_owned(),
            },
            at(),
        )
        .expect_err("refused");
    assert!(
        matches!(
            error,
            StoreError::Vision(VisionRefusal::Amendment(
                AmendmentRefusal::VersionNotADraft {
                    number: 3,
                    state: VersionState::Adopted
                }
            ))
        ),
        "{error:?}"
    );
    assert_eq!(error.message().0, "vision-amendment-not-a-draft");
    assert_eq!(snapshot(&path), before);
    // Raw SQL meets the trigger.
    let conn = Connection::open(&path).expect("raw");
    let error = conn
        .execute(
            "INSERT INTO vision_amendment (paragraph_id, proposed_by, proposed_at, text_en, reason)
             VALUES (?1, ?2, 'now', 'x', 'y')",
            [paragraph_id, proposed_by],
        )
        .expect_err("refused");
    assert!(error.to_string().contains("frozen version"), "{error}");
    assert_eq!(snapshot(&path), before);
}

#[test]
fn a_frozen_version_refuses_raw_sql_and_changes_nothing() {
    let (_dir, path, store) = demo_store();
    let v3 = store.vision_version(Some(3)).expect("v3");
    drop(store);
    let before = snapshot(&path);
    let conn = Connection::open(&path).expect("raw");
    for sql in [
        "UPDATE vision_paragraph SET text_en = 'changed' WHERE version_id = ?1",
        "UPDATE vision_paragraph SET text_zh = text_zh || '𠮷' WHERE version_id = ?1",
        "DELETE FROM vision_paragraph WHERE version_id = ?1",
        "UPDATE vision_section SET position = position + 10 WHERE version_id = ?1",
        "DELETE FROM vision_section WHERE version_id = ?1",
        "UPDATE vision_version SET note = 'x' WHERE id = ?1",
        "UPDATE vision_version SET state = 'superseded', note = 'x' WHERE id = ?1",
        "UPDATE vision_version SET state = 'draft', adopted_by_question_id = NULL,
            adopted_at = NULL WHERE id = ?1",
        "DELETE FROM vision_version WHERE id = ?1",
        "INSERT INTO vision_section (version_id, position, kind, title_zh, title_en)
            VALUES (?1, 99, 'free', '新', 'New')",
    ] {
        let error = conn.execute(sql, [v3.id]).expect_err(sql);
        assert!(
            error.to_string().contains("concord: vision frozen"),
            "{sql}: {error}"
        );
    }
    let section: i64 = conn
        .query_row(
            "SELECT id FROM vision_section WHERE version_id = ?1 LIMIT 1",
            [v3.id],
            |r| r.get(0),
        )
        .expect("section");
    let error = conn
        .execute(
            "INSERT INTO vision_paragraph (section_id, version_id, position, key, text_en)
             VALUES (?1, ?2, 99, 99, 'sneaked in')",
            [section, v3.id],
        )
        .expect_err("refused");
    assert!(error.to_string().contains("vision frozen"), "{error}");
    assert_eq!(snapshot(&path), before);
    let store = Store::open_existing(&path).expect("reopen");
    assert_eq!(store.vision_version(Some(3)).expect("v3"), v3);
}

#[test]
fn adoption_without_an_adopting_question_is_refused_and_changes_nothing() {
    let (_dir, path, mut store) = demo_store();
    let v4 = store
        .new_vision_version_from_texts(vec![text("新目的。", "A new purpose.", false)], saved("4"))
        .expect("v4");
    assert_eq!(v4.version.number, 4);
    let meeting = store.meetings().expect("meetings")[0].id;
    let questions = store.questions(meeting).expect("questions");
    let rejected = questions
        .iter()
        .find(|q| q.state.outcome.as_ref().and_then(|o| o.adopted()) == Some(false))
        .expect("a rejected question")
        .question
        .id;
    let before = snapshot(&path);
    let error = store
        .adopt_vision_version(4, rejected, at())
        .expect_err("refused");
    assert!(
        matches!(
            error,
            StoreError::Vision(VisionRefusal::Adoption(
                AdoptionRefusal::QuestionDidNotAdopt { .. }
            ))
        ),
        "{error:?}"
    );
    assert_eq!(error.message().0, "vision-adoption-not-adopted");
    assert!(matches!(
        store.adopt_vision_version(4, 99_999, at()),
        Err(StoreError::QuestionNotFound(99_999))
    ));
    assert!(matches!(
        store.adopt_vision_version(2, questions[0].question.id, at()),
        Err(StoreError::Vision(VisionRefusal::Adoption(
            AdoptionRefusal::NotADraft {
                number: 2,
                state: VersionState::Superseded
            }
        )))
    ));
    assert_eq!(snapshot(&path), before);
    // Raw SQL: adopted without a question, by a rejected question, or inserted as adopted.
    let conn = Connection::open(&path).expect("raw");
    for (sql, question) in [
        (
            "UPDATE vision_version SET state = 'adopted', adopted_by_question_id = ?2,
                adopted_at = 'now' WHERE id = ?1",
            rejected,
        ),
        (
            "UPDATE vision_version SET state = 'adopted', adopted_by_question_id = ?2,
                adopted_at = 'now' WHERE id = ?1",
            99_999,
        ),
        (
            "INSERT INTO vision_version (dialogue_id, number, created_by, created_at, next_key,
                state, adopted_by_question_id, adopted_at)
             SELECT id, 9, 'x', 'now', 1, 'adopted', ?2, 'now' FROM dialogue WHERE ?1 > 0",
            questions[0].question.id,
        ),
    ] {
        let error = conn.execute(sql, [v4.id, question]).expect_err(sql);
        assert!(
            error.to_string().contains("vision adoption refused"),
            "{sql}: {error}"
        );
    }
    assert_eq!(snapshot(&path), before);

    // A question that adopted does adopt it, and version 3 is superseded, its text unchanged.
    let v3 = store.vision_version(Some(3)).expect("v3");
    let adopted = store
        .adopt_vision_version(4, questions[0].question.id, at())
        .expect("adopt");
    assert_eq!(adopted.version.state, VersionState::Adopted);
    let superseded = store.vision_version(Some(3)).expect("v3");
    assert_eq!(superseded.version.state, VersionState::Superseded);
    assert_eq!(superseded.version.sections, v3.version.sections);
    assert!(store.verify_audit().expect("verify").is_intact());
}

#[test]
fn an_amendment_is_settled_once_by_the_outcome_of_its_question() {
    let (_dir, path, mut store) = demo_store();
    let pending = store
        .vision_amendments()
        .expect("amendments")
        .into_iter()
        .find(|a| a.status == AmendmentStatus::Pending)
        .expect("pending");
    let meeting = store.meetings().expect("meetings")[0].id;
    let questions = store.questions(meeting).expect("questions");
    let rejected = questions
        .iter()
        .find(|q| q.state.outcome.as_ref().and_then(|o| o.adopted()) == Some(false))
        .expect("rejected")
        .question
        .id;
    let settled = store
        .settle_vision_amendment_by_question(pending.amendment.id, rejected, at())
        .expect("settle");
    assert_eq!(settled.status, AmendmentStatus::Rejected);
    let before = snapshot(&path);
    let again = store
        .settle_vision_amendment_editorially(pending.amendment.id, "typo", at())
        .expect_err("settled once");
    assert!(
        matches!(
            again,
            StoreError::Vision(VisionRefusal::Amendment(
                AmendmentRefusal::AlreadySettled { .. }
            ))
        ),
        "{again:?}"
    );
    let conn = Connection::open(&path).expect("raw");
    let error = conn
        .execute(
            "UPDATE vision_amendment SET status = 'accepted' WHERE id = ?1",
            [pending.amendment.id],
        )
        .expect_err("refused");
    assert!(error.to_string().contains("amendment settled"), "{error}");
    assert_eq!(snapshot(&path), before);
}
