use std::collections::BTreeMap;

use concord_deficits::ranking::{Ballot, DEFAULT_DOTS, tally};
use concord_deficits::{RankingError, borda, dot_vote, rank_by_group};
use proptest::prelude::*;

fn names(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("D{i}")).collect()
}

#[test]
fn dot_vote_sums_dots_and_shows_ties() {
    let c = names(3);
    let ballots = vec![
        (
            "a".to_string(),
            BTreeMap::from([("D0".to_string(), 5), ("D1".to_string(), 3)]),
        ),
        (
            "b".to_string(),
            BTreeMap::from([("D1".to_string(), 2), ("D2".to_string(), 6)]),
        ),
    ];
    let result = dot_vote(&c, &ballots, DEFAULT_DOTS).expect("valid");
    let summary: Vec<_> = result
        .iter()
        .map(|r| (r.candidate.as_str(), r.points, r.rank, r.tied))
        .collect();
    assert_eq!(
        summary,
        vec![("D2", 6, 1, false), ("D0", 5, 2, true), ("D1", 5, 2, true)]
    );
}

#[test]
fn more_dots_than_allowed_is_refused_naming_the_voter() {
    let ballots = vec![("王丽".to_string(), BTreeMap::from([("D0".to_string(), 9)]))];
    assert_eq!(
        dot_vote(&names(1), &ballots, 8),
        Err(RankingError::TooManyDots {
            voter: "王丽".into(),
            used: 9,
            allowed: 8
        })
    );
}

#[test]
fn borda_gives_m_points_down_to_one_and_refuses_a_repeat() {
    let c = names(3);
    let ballots = vec![("a".to_string(), vec!["D2".to_string(), "D0".to_string()])];
    let result = borda(&c, &ballots).expect("valid");
    assert_eq!((result[0].candidate.as_str(), result[0].points), ("D2", 2));
    assert_eq!((result[1].candidate.as_str(), result[1].points), ("D0", 1));
    assert_eq!(result[2].points, 0);
    let twice = vec![("a".to_string(), vec!["D0".to_string(), "D0".to_string()])];
    assert!(matches!(
        borda(&c, &twice),
        Err(RankingError::RankedTwice { .. })
    ));
    let unknown = vec![("a".to_string(), vec!["D9".to_string()])];
    assert!(matches!(
        borda(&c, &unknown),
        Err(RankingError::UnknownCandidate { .. })
    ));
}

#[test]
fn groups_can_want_different_things() {
    let c = names(2);
    let ballots = vec![
        (
            "industry-1".to_string(),
            Ballot::Dots(BTreeMap::from([("D0".to_string(), 8)])),
        ),
        (
            "civil-1".to_string(),
            Ballot::Dots(BTreeMap::from([("D1".to_string(), 8)])),
        ),
    ];
    let by_group =
        rank_by_group(&c, &ballots, 8, |v| v.split('-').next().map(str::to_string)).expect("valid");
    assert_eq!(by_group["industry"][0].candidate, "D0");
    assert_eq!(by_group["civil"][0].candidate, "D1");
}

fn dot_ballots() -> impl Strategy<Value = Vec<(String, BTreeMap<String, u32>)>> {
    prop::collection::vec(prop::collection::btree_map(0usize..5, 0u32..3, 0..4), 0..12).prop_map(
        |voters| {
            voters
                .into_iter()
                .enumerate()
                .map(|(v, dots)| {
                    (
                        format!("v{v}"),
                        dots.into_iter()
                            .map(|(c, n)| (format!("D{c}"), n))
                            .collect(),
                    )
                })
                .collect()
        },
    )
}

proptest! {
    #[test]
    fn every_dot_is_counted_once(ballots in dot_ballots()) {
        let result = dot_vote(&names(5), &ballots, DEFAULT_DOTS).expect("within the limit");
        let given: u32 = ballots.iter().flat_map(|(_, d)| d.values()).sum();
        prop_assert_eq!(result.iter().map(|r| r.points).sum::<u32>(), given);
    }

    #[test]
    fn the_order_voters_speak_in_does_not_change_the_result(ballots in dot_ballots()) {
        let mut reversed = ballots.clone();
        reversed.reverse();
        prop_assert_eq!(
            dot_vote(&names(5), &ballots, DEFAULT_DOTS),
            dot_vote(&names(5), &reversed, DEFAULT_DOTS)
        );
    }

    #[test]
    fn ranks_follow_points_and_equal_points_share_a_rank(ballots in dot_ballots()) {
        let result = dot_vote(&names(5), &ballots, DEFAULT_DOTS).expect("valid");
        for pair in result.windows(2) {
            prop_assert!(pair[0].points >= pair[1].points);
            prop_assert_eq!(pair[0].points == pair[1].points, pair[0].rank == pair[1].rank);
        }
        for (i, item) in result.iter().enumerate() {
            let above = result.iter().filter(|o| o.points > item.points).count();
            prop_assert_eq!(item.rank, above + 1, "item {}", i);
        }
    }

    #[test]
    fn group_rankings_add_up_to_the_whole_room(ballots in dot_ballots()) {
        let mixed: Vec<(String, Ballot)> =
            ballots.iter().map(|(v, d)| (v.clone(), Ballot::Dots(d.clone()))).collect();
        let whole = tally(&names(5), &mixed, DEFAULT_DOTS).expect("valid");
        let groups = rank_by_group(&names(5), &mixed, DEFAULT_DOTS, |v| {
            Some(if v.len() % 2 == 0 { "even" } else { "odd" }.to_string())
        }).expect("valid");
        for item in &whole {
            let summed: u32 = groups.values()
                .flat_map(|g| g.iter().filter(|r| r.candidate == item.candidate))
                .map(|r| r.points)
                .sum();
            prop_assert_eq!(summed, item.points);
        }
    }
}
