//! What a meeting records beyond its notes: decisions, action items, and the addenda that
//! correct approved minutes without changing them.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::consensus::Outcome;
use crate::validation::{Checker, FieldError, FieldProblem};

/// Longest note, decision or addendum text accepted (characters).
pub const MAX_LONG_TEXT: usize = 20_000;

/// How a decision was reached. Only `Consensus` (agreed without a formal round) and `Noted`
/// stand without a question; the others are the outcome of the question the decision names,
/// and must agree with how that question was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DecisionBasis {
    /// Adopted by consensus: by a question settled so, or, naming no question, agreed without
    /// objection when the chair asked the room (no formal round).
    Consensus,
    /// The outcome of a question under a majority rule: adopted, or voted down.
    Majority,
    /// An exact tie under a majority rule, settled by the focal point's casting vote.
    CastingVote,
    /// Decided by the focal point after consensus persistently failed on the question (seed 003).
    FocalPoint,
    /// Taken note of; nothing decided.
    Noted,
}

impl DecisionBasis {
    pub const ALL: [DecisionBasis; 5] = [
        DecisionBasis::Consensus,
        DecisionBasis::Majority,
        DecisionBasis::CastingVote,
        DecisionBasis::FocalPoint,
        DecisionBasis::Noted,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DecisionBasis::Consensus => "consensus",
            DecisionBasis::Majority => "majority",
            DecisionBasis::CastingVote => "casting-vote",
            DecisionBasis::FocalPoint => "focal-point",
            DecisionBasis::Noted => "noted",
        }
    }

    /// The basis of a decision taken by a question settled with `outcome`; `None` while the
    /// question is not decided (a round without quorum settles nothing).
    pub fn of_outcome(outcome: &Outcome) -> Option<DecisionBasis> {
        match outcome {
            Outcome::Consensus { .. } => Some(DecisionBasis::Consensus),
            Outcome::Majority { .. } | Outcome::Rejected => Some(DecisionBasis::Majority),
            Outcome::CastingVote { .. } => Some(DecisionBasis::CastingVote),
            Outcome::FocalPointDecision { .. } => Some(DecisionBasis::FocalPoint),
            Outcome::NoQuorum => None,
        }
    }

    /// Whether a decision naming no question may carry this basis.
    pub fn stands_alone(self) -> bool {
        matches!(self, DecisionBasis::Consensus | DecisionBasis::Noted)
    }

    pub fn from_key(key: &str) -> Option<DecisionBasis> {
        DecisionBasis::ALL.into_iter().find(|b| b.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub agenda_item_id: Option<i64>,
    pub text_zh: String,
    pub text_en: String,
    pub basis: DecisionBasis,
    /// The consensus question that settled it, if one did.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub question_id: Option<i64>,
}

/// What a decision's basis is checked against: the question it names, as the store holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamedQuestion<'a> {
    pub meeting_id: i64,
    /// Its outcome once decided; `None` while it is open.
    pub outcome: Option<&'a Outcome>,
}

impl Decision {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut check = Checker::default();
        bilingual_text(&mut check, "text", &self.text_zh, &self.text_en);
        check.errors
    }

    /// Whether the basis agrees with the question the decision names (`named`: `None` when
    /// `question_id` names no question in the database). A majority, a casting vote or the focal
    /// point's decision is only ever the outcome of a question of the same meeting; "noted"
    /// claims nothing and goes with any question of the meeting. The schema's triggers hold
    /// the same rule.
    pub fn basis_errors(
        &self,
        meeting_id: i64,
        named: Option<NamedQuestion<'_>>,
    ) -> Vec<FieldError> {
        let mut check = Checker::default();
        match (self.question_id, named) {
            (None, _) => {
                if !self.basis.stands_alone() {
                    check.push("basis", FieldProblem::BasisNeedsQuestion);
                }
            }
            (Some(_), Some(q)) if q.meeting_id == meeting_id => {
                let agrees = self.basis == DecisionBasis::Noted
                    || q.outcome.and_then(DecisionBasis::of_outcome) == Some(self.basis);
                if !agrees {
                    check.push("basis", FieldProblem::BasisDisagrees);
                }
            }
            (Some(_), _) => check.push("questionId", FieldProblem::QuestionElsewhere),
        }
        check.errors
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Open,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Open,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ActionItem {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub agenda_item_id: Option<i64>,
    pub what_zh: String,
    pub what_en: String,
    /// Who does it, from the register.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub owner_id: Option<i64>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
}

impl ActionItem {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut check = Checker::default();
        bilingual_text(&mut check, "what", &self.what_zh, &self.what_en);
        check.errors
    }
}

/// A correction to approved minutes. The original stays; the addendum says what it corrects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Addendum {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    /// Numbered from 1 within the meeting.
    pub number: u32,
    /// The part of the minutes corrected, e.g. "Agenda item 3, notes" (in either language).
    pub corrects: String,
    pub text_zh: String,
    pub text_en: String,
    pub by: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub at: NaiveDateTime,
}

impl Addendum {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut check = Checker::default();
        check.required("corrects", &self.corrects);
        bilingual_text(&mut check, "text", &self.text_zh, &self.text_en);
        check.required("by", &self.by);
        check.errors
    }
}

/// One of the two languages is enough; neither may be too long.
fn bilingual_text(check: &mut Checker, field: &str, zh: &str, en: &str) {
    if zh.trim().is_empty() && en.trim().is_empty() {
        check.push(field, FieldProblem::Required);
    }
    for (suffix, value) in [("Zh", zh), ("En", en)] {
        if value.chars().count() > MAX_LONG_TEXT {
            check.push(&format!("{field}{suffix}"), FieldProblem::TooLong);
        }
    }
}

