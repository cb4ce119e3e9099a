//! The hash-chained audit log.
//!
//! Every change to a row of an ordinary table appends an entry to `audit_log`: when, who, which
//! table and record, the operation, and the row as JSON before and after. Each entry's hash covers
//! the previous entry's hash, so editing or deleting an entry breaks the chain from there on, and
//! `audit_head` repeats the last sequence number and hash so that cutting entries off the end is
//! detected too. [`Store::verify_audit`] also replays the log and compares it with the rows as they
//! are: a row changed behind the store's back (with another SQLite tool) is reported.
//!
//! The entries are written by TEMP triggers that [`install`] generates on every open from the
//! tables' current columns (`PRAGMA table_list` / `table_info`), inside the writer's own
//! transaction: a change and its audit entry commit together or not at all.
//!
//! **Adding a table** needs nothing: every ordinary table of the main schema is audited unless it
//! is listed in [`UNAUDITED`]. A migration that adds or changes columns is followed by a
//! `migrate` entry for every row whose JSON changed, so the replay stays consistent.
//!
//! The hash covers the SHA-256 of the before/after JSON rather than the JSON itself, so that the
//! personal data of an erased stakeholder can be removed from old entries ([`Store::redact_audit`])
//! without breaking the chain: the redacted text keeps the digest it replaces.
//!
//! Modules: [`chain`] hashes and appends entries, [`triggers`] generates the triggers,
//! [`replay`] compares the log with the rows, [`schema`] compares the schema with the
//! migrations', [`anchor`] checks a head kept outside the database.

mod anchor;
mod chain;
mod replay;
mod schema;
mod triggers;

use std::collections::HashSet;

use rusqlite::{Connection, TransactionBehavior, params};

pub use anchor::{
    AnchorCheck, AuditAnchor, PDF_INFO_KEY, anchor_in_pdf, anchor_of_database, read_anchor,
};
pub(crate) use chain::register_functions;
pub use chain::{default_actor, entry_hash, sha256_hex};
pub use schema::{SchemaChange, SchemaFinding, schema_findings};
pub use triggers::UNAUDITED;
pub(crate) use triggers::install;

use chain::{ENTRY_COLUMNS, REDACTED_PREFIX, append, entry_from_row, head, redacted_digest};
use triggers::has_log;

use crate::{Store, StoreError};

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    /// UTC, `2026-11-23T09:30:00.000Z`.
    pub at: String,
    pub actor: String,
    pub table: String,
    /// The record's primary key: `7`, `ui.locale`, or a JSON array for composite keys.
    pub key: String,
    /// `insert`, `update`, `delete`, `migrate`, `restore` or `import`.
    pub op: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub hash: String,
}

/// Which entries to list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub table: Option<String>,
    pub key: Option<String>,
    /// Only entries with a sequence number below this one (for paging back in time).
    pub before_seq: Option<i64>,
    pub limit: usize,
}

/// What is wrong with the chain, at the first entry where it breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditBreak {
    /// The entry's content no longer matches its hash, or its hash does not follow the previous one.
    Edited,
    /// Entries before this sequence number are missing.
    Missing,
    /// Entries after the last one were removed (the head names a later entry).
    Truncated,
}

impl AuditBreak {
    pub fn key(self) -> &'static str {
        match self {
            AuditBreak::Edited => "edited",
            AuditBreak::Missing => "missing",
            AuditBreak::Truncated => "truncated",
        }
    }
}

/// A record whose current content differs from what the log says it should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideChange {
    pub table: String,
    pub key: String,
    /// The columns that differ; empty when the whole record appeared or vanished.
    pub columns: Vec<String>,
}

/// An entry written on top of a record changed with another tool: its before-image is not the
/// previous after-image of that record, so the change in between never passed through the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsorbedChange {
    pub seq: i64,
    pub table: String,
    pub key: String,
    /// The columns that had changed unseen.
    pub columns: Vec<String>,
}

