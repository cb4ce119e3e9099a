//! The Deficits stage on the demo: the report PDF in each language, recomputing every deficit
//! (target ≤ 10 ms) and importing 10,000 value rows, checked then stored (target ≤ 1 s).

use std::hint::black_box;

use chrono::NaiveDate;
use concord_deficits::{Catalogue, Direction, Indicator, assess, check_values};
use concord_store::{OnDuplicateValue, Store};
use concord_usecases::Language;
use concord_usecases::deficits::{export_deficits, summary};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

fn demo() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    concord_store::demo::create(&mut store, day).expect("demo");
    store
}

fn report(c: &mut Criterion) {
    let store = demo();
    let now = NaiveDate::from_ymd_opt(2026, 12, 4)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("now");
    let mut group = c.benchmark_group("deficits_report");
    for (name, language) in [
        ("en", Language::En),
        ("zh-CN", Language::ZhCn),
        ("bilingual", Language::Bilingual),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| export_deficits(black_box(&store), language, now).expect("report"))
        });
    }
    group.finish();
}

fn recompute(c: &mut Criterion) {
    let store = demo();
    let mut group = c.benchmark_group("deficits_recompute");
    // What the report and the window read: values, benchmarks, flags, gaps, scorecard
    // totals and the ranking overall and per group, from the database.
    group.bench_function("summary_from_store", |b| {
        b.iter(|| summary(black_box(&store)).expect("summary"))
    });
    // The rule alone: every stored value's latest year against its benchmark.
    let catalogue = Catalogue::builtin().expect("catalogue");
    let values = store.indicator_values().expect("values");
    let benchmarks = store.benchmarks().expect("benchmarks");
    group.bench_function("assess_every_indicator", |b| {
        b.iter(|| {
            let mut flagged = 0;
            for (code, benchmark) in &benchmarks {
                let Some(indicator) = catalogue.find(code) else {
                    continue;
                };
                let latest = values
                    .iter()
                    .filter(|v| v.code == *code)
                    .max_by_key(|v| v.year);
                if let Some(v) = latest
                    && assess(indicator.direction, v.value, benchmark.value).is_some()
                {
                    flagged += 1;
                }
            }
            black_box(flagged)
        })
    });
    group.finish();
}

/// A table as `check_values` reads it: headers, then rows with their numbers.
type Rows = (Vec<String>, Vec<(usize, Vec<String>)>);

/// 10,000 rows: 100 indicators (the catalogue's and local ones) × 100 years.
fn rows() -> (Catalogue, Rows) {
    let mut catalogue = Catalogue::builtin().expect("catalogue");
    let mut n = 0;
    while catalogue
        .indicators
        .iter()
        .filter(|i| !i.yes_no && !i.needs_ppp_base_year)
        .count()
        < 100
    {
        n += 1;
        catalogue
            .add(Indicator {
                codes: vec![format!("L{n}")],
                goal: 11,
                name_en: format!("Local indicator {n}"),
                name_zh: format!("本地指标{n}"),
                unit: "%".into(),
                unit_zh: None,
                direction: Direction::HigherIsBetter,
                city_reportable: true,
                yes_no: false,
                needs_ppp_base_year: false,
                note_en: None,
                note_zh: None,
                zh_note: None,
                local: true,
            })
            .expect("local indicator");
    }
    let codes: Vec<(String, String)> = catalogue
        .indicators
        .iter()
        .filter(|i| !i.yes_no && !i.needs_ppp_base_year)
        .take(100)
        .map(|i| (i.code().to_owned(), i.unit.clone()))
        .collect();
    let headers = ["code", "year", "value", "unit", "source", "note"]
        .map(String::from)
        .to_vec();
    let mut rows = Vec::with_capacity(10_000);
    for (code, unit) in &codes {
        for year in 1991..2091 {
            let value = f64::from(year - 1990) * 0.37;
            rows.push((
                rows.len() + 2,
                vec![
                    code.clone(),
                    year.to_string(),
                    format!("{value:.2}"),
                    unit.clone(),
                    "统计年鉴 Statistical yearbook".to_owned(),
                    String::new(),
                ],
            ));
        }
    }
    (catalogue, (headers, rows))
}

fn import(c: &mut Criterion) {
    let (catalogue, (headers, rows)) = rows();
    assert_eq!(rows.len(), 10_000);
    let values = check_values(&headers, &rows, &catalogue).expect("rows check");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut group = c.benchmark_group("deficits_import_10000");
    group.sample_size(10);
    group.bench_function("check", |b| {
        b.iter(|| check_values(black_box(&headers), &rows, &catalogue).expect("rows check"))
    });
    let mut n = 0;
    let mut fresh = || {
        n += 1;
        Store::open(&dir.path().join(format!("import-{n}.db"))).expect("store")
    };
    group.bench_function("store", |b| {
        b.iter_batched(
            &mut fresh,
            |mut store| {
                let count = store
                    .save_indicator_values(&values, OnDuplicateValue::Refuse)
                    .expect("saved");
                (store, count)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("check_and_store", |b| {
        b.iter_batched(
            &mut fresh,
            |mut store| {
                let values = check_values(&headers, &rows, &catalogue).expect("rows check");
                let count = store
                    .save_indicator_values(&values, OnDuplicateValue::Refuse)
                    .expect("saved");
                (store, count)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, report, recompute, import);
criterion_main!(benches);
