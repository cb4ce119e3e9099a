//! Recording one position durably (target ≤ 10 ms p95): a database file in WAL mode with
//! synchronous=FULL, as the app runs it, the demo dialogue loaded and a round open on its
//! second plenary. Each call is one committed transaction, with the checks and the new tally.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeDelta};
use concord_domain::{Position, Question, Role, Status};
use concord_store::{Store, demo};
use criterion::{Criterion, criterion_group};

fn at(minute: i64) -> NaiveDateTime {
    demo::sample_date().and_hms_opt(9, 0, 0).expect("time")
        + TimeDelta::days(28)
        + TimeDelta::minutes(minute)
}

/// The demo on a file, its second plenary open with every voting member in the room, and a
/// round open. Returns the round and the voters.
fn setup() -> (tempfile::TempDir, Store, i64, Vec<i64>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("bench.db")).expect("store");
    let summary = demo::create(&mut store, demo::sample_date()).expect("demo");
    let meeting_id = store
        .meetings()
        .expect("meetings")
        .iter()
        .map(|m| m.id)
        .find(|id| *id != summary.meeting_id)
        .expect("planned plenary");
    store
        .open_meeting(meeting_id, "王志立", at(0), false)
        .expect("open");
    let voters: Vec<i64> = store
        .stakeholders()
        .expect("people")
        .iter()
        .filter(|p| p.role == Role::VotingMember && p.status == Status::Active)
        .map(|p| p.id)
        .collect();
    for id in &voters {
        store.check_in(meeting_id, *id, at(1)).expect("check in");
    }
    let question = Question {
        id: 0,
        meeting_id,
        agenda_item_id: None,
        text_zh: "采纳愿景第二稿。".into(),
        text_en: "Adopt the second draft of the vision.".into(),
        subject: None,
        rule_override: None,
    };
    let id = store.add_question(&question, at(2)).expect("ask");
    let round = store.open_round(id, "", "", at(3)).expect("round").rounds[0].id;
    (dir, store, round, voters)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bench(c: &mut Criterion) {
    let (_dir, mut store, round, voters) = setup();
    let positions = [Position::Consent, Position::StandAside, Position::Object];
    // Every call changes someone's position, so every call writes and syncs.
    let mut n = 0usize;
    let mut record = |store: &mut Store| {
        n += 1;
        let voter = voters[n % voters.len()];
        let position = positions[(n / voters.len()) % positions.len()];
        store
            .record_position(round, voter, position, at(4))
            .expect("record")
    };

    let mut times: Vec<Duration> = (0..500)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(record(&mut store));
            start.elapsed()
        })
        .collect();
    times.sort();
    let pick = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    println!(
        "record one position durably (file, WAL, FULL): {} calls, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        times.len(),
        ms(pick(0.5)),
        ms(pick(0.95)),
        ms(pick(1.0))
    );

    let mut group = c.benchmark_group("questions");
    group.sample_size(50);
    group.bench_function("record one position (file, WAL, synchronous=FULL)", |b| {
        b.iter(|| record(&mut store));
    });
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
