//! The progress report of 30 targets with their charts (target ≤ 200 ms and ≤ 600 KB): the
//! demo's values, with 30 targets over fourteen of its indicators and the BAU's emissions (with
//! the measures' wedges) for 2030 and 2050. Beside it, the
//! targets pledge of the same 30 targets and the Local Action Plan of the demo's twelve measures.

use std::hint::black_box;

use chrono::NaiveDate;
use concord_store::{Store, TargetRow};
use concord_usecases::Language;
use concord_usecases::action_plan::export_action_plan;
use concord_usecases::pledge::export_pledge;
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
    // Two of the 30 on the BAU's emissions, whose chart stacks the measures' wedges.
    rows.truncate(28);
    for (year, value) in [(2030, 3400.0), (2050, 2000.0)] {
        rows.push(TargetRow {
            subject: "emissions".to_owned(),
            baseline_year: 2020,
            baseline_value: 3600.0,
            target_year: year,
            target_value: value,
        });
    }
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

fn pledge_and_plan(c: &mut Criterion) {
    let store = store_with_30_targets();
    // Unsigned: the database path is only read to sign.
    let db = std::path::Path::new("unused.db");
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-04T12:00:00+08:00").expect("time");
    let mut group = c.benchmark_group("pledge_and_action_plan");
    for (name, language) in [
        ("en", Language::En),
        ("zh-CN", Language::ZhCn),
        ("bilingual", Language::Bilingual),
    ] {
        let pledge = export_pledge(&store, db, language, None, now).expect("pledge");
        let plan = export_action_plan(&store, language).expect("plan");
        eprintln!(
            "pledge {name}: {} KB, {} pages; action plan {name}: {} KB, {} pages",
            pledge.kilobytes(),
            pledge.pages,
            plan.kilobytes(),
            plan.pages
        );
        group.bench_function(format!("pledge-30-targets-{name}"), |b| {
            b.iter(|| export_pledge(black_box(&store), db, language, None, now).expect("pledge"))
        });
        group.bench_function(format!("action-plan-12-measures-{name}"), |b| {
            b.iter(|| export_action_plan(black_box(&store), language).expect("plan"))
        });
    }
    group.finish();
}

criterion_group!(benches, report, pledge_and_plan);
criterion_main!(benches);
