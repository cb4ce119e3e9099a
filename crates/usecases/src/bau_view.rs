//! The BAU stage as the window shows it: the dialogue's scenarios, the chosen one's rows, and
//! its outlook drawn — charts as SVG, the milestone table, the distance to the goals and what
//! the data cannot show yet. `preview` redraws from rows being typed without saving them.

use std::sync::OnceLock;

use chrono::NaiveDateTime;
use concord_documents::Voice;
use concord_store::{ScenarioRecord, Store, StoreError};
use serde::Serialize;

pub use crate::adopting::{AdoptingQuestion, adopting_questions};
use crate::bau::{
    CellProblem, GoalRow, GridRow, MilestoneTable, Outlook, goal_rows, grid_of, horizon,
    milestone_table, notes, outlook, rows_of_grid,
};
use crate::bau_charts::{Comparison, charts};
use crate::{Language, UseCaseError};

/// The voice of each language, built once: a redraw at every keystroke should not parse the
/// message files again.
fn voice(language: Language) -> &'static Voice {
    static VOICES: [OnceLock<Voice>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match language {
        Language::En => 0,
        Language::ZhCn => 1,
        Language::Bilingual => 2,
    };
    VOICES[slot].get_or_init(|| Voice::new(language))
}

/// The size charts are laid out at in the window, in points; the SVG scales to its box.
const CHART_WIDTH: f32 = 520.0;
const CHART_HEIGHT: f32 = 300.0;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ScenarioItem {
    pub name: String,
    pub is_bau: bool,
    pub illustrative: bool,
    /// The question that adopted it; an adopted scenario is frozen.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub adopted_by_question: Option<i64>,
}

impl From<&ScenarioRecord> for ScenarioItem {
    fn from(s: &ScenarioRecord) -> Self {
        ScenarioItem {
            name: s.name.clone(),
            is_bau: s.is_bau,
            illustrative: s.illustrative,
            adopted_by_question: s.adopted_by_question_id,
        }
    }
}

/// The stage: every scenario, the one shown (none before the first is saved), its rows and
/// their outlook.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BauStage {
    pub scenarios: Vec<ScenarioItem>,
    pub scenario: Option<ScenarioItem>,
    pub rows: Vec<GridRow>,
    pub outlook: OutlookView,
    /// The scenario drawn beside it, if any.
    pub compare: Option<String>,
    /// Decided questions that adopted and adopt no scenario yet: what may adopt this one.
    pub adopting_questions: Vec<AdoptingQuestion>,
    /// The last year projected.
    pub end_year: i32,
}

/// An outlook drawn for the window. With problems, the rest is empty and the window keeps
/// what it drew last.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OutlookView {
    pub problems: Vec<CellProblem>,
    pub charts: Vec<ChartSvg>,
    pub milestones: MilestoneTable,
    pub goals: Vec<GoalRow>,
    pub notes: Vec<String>,
}

/// Adopts `scenario` by the decided question `question_id`; from then on it is frozen.
pub fn adopt(
    store: &mut Store,
    scenario: &str,
    question_id: i64,
    language: Language,
    at: NaiveDateTime,
) -> Result<BauStage, UseCaseError> {
    let record = store.adopt_scenario(Some(scenario), question_id, at)?;
    stage(store, Some(&record.name), None, language)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChartSvg {
    pub key: String,
    pub title: String,
    /// A standalone `<svg>` element; every text in it is escaped.
    pub svg: String,
}

/// The scenario `name` with its outlook, to draw beside another; `None` for no name.
pub fn comparison(store: &Store, name: Option<&str>) -> Result<Option<Comparison>, UseCaseError> {
    let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
        return Ok(None);
    };
    let record = store.scenario(Some(name))?;
    let rows = store.scenario_assumptions(record.id)?;
    let outlook = outlook(&rows, horizon(store)?).map_err(StoreError::Assumptions)?;
    Ok(Some(Comparison {
        name: record.name,
        outlook,
    }))
}

