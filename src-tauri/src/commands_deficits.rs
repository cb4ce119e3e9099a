//! The Deficits stage, drawn in the language the window asks for: the indicators against their
//! benchmarks, a typed value, a file of values checked then imported all or nothing (the web view
//! reads the file the person chose and sends its bytes), a scorecard question scored, the dots
//! of a vote. All of it is `concord_usecases::deficits_view`; the report is in `export.rs`.

use std::collections::BTreeMap;

use concord_usecases::deficits_view::{
    BenchmarkEntry, BenchmarkView, Candidate, CatalogueItem, ComparisonView, DeficitsStage,
    EntryOutcome, EntryProblem, EssentialChange, EssentialView, GroupView, ImportProblem,
    IndicatorView, QuestionView, RankedView, RankingView, ScorecardView, ValueEntry, ValuesImport,
    VoteMethod, Voter, WorkshopView,
};
use tauri::State;

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::ApiError;
use crate::state::AppState;

/// The largest file of values the window sends.
const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

fn too_large(state: &AppState) -> ApiError {
    ApiError {
        code: "too-large".into(),
        message: state.i18n().msg("register-import-too-large"),
        fields: Vec::new(),
    }
}

#[tauri::command]
pub fn deficits_stage(
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<DeficitsStage, ApiError> {
    state.with_use_case(|store| concord_usecases::deficits_view::stage(store, language.document()))
}

/// Stores one typed value, or returns its problems by field with nothing stored.
#[tauri::command]
pub fn deficits_enter_value(
    state: State<'_, AppState>,
    entry: ValueEntry,
    replace: bool,
    language: ExportLanguage,
) -> Result<EntryOutcome, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::enter_value(store, &entry, replace, language.document())
    })
}

/// What importing the file would do, row by row; nothing is written.
#[tauri::command]
pub fn deficits_preview_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    replace: bool,
    language: ExportLanguage,
) -> Result<ValuesImport, ApiError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_large(&state));
    }
    state.with_use_case(|store| {
        concord_usecases::deficits_view::check_import(store, &bytes, replace, language.document())
            .map(|(report, _)| report)
    })
}

/// Imports the file in one transaction, or nothing at all when any row has a problem.
#[tauri::command]
pub fn deficits_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    replace: bool,
    language: ExportLanguage,
) -> Result<ValuesImport, ApiError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_large(&state));
    }
    state.with_use_case(|store| {
        concord_usecases::deficits_view::import_values(store, &bytes, replace, language.document())
    })
}

/// Scores a question of the latest workshop with its comment and evidence (opening a
/// workshop today if there is none).
#[tauri::command]
pub fn deficits_score(
    state: State<'_, AppState>,
    code: String,
    score: u8,
    comment: String,
    evidence: String,
    language: ExportLanguage,
) -> Result<EntryOutcome, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::score_question(
            store,
            &code,
            score,
            &comment,
            &evidence,
            language.document(),
            now(),
        )
    })
}

/// Opens a new workshop today at a level (`preliminary`, or `detailed` once loaded); the
/// earlier ones stay for the comparison.
#[tauri::command]
pub fn deficits_new_workshop(
    state: State<'_, AppState>,
    title: String,
    level: String,
    language: ExportLanguage,
) -> Result<EntryOutcome, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::new_workshop(
            store,
            &title,
            &level,
            language.document(),
            now(),
        )
    })
}

/// Loads the detailed level's criteria from the file the person chose; a file that is not
/// one is said and nothing changes.
#[tauri::command]
pub fn deficits_load_detailed(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
    language: ExportLanguage,
) -> Result<EntryOutcome, ApiError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_large(&state));
    }
    state.with_use_case(|store| {
        concord_usecases::deficits_view::load_detailed(store, &bytes, language.document())
    })
}

/// Sets or replaces an indicator's benchmark, or returns its problems by field.
#[tauri::command]
pub fn deficits_set_benchmark(
    state: State<'_, AppState>,
    entry: BenchmarkEntry,
    language: ExportLanguage,
) -> Result<EntryOutcome, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::set_benchmark(store, &entry, language.document())
    })
}

#[tauri::command]
pub fn deficits_remove_benchmark(
    state: State<'_, AppState>,
    code: String,
    language: ExportLanguage,
) -> Result<DeficitsStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::remove_benchmark(store, &code, language.document())
    })
}

/// Opens a new vote on what is flagged now: dots, or each voter's order.
#[tauri::command]
pub fn deficits_open_vote(
    state: State<'_, AppState>,
    method: VoteMethod,
    dots_each: u32,
    language: ExportLanguage,
) -> Result<DeficitsStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::open_vote(
            store,
            method,
            dots_each,
            language.document(),
            now(),
        )
    })
}

/// Replaces one stakeholder's order in the open ranking vote, durably before returning.
#[tauri::command]
pub fn deficits_record_order(
    state: State<'_, AppState>,
    stakeholder: i64,
    order: Vec<String>,
    language: ExportLanguage,
) -> Result<EntryOutcome, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::record_order(
            store,
            stakeholder,
            &order,
            language.document(),
            now(),
        )
    })
}

/// Replaces one stakeholder's dots in the open vote, durably before returning.
#[tauri::command]
pub fn deficits_record_dots(
    state: State<'_, AppState>,
    stakeholder: i64,
    dots: BTreeMap<String, u32>,
    language: ExportLanguage,
) -> Result<EntryOutcome, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::record_dots(
            store,
            stakeholder,
            &dots,
            language.document(),
            now(),
        )
    })
}

#[tauri::command]
pub fn deficits_close_vote(
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<DeficitsStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::deficits_view::close_vote(store, language.document(), now())
    })
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    vec![
        DeficitsStage::decl(cfg),
        CatalogueItem::decl(cfg),
        IndicatorView::decl(cfg),
        BenchmarkView::decl(cfg),
        BenchmarkEntry::decl(cfg),
        ComparisonView::decl(cfg),
        EssentialChange::decl(cfg),
        ScorecardView::decl(cfg),
        WorkshopView::decl(cfg),
        EssentialView::decl(cfg),
        QuestionView::decl(cfg),
        RankingView::decl(cfg),
        VoteMethod::decl(cfg),
        Candidate::decl(cfg),
        Voter::decl(cfg),
        RankedView::decl(cfg),
        GroupView::decl(cfg),
        ValueEntry::decl(cfg),
        EntryProblem::decl(cfg),
        EntryOutcome::decl(cfg),
        ImportProblem::decl(cfg),
        ValuesImport::decl(cfg),
    ]
}
