//! The detailed level in the window: its criteria loaded from a file (117 criteria scored 0–5),
//! a workshop held at that level and scored 0–5 like the preliminary one, and the files that
//! are not the detailed level refused with nothing changed.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::deficits_view::{
    VoteMethod, load_detailed, new_workshop, open_vote, score_question, stage,
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

/// A detailed level written for the test: the ten essentials with 12 criteria each for the
/// first seven and 11 for the last three (117), placeholder titles. Names are plain ASCII or
/// Chinese, so they need no escaping in JSON.
fn detailed(criteria: usize) -> String {
    let preliminary = concord_deficits::Scorecard::preliminary().unwrap();
    let mut left = criteria;
    let essentials: Vec<String> = preliminary
        .essentials
        .iter()
        .map(|e| {
            let n = if e.number <= 7 { 12 } else { 11 }.min(left);
            left -= n;
            let questions: Vec<String> = (1..=n)
                .map(|i| {
                    format!(
                        r#"{{"code": "D{0}.{i}", "title_en": "Criterion {0}.{i}", "title_zh": "标准 {0}.{i}"}}"#,
                        e.number
                    )
                })
                .collect();
            format!(
                r#"{{"number": {}, "name_en": "{}", "name_zh": "{}", "questions": [{}]}}"#,
                e.number,
                e.name_en,
                e.name_zh,
                questions.join(", ")
            )
        })
        .collect();
    let meanings: Vec<String> = (0..=5)
        .map(|s| format!(r#"{{"score": {s}, "en": "level {s}", "zh": "第 {s} 级"}}"#))
        .collect();
    format!(
        r#"{{"version": "test-detailed", "level": "detailed", "scale": {{"min": 0, "max": 5, "meanings": [{}]}}, "essentials": [{}]}}"#,
        meanings.join(", "),
        essentials.join(", ")
    )
}

#[test]
fn a_detailed_workshop_is_scored_zero_to_five() {
    let mut store = demo();
    // Before the criteria are loaded, no workshop at that level.
    let out = new_workshop(&mut store, "", "detailed", Language::En, now()).unwrap();
    assert_eq!(out.problems[0].field, "level");
    let before = store.workshops().unwrap().len();
    assert_eq!(before, 2);

    let text = detailed(117);
    let out = load_detailed(&mut store, text.as_bytes(), Language::En).unwrap();
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    assert!(out.stage.unwrap().scorecard.detailed_loaded);

    let out = new_workshop(&mut store, "Detailed 2026", "detailed", Language::En, now()).unwrap();
    let card = out.stage.unwrap().scorecard;
    assert_eq!(card.level, "detailed");
    assert_eq!(card.scale_max, 5);
    assert_eq!(card.questions, 117);
    assert_eq!(card.meanings.len(), 6);
    // Nothing to compare with: the preliminary workshops are another level.
    assert!(card.comparison.is_none());

    let out = score_question(&mut store, "D1.1", 5, "", "plan", Language::En, now()).unwrap();
    let card = out.stage.unwrap().scorecard;
    assert_eq!((card.score, card.max), (5, 585));
    // 6 is past the detailed scale, a preliminary code is not one of its criteria.
    let out = score_question(&mut store, "D1.2", 6, "", "", Language::En, now()).unwrap();
    assert_eq!(out.problems[0].field, "score");
    let out = score_question(&mut store, "P1.1", 2, "", "", Language::En, now()).unwrap();
    assert!(out.stage.is_none());
    // A new vote still puts the latest preliminary workshop's deficits to the room.
    let s = open_vote(&mut store, VoteMethod::Dots, 0, Language::En, now()).unwrap();
    assert!(s.ranking.candidates.iter().any(|c| c.code.starts_with('P')));
    assert!(!s.ranking.candidates.iter().any(|c| c.code.starts_with('D')));
}

#[test]
fn a_file_that_is_not_the_detailed_level_is_refused_and_nothing_changes() {
    let mut store = demo();
    for bad in [
        b"\xff\xfe not text".to_vec(),
        b"{ not json".to_vec(),
        detailed(100).into_bytes(),
        include_str!("../../../assets/catalogue/scorecard-preliminary.json")
            .as_bytes()
            .to_vec(),
    ] {
        let out = load_detailed(&mut store, &bad, Language::ZhCn).unwrap();
        assert!(out.stage.is_none());
        assert_eq!(out.problems[0].field, "file");
        assert!(
            out.problems[0]
                .message
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "not in Chinese: {}",
            out.problems[0].message
        );
    }
    let s = stage(&store, Language::En).unwrap();
    assert!(!s.scorecard.detailed_loaded);
    let out = new_workshop(&mut store, "", "detailed", Language::En, now()).unwrap();
    assert!(out.stage.is_none());
}
