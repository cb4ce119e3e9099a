//! The Targets stage as the window runs it: the demo's targets with their progress and charts,
//! a refused file that changes nothing, adoption that freezes and uses up its question.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::targets_view::{adopt, import, stage};

fn at() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(11, 0, 0)
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    store
}

#[test]
fn the_demo_stage_shows_each_target_with_its_status_and_a_chart_per_subject() {
    let store = demo();
    let view = stage(&store, None, Language::ZhCn).unwrap();
    assert_eq!(view.targets.len(), 10);
    assert_eq!(view.charts.len(), 8);
    assert!(view.has_proposals);
    let pm = view
        .targets
        .iter()
        .find(|t| t.subject == "11.6.2" && t.target.starts_with("2030"))
        .unwrap();
    assert_eq!(pm.status, "on-track");
    assert_eq!(pm.status_words, "●●●○ 进展顺利");
    assert!(view.charts[0].svg.starts_with("<svg"));
}

#[test]
fn a_refused_file_changes_nothing_and_adoption_freezes() {
    let mut store = demo();
    let before = stage(&store, None, Language::En).unwrap();
    let bad =
        "indicator,baseline_year,baseline_value,target_year,target_value\n11.6.2,2021,44,2019,30\n";
    let refused = import(&mut store, bad.as_bytes(), Language::En, at()).unwrap();
    let problems = refused.unwrap_err();
    assert!(
        problems[0].contains("Row 2, column target_year"),
        "{problems:?}"
    );
    assert_eq!(stage(&store, None, Language::En).unwrap(), before);

    let question = before.adopting_questions[0].id;
    let adopted = adopt(&mut store, question, Language::En, at()).unwrap();
    assert!(!adopted.has_proposals);
    assert!(adopted.targets.iter().all(|t| t.adopted));
    // The question is used up, here and for the BAU.
    assert!(adopted.adopting_questions.iter().all(|q| q.id != question));
    let bau = concord_usecases::bau_view::stage(&store, None, None, Language::En).unwrap();
    assert!(bau.adopting_questions.iter().all(|q| q.id != question));
}
