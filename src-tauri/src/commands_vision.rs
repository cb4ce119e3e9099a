//! The Vision stage, said in the language the window passes (it may have just switched): the
//! versions and the one shown, the checklist of a draft as typed (nothing saved), saving a
//! draft in place or as the next version, starting a draft, proposing an amendment, comparing
//! two versions, settling an amendment by a decided question or editorially, adopting a
//! version by a decided question that adopted. All of it is `concord_usecases::vision_view`;
//! the declaration (signed on request) is in `export.rs`.

use concord_usecases::vision_view::{
    AmendmentView, CheckView, DraftEdit, ParagraphDiffView, ParagraphEdit, ParagraphView,
    ProposalInput, SectionEdit, SectionView, SpanView, StakeholderOption, VersionItem, VersionView,
    VisionDiffView, VisionStage,
};
use tauri::State;

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::ApiError;
use crate::state::AppState;

/// The stage with version `number` shown (the latest when `None`).
#[tauri::command]
pub fn vision_stage(
    state: State<'_, AppState>,
    number: Option<u32>,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::stage(store, number, language.document())
    })
}

/// The checklist of a draft as typed; nothing is saved.
#[tauri::command]
pub fn vision_check(
    state: State<'_, AppState>,
    draft: DraftEdit,
    language: ExportLanguage,
) -> Result<Vec<CheckView>, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::check_draft(store, &draft, language.document())
    })
}

/// "Save draft": the draft's texts written in place.
#[tauri::command]
pub fn vision_save_draft(
    state: State<'_, AppState>,
    draft: DraftEdit,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::save_draft(store, &draft, language.document())
    })
}

/// "Save as version N": the draft as typed becomes the next version, saved by the focal point.
#[tauri::command]
pub fn vision_save_as_version(
    state: State<'_, AppState>,
    draft: DraftEdit,
    note: String,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::save_as_version(
            store,
            &draft,
            "",
            &note,
            language.document(),
            now(),
        )
    })
}

/// A new draft: the first one, or the latest version with its accepted amendments.
#[tauri::command]
pub fn vision_start_draft(
    state: State<'_, AppState>,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::start_draft(store, "", language.document(), now())
    })
}

/// A stakeholder of the register proposes a new text for one paragraph of a draft.
#[tauri::command]
pub fn vision_propose(
    state: State<'_, AppState>,
    proposal: ProposalInput,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::propose(store, &proposal, language.document(), now())
    })
}

/// Settles amendment `id` by the decided question `question`: accepted when it adopted, else
/// rejected. The stage shows version `shown` again.
#[tauri::command]
pub fn vision_settle_by_question(
    state: State<'_, AppState>,
    id: i64,
    question: i64,
    shown: Option<u32>,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::settle_by_question(
            store,
            id,
            question,
            shown,
            language.document(),
            now(),
        )
    })
}

/// The focal point accepts amendment `id` as an editorial correction, with a reason.
#[tauri::command]
pub fn vision_settle_editorially(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
    shown: Option<u32>,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::settle_editorially(
            store,
            id,
            &reason,
            shown,
            language.document(),
            now(),
        )
    })
}

/// Adopts version `number` by the decided question `question` that adopted; it is frozen.
#[tauri::command]
pub fn vision_adopt(
    state: State<'_, AppState>,
    number: u32,
    question: i64,
    language: ExportLanguage,
) -> Result<VisionStage, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::adopt(store, number, question, language.document(), now())
    })
}

/// Version `from` against version `to`, in both languages.
#[tauri::command]
pub fn vision_diff(
    state: State<'_, AppState>,
    from: u32,
    to: u32,
    language: ExportLanguage,
) -> Result<VisionDiffView, ApiError> {
    state.with_use_case(|store| {
        concord_usecases::vision_view::diff(store, from, to, language.document())
    })
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    use ts_rs::TS;
    vec![
        VersionItem::decl(cfg),
        ParagraphView::decl(cfg),
        SectionView::decl(cfg),
        VersionView::decl(cfg),
        CheckView::decl(cfg),
        AmendmentView::decl(cfg),
        StakeholderOption::decl(cfg),
        VisionStage::decl(cfg),
        DraftEdit::decl(cfg),
        SectionEdit::decl(cfg),
        ParagraphEdit::decl(cfg),
        ProposalInput::decl(cfg),
        SpanView::decl(cfg),
        ParagraphDiffView::decl(cfg),
        VisionDiffView::decl(cfg),
    ]
}
