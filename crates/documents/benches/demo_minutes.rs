//! Export of the demo dialogue's minutes: load from the store, lay out, render.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;

use concord_documents::minutes::{Language, MinutesInput, minutes_document};
use concord_store::{Store, demo};
use criterion::{Criterion, criterion_group, criterion_main};

fn export(store: &Store, language: Language) -> Vec<u8> {
    let dialogue = store.require_dialogue().unwrap();
    let record = store.meeting(store.latest_meeting_id().unwrap()).unwrap();
    let people = store.stakeholders().unwrap();
    let questions = store.questions(record.meeting.id).unwrap();
    let input = MinutesInput::new(
        &dialogue,
        &record.meeting,
        &record.agenda,
        &record.attendance,
        &people,
    )
    .with_records(&record.decisions, &record.action_items, &record.addenda)
    .with_questions(&questions);
    minutes_document(&input, language).render().unwrap().bytes
}

fn bench(c: &mut Criterion) {
    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    let mut group = c.benchmark_group("demo_minutes");
    group.sample_size(20);
    for (name, language) in [
        ("en", Language::En),
        ("zh-CN", Language::ZhCn),
        ("bilingual", Language::Bilingual),
    ] {
        eprintln!(
            "demo minutes {name}: {} bytes",
            export(&store, language).len()
        );
        group.bench_function(name, |b| b.iter(|| export(black_box(&store), language)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
