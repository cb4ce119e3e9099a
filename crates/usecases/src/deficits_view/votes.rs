//! The vote on the flagged deficits: what it puts to the room, each stakeholder's dots or order
//! recorded durably, the count with ties and by group, and closing it as the dialogue's ranking.
//! A dot vote gives each voter a number of dots; a ranking vote takes each voter's order and
//! counts it by the modified Borda count (`concord_deficits::borda`).

use concord_deficits::RankingError;
use concord_deficits::ranking::borda;

use super::*;

/// How the room ranks the deficits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum VoteMethod {
    /// Each voter places a number of dots.
    Dots,
    /// Each voter orders the deficits; the first gets the most points.
    Borda,
}

impl VoteMethod {
    fn key(self) -> &'static str {
        match self {
            Self::Dots => "dots",
            Self::Borda => "borda",
        }
    }
}

/// A refused ballot, in the window's language.
fn ballot_problem(e: &RankingError, name: String, field: &str, voice: &Voice) -> EntryProblem {
    let args: Vec<(&'static str, FluentValue<'static>)> = match e {
        RankingError::TooManyDots { used, allowed, .. } => vec![
            ("voter", FluentValue::from(name)),
            ("used", FluentValue::from(*used)),
            ("allowed", FluentValue::from(*allowed)),
        ],
        RankingError::UnknownCandidate { candidate, .. }
        | RankingError::RankedTwice { candidate, .. } => vec![
            ("voter", FluentValue::from(name)),
            ("candidate", FluentValue::from(candidate.clone())),
        ],
    };
    EntryProblem {
        field: field.into(),
        message: i18n(voice).fmt(e.fluent_id(), &args),
    }
}

/// The ballot of the other method: said, nothing recorded.
fn wrong_method(id: &str, name: String, field: &str, voice: &Voice) -> EntryOutcome {
    EntryOutcome {
        problems: vec![EntryProblem {
            field: field.into(),
            message: i18n(voice).fmt(id, &[("voter", FluentValue::from(name))]),
        }],
        stage: None,
    }
}

/// What a new vote puts to the room: the indicators flagged as deficits, then the scorecard
/// questions of the latest workshop scored 0 or 1.
fn flagged(store: &Store, catalogue: &Catalogue) -> Result<Vec<String>, UseCaseError> {
    let summary = summary(store)?;
    let mut out: Vec<String> = summary
        .indicators
        .iter()
        .filter(|i| i.flag == Flag::Deficit)
        .map(|i| i.code.clone())
        .collect();
    if let Some(workshop) = latest_workshop(store)? {
        let card = Scorecard::preliminary().map_err(corrupt)?;
        let scores: BTreeMap<String, u8> = store
            .scores(workshop.id)?
            .into_iter()
            .map(|s| (s.code, s.score))
            .collect();
        out.extend(
            card.deficit_questions(&scores)
                .into_iter()
                .filter(|c| catalogue.find(c).is_none())
                .map(str::to_owned),
        );
    }
    Ok(out)
}

fn candidate_name(code: &str, catalogue: &Catalogue, voice: &Voice) -> String {
    if let Some(i) = catalogue.find(code) {
        return voice.joined(&i.name_zh, &i.name_en);
    }
    Scorecard::preliminary()
        .ok()
        .and_then(|card| {
            card.questions()
                .find(|(_, q)| q.code == code)
                .map(|(_, q)| voice.joined(&q.title_zh, &q.title_en))
        })
        .unwrap_or_default()
}

