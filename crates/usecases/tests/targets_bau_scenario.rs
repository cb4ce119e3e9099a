//! A target below the BAU keeps the name of the scenario it was measured against: the BAU when
//! the file names none, the named scenario otherwise; with no BAU scenario at all it is refused
//! and nothing is stored.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::targets::list;
use concord_usecases::targets_view::import;

fn at() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 5)
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

const HEADER: &str = "indicator,baseline_year,baseline_value,target_year,target_value,kind,reduction_percent,bau_scenario\n";

fn below_bau(store: &Store) -> Vec<(String, Option<String>)> {
    list(store)
        .unwrap()
        .into_iter()
        .filter(|t| t.kind == "below-bau")
        .map(|t| (t.indicator, t.bau_scenario))
        .collect()
}

#[test]
fn the_demo_and_an_import_name_the_scenario_they_were_measured_against() {
    let mut store = demo();
    assert_eq!(
        below_bau(&store),
        [("emissions".to_owned(), Some("BAU".to_owned()))]
    );
    store.copy_scenario("BAU", "Low carbon", at()).unwrap();
    // Named in another case and with spaces: kept as the scenario is named.
    let file = format!("{HEADER}emissions,2020,3600,2030,,below-bau,20,\"  low CARBON \"\n");
    import(&mut store, file.as_bytes(), Language::En, at())
        .unwrap()
        .unwrap();
    assert_eq!(
        below_bau(&store),
        [("emissions".to_owned(), Some("Low carbon".to_owned()))]
    );
    // No name: the BAU.
    let file = format!("{HEADER}emissions,2020,3600,2030,,below-bau,20,\n");
    import(&mut store, file.as_bytes(), Language::En, at())
        .unwrap()
        .unwrap();
    assert_eq!(
        below_bau(&store),
        [("emissions".to_owned(), Some("BAU".to_owned()))]
    );
    // Other kinds name none.
    assert!(
        list(&store)
            .unwrap()
            .iter()
            .filter(|t| t.kind != "below-bau")
            .all(|t| t.bau_scenario.is_none())
    );
}

#[test]
fn without_a_bau_scenario_a_below_bau_target_is_refused_and_nothing_changes() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    let file = format!("{HEADER}emissions,2020,3600,2030,3000,below-bau,,\n");
    for (language, words) in [
        (Language::En, "needs a BAU scenario to be measured against"),
        (Language::ZhCn, "需要一个基准情景作为对照"),
    ] {
        let problems = import(&mut store, file.as_bytes(), language, at())
            .unwrap()
            .unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.contains(words) && p.contains('2')),
            "{problems:?}"
        );
    }
    assert!(list(&store).unwrap().is_empty());
}
