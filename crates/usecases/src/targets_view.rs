//! The Targets stage as the window shows it: every target in force (the latest adopted
//! revision) and every proposal (the open revision) with its progress (a gauge and words), its
//! kind, SDGs, advantages, the BAU in its target year and the gap; the checks against APEC's and
//! the national lines beside them; a chart per subject drawn as SVG (the same chart the progress
//! report prints), the questions that may adopt the proposals, and a targets file imported from
//! the window.

use chrono::NaiveDateTime;
use concord_charts::svg;
use concord_deficits::Catalogue;
use concord_documents::Voice;
use concord_i18n::{FluentValue, I18n, Locale};
use concord_store::{Store, StoreError, StoredTarget};
use serde::Serialize;

use crate::bau::figure;
use crate::bau_view::{AdoptingQuestion, ChartSvg, adopting_questions};
use crate::progress_report::{chart, status_words, subjects};
use crate::tables::FileError;
use crate::targets::{FILE_WORDS, ProgressRow, bau_value, import_targets, progress};
use crate::targets_bau::{Scenarios, missing_bau_reason};
use crate::targets_checks::{TargetCheck, checks, one_language};
use crate::targets_words::{kind_detail, revision_words, sdg_words};
use crate::units_shown::with_unit;
use crate::{Language, UseCaseError};

/// The size charts are laid out at in the window, in points.
const CHART_WIDTH: f32 = 520.0;
const CHART_HEIGHT: f32 = 260.0;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetsStage {
    /// The latest adopted revision's targets, then the open revision's proposals.
    pub targets: Vec<TargetItem>,
    /// The targets read against APEC's lines (and the national 2030 lines for a Chinese city),
    /// for the subjects that have targets; the adopted set and the proposals each checked.
    pub checks: Vec<TargetCheck>,
    pub charts: Vec<ChartSvg>,
    /// Decided questions that adopted and adopt nothing yet.
    pub adopting_questions: Vec<AdoptingQuestion>,
    /// Some target is still a proposal.
    pub has_proposals: bool,
}

/// One target as a row of the stage's table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetItem {
    /// The stored target's id (a proposal is removed by it).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub subject: String,
    pub name: String,
    pub unit: String,
    pub baseline: String,
    pub target: String,
    pub latest: String,
    /// `on-track`, `deterioration`, … (for tests and styles).
    pub status: String,
    /// `●●●○ On track`: the gauge and the words, never colour alone.
    pub status_words: String,
    pub adopted: bool,
    /// `base-year-reduction`, `fixed-level`, `base-year-intensity` or `below-bau`.
    pub kind: String,
    /// The kind in words with its per cent: `Base-year reduction: −20.5 % from 2021`.
    pub kind_words: String,
    /// The SDGs it serves, goal numbers 1–17.
    pub sdgs: Vec<u8>,
    /// `SDG 11, 3`, or that none is named.
    pub sdg_words: String,
    /// The advantages for the community in the window's language (bilingual: the Chinese, a
    /// line break, the English); a missing language falls back to the other; empty when none.
    pub advantages: String,
    /// The BAU's value in the target year, `2030: 3,812` (with the unit), or `—`.
    pub bau: String,
    pub bau_value: Option<f64>,
    /// Target minus BAU, signed, with the unit: `−572 万吨CO₂`, or `—` without a BAU value.
    pub gap: String,
    pub gap_value: Option<f64>,
    /// Why there is no gap, in the window's language (`The BAU does not project this
    /// indicator`); empty when there is one.
    pub gap_note: String,
    /// The revision of the target set, from 1.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// `adopted` or `proposed`.
    pub state: String,
    /// `Adopted, revision 1` or `Proposed, revision 2`.
    pub state_words: String,
}

/// The stage on the values up to `year` (all when `None`).
pub fn stage(
    store: &Store,
    year: Option<i32>,
    language: Language,
) -> Result<TargetsStage, UseCaseError> {
    store.require_dialogue()?;
    let rows = progress(store, year)?;
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let voice = Voice::new(language);
    let subjects = subjects(store, &rows, &catalogue, &voice)?;
    // `progress` judges the current targets in this order.
    let stored = store.current_targets()?;
    let scenarios = Scenarios::load(store)?;
    let targets = rows
        .iter()
        .zip(&stored)
        .map(|(row, target)| {
            let mut item = item(row, &subjects, &voice);
            describe(&mut item, target, bau_value(&scenarios, target), &voice);
            if item.gap_value.is_none() {
                let id = missing_bau_reason(scenarios.bau(), &target.row.subject);
                let year = [(
                    "year",
                    FluentValue::from(target.row.target_year.to_string()),
                )];
                item.gap_note = voice.pick(voice.zh.fmt(id, &year), voice.en.fmt(id, &year));
            }
            item
        })
        .collect();
    let charts = subjects
        .iter()
        .map(|subject| {
            let own: Vec<&ProgressRow> =
                rows.iter().filter(|r| r.indicator == subject.key).collect();
            let drawn = chart(subject, &own, &voice);
            let scene = concord_charts::layout(
                &drawn,
                CHART_WIDTH,
                CHART_HEIGHT,
                &mut concord_charts::estimate_width,
            );
            ChartSvg {
                key: subject.key.clone(),
                title: voice.joined(&subject.name_zh, &subject.name_en),
                svg: svg::render(&scene),
            }
        })
        .collect();
    Ok(TargetsStage {
        has_proposals: rows.iter().any(|r| !r.adopted),
        checks: checks(store, &stored, one_language(&voice))?,
        targets,
        charts,
        adopting_questions: adopting_questions(store, language)?,
    })
}

