//! Typography read back from the PDFs with poppler: Latin words inside justified Chinese lines
//! keep their natural letter spacing.

mod util;

use util::{Workspace, tool};

/// The width of every occurrence of `word` that pdftotext finds as a word of its own, by the
/// height of its box (the font size), in points.
fn word_widths(bbox_html: &str, word: &str) -> Vec<(f64, f64)> {
    let attribute = |line: &str, name: &str| -> Option<f64> {
        let start = line.find(&format!("{name}=\"",))? + name.len() + 2;
        let end = start + line[start..].find('"')?;
        line[start..end].parse().ok()
    };
    bbox_html
        .lines()
        .filter(|l| l.trim_end().ends_with(&format!(">{word}</word>")))
        .filter_map(|l| {
            let width = attribute(l, "xMax")? - attribute(l, "xMin")?;
            let height = attribute(l, "yMax")? - attribute(l, "yMin")?;
            Some((height, width))
        })
        .collect()
}

#[test]
fn latin_words_in_justified_chinese_text_are_never_letter_spaced() {
    let ws = Workspace::with_demo();
    let out = ws.path("declaration-zh.pdf");
    let run = ws.concord(
        "en",
        &[
            "export",
            "declaration",
            "--lang",
            "zh-CN",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bbox = tool("pdftotext", &["-bbox"], &out);
    assert_eq!(bbox.code, 0);
    // pdftotext -bbox with the output to stdout needs "-" after the file: the tool helper puts
    // the file last, so read the .html it wrote beside the PDF instead.
    let html = std::fs::read_to_string(out.with_extension("html")).expect("bbox output");
    let widths = word_widths(&html, "APEC");
    let body: Vec<f64> = widths
        .iter()
        .filter(|(height, _)| (*height - 15.2).abs() < 0.5)
        .map(|(_, width)| *width)
        .collect();
    assert!(body.len() >= 4, "too few APEC in the body text: {widths:?}");
    let narrowest = body.iter().copied().fold(f64::INFINITY, f64::min);
    for width in &body {
        assert!(
            (width - narrowest).abs() < 0.05,
            "APEC is stretched in a justified line: {body:?}"
        );
    }
}
