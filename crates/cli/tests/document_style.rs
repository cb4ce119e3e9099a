//! `--style modern|official` on every `concord export …` of a PDF: the faces each style draws
//! in, read back with pdffonts (embedded and subset), and the text read back with pdftotext.

mod util;

use std::path::PathBuf;

use util::{Workspace, pdf_text, tool};

/// The faces of a PDF (subset tag removed), sorted, after checking each is embedded as a
/// subset with a ToUnicode map.
fn faces(pdf: &std::path::Path) -> Vec<String> {
    let run = tool("pdffonts", &[], pdf);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut faces: Vec<String> = run
        .stdout
        .lines()
        .skip(2)
        .map(|row| {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
            let (tag, face) = cols[0].split_once('+').expect("a subset tag");
            assert_eq!(tag.len(), 6, "{row}");
            face.to_owned()
        })
        .collect();
    faces.sort();
    faces.dedup();
    faces
}

fn export(ws: &Workspace, what: &[&str], style: Option<&str>, name: &str) -> PathBuf {
    let out = ws.path(name);
    let mut args: Vec<&str> = vec!["export"];
    args.extend_from_slice(what);
    if let Some(style) = style {
        args.extend(["--style", style]);
    }
    args.extend(["--out", out.to_str().expect("utf-8 path")]);
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    out
}

#[test]
fn every_export_takes_the_official_style_and_draws_it_in_its_own_faces() {
    let ws = Workspace::with_demo();
    let exports: [&[&str]; 8] = [
        &["minutes", "--lang", "zh-CN"],
        &["declaration", "--lang", "zh-CN"],
        &["deficits", "--lang", "zh-CN"],
        &["progress", "--lang", "zh-CN"],
        &["bau", "--lang", "zh-CN"],
        &["vision", "--lang", "zh-CN"],
        &["pledge", "--lang", "zh-CN"],
        &["action-plan", "--lang", "zh-CN"],
    ];
    for (i, what) in exports.iter().enumerate() {
        let pdf = export(&ws, what, Some("official"), &format!("official-{i}.pdf"));
        let faces = faces(&pdf);
        for face in ["NotoSerifCJKsc-Regular", "NotoSerifCJKsc-Bold"] {
            assert!(faces.iter().any(|f| f == face), "{what:?}: {faces:?}");
        }
        let text = pdf_text(&pdf);
        assert!(text.contains("— 1 —"), "{what:?}: official page number");
        assert!(!text.contains('\u{FFFD}'), "{what:?}");
    }
}

#[test]
fn the_modern_style_draws_headings_in_the_real_bold_and_keeps_the_text_exact() {
    let ws = Workspace::with_demo();
    let modern = export(&ws, &["minutes", "--lang", "zh-CN"], None, "modern.pdf");
    assert_eq!(
        faces(&modern),
        ["NotoSansCJKsc-Bold", "NotoSansCJKsc-Regular"],
        "the real bold face, no stroked outline"
    );
    let explicit = export(
        &ws,
        &["minutes", "--lang", "zh-CN"],
        Some("modern"),
        "modern-explicit.pdf",
    );
    assert_eq!(
        std::fs::read(&modern).expect("pdf"),
        std::fs::read(&explicit).expect("pdf"),
        "--style modern is the default"
    );
    let official = export(
        &ws,
        &["minutes", "--lang", "zh-CN"],
        Some("official"),
        "official.pdf",
    );
    // The same text in both styles, whatever the lines and pages: the same characters, and
    // the header's lines whole.
    let squeezed = |pdf: &std::path::Path| -> String {
        pdf_text(pdf)
            .lines()
            .filter(|l| !l.contains('页') && !l.starts_with('—'))
            // Agenda items are numbered "1." in the modern style and "（一）" in the official,
            // and only the official numbers the sections "一、".
            .map(|l| {
                let l = l.trim_start();
                let numerals = |n: &str| n.chars().all(|c| "一二三四五六七八九十".contains(c));
                let l = match l.split_once('、') {
                    Some((n, rest)) if numerals(n) => rest,
                    _ => l,
                };
                let numbered = l.strip_prefix('（').and_then(|r| r.split_once('）'));
                match numbered {
                    Some((n, rest)) if numerals(n) => rest,
                    _ => l.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'),
                }
            })
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let (a, b) = (squeezed(&modern), squeezed(&official));
    let chars = |s: &str| s.chars().collect::<std::collections::BTreeSet<char>>();
    assert_eq!(chars(&a), chars(&b));
    for needle in [
        "渭南市临渭区市民服务中心三楼市民大厅",
        "法定人数",
        "2026年11月23日",
    ] {
        assert!(a.contains(needle) && b.contains(needle), "{needle}");
    }
    let text = pdf_text(&official);
    assert!(text.contains("会议纪要"), "{text}");
}

#[test]
fn an_unknown_style_is_refused_and_writes_nothing() {
    let ws = Workspace::with_demo();
    let out = ws.path("x.pdf");
    let run = ws.concord(
        "en",
        &[
            "export",
            "minutes",
            "--style",
            "baroque",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("baroque"), "{}", run.stderr);
    assert!(!out.exists());
}
