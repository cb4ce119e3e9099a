//! Charts in a PDF: vector paths and real text (found by `pdftotext`), no image (checked
//! with `pdfimages -list`), one page per chart, captioned.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::Command;

use concord_charts::{Chart, Lang, samples};
use concord_documents::layout::Item;
use concord_documents::{Block, Document, Figure};

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A tool's stdout, or `None` (with a notice) when it is not installed.
fn tool(name: &str, args: &[&str]) -> Option<String> {
    match Command::new(name).args(args).output() {
        Ok(out) => {
            assert!(out.status.success(), "{name} failed: {out:?}");
            Some(String::from_utf8(out.stdout).unwrap())
        }
        Err(_) => {
            eprintln!("NOTICE: {name} not installed, skipping that check");
            None
        }
    }
}

fn gallery(lang: Lang) -> Document {
    Document::new("")
        .with_block(Figure::new(
            Chart::Line(samples::emissions(lang)),
            "Figure 1: Emissions",
        ))
        .with_block(Figure::new(
            Chart::Bar(samples::deficits(lang)),
            "Figure 2: Deficits",
        ))
        .with_block(Figure::new(
            Chart::Radar(samples::scorecard(lang)),
            "Figure 3: Scorecard",
        ))
}

#[test]
fn chart_text_is_extractable_and_nothing_is_an_image() {
    for (lang, tag, wants) in [
        (
            Lang::En,
            "en",
            [
                "Emissions (kt CO2e)",
                "APEC goal 2035",
                "Business as usual (BAU)",
                "Climate action plan",
                "2060",
                "Figure 1: Emissions",
                "Safeguard natural buffers",
                "Weighted votes (points)",
                "18,520",
            ],
        ),
        (
            Lang::Zh,
            "zh",
            [
                "排放量（千吨二氧化碳当量）",
                "APEC 2035 年目标",
                "基准情景（BAU）",
                "气候行动方案",
                "2060",
                "Figure 2: Deficits",
                "保护自然缓冲区",
                "加权票数（分）",
                "1.85 万",
            ],
        ),
    ] {
        let pdf = gallery(lang).render().unwrap();
        let path = write(&format!("charts-{tag}.pdf"), &pdf.bytes);
        let p = path.to_str().unwrap();
        if let Some(text) = tool("pdftotext", &[p, "-"]) {
            for want in wants {
                assert!(
                    text.contains(want),
                    "{tag}: pdftotext lacks {want:?}:\n{text}"
                );
            }
        }
        if let Some(list) = tool("pdfimages", &["-list", p]) {
            // Only the two header lines: no image at all.
            assert_eq!(list.lines().count(), 2, "{tag}: images found:\n{list}");
        }
        if let Some(check) = tool("qpdf", &["--check", p]) {
            assert!(
                check.contains("No syntax or stream encoding errors"),
                "{check}"
            );
        }
    }
}

#[test]
fn a_chart_is_never_split_across_pages() {
    for filler in [10usize, 25, 35, 45] {
        let lines = (0..filler)
            .map(|i| format!("line {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        let doc = Document::new("")
            .with_block(Block::paragraph(lines))
            .with_block(Figure::new(
                Chart::Line(samples::emissions(Lang::En)),
                "Figure 1: Emissions",
            ));
        let layout = doc.layout().unwrap();
        let pages_with_chart: Vec<usize> = layout
            .pages()
            .iter()
            .enumerate()
            .filter(|(_, p)| p.items.iter().any(|i| matches!(i, Item::Vector(_))))
            .map(|(n, _)| n)
            .collect();
        assert_eq!(
            pages_with_chart.len(),
            1,
            "{filler} lines: chart on pages {pages_with_chart:?}"
        );
        let page = &layout.pages()[pages_with_chart[0]];
        let text = page.text();
        assert!(
            text.contains("Figure 1: Emissions") && text.contains("APEC goal 2035"),
            "{text}"
        );
        // Everything of the chart stays in the text area.
        for item in &page.items {
            if let Item::Vector(v) = item {
                for (x, y) in &v.points {
                    assert!(
                        *x >= concord_documents::layout::MARGIN_X - 4.0
                            && *y <= concord_documents::layout::BODY_BOTTOM + 0.5,
                        "{x},{y}"
                    );
                }
            }
        }
    }
}

#[test]
fn caption_sits_under_the_chart() {
    let layout = Document::new("")
        .with_block(Figure::new(
            Chart::Bar(samples::deficits(Lang::En)),
            "Figure 2: Deficits",
        ))
        .layout()
        .unwrap();
    let page = &layout.pages()[0];
    let caption = page
        .texts()
        .find(|t| t.text == "Figure 2: Deficits")
        .unwrap();
    let lowest_path = page
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Vector(v) => v.points.iter().map(|p| p.1).reduce(f32::max),
            _ => None,
        })
        .fold(0.0f32, f32::max);
    assert!(
        caption.baseline > lowest_path,
        "{} vs {lowest_path}",
        caption.baseline
    );
}
