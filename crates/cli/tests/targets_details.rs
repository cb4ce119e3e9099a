//! `concord targets` with the target's details: a Chinese-header file with kinds, per cents,
//! SDGs and advantages (the .xlsx reading is tested in concord-usecases); a bad kind named by row and column with nothing saved;
//! `list --json` keeping its first fields and adding the rest; the checks against APEC's and
//! the national lines.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use serde_json::Value;
use util::Workspace;

fn list(ws: &Workspace) -> Vec<Value> {
    let run = ws.concord("en", &["targets", "list", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn import(ws: &Workspace, lang: &str, name: &str, text: &str) -> util::Run {
    let file = ws.path(name);
    std::fs::write(&file, text).unwrap();
    ws.concord(
        lang,
        &["targets", "import", "--csv", file.to_str().unwrap()],
    )
}

const CHINESE: &str = "指标代码,基准年,基准值,目标年,目标值,类型,减排百分比,可持续发展目标,社区效益（中文）,社区效益（英文）\n\
11.6.2,2021,44,2030,,基准年减排,25,11;3,少生病,Fewer illnesses\n\
emissions,2020,3600,2030,,低于基准情景,10,\"13,11\",少排放,\n\
7.2.1,2021,9.8,2030,25,固定水平,,7、13,,Local jobs\n";

#[test]
fn a_chinese_file_with_kinds_sdgs_and_advantages_is_resolved_and_listed() {
    let ws = Workspace::with_demo();
    let bau_2030 = list(&ws)
        .into_iter()
        .find(|r| r["indicator"] == "emissions")
        .unwrap()["bau_value"]
        .as_f64()
        .unwrap();
    let run = import(&ws, "zh-CN", "目标.csv", CHINESE);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("已导入 3 项目标"), "{}", run.stdout);
    let rows = list(&ws);
    assert_eq!(rows.len(), 3);
    let pm = rows.iter().find(|r| r["indicator"] == "11.6.2").unwrap();
    // The earlier fields keep their names and meaning.
    for key in [
        "indicator",
        "baseline_year",
        "baseline_value",
        "target_year",
        "target_value",
        "adopted_by_question",
    ] {
        assert!(pm.get(key).is_some(), "{key} missing");
    }
    assert_eq!(pm["target_value"], 33.0, "25 % below 44");
    assert_eq!(pm["kind"], "base-year-reduction");
    assert_eq!(pm["reduction_percent"], 25.0);
    assert_eq!(pm["sdgs"], serde_json::json!([11, 3]));
    assert_eq!(pm["advantages_zh"], "少生病");
    assert_eq!(pm["advantages_en"], "Fewer illnesses");
    assert_eq!(
        (pm["revision"].as_i64(), pm["state"].as_str()),
        (Some(1), Some("proposed"))
    );
    assert_eq!(
        pm["bau_value"],
        Value::Null,
        "the BAU does not project an indicator"
    );

    let emissions = rows.iter().find(|r| r["indicator"] == "emissions").unwrap();
    assert_eq!(emissions["kind"], "below-bau");
    let value = emissions["target_value"].as_f64().unwrap();
    assert!(
        (value - bau_2030 * 0.9).abs() < 1e-6,
        "{value} vs {bau_2030}"
    );
    assert_eq!(emissions["bau_value"].as_f64(), Some(bau_2030));
    let gap = emissions["gap"].as_f64().unwrap();
    assert!((gap + bau_2030 * 0.1).abs() < 1e-6, "{gap}");
    assert_eq!(emissions["sdgs"], serde_json::json!([13, 11]));

    let share = rows.iter().find(|r| r["indicator"] == "7.2.1").unwrap();
    assert_eq!(share["kind"], "fixed-level");
    assert_eq!(share["reduction_percent"], Value::Null);
    assert_eq!(share["sdgs"], serde_json::json!([7, 13]));
}

#[test]
fn bad_kinds_and_goals_are_named_by_row_and_column_and_nothing_is_saved() {
    let ws = Workspace::with_demo();
    let before = list(&ws);
    let run = import(
        &ws,
        "en",
        "bad.csv",
        "indicator,baseline_year,baseline_value,target_year,target_value,kind,reduction_percent,sdgs\n\
         11.6.2,2021,44,2030,30,shrinking,,11\n\
         6.1.1,2021,93,2030,95,fixed-level,,18\n\
         7.2.1,2021,9.8,2030,25,fixed-level,10,7\n\
         11.7.1,2021,11,2030,20,base-year-reduction,50,11\n\
         11.2.1,2021,71,2030,,base-year-reduction,,11\n",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    for line in [
        "Row 2, column kind: \"shrinking\" is not a kind of target",
        "Row 3, column sdgs: \"18\" is not a list of SDG numbers from 1 to 17",
        "Row 4, column reduction_percent: A fixed level takes a target value, not a per cent",
        "Row 5, column target_value: 20 is not the value the per cent in this row gives",
        "Row 6, column target_value: This cell is empty",
    ] {
        assert!(run.stderr.contains(line), "missing {line}\n{}", run.stderr);
    }
    assert_eq!(list(&ws), before);

    let run = import(
        &ws,
        "zh-CN",
        "坏.csv",
        "指标代码,基准年,基准值,目标年,目标值,类型\n11.6.2,2021,44,2030,30,越少越好\n",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("第 2 行，“类型”列：“越少越好”不是目标类型"),
        "{}",
        run.stderr
    );
    assert_eq!(list(&ws), before);
}

#[test]
fn the_checks_say_met_not_met_in_either_language() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["targets", "checks", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let checks: Vec<Value> = serde_json::from_str(&run.stdout).unwrap();
    let outcomes: Vec<(&str, &str)> = checks
        .iter()
        .map(|c| (c["key"].as_str().unwrap(), c["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("apec-energy-intensity-2035", "met"),
            ("apec-renewables-share-2030", "met"),
            ("cn-carbon-intensity-2030", "not-met"),
            ("cn-non-fossil-share-2030", "met"),
        ]
    );
    let run = ws.concord("zh-CN", &["targets", "checks"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("国家 2030 年：比 2005 年下降 65%——未达到"),
        "{}",
        run.stdout
    );

    // A city outside China is read against APEC's lines only.
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.execute("UPDATE dialogue SET economy = 'Italy'", [])
        .unwrap();
    drop(conn);
    let run = ws.concord("en", &["targets", "checks", "--json"]);
    let checks: Vec<Value> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(checks.len(), 2, "{checks:?}");
    assert!(
        checks
            .iter()
            .all(|c| c["key"].as_str().unwrap().starts_with("apec"))
    );
}

#[test]
fn an_empty_database_has_no_checks() {
    let ws = Workspace::new();
    let run = ws.concord("en", &["targets", "checks", "--json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
}