pub(super) fn ranking_view(
    store: &Store,
    summary: &crate::deficits::DeficitsSummary,
    catalogue: &Catalogue,
    voice: &Voice,
) -> Result<RankingView, UseCaseError> {
    let latest = store.latest_ranking()?;
    let codes = match &latest {
        Some(r) => r.candidates.clone(),
        None => flagged(store, catalogue)?,
    };
    let candidates = codes
        .iter()
        .map(|c| Candidate {
            code: c.clone(),
            name: candidate_name(c, catalogue, voice),
        })
        .collect();
    let voters = store
        .stakeholders()?
        .into_iter()
        .filter(|s| {
            s.votes()
                || latest
                    .as_ref()
                    .is_some_and(|r| r.ballots.contains_key(&s.id))
        })
        .map(|s| Voter {
            id: s.id,
            name: voice.joined(&s.name_zh, &s.name_en),
            sector: voice.label(&format!("sector-{}", s.sector.key())),
            helix: voice.label(&format!("helix-{}", s.helix.key())),
            dots: latest
                .as_ref()
                .filter(|r| r.method != "borda")
                .and_then(|r| r.ballots.get(&s.id).cloned())
                .unwrap_or_default(),
            order: latest
                .as_ref()
                .filter(|r| r.method == "borda")
                .and_then(|r| r.ballots.get(&s.id))
                .map(|places| {
                    let mut order: Vec<(&String, &u32)> = places.iter().collect();
                    order.sort_by_key(|(_, place)| **place);
                    order.into_iter().map(|(c, _)| c.clone()).collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let ranked = |items: &[RankedItem]| -> Vec<RankedView> {
        items
            .iter()
            .map(|i| RankedView {
                code: i.candidate.clone(),
                name: candidate_name(&i.candidate, catalogue, voice),
                rank: count(i.rank),
                tied: i.tied,
                points: i.points,
            })
            .collect()
    };
    let groups = |groups: &[crate::deficits::GroupRanking]| -> Vec<GroupView> {
        groups
            .iter()
            .map(|g| GroupView {
                label: voice.label(&g.label_id),
                voters: count(g.voters),
                items: ranked(&g.items),
            })
            .collect()
    };
    let placed: Vec<crate::deficits::RankedDeficit> = summary
        .ranking
        .iter()
        .flat_map(|r| r.items.iter().filter(|i| i.points > 0).cloned())
        .collect();
    let (result, by_sector, by_helix, bar_svg) = match &summary.ranking {
        Some(r) if r.voters > 0 => (
            r.items
                .iter()
                .map(|i| RankedView {
                    code: i.code.clone(),
                    name: candidate_name(&i.code, catalogue, voice),
                    rank: count(i.rank),
                    tied: i.tied,
                    points: i.points,
                })
                .collect(),
            groups(&r.by_sector),
            groups(&r.by_helix),
            // Only what got points: a bar of nothing says nothing.
            svg(&deficits_bar(&placed, voice.language), BAR_SIZE),
        ),
        _ => (Vec::new(), Vec::new(), Vec::new(), String::new()),
    };
    Ok(RankingView {
        method: latest
            .as_ref()
            .map_or_else(|| "dots".to_owned(), |r| r.method.clone()),
        open: latest.as_ref().is_some_and(|r| !r.closed),
        exists: latest.is_some(),
        dots_each: latest.as_ref().map_or(DEFAULT_DOTS, |r| r.dots_each),
        candidates,
        voters,
        result,
        by_sector,
        by_helix,
        bar_svg,
    })
}

/// Opens a new vote on what is flagged now: dots (`dots_each` for each voter, 0 for the
/// default) or each voter's order.
pub fn open_vote(
    store: &mut Store,
    method: VoteMethod,
    dots_each: u32,
    language: Language,
    at: NaiveDateTime,
) -> Result<DeficitsStage, UseCaseError> {
    store.require_dialogue()?;
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let candidates = flagged(store, &catalogue)?;
    let dots = if dots_each == 0 {
        DEFAULT_DOTS
    } else {
        dots_each
    };
    store.open_ranking(
        None,
        method.key(),
        dots,
        &candidates,
        &at.format("%Y-%m-%dT%H:%M:%S").to_string(),
    )?;
    stage(store, language)
}

/// Records one stakeholder's dots in the open vote (opened with the default dots if there
/// is none), replacing what they placed before. More dots than each has is refused.
pub fn record_dots(
    store: &mut Store,
    stakeholder_id: i64,
    dots: &BTreeMap<String, u32>,
    language: Language,
    at: NaiveDateTime,
) -> Result<EntryOutcome, UseCaseError> {
    store.require_dialogue()?;
    let voice = voice(language);
    let open = store.latest_ranking()?.filter(|r| !r.closed);
    let ranking = match open {
        Some(r) => r,
        None => {
            open_vote(store, VoteMethod::Dots, DEFAULT_DOTS, language, at)?;
            store
                .latest_ranking()?
                .ok_or_else(|| corrupt("the vote just opened is missing"))?
        }
    };
    let person = store
        .stakeholders()?
        .into_iter()
        .find(|s| s.id == stakeholder_id)
        .ok_or(StoreError::StakeholderNotFound(stakeholder_id))?;
    let dots: BTreeMap<String, u32> = dots
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(c, n)| (c.clone(), *n))
        .collect();
    let name = voice.joined(&person.name_zh, &person.name_en);
    if ranking.method == "borda" {
        return Ok(wrong_method("ranking-not-dots", name, "dots", voice));
    }
    if let Err(e) = dot_vote(
        &ranking.candidates,
        &[(name.clone(), dots.clone())],
        ranking.dots_each,
    ) {
        return Ok(EntryOutcome {
            problems: vec![ballot_problem(&e, name, "dots", voice)],
            stage: None,
        });
    }
    store.cast_ballot(ranking.id, stakeholder_id, &dots)?;
    Ok(EntryOutcome {
        problems: Vec::new(),
        stage: Some(stage(store, language)?),
    })
}

/// Records one stakeholder's order in the open ranking vote (opened on what is flagged now if
/// there is none), replacing the order they gave before. Each deficit once; those left out get
/// no points.
pub fn record_order(
    store: &mut Store,
    stakeholder_id: i64,
    order: &[String],
    language: Language,
    at: NaiveDateTime,
) -> Result<EntryOutcome, UseCaseError> {
    store.require_dialogue()?;
    let voice = voice(language);
    let ranking = match store.latest_ranking()?.filter(|r| !r.closed) {
        Some(r) => r,
        None => {
            open_vote(store, VoteMethod::Borda, DEFAULT_DOTS, language, at)?;
            store
                .latest_ranking()?
                .ok_or_else(|| corrupt("the vote just opened is missing"))?
        }
    };
    let person = store
        .stakeholders()?
        .into_iter()
        .find(|s| s.id == stakeholder_id)
        .ok_or(StoreError::StakeholderNotFound(stakeholder_id))?;
    let name = voice.joined(&person.name_zh, &person.name_en);
    if ranking.method != "borda" {
        return Ok(wrong_method("ranking-not-borda", name, "order", voice));
    }
    if let Err(e) = borda(&ranking.candidates, &[(name.clone(), order.to_vec())]) {
        return Ok(EntryOutcome {
            problems: vec![ballot_problem(&e, name, "order", voice)],
            stage: None,
        });
    }
    // A place per deficit, 1 first: the store keeps places as the ballot's points.
    let places: BTreeMap<String, u32> = order
        .iter()
        .enumerate()
        .map(|(i, code)| (code.clone(), count(i + 1)))
        .collect();
    store.cast_ballot(ranking.id, stakeholder_id, &places)?;
    Ok(EntryOutcome {
        problems: Vec::new(),
        stage: Some(stage(store, language)?),
    })
}

/// Closes the open vote; its result stands as the dialogue's ranking.
pub fn close_vote(
    store: &mut Store,
    language: Language,
    at: NaiveDateTime,
) -> Result<DeficitsStage, UseCaseError> {
    store.require_dialogue()?;
    if let Some(r) = store.latest_ranking()?.filter(|r| !r.closed) {
        store.close_ranking(r.id, &at.format("%Y-%m-%dT%H:%M:%S").to_string())?;
    }
    stage(store, language)
}
