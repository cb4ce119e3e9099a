//! The SQLite store: one database file per dialogue, every write in a transaction.
//!
//! Architecture invariant: the store knows domain types, never the UI or the PDF layer.

pub mod archive;
pub mod audit;
pub mod backup;
mod declarations;
mod dialogue;
pub mod fsutil;
pub mod indicators;
mod integrity;
pub mod lock;
mod measures;
mod meeting_minutes;
mod meetings;
pub mod migrations;
pub mod pledge_signatures;
mod questions;
mod scenarios;
mod settings;
mod stakeholders;
mod target_proposals;
mod targets;
mod vision;
mod vision_rows;
pub mod vision_signatures;
mod vision_structure;

pub mod demo;
mod demo_declarations;
mod demo_deficits;
mod demo_measures;
mod demo_questions;
pub mod demo_scenarios;
mod demo_targets;
mod demo_vision;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use archive::ArchiveInfo;
pub use audit::{
    AbsorbedChange, AnchorCheck, AuditAnchor, AuditBreak, AuditEntry, AuditFilter, AuditReport,
    OutsideChange, SchemaChange, SchemaFinding,
};
pub use backup::{BackupInfo, BackupPreview, BackupReason, ReplaceOutcome};
pub use declarations::StoredSignature;
pub use indicators::{OnDuplicateValue, ValueImportCount};
pub use measures::{
    KeyProject, MeasureImportCount, MeasureOwner, MeasureRefusal, MeasureRow, MeasureStatus,
    MeasureTerm, MeasureWrite, ProgressUpdate, ServedTarget, StoredMeasure,
};
pub use meeting_minutes::CarriedAction;
pub use meetings::{MeetingRecord, NewAgendaItem};
pub use pledge_signatures::{PledgeRefusal, PledgeSignature};
pub use scenarios::{ScenarioRecord, ScenarioRefusal};
pub use stakeholders::NewStakeholder;
pub use targets::{NewTarget, StoredTarget, TargetDetails, TargetKind, TargetRefusal, TargetRow};
pub use vision::VisionRefusal;
pub use vision_rows::{AmendmentStatus, NewAmendment, StoredAmendment, StoredVersion};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("cannot create the folder {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the database has schema version {found}; this build knows up to {known}")]
    NewerSchema { found: u32, known: u32 },
    #[error("the database holds no dialogue yet")]
    NoDialogue,
    #[error("the database already holds a dialogue ({city})")]
    DialogueExists { city: String },
    #[error("no meeting {0}")]
    MeetingNotFound(i64),
    #[error("the database holds no meetings yet")]
    NoMeetings,
    #[error("no stakeholder {0}")]
    StakeholderNotFound(i64),
    #[error("stakeholder {0} was erased")]
    StakeholderErased(i64),
    #[error("the database holds a value it cannot read: {0}")]
    Corrupt(String),
    #[error("the database {path} is damaged: {}", problems.join("; "))]
    Damaged {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error("{path} is not a Concord archive")]
    NotAnArchive { path: PathBuf },
    #[error("{path} is a Concord archive of format {format}; this build reads format 1")]
    ArchiveFormat { path: PathBuf, format: u16 },
    #[error("{path} is damaged: {reason}")]
    FileDamaged { path: PathBuf, reason: String },
    #[error("{path} holds no dialogue")]
    EmptyFile { path: PathBuf },
    #[error("the database already holds a dialogue ({city}); nothing was replaced")]
    ReplaceRefused { city: String },
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A step the meeting's lifecycle does not allow now (also raised by the schema's triggers).
    #[error("{0}")]
    Lifecycle(concord_domain::LifecycleRefusal),
    /// Fields a person filled in wrongly; nothing was written.
    #[error("{} field(s) need attention", .0.len())]
    Invalid(Vec<concord_domain::FieldError>),
    #[error("no {table} {id}")]
    RecordNotFound { table: &'static str, id: i64 },
    /// A step on a consensus question the rule or the record refuses (also raised by triggers).
    #[error("{0:?}")]
    Question(concord_domain::QuestionRefusal),
    #[error("no question {0}")]
    QuestionNotFound(i64),
    #[error("no round {0}")]
    RoundNotFound(i64),
    #[error("no declaration {0}")]
    DeclarationNotFound(i64),
    #[error("declaration {id} carries {count} drawn signatures")]
    DeclarationSigned { id: i64, count: usize },
    #[error("declaration {declaration} has no signer {role}")]
    SignerNotFound { declaration: i64, role: String },
    #[error("{role} cannot sign before {waiting_for}")]
    SignatureOutOfTurn { role: String, waiting_for: String },
    #[error("the drawn signature is not valid: {0:?}")]
    InvalidSignature(concord_domain::FieldProblem),
    #[error("{0:?}")]
    Scenario(ScenarioRefusal),
    /// The Vision's rules or the schema refused a change to it; nothing was written.
    #[error("{0:?}")]
    Vision(VisionRefusal),
    /// The targets' rules or the schema refused a change; nothing was written.
    #[error("{0:?}")]
    Target(TargetRefusal),
    /// The Local Action Plan's schema refused a change to a measure; nothing was written.
    #[error("{0:?}")]
    Measure(MeasureRefusal),
    /// The pledge's signatures: nothing adopted to sign (also raised by the schema).
    #[error("{0:?}")]
    Pledge(PledgeRefusal),
    #[error("{} scenario row(s) need attention", .0.len())]
    Assumptions(Vec<concord_domain::bau::AssumptionError>),
    /// Indicator values already stored for these indicators and years; nothing was written.
    #[error("values already stored: {0:?}")]
    ValuesAlreadyStored(Vec<(String, i32)>),
    /// Another program has the database open, so it cannot be replaced now.
    #[error("{path} is in use by {}", holders.join(", "))]
    InUse { path: PathBuf, holders: Vec<String> },
    /// Only the demo and the app's first start create a database.
    #[error("{path} does not exist")]
    NoDatabase { path: PathBuf },
    /// A SQLite file of another program, left untouched.
    #[error("{path} is not a Concord database")]
    NotConcord { path: PathBuf },
    /// A file to restore or import whose log or schema shows changes made outside Concord.
    #[error("{path} was changed outside Concord: {report:?}")]
    Tampered {
        path: PathBuf,
        report: Box<AuditReport>,
    },
    /// An archive, or the database inside it, beyond the size an import accepts.
    #[error("{path} is larger than {limit} bytes ({what})")]
    ArchiveTooLarge {
        path: PathBuf,
        what: &'static str,
        limit: u64,
    },
    #[error(transparent)]
    Sqlite(rusqlite::Error),
}

