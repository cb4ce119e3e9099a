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
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the import was refused: {count} problems")]
    ImportRefused { count: usize },
    #[error("the database {path} is damaged: {problem}")]
    Damaged {
        path: PathBuf,
        problem: String,
        backup: Option<PathBuf>,
    },
    #[error("audit entry {seq} is {kind}")]
    AuditBroken { seq: i64, kind: &'static str },
    #[error("{count} records changed outside the audit log, first {table} {key}")]
    AuditOutside {
        table: String,
        key: String,
        count: usize,
    },
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
            CliError::Read { path, source } => (
                "csv-error-read",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            CliError::ImportRefused { count } => {
                ("csv-import-failed", vec![("count", count.to_string())])
            }
            CliError::Damaged {
                path,
                problem,
                backup,
            } => (
                match backup {
                    Some(_) => "safety-cli-damaged",
                    None => "safety-cli-damaged-no-backup",
                },
                vec![
                    ("path", path.display().to_string()),
                    ("problem", problem.clone()),
                    (
                        "backup",
                        backup
                            .as_ref()
                            .map(|b| b.display().to_string())
                            .unwrap_or_default(),
                    ),
                ],
            ),
            CliError::AuditBroken { seq, kind } => (
                "audit-verify-broken",
                vec![("seq", seq.to_string()), ("kind", (*kind).to_owned())],
            ),
            CliError::AuditOutside { table, key, count } => (
                "audit-verify-outside",
                vec![
                    ("table", table.clone()),
                    ("key", key.clone()),
                    ("count", count.to_string()),
                ],
            ),
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
            // A broken audit chain is a finding, not a mistake to fix: 3, like a failed check.
            CliError::AuditBroken { .. } | CliError::AuditOutside { .. } => 3,
            _ => 2,
        }
    }
}
