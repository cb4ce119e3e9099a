//! Search over 10,000 stakeholders (target ≤ 10 ms p95) and CSV import of 10,000 rows
//! (target ≤ 1 s), on a database file with WAL and synchronous=FULL, as the app runs it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use concord_domain::{Sector, StakeholderQuery, StakeholderSort};
use concord_register::{parse_import, synthetic};
use concord_store::{Store, demo};
use criterion::{BatchSize, Criterion, criterion_group};

const N: usize = 10_000;

fn store_with(n: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("bench.db")).expect("store");
    store.save_dialogue(&demo::dialogue()).expect("dialogue");
    store
        .add_stakeholders(&synthetic::people(n))
        .expect("people");
    (dir, store)
}

fn queries() -> Vec<StakeholderQuery> {
    let text = |t: &str| StakeholderQuery {
        text: t.into(),
        ..StakeholderQuery::default()
    };
    let mut out: Vec<StakeholderQuery> = [
        "",
        "w",
        "wang",
        "wzl",
        "王",
        "王志立",
        "zhili",
        "weinan",
        "渭南师范",
        "person123",
        "example.cn",
        "giulia",
        "rossi",
        "139 0000",
        "ouyang",
        "li jun",
        "nobody-at-all",
    ]
    .iter()
    .map(|t| text(t))
    .collect();
    out.push(StakeholderQuery {
        text: "wang".into(),
        sector: Some(Sector::Research),
        sort: StakeholderSort::Organisation,
        ..StakeholderQuery::default()
    });
    out.push(StakeholderQuery {
        sort: StakeholderSort::Sector,
        ..StakeholderQuery::default()
    });
    out
}

/// Every query many times; prints p50, p95 and the worst.
fn search_percentiles(store: &Store) {
    let mut times = Vec::new();
    for _ in 0..20 {
        for q in queries() {
            let start = Instant::now();
            let ids = store.search_stakeholders(&q).expect("search");
            times.push(start.elapsed());
            std::hint::black_box(ids);
        }
    }
    times.sort();
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    println!(
        "search over {N}: {} queries, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        times.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0))
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bench(c: &mut Criterion) {
    let (_dir, store) = store_with(N);
    search_percentiles(&store);
    let mut group = c.benchmark_group("register");
    group.bench_function("search 10k: wzl (pinyin initials)", |b| {
        let q = StakeholderQuery {
            text: "wzl".into(),
            ..StakeholderQuery::default()
        };
        b.iter(|| store.search_stakeholders(&q).expect("search"));
    });
    group.bench_function("search 10k: everyone, by name", |b| {
        let q = StakeholderQuery::default();
        b.iter(|| store.search_stakeholders(&q).expect("search"));
    });

    let utf8 = synthetic::csv(N);
    let gb = encoding_rs::GB18030.encode(&utf8).0.into_owned();
    group.sample_size(10);
    group.bench_function("import 10k rows (GB18030): parse + check", |b| {
        b.iter(|| parse_import(&gb, &[], None));
    });
    group.bench_function("import 10k rows (GB18030): parse + check + write", |b| {
        b.iter_batched(
            || store_with(0),
            |(_dir, mut store)| {
                let existing = store.stakeholders().expect("list");
                let report = parse_import(&gb, &existing, None);
                assert!(report.is_ok());
                let (added, updated) = report.plan();
                store
                    .apply_stakeholder_import(&added, &updated)
                    .expect("write");
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