/// The schema's triggers refuse frozen minutes and late attendance with messages that start
/// with `concord:`; those become the lifecycle refusal a person can read.
impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        use concord_domain::LifecycleRefusal as R;
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error
            && let Some(refusal) = concord_domain::QuestionRefusal::from_trigger_message(message)
        {
            return StoreError::Question(refusal);
        }
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error
            && let Some(refusal) = ScenarioRefusal::from_trigger_message(message)
        {
            return StoreError::Scenario(refusal);
        }
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error
            && let Some(refusal) = VisionRefusal::from_trigger_message(message)
        {
            return StoreError::Vision(refusal);
        }
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error
            && let Some(refusal) = TargetRefusal::from_trigger_message(message)
        {
            return StoreError::Target(refusal);
        }
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error
            && let Some(refusal) = MeasureRefusal::from_trigger_message(message)
        {
            return StoreError::Measure(refusal);
        }
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error
            && let Some(refusal) = PledgeRefusal::from_trigger_message(message)
        {
            return StoreError::Pledge(refusal);
        }
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error
            && let Some(field_error) = decision_trigger_error(message)
        {
            return StoreError::Invalid(vec![field_error]);
        }
        let refusal = match &error {
            rusqlite::Error::SqliteFailure(_, Some(message)) => match message.as_str() {
                "concord: minutes frozen" => Some(R::MinutesFrozen),
                "concord: meeting closed" => Some(R::AttendanceAfterClose),
                "concord: addendum before approval" => Some(R::AddendumBeforeApproval),
                _ => None,
            },
            _ => None,
        };
        match refusal {
            Some(refusal) => StoreError::Lifecycle(refusal),
            None => StoreError::Sqlite(error),
        }
    }
}

