//! Acceptance tests of `concord export bau`: the demo's report in three languages read back
//! with poppler, a scenario that lacks variables says what is missing, a dialogue without a
//! scenario and an output on the database are refused with nothing written.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use concord_store::Store;
use util::{Workspace, pdf_text, tool};

fn export(ws: &Workspace, lang: &str, scenario: Option<&str>) -> (std::path::PathBuf, util::Run) {
    let out = ws.path(&format!("bau-{lang}.pdf"));
    let mut args = vec![
        "export",
        "bau",
        "--lang",
        lang,
        "--out",
        out.to_str().unwrap(),
    ];
    if let Some(name) = scenario {
        args.extend(["--scenario", name]);
    }
    let run = ws.concord(lang, &args);
    (out, run)
}

/// pdftotext breaks lines where the layout does; compare without spaces and line breaks.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_demo_report_reads_back_in_each_language_with_vector_charts() {
    let ws = Workspace::with_demo();
    let (en, run) = export(&ws, "en", None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&en));
    for needle in [
        "Business-as-usualscenario:BAU",
        "Assumptionsandsources",
        "Milestones",
        "Distancetothegoals",
        "APEC2035:−45%from2005",
        "Kayadecomposition",
        "Figure1.",
        "Energyintensity",
        "Projected",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    // Chinese statistical units are said in English with the same magnitude.
    for english in [
        "10,000tce/100millionCNY",
        "100millionCNY",
        "10,000persons",
        // After a number the magnitude is a factor: never "+710.5 10,000 t CO2".
        "+710.5×10,000tCO2between",
    ] {
        assert!(text.contains(english), "missing {english}");
    }
    // (A table's unit column holds the magnitude alone, on a line of its own.)
    let spaced = pdf_text(&en);
    let two_numbers = spaced.lines().any(|line| {
        line.split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0].ends_with(|c: char| c.is_ascii_digit()) && w[1].starts_with("10,000"))
    });
    assert!(
        !two_numbers,
        "a number followed by a bare magnitude:\n{spaced}"
    );
    // Nor Chinese in the sources, which the demo types in both languages in one field.
    for chinese in ["万吨", "亿元", "万人", "示例数据"] {
        assert!(!text.contains(chinese), "{chinese} in the English report");
    }
    // Charts are drawn, not pasted: no image at all.
    let images = tool("pdfimages", &["-list"], &en);
    assert_eq!(images.stdout.lines().count(), 2, "{}", images.stdout);
    assert_eq!(tool("qpdf", &["--check"], &en).code, 0);

    let (zh, run) = export(&ws, "zh-CN", None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&zh));
    for needle in [
        "基准情景：BAU",
        "假设与数据来源",
        "与目标的差距",
        "单位GDP能耗",
        "图1",
        "预测",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    // No English where Chinese belongs: the English headings are absent.
    for english in ["Milestones", "Assumptions", "Projected", "Figure"] {
        assert!(
            !text.contains(english),
            "English {english} in the Chinese report"
        );
    }
    let fonts = tool("pdffonts", &[], &zh);
    assert!(
        fonts.stdout.lines().skip(2).all(|l| l.contains(" yes ")),
        "{}",
        fonts.stdout
    );

    let (both, run) = export(&ws, "bilingual", None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&both));
    assert!(text.contains("假设与数据来源") && text.contains("Assumptionsandsources"));
    // Each subtitle line names the city in its own language.
    assert!(
        text.contains("渭南，预测至2060年") && text.contains("Weinan,projectedto2060"),
        "{text}"
    );
    // The metadata says the file speaks both languages.
    let bytes = std::fs::read(&both).unwrap();
    let xmp = String::from_utf8_lossy(&bytes);
    assert!(
        xmp.contains("<rdf:li>zh-CN</rdf:li><rdf:li>en</rdf:li>"),
        "the XMP does not list both languages"
    );
}

#[test]
fn a_scenario_named_in_chinese_exports_under_its_number() {
    let ws = Workspace::with_demo();
    let (out, run) = export(&ws, "en", Some("Low carbon 低碳"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(pdf_text(&out).contains("Low carbon 低碳"));
}

#[test]
fn a_scenario_without_gdp_says_what_it_cannot_draw() {
    let ws = Workspace::with_demo();
    let file = ws.path("pop.csv");
    std::fs::write(
        &file,
        "variable,kind,year,value,unit\npopulation,observed,2020,468.8,万人\npopulation,growth,2060,-0.3,%\n",
    )
    .unwrap();
    let run = ws.concord(
        "en",
        &[
            "bau",
            "import",
            "--csv",
            file.to_str().unwrap(),
            "--scenario",
            "People only",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (out, run) = export(&ws, "en", Some("People only"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&out));
    assert!(text.contains("NoGDPyet"), "{text}");
    assert!(text.contains("Whatthedatacannotshowyet"));
}

#[test]
fn without_a_scenario_or_with_the_database_as_output_nothing_is_written() {
    let ws = Workspace::new();
    {
        let mut store = Store::open(&ws.db()).unwrap();
        store
            .save_dialogue(&concord_store::demo::dialogue())
            .unwrap();
    }
    let (out, run) = export(&ws, "zh-CN", None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!run.stderr.is_empty());
    assert!(!out.exists());

    let ws = Workspace::with_demo();
    let before = std::fs::read(ws.db()).unwrap();
    let db = ws.db();
    let run = ws.concord(
        "en",
        &[
            "export",
            "bau",
            "--lang",
            "en",
            "--out",
            db.to_str().unwrap(),
        ],
    );
    assert_ne!(run.code, 0);
    assert_eq!(std::fs::read(ws.db()).unwrap(), before);
}

/// The official Chinese report's goals table, crowded by "0.7984 万吨标准煤/亿元" twice in a row,
/// keeps each figure with its unit: cutting them would save the goal's name a line, no more.
#[test]
fn the_official_goals_table_keeps_each_figure_with_its_unit() {
    let ws = Workspace::with_demo();
    let out = ws.export(&["bau"], "official", "zh-CN");
    let text = pdf_text(&out);
    let cut: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_end().ends_with("万吨标准煤/"))
        .collect();
    assert!(cut.is_empty(), "{cut:?}");
    assert!(text.contains("万吨标准煤/亿元"), "{text}");
}
