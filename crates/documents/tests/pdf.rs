//! Render real PDFs and check them with poppler and qpdf when installed.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::Command;

use concord_documents::linebreak::forbidden_at_line_start;
use concord_documents::{Block, DocStyle, Document, KeyValue, Pdf, Signer, Table, bench_content};

const FIXTURE: &str = include_str!("fixtures/minutes-20p.json");

fn write(name: &str, pdf: &Pdf) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, &pdf.bytes).unwrap();
    path
}

/// Run a tool; `None` (with a notice) when it is not installed.
fn run(tool: &str, args: &[&str]) -> Option<std::process::Output> {
    match Command::new(tool).args(args).output() {
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("NOTICE: `{tool}` not installed, skipping that check");
            None
        }
        Err(e) => panic!("running {tool}: {e}"),
    }
}

/// The faces of the modern style: the regular text and the real bold of titles and headings.
const MODERN_FACES: &[&str] = &["NotoSansCJKsc-Bold", "NotoSansCJKsc-Regular"];

/// The checks every PDF we produce must pass: the text is there, and the faces are exactly
/// `faces`, each embedded as a subset with a ToUnicode map.
fn check_with_tools(path: &std::path::Path, expect_text: &[&str]) {
    check_faces(path, expect_text, MODERN_FACES);
}

