//! The decisions in the minutes: numbered in the order they are printed, each with how it was
//! reached as the rules allow it.

use concord_domain::Decision;
use concord_i18n::{FluentValue, I18n};

use crate::minutes::{Language, MinutesInput};
use crate::voice::Voice;
use crate::{Block, Document};

/// The decisions of one agenda item, or (`None`) those linked to no item of this agenda.
pub(crate) fn decisions(
    doc: &mut Document,
    input: &MinutesInput<'_>,
    voice: &Voice,
    item: Option<i64>,
) {
    let belongs = |d: &&Decision| match item {
        Some(id) => d.agenda_item_id == Some(id),
        None => d
            .agenda_item_id
            .is_none_or(|id| !input.agenda.iter().any(|i| i.id == id)),
    };
    for decision in input.decisions.iter().filter(belongs) {
        let number = decision_order(input)
            .iter()
            .position(|d| d.id == decision.id)
            .map_or(0, |i| i + 1);
        let basis = |i18n: &I18n| decision_basis(i18n, input, decision);
        let lead = |i18n: &I18n| {
            i18n.fmt(
                "minutes-decision-lead",
                &[
                    ("number", FluentValue::from(number)),
                    ("basis", FluentValue::from(basis(i18n))),
                ],
            )
        };
        let (text, text_en) = voice.pair(&decision.text_zh, &decision.text_en);
        match voice.language {
            Language::En => doc.push(Block::paragraph(format!("{} {text}", lead(&voice.en)))),
            Language::ZhCn => doc.push(Block::paragraph(format!("{}{text}", lead(&voice.zh)))),
            Language::Bilingual => {
                doc.push(Block::paragraph(format!("{}{text}", lead(&voice.zh))));
                let en = text_en.unwrap_or(text);
                doc.push(Block::secondary(format!("{} {en}", lead(&voice.en))))
            }
        };
    }
}

/// How a decision was reached, as the rules allow it: a basis that its question does not
/// support (a row written before the schema held the rule) is printed as unsupported, never as
/// a decision the rules allowed.
fn decision_basis(i18n: &I18n, input: &MinutesInput<'_>, decision: &Decision) -> String {
    let named = decision
        .question_id
        .and_then(|id| input.questions.iter().find(|q| q.question.id == id));
    let question = named.map(|q| concord_domain::NamedQuestion {
        meeting_id: q.question.meeting_id,
        outcome: q.state.outcome.as_ref().filter(|_| q.state.decided),
    });
    let stated = i18n.msg(&format!("minutes-basis-{}", decision.basis.key()));
    if !decision.basis_errors(input.meeting.id, question).is_empty() {
        return i18n.fmt(
            "minutes-basis-unsupported",
            &[("basis", FluentValue::from(stated))],
        );
    }
    match named {
        None if decision.basis == concord_domain::DecisionBasis::Consensus => {
            i18n.msg("minutes-basis-consensus-alone")
        }
        None => stated,
        Some(q) => i18n.fmt(
            "minutes-basis-with-question",
            &[
                ("basis", FluentValue::from(stated)),
                ("number", FluentValue::from(q.number)),
            ],
        ),
    }
}

/// Decisions in the order the minutes print them: by agenda item, then those under no item.
/// Their numbers follow this order, so a reader finds Decision 2 after Decision 1.
fn decision_order<'a>(input: &MinutesInput<'a>) -> Vec<&'a Decision> {
    let mut ordered: Vec<&Decision> = input
        .agenda
        .iter()
        .flat_map(|item| {
            input
                .decisions
                .iter()
                .filter(move |d| d.agenda_item_id == Some(item.id))
        })
        .collect();
    ordered.extend(input.decisions.iter().filter(|d| {
        d.agenda_item_id
            .is_none_or(|id| !input.agenda.iter().any(|i| i.id == id))
    }));
    ordered
}
