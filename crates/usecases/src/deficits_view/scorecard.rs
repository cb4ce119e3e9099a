//! The scorecard workshop in the window: the latest workshop of the preliminary level with its
//! questions by essential, each score with its comment and evidence, totals and the radar; a new
//! workshop (this year's after last year's); and the comparison with the workshop before it,
//! per essential, drawn as two outlines told apart by line style and marker, not colour alone.

use concord_deficits::Totals;

use super::levels::{card_of, detailed_loaded};
use super::*;

/// The latest workshop of the preliminary level (or the questions alone before the first).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ScorecardView {
    pub workshop: Option<WorkshopView>,
    /// The shown workshop's level: `preliminary` (0–3) or `detailed` (0–5).
    pub level: String,
    /// The detailed level's criteria are loaded: a workshop may be held at that level.
    pub detailed_loaded: bool,
    pub scale_max: u8,
    /// What each score means, 0 first.
    pub meanings: Vec<String>,
    pub essentials: Vec<EssentialView>,
    pub score: u32,
    pub max: u32,
    pub percent: f64,
    pub scored: u32,
    pub questions: u32,
    /// The ten essentials on a radar, a standalone `<svg>`; every text in it is escaped. With
    /// a workshop before this one, both outlines: this one solid, the earlier dashed.
    pub radar_svg: String,
    /// This workshop against the scored one before it, if there is one.
    pub comparison: Option<ComparisonView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopView {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub title: String,
    pub held_on: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EssentialView {
    pub number: u8,
    pub name: String,
    pub score: u32,
    pub max: u32,
    pub percent: f64,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub code: String,
    pub title: String,
    pub score: Option<u8>,
    pub comment: String,
    /// What the score rests on: a document, a plan, a figure.
    pub evidence: String,
}

/// Two workshops side by side: the earlier one and the one shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ComparisonView {
    pub earlier: WorkshopView,
    pub later: WorkshopView,
    pub essentials: Vec<EssentialChange>,
    pub earlier_score: u32,
    pub later_score: u32,
    pub max: u32,
    /// Later minus earlier, in points.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub change: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EssentialChange {
    pub number: u8,
    pub name: String,
    pub earlier: u32,
    pub later: u32,
    pub max: u32,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub change: i64,
}

/// The latest workshop of the preliminary level, with or without scores: what the vote reads.
pub(super) fn latest_workshop(store: &Store) -> Result<Option<Workshop>, UseCaseError> {
    Ok(store
        .workshops()?
        .into_iter()
        .rev()
        .find(|w| w.level == "preliminary"))
}

/// The latest workshop of either level: the one the window shows and scores.
fn latest_any(store: &Store) -> Result<Option<Workshop>, UseCaseError> {
    Ok(store.workshops()?.into_iter().next_back())
}

fn scores_of(store: &Store, workshop: i64) -> Result<BTreeMap<String, u8>, UseCaseError> {
    Ok(store
        .scores(workshop)?
        .into_iter()
        .map(|s| (s.code, s.score))
        .collect())
}

fn workshop_view(w: &Workshop) -> WorkshopView {
    WorkshopView {
        id: w.id,
        title: w.title.clone(),
        held_on: w.held_on.clone(),
    }
}

/// The radar's legend names each workshop by its title and day: two years' workshops often
/// share a title.
fn outline(w: &Workshop, totals: &Totals) -> WorkshopScores {
    WorkshopScores {
        title: format!("{} ({})", w.title, w.held_on),
        totals: totals.clone(),
    }
}

/// The scored workshop of the preliminary level held before `later`, with its totals.
fn earlier_workshop(
    store: &Store,
    card: &Scorecard,
    later: &Workshop,
) -> Result<Option<(Workshop, Totals)>, UseCaseError> {
    let workshops = store.workshops()?;
    let Some(at) = workshops.iter().position(|w| w.id == later.id) else {
        return Ok(None);
    };
    for w in workshops[..at].iter().rev() {
        if w.level != later.level {
            continue;
        }
        let scores = scores_of(store, w.id)?;
        if !scores.is_empty() {
            return Ok(Some((w.clone(), card.totals(&scores))));
        }
    }
    Ok(None)
}

fn comparison(
    card: &Scorecard,
    (earlier, before): (&Workshop, &Totals),
    (later, now): (&Workshop, &Totals),
    voice: &Voice,
) -> ComparisonView {
    let essentials = card
        .essentials
        .iter()
        .zip(before.essentials.iter().zip(&now.essentials))
        .map(|(e, (a, b))| EssentialChange {
            number: e.number,
            name: voice.joined(&e.name_zh, &e.name_en),
            earlier: a.score,
            later: b.score,
            max: b.max,
            change: i64::from(b.score) - i64::from(a.score),
        })
        .collect();
    ComparisonView {
        earlier: workshop_view(earlier),
        later: workshop_view(later),
        essentials,
        earlier_score: before.score,
        later_score: now.score,
        max: now.max,
        change: i64::from(now.score) - i64::from(before.score),
    }
}