/// The result of [`Store::verify_audit`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub entries: u64,
    /// The hash of the last entry: write it down (or print it in the minutes) to anchor the log.
    pub head: String,
    /// The sequence number of the last entry.
    pub head_seq: i64,
    /// The first broken entry, by sequence number, and how it is broken.
    pub first_broken: Option<(i64, AuditBreak)>,
    /// Records changed without an audit entry (at most 100 are listed).
    pub outside_changes: Vec<OutsideChange>,
    /// Entries written over such a change (at most 100 are listed).
    pub absorbed: Vec<AbsorbedChange>,
    /// Tables, indexes, triggers and views that the migrations did not create as they are.
    pub schema: Vec<SchemaFinding>,
}

impl AuditReport {
    pub fn is_intact(&self) -> bool {
        self.first_broken.is_none()
            && self.outside_changes.is_empty()
            && self.absorbed.is_empty()
            && self.schema.is_empty()
    }
}

/// The records that differ from the log, read before the store migrates or recomputes
/// anything at open; empty for a database without a log.
pub(crate) fn drifted_at_open(conn: &Connection) -> Result<HashSet<(String, String)>, StoreError> {
    if !has_log(conn)? {
        return Ok(HashSet::new());
    }
    Ok(replay::drifted_records(conn)?)
}

/// Verifies the log of any connection (a store's, or a file about to be restored). Reads only.
pub(crate) fn verify(conn: &Connection) -> Result<AuditReport, StoreError> {
    let schema = schema_findings(conn)?;
    if !has_log(conn)? {
        return Ok(AuditReport {
            entries: 0,
            head: String::new(),
            head_seq: 0,
            first_broken: None,
            outside_changes: Vec::new(),
            absorbed: Vec::new(),
            schema,
        });
    }
    let found = replay::check(conn)?;
    let mut first_broken = found.first_broken;
    let (head_seq, head_hash) = head(conn)?;
    if first_broken.is_none() && (head_seq != found.last_seq || head_hash != found.last_hash) {
        first_broken = Some(if head_seq > found.last_seq {
            (found.last_seq + 1, AuditBreak::Truncated)
        } else {
            (head_seq.max(0) + 1, AuditBreak::Edited)
        });
    }
    Ok(AuditReport {
        entries: found.entries,
        head: found.last_hash,
        head_seq: found.last_seq,
        first_broken,
        outside_changes: found.outside_changes,
        absorbed: found.absorbed,
        schema,
    })
}

/// Refuses a database file about to be restored or imported when its log is broken, its rows
/// differ from the log, or its schema is not the migrations' (`label` names it in the error).
/// Reads only.
pub(crate) fn refuse_tampered(
    conn: &Connection,
    label: &std::path::Path,
) -> Result<(), StoreError> {
    register_functions(conn)?;
    let report = verify(conn)?;
    if report.is_intact() {
        return Ok(());
    }
    Err(StoreError::Tampered {
        path: label.to_owned(),
        report: Box::new(report),
    })
}

/// The message that says why a file was refused: its first finding, naming what it found.
pub(crate) fn refusal_message(
    path: &std::path::Path,
    report: &AuditReport,
) -> (&'static str, Vec<(&'static str, String)>) {
    let path = ("path", path.display().to_string());
    if let Some((seq, kind)) = report.first_broken {
        return (
            "tamper-refused-chain",
            vec![
                path,
                ("seq", seq.to_string()),
                ("kind", kind.key().to_owned()),
            ],
        );
    }
    if !report.schema.is_empty() {
        let objects = report
            .schema
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        return ("tamper-refused-schema", vec![path, ("objects", objects)]);
    }
    if let Some(change) = report.outside_changes.first() {
        return (
            "tamper-refused-row",
            vec![
                path,
                ("table", change.table.clone()),
                ("key", change.key.clone()),
                ("columns", change.columns.join(", ")),
                ("count", report.outside_changes.len().to_string()),
            ],
        );
    }
    if let Some(change) = report.absorbed.first() {
        return (
            "tamper-refused-absorbed",
            vec![
                path,
                ("seq", change.seq.to_string()),
                ("table", change.table.clone()),
                ("key", change.key.clone()),
                ("columns", change.columns.join(", ")),
            ],
        );
    }
    (
        "tamper-refused-chain",
        vec![path, ("seq", "0".into()), ("kind", String::new())],
    )
}

