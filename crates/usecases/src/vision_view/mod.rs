//! The Vision stage as the window shows it: every version with its state, the one shown with
//! its sections and bilingual paragraphs, APSEC's checklist (recomputed from texts being typed
//! without saving them: it warns, never blocks), the amendments with who proposed them and how
//! they were settled, and the comparison of two versions in both languages. `draft` edits a
//! draft (texts, sections and paragraphs added, moved, removed) and saves it in place or as the
//! next version; `settle` proposes and settles amendments and adopts a version; `compare`
//! compares two. Every write goes through the store's rules; the declaration is
//! `vision::export_vision`.

use concord_documents::Voice;
use concord_i18n::{FluentValue, I18n};
use concord_store::{AmendmentStatus, Store, StoredAmendment, StoredVersion};
use concord_vision::{CheckItem, SectionKind, Settlement, Version};
use serde::{Deserialize, Serialize};

pub use crate::adopting::AdoptingQuestion;
use crate::adopting::{adopting_questions, settling_questions};
use crate::{Language, UseCaseError};

mod compare;
mod draft;
mod settle;

pub use compare::diff;
pub use draft::{check_draft, save_as_version, save_draft, start_draft};
pub use settle::{adopt, propose, settle_by_question, settle_editorially};

/// The bundles of each language, built once: the checklist answers at every keystroke. The
/// window's stage is said in one language; bilingual speaks Chinese.
pub(crate) fn voice(language: Language) -> &'static Voice {
    crate::adopting::voice(match language {
        Language::En => Language::En,
        Language::ZhCn | Language::Bilingual => Language::ZhCn,
    })
}

pub(crate) fn i18n(language: Language) -> &'static I18n {
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
    /// A free section's own titles, to edit them; empty for the standard sections.
    pub title_zh: String,
    pub title_en: String,
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
    /// The question that settled it, if one did.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub question_id: Option<i64>,
    /// The questions asked about it, as `Meeting · 3. Text`: the one to settle it by.
    pub asked_in: Vec<String>,
    /// The change it proposes to its paragraph's text in the version it amends, per language
    /// (Chinese by character, English by word); all equal where it leaves a language as it is.
    pub diff_zh: Vec<SpanView>,
    pub diff_en: Vec<SpanView>,
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
/// amendments, who may propose one, the decided questions that may settle an amendment and
/// those that may adopt a version.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VisionStage {
    pub versions: Vec<VersionItem>,
    pub version: Option<VersionView>,
    pub checklist: Vec<CheckView>,
    pub amendments: Vec<AmendmentView>,
    pub stakeholders: Vec<StakeholderOption>,
    /// Decided questions that adopt nothing, each with its outcome.
    pub settling_questions: Vec<AdoptingQuestion>,
    /// Decided questions that adopted and adopt nothing yet.
    pub adopting_questions: Vec<AdoptingQuestion>,
}

/// A draft as typed: its sections in order, each with its paragraphs in order, and its
/// neutrality year. Sections and paragraphs may have been added, moved or removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DraftEdit {
    pub number: u32,
    pub sections: Vec<SectionEdit>,
    pub neutrality_year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SectionEdit {
    /// `purpose`, `coreValues`, `longTermGoals`, `sdgs`, `commitments` or `free`.
    pub kind: String,
    /// A free section's titles; ignored for the standard sections.
    pub title_zh: String,
    pub title_en: String,
    pub paragraphs: Vec<ParagraphEdit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParagraphEdit {
    /// The paragraph's key; `null` for a paragraph added since the draft was saved.
    pub key: Option<u32>,
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
                title_zh: match &section.kind {
                    SectionKind::Free { title_zh, .. } => title_zh.clone(),
                    _ => String::new(),
                },
                title_en: match &section.kind {
                    SectionKind::Free { title_en, .. } => title_en.clone(),
                    _ => String::new(),
                },
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
    questions: &[AdoptingQuestion],
    versions: &[StoredVersion],
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
                (
                    "question",
                    FluentValue::from(
                        questions
                            .iter()
                            .find(|q| q.id == *question_id)
                            .map_or_else(|| question_id.to_string(), |q| q.label.clone()),
                    ),
                ),
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
        asked_in: questions
            .iter()
            .filter(|q| q.amendment == Some(a.id))
            .map(|q| q.label.clone())
            .collect(),
        status: match stored.status {
            AmendmentStatus::Pending => "pending",
            AmendmentStatus::Accepted => "accepted",
            AmendmentStatus::Rejected => "rejected",
            AmendmentStatus::Editorial => "editorial",
        }
        .to_owned(),
        settled,
        question_id: match &a.settlement {
            Some(Settlement::Question { question_id, .. }) => Some(*question_id),
            _ => None,
        },
        diff_zh: amendment_diff(versions, a, concord_vision::Language::Chinese),
        diff_en: amendment_diff(versions, a, concord_vision::Language::English),
    }
}

/// What amendment `a` changes in its paragraph, in one language.
fn amendment_diff(
    versions: &[StoredVersion],
    a: &concord_vision::Amendment,
    language: concord_vision::Language,
) -> Vec<SpanView> {
    let paragraph = versions
        .iter()
        .find(|v| v.version.number == a.version)
        .and_then(|v| v.version.paragraph(a.paragraph));
    let (old, new) = match (paragraph, language) {
        (Some(p), concord_vision::Language::Chinese) => (&p.text_zh, a.text_zh.as_ref()),
        (Some(p), _) => (&p.text_en, a.text_en.as_ref()),
        (None, _) => return Vec::new(),
    };
    compare::spans(&concord_vision::diff_text(
        old,
        new.unwrap_or(old),
        language,
    ))
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
    let questions = question_labels(store, language)?;
    let amendments = store
        .vision_amendments()?
        .iter()
        .map(|a| amendment_view(a, &names, &questions, &versions, language))
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
        settling_questions: settling_questions(store, language)?,
        adopting_questions: adopting_questions(store, language)?,
    })
}

/// Every question of every meeting as the person knows it: `Meeting · 3. Text`.
fn question_labels(
    store: &Store,
    language: Language,
) -> Result<Vec<AdoptingQuestion>, UseCaseError> {
    let voice = voice(language);
    let mut out = Vec::new();
    for meeting in store.meetings()? {
        for record in store.questions(meeting.id)? {
            let (text_zh, text_en) = record.current_text();
            out.push(AdoptingQuestion {
                id: record.question.id,
                label: format!(
                    "{} · {}. {}",
                    voice.joined(&meeting.title_zh, &meeting.title_en),
                    record.number,
                    voice.joined(text_zh, text_en)
                ),
                amendment: record.question.vision_amendment(),
            });
        }
    }
    Ok(out)
}
