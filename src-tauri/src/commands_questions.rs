//! Consensus questions: ask, open rounds (with amended text), record and undo positions, close
//! rounds, the casting vote and the focal point's decision. Every position is committed (WAL,
//! synchronous=FULL) before the command returns, so what the screen shows as recorded is on disk.

use concord_domain::consensus::{
    FocalPointDecision, Offers, Outcome, Position, PositionCounts, PositionRecord, Question,
    QuestionLink, QuestionRecord, QuestionState, Round, RoundResult, RoundVerdict, Subject,
    SubjectKind,
};
use concord_usecases::question_subjects::SubjectOption;
use concord_usecases::question_vision::{QuestionAmendment, QuestionVision};
use tauri::State;

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::ApiError;
use crate::state::AppState;

#[tauri::command]
pub fn list_questions(
    state: State<'_, AppState>,
    meeting_id: i64,
) -> Result<Vec<QuestionRecord>, ApiError> {
    state.with_store(|store| store.questions(meeting_id))
}

#[tauri::command]
pub fn get_question(state: State<'_, AppState>, id: i64) -> Result<QuestionRecord, ApiError> {
    state.with_store(|store| store.question(id))
}

/// Asks a question; its first round is opened with `open_round`, once the room is ready.
#[tauri::command]
pub fn ask_question(
    state: State<'_, AppState>,
    question: Question,
) -> Result<QuestionRecord, ApiError> {
    question
        .validate()
        .map_err(|errors| ApiError::validation(&errors, &state.i18n()))?;
    state.with_store(|store| {
        let id = store.add_question(&question, now())?;
        store.question(id)
    })
}

/// Asks a question that ended without adoption again, with a revised text; returns the new
/// question, linked to the first, with no round yet.
#[tauri::command]
pub fn ask_again(
    state: State<'_, AppState>,
    question_id: i64,
    text_zh: String,
    text_en: String,
) -> Result<QuestionRecord, ApiError> {
    state.with_store(|store| {
        let id = store.ask_again(question_id, &text_zh, &text_en, now())?;
        store.question(id)
    })
}

#[tauri::command]
pub fn open_round(
    state: State<'_, AppState>,
    question_id: i64,
    text_zh: String,
    text_en: String,
) -> Result<QuestionRecord, ApiError> {
    state.with_store(|store| store.open_round(question_id, &text_zh, &text_en, now()))
}

/// Records one position durably and returns the live tally of its round.
#[tauri::command]
pub fn record_position(
    state: State<'_, AppState>,
    round_id: i64,
    stakeholder_id: i64,
    position: Position,
) -> Result<RoundResult, ApiError> {
    state.with_store(|store| store.record_position(round_id, stakeholder_id, position, now()))
}

#[tauri::command]
pub fn undo_position(
    state: State<'_, AppState>,
    round_id: i64,
    stakeholder_id: i64,
) -> Result<RoundResult, ApiError> {
    state.with_store(|store| store.undo_position(round_id, stakeholder_id, now()))
}

#[tauri::command]
pub fn close_round(state: State<'_, AppState>, round_id: i64) -> Result<QuestionRecord, ApiError> {
    state.with_store(|store| store.close_round(round_id, now()))
}

#[tauri::command]
pub fn cast_vote(
    state: State<'_, AppState>,
    question_id: i64,
    adopt: bool,
) -> Result<QuestionRecord, ApiError> {
    state.with_store(|store| store.cast_vote(question_id, adopt, now()))
}

#[tauri::command]
pub fn decide_as_focal_point(
    state: State<'_, AppState>,
    question_id: i64,
    decision: FocalPointDecision,
) -> Result<QuestionRecord, ApiError> {
    decision
        .validate()
        .map_err(|errors| ApiError::validation(&errors, &state.i18n()))?;
    state.with_store(|store| store.decide_as_focal_point(question_id, &decision, now()))
}

/// What a question decided about the Vision: the version it adopted or was asked to adopt, and
/// the amendments it settled with their change, said in the window's `language`.
#[tauri::command]
pub fn question_vision(
    state: State<'_, AppState>,
    question_id: i64,
    language: ExportLanguage,
) -> Result<QuestionVision, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::question_vision::question_vision(store, question_id, language.document())
    })
}

/// What a new question may be about: the Vision's draft and its pending amendments.
#[tauri::command]
pub fn question_subjects(
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<Vec<SubjectOption>, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::question_subjects::question_subjects(store, language.document())
    })
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    vec![
        Position::decl(cfg),
        PositionCounts::decl(cfg),
        RoundVerdict::decl(cfg),
        RoundResult::decl(cfg),
        PositionRecord::decl(cfg),
        Round::decl(cfg),
        Outcome::decl(cfg),
        Offers::decl(cfg),
        QuestionState::decl(cfg),
        SubjectKind::decl(cfg),
        Subject::decl(cfg),
        Question::decl(cfg),
        FocalPointDecision::decl(cfg),
        QuestionLink::decl(cfg),
        QuestionRecord::decl(cfg),
        QuestionAmendment::decl(cfg),
        QuestionVision::decl(cfg),
        SubjectOption::decl(cfg),
    ]
}
