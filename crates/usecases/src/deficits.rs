//! The Deficits report: every stored indicator value against its benchmark with its gap and
//! flag, the latest resilience scorecard workshop per essential with its radar chart, the
//! dialogue's ranking of the deficits (overall, by sector and by triple-helix group) and the
//! sources, in English, Chinese or both. `concord export deficits` and the window export
//! through [`export_deficits`]; the window reuses [`scorecard_radar`] and [`deficits_bar`].
//!
//! [`summary`] reads what the report shows from the store; `report` lays it out and `charts`
//! draws its two figures. A new dialogue with nothing stored yet exports a report that says so
//! in each section.

mod charts;
mod report;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;
use concord_deficits::ranking::{Ballot, tally};
use concord_deficits::scorecard::Level;
use concord_deficits::{Benchmark, Catalogue, Gap, RankedItem, Scorecard, Totals, assess};
use concord_domain::{Dialogue, HelixGroup, Sector};
use concord_store::indicators::Workshop;
use concord_store::{Store, StoreError};

use crate::{ExportedPdf, Language, UseCaseError, city_for_file_name, language_suffix};

pub use charts::{WorkshopScores, deficits_bar, scorecard_radar};
pub(crate) use report::percent_number;

/// How the latest value stands against its benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// On the wrong side of the benchmark.
    Deficit,
    /// At or on the right side of it.
    Met,
    /// No benchmark stored for the indicator.
    NoBenchmark,
}

/// One indicator with a stored value: its latest value, benchmark, gap and flag.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorLine {
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    pub unit: String,
    /// The unit as a Chinese document writes it (the same as `unit` where the catalogue has no
    /// Chinese wording).
    pub unit_zh: String,
    /// Answered yes (1) or no (0).
    pub yes_no: bool,
    pub year: i32,
    pub value: f64,
    pub benchmark: Option<Benchmark>,
    pub gap: Option<Gap>,
    pub flag: Flag,
}

/// A candidate of the ranking with its name, rank and points.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedDeficit {
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    pub rank: usize,
    pub tied: bool,
    pub points: u32,
}

/// One group's own count: its voters and its ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRanking {
    /// The Fluent id of the group's name (`sector-research`, `helix-industry`).
    pub label_id: String,
    pub voters: usize,
    pub items: Vec<RankedItem>,
}

/// The latest ranking of the deficits.
#[derive(Debug, Clone, PartialEq)]
pub struct RankingSummary {
    /// `dots` or `borda`.
    pub method: String,
    pub dots_each: u32,
    pub voters: usize,
    pub items: Vec<RankedDeficit>,
    pub by_sector: Vec<GroupRanking>,
    pub by_helix: Vec<GroupRanking>,
}

/// The latest scored workshop of the preliminary level with its totals.
#[derive(Debug, Clone, PartialEq)]
pub struct ScorecardSummary {
    pub card: Scorecard,
    pub workshop: Workshop,
    pub totals: Totals,
    /// The scored workshop of the same level before it, for the comparison.
    pub earlier: Option<(Workshop, Totals)>,
    /// The scores given with a comment or evidence, in the scorecard's order.
    pub notes: Vec<ScoreNote>,
}

/// A score with what the room said of it and what it rested on.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreNote {
    pub code: String,
    pub title_en: String,
    pub title_zh: String,
    pub score: u8,
    pub comment: String,
    pub evidence: String,
}

/// Everything the Deficits report shows, read from the store.
#[derive(Debug, Clone, PartialEq)]
pub struct DeficitsSummary {
    pub dialogue: Dialogue,
    pub catalogue_version: String,
    /// In catalogue order; indicators without a stored value are left out.
    pub indicators: Vec<IndicatorLine>,
    pub scorecard: Option<ScorecardSummary>,
    pub ranking: Option<RankingSummary>,
    /// Every distinct source of the stored values and benchmarks, in first-seen order.
    pub sources: Vec<String>,
}

impl DeficitsSummary {
    /// The indicators flagged as deficits.
    pub fn flagged(&self) -> usize {
        self.indicators
            .iter()
            .filter(|i| i.flag == Flag::Deficit)
            .count()
    }
}

fn corrupt(what: impl ToString) -> UseCaseError {
    UseCaseError::Store(StoreError::Corrupt(what.to_string()))
}

