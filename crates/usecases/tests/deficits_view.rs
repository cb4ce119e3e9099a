//! The Deficits stage as the window shows it, from the demo and from a new dialogue: a value
//! typed with its problems by field, a file checked and imported all or nothing, a scorecard
//! question scored, a dot vote recorded and closed.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::deficits_view::{
    ValueEntry, VoteMethod, check_import, close_vote, enter_value, import_values, open_vote,
    record_dots, score_question, stage,
};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, day()).unwrap();
    store
}

fn new_dialogue() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    store
}

/// A GB18030 file with Chinese headers; its row 3 has a year written in Chinese numerals.
const GB18030_BAD: &[u8] = b"\xd6\xb8\xb1\xea\xb4\xfa\xc2\xeb,\xc4\xea\xb7\xdd,\xca\xfd\xd6\xb5,\xb5\xa5\xce\xbb,\xc0\xb4\xd4\xb4,\xb1\xb8\xd7\xa2\n11.6.2,2024,35,,\xca\xd0\xc9\xfa\xcc\xac\xbb\xb7\xbe\xb3\xbe\xd6,\n7.2.1,\xb6\xfe\xa9\x96\xb6\xfe\xcb\xc4,13.1,,\xca\xd0\xcd\xb3\xbc\xc6\xbe\xd6,\n";

fn fixed() -> Vec<u8> {
    // The same file with the year of row 3 written in digits.
    let bad: &[u8] = b"\xb6\xfe\xa9\x96\xb6\xfe\xcb\xc4";
    let at = GB18030_BAD
        .windows(bad.len())
        .position(|w| w == bad)
        .unwrap();
    let mut out = GB18030_BAD[..at].to_vec();
    out.extend_from_slice(b"2024");
    out.extend_from_slice(&GB18030_BAD[at + bad.len()..]);
    out
}

#[test]
fn the_demo_stage_shows_values_flags_the_scorecard_and_the_ranking() {
    let store = demo();
    let s = stage(&store, Language::En).unwrap();
    assert_eq!(s.indicators.len(), 15);
    let pm = s.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert_eq!(pm.flag, "deficit");
    assert_eq!(pm.year, Some(2023));
    assert_eq!(pm.years, 3);
    assert_eq!(pm.value_text, "38");
    assert!(pm.gap_text.starts_with("33 µg/m³"), "{}", pm.gap_text);
    assert_eq!(pm.benchmark.as_ref().unwrap().kind, "WHO guideline");
    let yes = s.indicators.iter().find(|i| i.code == "11.b.2").unwrap();
    assert_eq!(yes.value_text, "yes");
    assert!(
        s.catalogue
            .iter()
            .any(|c| c.code == "7.3.1" && c.needs_ppp_base_year)
    );
    assert!(!s.catalogue.iter().any(|c| c.code == "11.a.1"));

    let card = &s.scorecard;
    assert!(card.workshop.is_some());
    assert_eq!((card.scored, card.questions, card.max), (47, 47, 141));
    assert_eq!(card.essentials.len(), 10);
    assert_eq!(card.essentials[7].questions.len(), 9);
    assert_eq!(card.meanings.len(), 4);
    assert!(card.radar_svg.starts_with("<svg"));

    let ranking = &s.ranking;
    assert!(ranking.exists && !ranking.open);
    assert_eq!(ranking.dots_each, 8);
    assert_eq!(
        ranking.voters.iter().filter(|v| !v.dots.is_empty()).count(),
        20
    );
    assert_eq!(ranking.result.len(), ranking.candidates.len());
    assert!(
        ranking
            .result
            .windows(2)
            .all(|w| w[0].points >= w[1].points)
    );
    assert!(!ranking.by_sector.is_empty() && !ranking.by_helix.is_empty());
    assert!(ranking.bar_svg.starts_with("<svg"));

    let zh = stage(&store, Language::ZhCn).unwrap();
    let pm = zh.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert!(pm.name.contains("细颗粒物"), "{}", pm.name);
    assert!(pm.gap_text.contains("参照值"), "{}", pm.gap_text);
    // A per cent as Chinese writes it, its share of the benchmark to a tenth, as in the report.
    let water = zh.indicators.iter().find(|i| i.code == "6.1.1").unwrap();
    assert_eq!(water.gap_text, "3.8% (参照值的 3.8%)");
    let en = stage(&store, Language::En).unwrap();
    let water = en.indicators.iter().find(|i| i.code == "6.1.1").unwrap();
    assert!(water.gap_text.starts_with("3.8 % ("), "{}", water.gap_text);
}

