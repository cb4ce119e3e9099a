//! The vision declaration of the demo's adopted version (v3) in each language, from the store
//! to the bytes (target ≤ 50 ms), and a signed one (the signature's keys made once, before).

use std::hint::black_box;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::signing::CityRole;
use concord_usecases::vision::{VersionChoice, export_vision};
use criterion::{Criterion, criterion_group, criterion_main};

fn demo() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    concord_store::demo::create(&mut store, day).expect("demo");
    store
}

fn declaration(c: &mut Criterion) {
    let store = demo();
    let keys = tempfile::tempdir().expect("tempdir");
    let db = keys.path().join("concord.db");
    let now = FixedOffset::east_opt(8 * 3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 12, 4, 10, 0, 0).single())
        .expect("now");
    let mut group = c.benchmark_group("vision_declaration");
    for (name, language) in [
        ("en", Language::En),
        ("zh-CN", Language::ZhCn),
        ("bilingual", Language::Bilingual),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                export_vision(
                    black_box(&store),
                    &db,
                    VersionChoice::Adopted,
                    language,
                    None,
                    now,
                )
                .expect("export")
            })
        });
    }
    // The draft version 2 with its annex against version 1.
    group.bench_function("bilingual_draft_v2", |b| {
        b.iter(|| {
            export_vision(
                black_box(&store),
                &db,
                VersionChoice::Number(2),
                Language::Bilingual,
                None,
                now,
            )
            .expect("export")
        })
    });
    // Keys are created by the first signature; time the ones after.
    export_vision(
        &store,
        &db,
        VersionChoice::Adopted,
        Language::Bilingual,
        Some(CityRole::FocalPoint),
        now,
    )
    .expect("first signed export");
    group.bench_function("bilingual_signed", |b| {
        b.iter(|| {
            export_vision(
                black_box(&store),
                &db,
                VersionChoice::Adopted,
                Language::Bilingual,
                Some(CityRole::FocalPoint),
                now,
            )
            .expect("export")
        })
    });
    group.finish();
}

criterion_group!(benches, declaration);
criterion_main!(benches);
