//! Errors cross into the UI as `{ code, message, fields }` with a localized message.

use concord_domain::FieldError;
use concord_i18n::{FluentValue, I18n};
use concord_store::StoreError;

use crate::dto::{ApiError, FieldMessage};

impl ApiError {
    pub fn store(error: &StoreError, i18n: &I18n) -> ApiError {
        if let StoreError::Invalid(errors) = error {
            return ApiError::validation(errors, i18n);
        }
        let (id, args) = error.message();
        let code = match error {
            StoreError::Lifecycle(_) | StoreError::Question(_) => "refused",
            StoreError::QuestionNotFound(_)
            | StoreError::RoundNotFound(_)
            | StoreError::DeclarationNotFound(_) => "not-found",
            StoreError::DeclarationSigned { .. } | StoreError::SignatureOutOfTurn { .. } => {
                "refused"
            }
            StoreError::InvalidSignature(_) => "validation",
            StoreError::RecordNotFound { .. } => "not-found",
            StoreError::NoDialogue => "no-dialogue",
            StoreError::DialogueExists { .. } => "dialogue-exists",
            StoreError::MeetingNotFound(_)
            | StoreError::NoMeetings
            | StoreError::StakeholderNotFound(_) => "not-found",
            StoreError::StakeholderErased(_) => "erased",
            StoreError::NewerSchema { .. } => "newer-schema",
            _ => "database",
        };
        ApiError {
            code: code.into(),
            message: i18n.fmt_text(id, &args),
            fields: Vec::new(),
        }
    }

    /// All problems of a form at once, each with its field path.
    pub fn validation(errors: &[FieldError], i18n: &I18n) -> ApiError {
        let count = FluentValue::from(errors.len());
        ApiError {
            code: "validation".into(),
            message: i18n.fmt("error-validation", &[("count", count)]),
            fields: errors
                .iter()
                .map(|e| FieldMessage {
                    field: e.field.clone(),
                    message: i18n.msg(e.problem.message_id()),
                })
                .collect(),
        }
    }

    /// A file refused whole: every problem (row, column, reason) already said, the first as
    /// the message.
    pub fn file_problems(problems: Vec<String>) -> ApiError {
        ApiError {
            code: "invalid".into(),
            message: problems.first().cloned().unwrap_or_default(),
            fields: problems
                .into_iter()
                .map(|message| FieldMessage {
                    field: "file".into(),
                    message,
                })
                .collect(),
        }
    }

    pub fn internal(reason: &str, i18n: &I18n) -> ApiError {
        ApiError {
            code: "internal".into(),
            message: i18n.fmt_text("error-internal", &[("reason", reason.to_owned())]),
            fields: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::FieldProblem;
    use concord_i18n::Locale;

    #[test]
    fn validation_errors_are_localized_per_field() {
        let errors = [FieldError {
            field: "focalPoint.email".into(),
            problem: FieldProblem::InvalidEmail,
        }];
        let zh = ApiError::validation(&errors, &I18n::new(Locale::ZhCn));
        assert_eq!(zh.code, "validation");
        assert_eq!(zh.message, "有 1 处需要修改。");
        assert_eq!(zh.fields[0].field, "focalPoint.email");
        assert!(
            zh.fields[0].message.contains("电子邮箱"),
            "{}",
            zh.fields[0].message
        );
    }

    #[test]
    fn store_errors_carry_a_code_and_a_sentence() {
        let en = ApiError::store(&StoreError::NoDialogue, &I18n::new(Locale::En));
        assert_eq!(en.code, "no-dialogue");
        assert!(
            en.message.starts_with("There is no dialogue"),
            "{}",
            en.message
        );
    }
}