#[test]
fn a_new_dialogue_has_an_empty_stage_that_still_lists_the_catalogue() {
    let store = new_dialogue();
    let s = stage(&store, Language::ZhCn).unwrap();
    assert!(s.indicators.is_empty());
    assert!(s.catalogue.len() > 20);
    assert!(s.scorecard.workshop.is_none());
    assert_eq!(s.scorecard.scored, 0);
    assert_eq!(s.scorecard.essentials.len(), 10);
    assert!(s.scorecard.radar_svg.starts_with("<svg"));
    assert!(!s.ranking.exists);
    assert!(s.ranking.candidates.is_empty());
    assert!(s.ranking.bar_svg.is_empty());
}

#[test]
fn a_typed_value_is_checked_by_field_and_saved_once() {
    let mut store = new_dialogue();
    let bad = ValueEntry {
        code: "99.9.9".into(),
        year: "二〇二四".into(),
        value: "many".into(),
        ..ValueEntry::default()
    };
    let out = enter_value(&mut store, &bad, false, Language::ZhCn).unwrap();
    assert!(out.stage.is_none());
    let fields: Vec<&str> = out.problems.iter().map(|p| p.field.as_str()).collect();
    assert!(
        fields.contains(&"code") && fields.contains(&"year"),
        "{fields:?}"
    );
    let year = out.problems.iter().find(|p| p.field == "year").unwrap();
    assert!(year.message.contains("二〇二四"), "{}", year.message);
    assert!(store.indicator_values().unwrap().is_empty());

    let unit = ValueEntry {
        code: "11.6.2".into(),
        year: "2024".into(),
        value: "35".into(),
        unit: "mg".into(),
        ..ValueEntry::default()
    };
    let out = enter_value(&mut store, &unit, false, Language::En).unwrap();
    assert_eq!(out.problems[0].field, "unit");
    assert!(out.problems[0].message.contains("µg/m³"));

    let good = ValueEntry {
        unit: String::new(),
        source: "City environment bureau".into(),
        ..unit
    };
    let out = enter_value(&mut store, &good, false, Language::En).unwrap();
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let s = out.stage.unwrap();
    let pm = s.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert_eq!((pm.value, pm.flag.as_str()), (Some(35.0), "no-benchmark"));
    assert_eq!(pm.unit, "µg/m³");

    let again = ValueEntry {
        value: "34".into(),
        ..good.clone()
    };
    let out = enter_value(&mut store, &again, false, Language::En).unwrap();
    assert_eq!(out.problems[0].field, "year");
    assert_eq!(store.indicator_values().unwrap()[0].value, 35.0);
    let out = enter_value(&mut store, &again, true, Language::En).unwrap();
    assert!(out.problems.is_empty());
    assert_eq!(store.indicator_values().unwrap()[0].value, 34.0);

    let ppp = ValueEntry {
        code: "7.3.1".into(),
        year: "2023".into(),
        value: "4.2".into(),
        ..ValueEntry::default()
    };
    let out = enter_value(&mut store, &ppp, false, Language::En).unwrap();
    assert_eq!(out.problems[0].field, "pppBaseYear");
}

#[test]
fn a_gb18030_file_with_a_bad_row_is_refused_whole_then_imported_once_fixed() {
    let mut store = demo();
    let before = store.indicator_values().unwrap().len();
    let (check, _) = check_import(&store, GB18030_BAD, false, Language::ZhCn).unwrap();
    assert_eq!(check.format, "csv");
    assert_eq!(check.rows, 2);
    assert_eq!(check.problems.len(), 1, "{:?}", check.problems);
    let p = &check.problems[0];
    assert_eq!((p.row, p.column.as_str()), (3, "年份"));
    assert!(p.reason.contains("二〇二四"), "{}", p.reason);

    let out = import_values(&mut store, GB18030_BAD, false, Language::En).unwrap();
    assert!(!out.written);
    assert_eq!(store.indicator_values().unwrap().len(), before);

    let (check, _) = check_import(&store, &fixed(), false, Language::En).unwrap();
    assert!(check.problems.is_empty(), "{:?}", check.problems);
    assert_eq!((check.add, check.update), (2, 0));
    let out = import_values(&mut store, &fixed(), false, Language::En).unwrap();
    assert!(out.written);
    assert_eq!(out.add, 2);
    assert_eq!(store.indicator_values().unwrap().len(), before + 2);
    let s = stage(&store, Language::En).unwrap();
    let pm = s.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert_eq!(pm.year, Some(2024));

    // The same file again: each row is already stored, and nothing changes…
    let out = import_values(&mut store, &fixed(), false, Language::En).unwrap();
    assert!(!out.written);
    assert_eq!(out.problems.len(), 2);
    assert_eq!(out.problems[0].row, 2);
    // …unless the person asks to replace them.
    let out = import_values(&mut store, &fixed(), true, Language::En).unwrap();
    assert!(out.written && out.update == 2);
    assert_eq!(store.indicator_values().unwrap().len(), before + 2);
}

