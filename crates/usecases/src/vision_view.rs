//! The Vision stage as the window shows it: every version with its state, the one shown with
//! its sections and bilingual paragraphs, APSEC's checklist (recomputed from texts being typed
//! without saving them: it warns, never blocks), the amendments with who proposed them and how
//! they were settled, and the comparison of two versions in both languages. Saving a draft in
//! place, saving it as the next version, starting a draft and proposing an amendment go
//! through the store's rules; the declaration is `vision::export_vision`.

use std::sync::OnceLock;

use chrono::NaiveDateTime;
use concord_documents::Voice;
use concord_i18n::{FluentValue, I18n};
use concord_store::{
    AmendmentStatus, NewAmendment, Store, StoreError, StoredAmendment, StoredVersion, VisionRefusal,
};
use concord_vision::{
    CheckItem, ParagraphKey, ParagraphText, Presence, Saved, SectionKind, Settlement, Span,
    Version, VersionState,
};
use serde::{Deserialize, Serialize};

use crate::{Language, UseCaseError};

/// The bundles of each language, built once: the checklist answers at every keystroke.
fn voice(language: Language) -> &'static Voice {
    static VOICES: [OnceLock<Voice>; 2] = [OnceLock::new(), OnceLock::new()];
    let (slot, language) = match language {
        Language::En => (0, Language::En),
        Language::ZhCn | Language::Bilingual => (1, Language::ZhCn),
    };
    VOICES[slot].get_or_init(|| Voice::new(language))
}

