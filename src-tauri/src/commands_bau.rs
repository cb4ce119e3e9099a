//! The BAU stage, drawn in the language the window asks for (it may have just switched): the
//! scenarios, the one shown with its rows and outlook, a redraw from rows being typed (no
//! store, no lock: it must answer within a keystroke), saving a scenario's rows as a whole,
//! copying one. All of it is `concord_usecases::bau_view`; the report is in `export.rs`.

use concord_usecases::bau::{CellProblem, GoalRow, GridRow, MilestoneRow, MilestoneTable};
use concord_usecases::bau_view::{AdoptingQuestion, BauStage, ChartSvg, OutlookView, ScenarioItem};
use tauri::State;

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

/// The stage with `scenario` shown (the BAU when `None`), beside `compare` if named.
#[tauri::command]
pub fn bau_stage(
    state: State<'_, AppState>,
    scenario: Option<String>,
    compare: Option<String>,
    language: ExportLanguage,
) -> Result<BauStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::bau_view::stage(
            store,
            scenario.as_deref(),
            compare.as_deref(),
            language.document(),
        )
    })
}

/// The outlook of rows as typed, nothing saved; beside `compare`'s if named.
#[tauri::command]
pub fn bau_preview(
    state: State<'_, AppState>,
    scenario: String,
    rows: Vec<GridRow>,
    compare: Option<String>,
    end_year: i32,
    language: ExportLanguage,
) -> Result<OutlookView, ApiError> {
    let other = state
        .with_use_case(|store| concord_usecases::bau_view::comparison(store, compare.as_deref()))?;
    Ok(concord_usecases::bau_view::preview(
        &rows,
        &scenario,
        other.as_ref(),
        end_year,
        language.document(),
    ))
}

/// Replaces the scenario's rows with these, all or nothing.
#[tauri::command]
pub fn bau_save(
    state: State<'_, AppState>,
    scenario: String,
    rows: Vec<GridRow>,
    compare: Option<String>,
    language: ExportLanguage,
) -> Result<BauStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::bau_view::save(
            store,
            &scenario,
            &rows,
            compare.as_deref(),
            language.document(),
            now(),
        )
    })
}

/// Copies a scenario with all its rows under a new name.
#[tauri::command]
pub fn bau_copy(
    state: State<'_, AppState>,
    from: String,
    to: String,
    language: ExportLanguage,
) -> Result<BauStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::bau_view::copy(store, &from, &to, language.document(), now())
    })
}

/// Adopts a scenario by a decided question that adopted; it is frozen from then on.
#[tauri::command]
pub fn bau_adopt(
    state: State<'_, AppState>,
    scenario: String,
    question: i64,
    language: ExportLanguage,
) -> Result<BauStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::bau_view::adopt(store, &scenario, question, language.document(), now())
    })
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
        AdoptingQuestion::decl(cfg),
    ]
}
