//! What a new question may be about, for the "Ask a question" form: the draft of the Vision
//! to adopt, and each pending amendment to settle, named as the room knows them.

use concord_domain::{Subject, SubjectKind};
use concord_i18n::{FluentValue, I18n, Locale};
use concord_store::Store;
use concord_vision::VersionState;
use serde::Serialize;

use crate::{Language, UseCaseError};

/// One thing a question may be about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubjectOption {
    pub subject: Subject,
    /// `Adopt version 4 of the Vision`, `Amendment 7 by … to version 3, section “…”, paragraph 2`.
    pub label: String,
    /// The question's words for it, in both languages, offered until the person types their own.
    pub text_zh: String,
    pub text_en: String,
}

/// Message `id` with `args` in Chinese and in English.
fn both(id: &str, args: &[(&str, FluentValue<'_>)]) -> (String, String) {
    (
        I18n::shared(Locale::ZhCn).fmt(id, args),
        I18n::shared(Locale::En).fmt(id, args),
    )
}

/// The draft version (if the latest version is one) and every pending amendment, in the
/// window's language.
pub fn question_subjects(
    store: &Store,
    language: Language,
) -> Result<Vec<SubjectOption>, UseCaseError> {
    let i18n = I18n::shared(match language {
        Language::En => Locale::En,
        _ => Locale::ZhCn,
    });
    let versions = store.vision_versions()?;
    let mut out: Vec<SubjectOption> = versions
        .iter()
        .filter(|v| v.version.state == VersionState::Draft)
        .map(|v| {
            let number = [("version", FluentValue::from(v.version.number))];
            let (text_zh, text_en) = both("qui-ask-text-version", &number);
            SubjectOption {
                subject: Subject {
                    kind: SubjectKind::VisionVersion,
                    id: v.id,
                },
                label: i18n.fmt("qui-vision-subject-version", &number),
                text_zh,
                text_en,
            }
        })
        .collect();
    let people = store.stakeholders()?;
    for stored in store.vision_amendments()? {
        let a = &stored.amendment;
        if a.settlement.is_some() {
            continue;
        }
        let Some(version) = versions.iter().find(|v| v.version.number == a.version) else {
            continue;
        };
        let (kind, place) = crate::vision::place_of(&version.version, a.paragraph)
            .unwrap_or((&concord_vision::SectionKind::Purpose, 0));
        let person = people.iter().find(|p| p.id == a.proposed_by).map_or_else(
            || a.proposed_by.to_string(),
            |p| p.name(language != Language::En).to_owned(),
        );
        let (text_zh, text_en) = both(
            "qui-ask-text-amendment",
            &[("amendment", FluentValue::from(a.id))],
        );
        out.push(SubjectOption {
            subject: Subject {
                kind: SubjectKind::VisionAmendment,
                id: a.id,
            },
            text_zh,
            text_en,
            label: i18n.fmt(
                "qui-vision-amendment",
                &[
                    ("amendment", FluentValue::from(a.id)),
                    ("person", FluentValue::from(person)),
                    ("version", FluentValue::from(a.version)),
                    (
                        "section",
                        FluentValue::from(crate::vision::section_title(i18n, kind)),
                    ),
                    ("paragraph", FluentValue::from(place)),
                ],
            ),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question_vision::question_vision;

    #[test]
    fn a_question_about_a_pending_amendment_shows_its_change_before_it_settles() {
        let mut store = Store::open_in_memory().expect("store");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let summary = concord_store::demo::create(&mut store, day).expect("demo");
        // The demo's only pending amendment is offered; the settled ones and the adopted
        // version are not.
        let offered = question_subjects(&store, Language::En).expect("subjects");
        let pending: Vec<i64> = store
            .vision_amendments()
            .expect("amendments")
            .iter()
            .filter(|a| a.amendment.settlement.is_none())
            .map(|a| a.amendment.id)
            .collect();
        assert_eq!(pending.len(), 1);
        assert_eq!(offered.len(), 1, "{offered:?}");
        let option = &offered[0];
        assert_eq!(option.subject.kind, SubjectKind::VisionAmendment);
        assert_eq!(option.subject.id, pending[0]);
        assert!(
            option
                .label
                .starts_with(&format!("Amendment {}", pending[0]))
        );
        assert_eq!(
            option.text_en,
            format!("Shall amendment {} be accepted?", pending[0])
        );
        assert!(option.text_zh.contains("修正案"), "{}", option.text_zh);
        let zh = question_subjects(&store, Language::ZhCn).expect("zh");
        assert!(zh[0].label.contains("修正案"), "{}", zh[0].label);

        // Asked in the next plenary, the question shows the change while it is pending.
        let meeting = store
            .meetings()
            .expect("meetings")
            .iter()
            .map(|m| m.id)
            .find(|id| *id != summary.meeting_id)
            .expect("the planned plenary");
        let at = day.and_hms_opt(9, 0, 0).expect("time") + chrono::TimeDelta::days(28);
        store
            .open_meeting(meeting, "王志立 Wang Zhili", at, false)
            .expect("open");
        let asked = store
            .add_question(
                &concord_domain::Question {
                    id: 0,
                    meeting_id: meeting,
                    agenda_item_id: None,
                    text_zh: option.text_zh.clone(),
                    text_en: option.text_en.clone(),
                    subject: Some(option.subject),
                    rule_override: None,
                },
                at,
            )
            .expect("ask");
        let seen = question_vision(&store, asked, Language::En).expect("vision");
        assert_eq!(seen.version, None);
        assert_eq!(seen.amendments.len(), 1);
        let amendment = &seen.amendments[0];
        assert!(amendment.pending && !amendment.accepted);
        assert_eq!(amendment.id, pending[0]);
        let changed =
            |spans: &[crate::vision_view::SpanView]| spans.iter().any(|s| s.op != "equal");
        assert!(changed(&amendment.diff_en) || changed(&amendment.diff_zh));
    }
}