/// The decision triggers of migration 010 refuse a basis that does not agree with its question;
/// they become the field error the form shows next to the field.
fn decision_trigger_error(message: &str) -> Option<concord_domain::FieldError> {
    use concord_domain::FieldProblem as P;
    let (field, problem) = match message {
        "concord: decision basis needs a question" => ("basis", P::BasisNeedsQuestion),
        "concord: decision basis disagrees" => ("basis", P::BasisDisagrees),
        "concord: decision question elsewhere" => ("questionId", P::QuestionElsewhere),
        _ => return None,
    };
    Some(concord_domain::FieldError {
        field: field.to_owned(),
        problem,
    })
}

impl StoreError {
    /// The Fluent id that explains this error to a person, with its variables.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            StoreError::Open { path, source } => (
                "error-database-open",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            StoreError::CreateDir { path, source } => (
                "error-database-open",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            StoreError::NewerSchema { found, known } => (
                "error-database-newer",
                vec![("found", found.to_string()), ("known", known.to_string())],
            ),
            StoreError::NoDialogue => ("error-no-dialogue", vec![]),
            StoreError::DialogueExists { city } => {
                ("error-dialogue-exists", vec![("city", city.clone())])
            }
            StoreError::MeetingNotFound(id) => {
                ("error-meeting-not-found", vec![("meeting", id.to_string())])
            }
            StoreError::NoMeetings => ("error-no-meetings", vec![]),
            StoreError::StakeholderNotFound(id) => {
                ("register-error-not-found", vec![("id", id.to_string())])
            }
            StoreError::StakeholderErased(id) => {
                ("register-error-erased", vec![("id", id.to_string())])
            }
            StoreError::Corrupt(what) => ("error-database", vec![("reason", what.clone())]),
            StoreError::Damaged { path, problems } => (
                "safety-error-damaged",
                vec![
                    ("path", path.display().to_string()),
                    ("problem", problems.first().cloned().unwrap_or_default()),
                ],
            ),
            StoreError::NotAnArchive { path } => (
                "archive-error-not-archive",
                vec![("path", path.display().to_string())],
            ),
            StoreError::ArchiveFormat { path, format } => (
                "archive-error-format",
                vec![
                    ("path", path.display().to_string()),
                    ("format", format.to_string()),
                ],
            ),
            StoreError::FileDamaged { path, reason } => (
                "safety-error-file-damaged",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            StoreError::EmptyFile { path } => (
                "safety-error-no-dialogue-in-file",
                vec![("path", path.display().to_string())],
            ),
            StoreError::ReplaceRefused { city } => {
                ("safety-error-replace-refused", vec![("city", city.clone())])
            }
            StoreError::Io { path, source } => (
                "safety-error-io",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            StoreError::Lifecycle(refusal) => (refusal.message_id(), vec![]),
            StoreError::Invalid(errors) => (
                "error-fields-invalid",
                vec![("count", errors.len().to_string())],
            ),
            StoreError::RecordNotFound { table, id } => (
                "error-record-not-found",
                vec![("table", (*table).to_owned()), ("id", id.to_string())],
            ),
            StoreError::Question(refusal) => (refusal.message_id(), vec![]),
            StoreError::QuestionNotFound(id) => {
                ("question-error-not-found", vec![("id", id.to_string())])
            }
            StoreError::RoundNotFound(id) => (
                "question-error-round-not-found",
                vec![("id", id.to_string())],
            ),
            StoreError::DeclarationNotFound(id) => {
                ("decl-error-not-found", vec![("id", id.to_string())])
            }
            StoreError::DeclarationSigned { id, count } => (
                "decl-error-signed",
                vec![("id", id.to_string()), ("count", count.to_string())],
            ),
            StoreError::SignerNotFound { declaration, role } => (
                "decl-error-signer-unknown",
                vec![("id", declaration.to_string()), ("role", role.clone())],
            ),
            StoreError::SignatureOutOfTurn { role, waiting_for } => (
                "decl-error-out-of-turn",
                vec![("role", role.clone()), ("name", waiting_for.clone())],
            ),
            StoreError::InvalidSignature(problem) => (
                match problem {
                    concord_domain::FieldProblem::Required => "decl-error-signature-empty",
                    concord_domain::FieldProblem::TooLong => "decl-error-signature-too-long",
                    _ => "decl-error-signature-invalid",
                },
                vec![],
            ),
            StoreError::Scenario(refusal) => refusal.message(),
            StoreError::Vision(refusal) => refusal.message(),
            StoreError::Target(refusal) => refusal.message(),
            StoreError::Measure(refusal) => refusal.message(),
            StoreError::Pledge(refusal) => refusal.message(),
            StoreError::Assumptions(errors) => (
                "bau-error-rows-invalid",
                vec![("count", errors.len().to_string())],
            ),
            StoreError::ValuesAlreadyStored(pairs) => (
                "values-already-stored-list",
                vec![(
                    "pairs",
                    pairs
                        .iter()
                        .map(|(code, year)| format!("{code} {year}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                )],
            ),
            StoreError::InUse { path, holders } => (
                if holders.is_empty() {
                    "lock-error-in-use-unnamed"
                } else {
                    "lock-error-in-use"
                },
                vec![
                    ("path", path.display().to_string()),
                    ("holders", holders.join(", ")),
                ],
            ),
            StoreError::NoDatabase { path } => (
                "lock-error-no-database",
                vec![("path", path.display().to_string())],
            ),
            StoreError::NotConcord { path } => (
                "lock-error-not-concord",
                vec![("path", path.display().to_string())],
            ),
            StoreError::Tampered { path, report } => audit::refusal_message(path, report),
            StoreError::ArchiveTooLarge { path, what, limit } => (
                "tamper-archive-too-large",
                vec![
                    ("path", path.display().to_string()),
                    ("what", (*what).to_owned()),
                    ("megabytes", (limit >> 20).to_string()),
                ],
            ),
            StoreError::Sqlite(e) if is_busy(e) => ("lock-error-busy", vec![]),
            StoreError::Sqlite(e) => ("error-database", vec![("reason", e.to_string())]),
        }
    }
}

/// An open Concord database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Held while the file is open, so nobody replaces it under this connection.
    _lock: Option<lock::DatabaseLock>,
}

/// SQLite gave up waiting for another connection's write.
pub fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// `~/.local/share/concord/concord.db`, or the platform's equivalent data folder.
/// With no home folder there is no default: Concord never falls back to the working folder,
/// where it would create a database nobody would find again.
pub fn default_db_path() -> Option<PathBuf> {
    dirs::data_dir()
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join("concord").join("concord.db"))
}

/// How the default database is named in messages when there is no home folder to put it in.
pub const DEFAULT_DB_DISPLAY: &str = "~/.local/share/concord/concord.db";

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// Only the demo and the app's first start create a database; everything else uses
    /// [`Store::open_existing`].
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::CreateDir {
                path: parent.to_owned(),
                source,
            })?;
        }
        Self::open_file(path, true)
    }

    /// Opens a scratch copy this process made (a restore being prepared) without the lock:
    /// nobody else knows of the file.
    pub(crate) fn open_scratch(path: &Path) -> Result<Store, StoreError> {
        Self::open_file(path, false)
    }

    /// Opens the Concord database at `path`, which must exist: a mistyped path is refused and
    /// nothing is created; a SQLite file of another program is refused untouched.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::NoDatabase {
                path: path.to_owned(),
            });
        }
        if !migrations::is_concord_file(path)? {
            return Err(StoreError::NotConcord {
                path: path.to_owned(),
            });
        }
        Self::open_file(path, true)
    }

    fn open_file(path: &Path, locked: bool) -> Result<Store, StoreError> {
        let lock = if locked {
            let lock = lock::DatabaseLock::shared(path)?;
            // Files a killed export, import or restore left behind hold personal data.
            fsutil::remove_stale_temporaries(path);
            lock::remove_ended_holders(path);
            Some(lock)
        } else {
            None
        };
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_owned(),
            source,
        })?;
        let mut store = Store {
            conn,
            path: Some(path.to_owned()),
            _lock: lock,
        };
        store.configure().map_err(|e| match e {
            StoreError::Sqlite(source) if integrity::is_corruption(&source) => {
                StoreError::Damaged {
                    path: path.to_owned(),
                    problems: vec![source.to_string()],
                }
            }
            StoreError::Sqlite(source) if is_busy(&source) => StoreError::Sqlite(source),
            StoreError::Sqlite(source) => StoreError::Open {
                path: path.to_owned(),
                source,
            },
            other => other,
        })?;
        fsutil::make_private(path);
        Ok(store)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: None,
            _lock: None,
        };
        store.configure()?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<(), StoreError> {
        // A newer build's database is refused before anything, even the journal mode, changes.
        migrations::refuse_newer(&self.conn)?;
        if let Some(path) = &self.path {
            migrations::refuse_foreign(&self.conn, path)?;
        }
        // WAL with FULL sync: a write the UI showed as saved survives power loss.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        // Another writer's transaction is short; wait for it rather than fail, and start every
        // write transaction as a writer so two never deadlock upgrading from a read.
        self.conn.busy_timeout(std::time::Duration::from_secs(15))?;
        self.conn
            .set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        audit::register_functions(&self.conn)?;
        // A damaged file is reported (and a backup offered), never migrated or reset.
        if let Some(path) = &self.path {
            let problems = integrity::problems(&self.conn)?;
            if !problems.is_empty() {
                return Err(StoreError::Damaged {
                    path: path.clone(),
                    problems,
                });
            }
        }
        // Rows are compared with the log before anything below migrates or recomputes them:
        // a row changed with another tool stays reported, never absorbed into the log.
        let drifted = audit::drifted_at_open(&self.conn)?;
        let found = migrations::current_version(&self.conn)?;
        migrations::migrate_to(&mut self.conn, migrations::latest_version())?;
        let migrated = migrations::current_version(&self.conn)? != found;
        // Every change from here on is audited, including the reindexing below.
        audit::install(&mut self.conn, migrated, &drifted)?;
        // Rows written before the register's search keys existed get them now, unless rows
        // differ from the log: recomputing a forged row's keys would write on top of it.
        if drifted.is_empty() {
            self.reindex_stakeholders()?;
        }
        Ok(())
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        migrations::current_version(&self.conn)
    }

    /// A read-only view on a pragma, for checks of the configuration.
    pub fn pragma(&self, name: &str) -> Result<String, StoreError> {
        Ok(self.conn.pragma_query_value(None, name, |row| {
            row.get::<_, rusqlite::types::Value>(0).map(|v| match v {
                rusqlite::types::Value::Integer(i) => i.to_string(),
                rusqlite::types::Value::Text(t) => t,
                other => format!("{other:?}"),
            })
        })?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_with_wal_full_sync_and_foreign_keys() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("nested/concord.db")).expect("open");
        assert_eq!(store.pragma("journal_mode").expect("pragma"), "wal");
        assert_eq!(store.pragma("synchronous").expect("pragma"), "2");
        assert_eq!(store.pragma("foreign_keys").expect("pragma"), "1");
        assert_eq!(
            store.schema_version().expect("version"),
            migrations::latest_version()
        );
    }

    #[test]
    fn refuses_a_newer_schema_and_leaves_it_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("future.db");
        {
            let conn = Connection::open(&path).expect("create");
            conn.pragma_update(None, "user_version", 99)
                .expect("set version");
        }
        match Store::open(&path) {
            Err(StoreError::NewerSchema { found: 99, known }) => {
                assert_eq!(known, migrations::latest_version())
            }
            other => panic!("expected NewerSchema, got {other:?}"),
        }
        let conn = Connection::open(&path).expect("reopen");
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("v");
        assert_eq!(version, 99);
    }

    #[test]
    fn reports_a_file_that_is_not_a_database() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("notes.txt");
        std::fs::write(
            &path,
            "this is not sqlite, just some text that is long enough",
        )
        .expect("write");
        assert!(matches!(Store::open(&path), Err(StoreError::Open { .. })));
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "this is not sqlite, just some text that is long enough"
        );
    }
}
