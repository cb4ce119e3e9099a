//! Data safety commands: recovery status, backups (list, make, keep N, preview, restore), the
//! audit log per record and its verification, and the daily backup while the app is open.
//!
//! The web view never names a path: a backup is chosen by its file name, which must be one of
//! the files in the database's own backup folder (so nothing else on disk can be read or used).

use std::time::Duration;

use concord_i18n::FluentValue;
use concord_store::{AuditFilter, BackupInfo, BackupReason, StoreError};
use serde::Serialize;
use tauri::{Manager, State};
use ts_rs::TS;

use crate::dto::ApiError;
use crate::state::AppState;

/// How often the app looks whether the daily backup is due.
const DAILY_CHECK: Duration = Duration::from_secs(30 * 60);

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupItem {
    pub file_name: String,
    /// Local time, `2026-11-23 09:30`.
    pub created: String,
    /// `manual`, `daily`, `meeting-closed`, `before-restore`, `before-import`.
    pub reason: String,
    pub kilobytes: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SafetyStatus {
    /// Set when the database could not be opened: the localized reason.
    pub recovery: Option<String>,
    pub data_path: String,
    pub keep: u32,
    pub backups: Vec<BackupItem>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    pub file_name: String,
    pub city: String,
    pub stakeholders: u32,
    pub meetings: u32,
    pub audit_entries: u32,
    pub last_change: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditItem {
    #[ts(type = "number")]
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub table: String,
    pub key: String,
    pub op: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditCheck {
    pub intact: bool,
    pub entries: u32,
    pub head: String,
    /// The localized verdict.
    pub message: String,
}

fn item(b: BackupInfo) -> BackupItem {
    BackupItem {
        file_name: b.file_name,
        created: b.created.format("%Y-%m-%d %H:%M").to_string(),
        reason: b.reason.key().to_owned(),
        kilobytes: u32::try_from(b.bytes.div_ceil(1024)).unwrap_or(u32::MAX),
    }
}

fn backups(state: &AppState) -> Result<Vec<BackupInfo>, ApiError> {
    concord_store::backup::list_backups(&concord_store::backup::backup_dir(&state.db_path()))
        .map_err(|e| ApiError::store(&e, &state.i18n()))
}

/// The backup with this file name in the backup folder; anything else is refused.
fn chosen(state: &AppState, file_name: &str) -> Result<BackupInfo, ApiError> {
    backups(state)?
        .into_iter()
        .find(|b| b.file_name == file_name)
        .ok_or_else(|| {
            ApiError::store(
                &StoreError::Io {
                    path: file_name.into(),
                    source: std::io::ErrorKind::NotFound.into(),
                },
                &state.i18n(),
            )
        })
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

fn to_u32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[tauri::command]
pub fn safety_status(state: State<'_, AppState>) -> Result<SafetyStatus, ApiError> {
    let recovery = state.recovery_message();
    let keep = if recovery.is_some() {
        concord_store::backup::DEFAULT_KEEP
    } else {
        state.with_store(|s| s.backup_keep())?
    };
    Ok(SafetyStatus {
        recovery,
        data_path: state.db_path().display().to_string(),
        keep: u32::try_from(keep).unwrap_or(u32::MAX),
        backups: backups(&state)?.into_iter().map(item).collect(),
    })
}

#[tauri::command]
pub fn backup_now(state: State<'_, AppState>) -> Result<BackupItem, ApiError> {
    state
        .with_store(|s| s.backup_now(BackupReason::Manual, now()))
        .map(item)
}

#[tauri::command]
pub fn set_backup_keep(state: State<'_, AppState>, keep: u32) -> Result<(), ApiError> {
    state.with_store(|s| {
        s.set_backup_keep(keep as usize)?;
        s.prune_backups().map(|_| ())
    })
}

#[tauri::command]
pub fn preview_backup(
    state: State<'_, AppState>,
    file_name: String,
) -> Result<BackupSummary, ApiError> {
    let backup = chosen(&state, &file_name)?;
    let p = concord_store::backup::preview(&backup.path)
        .map_err(|e| ApiError::store(&e, &state.i18n()))?;
    Ok(BackupSummary {
        file_name,
        city: format!("{} {}", p.city_zh, p.city_en).trim().to_owned(),
        stakeholders: to_u32(p.stakeholders),
        meetings: to_u32(p.meetings),
        audit_entries: to_u32(p.audit_entries),
        last_change: p.last_change,
    })
}

/// Restores a backup (checked first; the current database is kept aside). Returns the file name
/// under which the replaced database was kept.
#[tauri::command]
pub fn restore_backup(state: State<'_, AppState>, file_name: String) -> Result<String, ApiError> {
    let backup = chosen(&state, &file_name)?;
    let outcome =
        state.replace_database(|db| concord_store::backup::restore(db, &backup.path, now()))?;
    Ok(outcome
        .kept_aside
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default())
}

#[tauri::command]
pub fn audit_log(
    state: State<'_, AppState>,
    table: Option<String>,
    key: Option<String>,
    before_seq: Option<i64>,
    limit: u32,
) -> Result<Vec<AuditItem>, ApiError> {
    let filter = AuditFilter {
        table: table.filter(|t| !t.is_empty()),
        key: key.filter(|k| !k.is_empty()),
        before_seq,
        limit: (limit as usize).clamp(1, 500),
    };
    let entries = state.with_store(|s| s.audit_entries(&filter))?;
    Ok(entries
        .into_iter()
        .map(|e| AuditItem {
            seq: e.seq,
            at: e.at,
            actor: e.actor,
            table: e.table,
            key: e.key,
            op: e.op,
            before: e.before,
            after: e.after,
        })
        .collect())
}

#[tauri::command]
pub fn verify_audit(state: State<'_, AppState>) -> Result<AuditCheck, ApiError> {
    let report = state.with_store(|s| s.verify_audit())?;
    let i18n = state.i18n();
    let message = match (report.first_broken, report.outside_changes.first()) {
        (Some((seq, kind)), _) => i18n.fmt(
            "audit-verify-broken",
            &[
                ("seq", FluentValue::from(seq)),
                ("kind", FluentValue::from(kind.key())),
            ],
        ),
        (None, Some(change)) => i18n.fmt(
            "audit-verify-outside",
            &[
                ("count", FluentValue::from(report.outside_changes.len())),
                ("table", FluentValue::from(change.table.clone())),
                ("key", FluentValue::from(change.key.clone())),
            ],
        ),
        (None, None) => i18n.fmt(
            "audit-intact",
            &[
                ("entries", FluentValue::from(report.entries)),
                ("head", FluentValue::from(report.head.clone())),
            ],
        ),
    };
    Ok(AuditCheck {
        intact: report.is_intact(),
        entries: to_u32(report.entries),
        head: report.head,
        message,
    })
}

/// Starts the daily backup: checked now and every half hour while the app is open.
pub fn start_daily_backups(app: &mut tauri::App) -> Result<(), Box<dyn std::error::Error>> {
    let handle = app.handle().clone();
    std::thread::Builder::new()
        .name("daily-backup".into())
        .spawn(move || {
            loop {
                let state = handle.state::<AppState>();
                // A close whose backup a crash prevented gets it first.
                if state.recovery_message().is_none()
                    && let Err(e) = state.with_store(|s| s.take_owed_close_backup(now()))
                {
                    eprintln!("backup after close: {}", e.message);
                }
                if state.recovery_message().is_none()
                    && let Err(e) = state.with_store(|s| s.backup_if_due(now()))
                {
                    eprintln!("daily backup: {}", e.message);
                }
                std::thread::sleep(DAILY_CHECK);
            }
        })?;
    Ok(())
}

/// The declarations for `ui/src/bindings.ts`.
pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        BackupItem::decl(cfg),
        SafetyStatus::decl(cfg),
        BackupSummary::decl(cfg),
        AuditItem::decl(cfg),
        AuditCheck::decl(cfg),
    ]
}

/// Opens the folder of the backups in the file manager (created first, so a new dialogue that
/// has no backup yet still shows where they will be).
#[tauri::command]
pub fn open_backup_folder(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> Result<(), ApiError> {
    use tauri_plugin_opener::OpenerExt;
    let folder = concord_store::backup::backup_dir(&state.db_path());
    concord_store::fsutil::create_private_dir(&folder)
        .map_err(|e| ApiError::store(&e, &state.i18n()))?;
    app.opener()
        .open_path(folder.display().to_string(), None::<&str>)
        .map_err(|e| crate::export::cannot_show(&state, &folder, &e.to_string()))
}
