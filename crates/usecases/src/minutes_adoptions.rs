//! What the meeting's questions adopted besides the Vision, said under their headings in the
//! minutes: the scenario a question adopted (and froze) and the set of targets it adopted.

use concord_documents::minutes::SubjectLine;
use concord_domain::QuestionRecord;
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;

use crate::UseCaseError;

/// One line per question of `questions` that adopted a scenario or the targets, in both languages.
pub fn adoption_subject_lines(
    store: &Store,
    questions: &[QuestionRecord],
) -> Result<Vec<SubjectLine>, UseCaseError> {
    let (zh, en) = (
        I18n::shared(concord_i18n::Locale::ZhCn),
        I18n::shared(concord_i18n::Locale::En),
    );
    let line = |question_id: i64, say: &dyn Fn(&I18n) -> String| SubjectLine {
        question_id,
        zh: say(zh),
        en: say(en),
    };
    let scenarios = store.scenarios()?;
    let targets = store.targets()?;
    let mut lines = Vec::new();
    for record in questions {
        let id = record.question.id;
        for scenario in scenarios
            .iter()
            .filter(|s| s.adopted_by_question_id == Some(id))
        {
            lines.push(line(id, &|i18n| {
                i18n.fmt(
                    "minutes-adopts-scenario",
                    &[("scenario", FluentValue::from(scenario.name.as_str()))],
                )
            }));
        }
        let count = targets
            .iter()
            .filter(|t| t.adopted_by_question_id == Some(id))
            .count();
        if count > 0 {
            lines.push(line(id, &|i18n| {
                i18n.fmt(
                    "minutes-adopts-targets",
                    &[("count", FluentValue::from(count))],
                )
            }));
        }
    }
    Ok(lines)
}