#[test]
fn a_file_that_is_not_a_table_is_one_problem() {
    let store = new_dialogue();
    let (check, _) = check_import(&store, b"PK\x03\x04 broken", false, Language::En).unwrap();
    assert_eq!(check.format, "xlsx");
    assert_eq!(check.problems.len(), 1);
    assert_eq!(check.problems[0].row, 0);
    let (check, _) = check_import(&store, b"year,value\n2024,1\n", false, Language::En).unwrap();
    assert_eq!(check.problems[0].column, "code");
}

#[test]
fn scoring_a_new_dialogue_opens_a_workshop() {
    let mut store = new_dialogue();
    let out = score_question(
        &mut store,
        "P1.1",
        2,
        " plan adopted ",
        "",
        Language::En,
        now(),
    )
    .unwrap();
    let s = out.stage.unwrap();
    let w = s.scorecard.workshop.as_ref().unwrap();
    assert_eq!(w.held_on, "2026-12-04");
    assert_eq!(s.scorecard.scored, 1);
    assert_eq!(s.scorecard.score, 2);
    let q = &s.scorecard.essentials[0].questions[0];
    assert_eq!((q.score, q.comment.as_str()), (Some(2), "plan adopted"));
    score_question(&mut store, "P1.2", 0, "", "", Language::En, now()).unwrap();
    let out = score_question(&mut store, "P1.1", 3, "", "", Language::En, now()).unwrap();
    let s = out.stage.unwrap();
    assert_eq!((s.scorecard.scored, s.scorecard.score), (2, 3));
    assert_eq!(store.workshops().unwrap().len(), 1);
    assert!(s.scorecard.radar_svg.contains("Resilience workshop"));
    // A question scored 0 is a deficit the room may rank.
    assert!(s.ranking.candidates.iter().any(|c| c.code == "P1.2"));

    let out = score_question(&mut store, "P1.1", 4, "", "", Language::En, now()).unwrap();
    assert!(out.stage.is_none());
    assert_eq!(out.problems[0].field, "score");
    let out = score_question(&mut store, "P99.1", 1, "", "", Language::En, now()).unwrap();
    assert_eq!(out.problems[0].field, "score");
}

#[test]
fn a_dot_vote_is_opened_recorded_per_person_and_closed() {
    let mut store = demo();
    let s = open_vote(&mut store, VoteMethod::Dots, 0, Language::En, now()).unwrap();
    assert!(s.ranking.open);
    assert!(s.ranking.result.is_empty());
    let candidates: Vec<String> = s
        .ranking
        .candidates
        .iter()
        .map(|c| c.code.clone())
        .collect();
    assert!(candidates.contains(&"11.6.2".to_owned()));
    let (a, b) = (s.ranking.voters[0].id, s.ranking.voters[1].id);

    let too_many: BTreeMap<String, u32> = [(candidates[0].clone(), 9)].into();
    let out = record_dots(&mut store, a, &too_many, Language::En, now()).unwrap();
    assert_eq!(out.problems[0].field, "dots");
    assert!(
        out.problems[0].message.contains("9 dots"),
        "{}",
        out.problems[0].message
    );

    let dots: BTreeMap<String, u32> =
        [(candidates[0].clone(), 5), (candidates[1].clone(), 3)].into();
    record_dots(&mut store, a, &dots, Language::En, now()).unwrap();
    let dots: BTreeMap<String, u32> =
        [(candidates[1].clone(), 6), (candidates[2].clone(), 0)].into();
    let out = record_dots(&mut store, b, &dots, Language::En, now()).unwrap();
    let s = out.stage.unwrap();
    let r = &s.ranking;
    assert_eq!(r.result[0].code, candidates[1]);
    assert_eq!(r.result[0].points, 9);
    assert_eq!(r.result[1].points, 5);
    assert_eq!(r.voters[1].dots.len(), 1);
    assert!(r.bar_svg.starts_with("<svg"));
    // Candidates nobody chose share the last rank.
    let last = r.result.last().unwrap();
    assert!(last.tied && last.points == 0);

    let s = close_vote(&mut store, Language::En, now()).unwrap();
    assert!(!s.ranking.open && s.ranking.exists);
    assert_eq!(s.ranking.result[0].points, 9);
}

#[test]
fn dots_in_a_dialogue_without_a_vote_open_one() {
    let mut store = demo();
    close_vote(&mut store, Language::En, now()).unwrap();
    let s = stage(&store, Language::En).unwrap();
    let code = s.ranking.candidates[0].code.clone();
    let voter = s.ranking.voters[3].id;
    // The demo's vote is closed: new dots open a new vote with the default dots.
    let out = record_dots(&mut store, voter, &[(code, 2)].into(), Language::En, now()).unwrap();
    let r = out.stage.unwrap().ranking;
    assert!(r.open);
    assert_eq!(r.voters.iter().filter(|v| !v.dots.is_empty()).count(), 1);
}
