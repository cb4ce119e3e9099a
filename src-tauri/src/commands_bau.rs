//! The BAU stage: the scenarios, the one shown with its rows and outlook, a redraw from rows
//! being typed (no store, no lock: it must answer within a keystroke), saving a scenario's
//! rows as a whole, copying one, and the report. All of it is `concord_usecases::bau_*`.

use concord_i18n::Locale;
use concord_usecases::Language;
use concord_usecases::bau::{CellProblem, GoalRow, GridRow, MilestoneRow, MilestoneTable};
use concord_usecases::bau_view::{BauStage, ChartSvg, OutlookView, ScenarioItem};
use tauri::State;

use crate::commands_meetings::now;
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

/// The window's language, for what a command draws.
fn language(state: &AppState) -> Language {
    match state.locale() {
        Locale::En => Language::En,
        Locale::ZhCn => Language::ZhCn,
    }
}

/// The stage with `scenario` shown (the BAU when `None`).
#[tauri::command]
pub fn bau_stage(
    state: State<'_, AppState>,
    scenario: Option<String>,
) -> Result<BauStage, ApiError> {
    let language = language(&state);
    state.with_use_case(|store| {
        concord_usecases::bau_view::stage(store, scenario.as_deref(), language)
    })
}

/// The outlook of rows as typed, nothing saved.
#[tauri::command]
pub fn bau_preview(
    state: State<'_, AppState>,
    scenario: String,
    rows: Vec<GridRow>,
) -> OutlookView {
    concord_usecases::bau_view::preview(&rows, &scenario, language(&state))
}

/// Replaces the scenario's rows with these, all or nothing.
#[tauri::command]
pub fn bau_save(
    state: State<'_, AppState>,
    scenario: String,
    rows: Vec<GridRow>,
) -> Result<BauStage, ApiError> {
    let language = language(&state);
    state.with_use_case(|store| {
        concord_usecases::bau_view::save(store, &scenario, &rows, language, now())
    })
}

/// Copies a scenario with all its rows under a new name.
#[tauri::command]
pub fn bau_copy(
    state: State<'_, AppState>,
    from: String,
    to: String,
) -> Result<BauStage, ApiError> {
    let language = language(&state);
    state
        .with_use_case(|store| concord_usecases::bau_view::copy(store, &from, &to, language, now()))
}

/// Each problem of a refused grid as a field message: `row-3-value`.
pub fn cell_fields(problems: &[CellProblem]) -> Vec<FieldMessage> {
    problems
        .iter()
        .map(|p| FieldMessage {
            field: format!("row-{}-{}", p.row, p.column),
            message: p.message.clone(),
        })
        .collect()
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    vec![
        GridRow::decl(cfg),
        CellProblem::decl(cfg),
        MilestoneTable::decl(cfg),
        MilestoneRow::decl(cfg),
        GoalRow::decl(cfg),
        ScenarioItem::decl(cfg),
        BauStage::decl(cfg),
        OutlookView::decl(cfg),
        ChartSvg::decl(cfg),
    ]
}
