//! Scenarios in the store: import replaces rows as a whole, copies, adoption only through a
//! decided consensus question that adopted, and an adopted scenario frozen against any path.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDateTime;
use concord_domain::bau::{Assumption, Problem, Step, Unit, Variable};
use concord_store::{ScenarioRefusal, Store, StoreError, demo};
use rusqlite::Connection;

fn at() -> NaiveDateTime {
    demo::sample_date().and_hms_opt(10, 0, 0).expect("time")
}

fn obs(variable: Variable, year: i32, value: f64, unit: Unit) -> Assumption {
    Assumption {
        variable,
        year,
        step: Step::Observed { value, unit },
        source: "统计年鉴".into(),
    }
}

fn rows() -> Vec<Assumption> {
    vec![
        obs(Variable::Population, 2005, 528.0, Unit::WanRen),
        Assumption {
            variable: Variable::Population,
            year: 2030,
            step: Step::Growth {
                percent_per_year: 0.3,
            },
            source: String::new(),
        },
        obs(Variable::Gdp, 2005, 500.0, Unit::YiYuan),
        obs(Variable::Energy, 2005, 900.0, Unit::WanDunBiaozhunmei),
        Assumption {
            variable: Variable::Energy,
            year: 2030,
            step: Step::Elasticity {
                driver: Variable::Gdp,
                elasticity: 0.6,
            },
            source: String::new(),
        },
    ]
}

fn demo_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bau.db");
    let mut store = Store::open(&path).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    (dir, path, store)
}

fn question_that(conn: &Connection, adopted: bool) -> i64 {
    conn.query_row(
        "SELECT id FROM question WHERE state = 'decided' AND adopted = ?1 ORDER BY id LIMIT 1",
        [adopted],
        |r| r.get(0),
    )
    .expect("a decided demo question")
}

#[test]
fn an_import_creates_the_bau_and_reads_back_the_same_rows() {
    let (_dir, _path, mut store) = demo_store();
    let bau = store
        .import_scenario(None, &rows(), false, at())
        .expect("import");
    assert!(bau.is_bau);
    assert_eq!(bau.name, "BAU");
    assert_eq!(store.scenario_assumptions(bau.id).expect("rows"), rows());
    // A named scenario next to it is an alternative; a second import replaces its rows whole.
    let low = store
        .import_scenario(Some("低碳"), &rows(), false, at())
        .expect("low");
    assert!(!low.is_bau);
    store
        .import_scenario(Some("低碳"), &rows()[..1], false, at())
        .expect("again");
    assert_eq!(store.scenario_assumptions(low.id).expect("rows").len(), 1);
    let names: Vec<String> = store
        .scenarios()
        .expect("list")
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(
        names,
        ["BAU", concord_store::demo_scenarios::LOW_CARBON, "低碳"]
    );
}

#[test]
fn the_demo_has_an_illustrative_bau_and_a_lower_low_carbon_scenario() {
    use concord_domain::bau::{horizon_end, project};
    let (_dir, _path, store) = demo_store();
    let bau = store.scenario(None).expect("bau");
    let low = store
        .scenario(Some(concord_store::demo_scenarios::LOW_CARBON))
        .expect("low");
    assert!(bau.illustrative && low.illustrative);
    assert_eq!(bau.gdp_price_year, Some(2020));
    let emissions = |id| {
        let p = project(
            &store.scenario_assumptions(id).expect("rows"),
            horizon_end(None),
        )
        .expect("projects");
        p.value(Variable::Emissions, 2030).expect("2030")
    };
    assert!(emissions(low.id) < emissions(bau.id));
}

#[test]
fn rows_that_do_not_project_write_nothing() {
    let (_dir, _path, mut store) = demo_store();
    store
        .import_scenario(None, &rows(), false, at())
        .expect("import");
    let mut bad = rows();
    bad[0] = obs(Variable::Population, 2005, -5.0, Unit::WanRen);
    match store.import_scenario(None, &bad, false, at()) {
        Err(StoreError::Assumptions(errors)) => assert_eq!(errors[0].problem, Problem::Negative),
        other => panic!("{other:?}"),
    }
    let bau = store.scenario(None).expect("bau");
    assert_eq!(store.scenario_assumptions(bau.id).expect("rows"), rows());
}

#[test]
fn an_empty_database_has_no_bau_and_refuses_an_import_without_a_dialogue() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("empty.db")).expect("open");
    assert!(store.scenarios().expect("list").is_empty());
    assert!(matches!(
        store.scenario(None),
        Err(StoreError::Scenario(ScenarioRefusal::NoBau))
    ));
    assert!(matches!(
        store.import_scenario(None, &rows(), false, at()),
        Err(StoreError::NoDialogue)
    ));
}

