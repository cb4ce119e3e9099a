//! The BAU stage as the window runs it: the demo's stage, a redraw from typed rows with a bad
//! cell, saving all or nothing, a copy drawn beside its source, and a new dialogue's first rows.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use concord_store::Store;
use concord_usecases::bau::GridRow;
use concord_usecases::bau_view::{comparison, copy, preview, save, stage};
use concord_usecases::{Language, UseCaseError};

fn at() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    store
}

fn keys(view: &concord_usecases::bau_view::OutlookView) -> Vec<&str> {
    view.charts.iter().map(|c| c.key.as_str()).collect()
}

#[test]
fn the_demo_stage_draws_every_chart_and_table() {
    let store = demo();
    let view = stage(&store, None, None, Language::En).unwrap();
    assert_eq!(view.scenario.as_ref().unwrap().name, "BAU");
    assert_eq!(view.scenarios.len(), 2);
    assert!(!view.rows.is_empty());
    assert_eq!(
        keys(&view.outlook),
        [
            "population",
            "gdp",
            "energy",
            "emissions",
            "renewables_share",
            "energy_intensity",
            "carbon_intensity",
            "kaya"
        ]
    );
    let svg = &view.outlook.charts[5].svg;
    assert!(
        svg.starts_with("<svg") && svg.contains("APEC 2035"),
        "{svg}"
    );
    assert_eq!(
        view.outlook.milestones.years,
        [2025, 2030, 2035, 2050, 2060]
    );
    assert!(
        view.outlook
            .goals
            .iter()
            .any(|g| g.key == "apec-energy-intensity-2035")
    );
    let zh = stage(&store, None, None, Language::ZhCn).unwrap();
    assert!(zh.outlook.charts[1].svg.contains("地区生产总值"));
}

#[test]
fn a_bad_cell_is_named_and_nothing_is_saved() {
    let mut store = demo();
    let before = stage(&store, None, None, Language::En).unwrap();
    let mut rows = before.rows.clone();
    rows[1].value = "lots".into();
    let view = preview(&rows, "BAU", None, 2060, Language::En);
    assert_eq!(view.problems.len(), 1);
    assert_eq!(
        (view.problems[0].row, view.problems[0].column.as_str()),
        (2, "value")
    );
    assert!(view.charts.is_empty());
    let refused = save(&mut store, "BAU", &rows, None, Language::En, at()).unwrap_err();
    assert!(matches!(refused, UseCaseError::ScenarioRows { ref problems } if problems.len() == 1));
    assert_eq!(
        stage(&store, None, None, Language::En).unwrap().rows,
        before.rows
    );
}

#[test]
fn a_typed_growth_rate_changes_the_2030_value_and_saving_keeps_it() {
    let mut store = demo();
    let before = stage(&store, None, None, Language::En).unwrap();
    let gdp_2030 = |view: &concord_usecases::bau_view::OutlookView| {
        let row = view
            .milestones
            .rows
            .iter()
            .find(|r| r.key == "gdp")
            .unwrap();
        row.values[1].clone()
    };
    let mut rows = before.rows.clone();
    let growth = rows
        .iter_mut()
        .find(|r| r.variable == "gdp" && r.kind == "growth" && r.year == "2030")
        .unwrap();
    growth.value = "8".into();
    let typed = preview(&rows, "BAU", None, 2060, Language::En);
    assert_ne!(gdp_2030(&typed), gdp_2030(&before.outlook));
    let saved = save(&mut store, "BAU", &rows, None, Language::En, at()).unwrap();
    assert_eq!(gdp_2030(&saved.outlook), gdp_2030(&typed));
}

#[test]
fn a_copy_is_drawn_beside_its_source() {
    let mut store = demo();
    let view = copy(&mut store, "BAU", "High growth", Language::En, at()).unwrap();
    assert_eq!(view.scenario.unwrap().name, "High growth");
    assert_eq!(view.compare.as_deref(), Some("BAU"));
    let gdp = &view.outlook.charts[1].svg;
    assert!(
        gdp.contains("High growth") && gdp.contains(">BAU<"),
        "{gdp}"
    );
    assert!(matches!(
        copy(&mut store, "BAU", "  ", Language::En, at()),
        Err(UseCaseError::ScenarioNameEmpty)
    ));
    assert!(comparison(&store, Some("nobody")).is_err());
}

#[test]
fn a_new_dialogue_starts_empty_and_saves_its_first_rows_as_the_bau() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    let empty = stage(&store, None, None, Language::En).unwrap();
    assert!(empty.scenario.is_none() && empty.rows.is_empty());
    assert_eq!(empty.outlook.notes.len(), 5, "{:?}", empty.outlook.notes);
    let row = |variable: &str, value: &str, unit: &str| GridRow {
        variable: variable.into(),
        kind: "observed".into(),
        year: "2023".into(),
        value: value.into(),
        unit: unit.into(),
        ..GridRow::default()
    };
    let rows = [
        row("population", "385.2", "万人"),
        row("gdp", "2,100", "亿元"),
    ];
    let view = save(&mut store, "BAU", &rows, None, Language::En, at()).unwrap();
    assert!(view.scenarios[0].is_bau);
    assert_eq!(keys(&view.outlook), ["population", "gdp"]);
    assert!(
        view.outlook
            .notes
            .iter()
            .any(|n| n.contains("No Final energy consumption yet"))
    );
}

#[test]
fn a_vision_that_is_neutral_after_2060_carries_the_projection_to_its_year() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    let saved = concord_vision::model::Saved {
        by: "focal point".into(),
        at: at(),
        note: String::new(),
    };
    let mut version = concord_vision::model::Version::first_draft(saved);
    version.neutrality_year = Some(2070);
    store.save_vision_version(&version).unwrap();
    let rows = [GridRow {
        variable: "population".into(),
        kind: "observed".into(),
        year: "2023".into(),
        value: "385.2".into(),
        unit: "万人".into(),
        ..GridRow::default()
    }];
    let view = save(&mut store, "BAU", &rows, None, Language::En, at()).unwrap();
    assert_eq!(view.end_year, 2070);
    assert!(
        view.outlook.charts[0].svg.contains("2023–2070"),
        "{}",
        view.outlook.charts[0].title
    );
    assert_eq!(
        stage(&demo(), None, None, Language::En).unwrap().end_year,
        2060
    );
}

#[test]
fn a_scenario_adopted_by_a_decided_question_is_frozen() {
    let mut store = demo();
    let view = stage(&store, Some("Low carbon 低碳"), None, Language::En).unwrap();
    let question = view
        .adopting_questions
        .first()
        .expect("the demo decided a question")
        .id;
    let adopted = concord_usecases::bau_view::adopt(
        &mut store,
        "Low carbon 低碳",
        question,
        Language::En,
        at(),
    )
    .unwrap();
    assert_eq!(
        adopted.scenario.unwrap().adopted_by_question,
        Some(question)
    );
    assert!(adopted.adopting_questions.iter().all(|q| q.id != question));
    let refused = save(
        &mut store,
        "Low carbon 低碳",
        &view.rows[..1],
        None,
        Language::En,
        at(),
    );
    assert!(
        matches!(refused, Err(UseCaseError::Store(_))),
        "{refused:?}"
    );
    let after = stage(&store, Some("Low carbon 低碳"), None, Language::En).unwrap();
    assert_eq!(after.rows, view.rows);
    // A question that decided nothing cannot adopt.
    let undecided =
        concord_usecases::bau_view::adopt(&mut store, "BAU", 999_999, Language::En, at());
    assert!(undecided.is_err());
}
