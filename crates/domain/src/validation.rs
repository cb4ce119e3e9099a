//! Field-level validation results, named so the edge can localize them.

use serde::{Deserialize, Serialize};

/// What is wrong with one field. The edge turns `problem` into a Fluent message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `focal_point.email`.
    pub field: String,
    pub problem: FieldProblem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldProblem {
    Required,
    InvalidEmail,
    InvalidPhone,
    TooLong,
    OutOfRange,
    /// Neither a Chinese nor an English name (the register).
    NameRequired,
    /// "Other" disadvantaged group ticked without saying which.
    OtherGroupRequired,
    /// A consent date without the notice that was agreed to.
    ConsentNoticeRequired,
    /// A majority, a casting vote or the focal point's decision names no question that reached it.
    BasisNeedsQuestion,
    /// The basis does not agree with how the named question was settled (or it is not settled).
    BasisDisagrees,
    /// The named question is not one of this meeting's.
    QuestionElsewhere,
    /// A control character (NUL, escape, …) that no one types and no document can print.
    ControlCharacter,
}

impl FieldProblem {
    /// The Fluent id of the message that explains this problem.
    pub fn message_id(self) -> &'static str {
        match self {
            FieldProblem::Required => "error-field-required",
            FieldProblem::InvalidEmail => "error-field-email",
            FieldProblem::InvalidPhone => "error-field-phone",
            FieldProblem::TooLong => "error-field-too-long",
            FieldProblem::OutOfRange => "error-field-range",
            FieldProblem::NameRequired => "register-error-name-required",
            FieldProblem::OtherGroupRequired => "register-error-other-group",
            FieldProblem::ConsentNoticeRequired => "register-error-consent-notice",
            FieldProblem::BasisNeedsQuestion => "meetings-error-basis-needs-question",
            FieldProblem::BasisDisagrees => "meetings-error-basis-disagrees",
            FieldProblem::QuestionElsewhere => "meetings-error-question-elsewhere",
            FieldProblem::ControlCharacter => "error-field-control",
        }
    }
}

/// Collects field errors while a form is checked.
#[derive(Debug, Default)]
pub(crate) struct Checker {
    pub errors: Vec<FieldError>,
}

pub(crate) const MAX_TEXT: usize = 500;

impl Checker {
    pub fn push(&mut self, field: &str, problem: FieldProblem) {
        self.errors.push(FieldError {
            field: field.to_owned(),
            problem,
        });
    }

    pub fn required(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(field, FieldProblem::Required);
        } else {
            self.length(field, value);
        }
    }

    /// A text field: not too long, and no control character other than a line break or a tab
    /// (a NUL or an escape pasted into a name would reach terminals and documents).
    /// A text kept in both languages, `{field}Zh` and `{field}En`: at least one of them is
    /// given, or both are named as required.
    pub fn either(&mut self, field: &str, zh: &str, en: &str) {
        let (zh_path, en_path) = (format!("{field}Zh"), format!("{field}En"));
        if zh.trim().is_empty() && en.trim().is_empty() {
            self.push(&zh_path, FieldProblem::Required);
            self.push(&en_path, FieldProblem::Required);
        } else {
            self.length(&zh_path, zh);
            self.length(&en_path, en);
        }
    }

    /// Both languages of a text, `{field}Zh` and `{field}En`, each required.
    pub fn both(&mut self, field: &str, zh: &str, en: &str) {
        self.required(&format!("{field}Zh"), zh);
        self.required(&format!("{field}En"), en);
    }

    /// An optional text kept in both languages: neither, or both (each then required).
    pub fn both_or_neither(&mut self, field: &str, zh: &str, en: &str) {
        if zh.trim().is_empty() && en.trim().is_empty() {
            self.length(&format!("{field}Zh"), zh);
            self.length(&format!("{field}En"), en);
        } else {
            self.both(field, zh, en);
        }
    }

    pub fn length(&mut self, field: &str, value: &str) {
        if value.chars().count() > MAX_TEXT {
            self.push(field, FieldProblem::TooLong);
        }
        if value
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            self.push(field, FieldProblem::ControlCharacter);
        }
    }

    pub fn email(&mut self, field: &str, value: &str, required: bool) {
        let value = value.trim();
        if value.is_empty() {
            if required {
                self.push(field, FieldProblem::Required);
            }
        } else if !is_email(value) {
            self.push(field, FieldProblem::InvalidEmail);
        }
    }

    pub fn phone(&mut self, field: &str, value: &str) {
        let value = value.trim();
        if !value.is_empty() && !is_phone(value) {
            self.push(field, FieldProblem::InvalidPhone);
        }
    }
}

/// A pragmatic e-mail check: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

/// Digits with the usual separators and an optional leading `+`; at least six digits.
pub fn is_phone(value: &str) -> bool {
    let body = value.strip_prefix('+').unwrap_or(value);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    digits >= 6
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || " -()./".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(is_email("li.na@weinan.gov.cn"));
        assert!(!is_email("li.na@weinan"));
        assert!(!is_email("li na@weinan.gov.cn"));
        assert!(!is_email("@weinan.gov.cn"));
        assert!(!is_email("a@b@c.cn"));
        assert!(!is_email("a@b..cn"));
    }

    #[test]
    fn phones() {
        assert!(is_phone("+86 913 212 3456"));
        assert!(is_phone("(0913) 212-3456"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("call me"));
    }
}
