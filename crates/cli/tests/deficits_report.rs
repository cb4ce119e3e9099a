//! Acceptance tests of `concord export deficits`: the demo's report in English, Chinese and
//! both, read back with poppler and qpdf; a new dialogue's report that says nothing is stored
//! yet; an output path on the database refused with nothing written.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use std::path::{Path, PathBuf};

use util::{Workspace, pdf_text, tool};

fn export(ws: &Workspace, lang: &str) -> PathBuf {
    let out = ws.path(&format!("deficits-{lang}.pdf"));
    let run = ws.concord(
        "en",
        &[
            "export",
            "deficits",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "export failed: {}", run.stderr);
    assert!(run.stdout.contains("Wrote"), "{}", run.stdout);
    out
}

/// qpdf finds nothing wrong, the face is embedded as a subset with a ToUnicode map, and the
/// charts are vector paths: no image at all.
fn check_pdf(pdf: &Path) {
    let check = tool("qpdf", &["--check"], pdf);
    assert_eq!(
        check.code, 0,
        "qpdf --check: {}{}",
        check.stdout, check.stderr
    );
    let fonts = tool("pdffonts", &[], pdf);
    let rows: Vec<&str> = fonts.stdout.lines().skip(2).collect();
    assert!(!rows.is_empty(), "a font:\n{}", fonts.stdout);
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
    }
    let images = tool("pdfimages", &["-list"], pdf);
    assert_eq!(images.code, 0, "{}", images.stderr);
    assert_eq!(
        images.stdout.lines().count(),
        2,
        "no images, only the header of the list:\n{}",
        images.stdout
    );
}

fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_demo_report_in_chinese_has_chinese_headings_the_indicators_essentials_and_ranking() {
    let ws = Workspace::with_demo();
    let pdf = export(&ws, "zh-CN");
    check_pdf(&pdf);
    let text = compact(&pdf_text(&pdf));
    for expected in [
        "差距评估报告",
        "一、指标与参照值对比",
        "二、城市灾害韧性计分卡",
        "三、差距排序",
        "四、数据来源",
        "代码",
        "最新数值",
        "参照值",
        "判定",
        "11.6.2",
        "城市细颗粒物",
        "世卫组织准则",
        "存在差距",
        "为灾害韧性做好组织安排",
        "十项要素得分",
        "名次",
        "并列5",
        "按领域",
        "按三螺旋群体",
        "示例数据",
        "第1页/共",
        // Units in Chinese, the per cent sign against its number.
        "420瓦/人",
        "38微克/立方米",
        "百万吨二氧化碳当量",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    // No English where the Chinese belongs: not in the labels, nor in what the room typed in
    // both languages in one field (the workshop's name, the notes, the sources).
    for english in [
        "Weinan resilience workshop",
        "Sendai Framework",
        "Illustrative demo values",
        // A shared rank in the English way.
        "5=",
        "Deficits report",
        "Indicators against",
        "Latest value",
        "Benchmark",
        "Disaster resilience scorecard",
        "Ranked deficits",
        "Sources",
        "Deficit",
        "Organise for disaster",
        "Page",
        "per capita",
        "CO2e",
        "µg/m³",
    ] {
        assert!(
            !text.contains(&compact(english)),
            "{english:?} in the Chinese report"
        );
    }
}

#[test]
fn the_demo_report_in_english_and_both_languages() {
    let ws = Workspace::with_demo();
    let en = export(&ws, "en");
    check_pdf(&en);
    let text = compact(&pdf_text(&en));
    for expected in [
        "Deficitsreport",
        "1.Indicatorsagainsttheirbenchmarks",
        "11.6.2",
        "PM2.5",
        "WHOguideline",
        "Organisefordisasterresilience",
        "3.Rankeddeficits",
        "Bysector",
        "Bytriple-helixgroup",
        "4.Sources",
        "Page1of",
        "420Wpercapita",
        "38µg/m³",
        // Captions written one way in every document: "Figure 1. …".
        "Figure1.Disasterresilience",
        "Figure2.Rankeddeficits",
        "Weinanresilienceworkshop",
        "NodisasterinsuranceyetCityfinancebureau2025report(illustrative)",
        "1.Illustrativedemovalues",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    // Nor Chinese in the English report: every typed text in two languages prints its English.
    assert!(
        !text.chars().any(concord_domain::bilingual::is_cjk),
        "Chinese in the English report:\n{text}"
    );
    let both = export(&ws, "bilingual");
    check_pdf(&both);
    let text = compact(&pdf_text(&both));
    for expected in [
        "差距评估报告",
        "Deficitsreport",
        "一、指标与参照值对比",
        "1.Indicatorsagainsttheirbenchmarks",
        "三、差距排序",
        "3.Rankeddeficits",
        "为灾害韧性做好组织安排",
        "Organisefordisasterresilience",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    // Each Chinese heading comes before its English.
    assert!(text.find("三、差距排序").unwrap() < text.find("3.Rankeddeficits").unwrap());
}

#[test]
fn a_new_dialogue_exports_a_report_that_says_there_are_no_values() {
    let ws = Workspace::new();
    {
        let mut store = concord_store::Store::open(&ws.db()).expect("new database");
        store
            .save_dialogue(&concord_store::demo::dialogue())
            .expect("dialogue");
    }
    let pdf = export(&ws, "en");
    check_pdf(&pdf);
    let text = compact(&pdf_text(&pdf));
    for expected in [
        "Noindicatorvaluesarestoredyet",
        "Noscorecardworkshophasbeenscoredyet",
        "Thedialoguehasnotrankedthedeficitsyet",
        "Nosources",
        "Page1of1",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    let zh = compact(&pdf_text(&export(&ws, "zh-CN")));
    assert!(zh.contains("尚未存储任何指标数值"), "{zh}");
}

#[test]
fn an_output_path_on_the_database_is_refused_and_nothing_is_written() {
    let ws = Workspace::with_demo();
    let before = std::fs::read(ws.db()).unwrap();
    let db = ws.db();
    let run = ws.concord(
        "en",
        &[
            "export",
            "deficits",
            "--lang",
            "en",
            "--out",
            db.to_str().unwrap(),
        ],
    );
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(!run.stderr.trim().is_empty());
    assert_eq!(
        std::fs::read(ws.db()).unwrap(),
        before,
        "the database is untouched"
    );
    let partials = std::fs::read_dir(ws.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .count();
    assert_eq!(partials, 0);
}
