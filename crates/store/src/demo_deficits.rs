//! The demo's Deficits stage: Weinan's values for fifteen indicators over three years
//! (illustrative, and their source says so), benchmarks, a fully scored preliminary resilience
//! scorecard, and a dot vote of twenty stakeholders on the flagged deficits.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use concord_deficits::{Benchmark, BenchmarkKind, Catalogue, IndicatorValue, Scorecard, assess};

use crate::indicators::{OnDuplicateValue, StoredScore};
use crate::{Store, StoreError};

const SOURCE: &str = "示例数据 Illustrative demo values";

/// Code, unit-free values for 2021, 2022 and 2023, and the benchmark with its kind.
const SERIES: &[(&str, [f64; 3], f64, BenchmarkKind)] = &[
    (
        "6.1.1",
        [93.0, 94.5, 95.2],
        99.0,
        BenchmarkKind::NationalTarget,
    ),
    (
        "6.3.1",
        [91.0, 93.0, 95.5],
        95.0,
        BenchmarkKind::NationalTarget,
    ),
    (
        "7.1.1",
        [100.0, 100.0, 100.0],
        100.0,
        BenchmarkKind::NationalTarget,
    ),
    (
        "7.1.2",
        [88.0, 90.5, 92.0],
        95.0,
        BenchmarkKind::DialogueOwn,
    ),
    (
        "7.2.1",
        [9.8, 11.0, 12.4],
        20.0,
        BenchmarkKind::NationalTarget,
    ),
    (
        "7.b.1",
        [310.0, 365.0, 420.0],
        500.0,
        BenchmarkKind::PartnerCity,
    ),
    ("11.1.1", [6.0, 5.4, 4.9], 3.0, BenchmarkKind::DialogueOwn),
    (
        "11.2.1",
        [71.0, 74.0, 76.5],
        85.0,
        BenchmarkKind::PartnerCity,
    ),
    (
        "11.5.1",
        [14.0, 31.0, 9.0],
        10.0,
        BenchmarkKind::DialogueOwn,
    ),
    (
        "11.6.1",
        [96.0, 97.5, 98.0],
        95.0,
        BenchmarkKind::NationalTarget,
    ),
    (
        "11.6.2",
        [44.0, 41.0, 38.0],
        5.0,
        BenchmarkKind::WhoGuideline,
    ),
    (
        "11.7.1",
        [11.0, 11.5, 12.2],
        15.0,
        BenchmarkKind::PartnerCity,
    ),
    (
        "12.5.1",
        [30.0, 33.0, 36.0],
        35.0,
        BenchmarkKind::NationalTarget,
    ),
    (
        "13.1.3",
        [1.0, 1.0, 1.0],
        1.0,
        BenchmarkKind::NationalTarget,
    ),
    (
        "13.2.2",
        [31.5, 32.2, 32.6],
        28.0,
        BenchmarkKind::DialogueOwn,
    ),
];

/// Scores of the 47 preliminary questions in order, P1.1 … P10.2.
const SCORES: [u8; 47] = [
    3, 2, 2, // 1
    2, 1, 2, 1, 2, // 2
    1, 1, 0, 1, // 3
    2, 2, 3, 2, // 4
    2, 1, 1, // 5
    2, 2, 1, 2, 1, 2, // 6
    2, 1, 1, 2, // 7
    2, 2, 2, 2, 1, 2, 3, 1, 2, // 8
    3, 3, 2, 2, 2, 3, 2, // 9
    1, 1, // 10
];

/// What the room said of a few questions, and what it rested the score on (illustrative).
const NOTES: [(&str, &str, &str); 3] = [
    (
        "P1.1",
        "总体规划已纳入仙台框架 The master plan adopts the Sendai Framework",
        "渭南市国土空间总体规划（示例） Weinan spatial master plan (illustrative)",
    ),
    (
        "P3.3",
        "尚无灾害保险 No disaster insurance yet",
        "市财政局 2025 年报（示例） City finance bureau 2025 report (illustrative)",
    ),
    (
        "P10.1",
        "恢复策略尚在起草 Recovery strategy still in draft",
        "",
    ),
];

