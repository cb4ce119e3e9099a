//! Declarations render to valid PDFs whose text can be extracted, with drawn signatures as
//! vector paths and a footer note on every page.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

use concord_documents::declaration::{DeclarationInput, Language, declaration_document};
use concord_domain::Declaration;
use concord_domain::declaration::roles;
use concord_store::demo;

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `pdftotext` output, or `None` (with a notice) when poppler is not installed.
fn pdftotext(path: &std::path::Path) -> Option<String> {
    match Command::new("pdftotext").arg(path).arg("-").output() {
        Ok(out) => {
            assert!(out.status.success());
            Some(String::from_utf8(out.stdout).unwrap())
        }
        Err(_) => {
            eprintln!("NOTICE: pdftotext not installed, skipping the text check");
            None
        }
    }
}

fn membership(language: Language, note: Option<&str>) -> concord_documents::Pdf {
    let dialogue = demo::dialogue();
    let decl = Declaration::membership(&dialogue, Some(demo::sample_date()));
    let input = DeclarationInput {
        dialogue: &dialogue,
        declaration: &decl,
        signatures: HashMap::from([(roles::FOCAL_POINT.to_owned(), demo::sample_signature())]),
        footer_note: note.map(str::to_owned),
    };
    declaration_document(&input, language).render().unwrap()
}

#[test]
fn the_membership_declaration_renders_in_each_language() {
    // Each language names the city in its own script only; the bilingual one in both.
    for (language, name, expected, absent) in [
        (
            Language::En,
            "decl-en.pdf",
            &[
                "I. Introduction",
                "V. How to join the network",
                "23 November 2026",
                "Weinan",
            ][..],
            "渭南",
        ),
        (
            Language::ZhCn,
            "decl-zh.pdf",
            &[
                "一、引言",
                "五、如何加入网络",
                "2026 年 11 月 23 日",
                "渭南",
            ][..],
            "Weinan",
        ),
        (
            Language::Bilingual,
            "decl-both.pdf",
            &[
                "一、引言",
                "I. Introduction",
                "2026 年 11 月 23 日 / 23 November 2026",
                "渭南",
                "Weinan",
            ][..],
            "（仅有",
        ),
    ] {
        let pdf = membership(language, None);
        assert!(
            pdf.bytes.len() < 200_000,
            "{name}: {} bytes",
            pdf.bytes.len()
        );
        let path = write(name, &pdf.bytes);
        if let Some(text) = pdftotext(&path) {
            for t in expected.iter().chain(&["li.jianguo@weinan.gov.cn"]) {
                assert!(text.contains(t), "{name} lacks {t:?}");
            }
            assert!(!text.contains(absent), "{name} has {absent:?}");
        }
        if let Ok(out) = Command::new("qpdf").arg("--check").arg(&path).output() {
            assert!(out.status.success(), "qpdf --check {name}");
        }
    }
}

#[test]
fn signature_paths_keep_angle_brackets_out_of_the_page_content() {
    let pdf = membership(Language::En, None);
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let mut curves = 0;
    for (_, page) in doc.get_pages() {
        let content = doc.get_page_content(page);
        let text = String::from_utf8_lossy(&content);
        curves += text.matches(" c\n").count();
        // Outside text objects there is nothing that `><` folding could touch.
        for (i, outside) in text.split("BT\n").enumerate() {
            let shapes = if i == 0 {
                outside
            } else {
                outside.split_once("ET").map_or("", |(_, after)| after)
            };
            assert!(!shapes.contains('<') && !shapes.contains('>'), "{shapes}");
        }
    }
    assert!(
        curves > 50,
        "the drawn signature is a smooth path: {curves}"
    );
}

#[test]
fn a_long_footer_note_is_printed_whole_on_every_page() {
    let fingerprint = (0..32)
        .map(|i| format!("{:02X}", i * 7 % 256))
        .collect::<Vec<_>>()
        .join(":");
    let note = format!("证书 Certificate SHA-256 {fingerprint}");
    let pdf = membership(Language::Bilingual, Some(&note));
    let path = write("decl-note.pdf", &pdf.bytes);
    if let Some(text) = pdftotext(&path) {
        let pages = text.matches(&fingerprint).count();
        assert_eq!(pages, pdf.page_count, "once per page:\n{text}");
    }
}