fn check_faces(path: &std::path::Path, expect_text: &[&str], faces: &[&str]) {
    let p = path.to_str().unwrap();
    if let Some(out) = run("pdftotext", &[p, "-"]) {
        assert!(out.status.success(), "pdftotext failed: {out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        for t in expect_text {
            assert!(text.contains(t), "pdftotext output lacks {t:?}:\n{text}");
        }
    }
    if let Some(out) = run("pdffonts", &[p]) {
        assert!(out.status.success(), "pdffonts failed: {out:?}");
        let listing = String::from_utf8(out.stdout).unwrap();
        let rows: Vec<&str> = listing.lines().skip(2).collect();
        let mut seen = Vec::new();
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let name = cols[0];
            let (tag, face) = name.split_once('+').unwrap();
            assert!(
                tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
                "{name}"
            );
            seen.push(face.to_owned());
            // name, type (2 words), encoding, emb, sub, uni, object id (2)
            let n = cols.len();
            assert_eq!(
                &cols[n - 5..n - 2],
                ["yes", "yes", "yes"],
                "emb/sub/uni:\n{listing}"
            );
        }
        seen.sort();
        assert_eq!(seen, faces, "faces:\n{listing}");
    }
    if let Some(out) = run("qpdf", &["--check", p]) {
        assert!(
            out.status.success(),
            "qpdf --check failed: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

fn sample() -> Document {
    Document::new("渭南市多方利益相关者对话会议纪要")
        .with_subtitle("Minutes of the Weinan Multistakeholder Dialogue")
        .with_language("zh-CN")
        .with_header("渭南 · Weinan")
        .with_page_label(|n, t| format!("Page {n} of {t}"))
        .with_block(vec![
            KeyValue::new("主持 Chair", "李建国").with_secondary("Li Jianguo"),
        ])
        .with_block(Block::h1("一、出席情况").with_secondary("1. Attendance"))
        .with_block(Block::paragraph("第一段：吉野家的“𠮷”字在第二平面。"))
        .with_block(Block::secondary("The first paragraph, in English."))
        .with_block(
            Table::new([("姓名 Name", 1.0), ("单位 Organisation", 3.0)])
                .with_row(["𠮷田", "渭南市人民政府"]),
        )
        .with_block(Block::paragraph("第二段。"))
        .with_block(Block::signatures([Signer::new(
            "主持人",
            "李建国",
            "副秘书长",
        )]))
}

#[test]
fn sample_pdf_is_valid_searchable_and_subset() {
    let pdf = sample().render().unwrap();
    assert_eq!(pdf.page_count, 1);
    assert!(pdf.bytes.len() < 100_000, "{} bytes", pdf.bytes.len());
    let s = String::from_utf8_lossy(&pdf.bytes);
    assert!(s.contains("/Lang(zh-CN)") || s.contains("/Lang (zh-CN)"));
    let path = write("sample.pdf", &pdf);
    check_with_tools(
        &path,
        &["渭南", "𠮷", "Page 1 of 1", "Weinan", "第一段", "李建国"],
    );
    // Reading order: the first paragraph comes before the second.
    if let Some(out) = run("pdftotext", &[path.to_str().unwrap(), "-"]) {
        let text = String::from_utf8(out.stdout).unwrap();
        let a = text.find("第一段").unwrap();
        let b = text.find("第二段").unwrap();
        assert!(a < b);
    }
}

#[test]
fn rendering_is_deterministic() {
    let a = sample().render().unwrap();
    let b = sample().render().unwrap();
    assert!(a.bytes == b.bytes, "same input must give the same bytes");
}

#[test]
fn bench_minutes_render_small_with_sane_page_count() {
    let doc = bench_content::minutes_document(FIXTURE).unwrap();
    let layout = doc.layout().unwrap();
    for (i, page) in layout.pages().iter().enumerate() {
        for run in page.texts() {
            if let Some(first) = run.text.chars().next() {
                assert!(
                    !forbidden_at_line_start(first),
                    "page {}: line starts with {first:?}: {}",
                    i + 1,
                    run.text
                );
            }
        }
    }
    let pdf = doc.render().unwrap();
    eprintln!(
        "minutes-20p: {} pages, {} bytes",
        pdf.page_count,
        pdf.bytes.len()
    );
    assert!(
        (12..=30).contains(&pdf.page_count),
        "{} pages",
        pdf.page_count
    );
    assert!(pdf.bytes.len() < 500_000, "{} bytes", pdf.bytes.len());
    let path = write("minutes-20p.pdf", &pdf);
    let last = format!("Page {n} of {n}", n = pdf.page_count);
    check_with_tools(&path, &["渭南", "𠮷", "Weinan", "Page 1 of", &last]);
}

#[test]
fn carbon_dioxide_prints_with_its_digit_not_a_box() {
    let pdf = Document::new("排放 Emissions")
        .with_block(Block::paragraph("2020年排放 1.2 万吨CO₂，人均 0.5 tCO₂e。"))
        .render()
        .unwrap();
    let path = write("co2.pdf", &pdf);
    check_with_tools(&path, &["万吨 CO2", "tCO2e"]);
    if let Some(out) = run("pdftotext", &[path.to_str().unwrap(), "-"]) {
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.contains('\u{FFFD}') && !text.contains('□'), "{text}");
    }
}

#[test]
fn the_official_style_draws_each_text_in_its_own_face_and_subsets_them_all() {
    let doc = sample()
        .with_style(DocStyle::Official)
        .with_block(Block::h2("（一）表决情况"))
        .with_block(Block::paragraph(
            "表决以协商一致方式进行。龘字只在完整字体中。",
        ));
    let pdf = doc.render().unwrap();
    let path = write("official.pdf", &pdf);
    // Title in bold serif, 一、 in 黑体, （一） in 楷体, the body in the serif face; 龘 is in
    // no subset, so the full regular face draws it.
    check_faces(
        &path,
        &[
            "渭南",
            "𠮷",
            "一、出席情况",
            "（一）表决情况",
            "龘字",
            "— 1 —",
            "李建国",
        ],
        &[
            "NotoSansCJKsc-Bold",
            "NotoSansCJKsc-Regular",
            "NotoSerifCJKsc-Bold",
            "NotoSerifCJKsc-Regular",
            "WenKaiSubset-Regular",
        ],
    );
    assert!(pdf.bytes.len() < 150_000, "{} bytes", pdf.bytes.len());
}
