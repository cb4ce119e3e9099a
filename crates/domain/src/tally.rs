//! The tally of one round under the decision rule: the verdict if the round closed now, and
//! what it still needs, counted among the voting members present.
//!
//! "Needed" figures are what the members present can do: how many of them must still consent
//! (by taking a first position or changing theirs), and how many objections beyond those the
//! rule tolerates must be withdrawn, once every member present holds a position. Members who
//! have not spoken are counted as taking a position that neither consents nor blocks, so the
//! figures are the least that adopts (property tests in `tests/consensus_props.rs`).

use serde::{Deserialize, Serialize};

use crate::dialogue::{DecisionRule, RuleKind};

/// Stand-asides above this share of the positions taken make an adoption weak.
const WEAK_SHARE_DEN: u64 = 3;

/// One member's position in one round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Position {
    Consent,
    /// Does not agree, will not block.
    StandAside,
    /// Blocks (under the consensus rules).
    Object,
}

impl Position {
    pub const ALL: [Position; 3] = [Position::Consent, Position::StandAside, Position::Object];

    /// Stable name used in the database and in Fluent ids.
    pub fn key(self) -> &'static str {
        match self {
            Position::Consent => "consent",
            Position::StandAside => "stand-aside",
            Position::Object => "object",
        }
    }

    pub fn from_key(key: &str) -> Option<Position> {
        Position::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// How many of each position a round holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PositionCounts {
    pub consent: u32,
    pub stand_aside: u32,
    pub object: u32,
}

impl PositionCounts {
    pub fn of(positions: &[Position]) -> PositionCounts {
        let mut counts = PositionCounts::default();
        for position in positions {
            counts.add(*position);
        }
        counts
    }

    pub fn add(&mut self, position: Position) {
        let slot = match position {
            Position::Consent => &mut self.consent,
            Position::StandAside => &mut self.stand_aside,
            Position::Object => &mut self.object,
        };
        *slot = slot.saturating_add(1);
    }

    /// Positions taken in all.
    pub fn taken(&self) -> u32 {
        self.consent
            .saturating_add(self.stand_aside)
            .saturating_add(self.object)
    }
}

/// What one round came to under the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum RoundVerdict {
    Adopted,
    /// The rule was not met: a failed round under a consensus rule, a rejection under a
    /// majority rule.
    NotAdopted,
    /// An exact tie under the simple majority: the focal point's casting vote settles it.
    Tie,
    /// Too few voting members present: the round does not count.
    NoQuorum,
}

impl RoundVerdict {
    pub fn key(self) -> &'static str {
        match self {
            RoundVerdict::Adopted => "adopted",
            RoundVerdict::NotAdopted => "not-adopted",
            RoundVerdict::Tie => "tie",
            RoundVerdict::NoQuorum => "no-quorum",
        }
    }
}

/// The tally of one round, with what the UI needs to say where it stands
/// ("2 more consents needed", "1 objection blocks").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RoundResult {
    pub counts: PositionCounts,
    /// Voting members present (never fewer than the positions taken).
    pub present: u32,
    /// Voting members of the dialogue.
    pub total: u32,
    /// Voting members who must be present for the round to count.
    pub quorum_required: u32,
    pub has_quorum: bool,
    /// Members present who have taken no position.
    pub missing: u32,
    pub verdict: RoundVerdict,
    /// Adopted, but stand-asides are more than a third of the positions taken.
    pub weak: bool,
    /// How many members present must still consent, by taking a first position or changing
    /// theirs, for the round to adopt once every member present holds a position; the least
    /// that adopts. `None` when nobody is present.
    pub consents_needed: Option<u32>,
    /// Objections beyond those the rule allows (consensus rules only; 0 otherwise): as many
    /// objectors must withdraw.
    pub blocking_objections: u32,
    /// Objections the rule tolerates (consensus rules); `None` under majority rules.
    pub objections_allowed: Option<u32>,
}

/// Tallies a round from the positions taken, in any order.
pub fn tally_round(
    rule: &DecisionRule,
    voting_members_present: u32,
    voting_members_total: u32,
    positions: &[Position],
) -> RoundResult {
    tally_counts(
        rule,
        voting_members_present,
        voting_members_total,
        PositionCounts::of(positions),
    )
}

