//! A target set from the window's form: a new dialogue offers the subjects with no values and
//! needs the baseline typed; a bad value is named at its field with the import's message and
//! nothing changes; a saved proposal shows with its BAU and gap; an adopted target cannot be
//! removed, a proposal can.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::targets_form::{TargetForm, remove, save, subjects};
use concord_usecases::targets_view::stage;

fn now() -> NaiveDateTime {
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

fn new_dialogue() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    store
}

fn pm25() -> TargetForm {
    TargetForm {
        subject: "11.6.2".into(),
        baseline_year: "2021".into(),
        baseline_value: "48".into(),
        kind: "fixed-level".into(),
        value_2030: "35".into(),
        mid_year: "2050".into(),
        value_mid: "15".into(),
        sdgs: vec![11, 3],
        advantages_zh: "更少的雾霾天".into(),
        advantages_en: "Fewer smog days".into(),
        ..TargetForm::default()
    }
}

#[test]
fn a_new_dialogue_offers_subjects_without_values_and_needs_the_baseline_typed() {
    let mut store = new_dialogue();
    let offered = subjects(&store, Language::En).unwrap();
    let pm = offered.iter().find(|s| s.key == "11.6.2").unwrap();
    assert_eq!(
        (pm.group.as_str(), pm.latest_value, pm.goal),
        ("indicator", None, Some(11))
    );
    assert!(
        offered
            .iter()
            .any(|s| s.group == "series" && s.key == "emissions")
    );
    let form = TargetForm {
        baseline_value: String::new(),
        ..pm25()
    };
    let problems = save(&mut store, &form, Language::En, now())
        .unwrap()
        .unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "baselineValue");
    assert_eq!(problems[0].message, "This cell is empty; it needs a value.");
    assert!(store.current_targets().unwrap().is_empty());
}

#[test]
fn the_demo_offers_flagged_deficits_first_with_their_latest_value() {
    let store = demo();
    let offered = subjects(&store, Language::ZhCn).unwrap();
    assert_eq!(offered[0].group, "deficit");
    // In the order the room ranked the deficits.
    let ranking = concord_usecases::deficits::summary(&store)
        .unwrap()
        .ranking
        .unwrap();
    let first = ranking.items.iter().min_by_key(|i| i.rank).unwrap();
    assert_eq!(offered[0].key, first.code);
    let pm = offered.iter().find(|s| s.key == "11.6.2").unwrap();
    assert_eq!(pm.group, "deficit");
    assert!(pm.latest_value.is_some() && pm.latest_year.is_some());
    assert!(pm.name.starts_with("11.6.2 "), "{}", pm.name);
    let first_other = offered.iter().position(|s| s.group != "deficit").unwrap();
    assert!(offered[first_other..].iter().all(|s| s.group != "deficit"));
}

#[test]
fn a_bad_value_is_named_at_its_field_in_the_window_language_and_nothing_changes() {
    let mut store = demo();
    let before = store.current_targets().unwrap();
    let form = TargetForm {
        value_2030: "三十五".into(),
        mid_year: "2045".into(),
        percent_mid: "12".into(),
        ..pm25()
    };
    let problems = save(&mut store, &form, Language::ZhCn, now())
        .unwrap()
        .unwrap_err();
    let at = |field: &str| {
        problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.clone())
            .unwrap_or_default()
    };
    assert!(at("value2030").contains("三十五"), "{problems:?}");
    assert!(at("midYear").contains("2050"), "{problems:?}");
    assert!(!at("percentMid").is_empty(), "{problems:?}");
    assert_eq!(store.current_targets().unwrap(), before);

    let below_first = TargetForm {
        baseline_year: "2031".into(),
        ..pm25()
    };
    let problems = save(&mut store, &below_first, Language::En, now())
        .unwrap()
        .unwrap_err();
    assert_eq!(problems[0].field, "baselineYear");
    assert_eq!(
        problems[0].message,
        "The target year must come after the baseline year."
    );
    assert_eq!(store.current_targets().unwrap(), before);
}

#[test]
fn a_saved_proposal_replaces_the_subjects_own_and_shows_with_its_bau_and_gap() {
    let mut store = demo();
    let others_before = store
        .current_targets()
        .unwrap()
        .into_iter()
        .filter(|t| t.row.subject != "11.6.2" && t.row.subject != "emissions")
        .count();
    let view = save(&mut store, &pm25(), Language::En, now())
        .unwrap()
        .unwrap();
    let pm: Vec<_> = view
        .targets
        .iter()
        .filter(|t| t.subject == "11.6.2")
        .collect();
    assert_eq!(pm.len(), 2);
    assert_eq!(pm[1].target, "2050: 15.00");
    assert_eq!(pm[0].sdgs, [11, 3]);
    assert_eq!(pm[0].advantages, "Fewer smog days");
    assert_eq!(pm[0].state, "proposed");

    // A BAU series: the form's per cent resolves on the BAU, and the gap is shown.
    let emissions = TargetForm {
        subject: "emissions".into(),
        baseline_year: "2020".into(),
        baseline_value: "5000".into(),
        kind: "below-bau".into(),
        value_2030: String::new(),
        percent_2030: "20".into(),
        value_mid: String::new(),
        percent_mid: "80".into(),
        sdgs: vec![13],
        ..pm25()
    };
    let view = save(&mut store, &emissions, Language::En, now())
        .unwrap()
        .unwrap();
    let rows: Vec<_> = view
        .targets
        .iter()
        .filter(|t| t.subject == "emissions")
        .collect();
    assert_eq!(rows.len(), 2);
    let bau = rows[0].bau_value.unwrap();
    let gap = rows[0].gap_value.unwrap();
    assert!((gap + bau * 0.2).abs() < bau * 1e-6, "gap {gap} bau {bau}");
    assert!(rows[0].gap.starts_with('−'), "{}", rows[0].gap);
    let others_after = view
        .targets
        .iter()
        .filter(|t| t.subject != "11.6.2" && t.subject != "emissions")
        .count();
    assert_eq!(others_after, others_before);
}

#[test]
fn a_proposal_is_removed_but_an_adopted_target_is_refused() {
    let mut store = demo();
    let view = save(&mut store, &pm25(), Language::En, now())
        .unwrap()
        .unwrap();
    let id = view
        .targets
        .iter()
        .find(|t| t.subject == "11.6.2")
        .unwrap()
        .id;
    let view = remove(&mut store, id, Language::En).unwrap();
    assert_eq!(
        view.targets
            .iter()
            .filter(|t| t.subject == "11.6.2")
            .count(),
        1
    );

    let question = view.adopting_questions.first().unwrap().id;
    let adopted =
        concord_usecases::targets_view::adopt(&mut store, question, Language::En, now()).unwrap();
    let id = adopted.targets[0].id;
    assert!(remove(&mut store, id, Language::En).is_err());
    assert_eq!(
        stage(&store, None, Language::En).unwrap().targets,
        adopted.targets
    );
}
