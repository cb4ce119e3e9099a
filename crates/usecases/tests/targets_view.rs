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
    assert_eq!(view.targets.len(), 12);
    assert_eq!(view.charts.len(), 10);
    assert!(view.has_proposals);
    let pm = view
        .targets
        .iter()
        .find(|t| t.subject == "11.6.2" && t.target.starts_with("2030"))
        .unwrap();
    assert_eq!(pm.status, "on-track");
    assert_eq!(pm.status_words, "●●●○ 进展顺利");
    assert_eq!(
        (pm.kind.as_str(), pm.kind_words.as_str()),
        ("fixed-level", "固定水平")
    );
    assert_eq!(pm.sdgs, [11, 3]);
    assert_eq!(pm.sdg_words, "可持续发展目标 11、3");
    assert!(pm.advantages.contains("雾霾"), "{}", pm.advantages);
    assert_eq!((pm.revision, pm.state.as_str()), (1, "proposed"));
    assert_eq!(pm.state_words, "提案，第 1 版");
    assert_eq!((pm.bau.as_str(), pm.gap_value), ("—", None));
    // The dash is explained, never left bare.
    assert_eq!(pm.gap_note, "基准情景不预测此指标。");
    assert!(
        view.targets
            .iter()
            .filter(|t| t.gap_value.is_some())
            .all(|t| t.gap_note.is_empty())
    );
    // The unit in the window's language.
    assert_eq!(pm.unit, "微克/立方米");
    assert!(view.charts[0].svg.starts_with("<svg"));
    let en = stage(&store, None, Language::En).unwrap();
    assert!(en.targets.iter().any(|t| t.subject == "11.6.2"
        && t.gap_note == "The BAU scenario does not project this indicator."));
    assert!(
        en.targets
            .iter()
            .any(|t| t.subject == "11.6.2" && t.unit == "µg/m³")
    );
}

#[test]
fn a_bau_series_shows_the_bau_and_the_gap_and_the_checks_stand_beside() {
    let store = demo();
    let view = stage(&store, None, Language::En).unwrap();
    let emissions = view
        .targets
        .iter()
        .find(|t| t.subject == "emissions")
        .unwrap();
    assert_eq!(emissions.kind, "below-bau");
    assert_eq!(
        emissions.kind_words,
        "Below BAU: −15 % from the scenario “BAU” in 2030"
    );
    let (bau, gap) = (emissions.bau_value.unwrap(), emissions.gap_value.unwrap());
    assert!((gap + 0.15 * bau).abs() < 1e-6, "{bau} {gap}");
    assert!(emissions.gap.starts_with('−'), "{}", emissions.gap);
    assert!(emissions.bau.starts_with("2030: "), "{}", emissions.bau);
    // Carbon intensity's advantages exist only in English: the window says those.
    let carbon = view
        .targets
        .iter()
        .find(|t| t.subject == "carbon_intensity")
        .unwrap();
    assert!(carbon.advantages.contains("green investment"));

    let outcome = |key: &str| {
        view.checks
            .iter()
            .find(|c| c.key == key)
            .map(|c| (c.outcome.as_str(), c.subject.as_str()))
    };
    assert_eq!(
        outcome("apec-energy-intensity-2035"),
        Some(("met", "energy_intensity"))
    );
    assert_eq!(
        outcome("apec-renewables-share-2030"),
        Some(("met", "7.2.1"))
    );
    assert_eq!(
        outcome("cn-carbon-intensity-2030"),
        Some(("not-met", "carbon_intensity"))
    );
    assert_eq!(outcome("cn-non-fossil-share-2030"), Some(("met", "7.2.1")));
    assert_eq!(view.checks.len(), 4);
    let missed = view.checks.iter().find(|c| c.outcome == "not-met").unwrap();
    assert!(missed.words.contains("not met"), "{}", missed.words);
}

#[test]
fn checks_only_for_subjects_with_targets_and_say_what_is_missing() {
    let mut store = demo();
    // The energy-intensity indicator from 2021 only: no value of 2005 to measure APEC's −45 %
    // from. Nothing on shares or carbon intensity: no other check.
    let file = "indicator,baseline_year,baseline_value,target_year,target_value\n\
                7.3.1,2021,6.2,2035,4.0\n";
    import(&mut store, file.as_bytes(), Language::En, at())
        .unwrap()
        .unwrap();
    let view = stage(&store, None, Language::En).unwrap();
    assert_eq!(view.checks.len(), 1, "{:?}", view.checks);
    let check = &view.checks[0];
    assert_eq!(
        (check.key.as_str(), check.outcome.as_str()),
        ("apec-energy-intensity-2035", "cannot-check")
    );
    assert!(
        check.words.contains("7.3.1 in 2005 is missing"),
        "{}",
        check.words
    );
    assert_eq!(check.line_value, None);
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

#[test]
fn without_a_bau_scenario_every_gap_says_why_it_is_missing() {
    use concord_store::{NewTarget, TargetDetails, TargetKind, TargetRow};
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    let target = |subject: &str, year: i32| NewTarget {
        row: TargetRow {
            subject: subject.to_owned(),
            baseline_year: 2020,
            baseline_value: 100.0,
            target_year: year,
            target_value: 80.0,
        },
        details: TargetDetails {
            kind: TargetKind::FixedLevel,
            percent: None,
            sdgs: vec![13],
            advantages_zh: String::new(),
            advantages_en: String::new(),
            bau_scenario: None,
        },
    };
    store
        .propose_targets(&[target("emissions", 2030), target("11.6.2", 2030)], at())
        .unwrap();
    let view = stage(&store, None, Language::En).unwrap();
    assert_eq!(view.targets.len(), 2);
    for t in &view.targets {
        assert_eq!((t.gap.as_str(), t.gap_value), ("—", None));
        assert_eq!(t.gap_note, "No BAU scenario yet to compare with.");
    }
}