fn i18n(language: Language) -> &'static I18n {
    let voice = voice(language);
    match voice.language {
        Language::En => &voice.en,
        _ => &voice.zh,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VersionItem {
    pub number: u32,
    /// `draft`, `adopted` or `superseded`.
    pub state: String,
    pub saved_by: String,
    /// Said in the window's language.
    pub saved_at: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParagraphView {
    /// The paragraph's row id: what an amendment names.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// Kept from version to version.
    pub key: u32,
    pub text_zh: String,
    pub text_en: String,
    pub not_yet_translated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    /// `purpose`, `coreValues`, `longTermGoals`, `sdgs`, `commitments` or `free`.
    pub kind: String,
    /// In the window's language; a free section's own title.
    pub title: String,
    pub paragraphs: Vec<ParagraphView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VersionView {
    pub number: u32,
    pub state: String,
    pub neutrality_year: Option<i32>,
    pub sdgs: Vec<u8>,
    pub sections: Vec<SectionView>,
    /// How it was adopted, said in the window's language; `null` unless adopted.
    pub adopted: Option<String>,
}

/// One item of the checklist, said in the window's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CheckView {
    pub id: String,
    pub passed: bool,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AmendmentView {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// The version it amends.
    pub version: u32,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub paragraph_id: i64,
    pub paragraph_key: u32,
    pub proposed_by: String,
    pub text_zh: Option<String>,
    pub text_en: Option<String>,
    pub reason: String,
    /// `pending`, `accepted`, `rejected` or `editorial`.
    pub status: String,
    /// How it was settled, said in the window's language; `null` while pending.
    pub settled: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StakeholderOption {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub name: String,
}

/// The stage: every version, the one shown (none before the first draft), its checklist, the
/// amendments, and who may propose one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VisionStage {
    pub versions: Vec<VersionItem>,
    pub version: Option<VersionView>,
    pub checklist: Vec<CheckView>,
    pub amendments: Vec<AmendmentView>,
    pub stakeholders: Vec<StakeholderOption>,
}

/// A draft as typed: its paragraphs by key, and its neutrality year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DraftEdit {
    pub number: u32,
    pub paragraphs: Vec<ParagraphEdit>,
    pub neutrality_year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParagraphEdit {
    pub key: u32,
    pub text_zh: String,
    pub text_en: String,
    pub not_yet_translated: bool,
}

/// A proposal from the window: the paragraph by row id, the stakeholder by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProposalInput {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub paragraph_id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub proposed_by: i64,
    /// Empty leaves that language as it is.
    pub text_zh: String,
    pub text_en: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SpanView {
    /// `equal`, `insert` or `delete`.
    pub op: String,
    pub text: String,
}

/// One paragraph compared in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParagraphDiffView {
    pub key: u32,
    /// `kept`, `added` or `removed`.
    pub presence: String,
    /// The section's title in the window's language.
    pub section: String,
    pub changed: bool,
    pub zh: Vec<SpanView>,
    pub en: Vec<SpanView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VisionDiffView {
    pub from: u32,
    pub to: u32,
    pub paragraphs: Vec<ParagraphDiffView>,
}

fn kind_key(kind: &SectionKind) -> &'static str {
    match kind {
        SectionKind::Purpose => "purpose",
        SectionKind::CoreValues => "coreValues",
        SectionKind::LongTermGoals => "longTermGoals",
        SectionKind::Sdgs => "sdgs",
        SectionKind::Commitments => "commitments",
        SectionKind::Free { .. } => "free",
    }
}

fn section_title(kind: &SectionKind, language: Language) -> String {
    let i18n = i18n(language);
    let id = match kind {
        SectionKind::Purpose => "vision-doc-section-purpose",
        SectionKind::CoreValues => "vision-doc-section-core-values",
        SectionKind::LongTermGoals => "vision-doc-section-long-term-goals",
        SectionKind::Sdgs => "vision-doc-section-sdgs",
        SectionKind::Commitments => "vision-doc-section-commitments",
        SectionKind::Free { title_zh, title_en } => {
            let (zh, en) = (title_zh.trim(), title_en.trim());
            let english = voice(language).language == Language::En;
            return if (english && !en.is_empty()) || zh.is_empty() {
                en.to_owned()
            } else {
                zh.to_owned()
            };
        }
    };
    i18n.msg(id)
}

/// The checklist of `version`, each item said with its figures.
pub fn checklist(version: &Version, language: Language) -> Vec<CheckView> {
    let i18n = i18n(language);
    concord_vision::check(version)
        .iter()
        .map(|item: &CheckItem| {
            let args: Vec<(&str, FluentValue<'_>)> = item
                .figures
                .iter()
                .map(|f| (f.name, FluentValue::from(f.value)))
                .collect();
            CheckView {
                id: item
                    .message_id
                    .trim_start_matches("vision-check-")
                    .to_owned(),
                passed: item.passed,
                message: i18n.fmt(item.message_id, &args),
            }
        })
        .collect()
}

fn version_item(stored: &StoredVersion, language: Language) -> VersionItem {
    let saved = &stored.version.saved;
    VersionItem {
        number: stored.version.number,
        state: stored.version.state.key().to_owned(),
        saved_by: saved.by.clone(),
        saved_at: i18n(language).datetime(saved.at),
        note: saved.note.clone(),
    }
}

fn version_view(
    store: &Store,
    stored: &StoredVersion,
    language: Language,
) -> Result<VersionView, UseCaseError> {
    let version = &stored.version;
    let adopted = match &stored.adoption {
        Some(adoption) => {
            let i18n = i18n(language);
            let question = store.question(adoption.question_id)?;
            let meeting = store.meeting(question.question.meeting_id)?.meeting;
            let title = if voice(language).language == Language::En {
                meeting.title_en
            } else {
                meeting.title_zh
            };
            let outcome_id = format!("question-outcome-{}", adoption.outcome);
            Some(i18n.fmt(
                "vision-ui-adopted-by",
                &[
                    ("meeting", FluentValue::from(title)),
                    ("question", FluentValue::from(question.number)),
                    ("date", FluentValue::from(i18n.date(adoption.at.date()))),
                    ("outcome", FluentValue::from(i18n.msg(&outcome_id))),
                ],
            ))
        }
        None => None,
    };
    Ok(VersionView {
        number: version.number,
        state: version.state.key().to_owned(),
        neutrality_year: version.neutrality_year,
        sdgs: version.sdgs.clone(),
        sections: version
            .sections
            .iter()
            .map(|section| SectionView {
                kind: kind_key(&section.kind).to_owned(),
                title: section_title(&section.kind, language),
                paragraphs: section
                    .paragraphs
                    .iter()
                    .map(|p| ParagraphView {
                        id: stored.paragraph_id(p.key).unwrap_or_default(),
                        key: p.key.0,
                        text_zh: p.text_zh.clone(),
                        text_en: p.text_en.clone(),
                        not_yet_translated: p.not_yet_translated,
                    })
                    .collect(),
            })
            .collect(),
        adopted,
    })
}

fn amendment_view(
    stored: &StoredAmendment,
    names: &[(i64, String)],
    language: Language,
) -> AmendmentView {
    let i18n = i18n(language);
    let a = &stored.amendment;
    let settled = a.settlement.as_ref().map(|s| match s {
        Settlement::Question {
            question_id,
            outcome,
            ..
        } => i18n.fmt(
            "vision-ui-settled-question",
            &[
                ("question", FluentValue::from(*question_id)),
                (
                    "outcome",
                    FluentValue::from(i18n.msg(&format!("question-outcome-{outcome}"))),
                ),
            ],
        ),
        Settlement::Editorial { reason, .. } => i18n.fmt(
            "vision-ui-settled-editorial",
            &[("reason", FluentValue::from(reason.as_str()))],
        ),
    });
    AmendmentView {
        id: a.id,
        version: a.version,
        paragraph_id: stored.paragraph_id,
        paragraph_key: a.paragraph.0,
        proposed_by: names
            .iter()
            .find(|(id, _)| *id == a.proposed_by)
            .map_or_else(|| a.proposed_by.to_string(), |(_, n)| n.clone()),
        text_zh: a.text_zh.clone(),
        text_en: a.text_en.clone(),
        reason: a.reason.clone(),
        status: match stored.status {
            AmendmentStatus::Pending => "pending",
            AmendmentStatus::Accepted => "accepted",
            AmendmentStatus::Rejected => "rejected",
            AmendmentStatus::Editorial => "editorial",
        }
        .to_owned(),
        settled,
    }
}

/// The stage with version `number` shown (the latest when `None`).
pub fn stage(
    store: &Store,
    number: Option<u32>,
    language: Language,
) -> Result<VisionStage, UseCaseError> {
    store.require_dialogue()?;
    let versions = store.vision_versions()?;
    let shown = match number {
        Some(number) => Some(store.vision_version(Some(number))?),
        None => versions.last().cloned(),
    };
    let english = voice(language).language == Language::En;
    let names: Vec<(i64, String)> = store
        .stakeholders()?
        .into_iter()
        .filter(|s| s.erased_on.is_none())
        .map(|s| {
            let name = match (english, s.name_zh.trim(), s.name_en.trim()) {
                (_, zh, "") => zh.to_owned(),
                (_, "", en) => en.to_owned(),
                (true, _, en) => en.to_owned(),
                (false, zh, en) => format!("{zh} {en}"),
            };
            (s.id, name)
        })
        .collect();
    let amendments = store
        .vision_amendments()?
        .iter()
        .map(|a| amendment_view(a, &names, language))
        .collect();
    Ok(VisionStage {
        versions: versions.iter().map(|v| version_item(v, language)).collect(),
        checklist: shown
            .as_ref()
            .map(|s| checklist(&s.version, language))
            .unwrap_or_default(),
        version: shown
            .as_ref()
            .map(|s| version_view(store, s, language))
            .transpose()?,
        amendments,
        stakeholders: names
            .into_iter()
            .map(|(id, name)| StakeholderOption { id, name })
            .collect(),
    })
}

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

fn apply(version: &mut Version, edit: &DraftEdit) -> Result<(), UseCaseError> {
    for p in &edit.paragraphs {
        version
            .edit_paragraph(ParagraphKey(p.key), text_of(p))
            .map_err(|e| StoreError::Vision(VisionRefusal::Edit(e)))?;
    }
    version
        .set_neutrality_year(edit.neutrality_year)
        .map_err(|e| StoreError::Vision(VisionRefusal::Edit(e)))?;
    Ok(())
}

fn text_of(p: &ParagraphEdit) -> ParagraphText {
    ParagraphText {
        text_zh: p.text_zh.clone(),
        text_en: p.text_en.clone(),
        not_yet_translated: p.not_yet_translated,
    }
}

/// The checklist of a draft as typed, nothing saved.
pub fn check_draft(
    store: &Store,
    edit: &DraftEdit,
    language: Language,
) -> Result<Vec<CheckView>, UseCaseError> {
    let mut version = store.vision_version(Some(edit.number))?.version;
    apply(&mut version, edit)?;
    Ok(checklist(&version, language))
}

/// "Save draft": the draft's texts written in place.
pub fn save_draft(
    store: &mut Store,
    edit: &DraftEdit,
    language: Language,
) -> Result<VisionStage, UseCaseError> {
    let texts: Vec<(ParagraphKey, ParagraphText)> = edit
        .paragraphs
        .iter()
        .map(|p| (ParagraphKey(p.key), text_of(p)))
        .collect();
    store.save_vision_draft(edit.number, &texts, edit.neutrality_year)?;
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
    let mut version = store.vision_version(Some(edit.number))?.version;
    // The copy is a draft whatever the version typed over was.
    version.state = VersionState::Draft;
    apply(&mut version, edit)?;
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
                .map_err(|e| StoreError::Vision(VisionRefusal::Edit(e)))?;
        }
        store.save_vision_version(&first)?
    } else {
        store.next_vision_version_with_amendments(saved)?
    };
    stage(store, Some(stored.version.number), language)
}

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

fn spans(spans: &[Span]) -> Vec<SpanView> {
    spans
        .iter()
        .map(|s| SpanView {
            op: match s.op {
                concord_vision::Op::Equal => "equal",
                concord_vision::Op::Insert => "insert",
                concord_vision::Op::Delete => "delete",
            }
            .to_owned(),
            text: s.text.clone(),
        })
        .collect()
}

/// Version `from` against version `to`, paragraph by paragraph, in both languages.
pub fn diff(
    store: &Store,
    from: u32,
    to: u32,
    language: Language,
) -> Result<VisionDiffView, UseCaseError> {
    let old = store.vision_version(Some(from))?.version;
    let new = store.vision_version(Some(to))?.version;
    let zh = concord_vision::diff_versions(&old, &new, concord_vision::Language::Chinese);
    let en = concord_vision::diff_versions(&old, &new, concord_vision::Language::English);
    let section_of = |key: ParagraphKey, removed: bool| {
        let version = if removed { &old } else { &new };
        version
            .sections
            .iter()
            .find(|s| s.paragraphs.iter().any(|p| p.key == key))
            .map(|s| section_title(&s.kind, language))
            .unwrap_or_default()
    };
    let changed = |s: &[Span]| s.iter().any(|s| s.op != concord_vision::Op::Equal);
    Ok(VisionDiffView {
        from,
        to,
        paragraphs: zh
            .iter()
            .zip(&en)
            .map(|(zh, en)| ParagraphDiffView {
                key: zh.key.0,
                presence: match zh.presence {
                    Presence::Kept => "kept",
                    Presence::Added => "added",
                    Presence::Removed => "removed",
                }
                .to_owned(),
                section: section_of(zh.key, zh.presence == Presence::Removed),
                changed: changed(&zh.spans) || changed(&en.spans),
                zh: spans(&zh.spans),
                en: spans(&en.spans),
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Store {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        concord_store::demo::create(&mut store, day).unwrap_or_else(|e| panic!("{e:?}"));
        store
    }

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 4)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .unwrap_or_default()
    }

    #[test]
    fn the_demo_shows_version_3_adopted_and_a_draft_saves_in_place_then_as_version_5() {
        let mut store = demo();
        let view = stage(&store, None, Language::En).unwrap_or_else(|e| panic!("{e:?}"));
        let states: Vec<&str> = view.versions.iter().map(|v| v.state.as_str()).collect();
        assert_eq!(states.len(), 3);
        assert_eq!(states.last(), Some(&"adopted"));
        let shown = view.version.as_ref().map(|v| v.number);
        assert_eq!(shown, Some(3));
        assert!(
            view.version
                .as_ref()
                .and_then(|v| v.adopted.clone())
                .unwrap_or_default()
                .contains("consensus")
        );
        assert_eq!(view.checklist.len(), 7);

        let view = start_draft(&mut store, "韩磊", Language::En, now())
            .unwrap_or_else(|e| panic!("{e:?}"));
        let version = view.version.unwrap_or_else(|| panic!("a draft"));
        assert_eq!((version.number, version.state.as_str()), (4, "draft"));
        let purpose = &version.sections[0].paragraphs[0];
        let edit = DraftEdit {
            number: 4,
            paragraphs: vec![ParagraphEdit {
                key: purpose.key,
                text_zh: "渭南𠮷祥。第二句。".into(),
                text_en: purpose.text_en.clone(),
                not_yet_translated: false,
            }],
            neutrality_year: Some(2060),
        };
        let checks = check_draft(&store, &edit, Language::En).unwrap_or_else(|e| panic!("{e:?}"));
        let purpose_zh = checks
            .iter()
            .find(|c| c.id == "purpose-zh")
            .map(|c| c.passed);
        assert_eq!(purpose_zh, Some(false), "{checks:?}");
        let saved = save_draft(&mut store, &edit, Language::En).unwrap_or_else(|e| panic!("{e:?}"));
        let text = saved
            .version
            .map(|v| v.sections[0].paragraphs[0].text_zh.clone());
        assert_eq!(text.as_deref(), Some("渭南𠮷祥。第二句。"));
        let next = save_as_version(&mut store, &edit, "韩磊", "", Language::En, now())
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(next.version.map(|v| v.number), Some(5));

        // The adopted version refuses to be saved over.
        let frozen = DraftEdit {
            number: 3,
            ..edit.clone()
        };
        assert!(save_draft(&mut store, &frozen, Language::En).is_err());

        let compared = diff(&store, 4, 5, Language::En).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(compared.paragraphs.iter().all(|p| !p.changed));
        let compared = diff(&store, 3, 5, Language::En).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(
            compared.paragraphs[0]
                .zh
                .iter()
                .any(|s| s.op == "insert" && s.text.contains('𠮷'))
        );
    }
}
