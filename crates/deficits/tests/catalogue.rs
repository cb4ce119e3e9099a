use std::collections::BTreeMap;

use concord_deficits::scorecard::{Level, PRELIMINARY_COUNTS, compare};
use concord_deficits::{Catalogue, CatalogueError, Direction, ScoreError, Scorecard};

#[test]
fn the_builtin_catalogue_loads_with_its_version() {
    let catalogue = Catalogue::builtin().expect("catalogue");
    assert_eq!(catalogue.version, "2025.1");
    for goal in [6, 7, 11, 12, 13] {
        assert!(
            catalogue.indicators.iter().any(|i| i.goal == goal),
            "goal {goal}"
        );
    }
}

#[test]
fn indicators_that_count_countries_or_international_flows_are_hidden() {
    let catalogue = Catalogue::builtin().expect("catalogue");
    for code in [
        "7.a.1", "11.a.1", "11.b.1", "13.1.2", "13.2.1", "13.3.1", "13.a.1", "13.b.1",
    ] {
        let indicator = catalogue
            .find(code)
            .unwrap_or_else(|| panic!("{code} missing"));
        assert!(!indicator.city_reportable, "{code} should be hidden");
        assert!(catalogue.reportable().all(|i| !i.answers_to(code)));
    }
}

#[test]
fn the_city_answers_its_own_disaster_strategy_yes_or_no() {
    let catalogue = Catalogue::builtin().expect("catalogue");
    for code in ["11.b.2", "13.1.3"] {
        let indicator = catalogue.find(code).expect(code);
        assert!(indicator.yes_no && indicator.city_reportable, "{code}");
    }
}

#[test]
fn repeated_indicators_are_one_entry_with_every_code() {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let a = catalogue.find("11.5.1").expect("11.5.1");
    let b = catalogue.find("13.1.1").expect("13.1.1");
    assert_eq!(a, b);
    assert_eq!(a.code(), "11.5.1");
    let every_code: Vec<&String> = catalogue.indicators.iter().flat_map(|i| &i.codes).collect();
    let unique: std::collections::BTreeSet<_> = every_code.iter().collect();
    assert_eq!(
        every_code.len(),
        unique.len(),
        "a code appears in two entries"
    );
}

#[test]
fn the_2025_review_is_followed() {
    let catalogue = Catalogue::builtin().expect("catalogue");
    let loss = catalogue.find("11.5.2").expect("11.5.2");
    assert!(
        loss.name_en.contains("gross domestic product"),
        "{}",
        loss.name_en
    );
    let services = catalogue.find("11.5.3").expect("11.5.3 is new in 2025");
    assert!(services.name_en.contains("critical infrastructure"));
    assert!(
        services.zh_note.is_some(),
        "an unverified Chinese name says so"
    );
    assert!(catalogue.find("7.3.1").expect("7.3.1").needs_ppp_base_year);
}

#[test]
fn every_entry_has_both_names_a_unit_and_a_direction() {
    let catalogue = Catalogue::builtin().expect("catalogue");
    for i in &catalogue.indicators {
        assert!(
            !i.name_en.is_empty() && !i.name_zh.is_empty(),
            "{}",
            i.code()
        );
        assert!(
            i.name_zh
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}",
            i.code()
        );
        assert!(!i.unit.is_empty(), "{}", i.code());
        // A Chinese page writes every worded unit in Chinese; symbols (%, µg/m³ aside) stay.
        let chinese = i.unit_in(true);
        assert!(
            !chinese.chars().any(|c| c.is_ascii_alphabetic()),
            "{}: {chinese}",
            i.code()
        );
    }
    assert_eq!(
        catalogue.find("11.6.2").expect("PM2.5").direction,
        Direction::LowerIsBetter
    );
}

#[test]
fn a_local_indicator_cannot_take_a_code_already_used() {
    let mut catalogue = Catalogue::builtin().expect("catalogue");
    let mut local = catalogue.find("11.6.2").expect("PM2.5").clone();
    local.local = true;
    local.codes = vec!["13.1.1".into()];
    assert_eq!(
        catalogue.add(local.clone()),
        Err(CatalogueError::DuplicateCode("13.1.1".into()))
    );
    local.codes = vec!["WN-1".into()];
    local.name_en = "Share of electric buses".into();
    catalogue.add(local).expect("a new code is accepted");
    assert!(catalogue.find("wn-1").expect("found by code").local);
}

