//! Properties of the consensus rule engine, over every rule and any mix of positions.

use concord_domain::{
    DecisionRule, Position, RoundVerdict, RuleKind, consensus::is_majority_rule, tally_round,
};
use proptest::prelude::*;

fn any_rule() -> impl Strategy<Value = DecisionRule> {
    (
        1u8..=100,
        prop::sample::select(RuleKind::ALL.to_vec()),
        0u8..=5,
        (3u8..=10).prop_flat_map(|den| (den / 2 + 1..den, Just(den))),
        1u8..=10,
    )
        .prop_map(
            |(quorum_percent, kind, allowed_objections, (num, den), max_failed_rounds)| {
                DecisionRule {
                    quorum_percent,
                    kind,
                    allowed_objections,
                    supermajority_num: num,
                    supermajority_den: den,
                    max_failed_rounds,
                    anonymous: false,
                }
            },
        )
}

fn any_positions() -> impl Strategy<Value = Vec<Position>> {
    prop::collection::vec(prop::sample::select(Position::ALL.to_vec()), 0..60)
}

/// A round: rule, positions, and voting members present and in all (room for one more).
fn any_round() -> impl Strategy<Value = (DecisionRule, Vec<Position>, u32, u32)> {
    (any_rule(), any_positions(), 1u32..20, 0u32..40).prop_map(
        |(rule, positions, extra_present, extra_total)| {
            let present = positions.len() as u32 + extra_present;
            (rule, positions, present, present + extra_total)
        },
    )
}

/// A small round in the room: the positions taken so far (`None`: not yet) of every voting
/// member present, and the voting members in all. Small enough to try every way it can end.
fn small_room() -> impl Strategy<Value = (DecisionRule, Vec<Option<Position>>, u32)> {
    (
        any_rule(),
        prop::collection::vec(
            prop::option::weighted(0.8, prop::sample::select(Position::ALL.to_vec())),
            1..=7,
        ),
        0u32..4,
    )
        .prop_map(|(rule, room, absent)| {
            let total = room.len() as u32 + absent;
            (rule, room, total)
        })
}

fn taken(room: &[Option<Position>]) -> Vec<Position> {
    room.iter().flatten().copied().collect()
}

/// Every way the round can end with each member present holding a position.
fn every_ending(size: usize) -> impl Iterator<Item = Vec<Position>> {
    (0..3usize.pow(size as u32)).map(move |mut code| {
        (0..size)
            .map(|_| {
                let p = Position::ALL[code % 3];
                code /= 3;
                p
            })
            .collect()
    })
}

/// The ending the tally's figures point to: `consents` members consent (objectors first under
/// a consensus rule, then members without a position, then stand-asides, then objectors),
/// `withdrawn` further objectors stand aside, and the rest without a position stand aside.
fn ending_as_told(
    rule: &DecisionRule,
    room: &[Option<Position>],
    consents: u32,
    withdrawn: u32,
) -> Vec<Position> {
    let mut end = room.to_vec();
    let objectors_first = !is_majority_rule(rule.kind);
    let order: Vec<Option<Position>> = if objectors_first {
        vec![Some(Position::Object), None, Some(Position::StandAside)]
    } else {
        vec![None, Some(Position::StandAside), Some(Position::Object)]
    };
    let mut left = consents;
    for wanted in order {
        for slot in end.iter_mut() {
            if left > 0 && *slot == wanted {
                *slot = Some(Position::Consent);
                left -= 1;
            }
        }
    }
    let mut left = withdrawn;
    for slot in end.iter_mut() {
        if left > 0 && *slot == Some(Position::Object) {
            *slot = Some(Position::StandAside);
            left -= 1;
        }
    }
    end.into_iter()
        .map(|p| p.unwrap_or(Position::StandAside))
        .collect()
}

fn is_rejection(verdict: RoundVerdict) -> bool {
    verdict == RoundVerdict::NotAdopted
}

