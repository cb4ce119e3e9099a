//! What can go wrong on the command line, named so it can be said in the user's language.

use std::path::PathBuf;

use concord_documents::DocumentError;
use concord_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Document(#[from] DocumentError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl CliError {
    /// The Fluent id and variables of the message for this error.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            CliError::Store(e) => e.message(),
            CliError::Document(e) => ("error-pdf", vec![("reason", e.to_string())]),
            CliError::Write { path, source } => (
                "error-write-file",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
        }
    }

    /// 2 for what the user can fix (a missing meeting, a wrong file), 1 for the rest.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Store(StoreError::Sqlite(_) | StoreError::Corrupt(_))
            | CliError::Document(_) => 1,
            _ => 2,
        }
    }
}
