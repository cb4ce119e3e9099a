//! The measures' effects as wedges on the progress chart: the demo's emissions chart stacks the
//! measures that cut greenhouse gases under the BAU line, leaves out the cancelled one, and a
//! measure whose effect is in another unit is named under the report's chart, not drawn.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::pdf_text;
use concord_store::{MeasureWrite, Store};
use concord_usecases::Language;
use concord_usecases::progress_report::export_progress;
use concord_usecases::targets_view::stage;

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    store
}

fn emissions_svg(store: &Store, language: Language) -> String {
    let view = stage(store, None, language).unwrap();
    view.charts
        .into_iter()
        .find(|c| c.key == "emissions")
        .unwrap()
        .svg
}

#[test]
fn the_emissions_chart_stacks_the_planned_measures_and_not_the_cancelled_one() {
    let store = demo();
    let svg = emissions_svg(&store, Language::En);
    for code in ["M-01", "M-02", "M-05", "M-07", "M-09", "M-10", "M-11"] {
        assert!(svg.contains(&format!(">{code} ")), "{code} in the legend");
    }
    assert!(!svg.contains("M-12"), "the cancelled measure is not drawn");
    // Measures serving only other subjects are not on this chart.
    assert!(!svg.contains("M-03") && !svg.contains("M-04"));
    // A chart without BAU has no wedges even when measures serve it.
    let view = stage(&store, None, Language::En).unwrap();
    let pm = view.charts.iter().find(|c| c.key == "11.6.2").unwrap();
    assert!(!pm.svg.contains("M-01"));
    let zh = emissions_svg(&store, Language::ZhCn);
    assert!(zh.contains("M-01 城区燃煤锅炉清洁能源替代"), "{zh}");
}

/// Rewrites one demo measure through the store.
fn change(store: &mut Store, code: &str, edit: impl FnOnce(&mut concord_store::MeasureRow)) {
    let mut m = store
        .measures()
        .unwrap()
        .into_iter()
        .find(|m| m.row.code == code)
        .unwrap();
    edit(&mut m.row);
    let at = NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    store
        .write_measures(
            &[MeasureWrite {
                row: m.row,
                progress: None,
            }],
            at,
        )
        .unwrap();
}

#[test]
fn cancelling_a_measure_takes_its_wedge_off() {
    let mut store = demo();
    assert!(emissions_svg(&store, Language::En).contains(">M-01 "));
    change(&mut store, "M-01", |row| {
        row.status = concord_store::MeasureStatus::Cancelled;
    });
    let after = emissions_svg(&store, Language::En);
    assert!(!after.contains(">M-01 ") && after.contains(">M-02 "));
}

#[test]
fn an_effect_in_another_unit_is_named_under_the_chart_not_drawn() {
    let mut store = demo();
    change(&mut store, "M-02", |row| {
        for t in row.targets.iter_mut().filter(|t| t.subject == "emissions") {
            t.effect_unit = "µg/m³".to_owned();
        }
    });
    let svg = emissions_svg(&store, Language::En);
    assert!(!svg.contains(">M-02 ") && svg.contains(">M-01 "));
    let text = pdf_text(
        &export_progress(&store, None, Language::En, None)
            .unwrap()
            .bytes,
    );
    assert!(text.contains("M-02 (µg/m³)"), "{text}");
    let zh = pdf_text(
        &export_progress(&store, None, Language::ZhCn, None)
            .unwrap()
            .bytes,
    );
    assert!(
        zh.contains("未在图中绘出") && zh.contains("M-02 (µg/m³)"),
        "{zh}"
    );
}
