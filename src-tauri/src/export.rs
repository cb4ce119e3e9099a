//! Saving an exported document: a save dialog that starts in the folder used last (or the
//! Documents folder), or the folder named by `CONCORD_EXPORT_DIR` for kiosk set-ups and tests;
//! an atomic write; then the window offers to open the file or show it in its folder. Only files
//! this run exported can be opened that way: the web view cannot name any other.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use concord_usecases::ExportedPdf;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::commands_declarations::{
    CertificateExport, DigitalSigner, city_certificate, declaration_pdf,
};
use crate::commands_meetings::{ExportLanguage, ExportResult, minutes_pdf};
use crate::dto::ApiError;
use crate::state::AppState;

/// Exports a meeting's minutes; `None` when the person cancelled the save dialog.
#[tauri::command]
pub async fn export_minutes(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: i64,
    language: ExportLanguage,
) -> Result<Option<ExportResult>, ApiError> {
    let pdf = minutes_pdf(&state, meeting_id, language)?;
    saved_pdf(&app, &state, &pdf)
}

/// Exports a declaration, with the drawn signatures, optionally signed digitally for `signer`;
/// `None` when the person cancelled the save dialog.
#[tauri::command]
pub async fn export_declaration(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    language: ExportLanguage,
    signer: Option<DigitalSigner>,
) -> Result<Option<ExportResult>, ApiError> {
    let pdf = declaration_pdf(&state, id, language, signer)?;
    saved_pdf(&app, &state, &pdf)
}

/// Exports a scenario's BAU report; `None` when the person cancelled the save dialog.
#[tauri::command]
pub async fn export_bau(
    app: AppHandle,
    state: State<'_, AppState>,
    scenario: String,
    language: ExportLanguage,
) -> Result<Option<ExportResult>, ApiError> {
    let pdf = state.with_use_case(|store| {
        concord_usecases::bau_report::export_bau(store, Some(&scenario), language.document())
    })?;
    saved_pdf(&app, &state, &pdf)
}

/// Exports the vision declaration of version `number` (the adopted one when `None`); a version
/// not adopted carries the DRAFT mark. Signed digitally for `signer` on request, as the
/// declarations are. `None` when the person cancelled the save dialog.
#[tauri::command]
pub async fn export_vision(
    app: AppHandle,
    state: State<'_, AppState>,
    number: Option<u32>,
    language: ExportLanguage,
    signer: Option<DigitalSigner>,
) -> Result<Option<ExportResult>, ApiError> {
    use concord_usecases::vision::{VersionChoice, export_vision};
    let db = state.db_path();
    let choice = number.map_or(VersionChoice::Adopted, VersionChoice::Number);
    let now = chrono::Local::now().fixed_offset();
    let signer = signer.map(DigitalSigner::city);
    let pdf = state.with_use_case(|store| {
        export_vision(store, &db, choice, language.document(), signer, now)
    })?;
    saved_pdf(&app, &state, &pdf)
}

