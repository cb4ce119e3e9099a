//! `concord scorecard show --compare`: this year's workshop beside last year's, per essential,
//! in JSON and in words of both languages; a dialogue with one workshop says there is nothing
//! to compare with.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::Workspace;

#[test]
fn the_demo_compares_this_years_workshop_with_last_years() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["scorecard", "show", "--json", "--compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let card: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let c = &card["compare"];
    let essentials = c["essentials"].as_array().unwrap();
    assert_eq!(essentials.len(), 10);
    let sum: i64 = essentials
        .iter()
        .map(|e| e["change"].as_i64().unwrap())
        .sum();
    assert_eq!(sum, c["change"].as_i64().unwrap());
    assert!(c["change"].as_i64().unwrap() > 0);
    assert!(c["earlier"]["held_on"].as_str().unwrap() < c["later"]["held_on"].as_str().unwrap());
    assert_eq!(c["later_total"], card["total"]);
    // Without the flag, no comparison.
    let plain = ws.concord("en", &["scorecard", "show", "--json"]);
    let plain: serde_json::Value = serde_json::from_str(&plain.stdout).unwrap();
    assert!(plain["compare"].is_null());

    let zh = ws.concord("zh-CN", &["scorecard", "show", "--compare"]);
    assert_eq!(zh.code, 0, "{}", zh.stderr);
    assert!(zh.stdout.contains("相比"), "{}", zh.stdout);
    assert!(zh.stdout.contains("→"), "{}", zh.stdout);
}

#[test]
fn a_database_without_a_dialogue_has_nothing_to_compare_with() {
    let ws = Workspace::new();
    // A database as the app creates it on first start, before any dialogue.
    concord_store::Store::open(&ws.db()).unwrap();
    let run = ws.concord("en", &["scorecard", "show", "--compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("No earlier scored workshop"),
        "{}",
        run.stdout
    );
    let run = ws.concord("zh-CN", &["scorecard", "show", "--json", "--compare"]);
    let card: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(card["compare"].is_null());
}
