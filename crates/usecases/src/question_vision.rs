//! What a consensus question decided about the Vision, for the question screen: the version it
//! adopted or was asked to adopt, and each amendment it settled with the change that amendment
//! makes to its paragraph, per language (Chinese by character, English by word).

use concord_i18n::{I18n, Locale};
use concord_store::Store;
use concord_vision::{Op, Settlement};
use serde::Serialize;

use crate::vision_view::SpanView;
use crate::{Language, UseCaseError};

/// The Vision as one question touched it; empty when it touched nothing of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionVision {
    /// The version the question adopted, or was asked to adopt.
    pub version: Option<u32>,
    /// Whether it adopted that version.
    pub adopted: bool,
    pub amendments: Vec<QuestionAmendment>,
}

/// An amendment the question settled, with what it changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionAmendment {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// The version it amends.
    pub version: u32,
    /// The paragraph's section, in the window's language, and its place there, from 1.
    pub section: String,
    pub paragraph: u32,
    pub proposed_by: String,
    pub reason: String,
    /// Still to be settled: the question is about it, and its outcome will settle it.
    pub pending: bool,
    pub accepted: bool,
    pub diff_zh: Vec<SpanView>,
    pub diff_en: Vec<SpanView>,
}

fn span_views(spans: &[concord_vision::Span]) -> Vec<SpanView> {
    spans
        .iter()
        .map(|s| SpanView {
            op: match s.op {
                Op::Equal => "equal",
                Op::Insert => "insert",
                Op::Delete => "delete",
            }
            .to_owned(),
            text: s.text.clone(),
        })
        .collect()
}

/// What question `question_id` decided about the Vision, said in `language` (the window's).
pub fn question_vision(
    store: &Store,
    question_id: i64,
    language: Language,
) -> Result<QuestionVision, UseCaseError> {
    let question = store.question(question_id)?.question;
    let i18n = I18n::shared(match language {
        Language::En => Locale::En,
        _ => Locale::ZhCn,
    });
    let versions = store.vision_versions()?;
    let adopted = versions.iter().find(|v| {
        v.adoption
            .as_ref()
            .is_some_and(|a| a.question_id == question_id)
    });
    let asked = question
        .subject
        .as_ref()
        .filter(|s| s.kind == concord_domain::SubjectKind::VisionVersion)
        .and_then(|s| versions.iter().find(|v| v.id == s.id));
    let about = question.vision_amendment();
    let people = store.stakeholders()?;
    let mut amendments = Vec::new();
    for stored in store.vision_amendments()? {
        let a = &stored.amendment;
        // What it settled, or the pending amendment it is about.
        let (pending, accepted) = match &a.settlement {
            Some(Settlement::Question {
                question_id: by,
                accepted,
                ..
            }) if *by == question_id => (false, *accepted),
            None if about == Some(a.id) => (true, false),
            _ => continue,
        };
        let Some(version) = versions.iter().find(|v| v.version.number == a.version) else {
            continue;
        };
        let Some(paragraph) = version.version.paragraph(a.paragraph) else {
            continue;
        };
        let (kind, place) = crate::vision::place_of(&version.version, a.paragraph)
            .unwrap_or((&concord_vision::SectionKind::Purpose, 0));
        let diff = |old: &str, new: Option<&String>, lang| {
            span_views(&concord_vision::diff_text(
                old,
                new.map_or(old, String::as_str),
                lang,
            ))
        };
        amendments.push(QuestionAmendment {
            id: a.id,
            version: a.version,
            section: crate::vision::section_title(i18n, kind),
            paragraph: u32::try_from(place).unwrap_or(0),
            proposed_by: people.iter().find(|p| p.id == a.proposed_by).map_or_else(
                || a.proposed_by.to_string(),
                |p| p.name(language != Language::En).to_owned(),
            ),
            reason: a.reason.clone(),
            pending,
            accepted,
            diff_zh: diff(
                &paragraph.text_zh,
                a.text_zh.as_ref(),
                concord_vision::Language::Chinese,
            ),
            diff_en: diff(
                &paragraph.text_en,
                a.text_en.as_ref(),
                concord_vision::Language::English,
            ),
        });
    }
    Ok(QuestionVision {
        version: adopted.or(asked).map(|v| v.version.number),
        adopted: adopted.is_some(),
        amendments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Store {
        let mut store = Store::open_in_memory().expect("store");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        concord_store::demo::create(&mut store, day).expect("demo");
        store
    }

    fn text(spans: &[SpanView], op: &str) -> String {
        spans
            .iter()
            .filter(|s| s.op == op)
            .map(|s| s.text.as_str())
            .collect()
    }

    #[test]
    fn a_question_that_settled_an_amendment_shows_its_change() {
        let store = demo();
        let meeting = store.meetings().expect("meetings")[0].id;
        let questions = store.questions(meeting).expect("questions");
        let seen: Vec<QuestionVision> = questions
            .iter()
            .map(|q| question_vision(&store, q.question.id, Language::En).expect("vision"))
            .collect();
        // Two questions settled one amendment each; the last adopted version 3.
        let settled: Vec<&QuestionAmendment> =
            seen.iter().flat_map(|v| v.amendments.iter()).collect();
        assert_eq!(settled.len(), 2);
        let accepted = settled.iter().find(|a| a.accepted).expect("accepted");
        assert_eq!(accepted.version, 2);
        assert_eq!(accepted.section, "Core values");
        assert_eq!(accepted.paragraph, 1);
        assert!(
            text(&accepted.diff_en, "insert").contains("persons with disabilities"),
            "{:?}",
            accepted.diff_en
        );
        // The spans give back the old text and the new.
        let old: String = accepted
            .diff_en
            .iter()
            .filter(|s| s.op != "insert")
            .map(|s| s.text.as_str())
            .collect();
        let version = store.vision_version(Some(2)).expect("v2").version;
        assert!(version.paragraphs().any(|p| p.text_en == old));
        let rejected = settled.iter().find(|a| !a.accepted).expect("rejected");
        assert_eq!(rejected.section, "Long-term goals");
        assert!(!text(&rejected.diff_zh, "insert").is_empty());
        let last = seen.last().expect("last");
        assert_eq!((last.version, last.adopted), (Some(3), true));
        assert!(last.amendments.is_empty());
        // A question about nothing of the Vision says so; a missing one is refused.
        assert_eq!(seen[0].version, None);
        assert!(seen[0].amendments.is_empty());
        assert!(question_vision(&store, 99_999, Language::En).is_err());
        let zh = question_vision(&store, accepted_question(&questions, &seen), Language::ZhCn)
            .expect("zh");
        assert_eq!(zh.amendments[0].section, "核心价值");
    }

    fn accepted_question(
        questions: &[concord_domain::QuestionRecord],
        seen: &[QuestionVision],
    ) -> i64 {
        let i = seen
            .iter()
            .position(|v| v.amendments.iter().any(|a| a.accepted))
            .expect("accepted");
        questions[i].question.id
    }
}