/// Exports the Deficits report; `None` when the person cancelled the save dialog.
#[tauri::command]
pub async fn export_deficits(
    app: AppHandle,
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<Option<ExportResult>, ApiError> {
    let pdf = state.with_use_case(|store| {
        concord_usecases::deficits::export_deficits(
            store,
            language.document(),
            crate::commands_meetings::now(),
        )
    })?;
    saved_pdf(&app, &state, &pdf)
}

/// Exports the progress report on every stored value, signed digitally by `signer` if one is
/// named; `None` when the person cancelled.
#[tauri::command]
pub async fn export_progress(
    app: AppHandle,
    state: State<'_, AppState>,
    language: ExportLanguage,
    signer: Option<DigitalSigner>,
) -> Result<Option<ExportResult>, ApiError> {
    let db = state.db_path();
    // Signed through the same path as `concord export progress --sign`.
    let signing = signer.map(|signer| concord_usecases::progress_report::Signing {
        db: &db,
        role: signer.city(),
        now: chrono::Local::now().fixed_offset(),
    });
    let pdf = state.with_use_case(|store| {
        concord_usecases::progress_report::export_progress(
            store,
            None,
            language.document(),
            signing,
        )
    })?;
    saved_pdf(&app, &state, &pdf)
}

/// Exports the targets pledge, signed digitally by `signer` if one is named; `None` when the
/// person cancelled.
#[tauri::command]
pub async fn export_pledge(
    app: AppHandle,
    state: State<'_, AppState>,
    language: ExportLanguage,
    signer: Option<DigitalSigner>,
) -> Result<Option<ExportResult>, ApiError> {
    let db = state.db_path();
    let now = chrono::Local::now().fixed_offset();
    let signer = signer.map(DigitalSigner::city);
    let pdf = state.with_use_case(|store| {
        concord_usecases::pledge::export_pledge(store, &db, language.document(), signer, now)
    })?;
    saved_pdf(&app, &state, &pdf)
}

/// Exports the Local Action Plan; `None` when the person cancelled.
#[tauri::command]
pub async fn export_action_plan(
    app: AppHandle,
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<Option<ExportResult>, ApiError> {
    let pdf = state.with_use_case(|store| {
        concord_usecases::action_plan::export_action_plan(store, language.document())
    })?;
    saved_pdf(&app, &state, &pdf)
}

/// Saves an exported PDF where the person chooses; `None` when they cancelled.
fn saved_pdf(
    app: &AppHandle,
    state: &AppState,
    pdf: &ExportedPdf,
) -> Result<Option<ExportResult>, ApiError> {
    let Some(path) = save_file(app, state, &pdf.file_name, "PDF", "pdf", &pdf.bytes)? else {
        return Ok(None);
    };
    Ok(Some(ExportResult {
        path: path.display().to_string(),
        pages: u32::try_from(pdf.pages).unwrap_or(u32::MAX),
        kilobytes: u32::try_from(pdf.kilobytes()).unwrap_or(u32::MAX),
    }))
}

/// Saves the city's certificate (PEM) for a partner to import; `None` when cancelled.
#[tauri::command]
pub async fn export_city_certificate(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<CertificateExport>, ApiError> {
    let certificate = city_certificate(state.clone())?;
    let dialogue = state.with_store(|store| store.require_dialogue())?;
    let city: String = dialogue
        .city_en
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let name = format!(
        "{}-city-ca.pem",
        if city.is_empty() { "city" } else { &city }
    );
    let Some(path) = save_file(
        &app,
        &state,
        &name,
        "PEM",
        "pem",
        certificate.pem.as_bytes(),
    )?
    else {
        return Ok(None);
    };
    Ok(Some(CertificateExport {
        path: path.display().to_string(),
        fingerprint: certificate.fingerprint,
    }))
}

/// The setting that remembers the folder of the last export.
const LAST_FOLDER_KEY: &str = "export.last-folder";

/// The files exported while the app runs: the only ones "Open" and "Show in folder" act on.
#[derive(Debug, Default)]
pub struct ExportedFiles(Mutex<Vec<PathBuf>>);

impl ExportedFiles {
    fn add(&self, path: &Path) {
        let mut files = self.0.lock().unwrap_or_else(|p| p.into_inner());
        files.push(path.to_path_buf());
    }

    fn find(&self, path: &str) -> Option<PathBuf> {
        let files = self.0.lock().unwrap_or_else(|p| p.into_inner());
        files.iter().find(|p| p.as_os_str() == path).cloned()
    }
}

/// Opens a file exported in this run with the desktop's viewer.
#[tauri::command]
pub fn open_exported(
    app: AppHandle,
    state: State<'_, AppState>,
    files: State<'_, ExportedFiles>,
    path: String,
) -> Result<(), ApiError> {
    let file = exported(&state, &files, &path)?;
    app.opener()
        .open_path(file.display().to_string(), None::<&str>)
        .map_err(|e| cannot_show(&state, &file, &e.to_string()))
}

/// Shows a file exported in this run in the file manager.
#[tauri::command]
pub fn reveal_exported(
    app: AppHandle,
    state: State<'_, AppState>,
    files: State<'_, ExportedFiles>,
    path: String,
) -> Result<(), ApiError> {
    let file = exported(&state, &files, &path)?;
    app.opener()
        .reveal_item_in_dir(&file)
        .map_err(|e| cannot_show(&state, &file, &e.to_string()))
}

fn exported(state: &AppState, files: &ExportedFiles, path: &str) -> Result<PathBuf, ApiError> {
    files
        .find(path)
        .ok_or_else(|| cannot_show(state, Path::new(path), "not exported by Concord"))
}

pub(crate) fn cannot_show(state: &AppState, path: &Path, reason: &str) -> ApiError {
    ApiError {
        code: "open".into(),
        message: state.i18n().fmt_text(
            "error-open-file",
            &[
                ("path", path.display().to_string()),
                ("reason", reason.to_owned()),
            ],
        ),
        fields: Vec::new(),
    }
}

/// Where the save dialog starts: the folder used last, if it is still there, else Documents.
fn start_folder(app: &AppHandle, state: &AppState) -> Option<PathBuf> {
    let last = state
        .with_store(|store| store.setting(LAST_FOLDER_KEY))
        .ok()
        .flatten()
        .map(PathBuf::from)
        .filter(|p| p.is_dir());
    last.or_else(|| app.path().document_dir().ok().filter(|p| p.is_dir()))
}

/// Asks where to save `name` (or uses `CONCORD_EXPORT_DIR`) and writes `bytes` atomically;
/// `None` when the person cancelled.
pub(crate) fn save_file(
    app: &AppHandle,
    state: &AppState,
    name: &str,
    filter: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<Option<PathBuf>, ApiError> {
    let fixed_dir = std::env::var_os("CONCORD_EXPORT_DIR").map(PathBuf::from);
    let path = match &fixed_dir {
        Some(dir) => dir.join(name),
        None => {
            let mut dialog = app
                .dialog()
                .file()
                .set_file_name(name)
                .add_filter(filter, &[extension]);
            if let Some(folder) = start_folder(app, state) {
                dialog = dialog.set_directory(folder);
            }
            let chosen = dialog.blocking_save_file();
            match chosen.and_then(|p| p.into_path().ok()) {
                Some(path) => path,
                None => return Ok(None),
            }
        }
    };
    write_atomically(&path, bytes).map_err(|e| ApiError {
        code: "write".into(),
        message: state.i18n().fmt_text(
            "error-write-file",
            &[
                ("path", path.display().to_string()),
                ("reason", e.to_string()),
            ],
        ),
        fields: Vec::new(),
    })?;
    if let Some(folder) = path.parent().filter(|_| fixed_dir.is_none()) {
        // Remembering the folder is a courtesy: the file is saved either way.
        let folder = folder.display().to_string();
        let _ = state.with_store(|store| store.set_setting(LAST_FOLDER_KEY, &folder));
    }
    if let Some(files) = app.try_state::<ExportedFiles>() {
        files.add(&path);
    }
    Ok(Some(path))
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.partial"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