proptest! {
    #[test]
    fn one_more_objection_never_turns_a_rejection_into_an_adoption(
        (rule, mut positions, present, total) in any_round()
    ) {
        let before = tally_round(&rule, present, total, &positions).verdict;
        positions.push(Position::Object);
        let after = tally_round(&rule, present, total, &positions).verdict;
        if is_rejection(before) {
            prop_assert!(is_rejection(after), "{before:?} became {after:?}");
        }
        // Nor does it turn anything short of adoption into one.
        if before != RoundVerdict::Adopted {
            prop_assert_ne!(after, RoundVerdict::Adopted);
        }
    }

    #[test]
    fn one_more_consent_never_turns_an_adoption_into_a_rejection(
        (rule, mut positions, present, total) in any_round()
    ) {
        let before = tally_round(&rule, present, total, &positions).verdict;
        positions.push(Position::Consent);
        let after = tally_round(&rule, present, total, &positions).verdict;
        if before == RoundVerdict::Adopted {
            prop_assert_eq!(after, RoundVerdict::Adopted);
        }
        if !is_rejection(before) {
            prop_assert!(!is_rejection(after), "{before:?} became {after:?}");
        }
    }

    #[test]
    fn unanimity_of_consents_adopts_under_every_rule(
        rule in any_rule(), consents in 1usize..200, absent in 0u32..10
    ) {
        let positions = vec![Position::Consent; consents];
        let present = consents as u32;
        // Absent members never outnumber the quorum: everyone who counts consented.
        let total = present + absent.min(present * u32::from(100 - rule.quorum_percent.min(100)) / 100);
        let result = tally_round(&rule, present, total, &positions);
        prop_assert!(result.has_quorum);
        prop_assert_eq!(result.verdict, RoundVerdict::Adopted);
        prop_assert!(!result.weak);
        prop_assert_eq!(result.consents_needed, Some(0));
    }

    #[test]
    fn without_quorum_nothing_is_adopted(
        rule in any_rule(), positions in any_positions(), total in 1u32..400
    ) {
        let total = total.max(positions.len() as u32);
        // The largest attendance short of the quorum.
        let short = (u32::from(rule.quorum_percent) * total).div_ceil(100).saturating_sub(1);
        let positions: Vec<_> = positions.into_iter().take(short as usize).collect();
        let result = tally_round(&rule, short, total, &positions);
        prop_assert!(!result.has_quorum);
        prop_assert_eq!(result.verdict, RoundVerdict::NoQuorum);
    }

    #[test]
    fn the_outcome_does_not_depend_on_the_order_of_positions(
        (rule, positions, present, total) in any_round(), seed in any::<u64>()
    ) {
        let mut shuffled = positions.clone();
        // A deterministic shuffle from the seed (Fisher–Yates with a small LCG).
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = (state >> 33) as usize % (i + 1);
            shuffled.swap(i, j);
        }
        prop_assert_eq!(
            tally_round(&rule, present, total, &positions),
            tally_round(&rule, present, total, &shuffled)
        );
    }

    #[test]
    fn what_the_tally_says_is_needed_is_reachable_by_the_members_present(
        (rule, room, total) in small_room()
    ) {
        let present = room.len() as u32;
        let result = tally_round(&rule, present, total, &taken(&room));
        prop_assume!(result.has_quorum);
        let needed = result.consents_needed;
        prop_assert!(needed.is_some(), "members present can always reach adoption");
        let needed = needed.unwrap_or(0);
        prop_assert!(needed <= present, "{needed} consents needed of {present} present");
        prop_assert!(result.blocking_objections <= result.counts.object);
        let end = ending_as_told(&rule, &room, needed, result.blocking_objections);
        prop_assert_eq!(end.len() as u32, present);
        let changed = room
            .iter()
            .zip(&end)
            .filter(|(before, after)| before.is_some_and(|b| b != **after))
            .count() as u32;
        prop_assert!(changed <= needed + result.blocking_objections);
        let ended = tally_round(&rule, present, total, &end);
        prop_assert_eq!(
            ended.verdict, RoundVerdict::Adopted,
            "{:?} with {} consents and {} withdrawals: {:?}",
            room, needed, result.blocking_objections, end
        );
    }

    #[test]
    fn what_the_tally_says_is_needed_is_the_least_that_adopts(
        (rule, room, total) in small_room()
    ) {
        let present = room.len() as u32;
        let result = tally_round(&rule, present, total, &taken(&room));
        prop_assume!(result.has_quorum);
        let needed = result.consents_needed.unwrap_or(0);
        for end in every_ending(room.len()) {
            if tally_round(&rule, present, total, &end).verdict != RoundVerdict::Adopted {
                continue;
            }
            let new_consents = room
                .iter()
                .zip(&end)
                .filter(|(before, after)| {
                    **after == Position::Consent && **before != Some(Position::Consent)
                })
                .count() as u32;
            let withdrawn = room
                .iter()
                .zip(&end)
                .filter(|(before, after)| {
                    **before == Some(Position::Object) && **after != Position::Object
                })
                .count() as u32;
            prop_assert!(
                new_consents >= needed,
                "{:?} adopts with {} new consents, the tally said {}", end, new_consents, needed
            );
            prop_assert!(
                withdrawn >= result.blocking_objections,
                "{:?} adopts with {} objections withdrawn, the tally said {}",
                end, withdrawn, result.blocking_objections
            );
        }
    }

    #[test]
    fn objections_block_only_under_consensus_rules(
        (rule, positions, present, total) in any_round()
    ) {
        let result = tally_round(&rule, present, total, &positions);
        if is_majority_rule(rule.kind) {
            prop_assert_eq!(result.blocking_objections, 0);
            prop_assert_eq!(result.objections_allowed, None);
        } else if result.blocking_objections > 0 {
            prop_assert_ne!(result.verdict, RoundVerdict::Adopted);
        }
    }
}
