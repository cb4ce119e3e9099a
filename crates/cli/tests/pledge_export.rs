//! Acceptance tests of `concord export pledge`: the demo's proposals in three languages marked
//! DRAFT on every page, the adopted set with its meeting, question and date, signed and found
//! by `pdfsig`, and a dialogue without targets.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use std::path::PathBuf;

use concord_store::Store;
use util::{Workspace, page_count, pdf_text, tool};

fn export(ws: &Workspace, lang: &str, extra: &[&str]) -> (PathBuf, util::Run) {
    let out = ws.path(&format!("pledge-{lang}.pdf"));
    let mut args = vec![
        "export",
        "pledge",
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

/// Fonts embedded, the file well formed.
fn checked(pdf: &std::path::Path) {
    let fonts = tool("pdffonts", &[], pdf);
    let rows: Vec<&str> = fonts.stdout.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{}", fonts.stdout);
    assert!(rows.iter().all(|r| r.contains(" yes ")), "{}", fonts.stdout);
    let qpdf = tool("qpdf", &["--check"], pdf);
    assert_eq!(qpdf.code, 0, "{}{}", qpdf.stdout, qpdf.stderr);
}

fn adopt(ws: &Workspace) {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let question: i64 = conn
        .query_row(
            "SELECT id FROM question WHERE state = 'decided' AND adopted = 1 ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let run = ws.concord(
        "en",
        &["targets", "adopt", "--question", &question.to_string()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn proposals_are_marked_draft_on_every_page_in_each_language() {
    let ws = Workspace::with_demo();
    let (zh, run) = export(&ws, "zh-CN", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    checked(&zh);
    let text = pdf_text(&zh);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), page_count(&zh));
    assert!(pages.iter().all(|p| p.contains("草案")), "{text}");
    let all = squeezed(&text);
    for needle in [
        "渭南目标承诺书",
        "2030年中期目标",
        "本世纪中叶长期目标",
        "11.6.2城市细颗粒物",
        "2050年：15.00微克/立方米",
        "目标11",
        "签署",
    ] {
        assert!(all.contains(needle), "missing {needle}\n{text}");
    }
    for english in ["DRAFT", "Target", "Baseline", "Adoption", "SDG", "µg/m³"] {
        assert!(
            !all.contains(english),
            "English {english} in the Chinese pledge"
        );
    }

    let (en, run) = export(&ws, "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    checked(&en);
    let text = pdf_text(&en);
    assert!(
        text.split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .all(|p| p.contains("DRAFT"))
    );
    let all = squeezed(&text);
    for needle in [
        "TargetspledgeofWeinan",
        "Long-termtargetsformid-century",
        "11.6.2Annualmean",
        "2060:0MtCO2e",
        "Proposed,notadopted",
    ] {
        assert!(all.contains(needle), "missing {needle}\n{text}");
    }

    let (both, run) = export(&ws, "bilingual", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    checked(&both);
    let text = pdf_text(&both);
    for page in text.split('\u{c}').filter(|p| !p.trim().is_empty()) {
        assert!(page.contains("草案") && page.contains("DRAFT"), "{page}");
    }
}

#[test]
fn the_adopted_set_names_its_question_and_signs() {
    let ws = Workspace::with_demo();
    adopt(&ws);
    let (pdf, run) = export(&ws, "en", &["--sign"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    checked(&pdf);
    let text = pdf_text(&pdf);
    assert!(!text.contains("DRAFT"), "{text}");
    let all = squeezed(&text);
    for needle in [
        "Adopted",
        "Adoptedin",
        "Question",
        "Adoptedon",
        "Outcome",
        "Certificate",
    ] {
        assert!(all.contains(needle), "missing {needle}\n{text}");
    }
    let sig = tool("pdfsig", &[], &pdf);
    let report = format!("{}{}", sig.stdout, sig.stderr);
    assert!(report.contains("Signature #1"), "{report}");
    let verify = ws.concord("en", &["verify", pdf.to_str().unwrap()]);
    assert_eq!(verify.code, 0, "{}{}", verify.stdout, verify.stderr);
    assert!(verify.stdout.contains("Li Jianguo"), "{}", verify.stdout);
}

#[test]
fn a_dialogue_without_targets_gets_a_draft_that_says_so() {
    let ws = Workspace::new();
    {
        let mut store = Store::open(&ws.db()).unwrap();
        store
            .save_dialogue(&concord_store::demo::dialogue())
            .unwrap();
    }
    let (pdf, run) = export(&ws, "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&pdf);
    assert!(text.contains("There are no targets yet"), "{text}");
    assert!(text.contains("DRAFT"), "{text}");
}

#[test]
fn an_output_path_onto_the_database_is_refused_and_nothing_is_written() {
    let ws = Workspace::with_demo();
    let before = std::fs::read(ws.db()).unwrap();
    let run = ws.concord(
        "en",
        &[
            "export",
            "pledge",
            "--out",
            ws.db().to_str().unwrap(),
            "--sign",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(std::fs::read(ws.db()).unwrap(), before);
    assert!(!ws.db().with_file_name("keys").exists(), "no key created");
}
