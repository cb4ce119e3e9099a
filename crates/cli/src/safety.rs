//! Data safety on the command line: check, backup, restore, archive export/import, audit verify/log.
//!
//! `restore` and `archive import` never open the current database through the store (it may be
//! the damaged one); they check the file first and replace the database only when every check
//! passed, keeping the current one aside in the backup folder.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use concord_i18n::{FluentValue, I18n};
use concord_store::{AuditFilter, BackupPreview, BackupReason, Store, StoreError};

use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum SafetyCommand {
    /// Check the database with SQLite's integrity_check and the audit chain
    Check,
    /// Copy the database with SQLite's online backup API
    Backup(BackupArgs),
    /// Replace the database with a backup (shows what it holds; add --yes to restore)
    Restore(RestoreArgs),
    /// Carry the whole dialogue to another laptop in one file
    Archive {
        #[command(subcommand)]
        action: ArchiveCommand,
    },
    /// The hash-chained audit log
    Audit {
        #[command(subcommand)]
        action: AuditCommand,
    },
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The file to write [default: a new file in the backups folder next to the database]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// List the backups in the backups folder instead
    #[arg(long, conflicts_with = "out")]
    pub list: bool,
    /// How many automatic backups to keep from now on
    #[arg(long, value_name = "N", conflicts_with_all = ["out", "list"])]
    pub keep: Option<usize>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
    /// Really replace the database (it is kept aside in the backups folder first)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Write the whole dialogue to one archive file
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Read an archive into the database (shows what it holds without --yes)
    Import {
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Replace a database that already holds a dialogue (it is kept aside first)
        #[arg(long)]
        replace: bool,
        /// Import without further question
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the hash chain and compare the log with the data
    Verify {
        /// Also check that the log still holds this head: SEQ:HASH, or a file that carries it
        /// (exported minutes or declaration, a backup or its .head manifest)
        #[arg(long, value_name = "SEQ:HASH|FILE")]
        anchor: Option<String>,
    },
    /// List entries, newest first
    Log {
        /// Only this table, e.g. stakeholder
        #[arg(long)]
        table: Option<String>,
        /// Only this record (its key, e.g. 7)
        #[arg(long, requires = "table")]
        record: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
}

fn s(text: impl ToString) -> FluentValue<'static> {
    FluentValue::from(text.to_string())
}

fn n(value: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

/// Opens the existing database for the other commands; a damaged one is reported with the
/// newest backup. A path where no Concord database is gets refused, and nothing is created.
pub fn open_store(db: &Path) -> Result<Store, CliError> {
    let store = Store::open_existing(db).map_err(opening_error)?;
    // A `meeting close` killed after the close was saved still owes its backup.
    store.take_owed_close_backup(now())?;
    Ok(store)
}

/// Opens the database at `db`, creating it if needed (only `concord demo` does).
pub fn create_store(db: &Path) -> Result<Store, CliError> {
    Store::open(db).map_err(opening_error)
}

fn opening_error(e: StoreError) -> CliError {
    match e {
        StoreError::Damaged { path, problems } => CliError::Damaged {
            backup: newest_backup(&path),
            problem: problems.into_iter().next().unwrap_or_default(),
            path,
        },
        other => CliError::Store(other),
    }
}

fn newest_backup(db: &Path) -> Option<PathBuf> {
    concord_store::backup::list_backups(&concord_store::backup::backup_dir(db))
        .ok()?
        .into_iter()
        .next()
        .map(|b| b.path)
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

pub fn run(command: SafetyCommand, db: &Path, i18n: &I18n) -> Result<String, CliError> {
    match command {
        SafetyCommand::Check => check(db, i18n),
        SafetyCommand::Backup(args) => backup(db, args, i18n),
        SafetyCommand::Restore(args) => restore(db, args, i18n),
        SafetyCommand::Archive {
            action: ArchiveCommand::Export { out },
        } => {
            let store = open_store(db)?;
            crate::output::check(&out)?;
            let info = store.export_archive(&out)?;
            let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
            Ok(i18n.fmt(
                "archive-exported",
                &[
                    ("path", s(out.display())),
                    ("kilobytes", n(bytes.div_ceil(1024) as f64)),
                    ("schema", n(info.schema_version)),
                ],
            ))
        }
        SafetyCommand::Archive {
            action: ArchiveCommand::Import { from, replace, yes },
        } => archive_import(db, &from, replace, yes, i18n),
        SafetyCommand::Audit {
            action: AuditCommand::Verify { anchor },
        } => audit_verify_with_anchor(db, anchor.as_deref(), i18n),
        SafetyCommand::Audit {
            action:
                AuditCommand::Log {
                    table,
                    record,
                    limit,
                },
        } => audit_log(db, table, record, limit, i18n),
    }
}

fn check(db: &Path, i18n: &I18n) -> Result<String, CliError> {
    let store = open_store(db)?;
    let report = store.verify_audit()?;
    if !report.is_intact() {
        return Err(broken(&report));
    }
    Ok(i18n.fmt(
        "safety-check-ok",
        &[
            ("path", s(db.display())),
            ("entries", n(report.entries as f64)),
        ],
    ))
}

fn backup(db: &Path, args: BackupArgs, i18n: &I18n) -> Result<String, CliError> {
    let store = open_store(db)?;
    if let Some(keep) = args.keep {
        store.set_backup_keep(keep)?;
        return Ok(i18n.fmt("backup-keep-set", &[("keep", n(keep.max(1) as f64))]));
    }
    if args.list {
        let list = store.backups()?;
        if list.is_empty() {
            return Ok(i18n.msg("backup-list-empty"));
        }
        let mut out = Vec::new();
        for b in list {
            out.push(i18n.fmt(
                "backup-list-line",
                &[
                    ("path", s(b.path.display())),
                    ("created", s(b.created.format("%Y-%m-%d %H:%M:%S"))),
                    ("reason", s(b.reason.key())),
                    ("kilobytes", n(b.bytes.div_ceil(1024) as f64)),
                ],
            ));
        }
        return Ok(out.join("\n"));
    }
    let (path, bytes) = match args.out {
        Some(out) => {
            crate::output::check(&out)?;
            let bytes = store.backup_to(&out)?;
            (out, bytes)
        }
        None => {
            let info = store.backup_now(BackupReason::Manual, now())?;
            (info.path, info.bytes)
        }
    };
    Ok(i18n.fmt(
        "backup-written",
        &[
            ("path", s(path.display())),
            ("kilobytes", n(bytes.div_ceil(1024) as f64)),
        ],
    ))
}

fn describe(preview: &BackupPreview, i18n: &I18n) -> String {
    i18n.fmt(
        "safety-preview",
        &[
            ("path", s(preview.path.display())),
            (
                "city",
                s(format!("{} {}", preview.city_zh, preview.city_en)),
            ),
            ("stakeholders", n(preview.stakeholders as f64)),
            ("meetings", n(preview.meetings as f64)),
            ("entries", n(preview.audit_entries as f64)),
            (
                "changed",
                s(preview.last_change.clone().unwrap_or_else(|| "—".into())),
            ),
            ("schema", n(preview.schema_version)),
        ],
    )
}

fn restore(db: &Path, args: RestoreArgs, i18n: &I18n) -> Result<String, CliError> {
    let preview = concord_store::backup::preview(&args.from)?;
    if !args.yes {
        return Ok(format!(
            "{}\n{}",
            describe(&preview, i18n),
            i18n.fmt(
                "backup-restore-confirm",
                &[("path", s(args.from.display()))]
            )
        ));
    }
    let outcome = concord_store::backup::restore(db, &args.from, now())?;
    Ok(format!(
        "{}\n{}",
        describe(&outcome.preview, i18n),
        i18n.fmt(
            "backup-restored",
            &[
                ("path", s(db.display())),
                ("aside", s(aside(outcome.kept_aside.as_deref()))),
            ],
        )
    ))
}

fn aside(path: Option<&Path>) -> String {
    path.map(|p| p.display().to_string())
        .unwrap_or_else(|| "—".into())
}

fn archive_import(
    db: &Path,
    from: &Path,
    replace: bool,
    yes: bool,
    i18n: &I18n,
) -> Result<String, CliError> {
    if !yes {
        let (_, preview) = concord_store::archive::inspect(from)?;
        return Ok(format!(
            "{}\n{}",
            describe(&preview, i18n),
            i18n.fmt("archive-import-confirm", &[("path", s(from.display()))])
        ));
    }
    let outcome = concord_store::archive::import(db, from, replace, now())?;
    Ok(format!(
        "{}\n{}",
        describe(&outcome.preview, i18n),
        i18n.fmt(
            "archive-imported",
            &[
                ("path", s(db.display())),
                ("aside", s(aside(outcome.kept_aside.as_deref()))),
            ],
        )
    ))
}

fn broken(report: &concord_store::AuditReport) -> CliError {
    match (report.first_broken, report.outside_changes.first()) {
        (Some((seq, kind)), _) => CliError::AuditBroken {
            seq,
            kind: kind.key(),
        },
        (None, Some(change)) => CliError::AuditOutside {
            table: change.table.clone(),
            key: change.key.clone(),
            count: report.outside_changes.len(),
        },
        (None, None) => CliError::AuditBroken { seq: 0, kind: "" },
    }
}

fn audit_log(
    db: &Path,
    table: Option<String>,
    record: Option<String>,
    limit: usize,
    i18n: &I18n,
) -> Result<String, CliError> {
    let store = open_store(db)?;
    let entries = store.audit_entries(&AuditFilter {
        table,
        key: record,
        before_seq: None,
        limit: limit.max(1),
    })?;
    if entries.is_empty() {
        return Ok(i18n.msg("audit-log-empty"));
    }
    let lines: Vec<String> = entries
        .iter()
        .map(|e| {
            let what = e.after.as_deref().or(e.before.as_deref()).unwrap_or("");
            format!(
                "#{} {} {} {} {} {} {}",
                e.seq, e.at, e.actor, e.op, e.table, e.key, what
            )
        })
        .collect();
    Ok(lines.join("\n"))
}

/// `audit verify`, with an anchor kept outside the database when one is given. What is found
/// is listed on stderr (table, record, columns; schema objects), then the error says what kind.
fn audit_verify_with_anchor(
    db: &Path,
    anchor: Option<&str>,
    i18n: &I18n,
) -> Result<String, CliError> {
    let store = open_store(db)?;
    let report = store.verify_audit()?;
    if !report.is_intact() {
        crate::print::problem(&tamper_findings(&report, i18n));
        if report.first_broken.is_none()
            && report.outside_changes.is_empty()
            && report.absorbed.is_empty()
        {
            return Err(CliError::AuditSchema {
                objects: report
                    .schema
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        return Err(broken(&report));
    }
    let intact = i18n.fmt(
        "audit-verify-ok",
        &[
            ("entries", n(report.entries as f64)),
            ("head", s(&report.head)),
        ],
    );
    let Some(source) = anchor else {
        return Ok(intact);
    };
    let Some(anchor) = concord_store::audit::read_anchor(source)? else {
        return Err(CliError::AnchorUnreadable {
            given: source.to_owned(),
        });
    };
    match store.check_anchor(&anchor)? {
        concord_store::AnchorCheck::Held => Ok(format!(
            "{intact}\n{}",
            i18n.fmt(
                "tamper-anchor-held",
                &[("seq", n(anchor.seq as f64)), ("hash", s(&anchor.hash))],
            )
        )),
        concord_store::AnchorCheck::Missing { last_seq } => Err(CliError::AnchorNotHeld {
            seq: anchor.seq,
            last: last_seq,
            kind: "missing",
        }),
        concord_store::AnchorCheck::Differs { .. } => Err(CliError::AnchorNotHeld {
            seq: anchor.seq,
            last: report.head_seq,
            kind: "differs",
        }),
    }
}

/// One line per finding: records changed outside the log, entries written over such a change,
/// schema objects the migrations did not make.
fn tamper_findings(report: &concord_store::AuditReport, i18n: &I18n) -> String {
    let columns = |c: &[String]| {
        if c.is_empty() {
            "*".to_owned()
        } else {
            c.join(", ")
        }
    };
    let mut lines = Vec::new();
    for change in &report.outside_changes {
        lines.push(i18n.fmt(
            "tamper-verify-row",
            &[
                ("table", s(&change.table)),
                ("key", s(&change.key)),
                ("columns", s(columns(&change.columns))),
            ],
        ));
    }
    for change in &report.absorbed {
        lines.push(i18n.fmt(
            "tamper-verify-absorbed",
            &[
                ("seq", n(change.seq as f64)),
                ("table", s(&change.table)),
                ("key", s(&change.key)),
                ("columns", s(columns(&change.columns))),
            ],
        ));
    }
    for finding in &report.schema {
        lines.push(i18n.fmt(
            "tamper-verify-schema",
            &[
                ("change", s(finding.change.key())),
                ("kind", s(&finding.kind)),
                ("name", s(&finding.name)),
            ],
        ));
    }
    lines.join("\n")
}
