//! The chart gallery: each chart type in English and Chinese, as SVG (what the window shows)
//! and as a PDF page (what the export prints), from the same layout.
//! `cargo run -p concord-documents --example charts -- [out-dir]` (default `target/charts`).
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use concord_charts::{Chart, Lang, estimate_width, samples, svg};
use concord_documents::{Block, Document, Figure};

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/charts".to_owned()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        let charts = [
            ("line", Chart::Line(samples::emissions(lang))),
            ("bar", Chart::Bar(samples::deficits(lang))),
            ("radar", Chart::Radar(samples::scorecard(lang))),
        ];
        let (heading, label) = match lang {
            Lang::En => ("Chart gallery", "Figure"),
            Lang::Zh => ("图表示例", "图"),
        };
        let mut doc =
            Document::new(heading).with_language(if lang == Lang::Zh { "zh-CN" } else { "en" });
        for (i, (kind, chart)) in charts.into_iter().enumerate() {
            let scene = concord_charts::layout(&chart, 480.0, 300.0, &mut estimate_width);
            let svg_path = dir.join(format!("{kind}-{tag}.svg"));
            std::fs::write(&svg_path, svg::render(&scene)).unwrap();
            if i > 0 {
                doc.push(Block::PageBreak);
            }
            let caption = format!("{label} {}  {}", i + 1, chart.title());
            doc.push(Figure::new(chart, caption).with_height(340.0));
            eprintln!("{}", svg_path.display());
        }
        let pdf = doc.render().unwrap();
        let pdf_path = dir.join(format!("charts-{tag}.pdf"));
        std::fs::write(&pdf_path, &pdf.bytes).unwrap();
        eprintln!("{}: {} pages", pdf_path.display(), pdf.page_count);
    }
}