impl Store {
    /// Names who makes the changes from now on (recorded in every audit entry).
    pub fn set_actor(&self, actor: &str) -> Result<(), StoreError> {
        if !has_log(&self.conn)? {
            return Ok(());
        }
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS concord_audit_actor (actor TEXT NOT NULL);
             DELETE FROM concord_audit_actor;",
        )?;
        self.conn.execute(
            "INSERT INTO concord_audit_actor (actor) VALUES (?1)",
            [actor],
        )?;
        Ok(())
    }

    /// Log entries, newest first.
    pub fn audit_entries(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
        let limit = if filter.limit == 0 { 200 } else { filter.limit };
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM audit_log
             WHERE (?1 IS NULL OR tbl = ?1) AND (?2 IS NULL OR row_key = ?2)
               AND (?3 IS NULL OR seq < ?3)
             ORDER BY seq DESC LIMIT ?4"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            params![filter.table, filter.key, filter.before_seq, limit as i64],
            entry_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The number of entries and the hash of the last one.
    pub fn audit_head(&self) -> Result<(i64, String), StoreError> {
        Ok(head(&self.conn)?)
    }

    /// Records an event that is not a row change (a restore, an import) in the chain.
    pub fn record_audit_event(&mut self, op: &str, detail: &str) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        append(&tx, "", "", op, None, Some(detail))?;
        tx.commit()?;
        Ok(())
    }

    /// Removes the content of a record's older entries (for the erasure of personal data), keeping
    /// their digests so that the chain still verifies. The latest entry keeps its after-image (the
    /// record as it now is) but loses its before-image, which still held the personal data.
    pub fn redact_audit(&mut self, table: &str, key: &str) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let last: Option<i64> = tx.query_row(
            "SELECT max(seq) FROM audit_log WHERE tbl = ?1 AND row_key = ?2",
            params![table, key],
            |r| r.get(0),
        )?;
        let mut changed = 0;
        {
            let mut select = tx.prepare(
                "SELECT seq, before, after FROM audit_log
                 WHERE tbl = ?1 AND row_key = ?2 AND seq <= ?3",
            )?;
            let mut update =
                tx.prepare("UPDATE audit_log SET before = ?2, after = ?3 WHERE seq = ?1")?;
            let rows = select
                .query_map(params![table, key, last.unwrap_or(0)], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let redact = |json: Option<String>| {
                json.map(|j| {
                    if redacted_digest(&j).is_some() {
                        j
                    } else {
                        format!("{REDACTED_PREFIX}{}\"}}", sha256_hex(j.as_bytes()))
                    }
                })
            };
            for (seq, before, after) in rows {
                let after = if Some(seq) == last {
                    after
                } else {
                    redact(after)
                };
                update.execute(params![seq, redact(before), after])?;
                changed += 1;
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    /// Checks the whole chain and compares the log's replay with the rows as they are.
    /// Reads only; reports rather than fails when something is broken.
    pub fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        verify(&self.conn)
    }

    /// The head of the chain as an anchor to keep outside the database.
    pub fn audit_anchor(&self) -> Result<AuditAnchor, StoreError> {
        let (seq, hash) = self.audit_head()?;
        Ok(AuditAnchor { seq, hash })
    }

    /// Whether the log still holds `anchor` (entry `seq` with that hash).
    pub fn check_anchor(&self, anchor: &AuditAnchor) -> Result<AnchorCheck, StoreError> {
        Ok(anchor::check(&self.conn, anchor)?)
    }
}

#[cfg(test)]
mod tests;
