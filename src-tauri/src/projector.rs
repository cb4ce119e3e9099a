//! The projector window: a second, full-screen window for the room, showing the meeting, the
//! current agenda item and (when one is open) the question's live tally in large type, a
//! paragraph of the Vision under discussion with an amendment's change, or the scorecard
//! essential being scored. The main window decides
//! what it shows; the projector only listens.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Manager, State, WebviewUrl, WebviewWindowBuilder};
use ts_rs::TS;

use crate::dto::ApiError;

pub const LABEL: &str = "projector";
pub const EVENT: &str = "projector-changed";

/// What the room sees. The projector's language is its own, chosen for the audience.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProjectorView {
    #[ts(type = "number | null")]
    pub meeting_id: Option<i64>,
    #[ts(type = "number | null")]
    pub agenda_item_id: Option<i64>,
    #[ts(type = "number | null")]
    pub question_id: Option<i64>,
    /// `en`, `zh-CN`, or `bilingual`.
    pub language: String,
    /// A paragraph of the Vision under discussion, shown instead of the meeting.
    #[serde(default)]
    #[ts(optional)]
    pub vision: Option<VisionProjection>,
    /// The scorecard essential being scored, shown instead of the meeting.
    #[serde(default)]
    #[ts(optional)]
    pub scorecard: Option<ScorecardProjection>,
}

/// The essential of the latest scorecard workshop the room is scoring.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardProjection {
    pub essential: u8,
}

/// The Vision paragraph the room discusses: by version and key, with the amendment whose
/// change is shown, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisionProjection {
    pub version: u32,
    pub paragraph_key: u32,
    #[ts(type = "number | null")]
    pub amendment_id: Option<i64>,
}

#[derive(Debug, Default)]
pub struct Projector(Mutex<ProjectorView>);

impl Projector {
    fn get(&self) -> ProjectorView {
        self.0.lock().map(|v| v.clone()).unwrap_or_default()
    }

    fn set(&self, view: ProjectorView) {
        if let Ok(mut current) = self.0.lock() {
            *current = view;
        }
    }
}

/// Opens the projector window (or brings it forward) full screen.
#[tauri::command]
pub fn open_projector(app: AppHandle) -> Result<bool, ApiError> {
    if let Some(window) = app.get_webview_window(LABEL) {
        let _ = window.set_focus();
        return Ok(true);
    }
    let url = WebviewUrl::App("index.html#/projector".into());
    WebviewWindowBuilder::new(&app, LABEL, url)
        .title("Concord · 共识")
        .fullscreen(true)
        .build()
        .map(|_| true)
        .map_err(|e| ApiError {
            code: "window".into(),
            message: e.to_string(),
            fields: Vec::new(),
        })
}

#[tauri::command]
pub fn close_projector(app: AppHandle) -> bool {
    match app.get_webview_window(LABEL) {
        Some(window) => window.close().is_ok(),
        None => false,
    }
}

#[tauri::command]
pub fn get_projector(projector: State<'_, Projector>) -> ProjectorView {
    projector.get()
}

/// The main window says what to show; the projector window hears it at once.
#[tauri::command]
pub fn set_projector(
    app: AppHandle,
    projector: State<'_, Projector>,
    view: ProjectorView,
) -> ProjectorView {
    projector.set(view.clone());
    let _ = app.emit(EVENT, &view);
    view
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        ProjectorView::decl(cfg),
        VisionProjection::decl(cfg),
        ScorecardProjection::decl(cfg),
    ]
}
