//! Acceptance tests of a target on a scorecard essential through `concord targets import`,
//! `concord progress` and the progress report: the demo's two workshops judge it, a score off
//! the level's scale is named at its cell and nothing changes, and the Chinese report names
//! the essential with its level.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use serde_json::Value;
use util::{Workspace, pdf_text};

fn import(ws: &Workspace, lang: &str, csv: &str) -> util::Run {
    let file = ws.path("要素目标.csv");
    std::fs::write(&file, csv).unwrap();
    ws.concord(
        lang,
        &["targets", "import", "--csv", file.to_str().unwrap()],
    )
}

#[test]
fn an_essential_target_is_judged_by_the_workshops_and_reported() {
    let ws = Workspace::with_demo();
    let run = import(
        &ws,
        "zh-CN",
        "指标代码,基准年,基准值,目标年,目标值\n要素5,2025,1,2030,2\nE5,2025,1,2050,3\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = ws.concord("en", &["progress", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows: Vec<Value> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    for row in &rows {
        assert_eq!(row["indicator"], "essential-5");
        // The demo's latest workshop (2026) scores essential 5's three questions 2, 1 and 1.
        assert_eq!(row["latest_year"], 2026);
        let latest = row["latest_value"].as_f64().unwrap();
        assert!((latest - 4.0 / 3.0).abs() < 1e-9, "{latest}");
        assert_eq!(row["status"], "on-track", "{row}");
    }

    let pdf = ws.path("progress.pdf");
    let run = ws.concord(
        "zh-CN",
        &[
            "export",
            "progress",
            "--lang",
            "zh-CN",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&pdf);
    assert!(
        text.contains("要素 5（初步级，0–3 分）：保护自然缓冲区"),
        "{text}"
    );
    assert!(text.contains("2030 年：2.00 分"), "{text}");
}

#[test]
fn a_score_off_the_scale_is_named_at_its_cell_and_nothing_changes() {
    let ws = Workspace::with_demo();
    let before = ws.concord("en", &["targets", "list", "--json"]).stdout;
    let run = import(
        &ws,
        "zh-CN",
        "indicator,baseline_year,baseline_value,target_year,target_value,kind,reduction_percent\n\
         E5,2025,1,2030,4,fixed-level,\n\
         E6,2025,1,2030,,below-bau,10\n",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "第 2 行，“target_value”列：“4”不是该要素的得分：初步级的平均分在 0 到 3 之间"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("第 3 行，“kind”列：要素的目标是得分：只能是固定水平或相对基准年的变化"),
        "{}",
        run.stderr
    );
    assert_eq!(
        ws.concord("en", &["targets", "list", "--json"]).stdout,
        before
    );
}
