//! The use cases' one error type. Each shell maps it: the window to `ApiError`, the command
//! line to a message and an exit code; `message` gives the Fluent id and variables for both.

use concord_domain::FieldError;
use concord_store::StoreError;

pub use concord_documents::DocumentError;
pub use concord_signing::SigningError;

#[derive(Debug, thiserror::Error)]
pub enum UseCaseError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Document(#[from] DocumentError),
    #[error(transparent)]
    Signing(#[from] SigningError),
    /// The membership declaration is refused until the focal point's form is complete.
    #[error("the membership form is incomplete: {} fields", problems.len())]
    MembershipFormIncomplete { problems: Vec<FieldError> },
    #[error("no declaration other than the membership declaration")]
    NoCustomDeclaration,
    #[error("declaration {id} is not of kind {kind}")]
    WrongDeclarationKind { id: i64, kind: &'static str },
    /// A scenario's rows as typed have problems; each names its cell.
    #[error("{} scenario cells have problems", problems.len())]
    ScenarioRows {
        problems: Vec<crate::bau::CellProblem>,
    },
    #[error("a scenario needs a name")]
    ScenarioNameEmpty,
    #[error("no version of the Vision is adopted")]
    NoAdoptedVision,
    /// A draft's paragraph that an amendment names stays in the draft.
    #[error("paragraph {key} has amendments and cannot be removed")]
    VisionParagraphAmended { key: u32 },
}

impl UseCaseError {
    /// The Fluent id and variables of the message for this error.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            UseCaseError::Store(e) => e.message(),
            UseCaseError::Document(e) => ("error-pdf", vec![("reason", e.to_string())]),
            UseCaseError::Signing(e) => e.message(),
            UseCaseError::MembershipFormIncomplete { problems } => (
                "decl-error-form-incomplete",
                vec![
                    ("count", problems.len().to_string()),
                    (
                        "fields",
                        problems
                            .iter()
                            .map(|p| p.field.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            ),
            UseCaseError::NoCustomDeclaration => ("decl-error-no-custom", vec![]),
            UseCaseError::WrongDeclarationKind { id, kind } => (
                "decl-error-wrong-kind",
                vec![("id", id.to_string()), ("kind", (*kind).to_owned())],
            ),
            UseCaseError::ScenarioRows { problems } => (
                "bau-error-rows-invalid",
                vec![("count", problems.len().to_string())],
            ),
            UseCaseError::ScenarioNameEmpty => ("bau-error-name-empty", vec![]),
            UseCaseError::NoAdoptedVision => ("vision-doc-error-no-adopted", vec![]),
            UseCaseError::VisionParagraphAmended { key } => (
                "vision-ui-error-paragraph-amended",
                vec![("key", key.to_string())],
            ),
        }
    }
}
