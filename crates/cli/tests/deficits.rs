//! Acceptance tests of the Deficits commands: the catalogue, the scorecard, flagged deficits
//! and value imports that are all or nothing, from an empty database and from the demo.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::Workspace;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn the_scorecard_lists_47_questions_with_a_maximum_of_141() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["scorecard", "show", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let card = json(&run.stdout);
    assert_eq!(card["max"], 141);
    let codes: Vec<String> = card["essentials"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["questions"].as_array().unwrap().iter())
        .map(|q| q["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 47);
    assert_eq!(codes.first().map(String::as_str), Some("P1.1"));
    assert_eq!(codes.last().map(String::as_str), Some("P10.2"));
    // The demo's workshop scored every question.
    assert!(card["essentials"][0]["questions"][0]["score"].is_u64());
    assert!(card["total"].as_u64().unwrap() > 0);
}

#[test]
fn the_demo_flags_pm25_against_the_who_guideline_with_its_gap_and_rank() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["deficits", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let deficits = json(&run.stdout)["deficits"].as_array().unwrap().clone();
    let pm = deficits
        .iter()
        .find(|d| d["code"] == "11.6.2")
        .expect("PM2.5 flagged");
    assert_eq!(pm["gap"], 33.0);
    assert_eq!(pm["benchmark_kind"], "who-guideline");
    assert!(pm["rank"].is_u64(), "the demo's dot vote ranked it: {pm}");
    assert!(
        deficits.iter().all(|d| d["code"] != "7.1.1"),
        "at its benchmark: no deficit"
    );
    let zh = ws.concord("zh-CN", &["deficits"]);
    assert!(zh.stdout.contains("城市细颗粒物"), "{}", zh.stdout);
}

#[test]
fn a_new_database_lists_the_catalogue_without_values_and_flags_nothing() {
    let ws = Workspace::new();
    // A database as the app's first start leaves it: the schema, no dialogue, no values.
    drop(concord_store::Store::open(&ws.db()).expect("new database"));
    let run = ws.concord("en", &["indicators", "list", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list = json(&run.stdout);
    let indicators = list["indicators"].as_array().unwrap();
    assert!(indicators.len() > 30);
    assert!(indicators.iter().all(|i| i["latest"].is_null()));
    assert!(
        indicators.iter().all(|i| i["codes"][0] != "7.a.1"),
        "hidden by default"
    );
    let all = json(
        &ws.concord("en", &["indicators", "list", "--all", "--json"])
            .stdout,
    );
    assert!(
        all["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["codes"][0] == "7.a.1")
    );
    let none = ws.concord("zh-CN", &["deficits"]);
    assert_eq!(none.code, 0, "{}", none.stderr);
    assert!(none.stdout.contains("没有标出差距"), "{}", none.stdout);
}

#[test]
fn a_gb18030_file_with_one_bad_row_names_it_and_imports_nothing() {
    let ws = Workspace::with_demo();
    let before = json(&ws.concord("en", &["indicators", "list", "--json"]).stdout);
    let text = "指标代码,年份,数值,单位,来源\n11.6.2,2024,35,,市生态环境局\n11.6.2,2025,三十,,市生态环境局\n";
    std::fs::write(ws.path("values.csv"), encoding_rs::GB18030.encode(text).0).unwrap();
    let run = ws.concord(
        "zh-CN",
        &[
            "indicators",
            "import",
            "--csv",
            ws.path("values.csv").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("第 3 行"), "{}", run.stderr);
    assert!(run.stderr.contains("“数值”列"), "{}", run.stderr);
    assert!(run.stderr.contains("“三十”不是数字"), "{}", run.stderr);
    let after = json(&ws.concord("en", &["indicators", "list", "--json"]).stdout);
    assert_eq!(before, after, "nothing was imported");

    // Fixed, it imports; a second time it is refused, then skipped or updated on request.
    std::fs::write(
        ws.path("values.csv"),
        encoding_rs::GB18030.encode(&text.replace("三十", "33")).0,
    )
    .unwrap();
    let file = ws.path("values.csv");
    let file = file.to_str().unwrap();
    let run = ws.concord("en", &["indicators", "import", "--csv", file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("2 added"), "{}", run.stdout);
    let again = ws.concord("en", &["indicators", "import", "--csv", file]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("11.6.2 2024"), "{}", again.stderr);
    let skip = ws.concord(
        "en",
        &[
            "indicators",
            "import",
            "--csv",
            file,
            "--on-duplicate",
            "skip",
        ],
    );
    assert!(skip.stdout.contains("2 skipped"), "{}", skip.stdout);
}

#[test]
fn an_export_imports_again_as_it_is() {
    let ws = Workspace::with_demo();
    let out = ws.path("values.csv");
    let run = ws.concord(
        "en",
        &["indicators", "export", "--out", out.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::read(&out).unwrap().starts_with(b"\xEF\xBB\xBF"));
    let check = ws.concord(
        "en",
        &[
            "indicators",
            "import",
            "--csv",
            out.to_str().unwrap(),
            "--dry-run",
            "--on-duplicate",
            "update",
        ],
    );
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stdout.contains("45 values"), "{}", check.stdout);
    assert!(
        check.stdout.contains("0 would be added, 45 updated"),
        "{}",
        check.stdout
    );
}

#[test]
fn a_csv_named_xlsx_is_refused_clearly() {
    let ws = Workspace::with_demo();
    std::fs::write(ws.path("values.xlsx"), "code,year,value\n11.6.2,2024,35\n").unwrap();
    let run = ws.concord(
        "en",
        &[
            "indicators",
            "import",
            "--xlsx",
            ws.path("values.xlsx").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not an Excel workbook"),
        "{}",
        run.stderr
    );
}
