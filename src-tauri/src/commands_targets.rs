//! The Targets stage, drawn in the language the window asks for: every target with its
//! progress and a chart per subject, a targets file imported from the window, adoption of the
//! proposals by a decided question. All of it is `concord_usecases::targets_view`; the progress
//! report is in `export.rs`.

use concord_usecases::targets_checks::TargetCheck;
use concord_usecases::targets_form::{FormSubject, TargetForm};
use concord_usecases::targets_view::{TargetItem, TargetsStage};
use tauri::State;

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

/// The stage on every stored value.
#[tauri::command]
pub fn targets_stage(
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<TargetsStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::targets_view::stage(store, None, language.document())
    })
}

/// Imports a targets file the window read, as the proposals; refused whole with every problem.
#[tauri::command]
pub fn targets_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    language: ExportLanguage,
) -> Result<TargetsStage, ApiError> {
    let outcome = state.with_use_case(|store| {
        concord_usecases::targets_view::import(store, &bytes, language.document(), now())
    })?;
    outcome.map_err(ApiError::file_problems)
}

/// Adopts the proposals by a decided question that adopted; they are frozen from then on.
#[tauri::command]
pub fn targets_adopt(
    state: State<'_, AppState>,
    question: i64,
    language: ExportLanguage,
) -> Result<TargetsStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::targets_view::adopt(store, question, language.document(), now())
    })
}

/// The subjects the form offers: flagged deficits first, then other indicators and the BAU
/// series, each with its latest stored value.
#[tauri::command]
pub fn targets_form_subjects(
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<Vec<FormSubject>, ApiError> {
    state
        .with_use_case(|store| concord_usecases::targets_form::subjects(store, language.document()))
}

/// Saves the form as the subject's proposals for 2030 and mid-century; refused whole with
/// every problem at its field.
#[tauri::command]
pub fn targets_set(
    state: State<'_, AppState>,
    form: TargetForm,
    language: ExportLanguage,
) -> Result<TargetsStage, ApiError> {
    let outcome = state.with_use_case(|store| {
        concord_usecases::targets_form::save(store, &form, language.document(), now())
    })?;
    outcome.map_err(|problems| ApiError {
        code: "invalid".into(),
        message: problems
            .first()
            .map(|p| p.message.clone())
            .unwrap_or_default(),
        fields: problems
            .into_iter()
            .map(|p| FieldMessage {
                field: p.field,
                message: p.message,
            })
            .collect(),
    })
}

/// Removes one proposal; an adopted target is refused and nothing changes.
#[tauri::command]
pub fn targets_remove_proposal(
    state: State<'_, AppState>,
    id: i64,
    language: ExportLanguage,
) -> Result<TargetsStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::targets_form::remove(store, id, language.document())
    })
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    vec![
        TargetsStage::decl(cfg),
        TargetItem::decl(cfg),
        TargetCheck::decl(cfg),
        TargetForm::decl(cfg),
        FormSubject::decl(cfg),
    ]
}