fn item(
    row: &ProgressRow,
    subjects: &[crate::progress_report::SubjectView],
    voice: &Voice,
) -> TargetItem {
    let subject = subjects.iter().find(|s| s.key == row.indicator);
    TargetItem {
        id: 0,
        subject: row.indicator.clone(),
        name: subject.map_or_else(
            || row.indicator.clone(),
            |s| voice.joined(&s.name_zh, &s.name_en),
        ),
        unit: subject.map_or_else(String::new, |s| {
            crate::deficits::unit_words(
                &concord_domain::bau::in_english(&s.unit),
                &s.unit_zh,
                voice,
            )
        }),
        baseline: format!("{}: {}", row.baseline_year, figure(row.baseline_value)),
        target: format!("{}: {}", row.target_year, figure(row.target_value)),
        latest: match (row.latest_year, row.latest_value) {
            (Some(y), Some(v)) => format!("{y}: {}", figure(v)),
            _ => "—".to_owned(),
        },
        status: row.status.to_owned(),
        status_words: status_words(row.status, voice),
        adopted: row.adopted,
        kind: String::new(),
        kind_words: String::new(),
        sdgs: Vec::new(),
        sdg_words: String::new(),
        advantages: String::new(),
        bau: "—".to_owned(),
        bau_value: None,
        gap: "—".to_owned(),
        gap_value: None,
        gap_note: String::new(),
        revision: 0,
        state: String::new(),
        state_words: String::new(),
    }
}

/// Fills in what the stored target says besides its progress, in the window's language.
fn describe(item: &mut TargetItem, target: &StoredTarget, bau: Option<f64>, voice: &Voice) {
    let both = |say: &dyn Fn(&I18n) -> String| voice.pick(say(&voice.zh), say(&voice.en));
    let details = &target.details;
    item.kind = details.kind.key().to_owned();
    item.kind_words = both(&|i18n| kind_detail(target, i18n));
    item.sdgs = details.sdgs.clone();
    item.sdg_words = both(&|i18n| sdg_words(&details.sdgs, i18n));
    item.advantages = voice.cell(&details.advantages_zh, &details.advantages_en);
    item.id = target.id;
    item.revision = target.revision;
    item.state = if target.is_adopted() {
        "adopted"
    } else {
        "proposed"
    }
    .to_owned();
    item.state_words = both(&|i18n| revision_words(target, i18n));
    if let Some(bau) = bau {
        let gap = target.row.target_value - bau;
        item.bau = format!(
            "{}: {}",
            target.row.target_year,
            with_unit(figure(bau), &item.unit, voice)
        );
        let sign = if gap > 0.0 {
            "+"
        } else if gap < 0.0 {
            "−"
        } else {
            ""
        };
        item.gap = with_unit(format!("{sign}{}", figure(gap.abs())), &item.unit, voice);
        item.bau_value = Some(bau);
        item.gap_value = Some(gap);
    }
}

/// A file's targets imported as the proposals; a file with problems is refused whole, every
/// problem said in the window's language.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    language: Language,
    at: NaiveDateTime,
) -> Result<Result<TargetsStage, Vec<String>>, UseCaseError> {
    match import_targets(store, bytes, at)? {
        Ok(_) => Ok(Ok(stage(store, None, language)?)),
        Err(problems) => Ok(Err(messages(&problems, language))),
    }
}

fn messages(problems: &FileError, language: Language) -> Vec<String> {
    let locale = match language {
        Language::En => Locale::En,
        Language::ZhCn | Language::Bilingual => Locale::ZhCn,
    };
    problems.messages(&FILE_WORDS, &I18n::new(locale))
}

/// Adopts every proposal by the decided question `question_id`; they are frozen from then on.
pub fn adopt(
    store: &mut Store,
    question_id: i64,
    language: Language,
    at: NaiveDateTime,
) -> Result<TargetsStage, UseCaseError> {
    store.adopt_targets(question_id, at)?;
    stage(store, None, language)
}