/// What the report shows, as the store holds it now.
pub fn summary(store: &Store) -> Result<DeficitsSummary, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let values = store.indicator_values()?;
    let benchmarks = store.benchmarks()?;

    let mut latest: BTreeMap<&str, &concord_deficits::IndicatorValue> = BTreeMap::new();
    for v in &values {
        let slot = latest.entry(v.code.as_str()).or_insert(v);
        if v.year > slot.year {
            *slot = v;
        }
    }
    let mut indicators = Vec::new();
    for indicator in &catalogue.indicators {
        let Some(value) = indicator.codes.iter().find_map(|c| latest.get(c.as_str())) else {
            continue;
        };
        let benchmark = indicator
            .codes
            .iter()
            .find_map(|c| benchmarks.get(c))
            .cloned();
        let gap = benchmark
            .as_ref()
            .and_then(|b| assess(indicator.direction, value.value, b.value));
        let flag = match (&benchmark, gap) {
            (None, _) => Flag::NoBenchmark,
            (Some(_), Some(_)) => Flag::Deficit,
            (Some(_), None) => Flag::Met,
        };
        indicators.push(IndicatorLine {
            code: indicator.code().to_owned(),
            name_en: indicator.name_en.clone(),
            name_zh: indicator.name_zh.clone(),
            unit: value.unit.clone(),
            unit_zh: if value.unit == indicator.unit {
                indicator.unit_in(true).to_owned()
            } else {
                value.unit.clone()
            },
            yes_no: indicator.yes_no,
            year: value.year,
            value: value.value,
            benchmark,
            gap,
            flag,
        });
    }

    let mut seen = BTreeSet::new();
    let sources: Vec<String> = values
        .iter()
        .map(|v| v.source.trim())
        .chain(benchmarks.values().map(|b| b.source.trim()))
        .filter(|s| !s.is_empty() && seen.insert(s.to_owned()))
        .map(str::to_owned)
        .collect();

    let card = Scorecard::preliminary().map_err(corrupt)?;
    let scorecard = scorecard_summary(store, card)?;
    let ranking = ranking_summary(store, &catalogue, scorecard.as_ref())?;
    Ok(DeficitsSummary {
        dialogue,
        catalogue_version: catalogue.version,
        indicators,
        scorecard,
        ranking,
        sources,
    })
}

/// The latest workshop of the preliminary level with at least one score.
fn scorecard_summary(
    store: &Store,
    card: Scorecard,
) -> Result<Option<ScorecardSummary>, UseCaseError> {
    let level = match card.level {
        Level::Preliminary => "preliminary",
        Level::Detailed => "detailed",
    };
    let mut scored = Vec::new();
    for workshop in store.workshops()?.into_iter().rev() {
        if workshop.level != level {
            continue;
        }
        let stored = store.scores(workshop.id)?;
        if !stored.is_empty() {
            scored.push((workshop, stored));
        }
        if scored.len() == 2 {
            break;
        }
    }
    let mut scored = scored.into_iter();
    let Some((workshop, stored)) = scored.next() else {
        return Ok(None);
    };
    let totals_of = |stored: &[concord_store::indicators::StoredScore]| {
        card.totals(
            &stored
                .iter()
                .map(|s| (s.code.clone(), s.score))
                .collect::<BTreeMap<String, u8>>(),
        )
    };
    let totals = totals_of(&stored);
    let earlier = scored.next().map(|(w, s)| {
        let t = totals_of(&s);
        (w, t)
    });
    let notes = card
        .questions()
        .filter_map(|(_, q)| {
            let s = stored.iter().find(|s| s.code == q.code)?;
            (!s.comment.trim().is_empty() || !s.evidence.trim().is_empty()).then(|| ScoreNote {
                code: q.code.clone(),
                title_en: q.title_en.clone(),
                title_zh: q.title_zh.clone(),
                score: s.score,
                comment: s.comment.clone(),
                evidence: s.evidence.clone(),
            })
        })
        .collect();
    Ok(Some(ScorecardSummary {
        card,
        workshop,
        totals,
        earlier,
        notes,
    }))
}

fn ranking_summary(
    store: &Store,
    catalogue: &Catalogue,
    scorecard: Option<&ScorecardSummary>,
) -> Result<Option<RankingSummary>, UseCaseError> {
    match store.latest_ranking()? {
        Some(ranking) => counted(store, ranking, catalogue, scorecard).map(Some),
        None => Ok(None),
    }
}

/// The ranking closed in meeting `meeting_id`, counted, for its minutes.
pub fn meeting_ranking(
    store: &Store,
    meeting_id: i64,
) -> Result<Option<RankingSummary>, UseCaseError> {
    let Some(ranking) = store.meeting_ranking(meeting_id)? else {
        return Ok(None);
    };
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let scorecard = scorecard_summary(store, Scorecard::preliminary().map_err(corrupt)?)?;
    counted(store, ranking, &catalogue, scorecard.as_ref()).map(Some)
}

