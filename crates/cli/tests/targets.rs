//! Acceptance tests of `concord targets` and `concord progress`: the demo's targets show every
//! status, a file in Chinese replaces the proposals, a bad file names each cell and changes
//! nothing, adoption needs a question that adopted and then freezes the targets, even against
//! raw SQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use serde_json::Value;
use util::Workspace;

fn progress(ws: &Workspace, year: Option<&str>) -> Vec<Value> {
    let mut args = vec!["progress", "--json"];
    if let Some(year) = year {
        args.extend(["--year", year]);
    }
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str::<Value>(&run.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn find<'a>(rows: &'a [Value], indicator: &str, year: i64) -> &'a Value {
    rows.iter()
        .find(|r| r["indicator"] == indicator && r["target_year"] == year)
        .unwrap_or_else(|| panic!("no target {indicator} {year}"))
}

fn list(ws: &Workspace) -> String {
    let run = ws.concord("en", &["targets", "list", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

fn question(ws: &Workspace, adopted: bool) -> i64 {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.query_row(
        "SELECT id FROM question WHERE state = 'decided' AND adopted = ?1 ORDER BY id LIMIT 1",
        [adopted],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn the_demo_shows_every_status_of_the_progress_method() {
    let ws = Workspace::with_demo();
    let rows = progress(&ws, None);
    let mut statuses: Vec<&str> = rows.iter().map(|r| r["status"].as_str().unwrap()).collect();
    statuses.sort_unstable();
    statuses.dedup();
    assert_eq!(
        statuses,
        [
            "acceleration-needed",
            "achieved",
            "cannot-assess",
            "deterioration",
            "limited-progress",
            "on-track"
        ]
    );
    let pm = find(&rows, "11.6.2", 2030);
    assert_eq!(pm["status"], "on-track");
    assert_eq!(
        (pm["latest_year"].as_i64(), pm["latest_value"].as_f64()),
        (Some(2023), Some(38.0))
    );
    assert_eq!(pm["baseline_year"], 2021);
    assert!(pm["ratio"].as_f64().unwrap() > 0.95);
    // Judged on the values up to 2022, the latest value is 2022's.
    let earlier = progress(&ws, Some("2022"));
    assert_eq!(find(&earlier, "11.6.2", 2030)["latest_year"], 2022);
}

#[test]
fn a_file_with_chinese_headers_replaces_the_proposals() {
    let ws = Workspace::with_demo();
    let file = ws.path("目标.csv");
    std::fs::write(
        &file,
        "指标代码,基准年,基准值,目标年,目标值\n11.6.2,2021,44,2030,30\n11.6.2,2021,44,2060,10\ncarbon_intensity,2020,1.93,2030,1.2\n",
    )
    .unwrap();
    let run = ws.concord(
        "zh-CN",
        &["targets", "import", "--csv", file.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("已导入 3 项目标"), "{}", run.stdout);
    let rows: Vec<Value> = serde_json::from_str(&list(&ws)).unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(find(&rows, "11.6.2", 2030)["target_value"], 30.0);
}

#[test]
fn a_bad_file_names_each_cell_and_changes_nothing() {
    let ws = Workspace::with_demo();
    let before = list(&ws);
    let file = ws.path("bad.csv");
    std::fs::write(
        &file,
        "indicator,baseline_year,baseline_value,target_year,target_value\n\
         99.9.9,2021,1,2030,2\n\
         11.6.2,2021,44,2020,30\n\
         11.6.2,2021,lots,2030,30\n\
         7.2.1,2021,9.8,2030,25\n\
         7.2.1,2021,9.8,2030,26\n",
    )
    .unwrap();
    let run = ws.concord(
        "zh-CN",
        &["targets", "import", "--csv", file.to_str().unwrap()],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    for line in [
        "第 2 行，“indicator”列：“99.9.9”不是指标目录中的指标",
        "第 3 行，“target_year”列：目标年须晚于基准年。",
        "第 4 行，“baseline_value”列：“lots”不是数字。",
        "第 6 行，“target_year”列：文件中该指标的这一目标年已有一行。",
    ] {
        assert!(run.stderr.contains(line), "missing {line}\n{}", run.stderr);
    }
    assert_eq!(list(&ws), before);
}

#[test]
fn adoption_needs_a_question_that_adopted_and_then_freezes() {
    let ws = Workspace::with_demo();
    let rejected = question(&ws, false);
    let run = ws.concord(
        "en",
        &["targets", "adopt", "--question", &rejected.to_string()],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("has not decided to adopt"),
        "{}",
        run.stderr
    );
    assert!(list(&ws).contains("\"adopted_by_question\": null"));

    let adopting = question(&ws, true);
    let run = ws.concord(
        "en",
        &["targets", "adopt", "--question", &adopting.to_string()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("12 targets adopted"), "{}", run.stdout);
    let frozen = list(&ws);
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let frozen_rows: i64 = conn
        .query_row("SELECT count(*) FROM target WHERE revision = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    drop(conn);

    // A file naming an adopted target's year proposes revision 2 beside the adopted set.
    let file = ws.path("again.csv");
    std::fs::write(
        &file,
        "indicator,baseline_year,baseline_value,target_year,target_value\n11.6.2,2021,44,2030,20\n",
    )
    .unwrap();
    let run = ws.concord(
        "en",
        &["targets", "import", "--csv", file.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows: Vec<Value> = serde_json::from_str(&list(&ws)).unwrap();
    let proposal = rows.iter().find(|r| r["state"] == "proposed").unwrap();
    assert_eq!(
        (
            proposal["revision"].as_i64(),
            proposal["target_value"].as_f64()
        ),
        (Some(2), Some(20.0))
    );
    assert_eq!(rows.iter().filter(|r| r["state"] == "adopted").count(), 12);
    // Behind the application's back, the schema refuses too.
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let raw = conn.execute(
        "UPDATE target SET target_value = 1 WHERE subject = '11.6.2'",
        [],
    );
    assert!(raw.unwrap_err().to_string().contains("target frozen"));
    assert!(
        conn.execute("DELETE FROM target WHERE revision = 1", [])
            .is_err()
    );
    let kept: i64 = conn
        .query_row("SELECT count(*) FROM target WHERE revision = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kept, frozen_rows);
    drop(conn);
    let adopted_now: Vec<Value> = serde_json::from_str(&list(&ws)).unwrap();
    let adopted_before: Vec<Value> = serde_json::from_str(&frozen).unwrap();
    let adopted_now: Vec<&Value> = adopted_now
        .iter()
        .filter(|r| r["state"] == "adopted")
        .collect();
    assert_eq!(adopted_now, adopted_before.iter().collect::<Vec<_>>());
}

#[test]
fn an_empty_database_has_no_targets_to_show() {
    let ws = Workspace::new();
    let run = ws.concord("en", &["progress", "--json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
}
