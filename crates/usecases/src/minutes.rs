//! Export the minutes of a meeting: everything the minutes tell, read from the store as it is
//! now, laid out in the chosen language, with the audit chain's head in the PDF's metadata so
//! the file proves what the log held. The window's Export button, `concord export minutes` and
//! `concord bench minutes` all run this one path.

use concord_documents::minutes::{MinutesInput, SubjectLine, minutes_document};
use concord_documents::minutes_ranking::{MinutesRanking, RankedLine};
use concord_domain::QuestionRecord;
use concord_i18n::{FluentValue, I18n, Locale};
use concord_store::Store;
use concord_vision::Settlement;

use crate::{ExportedPdf, Language, UseCaseError, language_suffix};

pub use concord_documents::minutes_questions::{LineKind, question_lines};

/// Which meeting's minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingChoice {
    /// The meeting that starts last.
    Latest,
    Id(i64),
}

/// The minutes of `meeting` as PDF bytes, with their page count and a file name.
pub fn export_minutes(
    store: &Store,
    meeting: MeetingChoice,
    language: Language,
) -> Result<ExportedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let id = match meeting {
        MeetingChoice::Latest => store.latest_meeting_id()?,
        MeetingChoice::Id(id) => id,
    };
    let record = store.meeting(id)?;
    let people = store.stakeholders()?;
    let questions = store.questions(id)?;
    let mut subject_lines = vision_subject_lines(store, &questions)?;
    subject_lines.extend(crate::minutes_adoptions::adoption_subject_lines(
        store, &questions,
    )?);
    let ranking = crate::deficits::meeting_ranking(store, id)?.map(|r| minutes_ranking(&r));
    let input = MinutesInput::new(
        &dialogue,
        &record.meeting,
        &record.agenda,
        &record.attendance,
        &people,
    )
    .with_records(&record.decisions, &record.action_items, &record.addenda)
    .with_questions(&questions)
    .with_subject_lines(&subject_lines)
    .with_ranking(ranking.as_ref());
    let mut document = minutes_document(&input, language);
    // The chain head in the metadata: the exported minutes prove what the log held.
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, document)?.render()?;
    let file_name = file_name(&dialogue.city_en, record.meeting.starts_at.date(), language);
    Ok(ExportedPdf {
        bytes: pdf.bytes,
        pages: pdf.page_count,
        file_name,
    })
}

/// A counted ranking as the minutes print it: each sector's first choice beside the whole.
/// The number a question carries in its meeting's minutes, which number the questions in the
/// order they print them: a document that cites "Question 6" sends the reader to Question 6.
pub(crate) fn printed_number(
    store: &Store,
    question: &QuestionRecord,
) -> Result<u32, UseCaseError> {
    let record = store.meeting(question.question.meeting_id)?;
    let questions = store.questions(record.meeting.id)?;
    let printed =
        concord_documents::minutes_questions::in_printed_order(&questions, &record.agenda);
    Ok(printed
        .iter()
        .find(|q| q.question.id == question.question.id)
        .map_or(question.number, |q| q.number))
}

fn minutes_ranking(r: &crate::deficits::RankingSummary) -> MinutesRanking {
    MinutesRanking {
        dots_each: (r.method != "borda").then_some(r.dots_each),
        voters: r.voters,
        items: r
            .items
            .iter()
            .map(|i| RankedLine {
                rank: i.rank,
                tied: i.tied,
                code: i.code.clone(),
                name_zh: i.name_zh.clone(),
                name_en: i.name_en.clone(),
                points: i.points,
            })
            .collect(),
        by_sector: r
            .by_sector
            .iter()
            .map(|g| {
                let first = g
                    .items
                    .iter()
                    .filter(|i| i.rank == 1 && i.points > 0)
                    .map(|i| i.candidate.clone())
                    .collect();
                (g.label_id.clone(), g.voters, first)
            })
            .collect(),
    }
}