pub(super) fn scorecard_view(store: &Store, voice: &Voice) -> Result<ScorecardView, UseCaseError> {
    let workshop = latest_any(store)?;
    let level = workshop
        .as_ref()
        .map_or_else(|| "preliminary".to_owned(), |w| w.level.clone());
    let card = card_of(store, &level)?;
    let stored = match &workshop {
        Some(w) => store.scores(w.id)?,
        None => Vec::new(),
    };
    let scores: BTreeMap<String, u8> = stored.iter().map(|s| (s.code.clone(), s.score)).collect();
    let totals = card.totals(&scores);
    let essentials = card
        .essentials
        .iter()
        .map(|e| {
            let total = totals.essentials.iter().find(|t| t.number == e.number);
            EssentialView {
                number: e.number,
                name: voice.joined(&e.name_zh, &e.name_en),
                score: total.map_or(0, |t| t.score),
                max: total.map_or(0, |t| t.max),
                percent: total.map_or(0.0, |t| t.percent),
                questions: e
                    .questions
                    .iter()
                    .map(|q| {
                        let s = stored.iter().find(|s| s.code == q.code);
                        QuestionView {
                            code: q.code.clone(),
                            title: voice.joined(&q.title_zh, &q.title_en),
                            score: s.map(|s| s.score),
                            comment: s.map(|s| s.comment.clone()).unwrap_or_default(),
                            evidence: s.map(|s| s.evidence.clone()).unwrap_or_default(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let earlier = match &workshop {
        Some(w) => earlier_workshop(store, &card, w)?,
        None => None,
    };
    // This workshop's outline first (solid), the earlier one second (dashed).
    let mut outlines: Vec<WorkshopScores> = workshop
        .iter()
        .filter(|_| !scores.is_empty() || earlier.is_some())
        .map(|w| outline(w, &totals))
        .collect();
    if let Some((w, t)) = &earlier {
        outlines.push(outline(w, t));
    }
    let compared = match (&workshop, &earlier) {
        (Some(later), Some((earlier, before))) => Some(comparison(
            &card,
            (earlier, before),
            (later, &totals),
            voice,
        )),
        _ => None,
    };
    let radar = scorecard_radar(&card, &outlines, voice.language);
    Ok(ScorecardView {
        workshop: workshop.as_ref().map(workshop_view),
        level,
        detailed_loaded: detailed_loaded(store)?,
        scale_max: card.scale.max,
        meanings: card
            .scale
            .meanings
            .iter()
            .map(|m| voice.joined(&m.zh, &m.en))
            .collect(),
        essentials,
        score: totals.score,
        max: totals.max,
        percent: totals.percent,
        scored: count(scores.len()),
        questions: count(card.question_count()),
        radar_svg: svg(&radar, RADAR_SIZE),
        comparison: compared,
    })
}

/// Opens a new workshop held `at` at `level` (`preliminary`, or `detailed` once its criteria
/// are loaded), with no scores yet: the one the window scores from now on. The workshops
/// before it stay as they were.
pub fn new_workshop(
    store: &mut Store,
    title: &str,
    level: &str,
    language: Language,
    at: NaiveDateTime,
) -> Result<EntryOutcome, UseCaseError> {
    store.require_dialogue()?;
    let level = if level == "detailed" {
        "detailed"
    } else {
        "preliminary"
    };
    if level == "detailed" && !detailed_loaded(store)? {
        return Ok(EntryOutcome {
            problems: vec![EntryProblem {
                field: "level".into(),
                message: i18n(voice(language)).msg("deficits-ui-detailed-missing"),
            }],
            stage: None,
        });
    }
    let card = card_of(store, level)?;
    let title = match title.trim() {
        "" => voice(Language::Bilingual).label("deficits-ui-workshop-title"),
        given => given.to_owned(),
    };
    store.add_workshop(None, level, &card.version, &at.date().to_string(), &title)?;
    Ok(EntryOutcome {
        problems: Vec::new(),
        stage: Some(stage(store, language)?),
    })
}

/// Scores one question of the latest workshop with its comment and evidence, opening one
/// held `at` if there is none.
pub fn score_question(
    store: &mut Store,
    code: &str,
    score: u8,
    comment: &str,
    evidence: &str,
    language: Language,
    at: NaiveDateTime,
) -> Result<EntryOutcome, UseCaseError> {
    store.require_dialogue()?;
    let latest = latest_any(store)?;
    let card = card_of(
        store,
        latest.as_ref().map_or("preliminary", |w| w.level.as_str()),
    )?;
    if let Err(e) = card.check_score(code, score) {
        let args: Vec<(&'static str, FluentValue<'static>)> = vec![
            ("code", FluentValue::from(code.to_owned())),
            ("score", FluentValue::from(score)),
            ("max", FluentValue::from(card.scale.max)),
        ];
        return Ok(EntryOutcome {
            problems: vec![EntryProblem {
                field: "score".into(),
                message: i18n(voice(language)).fmt(e.fluent_id(), &args),
            }],
            stage: None,
        });
    }
    let workshop = match latest {
        Some(w) => w.id,
        None => {
            let title = voice(Language::Bilingual).label("deficits-ui-workshop-title");
            store.add_workshop(
                None,
                "preliminary",
                &card.version,
                &at.date().to_string(),
                &title,
            )?
        }
    };
    store.set_score(
        workshop,
        &StoredScore {
            code: code.to_owned(),
            score,
            comment: comment.trim().to_owned(),
            evidence: evidence.trim().to_owned(),
        },
    )?;
    Ok(EntryOutcome {
        problems: Vec::new(),
        stage: Some(stage(store, language)?),
    })
}
