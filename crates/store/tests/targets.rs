//! Target revisions: the demo's proposals are revision 1; adopted, they freeze; an import then
//! proposes revision 2, adopted by another decided question; the schema refuses a change to
//! revision 1, an adoption by an undecided question, a kind it does not know and goals outside
//! 1–17 — through the store and through raw SQL alike.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDateTime;
use concord_store::{
    NewTarget, Store, StoreError, TargetDetails, TargetKind, TargetRefusal, TargetRow, demo,
};
use rusqlite::Connection;

fn at() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-24 10:00:00", "%Y-%m-%d %H:%M:%S").unwrap()
}

fn demo_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("targets.db");
    let mut store = Store::open(&path).unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    (dir, path, store)
}

/// The decided questions that adopted, in order.
fn adopting_questions(conn: &Connection) -> Vec<i64> {
    let mut stmt = conn
        .prepare("SELECT id FROM question WHERE state = 'decided' AND adopted = 1 ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn undecided_question(conn: &Connection) -> i64 {
    conn.query_row(
        "SELECT id FROM question WHERE NOT (state = 'decided' AND adopted = 1) ORDER BY id LIMIT 1",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

fn pm25(value: f64, sdgs: Vec<u8>) -> NewTarget {
    NewTarget {
        row: TargetRow {
            subject: "11.6.2".into(),
            baseline_year: 2021,
            baseline_value: 44.0,
            target_year: 2030,
            target_value: value,
        },
        details: TargetDetails {
            kind: TargetKind::BaseYearReduction,
            percent: Some((1.0 - value / 44.0) * 100.0),
            sdgs,
            advantages_zh: "少雾霾".into(),
            advantages_en: "Less smog".into(),
            bau_scenario: None,
        },
    }
}

#[test]
fn the_demo_proposes_revision_1_with_kinds_sdgs_and_advantages() {
    let (_dir, _path, store) = demo_store();
    let targets = store.targets().unwrap();
    assert_eq!(targets.len(), 12);
    assert!(targets.iter().all(|t| t.revision == 1 && !t.is_adopted()));
    assert_eq!(store.open_target_revision().unwrap(), 1);
    let kinds: Vec<TargetKind> = targets.iter().map(|t| t.details.kind).collect();
    for kind in [
        TargetKind::FixedLevel,
        TargetKind::BaseYearReduction,
        TargetKind::BelowBau,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing");
    }
    let pm = targets
        .iter()
        .find(|t| t.row.subject == "11.6.2" && t.row.target_year == 2030)
        .unwrap();
    assert_eq!(pm.details.sdgs, [11, 3]);
    assert!(pm.details.advantages_zh.contains("雾霾"));
    assert!(pm.details.advantages_en.contains("smog"));
    // Below the BAU: the stored value is the resolved one, 15 % under the BAU's 2030.
    let emissions = targets
        .iter()
        .find(|t| t.row.subject == "emissions")
        .unwrap();
    assert_eq!(emissions.details.percent, Some(15.0));
    assert!(emissions.row.target_value > 3600.0, "{emissions:?}");
}

#[test]
fn a_revision_is_adopted_then_revised_and_adopted_again() {
    let (_dir, path, mut store) = demo_store();
    let conn = Connection::open(&path).unwrap();
    let questions = adopting_questions(&conn);
    assert!(
        questions.len() >= 2,
        "the demo needs two adopting questions"
    );

    assert_eq!(store.adopt_targets(questions[0], at()).unwrap(), 12);
    assert_eq!(store.open_target_revision().unwrap(), 2);
    let adopted = store.targets().unwrap();

    // Revision 2: a stricter PM2.5 target, proposed beside the adopted revision 1.
    store
        .propose_targets(&[pm25(30.0, vec![11, 3])], at())
        .unwrap();
    let current = store.current_targets().unwrap();
    assert_eq!(current.len(), 13, "12 adopted and 1 proposal");
    let proposal = current.iter().find(|t| !t.is_adopted()).unwrap();
    assert_eq!((proposal.revision, proposal.row.target_value), (2, 30.0));
    // A second import replaces the proposal, never the adopted set.
    store
        .propose_targets(&[pm25(28.0, vec![11])], at())
        .unwrap();
    let all = store.targets().unwrap();
    assert_eq!(all.len(), 13);
    assert_eq!(&all[..12], &adopted[..]);

    // The question that adopted revision 1 cannot adopt revision 2.
    assert!(matches!(
        store.adopt_targets(questions[0], at()).unwrap_err(),
        StoreError::Target(TargetRefusal::AdoptionRefused { question_id })
            if question_id == questions[0]
    ));
    assert_eq!(store.adopt_targets(questions[1], at()).unwrap(), 1);
    let current = store.current_targets().unwrap();
    assert_eq!(current.len(), 1, "revision 2 replaces revision 1");
    assert_eq!(
        (current[0].revision, current[0].adopted_by_question_id),
        (2, Some(questions[1]))
    );
    assert_eq!(store.targets().unwrap().len(), 13, "revision 1 is kept");
    assert_eq!(store.open_target_revision().unwrap(), 3);
}

#[test]
fn raw_sql_cannot_change_an_adopted_revision_nor_slip_into_it() {
    let (_dir, path, mut store) = demo_store();
    let conn = Connection::open(&path).unwrap();
    let question = adopting_questions(&conn)[0];
    store.adopt_targets(question, at()).unwrap();
    let before = store.targets().unwrap();
    for sql in [
        "UPDATE target SET target_value = 1 WHERE revision = 1",
        "UPDATE target SET advantages_en = 'changed'",
        "UPDATE target SET revision = 5",
        "DELETE FROM target",
    ] {
        let error = conn.execute(sql, []).unwrap_err().to_string();
        assert!(error.contains("concord: target frozen"), "{sql}: {error}");
    }
    // A new row in the adopted revision, or adopted on insert, is refused.
    let insert = |revision: i64, question: &str| {
        conn.execute(
            &format!(
                "INSERT INTO target (dialogue_id, revision, subject, baseline_year, baseline_value,
                 target_year, target_value, adopted_by_question_id, adopted_at, created_at)
                 VALUES (1, {revision}, '6.1.1', 2021, 93, 2040, 99, {question},
                 CASE WHEN {question} IS NULL THEN NULL ELSE '2026-11-24' END, '2026-11-24')"
            ),
            [],
        )
        .unwrap_err()
        .to_string()
    };
    assert!(insert(1, "NULL").contains("concord: target frozen"));
    assert!(insert(2, &question.to_string()).contains("concord: target adoption refused"));
    drop(conn);
    assert_eq!(store.targets().unwrap(), before);
}

#[test]
fn adoption_needs_a_decided_question_that_adopted() {
    let (_dir, path, mut store) = demo_store();
    let conn = Connection::open(&path).unwrap();
    let undecided = undecided_question(&conn);
    assert!(matches!(
        store.adopt_targets(undecided, at()).unwrap_err(),
        StoreError::Target(TargetRefusal::AdoptionRefused { question_id })
            if question_id == undecided
    ));
    let raw = conn
        .execute(
            "UPDATE target SET adopted_by_question_id = ?1, adopted_at = '2026-11-24'",
            [undecided],
        )
        .unwrap_err()
        .to_string();
    assert!(raw.contains("concord: target adoption refused"), "{raw}");
    drop(conn);
    assert!(store.targets().unwrap().iter().all(|t| !t.is_adopted()));
}

#[test]
fn goals_outside_1_to_17_and_unknown_kinds_are_refused() {
    let (_dir, path, mut store) = demo_store();
    let before = store.targets().unwrap();
    assert!(matches!(
        store
            .propose_targets(&[pm25(30.0, vec![11, 18])], at())
            .unwrap_err(),
        StoreError::Target(TargetRefusal::SdgOutOfRange)
    ));
    assert_eq!(store.targets().unwrap(), before, "nothing saved");
    let conn = Connection::open(&path).unwrap();
    for sdgs in [
        "'[0]'",
        "'[11, 18]'",
        "'[\"11\"]'",
        "'11'",
        "'not json'",
        "NULL",
    ] {
        let error = conn
            .execute(&format!("UPDATE target SET sdgs = {sdgs}"), [])
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("concord: target sdgs out of range"),
            "{sdgs}: {error}"
        );
    }
    for (kind, percent) in [
        ("'below-target'", "NULL"),
        ("'fixed-level'", "10"),
        ("'base-year-reduction'", "250"),
    ] {
        let error = conn
            .execute(
                &format!("UPDATE target SET kind = {kind}, percent = {percent}"),
                [],
            )
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("concord: target kind unknown"),
            "{kind}: {error}"
        );
    }
    conn.execute("UPDATE target SET sdgs = '[1, 17]'", [])
        .expect("goals 1 and 17 are goals");
}