/// A ranking counted overall, by sector and by triple-helix group, its candidates named.
fn counted(
    store: &Store,
    ranking: concord_store::indicators::DeficitRanking,
    catalogue: &Catalogue,
    scorecard: Option<&ScorecardSummary>,
) -> Result<RankingSummary, UseCaseError> {
    let ballots: Vec<(String, Ballot)> = ranking
        .ballots
        .iter()
        .map(|(who, points)| {
            let ballot = if ranking.method == "borda" {
                let mut order: Vec<(&String, &u32)> = points.iter().collect();
                order.sort_by_key(|(_, place)| **place);
                Ballot::Ranking(order.into_iter().map(|(c, _)| c.clone()).collect())
            } else {
                Ballot::Dots(points.clone())
            };
            (who.to_string(), ballot)
        })
        .collect();
    let count = |ballots: &[(String, Ballot)]| {
        tally(&ranking.candidates, ballots, ranking.dots_each).map_err(corrupt)
    };
    let name = |code: &str| -> (String, String) {
        if let Some(i) = catalogue.find(code) {
            return (i.name_en.clone(), i.name_zh.clone());
        }
        let card = scorecard.map(|s| &s.card);
        match card.and_then(|c| c.questions().find(|(_, q)| q.code == code)) {
            Some((_, q)) => (q.title_en.clone(), q.title_zh.clone()),
            None => (String::new(), String::new()),
        }
    };
    let items = count(&ballots)?
        .into_iter()
        .map(|item| {
            let (name_en, name_zh) = name(&item.candidate);
            RankedDeficit {
                code: item.candidate,
                name_en,
                name_zh,
                rank: item.rank,
                tied: item.tied,
                points: item.points,
            }
        })
        .collect();

    let people = store.stakeholders()?;
    let person = |voter: &str| {
        let id: i64 = voter.parse().ok()?;
        people.iter().find(|p| p.id == id)
    };
    let mut by_sector = Vec::new();
    for sector in Sector::ALL {
        let members: Vec<_> = ballots
            .iter()
            .filter(|(v, _)| person(v).is_some_and(|p| p.sector == *sector))
            .cloned()
            .collect();
        if !members.is_empty() {
            by_sector.push(GroupRanking {
                label_id: format!("sector-{}", sector.key()),
                voters: members.len(),
                items: count(&members)?,
            });
        }
    }
    let mut by_helix = Vec::new();
    for helix in HelixGroup::ALL {
        let members: Vec<_> = ballots
            .iter()
            .filter(|(v, _)| person(v).is_some_and(|p| p.helix == *helix))
            .cloned()
            .collect();
        if !members.is_empty() {
            by_helix.push(GroupRanking {
                label_id: format!("helix-{}", helix.key()),
                voters: members.len(),
                items: count(&members)?,
            });
        }
    }
    Ok(RankingSummary {
        method: ranking.method,
        dots_each: ranking.dots_each,
        voters: ballots.len(),
        items,
        by_sector,
        by_helix,
    })
}

/// The Deficits report as PDF bytes, with its page count and a file name; `now` is the date
/// it says it was prepared on.
pub fn export_deficits(
    store: &Store,
    language: Language,
    now: NaiveDateTime,
) -> Result<ExportedPdf, UseCaseError> {
    let summary = summary(store)?;
    let mut document = report::document(&summary, language, now);
    // The chain head in the metadata: the report proves what the log held.
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, document)?.render()?;
    Ok(ExportedPdf {
        bytes: pdf.bytes,
        pages: pdf.page_count,
        file_name: file_name(&summary.dialogue.city_en, now.date(), language),
    })
}

/// `Weinan-deficits-2026-12-04-zh-CN.pdf`.
fn file_name(city_en: &str, day: chrono::NaiveDate, language: Language) -> String {
    format!(
        "{}-deficits-{}-{}.pdf",
        city_for_file_name(city_en),
        day.format("%Y-%m-%d"),
        language_suffix(language)
    )
}

/// A value as a person reads it: at most three decimals, no trailing zeros.
pub(crate) fn number(value: f64) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.to_owned()
    }
}

/// A unit in a document's voice: Chinese, English, or both where they differ.
pub(crate) fn unit_words(unit: &str, unit_zh: &str, voice: &concord_documents::Voice) -> String {
    if unit_zh.trim().is_empty() || unit_zh == unit {
        unit.to_owned()
    } else {
        voice.joined(unit_zh, unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_at_most_three_decimals() {
        assert_eq!(number(33.0), "33");
        assert_eq!(number(0.30000000000000004), "0.3");
        assert_eq!(number(-0.0001), "0");
        assert_eq!(number(12.3456), "12.346");
    }

    #[test]
    fn the_file_name_says_city_day_and_language() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default();
        assert_eq!(
            file_name("Weinan City", day, Language::Bilingual),
            "Weinan-City-deficits-2026-12-04-bilingual.pdf"
        );
    }
}
