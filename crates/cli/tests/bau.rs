//! Acceptance tests of `concord bau`: the demo's BAU as JSON, an import in both languages,
//! every bad row named and nothing changed, the empty database, adoption refused.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use serde_json::Value;
use util::Workspace;

fn show(ws: &Workspace, scenario: Option<&str>) -> Value {
    let mut args = vec!["bau", "show", "--json"];
    if let Some(name) = scenario {
        args.extend(["--scenario", name]);
    }
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON")
}

fn series<'a>(json: &'a Value, key: &str) -> &'a Value {
    json["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["variable"] == key)
        .unwrap_or_else(|| panic!("no series {key}"))
}

fn point(series: &Value, year: i64) -> &Value {
    series["points"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["year"] == year)
        .unwrap_or_else(|| panic!("no {year}"))
}

#[test]
fn the_demo_bau_as_json_has_every_series_every_year_and_the_goal_lines() {
    let ws = Workspace::with_demo();
    let json = show(&ws, None);
    assert_eq!(json["scenario"], "BAU");
    let keys: Vec<&str> = json["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["variable"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "population",
            "gdp",
            "energy",
            "emissions",
            "renewables_share",
            "energy_intensity",
            "carbon_intensity",
            "emissions_per_capita",
            "energy_per_capita"
        ]
    );
    let population = series(&json, "population");
    assert_eq!(population["unit"], "万人");
    assert_eq!(population["points"].as_array().unwrap().len(), 56);
    assert_eq!(point(population, 2010)["value"], 528.6);
    assert_eq!(point(population, 2010)["observed"], true);
    assert_eq!(point(population, 2011)["observed"], false);
    let intensity = series(&json, "energy_intensity");
    assert_eq!(intensity["unit"], "万吨标准煤/亿元");
    let apec = json["references"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "apec-energy-intensity-2035")
        .expect("APEC line");
    assert_eq!(apec["year"], 2035);
    assert_eq!(apec["unit"], "万吨标准煤/亿元");
    let expected = 0.55 * 900.0 / 620.0;
    assert!((apec["value"].as_f64().unwrap() - expected).abs() < 1e-12);
    let renewables = json["references"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "apec-renewables-share-2030")
        .expect("doubling line");
    assert_eq!(renewables["value"], 6.0);
    // The low-carbon alternative sits below the BAU in 2030.
    let low = show(&ws, Some("Low carbon 低碳"));
    let emissions = |j: &Value| {
        point(series(j, "emissions"), 2030)["value"]
            .as_f64()
            .unwrap()
    };
    assert!(emissions(&low) < emissions(&json));
}

#[test]
fn an_import_with_chinese_headers_creates_the_scenario() {
    let ws = Workspace::with_demo();
    let file = ws.path("情景.csv");
    std::fs::write(
        &file,
        "变量,类型,年份,数值,单位\n人口,观测,2005,500,万人\n人口,增长,2030,1,%\n地区生产总值,观测,2005,100,亿元\n",
    )
    .unwrap();
    let run = ws.concord(
        "zh-CN",
        &[
            "bau",
            "import",
            "--csv",
            file.to_str().unwrap(),
            "--scenario",
            "高增长",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("高增长"), "{}", run.stdout);
    let json = show(&ws, Some("高增长"));
    let value = point(series(&json, "population"), 2030)["value"]
        .as_f64()
        .unwrap();
    assert!((value - 500.0 * 1.01f64.powi(25)).abs() < 1e-9);
    // Without 2005 energy, the APEC energy-intensity line is missing and the user is told.
    let run = ws.concord("en", &["bau", "show", "--scenario", "高增长", "--json"]);
    assert!(
        run.stderr.contains("apec-energy-intensity-2035"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("2005"), "{}", run.stderr);
}

#[test]
fn bad_rows_are_named_in_the_users_language_and_nothing_changes() {
    let ws = Workspace::with_demo();
    let before = show(&ws, None);
    let file = ws.path("bad.csv");
    std::fs::write(
        &file,
        "variable,kind,year,value,unit\n\
         gdp,growth,2010,5,%\n\
         population,observed,2005,-3,万人\n\
         renewables_share,observed,2005,120,%\n\
         energy,observed,2030,5,tce\n\
         emissions,observed,2300,5,Mt CO2\n",
    )
    .unwrap();
    let run = ws.concord("zh-CN", &["bau", "import", "--csv", file.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    for line in [
        "第 2 行，“kind”列：增长率之前须有同一变量更早年份的观测值。",
        "第 3 行，“value”列：数值不能为负。",
        "第 4 行，“value”列：占比不能超过 100%。",
        "第 6 行，“year”列：年份须在 1949 至 2100 之间。",
    ] {
        assert!(run.stderr.contains(line), "missing {line}\n{}", run.stderr);
    }
    let file = ws.path("unit.csv");
    std::fs::write(
        &file,
        "variable,kind,year,value,unit\nenergy,observed,2005,5,kg\n",
    )
    .unwrap();
    let run = ws.concord("en", &["bau", "import", "--csv", file.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("Row 2, column unit: \"kg\" is not a unit"),
        "{}",
        run.stderr
    );
    assert_eq!(show(&ws, None), before);
}

#[test]
fn an_empty_database_says_what_is_missing() {
    let ws = Workspace::new();
    let run = ws.concord("en", &["bau", "show", "--json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let file = ws.path("s.csv");
    std::fs::write(
        &file,
        "variable,kind,year,value,unit\ngdp,observed,2005,1,亿元\n",
    )
    .unwrap();
    let run = ws.concord("en", &["bau", "import", "--csv", file.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn adoption_is_refused_without_a_question_that_adopted() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["bau", "adopt", "--question", "99999"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Question 99999 has not decided to adopt"),
        "{}",
        run.stderr
    );
    let run = ws.concord("en", &["bau", "copy", "--from", "BAU", "--to", "Variant"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = ws.concord("en", &["bau", "list"]);
    assert!(run.stdout.contains("Variant"), "{}", run.stdout);
}