#[test]
fn the_refusals_have_messages_in_both_languages() {
    for refusal in [
        TargetRefusal::Frozen,
        TargetRefusal::AdoptionRefused { question_id: 3 },
        TargetRefusal::NothingToAdopt,
        TargetRefusal::UnknownKind,
        TargetRefusal::SdgOutOfRange,
    ] {
        let (id, _) = refusal.message();
        for locale in [concord_i18n::Locale::En, concord_i18n::Locale::ZhCn] {
            let i18n = concord_i18n::I18n::new(locale);
            let text = i18n.msg(id);
            assert!(!text.is_empty() && text != id, "{id} in {locale:?}");
        }
    }
}

#[test]
fn a_version_18_database_keeps_its_targets_as_revisions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut store = Store::open(&path).unwrap();
        demo::create(&mut store, demo::sample_date()).unwrap();
    }
    // Rebuild the file at version 18 with one adopted and one proposed target.
    let old = dir.path().join("v18.db");
    {
        let mut conn = Connection::open(&old).unwrap();
        concord_store::migrations::migrate_to(&mut conn, 18).unwrap();
        conn.execute(
            "INSERT INTO dialogue (city_zh, city_en, economy, fp_family_name, fp_first_name,
             fp_title, fp_administration, fp_economy, fp_postal_address, fp_email, hlr_name,
             hlr_title) VALUES ('渭南', 'Weinan', 'China', 'Li', 'Jianguo', 'Director', 'Gov',
             'China', 'Street', 'li@weinan.gov.cn', 'Wang', 'Mayor')",
            [],
        )
        .unwrap();
        conn.execute_batch(
            "INSERT INTO target (dialogue_id, subject, baseline_year, baseline_value, target_year,
                 target_value, created_at)
             VALUES (1, '11.6.2', 2021, 44, 2030, 35, '2026-11-23'),
                    (1, '6.1.1', 2021, 93, 2030, 95, '2026-11-23');",
        )
        .unwrap();
    }
    let store = Store::open(&old).unwrap();
    let targets = store.targets().unwrap();
    assert_eq!(targets.len(), 2);
    assert!(targets.iter().all(|t| t.revision == 1
        && t.details.kind == TargetKind::FixedLevel
        && t.details.sdgs.is_empty()));
    assert_eq!(targets[0].row.target_value, 35.0);
}

#[test]
fn raw_sql_cannot_name_a_scenario_for_a_target_that_is_not_below_the_bau() {
    let (_dir, path, store) = demo_store();
    let conn = Connection::open(&path).unwrap();
    let named: Vec<(String, Option<String>)> = conn
        .prepare("SELECT kind, bau_scenario FROM target ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        named
            .iter()
            .any(|(k, s)| k == "below-bau" && s.as_deref() == Some("BAU"))
    );
    assert!(
        named
            .iter()
            .filter(|(k, _)| k != "below-bau")
            .all(|(_, s)| s.is_none())
    );
    let before = store.targets().unwrap();
    for (kind, scenario) in [("fixed-level", "'BAU'"), ("below-bau", "'  '")] {
        let error = conn
            .execute(
                &format!(
                    "INSERT INTO target (dialogue_id, revision, subject, baseline_year,
                     baseline_value, target_year, target_value, kind, bau_scenario, created_at)
                     VALUES (1, 2, '6.3.1', 2020, 1, 2030, 2, '{kind}', {scenario}, '2026-12-05')"
                ),
                [],
            )
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("concord: target bau scenario"),
            "{kind}: {error}"
        );
    }
    assert_eq!(store.targets().unwrap(), before);
}