pub(crate) fn add(store: &mut Store, meeting_id: i64, day: NaiveDate) -> Result<(), StoreError> {
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let mut values = Vec::new();
    for (code, series, benchmark, kind) in SERIES {
        let indicator = catalogue
            .find(code)
            .ok_or_else(|| StoreError::Corrupt(format!("demo indicator {code}")))?;
        for (year, value) in (2021..).zip(series) {
            values.push(IndicatorValue {
                code: indicator.code().to_string(),
                year,
                value: *value,
                unit: indicator.unit.clone(),
                ppp_base_year: None,
                source: SOURCE.to_string(),
                note: String::new(),
            });
        }
        store.set_benchmark(
            indicator.code(),
            &Benchmark {
                value: *benchmark,
                kind: *kind,
                year: Some(2030),
                source: SOURCE.to_string(),
            },
        )?;
    }
    store.save_indicator_values(&values, OnDuplicateValue::Refuse)?;

    let card = Scorecard::preliminary().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    // Last year's workshop, for the comparison: a point lower on every third question.
    let last_year = day - chrono::Duration::days(364);
    let earlier = store.add_workshop(
        None,
        "preliminary",
        &card.version,
        &last_year.to_string(),
        "渭南市韧性工作坊 Weinan resilience workshop",
    )?;
    for (n, ((_, question), score)) in card.questions().zip(SCORES).enumerate() {
        store.set_score(
            earlier,
            &StoredScore {
                code: question.code.clone(),
                score: if n % 3 == 0 {
                    score.saturating_sub(1)
                } else {
                    score
                },
                comment: String::new(),
                evidence: String::new(),
            },
        )?;
    }
    let workshop = store.add_workshop(
        Some(meeting_id),
        "preliminary",
        &card.version,
        &day.to_string(),
        "渭南市韧性工作坊 Weinan resilience workshop",
    )?;
    for ((_, question), score) in card.questions().zip(SCORES) {
        let (comment, evidence) = NOTES
            .iter()
            .find(|(code, ..)| *code == question.code)
            .map_or(("", ""), |(_, c, e)| (*c, *e));
        store.set_score(
            workshop,
            &StoredScore {
                code: question.code.clone(),
                score,
                comment: comment.to_string(),
                evidence: evidence.to_string(),
            },
        )?;
    }

    // The room ranks what is flagged: the latest values on the wrong side of their benchmarks.
    let flagged: Vec<String> = SERIES
        .iter()
        .filter_map(|(code, series, benchmark, _)| {
            let indicator = catalogue.find(code)?;
            assess(indicator.direction, series[2], *benchmark).map(|_| indicator.code().to_string())
        })
        .collect();
    let opened = format!("{day}T15:00:00");
    let ranking = store.open_ranking(Some(meeting_id), "dots", 8, &flagged, &opened)?;
    let voters: Vec<i64> = store
        .stakeholders()?
        .iter()
        .filter(|s| s.votes())
        .map(|s| s.id)
        .take(20)
        .collect();
    for (n, voter) in voters.iter().enumerate() {
        // Each spends all eight dots, most on one or two priorities that vary with the voter.
        let first = &flagged[n % flagged.len()];
        let second = &flagged[(n * 3 + 1) % flagged.len()];
        let third = &flagged[0];
        let mut dots: BTreeMap<String, u32> = BTreeMap::new();
        *dots.entry(first.clone()).or_default() += 4;
        *dots.entry(second.clone()).or_default() += 2;
        *dots.entry(third.clone()).or_default() += 2;
        store.cast_ballot(ranking, *voter, &dots)?;
    }
    store.close_ranking(ranking, &format!("{day}T15:30:00"))?;
    Ok(())
}
