//! The stakeholder register's commands: list, search, save, withdraw, erase, inclusiveness,
//! and import of a CSV file or .xlsx workbook with a preview. Each is a call into the domain
//! and store crates, or (the check and the import of a file) a use case of
//! `concord-usecases`; the CLI does the same through `concord import|export stakeholders`.

use concord_domain::{Inclusiveness, Stakeholder, StakeholderDraft, StakeholderQuery};
use concord_i18n::FluentValue;
use concord_usecases::register::{OnDuplicate, RowAction, RowReport, check_import, import};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::dto::ApiError;
use crate::state::AppState;

/// Files above this size are refused before they are read.
const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
/// Rows sent to the preview table: every row with a problem, then the first others.
const PREVIEW_ROWS: usize = 300;

/// What to do with people already in the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DuplicateChoice {
    Ask,
    Skip,
    Update,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub encoding: String,
    pub total_rows: u32,
    pub add: u32,
    pub update: u32,
    pub skip: u32,
    pub duplicates: u32,
    pub error_count: u32,
    /// Problems with the file as a whole, in the user's language.
    pub file_errors: Vec<String>,
    /// Headers of columns Concord does not use.
    pub ignored_columns: Vec<String>,
    pub rows: Vec<PreviewRow>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    pub row: u32,
    /// `add`, `update`, `skip` or `invalid`.
    pub action: String,
    pub name: String,
    pub organisation: String,
    pub email: String,
    /// The register's name of the person this row duplicates.
    pub duplicate_of: Option<String>,
    /// Every problem of the row, with its column, in the user's language.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    pub added: u32,
    pub updated: u32,
}

fn policy(choice: DuplicateChoice) -> Option<OnDuplicate> {
    match choice {
        DuplicateChoice::Ask => None,
        DuplicateChoice::Skip => Some(OnDuplicate::Skip),
        DuplicateChoice::Update => Some(OnDuplicate::Update),
    }
}

fn n(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

fn action_key(action: RowAction) -> &'static str {
    match action {
        RowAction::Add => "add",
        RowAction::Update => "update",
        RowAction::Skip => "skip",
        RowAction::Invalid => "invalid",
    }
}

#[tauri::command]
pub fn list_stakeholders(state: State<'_, AppState>) -> Result<Vec<Stakeholder>, ApiError> {
    state.with_store(|store| store.stakeholders())
}

#[tauri::command]
pub fn search_stakeholders(
    state: State<'_, AppState>,
    query: StakeholderQuery,
) -> Result<Vec<i64>, ApiError> {
    state.with_store(|store| store.search_stakeholders(&query))
}

#[tauri::command]
pub fn stakeholder_inclusiveness(state: State<'_, AppState>) -> Result<Inclusiveness, ApiError> {
    let people = state.with_store(|store| store.stakeholders())?;
    Ok(Inclusiveness::of(&people))
}

#[tauri::command]
pub fn save_stakeholder(
    state: State<'_, AppState>,
    draft: StakeholderDraft,
) -> Result<Stakeholder, ApiError> {
    let person = draft
        .validate()
        .map_err(|errors| ApiError::validation(&errors, &state.i18n()))?;
    state.with_store(|store| {
        if person.id == 0 {
            store.add_stakeholder(&person)
        } else {
            store.update_stakeholder(&person)
        }
    })
}

#[tauri::command]
pub fn withdraw_stakeholder(state: State<'_, AppState>, id: i64) -> Result<Stakeholder, ApiError> {
    state.with_store(|store| store.withdraw_stakeholder(id))
}

#[tauri::command]
pub fn erase_stakeholder(state: State<'_, AppState>, id: i64) -> Result<Stakeholder, ApiError> {
    let today = chrono::Local::now().date_naive();
    state.with_store(|store| store.erase_stakeholder(id, today))
}

fn too_large(state: &AppState) -> ApiError {
    ApiError {
        code: "too-large".into(),
        message: state.i18n().msg("register-import-too-large"),
        fields: Vec::new(),
    }
}

/// Reads the bytes of a CSV file or .xlsx workbook the user chose (the web view reads the file
/// it was given; it has no other access to the disk) and tells what an import would do, row
/// by row.
#[tauri::command]
pub fn preview_stakeholder_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    on_duplicate: DuplicateChoice,
) -> Result<ImportPreview, ApiError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_large(&state));
    }
    let report = state.with_use_case(|store| check_import(store, &bytes, policy(on_duplicate)))?;
    let i18n = state.i18n();
    let mut rows: Vec<&RowReport> = report
        .rows
        .iter()
        .filter(|r| !r.errors.is_empty())
        .collect();
    rows.extend(
        report
            .rows
            .iter()
            .filter(|r| r.errors.is_empty())
            .take(PREVIEW_ROWS.saturating_sub(rows.len())),
    );
    rows.sort_by_key(|r| r.row);
    Ok(ImportPreview {
        encoding: report.read_as().to_owned(),
        total_rows: n(report.rows.len()),
        add: n(report.count(RowAction::Add)),
        update: n(report.count(RowAction::Update)),
        skip: n(report.count(RowAction::Skip)),
        duplicates: n(report.duplicates()),
        error_count: n(report.error_count()),
        file_errors: report
            .file_errors
            .iter()
            .map(|p| p.message(&i18n))
            .collect(),
        ignored_columns: report
            .columns
            .iter()
            .filter(|c| c.column.is_none() && !c.header.is_empty())
            .map(|c| c.header.clone())
            .collect(),
        rows: rows
            .into_iter()
            .map(|r| {
                let [name, organisation, email] = report.display(r);
                PreviewRow {
                    row: n(r.row),
                    action: action_key(r.action).to_owned(),
                    name,
                    organisation,
                    email,
                    duplicate_of: r.duplicate.as_ref().map(|d| d.name.clone()),
                    problems: r.errors.iter().map(|e| e.message(&i18n)).collect(),
                }
            })
            .collect(),
    })
}

/// Imports the file in one transaction, or nothing at all when any row has a problem.
#[tauri::command]
pub fn import_stakeholders(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    on_duplicate: DuplicateChoice,
) -> Result<ImportOutcome, ApiError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_large(&state));
    }
    // Checked and written in one transaction, so an import in the window and one on the
    // command line at the same moment cannot both add the same person.
    let report = state.with_use_case(|store| import(store, &bytes, policy(on_duplicate)))?;
    if !report.is_ok() {
        return Err(ApiError {
            code: "import".into(),
            message: state.i18n().fmt(
                "csv-import-failed",
                &[("count", FluentValue::from(report.error_count()))],
            ),
            fields: Vec::new(),
        });
    }
    let (added, updated) = report.plan();
    Ok(ImportOutcome {
        added: n(added.len()),
        updated: n(updated.len()),
    })
}
