//! What a meeting records beyond its notes: decisions, action items, and the addenda that
//! correct approved minutes without changing them.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::validation::{Checker, FieldError, FieldProblem};

/// Longest note, decision or addendum text accepted (characters).
pub const MAX_LONG_TEXT: usize = 20_000;

/// How a decision was reached. A decision settled by a consensus question carries the
/// question's outcome instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DecisionBasis {
    /// Agreed without objection when the chair asked the room.
    Consensus,
    /// Taken by a show of hands under the dialogue's majority rule.
    Majority,
    /// Decided by the focal point (seed 003: persistent impossibility of consensus).
    FocalPoint,
    /// Taken note of; nothing decided.
    Noted,
}

impl DecisionBasis {
    pub const ALL: [DecisionBasis; 4] = [
        DecisionBasis::Consensus,
        DecisionBasis::Majority,
        DecisionBasis::FocalPoint,
        DecisionBasis::Noted,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DecisionBasis::Consensus => "consensus",
            DecisionBasis::Majority => "majority",
            DecisionBasis::FocalPoint => "focal-point",
            DecisionBasis::Noted => "noted",
        }
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

impl Decision {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut check = Checker::default();
        bilingual_text(&mut check, "text", &self.text_zh, &self.text_en);
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
