//! A five-series line chart over 2005–2060 (56 years): layout alone, and layout + SVG.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;

use concord_charts::{Chart, Lang, estimate_width, layout, samples, svg};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("line_chart_5x56");
    for lang in [Lang::En, Lang::Zh] {
        let chart = Chart::Line(samples::emissions(lang));
        group.bench_function(format!("layout_{lang:?}"), |b| {
            b.iter(|| layout(black_box(&chart), 480.0, 300.0, &mut estimate_width))
        });
        group.bench_function(format!("layout_svg_{lang:?}"), |b| {
            b.iter(|| {
                let scene = layout(black_box(&chart), 480.0, 300.0, &mut estimate_width);
                svg::render(&scene)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
