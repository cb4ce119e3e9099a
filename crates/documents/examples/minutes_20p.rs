//! Whole-process timing of the benchmark content, comparable with the other
//! engines' figures: `cargo run --release --example minutes_20p -- out.pdf [modern|official]`.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "minutes-20p.pdf".to_owned());
    let json = include_str!("../tests/fixtures/minutes-20p.json");
    let style = std::env::args()
        .nth(2)
        .map_or(Ok(concord_documents::DocStyle::Modern), |s| s.parse())
        .unwrap();
    let doc = concord_documents::bench_content::minutes_document(json)
        .unwrap()
        .with_style(style);
    let pdf = doc.render().unwrap();
    std::fs::write(&out, &pdf.bytes).unwrap();
    eprintln!(
        "{out}: {} pages, {} bytes in {:?}",
        pdf.page_count,
        pdf.bytes.len(),
        start.elapsed()
    );
}
