//! How a command runs a use case of `concord-usecases`: on the open store, its error said in
//! the interface language as an `ApiError`.

use concord_i18n::FluentValue;
use concord_store::Store;
use concord_usecases::declarations::describe_form_problems;
use concord_usecases::{Language, UseCaseError};

use crate::commands_meetings::ExportLanguage;
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

impl AppState {
    /// Runs `f` on the store and turns its error into a localized `ApiError`.
    pub fn with_use_case<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, UseCaseError>,
    ) -> Result<T, ApiError> {
        self.with_store(|store| Ok(f(store)))?
            .map_err(|e| ApiError::use_case(e, &self.i18n()))
    }
}

impl ApiError {
    pub fn use_case(error: UseCaseError, i18n: &concord_i18n::I18n) -> ApiError {
        let (code, fields) = match error {
            UseCaseError::Store(e) => return ApiError::store(&e, i18n),
            UseCaseError::Document(e) => return ApiError::internal(&e.to_string(), i18n),
            UseCaseError::MembershipFormIncomplete { problems } => {
                let count = problems.len();
                return ApiError {
                    code: "form-incomplete".into(),
                    message: i18n.fmt(
                        "decl-ui-form-incomplete",
                        &[("count", FluentValue::from(count))],
                    ),
                    fields: describe_form_problems(problems, i18n)
                        .into_iter()
                        .map(|p| FieldMessage {
                            field: p.field,
                            message: format!("{}: {}", p.label, p.message),
                        })
                        .collect(),
                };
            }
            UseCaseError::ScenarioRows { problems } => {
                return ApiError {
                    code: "invalid".into(),
                    message: i18n.fmt(
                        "bau-error-rows-invalid",
                        &[("count", FluentValue::from(problems.len()))],
                    ),
                    fields: crate::commands_bau::cell_fields(&problems),
                };
            }
            ref e @ UseCaseError::ScenarioNameEmpty => ("invalid", e.message()),
            ref e @ UseCaseError::Signing(_) => ("signing", e.message()),
            ref e @ UseCaseError::NoCustomDeclaration => ("not-found", e.message()),
            ref e @ UseCaseError::NoAdoptedVision => ("not-found", e.message()),
            ref e @ UseCaseError::VisionParagraphAmended { .. } => ("refused", e.message()),
            ref e @ UseCaseError::WrongDeclarationKind { .. } => ("refused", e.message()),
        };
        let (id, args) = fields;
        ApiError {
            code: code.into(),
            message: i18n.fmt_text(id, &args),
            fields: Vec::new(),
        }
    }
}

impl ExportLanguage {
    pub fn document(self) -> Language {
        match self {
            ExportLanguage::En => Language::En,
            ExportLanguage::ZhCn => Language::ZhCn,
            ExportLanguage::Bilingual => Language::Bilingual,
        }
    }
}
