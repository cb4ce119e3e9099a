//! The BAU stage on the demo: the window's redraw from typed rows (rows checked, projected,
//! every chart laid out and written as SVG, tables and notes; target ≤ 16 ms from a keystroke
//! to the new chart) and the report PDF in each language (target ≤ 100 ms).

use std::hint::black_box;

use chrono::NaiveDate;
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::bau::grid_of;
use concord_usecases::bau_report::export_bau;
use concord_usecases::bau_view::{comparison, preview};
use criterion::{Criterion, criterion_group, criterion_main};

fn demo() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    concord_store::demo::create(&mut store, day).expect("demo");
    store
}

fn redraw(c: &mut Criterion) {
    let store = demo();
    let bau = store.scenario(None).expect("BAU");
    let grid = grid_of(&store.scenario_assumptions(bau.id).expect("rows"));
    let mut group = c.benchmark_group("bau_window");
    for (name, language) in [("en", Language::En), ("zh-CN", Language::ZhCn)] {
        group.bench_function(format!("redraw_from_typed_rows_{name}"), |b| {
            b.iter(|| preview(black_box(&grid), "BAU", None, 2060, language))
        });
    }
    // The heavier case: the low-carbon scenario typed, drawn beside the BAU.
    let low = store.scenario(Some("Low carbon 低碳")).expect("low carbon");
    let low_grid = grid_of(&store.scenario_assumptions(low.id).expect("rows"));
    let bau = comparison(&store, Some("BAU")).expect("BAU");
    group.bench_function("redraw_beside_the_bau_en", |b| {
        b.iter(|| {
            preview(
                black_box(&low_grid),
                "Low carbon",
                bau.as_ref(),
                2060,
                Language::En,
            )
        })
    });
    group.finish();
}

fn report(c: &mut Criterion) {
    let store = demo();
    let mut group = c.benchmark_group("bau_report");
    for (name, language) in [
        ("en", Language::En),
        ("zh-CN", Language::ZhCn),
        ("bilingual", Language::Bilingual),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| export_bau(black_box(&store), None, language).expect("report"))
        });
    }
    group.finish();
}

criterion_group!(benches, redraw, report);
criterion_main!(benches);