/// The stage with the scenario `name` shown (the BAU, or the first, when `None`), drawn beside
/// the scenario `compare` if one is named.
pub fn stage(
    store: &Store,
    name: Option<&str>,
    compare: Option<&str>,
    language: Language,
) -> Result<BauStage, UseCaseError> {
    store.require_dialogue()?;
    let records = store.scenarios()?;
    let shown = match name {
        Some(name) => Some(store.scenario(Some(name))?),
        None => records
            .iter()
            .find(|s| s.is_bau)
            .or(records.first())
            .cloned(),
    };
    let voice = voice(language);
    let end_year = horizon(store)?;
    // A scenario is never compared with itself.
    let compare =
        comparison(store, compare)?.filter(|c| shown.as_ref().is_none_or(|s| s.name != c.name));
    let (rows, view) = match &shown {
        Some(record) => {
            let rows = store.scenario_assumptions(record.id)?;
            let projected = outlook(&rows, end_year).map_err(StoreError::Assumptions)?;
            let view = draw(&projected, &record.name, compare.as_ref(), voice);
            (grid_of(&rows), view)
        }
        None => (Vec::new(), draw(&empty(end_year), "BAU", None, voice)),
    };
    Ok(BauStage {
        scenarios: records.iter().map(ScenarioItem::from).collect(),
        scenario: shown.as_ref().map(ScenarioItem::from),
        rows,
        outlook: view,
        compare: compare.map(|c| c.name),
        adopting_questions: adopting_questions(store, language)?,
        end_year,
    })
}

/// The outlook of rows being typed, without saving them: the problems by cell, or the charts
/// (beside `compare`'s).
pub fn preview(
    grid: &[GridRow],
    scenario: &str,
    compare: Option<&Comparison>,
    end_year: i32,
    language: Language,
) -> OutlookView {
    let voice = voice(language);
    let problems = match rows_of_grid(grid, voice) {
        Ok(rows) => match outlook(&rows, end_year) {
            Ok(projected) => return draw(&projected, scenario, compare, voice),
            // The reader projects what it accepts, so this is a safety net only.
            Err(errors) => errors
                .iter()
                .map(|e| CellProblem {
                    row: 0,
                    column: e.column.key().to_owned(),
                    message: voice.label(e.problem.message_id()),
                })
                .collect(),
        },
        Err(problems) => problems,
    };
    OutlookView {
        problems,
        ..draw(&empty(end_year), scenario, None, voice)
    }
}

/// Replaces the rows of `scenario` (created if missing) with the grid's, all or nothing, and
/// returns the stage showing it. A grid with a problem is refused with every problem.
pub fn save(
    store: &mut Store,
    scenario: &str,
    grid: &[GridRow],
    compare: Option<&str>,
    language: Language,
    at: NaiveDateTime,
) -> Result<BauStage, UseCaseError> {
    let voice = voice(language);
    let rows =
        rows_of_grid(grid, voice).map_err(|problems| UseCaseError::ScenarioRows { problems })?;
    let name = scenario.trim();
    if name.is_empty() {
        return Err(UseCaseError::ScenarioNameEmpty);
    }
    let illustrative = store
        .scenarios()?
        .iter()
        .find(|s| s.name == name)
        .is_some_and(|s| s.illustrative);
    let record = store.import_scenario(Some(name), &rows, illustrative, at)?;
    stage(store, Some(&record.name), compare, language)
}

/// Copies `from` as `to` and shows the copy.
pub fn copy(
    store: &mut Store,
    from: &str,
    to: &str,
    language: Language,
    at: NaiveDateTime,
) -> Result<BauStage, UseCaseError> {
    let to = to.trim();
    if to.is_empty() {
        return Err(UseCaseError::ScenarioNameEmpty);
    }
    let record = store.copy_scenario(from, to, at)?;
    // The copy is drawn beside the scenario it came from.
    stage(store, Some(&record.name), Some(from), language)
}

/// The outlook of a scenario with no rows.
fn empty(end_year: i32) -> Outlook {
    Outlook {
        projection: concord_domain::bau::Projection {
            end_year,
            series: Vec::new(),
        },
        derived: Vec::new(),
        references: Vec::new(),
        missing: Vec::new(),
        kaya: None,
    }
}

/// Lays every chart out and writes it as SVG, with the tables and notes.
pub fn draw(
    outlook: &Outlook,
    scenario: &str,
    compare: Option<&Comparison>,
    voice: &Voice,
) -> OutlookView {
    let charts = charts(outlook, scenario, compare, voice)
        .into_iter()
        .map(|keyed| {
            let scene = concord_charts::layout(
                &keyed.chart,
                CHART_WIDTH,
                CHART_HEIGHT,
                &mut concord_charts::estimate_width,
            );
            ChartSvg {
                key: keyed.key,
                title: keyed.chart.title().to_owned(),
                svg: concord_charts::svg::render(&scene),
            }
        })
        .collect();
    OutlookView {
        problems: Vec::new(),
        charts,
        milestones: milestone_table(outlook, voice),
        goals: goal_rows(outlook, voice),
        notes: notes(outlook, voice),
    }
}
