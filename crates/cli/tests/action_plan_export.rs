//! Acceptance tests of `concord export action-plan`: the demo's twelve measures in three key
//! projects in three languages, the roadmap drawn as vector paths, the decision rule in words,
//! and a dialogue without measures.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use std::path::PathBuf;

use concord_store::Store;
use util::{Workspace, page_count, pdf_text, tool};

fn export(ws: &Workspace, lang: &str) -> (PathBuf, util::Run) {
    let out = ws.path(&format!("plan-{lang}.pdf"));
    let run = ws.concord(
        lang,
        &[
            "export",
            "action-plan",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    (out, run)
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn checked(pdf: &std::path::Path) {
    let fonts = tool("pdffonts", &[], pdf);
    let rows: Vec<&str> = fonts.stdout.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{}", fonts.stdout);
    assert!(rows.iter().all(|r| r.contains(" yes ")), "{}", fonts.stdout);
    let qpdf = tool("qpdf", &["--check"], pdf);
    assert_eq!(qpdf.code, 0, "{}{}", qpdf.stdout, qpdf.stderr);
    // The roadmap is vector paths and text, never a picture.
    let images = tool("pdfimages", &["-list"], pdf);
    assert_eq!(images.stdout.lines().count(), 2, "{}", images.stdout);
}

#[test]
fn the_demo_plan_lists_every_measure_in_each_language() {
    let ws = Workspace::with_demo();
    let (zh, run) = export(&ws, "zh-CN");
    assert_eq!(run.code, 0, "{}", run.stderr);
    checked(&zh);
    assert!(page_count(&zh) >= 3);
    let text = squeezed(&pdf_text(&zh));
    for code in 1..=12 {
        assert!(
            text.contains(&format!("M-{code:02}")),
            "missing M-{code:02}"
        );
    }
    for needle in [
        "渭南地方行动计划",
        "重点项目与措施",
        "KP1",
        "KP3",
        "路线图",
        "2024–2025",
        "重点机构与利益相关方",
        "决策机制",
        "规则：协商一致减1",
        "计划总预算：",
        "已完成",
        "万元",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    for english in ["Roadmap", "Budget", "Measure", "Keyprojects", "Rule:"] {
        assert!(
            !text.contains(english),
            "English {english} in the Chinese plan"
        );
    }

    let (en, run) = export(&ws, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    checked(&en);
    let text = squeezed(&pdf_text(&en));
    for needle in [
        "WeinanLocalActionPlan",
        "Keyprojectsandmeasures",
        "CNY48,000,000",
        "completed",
        "Roadmap",
        "Decision-makingmechanism",
        "Rule:consensusminus1objection",
        // Owners in English: a stakeholder's organisation, a department's English name.
        "WeinanHeatingCompany",
        "WeinanTransportBureau",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    // Every owner and institution of the demo is named in English: no Chinese in the plan.
    let chinese: String = text
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .collect();
    assert!(chinese.is_empty(), "Chinese in the English plan: {chinese}");

    let (both, run) = export(&ws, "bilingual");
    assert_eq!(run.code, 0, "{}", run.stderr);
    checked(&both);
    let text = squeezed(&pdf_text(&both));
    assert!(
        text.contains("路线图Roadmap") || (text.contains("路线图") && text.contains("Roadmap"))
    );
}

#[test]
fn a_dialogue_without_measures_says_so_and_still_states_how_it_decides() {
    let ws = Workspace::new();
    {
        let mut store = Store::open(&ws.db()).unwrap();
        store
            .save_dialogue(&concord_store::demo::dialogue())
            .unwrap();
    }
    let (pdf, run) = export(&ws, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&pdf);
    assert!(text.contains("There are no measures yet"), "{text}");
    assert!(text.contains("Decision-making mechanism"), "{text}");
    assert!(!text.contains("Roadmap"), "{text}");
    assert!(
        text.contains("The stakeholder register is empty."),
        "{text}"
    );
}

#[test]
fn a_department_named_only_in_chinese_is_marked_in_the_english_plan() {
    let ws = Workspace::with_demo();
    {
        let mut store = Store::open(&ws.db()).unwrap();
        let mut row = store
            .measures()
            .unwrap()
            .into_iter()
            .find(|m| m.row.code == "M-06")
            .unwrap()
            .row;
        row.owner = Some(concord_store::MeasureOwner::Department {
            zh: "渭南市交通运输局".to_owned(),
            en: String::new(),
        });
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        store
            .write_measures(
                &[concord_store::MeasureWrite {
                    row,
                    progress: None,
                }],
                at,
            )
            .unwrap();
    }
    let (pdf, run) = export(&ws, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = squeezed(&pdf_text(&pdf));
    // Never silently Chinese in an English cell: the note says it is the original.
    assert!(
        text.contains("渭南市交通运输局(Chineseoriginalonly)"),
        "{text}"
    );
    // Another measure of the same department still names it in English.
    assert!(text.contains("WeinanTransportBureau"), "{text}");
}
