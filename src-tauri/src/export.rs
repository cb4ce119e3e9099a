//! Saving an exported document: a save dialog (or the folder named by `CONCORD_EXPORT_DIR`, for
//! kiosk set-ups and tests), an atomic write, then the folder is shown in the file manager.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, State};
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
    let (pdf, name) = minutes_pdf(&state, meeting_id, language)?;
    let fixed_dir = std::env::var_os("CONCORD_EXPORT_DIR").map(PathBuf::from);
    let path = match &fixed_dir {
        Some(dir) => dir.join(&name),
        None => {
            let chosen = app
                .dialog()
                .file()
                .set_file_name(&name)
                .add_filter("PDF", &["pdf"])
                .blocking_save_file();
            match chosen.and_then(|p| p.into_path().ok()) {
                Some(path) => path,
                None => return Ok(None),
            }
        }
    };
    write_atomically(&path, &pdf.bytes).map_err(|e| {
        let i18n = state.i18n();
        ApiError {
            code: "write".into(),
            message: i18n.fmt_text(
                "error-write-file",
                &[
                    ("path", path.display().to_string()),
                    ("reason", e.to_string()),
                ],
            ),
            fields: Vec::new(),
        }
    })?;
    if fixed_dir.is_none() {
        // Showing the folder is a courtesy: a desktop without a file manager still has the file.
        let _ = app.opener().reveal_item_in_dir(&path);
    }
    Ok(Some(ExportResult {
        path: path.display().to_string(),
        pages: pdf.page_count as u32,
        kilobytes: pdf.bytes.len().div_ceil(1024) as u32,
    }))
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
    let (bytes, pages, name) = declaration_pdf(&state, id, language, signer)?;
    let Some(path) = save_file(&app, &state, &name, "PDF", "pdf", &bytes)? else {
        return Ok(None);
    };
    Ok(Some(ExportResult {
        path: path.display().to_string(),
        pages,
        kilobytes: bytes.len().div_ceil(1024) as u32,
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

/// Asks where to save `name` (or uses `CONCORD_EXPORT_DIR`), writes `bytes` atomically and
/// shows the folder; `None` when the person cancelled.
fn save_file(
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
            let chosen = app
                .dialog()
                .file()
                .set_file_name(name)
                .add_filter(filter, &[extension])
                .blocking_save_file();
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
    if fixed_dir.is_none() {
        let _ = app.opener().reveal_item_in_dir(&path);
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
