//! The ranking vote of the window's Deficits stage: each voter's order counted by the Borda
//! count, the same count by sector and by triple-helix group, and the ballots a vote of the
//! other method, a repeated deficit or an unknown one would be, refused with nothing recorded.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::deficits_view::{
    VoteMethod, close_vote, open_vote, record_dots, record_order,
};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    concord_store::demo::create(&mut store, day).unwrap();
    store
}

#[test]
fn each_order_is_counted_by_borda_overall_and_by_group() {
    let mut store = demo();
    let s = open_vote(&mut store, VoteMethod::Borda, 0, Language::En, now()).unwrap();
    assert_eq!(s.ranking.method, "borda");
    assert!(s.ranking.open);
    let codes: Vec<String> = s
        .ranking
        .candidates
        .iter()
        .map(|c| c.code.clone())
        .collect();
    assert!(codes.len() >= 3, "{codes:?}");
    let n = codes.len() as u32;
    // Two voters of different triple-helix groups who want different things.
    let first = &s.ranking.voters[0];
    let other = s
        .ranking
        .voters
        .iter()
        .find(|v| v.helix != first.helix)
        .unwrap();
    let (a, b) = (first.id, other.id);
    let forward = codes.clone();
    let backward: Vec<String> = codes.iter().rev().cloned().collect();
    record_order(&mut store, a, &forward, Language::En, now()).unwrap();
    let out = record_order(&mut store, b, &backward[..2], Language::En, now()).unwrap();
    let r = out.stage.unwrap().ranking;

    // a gives n points to the first; b ranks only two: 2 to the last code, 1 to the one before.
    let points = |code: &str| r.result.iter().find(|i| i.code == code).unwrap().points;
    assert_eq!(points(&codes[0]), n);
    assert_eq!(points(&codes[codes.len() - 1]), 1 + 2);
    assert_eq!(r.result[0].code, codes[0]);
    // Each voter's order comes back as they gave it.
    let order_of = |id: i64| r.voters.iter().find(|v| v.id == id).unwrap().order.clone();
    assert_eq!(order_of(a), forward);
    assert_eq!(order_of(b), backward[..2].to_vec());
    assert!(r.voters.iter().all(|v| v.dots.is_empty()));

    // Each group's own count: a's group puts the first code first, b's the last.
    let group = |label: &str| r.by_helix.iter().find(|g| g.label == label).unwrap();
    let mine = group(&first.helix);
    let theirs = group(&other.helix);
    assert_eq!((mine.voters, theirs.voters), (1, 1));
    assert_eq!(mine.items[0].code, codes[0]);
    assert_eq!(theirs.items[0].code, codes[codes.len() - 1]);
    assert!(!r.by_sector.is_empty());

    // The minutes' count reads the same ballots the same way once the vote is closed.
    let s = close_vote(&mut store, Language::En, now()).unwrap();
    assert!(!s.ranking.open);
    assert_eq!(s.ranking.result[0].code, codes[0]);
}

#[test]
fn a_ballot_that_cannot_count_is_refused_and_nothing_is_recorded() {
    let mut store = demo();
    let s = open_vote(&mut store, VoteMethod::Borda, 0, Language::En, now()).unwrap();
    let codes: Vec<String> = s
        .ranking
        .candidates
        .iter()
        .map(|c| c.code.clone())
        .collect();
    let voter = s.ranking.voters[0].id;

    let twice = vec![codes[0].clone(), codes[0].clone()];
    let out = record_order(&mut store, voter, &twice, Language::En, now()).unwrap();
    assert!(out.stage.is_none());
    assert_eq!(out.problems[0].field, "order");
    assert!(
        out.problems[0].message.contains("twice"),
        "{}",
        out.problems[0].message
    );

    let unknown = vec!["99.9.9".to_owned()];
    let out = record_order(&mut store, voter, &unknown, Language::ZhCn, now()).unwrap();
    assert!(out.problems[0].message.contains("99.9.9"));
    assert!(
        !out.problems[0].message.contains("voted for"),
        "not in Chinese"
    );

    // Dots are not a ranking vote's ballot.
    let dots = [(codes[0].clone(), 3)].into();
    let out = record_dots(&mut store, voter, &dots, Language::En, now()).unwrap();
    assert!(
        out.problems[0].message.contains("order"),
        "{}",
        out.problems[0].message
    );
    let ranking = store.latest_ranking().unwrap().unwrap();
    assert!(ranking.ballots.is_empty(), "a refused ballot was recorded");

    // And an order is not a dot vote's.
    close_vote(&mut store, Language::En, now()).unwrap();
    open_vote(&mut store, VoteMethod::Dots, 8, Language::En, now()).unwrap();
    let out = record_order(&mut store, voter, &codes, Language::En, now()).unwrap();
    assert!(
        out.problems[0].message.contains("dots"),
        "{}",
        out.problems[0].message
    );
    assert!(store.latest_ranking().unwrap().unwrap().ballots.is_empty());
}

#[test]
fn an_order_without_an_open_vote_opens_a_ranking_vote() {
    let mut store = demo();
    // The demo's dot vote is closed.
    let s = concord_usecases::deficits_view::stage(&store, Language::En).unwrap();
    assert!(!s.ranking.open);
    let code = s.ranking.candidates[0].code.clone();
    let voter = s.ranking.voters[0].id;
    let out = record_order(
        &mut store,
        voter,
        std::slice::from_ref(&code),
        Language::En,
        now(),
    )
    .unwrap();
    let r = out.stage.unwrap().ranking;
    assert!(r.open);
    assert_eq!(r.method, "borda");
    assert_eq!(r.result[0].code, code);
}