/// Tallies a round from its counts (a closed round stores them).
pub fn tally_counts(
    rule: &DecisionRule,
    voting_members_present: u32,
    voting_members_total: u32,
    counts: PositionCounts,
) -> RoundResult {
    let taken = counts.taken();
    let present = voting_members_present.max(taken);
    let total = voting_members_total.max(present);
    let quorum_percent = u64::from(rule.quorum_percent.clamp(1, 100));
    let quorum_required = (quorum_percent * u64::from(total)).div_ceil(100).max(1);
    let has_quorum = total > 0 && u64::from(present) * 100 >= quorum_percent * u64::from(total);

    let (c, s, o, n) = (
        u64::from(counts.consent),
        u64::from(counts.stand_aside),
        u64::from(counts.object),
        u64::from(taken),
    );
    let mut blocking_objections = 0;
    let mut objections_allowed = None;
    // Consents a round needs once every member present holds a position: members without one
    // are counted as neither consenting nor blocking, so this is the least that adopts.
    let every = u64::from(present);
    let (meets_rule, tie, consents_target) = match rule.kind {
        RuleKind::Unanimity | RuleKind::ConsensusMinus => {
            let allowed = if rule.kind == RuleKind::Unanimity {
                0
            } else {
                u64::from(rule.allowed_objections)
            };
            objections_allowed = Some(to_u32(allowed));
            blocking_objections = to_u32(o.saturating_sub(allowed));
            (o <= allowed && c >= 1, false, 1)
        }
        RuleKind::Supermajority => {
            let (num, den) = supermajority(rule);
            (
                n > 0 && c * den >= num * n,
                false,
                (num * every).div_ceil(den),
            )
        }
        RuleKind::SimpleMajority => (2 * c > n, n > 0 && 2 * c == n, every / 2 + 1),
    };
    let consents_needed = (present > 0).then(|| to_u32(consents_target.saturating_sub(c)));
    let verdict = if !has_quorum {
        RoundVerdict::NoQuorum
    } else if meets_rule {
        RoundVerdict::Adopted
    } else if tie {
        RoundVerdict::Tie
    } else {
        RoundVerdict::NotAdopted
    };
    RoundResult {
        counts,
        present,
        total,
        quorum_required: to_u32(quorum_required),
        has_quorum,
        missing: present - taken,
        verdict,
        weak: verdict == RoundVerdict::Adopted && s * WEAK_SHARE_DEN > n,
        consents_needed,
        blocking_objections,
        objections_allowed,
    }
}

/// The supermajority as a fraction of at most 1; a malformed one means "all".
fn supermajority(rule: &DecisionRule) -> (u64, u64) {
    let (num, den) = (
        u64::from(rule.supermajority_num),
        u64::from(rule.supermajority_den),
    );
    if den == 0 || num == 0 || num > den {
        (1, 1)
    } else {
        (num, den)
    }
}

