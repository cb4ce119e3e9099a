//! The Measures stage, drawn in the language the window asks for: the measures of the Local
//! Action Plan, a measure added or edited, a progress update, a delete, a measures file imported
//! or exported from the window. All of it is `concord_usecases::measures_view`.

use concord_usecases::measures_view::{
    FieldProblem, KeyProjectItem, MeasureForm, MeasureItem, MeasureOwnerOption,
    MeasureProgressForm, MeasureProgressItem, MeasureServedForm, MeasureServedItem, MeasureSubject,
    MeasuresStage,
};
use tauri::{AppHandle, State};

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

/// A form's problems, each at its field; the first says what is wrong in the toast.
fn refused(problems: Vec<FieldProblem>, state: &AppState) -> ApiError {
    ApiError {
        code: "validation".into(),
        message: state.i18n().msg("measures-ui-form-refused"),
        fields: problems
            .into_iter()
            .map(|p| FieldMessage {
                field: p.field,
                message: p.message,
            })
            .collect(),
    }
}

#[tauri::command]
pub fn measures_stage(
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<MeasuresStage, ApiError> {
    state.with_use_case(|store| concord_usecases::measures_view::stage(store, language.document()))
}

/// Adds or edits a measure; refused whole, every problem at its field.
#[tauri::command]
pub fn measures_save(
    state: State<'_, AppState>,
    form: MeasureForm,
    language: ExportLanguage,
) -> Result<MeasuresStage, ApiError> {
    state
        .with_use_case(|store| {
            concord_usecases::measures_view::save(store, &form, language.document(), now())
        })?
        .map_err(|p| refused(p, &state))
}

/// Records a progress update; one dated before the start is refused at the date field.
#[tauri::command]
pub fn measures_add_progress(
    state: State<'_, AppState>,
    form: MeasureProgressForm,
    language: ExportLanguage,
) -> Result<MeasuresStage, ApiError> {
    state
        .with_use_case(|store| {
            concord_usecases::measures_view::add_progress(store, &form, language.document(), now())
        })?
        .map_err(|p| refused(p, &state))
}

/// Deletes a measure without progress updates.
#[tauri::command]
pub fn measures_delete(
    state: State<'_, AppState>,
    code: String,
    language: ExportLanguage,
) -> Result<MeasuresStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::measures_view::delete(store, &code, language.document())
    })
}

/// Imports a measures file the window read; refused whole with every problem.
#[tauri::command]
pub fn measures_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    language: ExportLanguage,
) -> Result<MeasuresStage, ApiError> {
    let outcome = state.with_use_case(|store| {
        concord_usecases::measures_view::import(store, &bytes, language.document(), now())
    })?;
    outcome.map_err(ApiError::file_problems)
}

/// Saves the measures file (the columns an import reads); `None` when the person cancelled.
#[tauri::command]
pub async fn export_measures(
    app: AppHandle,
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<Option<String>, ApiError> {
    let (bytes, name) = state.with_use_case(|store| {
        concord_usecases::measures_view::export(store, language.document())
    })?;
    let saved = crate::export::save_file(&app, &state, &name, "CSV", "csv", &bytes)?;
    Ok(saved.map(|path| path.display().to_string()))
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    vec![
        MeasuresStage::decl(cfg),
        KeyProjectItem::decl(cfg),
        MeasureSubject::decl(cfg),
        MeasureOwnerOption::decl(cfg),
        MeasureItem::decl(cfg),
        MeasureProgressItem::decl(cfg),
        MeasureServedItem::decl(cfg),
        MeasureForm::decl(cfg),
        MeasureServedForm::decl(cfg),
        MeasureProgressForm::decl(cfg),
    ]
}
