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
    #[error("{path} line {line} column {column}: {reason}")]
    BadContent {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error(transparent)]
    Signing(#[from] concord_signing::SigningError),
    #[error("{path} is not a PDF: {reason}")]
    NotPdf { path: PathBuf, reason: String },
    #[error("{path} has no signature")]
    Unsigned { path: PathBuf },
    #[error("{invalid} of {total} signatures in {path} do not hold")]
    SignaturesInvalid {
        path: PathBuf,
        invalid: usize,
        total: usize,
    },
    #[error("the membership form is incomplete: {count} fields")]
    MembershipFormIncomplete { count: usize, fields: String },
    #[error("no declaration other than the membership declaration")]
    NoCustomDeclaration,
    #[error("declaration {id} is not of kind {kind}")]
    WrongDeclarationKind { id: i64, kind: &'static str },
    #[error("meeting {meeting} is planned for {planned}, not {today}")]
    OpenOnAnotherDay {
        meeting: i64,
        planned: String,
        today: String,
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
            CliError::BadContent {
                path,
                line,
                column,
                reason,
            } => (
                "cli-bench-bad-content",
                vec![
                    ("path", path.display().to_string()),
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            CliError::Signing(e) => e.message(),
            CliError::NotPdf { path, reason } => (
                "signing-error-not-pdf-file",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            CliError::Unsigned { path } => (
                "signing-verify-unsigned",
                vec![("path", path.display().to_string())],
            ),
            CliError::SignaturesInvalid {
                path,
                invalid,
                total,
            } => (
                "signing-verify-failed",
                vec![
                    ("path", path.display().to_string()),
                    ("invalid", invalid.to_string()),
                    ("total", total.to_string()),
                ],
            ),
            CliError::MembershipFormIncomplete { count, fields } => (
                "decl-error-form-incomplete",
                vec![("count", count.to_string()), ("fields", fields.clone())],
            ),
            CliError::NoCustomDeclaration => ("decl-error-no-custom", vec![]),
            CliError::WrongDeclarationKind { id, kind } => (
                "decl-error-wrong-kind",
                vec![("id", id.to_string()), ("kind", (*kind).to_owned())],
            ),
            CliError::OpenOnAnotherDay {
                meeting,
                planned,
                today,
            } => (
                "cli-error-open-another-day",
                vec![
                    ("meeting", meeting.to_string()),
                    ("planned", planned.clone()),
                    ("today", today.clone()),
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
            // A signature that does not hold is a finding about the file, like a failed check.
            CliError::SignaturesInvalid { .. } | CliError::Unsigned { .. } => 1,
            CliError::Signing(concord_signing::SigningError::Crypto(_)) => 1,
            _ => 2,
        }
    }
}
