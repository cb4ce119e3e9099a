//! `concord tally`: a question's rounds and outcome (or every question of a meeting), as the
//! minutes tell them, or as JSON for scripts.

use concord_domain::QuestionRecord;
use concord_i18n::I18n;
use concord_store::Store;
use concord_usecases::minutes::{LineKind, question_lines};

use crate::error::CliError;

pub fn run(
    store: &Store,
    question: Option<i64>,
    meeting: Option<i64>,
    json: bool,
    i18n: &I18n,
) -> Result<String, CliError> {
    let records: Vec<QuestionRecord> = match (question, meeting) {
        (Some(id), _) => vec![store.question(id)?],
        (None, Some(meeting)) => {
            // Refuses an unknown meeting with its own message.
            store.meeting(meeting)?;
            store.questions(meeting)?
        }
        (None, None) => store.questions(store.latest_meeting_id()?)?,
    };
    if json {
        let value = match (question, records.as_slice()) {
            (Some(_), [one]) => serde_json::to_string_pretty(one),
            _ => serde_json::to_string_pretty(&records),
        };
        return value
            .map_err(|e| CliError::Store(concord_store::StoreError::Corrupt(e.to_string())));
    }
    if records.is_empty() {
        return Ok(i18n.msg("question-minutes-none"));
    }
    let mut out = Vec::new();
    for record in &records {
        if !out.is_empty() {
            out.push(String::new());
        }
        for (kind, line) in question_lines(record, i18n) {
            out.push(match kind {
                LineKind::Heading => line,
                // Continuation lines (a rationale in two languages) stay indented.
                LineKind::Text | LineKind::Detail => format!("  {}", line.replace('\n', "\n  ")),
            });
        }
    }
    Ok(out.join("\n"))
}
