//! The Targets stage as the window shows it: every target with its progress (a gauge and
//! words), a chart per subject drawn as SVG (the same chart the progress report prints), the
//! questions that may adopt the proposals, and a targets file imported from the window.

use chrono::NaiveDateTime;
use concord_charts::svg;
use concord_deficits::Catalogue;
use concord_documents::Voice;
use concord_i18n::{I18n, Locale};
use concord_store::{Store, StoreError};
use serde::Serialize;

use crate::bau::figure;
use crate::bau_view::{AdoptingQuestion, ChartSvg, adopting_questions};
use crate::progress_report::{chart, status_words, subjects};
use crate::tables::FileError;
use crate::targets::{FILE_WORDS, ProgressRow, import_targets, progress};
use crate::{Language, UseCaseError};

/// The size charts are laid out at in the window, in points.
const CHART_WIDTH: f32 = 520.0;
const CHART_HEIGHT: f32 = 260.0;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetsStage {
    pub targets: Vec<TargetItem>,
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
    let targets = rows
        .iter()
        .map(|row| item(row, &subjects, &voice))
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
        subject: row.indicator.clone(),
        name: subject.map_or_else(
            || row.indicator.clone(),
            |s| voice.joined(&s.name_zh, &s.name_en),
        ),
        unit: subject.map_or_else(String::new, |s| s.unit.clone()),
        baseline: format!("{}: {}", row.baseline_year, figure(row.baseline_value)),
        target: format!("{}: {}", row.target_year, figure(row.target_value)),
        latest: match (row.latest_year, row.latest_value) {
            (Some(y), Some(v)) => format!("{y}: {}", figure(v)),
            _ => "—".to_owned(),
        },
        status: row.status.to_owned(),
        status_words: status_words(row.status, voice),
        adopted: row.adopted,
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
