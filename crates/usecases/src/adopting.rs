//! The decided questions a stage may name: a question adopts one thing — a scenario, the
//! targets or a version of the Vision — and a question that settled a Vision amendment adopts
//! nothing else. The BAU, Targets and Vision stages offer these lists.

use std::sync::OnceLock;

use concord_documents::Voice;
use concord_i18n::FluentValue;
use concord_store::Store;
use serde::Serialize;

use crate::{Language, UseCaseError};

/// The voice of each language, built once.
pub(crate) fn voice(language: Language) -> &'static Voice {
    static VOICES: [OnceLock<Voice>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match language {
        Language::En => 0,
        Language::ZhCn => 1,
        Language::Bilingual => 2,
    };
    VOICES[slot].get_or_init(|| Voice::new(language))
}

/// A question that may adopt or settle something, named as the person knows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AdoptingQuestion {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// `Second plenary · 3. Adopt the BAU scenario …`
    pub label: String,
    /// The pending Vision amendment the question is about: it settles that one only.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub amendment: Option<i64>,
}

/// The questions that adopted a scenario, the targets or a version of the Vision.
fn adopting_something(store: &Store) -> Result<Vec<i64>, UseCaseError> {
    let mut taken: Vec<i64> = store
        .scenarios()?
        .iter()
        .filter_map(|s| s.adopted_by_question_id)
        .collect();
    taken.extend(
        store
            .targets()?
            .iter()
            .filter_map(|t| t.adopted_by_question_id),
    );
    taken.extend(
        store
            .vision_versions()?
            .iter()
            .filter_map(|v| v.adoption.as_ref().map(|a| a.question_id)),
    );
    Ok(taken)
}

/// The questions that settled a Vision amendment.
fn settling_amendments(store: &Store) -> Result<Vec<i64>, UseCaseError> {
    Ok(store
        .vision_amendments()?
        .iter()
        .filter_map(|a| match &a.amendment.settlement {
            Some(concord_vision::Settlement::Question { question_id, .. }) => Some(*question_id),
            _ => None,
        })
        .collect())
}

/// Every decided question, with whether it adopted, labelled; `with_outcome` adds how it ended.
fn decided(
    store: &Store,
    language: Language,
    with_outcome: bool,
) -> Result<Vec<(AdoptingQuestion, bool)>, UseCaseError> {
    let voice = voice(language);
    let i18n = match voice.language {
        Language::En => &voice.en,
        _ => &voice.zh,
    };
    let mut out = Vec::new();
    for meeting in store.meetings()? {
        for record in store.questions(meeting.id)? {
            if !record.state.decided {
                continue;
            }
            let adopted = record.state.outcome.as_ref().and_then(|o| o.adopted()) == Some(true);
            let (text_zh, text_en) = record.current_text();
            let mut label = format!(
                "{} · {}. {}",
                voice.joined(&meeting.title_zh, &meeting.title_en),
                record.number,
                voice.joined(text_zh, text_en)
            );
            if let (true, Some(outcome)) = (with_outcome, record.state.outcome.as_ref()) {
                let outcome = i18n.msg(&format!("question-outcome-{}", outcome.key()));
                label = i18n.fmt(
                    "vision-ui-question-with-outcome",
                    &[
                        ("question", FluentValue::from(label)),
                        ("outcome", FluentValue::from(outcome)),
                    ],
                );
            }
            out.push((
                AdoptingQuestion {
                    id: record.question.id,
                    label,
                    amendment: record.question.vision_amendment(),
                },
                adopted,
            ));
        }
    }
    Ok(out)
}

/// Every decided question whose outcome adopted and that adopts nothing yet (no scenario, no
/// targets, no version of the Vision) nor settled an amendment, nor is about one.
pub fn adopting_questions(
    store: &Store,
    language: Language,
) -> Result<Vec<AdoptingQuestion>, UseCaseError> {
    let mut taken = adopting_something(store)?;
    taken.extend(settling_amendments(store)?);
    Ok(decided(store, language, false)?
        .into_iter()
        .filter(|(q, adopted)| *adopted && q.amendment.is_none() && !taken.contains(&q.id))
        .map(|(q, _)| q)
        .collect())
}

/// Every decided question that adopts nothing: what may settle an amendment (its outcome
/// accepts or rejects it), each said with its outcome. One about an amendment settles only it.
pub fn settling_questions(
    store: &Store,
    language: Language,
) -> Result<Vec<AdoptingQuestion>, UseCaseError> {
    let taken = adopting_something(store)?;
    Ok(decided(store, language, true)?
        .into_iter()
        .filter(|(q, _)| !taken.contains(&q.id))
        .map(|(q, _)| q)
        .collect())
}
