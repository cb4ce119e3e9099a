//! Render the fixed benchmark minutes (about 20 A4 pages, bilingual) to PDF.
//! Comparable figures on this machine: typst ≈ 240 ms, pdfmake ≈ 1.3 s
//! (whole process; see /work/shared/bench/README.md).
#![allow(clippy::unwrap_used)]

use std::hint::black_box;

use concord_documents::bench_content::minutes_document;
use criterion::{Criterion, criterion_group, criterion_main};

const FIXTURE: &str = include_str!("../tests/fixtures/minutes-20p.json");

fn bench(c: &mut Criterion) {
    let doc = minutes_document(FIXTURE).unwrap();
    let pdf = doc.render().unwrap();
    eprintln!(
        "minutes-20p: {} pages, {} bytes",
        pdf.page_count,
        pdf.bytes.len()
    );

    let mut group = c.benchmark_group("minutes_20p");
    group.sample_size(20);
    group.bench_function("layout", |b| b.iter(|| black_box(&doc).layout().unwrap()));
    group.bench_function("json_to_pdf", |b| {
        b.iter(|| {
            minutes_document(black_box(FIXTURE))
                .unwrap()
                .render()
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
