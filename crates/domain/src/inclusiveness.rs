//! Who is at the table, and who is not: the Pact asks for every stakeholder group and for the
//! most disadvantaged social groups to take part. Pure: the register screen and the minutes
//! both ask this module.

use serde::{Deserialize, Serialize};

use crate::{DisadvantagedGroup, HelixGroup, Sector, Stakeholder};

/// The balance of the current register (withdrawn people do not count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Inclusiveness {
    /// People counted: everyone not withdrawn.
    pub total: u32,
    pub voting_members: u32,
    /// `counts[sector][helix]`, in `Sector::ALL` × `HelixGroup::ALL` order.
    pub counts: Vec<Vec<u32>>,
    pub sector_totals: Vec<u32>,
    pub helix_totals: Vec<u32>,
    /// The Pact's groups (sectors) with nobody yet.
    pub missing_sectors: Vec<Sector>,
    pub missing_helix: Vec<HelixGroup>,
    /// Disadvantaged groups (other than "other") that nobody represents.
    pub missing_groups: Vec<DisadvantagedGroup>,
    pub groups: Vec<GroupCount>,
    /// Voting members and their share of the votes, per triple-helix group.
    pub helix_votes: Vec<VoteShare>,
    /// A helix group holding more than half of the votes, if any.
    pub dominant_helix: Option<HelixGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupCount {
    pub group: DisadvantagedGroup,
    pub people: u32,
    pub voting: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VoteShare {
    pub helix: HelixGroup,
    pub voting: u32,
    /// Percent of all voting members, 0–100, rounded to one decimal.
    pub percent: f64,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Inclusiveness {
    pub fn of(people: &[Stakeholder]) -> Inclusiveness {
        let current: Vec<&Stakeholder> = people.iter().filter(|p| p.current()).collect();
        let mut counts = vec![vec![0u32; HelixGroup::ALL.len()]; Sector::ALL.len()];
        for p in &current {
            counts[p.sector.index()][p.helix.index()] += 1;
        }
        let sector_totals: Vec<u32> = counts.iter().map(|row| row.iter().sum()).collect();
        let helix_totals: Vec<u32> = (0..HelixGroup::ALL.len())
            .map(|h| counts.iter().map(|row| row[h]).sum())
            .collect();
        let voting = current.iter().filter(|p| p.votes()).count();
        let groups: Vec<GroupCount> = DisadvantagedGroup::ALL
            .iter()
            .map(|g| GroupCount {
                group: *g,
                people: count(current.iter().filter(|p| p.groups.contains(g)).count()),
                voting: count(
                    current
                        .iter()
                        .filter(|p| p.votes() && p.groups.contains(g))
                        .count(),
                ),
            })
            .collect();
        let helix_votes: Vec<VoteShare> = HelixGroup::ALL
            .iter()
            .map(|h| {
                let n = current
                    .iter()
                    .filter(|p| p.votes() && p.helix == *h)
                    .count();
                let percent = if voting == 0 {
                    0.0
                } else {
                    (n as f64 * 1000.0 / voting as f64).round() / 10.0
                };
                VoteShare {
                    helix: *h,
                    voting: count(n),
                    percent,
                }
            })
            .collect();
        let dominant_helix = helix_votes
            .iter()
            .find(|v| v.voting as usize * 2 > voting)
            .map(|v| v.helix);
        Inclusiveness {
            total: count(current.len()),
            voting_members: count(voting),
            missing_sectors: Sector::ALL
                .iter()
                .copied()
                .filter(|s| sector_totals[s.index()] == 0)
                .collect(),
            missing_helix: HelixGroup::ALL
                .iter()
                .copied()
                .filter(|h| helix_totals[h.index()] == 0)
                .collect(),
            missing_groups: groups
                .iter()
                .filter(|g| g.people == 0 && g.group != DisadvantagedGroup::Other)
                .map(|g| g.group)
                .collect(),
            counts,
            sector_totals,
            helix_totals,
            groups,
            helix_votes,
            dominant_helix,
        }
    }

    /// Nothing is missing and no helix group holds a majority of the votes alone.
    pub fn is_balanced(&self) -> bool {
        self.missing_sectors.is_empty()
            && self.missing_groups.is_empty()
            && self.dominant_helix.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Role, Status};
    use proptest::prelude::*;

    fn person(sector: Sector, role: Role, groups: &[DisadvantagedGroup]) -> Stakeholder {
        let mut p = Stakeholder::new("甲", "", sector, role);
        p.groups = groups.to_vec();
        p
    }

    #[test]
    fn an_empty_register_misses_everything() {
        let i = Inclusiveness::of(&[]);
        assert_eq!(i.total, 0);
        assert_eq!(i.missing_sectors.len(), Sector::ALL.len());
        assert_eq!(i.missing_groups.len(), DisadvantagedGroup::ALL.len() - 1);
        assert_eq!(i.dominant_helix, None);
        assert!(!i.is_balanced());
    }

    #[test]
    fn counts_shares_and_gaps() {
        use DisadvantagedGroup as G;
        let mut withdrawn = person(Sector::Investor, Role::VotingMember, &[G::Migrants]);
        withdrawn.status = Status::Withdrawn;
        let people = vec![
            person(Sector::LocalAuthority, Role::VotingMember, &[]),
            person(Sector::LocalAuthority, Role::VotingMember, &[]),
            person(
                Sector::CivilSociety,
                Role::VotingMember,
                &[G::Women, G::Youth],
            ),
            person(Sector::Research, Role::Expert, &[G::Elderly]),
            withdrawn,
        ];
        let i = Inclusiveness::of(&people);
        assert_eq!((i.total, i.voting_members), (4, 3));
        assert_eq!(
            i.counts[Sector::LocalAuthority.index()][HelixGroup::Government.index()],
            2
        );
        assert_eq!(
            i.sector_totals[Sector::Investor.index()],
            0,
            "withdrawn do not count"
        );
        assert!(i.missing_sectors.contains(&Sector::Investor));
        assert!(i.missing_groups.contains(&G::Migrants));
        assert!(!i.missing_groups.contains(&G::Elderly));
        let gov = &i.helix_votes[HelixGroup::Government.index()];
        assert_eq!((gov.voting, gov.percent), (2, 66.7));
        assert_eq!(i.dominant_helix, Some(HelixGroup::Government));
        let elderly = &i.groups[G::Elderly.index()];
        assert_eq!((elderly.people, elderly.voting), (1, 0));
    }

    proptest! {
        #[test]
        fn totals_add_up(specs in proptest::collection::vec((0usize..8, 0usize..3, any::<bool>()), 0..60)) {
            let people: Vec<Stakeholder> = specs.iter().map(|(s, r, w)| {
                let mut p = person(Sector::ALL[*s], Role::ALL[*r], &[]);
                if *w { p.status = Status::Withdrawn; }
                p
            }).collect();
            let i = Inclusiveness::of(&people);
            prop_assert_eq!(i.sector_totals.iter().sum::<u32>(), i.total);
            prop_assert_eq!(i.helix_totals.iter().sum::<u32>(), i.total);
            prop_assert_eq!(i.helix_votes.iter().map(|v| v.voting).sum::<u32>(), i.voting_members);
            if i.voting_members > 0 {
                let sum: f64 = i.helix_votes.iter().map(|v| v.percent).sum();
                prop_assert!((sum - 100.0).abs() < 0.3);
            }
        }
    }
}