/// Notes per agenda item: either language, bounded length.
pub fn validate_notes(zh: &str, en: &str) -> Vec<FieldError> {
    let mut check = Checker::default();
    for (field, value) in [("notesZh", zh), ("notesEn", en)] {
        if value.chars().count() > MAX_LONG_TEXT {
            check.push(field, FieldProblem::TooLong);
        }
    }
    check.errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_language_is_enough_and_none_is_refused() {
        let mut d = Decision {
            id: 0,
            agenda_item_id: None,
            text_zh: "通过愿景草案".into(),
            text_en: String::new(),
            basis: DecisionBasis::Consensus,
            question_id: None,
        };
        assert!(d.validate().is_empty());
        d.text_zh = "  ".into();
        assert_eq!(d.validate()[0].field, "text");
        d.text_en = "x".repeat(MAX_LONG_TEXT + 1);
        assert_eq!(d.validate()[0].field, "textEn");
    }

    #[test]
    fn an_addendum_names_what_it_corrects_and_who_wrote_it() {
        let a = Addendum {
            id: 0,
            number: 1,
            corrects: String::new(),
            text_zh: String::new(),
            text_en: "Read 42 instead of 24.".into(),
            by: String::new(),
            at: NaiveDate::from_ymd_opt(2026, 11, 24)
                .and_then(|d| d.and_hms_opt(9, 0, 0))
                .expect("time"),
        };
        let fields: Vec<_> = a.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["corrects", "by"]);
    }

    fn decision(basis: DecisionBasis, question_id: Option<i64>) -> Decision {
        Decision {
            id: 0,
            agenda_item_id: None,
            text_zh: String::new(),
            text_en: "The vision is adopted.".into(),
            basis,
            question_id,
        }
    }

    fn problems(d: &Decision, named: Option<NamedQuestion<'_>>) -> Vec<(String, FieldProblem)> {
        d.basis_errors(7, named)
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    }

    #[test]
    fn without_a_question_only_agreement_in_the_room_or_a_note_stands() {
        for basis in DecisionBasis::ALL {
            let found = problems(&decision(basis, None), None);
            if basis.stands_alone() {
                assert!(found.is_empty(), "{basis:?}");
            } else {
                assert_eq!(
                    found,
                    [("basis".to_owned(), FieldProblem::BasisNeedsQuestion)],
                    "{basis:?}"
                );
            }
        }
        assert!(!DecisionBasis::FocalPoint.stands_alone());
        assert!(!DecisionBasis::Majority.stands_alone());
        assert!(!DecisionBasis::CastingVote.stands_alone());
    }

    #[test]
    fn a_named_question_dictates_the_basis() {
        let failed_once = None;
        let focal = Outcome::FocalPointDecision {
            adopt: true,
            rationale: "Persistent disagreement.".into(),
        };
        let of = |outcome| {
            Some(NamedQuestion {
                meeting_id: 7,
                outcome,
            })
        };
        let fp = decision(DecisionBasis::FocalPoint, Some(3));
        // The issue's case: a question that failed once, still open, named by a focal-point decision.
        assert_eq!(
            problems(&fp, of(failed_once)),
            [("basis".to_owned(), FieldProblem::BasisDisagrees)]
        );
        assert!(problems(&fp, of(Some(&focal))).is_empty());
        assert_eq!(
            problems(&fp, of(Some(&Outcome::Rejected))),
            [("basis".to_owned(), FieldProblem::BasisDisagrees)]
        );
        let majority = decision(DecisionBasis::Majority, Some(3));
        assert!(problems(&majority, of(Some(&Outcome::Rejected))).is_empty());
        assert!(problems(&majority, of(Some(&Outcome::Majority { weak: true }))).is_empty());
        let cast = decision(DecisionBasis::CastingVote, Some(3));
        assert!(problems(&cast, of(Some(&Outcome::CastingVote { adopt: false }))).is_empty());
        let consensus = decision(DecisionBasis::Consensus, Some(3));
        assert_eq!(
            problems(&consensus, of(Some(&Outcome::Majority { weak: false }))),
            [("basis".to_owned(), FieldProblem::BasisDisagrees)]
        );
        assert_eq!(
            problems(&consensus, of(Some(&Outcome::NoQuorum))),
            [("basis".to_owned(), FieldProblem::BasisDisagrees)]
        );
        let noted = decision(DecisionBasis::Noted, Some(3));
        assert!(problems(&noted, of(failed_once)).is_empty());
        // A question of another meeting, or none at all.
        let elsewhere = Some(NamedQuestion {
            meeting_id: 8,
            outcome: Some(&focal),
        });
        assert_eq!(
            problems(&fp, elsewhere),
            [("questionId".to_owned(), FieldProblem::QuestionElsewhere)]
        );
        assert_eq!(
            problems(&noted, None),
            [("questionId".to_owned(), FieldProblem::QuestionElsewhere)]
        );
    }

    #[test]
    fn every_outcome_that_settles_has_a_basis() {
        let settled = [
            Outcome::Consensus { weak: false },
            Outcome::Majority { weak: false },
            Outcome::CastingVote { adopt: true },
            Outcome::FocalPointDecision {
                adopt: false,
                rationale: "r".into(),
            },
            Outcome::Rejected,
        ];
        for outcome in &settled {
            let basis = DecisionBasis::of_outcome(outcome).expect("a basis");
            assert_ne!(basis, DecisionBasis::Noted);
        }
        assert_eq!(DecisionBasis::of_outcome(&Outcome::NoQuorum), None);
    }

    #[test]
    fn keys_round_trip() {
        for b in DecisionBasis::ALL {
            assert_eq!(DecisionBasis::from_key(b.key()), Some(b));
        }
        for s in ActionStatus::ALL {
            assert_eq!(ActionStatus::from_key(s.key()), Some(s));
        }
    }
}