#[test]
fn a_copy_carries_every_row_and_can_change_alone() {
    let (_dir, _path, mut store) = demo_store();
    let bau = store
        .import_scenario(None, &rows(), false, at())
        .expect("import");
    let copy = store
        .copy_scenario("BAU", "Low carbon", at())
        .expect("copy");
    assert_eq!(copy.copied_from, Some(bau.id));
    assert_eq!(store.scenario_assumptions(copy.id).expect("rows"), rows());
    store
        .import_scenario(Some("Low carbon"), &rows()[..2], false, at())
        .expect("change");
    assert_eq!(store.scenario_assumptions(bau.id).expect("rows"), rows());
    assert!(matches!(
        store.copy_scenario("BAU", "Low carbon", at()),
        Err(StoreError::Scenario(ScenarioRefusal::NameTaken { .. }))
    ));
}

#[test]
fn adoption_needs_a_question_that_adopted_and_then_freezes_the_scenario() {
    let (_dir, path, mut store) = demo_store();
    store
        .import_scenario(None, &rows(), false, at())
        .expect("import");
    let conn = Connection::open(&path).expect("raw");
    let rejected = question_that(&conn, false);
    let adopted = question_that(&conn, true);
    for question in [rejected, 999_999] {
        assert_eq!(
            store
                .adopt_scenario(None, question, at())
                .expect_err("refused")
                .message()
                .0,
            "bau-error-adoption-refused"
        );
    }
    assert!(!store.scenario(None).expect("bau").is_frozen());

    let bau = store.adopt_scenario(None, adopted, at()).expect("adopt");
    assert_eq!(bau.adopted_by_question_id, Some(adopted));
    assert!(matches!(
        store.import_scenario(None, &rows()[..1], false, at()),
        Err(StoreError::Scenario(ScenarioRefusal::Frozen { .. }))
    ));
    // Raw SQL meets the same triggers.
    for sql in [
        "UPDATE scenario_assumption SET value = 1",
        "DELETE FROM scenario_assumption",
        "UPDATE scenario SET name = 'x'",
        "DELETE FROM scenario",
        "UPDATE scenario SET adopted_by_question_id = NULL, adopted_at = NULL",
    ] {
        let error = conn.execute(sql, []).expect_err(sql);
        assert!(
            error.to_string().contains("concord: scenario frozen"),
            "{sql}: {error}"
        );
    }
    conn.execute(
        "INSERT INTO scenario_assumption (scenario_id, position, variable, year, kind, value, unit)
         VALUES (?1, 99, 'gdp', 2040, 'observed', 1, '亿元')",
        [bau.id],
    )
    .expect_err("no new row");
    assert_eq!(store.scenario_assumptions(bau.id).expect("rows"), rows());
    // A copy of the adopted BAU is free to change.
    let copy = store.copy_scenario("BAU", "variant", at()).expect("copy");
    store
        .import_scenario(Some("variant"), &rows()[..1], false, at())
        .expect("change copy");
    assert!(!copy.is_frozen());
}

#[test]
fn an_adoption_cannot_be_slipped_in_with_the_insert() {
    let (_dir, path, mut store) = demo_store();
    store
        .import_scenario(None, &rows(), false, at())
        .expect("import");
    let conn = Connection::open(&path).expect("raw");
    let adopted = question_that(&conn, true);
    let error = conn
        .execute(
            "INSERT INTO scenario (dialogue_id, name, adopted_by_question_id, adopted_at, created_at)
             SELECT id, 'sneaky', ?1, 'now', 'now' FROM dialogue",
            [adopted],
        )
        .expect_err("refused");
    assert!(error.to_string().contains("adoption refused"), "{error}");
}

#[test]
fn a_version_8_database_with_a_dialogue_gains_empty_scenarios() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v8.db");
    {
        // A database written by the build whose schema ended at version 8.
        let mut conn = Connection::open(&path).expect("raw");
        concord_store::migrations::migrate_to(&mut conn, 8).expect("version 8");
    }
    {
        let mut store = Store::open(&path).expect("upgrade");
        store.save_dialogue(&demo::dialogue()).expect("dialogue");
    }
    let mut store = Store::open(&path).expect("upgrade");
    assert_eq!(
        store.schema_version().expect("version"),
        concord_store::migrations::latest_version()
    );
    assert!(store.scenarios().expect("list").is_empty());
    store
        .import_scenario(None, &rows(), false, at())
        .expect("import after upgrade");
    assert!(store.verify_audit().expect("audit").is_intact());
}
