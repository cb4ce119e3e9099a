//! Tauri commands: thin calls into the domain and the store.

use concord_domain::Dialogue;
use concord_i18n::Locale;
use tauri::State;

use crate::dto::{ApiError, AppInfo};
use crate::state::AppState;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, ApiError> {
    let has_dialogue = state.with_store(|store| store.dialogue())?.is_some();
    Ok(AppInfo {
        locale: state.locale().tag().to_owned(),
        has_dialogue,
        demo: state.is_demo_database(),
        data_path: state.db_path().display().to_string(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

#[tauri::command]
pub fn set_locale(state: State<'_, AppState>, locale: String) -> Result<(), ApiError> {
    let locale =
        Locale::parse(&locale).ok_or_else(|| ApiError::internal(&locale, &state.i18n()))?;
    state.set_locale(locale)
}

#[tauri::command]
pub fn default_dialogue() -> Dialogue {
    Dialogue::default()
}

#[tauri::command]
pub fn get_dialogue(state: State<'_, AppState>) -> Result<Option<Dialogue>, ApiError> {
    state.with_store(|store| store.dialogue())
}

/// Opens the demo in a database of its own (made the first time), leaving the person's untouched.
#[tauri::command]
pub fn open_demo(state: State<'_, AppState>) -> Result<Dialogue, ApiError> {
    state.switch_database(true, chrono::Local::now().date_naive())?;
    state.with_store(|store| store.require_dialogue())
}

/// Back from the demo to the person's own database.
#[tauri::command]
pub fn close_demo(state: State<'_, AppState>) -> Result<AppInfo, ApiError> {
    state.switch_database(false, chrono::Local::now().date_naive())?;
    app_info(state)
}

#[tauri::command]
pub fn save_dialogue(state: State<'_, AppState>, dialogue: Dialogue) -> Result<Dialogue, ApiError> {
    dialogue
        .trimmed()
        .validate()
        .map_err(|errors| ApiError::validation(&errors, &state.i18n()))?;
    state.with_store(|store| store.save_dialogue(&dialogue))
}

/// How the dialogue's documents look: `modern`, or `official` after GB/T 9704-2012.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentStyle {
    Modern,
    Official,
}

impl From<DocumentStyle> for concord_usecases::document_style::DocStyle {
    fn from(style: DocumentStyle) -> Self {
        match style {
            DocumentStyle::Modern => Self::Modern,
            DocumentStyle::Official => Self::Official,
        }
    }
}

#[tauri::command]
pub fn get_document_style(state: State<'_, AppState>) -> Result<DocumentStyle, ApiError> {
    use concord_usecases::document_style::{DocStyle, document_style};
    let style = state.with_use_case(|store| document_style(store))?;
    Ok(match style {
        DocStyle::Modern => DocumentStyle::Modern,
        DocStyle::Official => DocumentStyle::Official,
    })
}

/// Every export made afterwards, in the app and on the command line, uses this style.
#[tauri::command]
pub fn set_document_style(
    state: State<'_, AppState>,
    style: DocumentStyle,
) -> Result<DocumentStyle, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::document_style::set_document_style(store, style.into())
    })?;
    Ok(style)
}
