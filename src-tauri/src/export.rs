//! Saving an exported document: a save dialog (or the folder named by `CONCORD_EXPORT_DIR`, for
//! kiosk set-ups and tests), an atomic write, then the folder is shown in the file manager.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

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
