//! Amendments and adoption from the window: a stakeholder proposes a new text for one
//! paragraph of a draft; a decided question (its outcome accepts or rejects) or the focal
//! point's editorial decision with a reason settles it; a decided question that adopted adopts
//! a version, which is frozen from then on. Every rule is the store's (and its schema's).

use chrono::NaiveDateTime;
use concord_store::{NewAmendment, Store};

use super::{ProposalInput, VisionStage, stage};
use crate::{Language, UseCaseError};

/// A stakeholder proposes a new text for one paragraph of a draft.
pub fn propose(
    store: &mut Store,
    proposal: &ProposalInput,
    language: Language,
    now: NaiveDateTime,
) -> Result<VisionStage, UseCaseError> {
    let some = |text: &str| {
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_owned())
    };
    let stored = store.propose_vision_amendment(
        &NewAmendment {
            paragraph_id: proposal.paragraph_id,
            proposed_by: proposal.proposed_by,
            text_zh: some(&proposal.text_zh),
            text_en: some(&proposal.text_en),
            reason: proposal.reason.clone(),
        },
        now,
    )?;
    stage(store, Some(stored.amendment.version), language)
}

/// The version an amendment amends, to show it again after settling.
fn amended_version(store: &Store, id: i64) -> Result<u32, UseCaseError> {
    Ok(store
        .vision_amendments()?
        .iter()
        .find(|a| a.amendment.id == id)
        .map_or(0, |a| a.amendment.version))
}

/// Settles amendment `id` by the decided question `question_id`: accepted when its outcome
/// adopted, else rejected. The stage shows `shown` again (the latest when `None`).
pub fn settle_by_question(
    store: &mut Store,
    id: i64,
    question_id: i64,
    shown: Option<u32>,
    language: Language,
    now: NaiveDateTime,
) -> Result<VisionStage, UseCaseError> {
    store.settle_vision_amendment_by_question(id, question_id, now)?;
    let shown = shown.or(Some(amended_version(store, id)?).filter(|n| *n > 0));
    stage(store, shown, language)
}

/// The focal point accepts amendment `id` as an editorial correction, with a reason.
pub fn settle_editorially(
    store: &mut Store,
    id: i64,
    reason: &str,
    shown: Option<u32>,
    language: Language,
    now: NaiveDateTime,
) -> Result<VisionStage, UseCaseError> {
    store.settle_vision_amendment_editorially(id, reason, now)?;
    let shown = shown.or(Some(amended_version(store, id)?).filter(|n| *n > 0));
    stage(store, shown, language)
}

/// Adopts version `number` by the decided question `question_id` whose outcome adopted; the
/// version adopted before is superseded, and the adopted one is frozen.
pub fn adopt(
    store: &mut Store,
    number: u32,
    question_id: i64,
    language: Language,
    now: NaiveDateTime,
) -> Result<VisionStage, UseCaseError> {
    store.adopt_vision_version(number, question_id, now)?;
    stage(store, Some(number), language)
}
