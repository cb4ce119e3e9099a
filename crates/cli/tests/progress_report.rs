//! Acceptance tests of `concord export progress`: the demo's report in three languages read
//! back with poppler (statuses in words and gauges, charts as vector paths), signed and
//! verified, and a dialogue without targets.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use concord_store::Store;
use util::{Workspace, pdf_text, tool};

fn export(ws: &Workspace, lang: &str, extra: &[&str]) -> (std::path::PathBuf, util::Run) {
    let out = ws.path(&format!("progress-{lang}.pdf"));
    let mut args = vec![
        "export",
        "progress",
        "--lang",
        lang,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    let run = ws.concord(lang, &args);
    (out, run)
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_demo_report_names_every_status_in_each_language() {
    let ws = Workspace::with_demo();
    let (zh, run) = export(&ws, "zh-CN", &["--year", "2023"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&zh));
    for needle in [
        "2023年进展报告",
        "●●●●已实现",
        "●●●○进展顺利",
        "●●○○需要加快",
        "●○○○进展有限",
        "○○○○情况恶化",
        "无法评估",
        "11.6.2",
        "图1",
        // Units in Chinese words.
        "35.00微克/立方米",
        "百万吨二氧化碳当量",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    for english in ["Progress", "On track", "Figure", "CO2e", "µg/m³"] {
        assert!(
            !text.contains(&squeezed(english)),
            "English {english} in the Chinese report"
        );
    }
    let images = tool("pdfimages", &["-list"], &zh);
    assert_eq!(images.stdout.lines().count(), 2, "{}", images.stdout);
    assert_eq!(tool("qpdf", &["--check"], &zh).code, 0);

    let (en, run) = export(&ws, "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&en));
    assert!(text.contains("Progressreport2023") && text.contains("●●○○Accelerationneeded"));

    let (both, run) = export(&ws, "bilingual", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&both);
    let bytes = std::fs::read(&both).unwrap();
    assert!(String::from_utf8_lossy(&bytes).contains("<rdf:li>zh-CN</rdf:li><rdf:li>en</rdf:li>"));
    // The English line of a bilingual target says its status in English only.
    assert!(text.contains("2030: 35.00 µg/m³ — ●●●○ On track"), "{text}");
}

#[test]
fn a_signed_report_verifies() {
    let ws = Workspace::with_demo();
    let (pdf, run) = export(&ws, "en", &["--sign"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let verify = ws.concord("en", &["verify", pdf.to_str().unwrap()]);
    assert_eq!(verify.code, 0, "{}{}", verify.stdout, verify.stderr);
    assert!(verify.stdout.contains("Li Jianguo"), "{}", verify.stdout);
}

#[test]
fn a_dialogue_without_targets_says_so() {
    let ws = Workspace::new();
    {
        let mut store = Store::open(&ws.db()).unwrap();
        store
            .save_dialogue(&concord_store::demo::dialogue())
            .unwrap();
    }
    let (pdf, run) = export(&ws, "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(pdf_text(&pdf).contains("There are no targets yet."));
}

#[test]
fn the_report_prints_the_checks_against_apec_and_the_national_lines() {
    let ws = Workspace::with_demo();
    let (zh, run) = export(&ws, "zh-CN", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&zh));
    for needle in [
        "对照亚太经合组织及国家目标线的核对",
        "APEC2035年：比2005年下降45%——达到",
        "APEC2030年：比2010年翻一番——达到：目标在2030年为25.00%",
        "国家2030年：比2005年下降65%——未达到",
        // The demo's targets are proposals: the report does not pass them off as adopted.
        "（拟议目标，尚未通过）",
    ] {
        assert!(text.contains(needle), "missing {needle}:\n{text}");
    }
    // Before the targets one by one: the checks read the whole set.
    assert!(text.find("对照亚太经合组织").unwrap() < text.find("逐项目标").unwrap());

    let (en, run) = export(&ws, "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&en)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("Checks against APEC’s and the national lines"),
        "{text}"
    );
    // English sets its per cent signs apart, in the check as in the line it checks.
    assert!(
        text.contains("APEC 2030: twice the 2010 share — met: the targets reach 25.00 % in 2030"),
        "{text}"
    );
    assert!(!text.contains("25.00%"), "{text}");
    assert!(text.contains("National 2030: −65 % from 2005 — not met"));
    assert!(!text.contains("达到"), "Chinese in the English report");

    let (both, run) = export(&ws, "bilingual", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&both));
    assert!(text.contains("国家2030年：比2005年下降65%——未达到"));
    assert!(text.contains(&squeezed("National 2030: −65 % from 2005 — not met")));

    // A city outside China is read against APEC's goals only.
    {
        let mut store = Store::open(&ws.db()).unwrap();
        let mut dialogue = store.require_dialogue().unwrap();
        dialogue.economy = "Italy".into();
        dialogue.focal_point.economy = "Italy".into();
        store.save_dialogue(&dialogue).unwrap();
    }
    let (en, run) = export(&ws, "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&en)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("APEC 2035: −45 % from 2005"), "{text}");
    assert!(!text.contains("National 2030"), "{text}");
}

#[test]
fn a_targets_status_lines_stay_on_the_page_of_its_chart() {
    let ws = Workspace::with_demo();
    let (pdf, run) = export(&ws, "zh-CN", &["--style", "official"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&pdf);
    for (n, page) in text.split('\u{c}').enumerate() {
        // The page's last line of text above its number "— n —".
        let last = page
            .lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty() && !l.starts_with('—'))
            .unwrap_or_default();
        // A status line reads "2030 年：35.00 微克/立方米——●●●○ 进展顺利".
        assert!(
            !last.contains("——"),
            "page {}: a status line ends the page, its chart on the next: {last}",
            n + 1
        );
    }
}
