//! The progress report of 30 targets with their charts (target ≤ 200 ms and ≤ 600 KB): the
//! demo's values, with 30 targets over its fifteen indicators for 2030 and 2050.

use std::hint::black_box;

use chrono::NaiveDate;
use concord_store::{Store, TargetRow};
use concord_usecases::Language;
use concord_usecases::progress_report::export_progress;
use criterion::{Criterion, criterion_group, criterion_main};

fn store_with_30_targets() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    concord_store::demo::create(&mut store, day).expect("demo");
    let values = store.indicator_values().expect("values");
    let mut rows = Vec::new();
    for value in values.iter().filter(|v| v.year == 2021) {
        for (year, factor) in [(2030, 0.8), (2050, 0.5)] {
            rows.push(TargetRow {
                subject: value.code.clone(),
                baseline_year: 2021,
                baseline_value: value.value,
                target_year: year,
                target_value: value.value * factor,
            });
        }
    }
    rows.truncate(30);
    let at = day.and_hms_opt(18, 0, 0).expect("time");
    store.replace_target_proposals(&rows, at).expect("targets");
    store
}

fn report(c: &mut Criterion) {
    let store = store_with_30_targets();
    let mut group = c.benchmark_group("progress_report_30_targets");
    for (name, language) in [
        ("en", Language::En),
        ("zh-CN", Language::ZhCn),
        ("bilingual", Language::Bilingual),
    ] {
        let size = export_progress(&store, Some(2023), language, None)
            .expect("report")
            .kilobytes();
        eprintln!("progress report {name}: {size} KB");
        group.bench_function(name, |b| {
            b.iter(|| {
                export_progress(black_box(&store), Some(2023), language, None).expect("report")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
