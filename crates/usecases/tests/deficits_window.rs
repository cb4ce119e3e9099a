//! The window's Deficits stage, continued: a score's evidence kept with its comment, a new
//! workshop compared with last year's per essential, and a benchmark set, replaced and removed
//! field by field with the flags following at once.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::deficits_view::{
    BenchmarkEntry, new_workshop, remove_benchmark, score_question, set_benchmark, stage,
};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    concord_store::demo::create(&mut store, day).unwrap();
    store
}

fn entry(code: &str, value: &str, kind: &str, year: &str) -> BenchmarkEntry {
    BenchmarkEntry {
        code: code.into(),
        value: value.into(),
        kind: kind.into(),
        year: year.into(),
        source: " WHO 2021 ".into(),
    }
}

#[test]
fn a_score_keeps_its_comment_and_evidence() {
    let mut store = demo();
    let out = score_question(
        &mut store,
        "P2.5",
        1,
        " maps from 2019 ",
        " 市自然资源局 hazard map 2019 ",
        Language::En,
        now(),
    )
    .unwrap();
    let s = out.stage.unwrap();
    let q = s.scorecard.essentials[1]
        .questions
        .iter()
        .find(|q| q.code == "P2.5")
        .unwrap();
    assert_eq!(q.score, Some(1));
    assert_eq!(q.comment, "maps from 2019");
    assert_eq!(q.evidence, "市自然资源局 hazard map 2019");
    // A new score with the evidence emptied empties it: what the window sends is what is kept.
    score_question(
        &mut store,
        "P2.5",
        2,
        "maps from 2019",
        "",
        Language::En,
        now(),
    )
    .unwrap();
    let w = store.workshops().unwrap().last().unwrap().id;
    let stored = store.scores(w).unwrap();
    let p25 = stored.iter().find(|s| s.code == "P2.5").unwrap();
    assert_eq!((p25.score, p25.evidence.as_str()), (2, ""));
    // The demo's own notes come through.
    let s = stage(&store, Language::En).unwrap();
    assert!(
        s.scorecard.essentials[0].questions[0]
            .evidence
            .contains("master plan")
    );
}

#[test]
fn the_demo_compares_this_years_workshop_with_last_years() {
    let store = demo();
    let s = stage(&store, Language::En).unwrap();
    let c = s.scorecard.comparison.as_ref().unwrap();
    assert!(c.earlier.held_on < c.later.held_on);
    assert_eq!(c.essentials.len(), 10);
    assert_eq!(c.max, 141);
    // Last year every third question scored a point lower (none below zero).
    assert!(c.change > 0, "{c:?}");
    assert_eq!(c.change, c.essentials.iter().map(|e| e.change).sum::<i64>());
    assert_eq!(c.later_score, s.scorecard.score);
    let e1 = &c.essentials[0];
    assert_eq!(e1.change, i64::from(e1.later) - i64::from(e1.earlier));
    // Both outlines on the radar, told apart by the day in the legend and by dash.
    assert!(s.scorecard.radar_svg.contains(&c.earlier.held_on));
    assert!(s.scorecard.radar_svg.contains(&c.later.held_on));
    assert!(s.scorecard.radar_svg.contains("stroke-dasharray"));
}

#[test]
fn a_new_workshop_starts_empty_and_compares_with_the_one_before() {
    let mut store = demo();
    let before = stage(&store, Language::En).unwrap().scorecard;
    let s = new_workshop(&mut store, "  ", "preliminary", Language::ZhCn, now())
        .unwrap()
        .stage
        .unwrap();
    let w = s.scorecard.workshop.as_ref().unwrap();
    assert_eq!(w.held_on, "2026-12-04");
    assert!(!w.title.is_empty());
    assert_eq!(s.scorecard.scored, 0);
    let c = s.scorecard.comparison.as_ref().unwrap();
    // Compared with the demo's latest, not with last year's.
    assert_eq!(c.earlier.id, before.workshop.as_ref().unwrap().id);
    assert_eq!(c.earlier_score, before.score);
    assert_eq!(c.later_score, 0);
    // Chinese names in a Chinese window.
    assert!(
        c.essentials[0].name.contains('组'),
        "{}",
        c.essentials[0].name
    );

    let out = score_question(&mut store, "P1.1", 3, "", "", Language::En, now()).unwrap();
    let c = out.stage.unwrap().scorecard.comparison.unwrap();
    assert_eq!(c.later_score, 3);
    assert_eq!(c.essentials[0].later, 3);
}