fn to_u32(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(kind: RuleKind) -> DecisionRule {
        DecisionRule {
            kind,
            ..DecisionRule::default()
        }
    }

    fn counts(consent: u32, stand_aside: u32, object: u32) -> PositionCounts {
        PositionCounts {
            consent,
            stand_aside,
            object,
        }
    }

    #[test]
    fn consensus_minus_one_tolerates_one_objection() {
        let r = DecisionRule {
            kind: RuleKind::ConsensusMinus,
            allowed_objections: 1,
            ..DecisionRule::default()
        };
        let one = tally_counts(&r, 30, 36, counts(28, 1, 1));
        assert_eq!(one.verdict, RoundVerdict::Adopted);
        assert!(!one.weak);
        assert_eq!(one.objections_allowed, Some(1));
        let two = tally_counts(&r, 30, 36, counts(27, 1, 2));
        assert_eq!(two.verdict, RoundVerdict::NotAdopted);
        assert_eq!(two.blocking_objections, 1, "one objection too many blocks");
        assert_eq!(two.consents_needed, Some(0), "the consents are there");
    }

    #[test]
    fn unanimity_needs_no_objection_and_a_consent() {
        let r = rule(RuleKind::Unanimity);
        assert_eq!(
            tally_counts(&r, 10, 10, counts(9, 1, 0)).verdict,
            RoundVerdict::Adopted
        );
        let blocked = tally_counts(&r, 10, 10, counts(9, 0, 1));
        assert_eq!(blocked.verdict, RoundVerdict::NotAdopted);
        assert_eq!(blocked.blocking_objections, 1);
        let nobody = tally_counts(&r, 10, 10, counts(0, 10, 0));
        assert_eq!(nobody.verdict, RoundVerdict::NotAdopted);
        assert_eq!(nobody.consents_needed, Some(1));
    }

    #[test]
    fn stand_asides_above_a_third_make_a_weak_adoption() {
        let r = rule(RuleKind::Unanimity);
        let third = tally_counts(&r, 9, 10, counts(6, 3, 0));
        assert!(!third.weak, "exactly a third is not above a third");
        let above = tally_counts(&r, 9, 10, counts(5, 4, 0));
        assert_eq!(above.verdict, RoundVerdict::Adopted);
        assert!(above.weak);
    }

    #[test]
    fn supermajority_reaches_its_fraction_inclusively() {
        let r = DecisionRule {
            kind: RuleKind::Supermajority,
            supermajority_num: 2,
            supermajority_den: 3,
            ..DecisionRule::default()
        };
        let at = tally_counts(&r, 9, 9, counts(6, 1, 2));
        assert_eq!(at.verdict, RoundVerdict::Adopted);
        let below = tally_counts(&r, 9, 12, counts(5, 2, 2));
        assert_eq!(below.verdict, RoundVerdict::NotAdopted);
        // 2/3 of the 9 present is 6 consents: one more than the 5.
        assert_eq!(below.consents_needed, Some(1));
        assert_eq!(below.blocking_objections, 0);
        assert_eq!(below.objections_allowed, None);
    }

    #[test]
    fn the_consents_needed_are_counted_among_the_members_present() {
        let r = DecisionRule {
            kind: RuleKind::Supermajority,
            supermajority_num: 2,
            supermajority_den: 3,
            ..DecisionRule::default()
        };
        // 3 of 3 present, every position taken: one member must change to consent.
        let taken = tally_counts(&r, 3, 3, counts(1, 1, 1));
        assert_eq!(taken.verdict, RoundVerdict::NotAdopted);
        assert_eq!(taken.consents_needed, Some(1));
        // Nobody has spoken yet: two of the three present must consent.
        let silent = tally_counts(&r, 3, 3, counts(0, 0, 0));
        assert_eq!(silent.consents_needed, Some(2));
        // Objections do not make consents unreachable: an objector may consent.
        let blocked = tally_counts(&rule(RuleKind::Unanimity), 3, 3, counts(0, 1, 2));
        assert_eq!(blocked.blocking_objections, 2);
        assert_eq!(blocked.consents_needed, Some(1));
    }

    #[test]
    fn simple_majority_ties_go_to_the_casting_vote() {
        let r = rule(RuleKind::SimpleMajority);
        let tie = tally_counts(&r, 20, 30, counts(10, 4, 6));
        assert_eq!(tie.verdict, RoundVerdict::Tie);
        assert_eq!(tie.consents_needed, Some(1));
        let short = tally_counts(&r, 20, 30, counts(8, 4, 8));
        assert_eq!(short.verdict, RoundVerdict::NotAdopted);
        // A majority of the 20 present is 11 consents.
        assert_eq!(short.consents_needed, Some(3));
        assert_eq!(
            tally_counts(&r, 20, 30, counts(11, 4, 5)).verdict,
            RoundVerdict::Adopted
        );
    }

    #[test]
    fn quorum_is_counted_on_present_voting_members() {
        let r = rule(RuleKind::Unanimity);
        let short = tally_counts(&r, 4, 10, counts(4, 0, 0));
        assert_eq!(short.verdict, RoundVerdict::NoQuorum);
        assert_eq!(short.quorum_required, 5);
        let enough = tally_counts(&r, 5, 10, counts(4, 0, 0));
        assert_eq!(enough.verdict, RoundVerdict::Adopted);
        assert_eq!(enough.missing, 1);
        assert_eq!(
            tally_counts(&r, 0, 0, counts(0, 0, 0)).verdict,
            RoundVerdict::NoQuorum
        );
    }
}