#[test]
fn a_broken_catalogue_file_is_an_error_not_a_panic() {
    assert!(matches!(
        Catalogue::from_json("{"),
        Err(CatalogueError::Malformed(_))
    ));
    let bad_direction = r#"{"version":"x","indicators":[{"codes":["1"],"goal":1,"name_en":"a",
        "name_zh":"甲","unit":"%","direction":"sideways","city":true}]}"#;
    assert!(matches!(
        Catalogue::from_json(bad_direction),
        Err(CatalogueError::Invalid {
            problem: "direction-unknown",
            ..
        })
    ));
}

#[test]
fn the_preliminary_scorecard_has_47_questions_and_a_maximum_of_141() {
    let card = Scorecard::preliminary().expect("scorecard");
    assert_eq!(card.level, Level::Preliminary);
    assert_eq!(card.question_count(), 47);
    assert_eq!(card.max_total(), 141);
    let counts: Vec<usize> = card.essentials.iter().map(|e| e.questions.len()).collect();
    assert_eq!(counts, PRELIMINARY_COUNTS);
    assert_eq!(card.essentials[0].questions[0].code, "P1.1");
    assert_eq!(card.essentials[9].questions[1].code, "P10.2");
    assert_eq!(
        card.essentials[0].name_en,
        "Organise for disaster resilience"
    );
    assert_eq!(card.scale.meanings.len(), 4);
}

#[test]
fn totals_per_essential_and_overall_in_per_cent() {
    let card = Scorecard::preliminary().expect("scorecard");
    let mut scores = BTreeMap::new();
    scores.insert("P1.1".to_string(), 3);
    scores.insert("P1.2".to_string(), 0);
    scores.insert("P10.1".to_string(), 2);
    let totals = card.totals(&scores);
    assert_eq!(totals.essentials[0].score, 3);
    assert_eq!(totals.essentials[0].max, 9);
    assert_eq!(totals.essentials[0].scored, 2);
    assert!((totals.essentials[0].percent - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(totals.score, 5);
    assert_eq!(totals.max, 141);
    assert_eq!(card.deficit_questions(&scores), vec!["P1.2"]);
}

#[test]
fn two_workshops_compare_per_essential() {
    let card = Scorecard::preliminary().expect("scorecard");
    let last_year = card.totals(&BTreeMap::from([("P2.1".to_string(), 1)]));
    let this_year = card.totals(&BTreeMap::from([("P2.1".to_string(), 3)]));
    let change = compare(&last_year, &this_year);
    assert_eq!(change[1], (2, 2));
    assert_eq!(change[0], (1, 0));
}

#[test]
fn scores_outside_the_scale_or_unknown_questions_are_refused() {
    let card = Scorecard::preliminary().expect("scorecard");
    assert!(card.check_score("P8.9", 3).is_ok());
    assert_eq!(
        card.check_score("P8.9", 4),
        Err(ScoreError::OutOfRange {
            code: "P8.9".into(),
            score: 4,
            max: 3
        })
    );
    assert_eq!(
        card.check_score("P8.10", 1),
        Err(ScoreError::UnknownQuestion("P8.10".into()))
    );
}

fn detailed_file(criteria: usize) -> String {
    let mut essentials = Vec::new();
    let per = [12, 12, 12, 12, 12, 12, 12, 12, 12, criteria - 108];
    for (i, n) in per.iter().enumerate() {
        let questions: Vec<String> = (1..=*n)
            .map(|j| {
                format!(
                    r#"{{"code":"D{}.{j}","title_en":"c","title_zh":"准则"}}"#,
                    i + 1
                )
            })
            .collect();
        essentials.push(format!(
            r#"{{"number":{},"name_en":"e","name_zh":"要素","questions":[{}]}}"#,
            i + 1,
            questions.join(",")
        ));
    }
    format!(
        r#"{{"version":"t","level":"detailed","scale":{{"min":0,"max":5,"meanings":[]}},"essentials":[{}]}}"#,
        essentials.join(",")
    )
}

#[test]
fn a_detailed_level_loads_from_a_file_of_117_criteria_scored_0_to_5() {
    let card = Scorecard::from_json(&detailed_file(117)).expect("detailed");
    assert_eq!(card.level, Level::Detailed);
    assert_eq!(card.max_total(), 585);
    assert!(card.check_score("D10.9", 5).is_ok());
    assert!(matches!(
        Scorecard::from_json(&detailed_file(116)),
        Err(ScoreError::Structure(_))
    ));
}

#[test]
fn a_scorecard_file_with_a_repeated_question_code_is_refused() {
    let text = include_str!("../../../assets/catalogue/scorecard-preliminary.json")
        .replace(r#""code": "P8.9","#, r#""code": "P8.8","#);
    assert!(matches!(
        Scorecard::from_json(&text),
        Err(ScoreError::Structure(_))
    ));
}
