//! The structure of the exported minutes as PDF tools read it: tagged (poppler shows the
//! structure tree), bookmarks for the headings, XMP metadata, and a file qpdf finds clean.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::{Workspace, tool};

/// The value pdfinfo prints for `key` (`Tagged:` gives `yes`).
fn info(pdfinfo: &str, key: &str) -> String {
    pdfinfo
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|| panic!("pdfinfo prints no {key}:\n{pdfinfo}"))
}

#[test]
fn the_minutes_are_tagged_with_metadata_and_check_clean_in_every_language() {
    let ws = Workspace::with_demo();
    for lang in ["en", "zh-CN", "bilingual"] {
        let pdf = ws.export_minutes(lang);
        let pdfinfo = tool("pdfinfo", &[], &pdf);
        assert_eq!(pdfinfo.code, 0, "{}", pdfinfo.stderr);
        assert_eq!(info(&pdfinfo.stdout, "Tagged:"), "yes", "{lang}");
        assert_eq!(info(&pdfinfo.stdout, "Metadata Stream:"), "yes", "{lang}");
        let check = tool("qpdf", &["--check"], &pdf);
        assert_eq!(
            check.code, 0,
            "qpdf {lang}: {}{}",
            check.stdout, check.stderr
        );
        assert!(
            check.stdout.contains("No syntax or stream encoding errors")
                && !check.stdout.to_lowercase().contains("warning"),
            "{}",
            check.stdout
        );
        let meta = tool("pdfinfo", &["-meta"], &pdf).stdout;
        let languages = if lang == "bilingual" {
            "<rdf:li>zh-CN</rdf:li><rdf:li>en</rdf:li>"
        } else if lang == "en" {
            "<rdf:Bag><rdf:li>en</rdf:li></rdf:Bag>"
        } else {
            "<rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag>"
        };
        assert!(meta.contains(languages), "{lang}: {meta}");
    }
}

#[test]
fn poppler_shows_the_structure_tree_of_the_bilingual_minutes() {
    let ws = Workspace::with_demo();
    let pdf = ws.export_minutes("bilingual");
    let run = tool("pdfinfo", &["-struct-text"], &pdf);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tree = run.stdout;
    let lines: Vec<&str> = tree.lines().collect();
    assert_eq!(lines.first().map(|l| l.trim()), Some("Document"), "{tree}");
    // The title, then the first section heading with both languages, each with its text.
    assert_eq!(lines[1].trim(), "H1 (block)", "{tree}");
    assert!(lines[2].contains("全体会议"), "{}", lines[2]);
    let first_h2 = lines
        .iter()
        .position(|l| l.trim() == "H2 (block)")
        .expect("a section heading");
    assert_eq!(
        lines[first_h2 + 1].trim(),
        "\"出席情况 Attendance\"",
        "{tree}"
    );
    // Tables with header cells (scope: column) and data cells in rows.
    for element in [
        "Table (block)",
        "TR",
        "TH:",
        "TD",
        "P (block)",
        "Span (inline)",
    ] {
        assert!(
            lines.iter().any(|l| l.trim() == element),
            "no {element} in\n{tree}"
        );
    }
    assert!(tree.contains("/Scope /Column"));
    // Running headers and page labels are artifacts, not text of the tree.
    assert!(!tree.contains("第 1 页"), "{tree}");
}

#[test]
fn the_bookmarks_lead_to_the_headings() {
    let ws = Workspace::with_demo();
    let pdf = ws.export_minutes("bilingual");
    let run = tool("qpdf", &["--json", "--json-key=outlines"], &pdf);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("qpdf's JSON");
    let outlines = json["outlines"].as_array().expect("outlines");
    assert!(outlines.len() > 3, "{outlines:?}");
    let first = &outlines[0];
    assert_eq!(first["title"], "出席情况 Attendance");
    let page = first["destpageposfrom1"].as_u64().expect("a page");
    let text = tool(
        "pdftotext",
        &[
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
            "-enc",
            "UTF-8",
        ],
        &pdf,
    );
    // pdftotext writes beside the PDF when given no output name.
    let printed = std::fs::read_to_string(pdf.with_extension("txt")).unwrap_or(text.stdout);
    assert!(printed.contains("出席情况"), "{printed}");
}
