//! Tallying a question of 500 voting members over 10 rounds (target ≤ 1 ms): every round's
//! tally from its positions, then the question's state from the rounds.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use concord_domain::{
    DecisionRule, Interventions, Position, RoundResult, RuleKind, question_state, tally_round,
};
use criterion::{Criterion, criterion_group};

const MEMBERS: usize = 500;
const ROUNDS: usize = 10;

/// Ten rounds of 500 positions with a mix that fails consensus each time.
fn rounds() -> Vec<Vec<Position>> {
    (0..ROUNDS)
        .map(|round| {
            (0..MEMBERS)
                .map(|member| match (member * 7 + round * 13) % 10 {
                    0 | 1 => Position::StandAside,
                    2 => Position::Object,
                    _ => Position::Consent,
                })
                .collect()
        })
        .collect()
}

fn tally_question(rule: &DecisionRule, rounds: &[Vec<Position>]) -> usize {
    let results: Vec<RoundResult> = rounds
        .iter()
        .map(|positions| tally_round(rule, MEMBERS as u32, MEMBERS as u32, positions))
        .collect();
    let state = question_state(rule, &results, false, Interventions::default());
    usize::from(state.decided) + results.len()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bench(c: &mut Criterion) {
    let rule = DecisionRule {
        kind: RuleKind::ConsensusMinus,
        allowed_objections: 1,
        max_failed_rounds: 3,
        ..DecisionRule::default()
    };
    let rounds = rounds();

    let mut times: Vec<Duration> = (0..2000)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(tally_question(&rule, std::hint::black_box(&rounds)));
            start.elapsed()
        })
        .collect();
    times.sort();
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    println!(
        "tally {MEMBERS} members x {ROUNDS} rounds: p50 {:.4} ms, p95 {:.4} ms, max {:.4} ms",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0))
    );

    c.bench_function("tally 500 members x 10 rounds", |b| {
        b.iter(|| tally_question(&rule, std::hint::black_box(&rounds)));
    });
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
