//! Progress of 200 targets, each with ten yearly values (target ≤ 5 ms).

use std::hint::black_box;

use concord_deficits::Direction;
use concord_targets::{Baseline, assess};
use criterion::{Criterion, criterion_group, criterion_main};

/// A baseline, the 2030 target value and the values observed since.
type Case = (Baseline, f64, Vec<(i32, f64)>);

fn progress(c: &mut Criterion) {
    let targets: Vec<Case> = (0..200)
        .map(|i| {
            let base = 100.0 + f64::from(i);
            let series = (2016..2026)
                .map(|year| (year, base * (1.0 - 0.01 * f64::from(year - 2015 + i % 7))))
                .collect();
            (
                Baseline {
                    year: 2015,
                    value: base,
                },
                base * 0.6,
                series,
            )
        })
        .collect();
    c.bench_function("progress_of_200_targets", |b| {
        b.iter(|| {
            targets
                .iter()
                .map(|(baseline, target, series)| {
                    assess(
                        Direction::LowerIsBetter,
                        *baseline,
                        2030,
                        *target,
                        black_box(series),
                        Some(2025),
                    )
                    .status
                })
                .filter(|s| s.gauge().is_some())
                .count()
        })
    });
}

criterion_group!(benches, progress);
criterion_main!(benches);
