//! A five-series line chart over 2005–2060 as a block of a document: laid out with the
//! embedded face's metrics and turned into PDF operations; and the whole one-page PDF.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;

use concord_charts::{Chart, Lang, samples};
use concord_documents::{Document, Figure, page_operations};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("chart_pdf_5x56");
    for lang in [Lang::En, Lang::Zh] {
        let doc = Document::new("").with_block(Figure::new(
            Chart::Line(samples::emissions(lang)),
            "Figure 1",
        ));
        group.bench_function(format!("layout_ops_{lang:?}"), |b| {
            b.iter(|| {
                let layout = black_box(&doc).layout().unwrap();
                page_operations(&layout).unwrap()
            })
        });
        group.bench_function(format!("pdf_file_{lang:?}"), |b| {
            b.iter(|| black_box(&doc).render().unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
