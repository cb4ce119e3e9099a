//! A draft as the window edits it: texts typed, sections and paragraphs added, moved or
//! removed. The checklist of the draft as typed (nothing saved), "Save draft" in place, "Save
//! as version N", and a new draft.

use chrono::NaiveDateTime;
use concord_domain::{FieldError, FieldProblem};
use concord_store::{Store, StoreError, VisionRefusal};
use concord_vision::{
    EditRefusal, Paragraph, ParagraphKey, ParagraphText, Saved, Section, SectionKind, Version,
    VersionState,
};

use super::{CheckView, DraftEdit, VisionStage, checklist, stage};
use crate::{Language, UseCaseError};

/// Who saves: the name given, else the focal point (the window's person).
fn drafter(store: &Store, by: &str) -> Result<String, UseCaseError> {
    if by.trim().is_empty() {
        Ok(store
            .require_dialogue()?
            .focal_point
            .full_name()
            .trim()
            .to_owned())
    } else {
        Ok(by.trim().to_owned())
    }
}

fn refused(e: EditRefusal) -> UseCaseError {
    StoreError::Vision(VisionRefusal::Edit(e)).into()
}

fn kind_of(
    index: usize,
    key: &str,
    title_zh: &str,
    title_en: &str,
) -> Result<SectionKind, UseCaseError> {
    Ok(match key {
        "purpose" => SectionKind::Purpose,
        "coreValues" => SectionKind::CoreValues,
        "longTermGoals" => SectionKind::LongTermGoals,
        "sdgs" => SectionKind::Sdgs,
        "commitments" => SectionKind::Commitments,
        "free" => SectionKind::Free {
            title_zh: title_zh.trim().to_owned(),
            title_en: title_en.trim().to_owned(),
        },
        _ => return Err(refused(EditRefusal::NoSuchSection { index })),
    })
}

/// `edit` built on `stored`, the version it was typed over: its sections and paragraphs in the
/// order typed, the kept paragraphs by key, the new ones with fresh keys (never reused). The
/// five standard sections stay, once each. When `saving`, a free section needs a title and a
/// paragraph that an amendment names (`amended`) cannot be removed; the live checklist lets
/// both pass while the person is still typing.
pub(crate) fn built(
    stored: &Version,
    edit: &DraftEdit,
    saving: bool,
    amended: &[u32],
) -> Result<Version, UseCaseError> {
    if stored.state != VersionState::Draft {
        return Err(refused(EditRefusal::NotADraft {
            number: stored.number,
            state: stored.state,
        }));
    }
    let mut version = stored.clone();
    version.sections = Vec::with_capacity(edit.sections.len());
    let mut fixed = Vec::new();
    let mut kept = Vec::new();
    let mut added = Vec::new();
    let mut problems = Vec::new();
    for (index, section) in edit.sections.iter().enumerate() {
        let kind = kind_of(index, &section.kind, &section.title_zh, &section.title_en)?;
        match &kind {
            SectionKind::Free { title_zh, title_en } => {
                if saving && title_zh.is_empty() && title_en.is_empty() {
                    problems.push(FieldError {
                        field: format!("sections.{index}.title"),
                        problem: FieldProblem::Required,
                    });
                }
            }
            fixed_kind if fixed.contains(fixed_kind) => {
                return Err(refused(EditRefusal::FixedSection));
            }
            fixed_kind => fixed.push(fixed_kind.clone()),
        }
        let mut paragraphs = Vec::new();
        for (position, p) in section.paragraphs.iter().enumerate() {
            let text = ParagraphText {
                text_zh: p.text_zh.clone(),
                text_en: p.text_en.clone(),
                not_yet_translated: p.not_yet_translated,
            };
            match p.key.map(ParagraphKey) {
                Some(key) if stored.paragraph(key).is_some() && !kept.contains(&key) => {
                    kept.push(key);
                    paragraphs.push(Paragraph {
                        key,
                        text_zh: text.text_zh,
                        text_en: text.text_en,
                        not_yet_translated: text.not_yet_translated,
                    });
                }
                Some(key) => return Err(refused(EditRefusal::NoSuchParagraph { key })),
                None => added.push((index, position, text)),
            }
        }
        version.sections.push(Section { kind, paragraphs });
    }
    if fixed.len() != SectionKind::FIXED.len() {
        return Err(refused(EditRefusal::FixedSection));
    }
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems).into());
    }
    if let Some(key) = amended
        .iter()
        .find(|key| !kept.contains(&ParagraphKey(**key)))
    {
        return Err(UseCaseError::VisionParagraphAmended { key: *key });
    }
    // In the order typed: every paragraph before a new one is already in its place.
    for (section, position, text) in added {
        version
            .add_paragraph(section, position, text)
            .map_err(refused)?;
    }
    version
        .set_neutrality_year(edit.neutrality_year)
        .map_err(refused)?;
    Ok(version)
}

/// The checklist of a draft as typed, nothing saved.
pub fn check_draft(
    store: &Store,
    edit: &DraftEdit,
    language: Language,
) -> Result<Vec<CheckView>, UseCaseError> {
    let stored = store.vision_version(Some(edit.number))?.version;
    let version = built(&stored, edit, false, &[])?;
    Ok(checklist(&version, language))
}

/// "Save draft": the draft as typed — texts, sections and paragraphs in their order — written
/// in place.
pub fn save_draft(
    store: &mut Store,
    edit: &DraftEdit,
    language: Language,
) -> Result<VisionStage, UseCaseError> {
    let stored = store.vision_version(Some(edit.number))?.version;
    let amended = store.vision_amended_keys(edit.number)?;
    let version = built(&stored, edit, true, &amended)?;
    store.save_vision_draft_structure(&version)?;
    stage(store, Some(edit.number), language)
}

/// "Save as version N": the draft as typed becomes the next version, saved by `by` (the focal
/// point when empty) now.
pub fn save_as_version(
    store: &mut Store,
    edit: &DraftEdit,
    by: &str,
    note: &str,
    language: Language,
    now: NaiveDateTime,
) -> Result<VisionStage, UseCaseError> {
    let mut stored = store.vision_version(Some(edit.number))?.version;
    // The copy is a draft whatever the version typed over was.
    stored.state = VersionState::Draft;
    let mut version = built(&stored, edit, true, &[])?;
    version.saved = Saved {
        by: drafter(store, by)?,
        at: now,
        note: note.trim().to_owned(),
    };
    let saved = store.save_vision_version(&version)?;
    stage(store, Some(saved.version.number), language)
}

/// A new draft: the first (the five sections, empty) for a dialogue without a Vision, else the
/// latest version with its accepted amendments applied.
pub fn start_draft(
    store: &mut Store,
    by: &str,
    language: Language,
    now: NaiveDateTime,
) -> Result<VisionStage, UseCaseError> {
    let saved = Saved {
        by: drafter(store, by)?,
        at: now,
        note: String::new(),
    };
    let stored = if store.vision_versions()?.is_empty() {
        let mut first = Version::first_draft(saved);
        // One empty paragraph in each section, for the drafters to start typing in.
        for section in 0..first.sections.len() {
            first
                .add_paragraph(section, 0, ParagraphText::default())
                .map_err(refused)?;
        }
        store.save_vision_version(&first)?
    } else {
        store.next_vision_version_with_amendments(saved)?
    };
    stage(store, Some(stored.version.number), language)
}
