//! Export the minutes of a meeting: everything the minutes tell, read from the store as it is
//! now, laid out in the chosen language, with the audit chain's head in the PDF's metadata so
//! the file proves what the log held. The window's Export button, `concord export minutes` and
//! `concord bench minutes` all run this one path.

use concord_documents::minutes::{MinutesInput, minutes_document};
use concord_store::Store;

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
    let input = MinutesInput::new(
        &dialogue,
        &record.meeting,
        &record.agenda,
        &record.attendance,
        &people,
    )
    .with_records(&record.decisions, &record.action_items, &record.addenda)
    .with_questions(&questions);
    let mut document = minutes_document(&input, language);
    // The chain head in the metadata: the exported minutes prove what the log held.
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = document.render()?;
    let file_name = file_name(&dialogue.city_en, record.meeting.starts_at.date(), language);
    Ok(ExportedPdf {
        bytes: pdf.bytes,
        pages: pdf.page_count,
        file_name,
    })
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
