//! What can go wrong on the command line, named so it can be said in the user's language.

use std::path::PathBuf;

use concord_store::StoreError;
use concord_usecases::{DocumentError, SigningError, UseCaseError};

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
    #[error("schema objects not made by the migrations: {objects}")]
    AuditSchema { objects: String },
    #[error("{given} carries no audit head")]
    AnchorUnreadable { given: String },
    #[error("the audit log no longer holds entry {seq} as anchored ({kind})")]
    AnchorNotHeld {
        seq: i64,
        last: i64,
        kind: &'static str,
    },
    #[error("{path} line {line} column {column}: {reason}")]
    BadContent {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
    /// A file of drawn strokes that is not JSON strokes.
    #[error("{path}: {reason}")]
    BadStrokes { path: PathBuf, reason: String },
    #[error(transparent)]
    Signing(#[from] SigningError),
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
    /// An output path that is the database, a sidecar, a backup or a key.
    #[error("{path} is Concord's {what}, not a place for an output")]
    ProtectedOutput { path: PathBuf, what: &'static str },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A use case refused what it was given; it says why itself.
    #[error(transparent)]
    Refused(UseCaseError),
    /// The Vision's two texts do not pair up.
    #[error(transparent)]
    VisionInput(concord_vision::InputError),
    #[error("{path} is not UTF-8 text")]
    NotUtf8 { path: PathBuf },
}

impl CliError {
    /// The Fluent id and variables of the message for this error.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            CliError::Store(StoreError::Sqlite(e)) if concord_store::is_busy(e) => busy_message(),
            CliError::Store(e) => e.message(),
            CliError::Document(e) => ("error-pdf", vec![("reason", e.to_string())]),
            CliError::Read { path, source } => (
                "csv-error-read",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            CliError::Refused(e) => e.message(),
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
            CliError::AuditSchema { objects } => (
                "tamper-verify-schema-summary",
                vec![("objects", objects.clone())],
            ),
            CliError::AnchorUnreadable { given } => {
                ("tamper-anchor-unreadable", vec![("source", given.clone())])
            }
            CliError::AnchorNotHeld { seq, last, kind } => (
                "tamper-anchor-not-held",
                vec![
                    ("seq", seq.to_string()),
                    ("last", last.to_string()),
                    ("kind", (*kind).to_owned()),
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
            CliError::BadStrokes { path, reason } => (
                "pledge-cli-bad-strokes",
                vec![
                    ("path", path.display().to_string()),
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
            CliError::ProtectedOutput { path, what } => (
                match *what {
                    "keys" => "cli-error-output-keys",
                    "backups" => "cli-error-output-backups",
                    _ => "cli-error-output-database",
                },
                vec![("path", path.display().to_string())],
            ),
            CliError::VisionInput(e) => (
                e.message_id(),
                match e {
                    concord_vision::InputError::CountsDiffer { zh, en } => {
                        vec![("zh", zh.to_string()), ("en", en.to_string())]
                    }
                    concord_vision::InputError::Empty => vec![],
                },
            ),
            CliError::NotUtf8 { path } => (
                "vision-cli-not-utf8",
                vec![("path", path.display().to_string())],
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

    /// The exit codes, as README.md's table lists them: 1 Concord itself failed, 2 something
    /// the person can fix, 3 a check found a problem in a file or the record, 4 another
    /// program has the database and the command can be tried again later.
    pub fn exit_code(&self) -> i32 {
        use concord_store::StoreError as S;
        match self {
            CliError::Store(S::Sqlite(e)) if concord_store::is_busy(e) => 4,
            CliError::Store(S::InUse { .. }) => 4,
            CliError::Store(S::Sqlite(_) | S::Corrupt(_)) | CliError::Document(_) => 1,
            CliError::Signing(SigningError::Crypto(_)) => 1,
            CliError::AuditBroken { .. } | CliError::AuditOutside { .. } => 3,
            CliError::AuditSchema { .. } | CliError::AnchorNotHeld { .. } => 3,
            CliError::SignaturesInvalid { .. } | CliError::Unsigned { .. } => 3,
            CliError::Damaged { .. } | CliError::Store(S::Damaged { .. }) => 3,
            _ => 2,
        }
    }
}

/// A use case's failure as the command line names it. Where the command line says more (the
/// membership form's fields in the person's language) the command maps the error itself.
impl From<UseCaseError> for CliError {
    fn from(error: UseCaseError) -> Self {
        match error {
            UseCaseError::Store(e) => CliError::Store(e),
            UseCaseError::Document(e) => CliError::Document(e),
            UseCaseError::Signing(e) => CliError::Signing(e),
            UseCaseError::MembershipFormIncomplete { problems } => {
                CliError::MembershipFormIncomplete {
                    count: problems.len(),
                    fields: problems
                        .iter()
                        .map(|p| format!("  - {}", p.field))
                        .collect::<Vec<_>>()
                        .join("\n"),
                }
            }
            UseCaseError::NoCustomDeclaration => CliError::NoCustomDeclaration,
            UseCaseError::WrongDeclarationKind { id, kind } => {
                CliError::WrongDeclarationKind { id, kind }
            }
            e @ (UseCaseError::ScenarioRows { .. }
            | UseCaseError::ScenarioNameEmpty
            | UseCaseError::NoAdoptedVision
            | UseCaseError::VisionParagraphAmended { .. }) => CliError::Refused(e),
        }
    }
}

/// "Another program is writing": named when the lock beside the database says who.
fn busy_message() -> (&'static str, Vec<(&'static str, String)>) {
    let holders = crate::output::database()
        .map(concord_store::lock::holders)
        .unwrap_or_default();
    if holders.is_empty() {
        ("lock-error-busy", vec![])
    } else {
        (
            "lock-error-busy-named",
            vec![("holders", holders.join(", "))],
        )
    }
}
