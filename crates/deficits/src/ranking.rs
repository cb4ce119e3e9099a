//! Ranking the flagged deficits in the room: dot voting and a Borda count, with ties shown,
//! and the same ranking within each group (sector, triple-helix group).

use std::collections::BTreeMap;

use serde::Serialize;

/// Dots each participant has unless the focal point sets another number.
pub const DEFAULT_DOTS: u32 = 8;

/// One participant's say: dots per candidate, or candidates in order of priority.
#[derive(Debug, Clone, PartialEq)]
pub enum Ballot {
    Dots(BTreeMap<String, u32>),
    Ranking(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedItem {
    pub candidate: String,
    pub points: u32,
    /// Competition ranking: equal points share a rank and the next rank skips (1, 2, 2, 4).
    pub rank: usize,
    pub tied: bool,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum RankingError {
    #[error("{voter} placed {used} dots, more than the {allowed} allowed")]
    TooManyDots {
        voter: String,
        used: u32,
        allowed: u32,
    },
    #[error("{voter} voted for {candidate}, which is not on the list")]
    UnknownCandidate { voter: String, candidate: String },
    #[error("{voter} ranked {candidate} twice")]
    RankedTwice { voter: String, candidate: String },
}

impl RankingError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Self::TooManyDots { .. } => "ranking-too-many-dots",
            Self::UnknownCandidate { .. } => "ranking-unknown-candidate",
            Self::RankedTwice { .. } => "ranking-ranked-twice",
        }
    }
}

/// Sums every participant's dots per candidate.
pub fn dot_vote(
    candidates: &[String],
    ballots: &[(String, BTreeMap<String, u32>)],
    dots_each: u32,
) -> Result<Vec<RankedItem>, RankingError> {
    let mut points = zeroed(candidates);
    for (voter, dots) in ballots {
        let used: u32 = dots.values().sum();
        if used > dots_each {
            return Err(RankingError::TooManyDots {
                voter: voter.clone(),
                used,
                allowed: dots_each,
            });
        }
        for (candidate, n) in dots {
            *known(&mut points, voter, candidate)? += n;
        }
    }
    Ok(ranked(points))
}

/// Modified Borda count: a participant who ranks m candidates gives m points to the first, down
/// to 1 for the last ranked, and none to those left out, so ranking fewer never gains weight.
pub fn borda(
    candidates: &[String],
    ballots: &[(String, Vec<String>)],
) -> Result<Vec<RankedItem>, RankingError> {
    let mut points = zeroed(candidates);
    for (voter, order) in ballots {
        let mut seen = std::collections::BTreeSet::new();
        for (place, candidate) in order.iter().enumerate() {
            if !seen.insert(candidate) {
                return Err(RankingError::RankedTwice {
                    voter: voter.clone(),
                    candidate: candidate.clone(),
                });
            }
            *known(&mut points, voter, candidate)? += (order.len() - place) as u32;
        }
    }
    Ok(ranked(points))
}

/// The same count within each group: `group_of` gives a voter's group (sector or helix).
pub fn rank_by_group(
    candidates: &[String],
    ballots: &[(String, Ballot)],
    dots_each: u32,
    group_of: impl Fn(&str) -> Option<String>,
) -> Result<BTreeMap<String, Vec<RankedItem>>, RankingError> {
    let mut groups: BTreeMap<String, Vec<(String, Ballot)>> = BTreeMap::new();
    for (voter, ballot) in ballots {
        if let Some(group) = group_of(voter) {
            groups
                .entry(group)
                .or_default()
                .push((voter.clone(), ballot.clone()));
        }
    }
    groups
        .into_iter()
        .map(|(group, members)| Ok((group, tally(candidates, &members, dots_each)?)))
        .collect()
}

/// Counts mixed ballots: dots and rankings each by their own rule.
pub fn tally(
    candidates: &[String],
    ballots: &[(String, Ballot)],
    dots_each: u32,
) -> Result<Vec<RankedItem>, RankingError> {
    let dots: Vec<_> = ballots
        .iter()
        .filter_map(|(v, b)| match b {
            Ballot::Dots(d) => Some((v.clone(), d.clone())),
            Ballot::Ranking(_) => None,
        })
        .collect();
    let orders: Vec<_> = ballots
        .iter()
        .filter_map(|(v, b)| match b {
            Ballot::Ranking(r) => Some((v.clone(), r.clone())),
            Ballot::Dots(_) => None,
        })
        .collect();
    let mut points: BTreeMap<String, u32> = zeroed(candidates);
    for item in dot_vote(candidates, &dots, dots_each)?
        .into_iter()
        .chain(borda(candidates, &orders)?)
    {
        *points.entry(item.candidate).or_default() += item.points;
    }
    Ok(ranked(points))
}

fn zeroed(candidates: &[String]) -> BTreeMap<String, u32> {
    candidates.iter().map(|c| (c.clone(), 0)).collect()
}

fn known<'a>(
    points: &'a mut BTreeMap<String, u32>,
    voter: &str,
    candidate: &str,
) -> Result<&'a mut u32, RankingError> {
    points
        .get_mut(candidate)
        .ok_or_else(|| RankingError::UnknownCandidate {
            voter: voter.to_string(),
            candidate: candidate.to_string(),
        })
}

/// Highest points first; equal points keep the candidates' order and share a rank.
fn ranked(points: BTreeMap<String, u32>) -> Vec<RankedItem> {
    let mut items: Vec<(String, u32)> = points.into_iter().collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let counts = items.iter().fold(BTreeMap::new(), |mut m, (_, p)| {
        *m.entry(*p).or_insert(0usize) += 1;
        m
    });
    let mut result = Vec::with_capacity(items.len());
    for (index, (candidate, points)) in items.iter().enumerate() {
        let rank = match result.last() {
            Some(RankedItem {
                points: p, rank, ..
            }) if p == points => *rank,
            _ => index + 1,
        };
        result.push(RankedItem {
            candidate: candidate.clone(),
            points: *points,
            rank,
            tied: counts.get(points).copied().unwrap_or(0) > 1,
        });
    }
    result
}
