//! Acceptance tests of `concord measures`: the demo's twelve measures in three key projects,
//! an export imported back unchanged, a status edited in the file imported back, a bad file
//! named by row and column in Chinese with nothing changed, and a measure with progress
//! updates that cannot be deleted, not even with raw SQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use serde_json::Value;
use util::Workspace;

fn list(ws: &Workspace) -> Vec<Value> {
    let run = ws.concord("en", &["measures", "list", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str::<Value>(&run.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn export(ws: &Workspace, lang: &str, name: &str) -> String {
    let out = ws.path(name);
    let run = ws.concord(
        lang,
        &["measures", "export", "--out", out.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with BOM");
    String::from_utf8(bytes).unwrap()
}

fn import(ws: &Workspace, lang: &str, name: &str, text: &str) -> util::Run {
    let file = ws.path(name);
    std::fs::write(&file, text).unwrap();
    ws.concord(
        lang,
        &["measures", "import", "--csv", file.to_str().unwrap()],
    )
}

/// The file with one row's text edited: `from` replaced by `to` on the row of `code`.
fn edit(text: &str, code: &str, from: &str, to: &str) -> String {
    let mut done = false;
    let lines: Vec<String> = text
        .split("\r\n")
        .map(|line| {
            if line.starts_with(&format!("{code},")) {
                assert!(line.contains(from), "{code} has no {from}: {line}");
                done = true;
                line.replacen(from, to, 1)
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert!(done, "no row {code}");
    lines.join("\r\n")
}

#[test]
fn the_demo_lists_twelve_measures_in_three_key_projects() {
    let ws = Workspace::with_demo();
    let measures = list(&ws);
    assert_eq!(measures.len(), 12);
    let mut projects: Vec<&str> = measures
        .iter()
        .map(|m| m["key_project"].as_str().unwrap())
        .collect();
    projects.dedup();
    assert_eq!(projects, ["KP1", "KP2", "KP3"]);
    let mut statuses: Vec<&str> = measures
        .iter()
        .map(|m| m["status"].as_str().unwrap())
        .collect();
    statuses.sort_unstable();
    statuses.dedup();
    assert_eq!(
        statuses,
        [
            "cancelled",
            "completed",
            "late",
            "not-started",
            "on-time",
            "postponed"
        ]
    );
    assert!(
        measures
            .iter()
            .all(|m| !m["targets"].as_array().unwrap().is_empty())
    );
    assert!(
        measures
            .iter()
            .filter(|m| !m["progress"].as_array().unwrap().is_empty())
            .count()
            >= 8
    );
    let run = ws.concord("zh-CN", &["measures", "list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("蓝天保卫：清洁空气"), "{}", run.stdout);
    assert!(run.stdout.contains("已取消"), "{}", run.stdout);
}

#[test]
fn an_export_imports_back_unchanged_in_either_language() {
    let ws = Workspace::with_demo();
    let before = list(&ws);
    for lang in ["en", "zh-CN"] {
        let text = export(&ws, lang, &format!("measures-{lang}.csv"));
        let run = import(&ws, "en", &format!("back-{lang}.csv"), &text);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout
                .contains("0 added, 0 updated, 0 progress updates added"),
            "{}",
            run.stdout
        );
        assert_eq!(list(&ws), before);
    }
}

#[test]
fn a_status_edited_in_the_file_is_imported_back() {
    let ws = Workspace::with_demo();
    let text = export(&ws, "en", "measures.csv");
    let text = edit(&text, "M-03", ",late,", ",completed,");
    let text = edit(&text, "M-03", "2025-09-30,50,", "2026-01-15,100,");
    let run = import(&ws, "en", "edited.csv", &text);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("0 added, 1 updated, one progress update added"),
        "{}",
        run.stdout
    );
    let measures = list(&ws);
    let m03 = measures.iter().find(|m| m["code"] == "M-03").unwrap();
    assert_eq!(m03["status"], "completed");
    let progress = m03["progress"].as_array().unwrap();
    assert_eq!(progress.len(), 2, "the earlier update is kept");
    assert_eq!(progress[1]["date"], "2026-01-15");
    assert_eq!(progress[1]["percent"], 100.0);

    // A new code adds a measure.
    let text = export(&ws, "en", "again.csv");
    let header = text.split("\r\n").next().unwrap();
    let row = text.split("\r\n").find(|l| l.starts_with("M-07,")).unwrap();
    let new = format!("{header}\r\n{}\r\n", row.replacen("M-07,", "M-13,", 1));
    let run = import(&ws, "en", "new.csv", &new);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("1 added, 0 updated"), "{}", run.stdout);
    assert_eq!(list(&ws).len(), 13);
}

#[test]
fn a_bad_file_is_named_by_row_and_column_in_chinese_and_changes_nothing() {
    let ws = Workspace::with_demo();
    let before = list(&ws);
    let text = export(&ws, "zh-CN", "措施.csv");
    let text = edit(&text, "M-01", ",已完成,", ",进行中,");
    let text = edit(&text, "M-02", ",2027-10-31,", ",2023-01-01,");
    let text = edit(&text, "M-03", "2025-09-30,50,", "2025-09-30,120,");
    // A valid change on another row is not written either.
    let text = edit(&text, "M-04", ",按期推进,", ",滞后,");
    let run = import(&ws, "zh-CN", "坏文件.csv", &text);
    assert_eq!(run.code, 2, "{}", run.stderr);
    for line in [
        "第 2 行，“状态”列：“进行中”不是有效状态",
        "第 3 行，“结束日期”列：结束日期早于开始日期",
        "第 4 行，“进展百分比”列：进展百分比须在 0 到 100 之间",
    ] {
        assert!(run.stderr.contains(line), "missing {line}\n{}", run.stderr);
    }
    assert_eq!(list(&ws), before);
}

#[test]
fn a_measure_with_progress_updates_cannot_be_deleted() {
    let ws = Workspace::with_demo();
    let before = list(&ws);
    {
        let conn = rusqlite::Connection::open(ws.db()).unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        let refused = conn
            .execute("DELETE FROM measure WHERE code = 'M-01'", [])
            .unwrap_err();
        assert!(
            refused.to_string().contains("measure has progress updates"),
            "{refused}"
        );
        let refused = conn
            .execute(
                "INSERT INTO measure_progress (measure_id, on_date, percent, note, created_at)
                 SELECT id, '2020-01-01', 10, '', '2026-01-01T00:00:00' FROM measure
                 WHERE code = 'M-02'",
                [],
            )
            .unwrap_err();
        assert!(
            refused.to_string().contains("progress before start"),
            "{refused}"
        );
    }
    assert_eq!(list(&ws), before);
}