#[test]
fn a_benchmark_is_set_replaced_and_removed_and_the_flag_follows() {
    let mut store = demo();
    let s = stage(&store, Language::En).unwrap();
    let pm = s.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert_eq!(pm.flag, "deficit");
    assert_eq!(pm.benchmark.as_ref().unwrap().kind_key, "who-guideline");

    // A national line above the city's value: no longer a deficit, at once.
    let out = set_benchmark(
        &mut store,
        &entry("11.6.2", "40", "national-target", "2030"),
        Language::En,
    )
    .unwrap();
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let s = out.stage.unwrap();
    let pm = s.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert_eq!(pm.flag, "met");
    let b = pm.benchmark.as_ref().unwrap();
    assert_eq!(
        (b.value, b.year, b.source.as_str()),
        (40.0, Some(2030), "WHO 2021")
    );
    assert_eq!(b.value_input, "40");

    let s = remove_benchmark(&mut store, "11.6.2", Language::En).unwrap();
    let pm = s.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert_eq!(pm.flag, "no-benchmark");
    assert!(!s.ranking.candidates.iter().any(|c| c.code == "11.6.2") || s.ranking.exists);
    // Removing it again changes nothing and says nothing wrong.
    remove_benchmark(&mut store, "11.6.2", Language::En).unwrap();
}

#[test]
fn a_benchmark_with_problems_is_refused_field_by_field_and_nothing_changes() {
    let mut store = demo();
    let before = store.benchmarks().unwrap();
    let out = set_benchmark(
        &mut store,
        &entry("99.9.9", "abc", "rumour", "1800"),
        Language::En,
    )
    .unwrap();
    assert!(out.stage.is_none());
    let fields: Vec<&str> = out.problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["code", "kind", "year"] {
        assert!(fields.contains(&field), "{fields:?}");
    }
    let out = set_benchmark(
        &mut store,
        &entry("11.6.2", "abc", "who-guideline", ""),
        Language::ZhCn,
    )
    .unwrap();
    assert_eq!(out.problems[0].field, "value");
    assert!(out.problems[0].message.contains("abc"));
    assert!(
        !out.problems[0].message.contains("is not"),
        "not in Chinese"
    );
    assert_eq!(store.benchmarks().unwrap(), before);
}

#[test]
fn an_indicator_known_by_two_codes_keeps_one_benchmark() {
    let mut store = demo();
    // Behind the use case's back: a benchmark kept under the second code of 11.5.1 = 13.1.1.
    store
        .set_benchmark(
            "13.1.1",
            &concord_deficits::Benchmark {
                value: 1.0,
                kind: concord_deficits::BenchmarkKind::PartnerCity,
                year: None,
                source: "raw".into(),
            },
        )
        .unwrap();
    let out = set_benchmark(
        &mut store,
        &entry("13.1.1", "12", "dialogue-own", ""),
        Language::En,
    )
    .unwrap();
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let stored = store.benchmarks().unwrap();
    assert!(stored.contains_key("11.5.1"));
    assert!(!stored.contains_key("13.1.1"));
    assert_eq!(stored["11.5.1"].year, None);
    // A yes-or-no indicator's benchmark takes yes or no.
    let out = set_benchmark(
        &mut store,
        &entry("11.b.2", "是", "national-target", "2030"),
        Language::En,
    )
    .unwrap();
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let s = out.stage.unwrap();
    let yes = s.indicators.iter().find(|i| i.code == "11.b.2").unwrap();
    assert_eq!(yes.benchmark.as_ref().unwrap().value_input, "yes");
    let s = remove_benchmark(&mut store, "13.1.1", Language::En).unwrap();
    assert!(!store.benchmarks().unwrap().contains_key("11.5.1"));
    assert!(s.indicators.iter().any(|i| i.code == "11.5.1"));
}