/// What the meeting's questions decided about the Vision, in both languages: the version a
/// question adopted (or put to adoption) and the amendment it settled, with its paragraph.
fn vision_subject_lines(
    store: &Store,
    questions: &[QuestionRecord],
) -> Result<Vec<SubjectLine>, UseCaseError> {
    let asked = |id: i64| questions.iter().any(|q| q.question.id == id);
    let versions = store.vision_versions()?;
    let (zh, en) = (I18n::new(Locale::ZhCn), I18n::new(Locale::En));
    let both = |say: &dyn Fn(&I18n) -> String| (say(&zh), say(&en));
    let mut lines = Vec::new();
    for record in questions {
        let q = &record.question;
        let adopted = versions
            .iter()
            .find(|v| v.adoption.as_ref().is_some_and(|a| a.question_id == q.id));
        let put = q
            .subject
            .as_ref()
            .filter(|s| s.kind == concord_domain::SubjectKind::VisionVersion)
            .and_then(|s| versions.iter().find(|v| v.id == s.id));
        let (id, version) = match (adopted, put) {
            (Some(v), _) => ("minutes-vision-adopts", v.version.number),
            (None, Some(v)) => ("minutes-vision-put", v.version.number),
            (None, None) => continue,
        };
        let (zh, en) = both(&|i18n| i18n.fmt(id, &[("version", FluentValue::from(version))]));
        lines.push(SubjectLine {
            question_id: q.id,
            zh,
            en,
        });
    }
    for stored in store.vision_amendments()? {
        let amendment = &stored.amendment;
        let Some(Settlement::Question {
            question_id,
            accepted,
            ..
        }) = &amendment.settlement
        else {
            continue;
        };
        if !asked(*question_id) {
            continue;
        }
        let Some(version) = versions
            .iter()
            .find(|v| v.version.number == amendment.version)
        else {
            continue;
        };
        let Some((kind, paragraph)) =
            crate::vision::place_of(&version.version, amendment.paragraph)
        else {
            continue;
        };
        let (zh, en) = both(&|i18n| {
            i18n.fmt(
                "minutes-vision-amendment",
                &[
                    ("amendment", FluentValue::from(amendment.id)),
                    ("version", FluentValue::from(amendment.version)),
                    (
                        "section",
                        FluentValue::from(crate::vision::section_title(i18n, kind)),
                    ),
                    ("paragraph", FluentValue::from(paragraph)),
                    (
                        "accepted",
                        FluentValue::from(if *accepted { "yes" } else { "no" }),
                    ),
                ],
            )
        });
        lines.push(SubjectLine {
            question_id: *question_id,
            zh,
            en,
        });
    }
    Ok(lines)
}

/// `Weinan-minutes-2026-11-23-bilingual.pdf`.
fn file_name(city_en: &str, day: chrono::NaiveDate, language: Language) -> String {
    let name = format!(
        "{}-minutes-{}-{}.pdf",
        city_en.trim().replace(' ', "-"),
        day.format("%Y-%m-%d"),
        language_suffix(language)
    );
    name.trim_start_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_on_a_version_says_whether_it_adopted_it() {
        let mut store = Store::open_in_memory().expect("store");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("day");
        concord_store::demo::create(&mut store, day).expect("demo");
        let meeting = store.meetings().expect("meetings")[0].id;
        let mut questions = store.questions(meeting).expect("questions");
        let adopting = questions.last().cloned().expect("the adoption question");
        // The same question again, as if asked before and not adopted: it put version 3 to
        // adoption, but the version was adopted by the other one.
        let mut asked = adopting.clone();
        asked.question.id = 99_999;
        questions.push(asked);
        let lines = vision_subject_lines(&store, &questions).expect("lines");
        let of = |id: i64| -> Vec<(&str, &str)> {
            lines
                .iter()
                .filter(|l| l.question_id == id)
                .map(|l| (l.en.as_str(), l.zh.as_str()))
                .collect()
        };
        assert_eq!(
            of(adopting.question.id),
            [(
                "On record: this question adopted version 3 of the Vision.",
                "记录：本问题通过了愿景第 3 版。"
            )]
        );
        assert_eq!(
            of(99_999),
            [(
                "On record: this question puts version 3 of the Vision to adoption.",
                "记录：本问题就愿景第 3 版提请通过。"
            )]
        );
        // The first questions of the plenary decided nothing of the Vision.
        assert!(of(questions[0].question.id).is_empty());
        assert_eq!(lines.len(), 4, "{lines:?}");
    }

    #[test]
    fn the_file_name_says_city_day_and_language() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        assert_eq!(
            file_name("Weinan City", day, Language::ZhCn),
            "Weinan-City-minutes-2026-11-23-zh-CN.pdf"
        );
        assert_eq!(
            file_name("", day, Language::En),
            "minutes-2026-11-23-en.pdf"
        );
    }
}
