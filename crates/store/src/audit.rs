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

use std::collections::HashMap;
use std::fmt::Write as _;

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use sha2::{Digest, Sha256};

use crate::{Store, StoreError};

/// Tables whose rows are not audited: the log itself and its head.
pub const UNAUDITED: &[&str] = &["audit_log", "audit_head"];

/// How many columns go into one `json_object` call (SQLite caps a function's arguments).
const JSON_CHUNK: usize = 50;

const REDACTED_PREFIX: &str = "{\"$redacted\":\"";

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
}

/// The result of [`Store::verify_audit`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub entries: u64,
    /// The hash of the last entry: write it down (or print it in the minutes) to anchor the log.
    pub head: String,
    /// The first broken entry, by sequence number, and how it is broken.
    pub first_broken: Option<(i64, AuditBreak)>,
    /// Records changed without an audit entry (at most 100 are listed).
    pub outside_changes: Vec<OutsideChange>,
}

impl AuditReport {
    pub fn is_intact(&self) -> bool {
        self.first_broken.is_none() && self.outside_changes.is_empty()
    }
}

/// The SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The digest that stands for a before/after JSON in the chain: the SHA-256 of the text, or the
/// digest kept by a redaction marker, or nothing for NULL.
fn content_digest(json: Option<&str>) -> String {
    match json {
        None => String::new(),
        Some(text) => match redacted_digest(text) {
            Some(digest) => digest.to_owned(),
            None => sha256_hex(text.as_bytes()),
        },
    }
}

fn redacted_digest(text: &str) -> Option<&str> {
    let digest = text.strip_prefix(REDACTED_PREFIX)?.strip_suffix("\"}")?;
    (digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_hexdigit())).then_some(digest)
}

/// The hash of one entry over a length-prefixed canonical form of its fields.
#[allow(clippy::too_many_arguments)]
pub fn entry_hash(
    prev: &str,
    seq: i64,
    at: &str,
    actor: &str,
    table: &str,
    key: &str,
    op: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> String {
    let mut hasher = Sha256::new();
    let seq = seq.to_string();
    let before = content_digest(before);
    let after = content_digest(after);
    for field in [
        prev,
        seq.as_str(),
        at,
        actor,
        table,
        key,
        op,
        before.as_str(),
        after.as_str(),
    ] {
        hasher.update(field.len().to_string().as_bytes());
        hasher.update(b":");
        hasher.update(field.as_bytes());
    }
    let mut out = String::with_capacity(64);
    for b in hasher.finalize() {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Registers the SQL functions the triggers call. Done for every connection the store opens.
pub(crate) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("concord_audit_hash", 9, flags, |ctx| {
        let text = |i: usize| -> rusqlite::Result<Option<String>> {
            Ok(match ctx.get_raw(i) {
                ValueRef::Null => None,
                ValueRef::Integer(n) => Some(n.to_string()),
                ValueRef::Real(r) => Some(r.to_string()),
                ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into()),
            })
        };
        let seq: i64 = ctx.get(1)?;
        Ok(entry_hash(
            &text(0)?.unwrap_or_default(),
            seq,
            &text(2)?.unwrap_or_default(),
            &text(3)?.unwrap_or_default(),
            &text(4)?.unwrap_or_default(),
            &text(5)?.unwrap_or_default(),
            &text(6)?.unwrap_or_default(),
            text(7)?.as_deref(),
            text(8)?.as_deref(),
        ))
    })?;
    conn.create_scalar_function("concord_blob_digest", 1, flags, |ctx| {
        Ok(match ctx.get_raw(0) {
            ValueRef::Blob(b) => format!("sha256:{}", sha256_hex(b)),
            _ => String::new(),
        })
    })?;
    Ok(())
}

/// Who is at the keyboard, as the operating system knows it: the default actor of entries.
pub fn default_actor() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "concord".to_owned())
}

/// The columns and primary key of an audited table.
#[derive(Debug, Clone)]
struct TableShape {
    name: String,
    columns: Vec<String>,
    primary_key: Vec<String>,
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn audited_tables(conn: &Connection) -> rusqlite::Result<Vec<TableShape>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
           AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut shapes = Vec::new();
    for name in names
        .into_iter()
        .filter(|n| !UNAUDITED.contains(&n.as_str()))
    {
        let mut info = conn.prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let mut columns = Vec::new();
        let mut keyed = Vec::new();
        for row in info.query_map([&name], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })? {
            let (column, pk) = row?;
            if pk > 0 {
                keyed.push((pk, column.clone()));
            }
            columns.push(column);
        }
        keyed.sort();
        shapes.push(TableShape {
            name,
            columns,
            primary_key: keyed.into_iter().map(|(_, c)| c).collect(),
        });
    }
    Ok(shapes)
}

/// The SQL expression of a row's key, reading columns through `prefix` (`NEW.`, `OLD.`, `t.`).
fn key_expr(shape: &TableShape, prefix: &str) -> String {
    match shape.primary_key.as_slice() {
        [] => format!("CAST({prefix}rowid AS TEXT)"),
        [one] => format!("CAST({prefix}{} AS TEXT)", quote(one)),
        many => format!(
            "json_array({})",
            many.iter()
                .map(|c| format!("{prefix}{}", quote(c)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The SQL expression of a row as a JSON object (blobs as their SHA-256).
fn row_expr(shape: &TableShape, prefix: &str) -> String {
    let value = |c: &str| {
        let col = format!("{prefix}{}", quote(c));
        format!("CASE WHEN typeof({col}) = 'blob' THEN concord_blob_digest({col}) ELSE {col} END")
    };
    let mut chunks = shape.columns.chunks(JSON_CHUNK);
    let first = chunks.next().unwrap_or_default();
    let mut expr = format!(
        "json_object({})",
        first
            .iter()
            .map(|c| format!("{}, {}", literal(c), value(c)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for chunk in chunks {
        expr = format!(
            "json_set({expr}, {})",
            chunk
                .iter()
                .map(|c| format!("{}, {}", literal(&format!("$.\"{c}\"")), value(c)))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    expr
}

fn append_sql(table: &str, op: &str, key: &str, before: &str, after: &str) -> String {
    let t = literal(table);
    let o = literal(op);
    format!(
        "INSERT INTO audit_log (seq, at, actor, tbl, row_key, op, before, after, hash)
           SELECT h.seq + 1, x.at, x.actor, {t}, x.k, {o}, x.b, x.a,
                  concord_audit_hash(h.hash, h.seq + 1, x.at, x.actor, {t}, x.k, {o}, x.b, x.a)
           FROM audit_head AS h,
                (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at,
                        coalesce((SELECT actor FROM concord_audit_actor LIMIT 1), '') AS actor,
                        {key} AS k, {before} AS b, {after} AS a) AS x
           WHERE h.id = 1;
         UPDATE audit_head SET seq = seq + 1,
                hash = (SELECT l.hash FROM audit_log AS l WHERE l.seq = audit_head.seq + 1)
           WHERE id = 1;"
    )
}

fn trigger_sql(shape: &TableShape) -> Vec<String> {
    let name = |op: &str| quote(&format!("concord_audit_{}_{op}", shape.name));
    let table = quote(&shape.name);
    let new_row = row_expr(shape, "NEW.");
    let old_row = row_expr(shape, "OLD.");
    vec![
        format!(
            "CREATE TEMP TRIGGER {} AFTER INSERT ON main.{table} BEGIN {} END",
            name("insert"),
            append_sql(
                &shape.name,
                "insert",
                &key_expr(shape, "NEW."),
                "NULL",
                &new_row
            )
        ),
        format!(
            "CREATE TEMP TRIGGER {} AFTER UPDATE ON main.{table} WHEN {old_row} IS NOT {new_row} BEGIN {} END",
            name("update"),
            append_sql(
                &shape.name,
                "update",
                &key_expr(shape, "NEW."),
                &old_row,
                &new_row
            )
        ),
        format!(
            "CREATE TEMP TRIGGER {} AFTER DELETE ON main.{table} BEGIN {} END",
            name("delete"),
            append_sql(
                &shape.name,
                "delete",
                &key_expr(shape, "OLD."),
                &old_row,
                "NULL"
            )
        ),
    ]
}

/// Whether this database has the audit log yet (migration 005).
fn has_log(conn: &Connection) -> rusqlite::Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'",
            [],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// (Re)creates the audit triggers of this connection for the tables as they are now. After a
/// migration (`rebaseline`), records a `migrate` entry for every row the log does not describe.
pub(crate) fn install(conn: &mut Connection, rebaseline: bool) -> Result<(), StoreError> {
    if !has_log(conn)? {
        return Ok(());
    }
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS concord_audit_actor (actor TEXT NOT NULL)",
    )?;
    conn.execute(
        "INSERT INTO concord_audit_actor (actor) SELECT ?1
         WHERE NOT EXISTS (SELECT 1 FROM concord_audit_actor)",
        [default_actor()],
    )?;
    let existing: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'concord\\_audit\\_%' ESCAPE '\\'",
        )?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    for name in existing {
        conn.execute_batch(&format!("DROP TRIGGER temp.{}", quote(&name)))?;
    }
    let shapes = audited_tables(conn)?;
    if rebaseline {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        resync(&tx, &shapes, "migrate")?;
        tx.commit()?;
    }
    for shape in &shapes {
        for sql in trigger_sql(shape) {
            conn.execute_batch(&sql)?;
        }
    }
    Ok(())
}

/// The state the log describes: for each (table, key), the row's JSON after its last entry.
fn replay(conn: &Connection) -> rusqlite::Result<HashMap<(String, String), Option<String>>> {
    let mut state = HashMap::new();
    let mut stmt =
        conn.prepare("SELECT tbl, row_key, after FROM audit_log WHERE tbl <> '' ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        state.insert((row.get(0)?, row.get(1)?), row.get(2)?);
    }
    Ok(state)
}

/// The rows of a table as (key, JSON), computed like the triggers compute them.
fn current_rows(conn: &Connection, shape: &TableShape) -> rusqlite::Result<Vec<(String, String)>> {
    let sql = format!(
        "SELECT {}, {} FROM main.{} AS t",
        key_expr(shape, "t."),
        row_expr(shape, "t."),
        quote(&shape.name)
    );
    let mut stmt = conn.prepare(&sql)?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// Differences between the log's replay and the rows: (table, key, logged, current).
type Drift = Vec<(String, String, Option<String>, Option<String>)>;

fn drift(conn: &Connection, shapes: &[TableShape]) -> rusqlite::Result<Drift> {
    let mut state = replay(conn)?;
    let mut out = Vec::new();
    for shape in shapes {
        for (key, json) in current_rows(conn, shape)? {
            let logged = state.remove(&(shape.name.clone(), key.clone())).flatten();
            if logged.as_deref() != Some(json.as_str()) {
                out.push((shape.name.clone(), key, logged, Some(json)));
            }
        }
    }
    let mut gone: Vec<_> = state
        .into_iter()
        .filter_map(|((table, key), json)| json.map(|j| (table, key, Some(j), None)))
        .collect();
    gone.sort();
    out.extend(gone);
    Ok(out)
}

fn head(conn: &Connection) -> rusqlite::Result<(i64, String)> {
    conn.query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
}

fn actor(conn: &Connection) -> rusqlite::Result<String> {
    Ok(conn
        .query_row("SELECT actor FROM concord_audit_actor LIMIT 1", [], |r| {
            r.get(0)
        })
        .optional()?
        .unwrap_or_default())
}

fn now_utc() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// Appends one entry from Rust (used for migrations and events), chaining it to the head.
fn append(
    conn: &Connection,
    table: &str,
    key: &str,
    op: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> rusqlite::Result<()> {
    let (seq, prev) = head(conn)?;
    let seq = seq + 1;
    let at = now_utc();
    let actor = actor(conn)?;
    let hash = entry_hash(&prev, seq, &at, &actor, table, key, op, before, after);
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, tbl, row_key, op, before, after, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![seq, at, actor, table, key, op, before, after, hash],
    )?;
    conn.execute(
        "UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1",
        params![seq, hash],
    )?;
    Ok(())
}

/// Appends an `op` entry for every row the log does not describe as it is.
fn resync(conn: &Connection, shapes: &[TableShape], op: &str) -> rusqlite::Result<usize> {
    let changes = drift(conn, shapes)?;
    for (table, key, logged, current) in &changes {
        append(conn, table, key, op, logged.as_deref(), current.as_deref())?;
    }
    Ok(changes.len())
}

fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        seq: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        table: r.get(3)?,
        key: r.get(4)?,
        op: r.get(5)?,
        before: r.get(6)?,
        after: r.get(7)?,
        hash: r.get(8)?,
    })
}

const ENTRY_COLUMNS: &str = "seq, at, actor, tbl, row_key, op, before, after, hash";

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
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ENTRY_COLUMNS} FROM audit_log ORDER BY seq"
        ))?;
        let mut rows = stmt.query([])?;
        let mut prev_hash = String::new();
        let mut prev_seq = 0i64;
        let mut entries = 0u64;
        let mut first_broken = None;
        while let Some(row) = rows.next()? {
            let e = entry_from_row(row)?;
            entries += 1;
            if first_broken.is_none() {
                if e.seq != prev_seq + 1 {
                    first_broken = Some((prev_seq + 1, AuditBreak::Missing));
                } else {
                    let expected = entry_hash(
                        &prev_hash,
                        e.seq,
                        &e.at,
                        &e.actor,
                        &e.table,
                        &e.key,
                        &e.op,
                        e.before.as_deref(),
                        e.after.as_deref(),
                    );
                    if expected != e.hash {
                        first_broken = Some((e.seq, AuditBreak::Edited));
                    }
                }
            }
            prev_seq = e.seq;
            prev_hash = e.hash;
        }
        let (head_seq, head_hash) = head(&self.conn)?;
        if first_broken.is_none() && (head_seq != prev_seq || head_hash != prev_hash) {
            first_broken = Some(if head_seq > prev_seq {
                (prev_seq + 1, AuditBreak::Truncated)
            } else {
                (head_seq.max(0) + 1, AuditBreak::Edited)
            });
        }
        let shapes = audited_tables(&self.conn)?;
        let outside_changes = drift(&self.conn, &shapes)?
            .into_iter()
            .take(100)
            .map(|(table, key, _, _)| OutsideChange { table, key })
            .collect();
        Ok(AuditReport {
            entries,
            head: prev_hash,
            first_broken,
            outside_changes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn demo_store() -> Store {
        let mut store = Store::open_in_memory().expect("store");
        store.set_actor("tester").expect("actor");
        demo::create(&mut store, demo::sample_date()).expect("demo");
        store
    }

    #[test]
    fn every_change_is_logged_with_before_and_after() {
        let store = demo_store();
        store.set_setting("ui.locale", "zh-CN").expect("set");
        store.set_setting("ui.locale", "en").expect("set");
        store
            .set_setting("ui.locale", "en")
            .expect("unchanged value");
        let entries = store
            .audit_entries(&AuditFilter {
                table: Some("setting".into()),
                key: Some("ui.locale".into()),
                ..AuditFilter::default()
            })
            .expect("entries");
        assert_eq!(
            entries.len(),
            2,
            "a write that changes nothing is not logged"
        );
        assert_eq!(entries[0].op, "update");
        assert_eq!(entries[0].actor, "tester");
        assert!(
            entries[0]
                .before
                .as_deref()
                .expect("before")
                .contains("zh-CN")
        );
        assert!(
            entries[0]
                .after
                .as_deref()
                .expect("after")
                .contains("\"en\"")
        );
        assert_eq!(entries[1].op, "insert");
        assert_eq!(entries[1].before, None);
        let report = store.verify_audit().expect("verify");
        assert!(report.is_intact(), "{report:?}");
        assert!(report.entries > 30);
    }

    #[test]
    fn composite_keys_and_deletes_are_logged() {
        let store = demo_store();
        // The first plenary's minutes are frozen; the planned second one takes attendance.
        store
            .conn
            .execute(
                "INSERT INTO attendance (meeting_id, stakeholder_id) VALUES (2, 2)",
                [],
            )
            .expect("insert");
        store
            .conn
            .execute(
                "DELETE FROM attendance WHERE meeting_id = 2 AND stakeholder_id = 2",
                [],
            )
            .expect("delete");
        let entries = store
            .audit_entries(&AuditFilter {
                table: Some("attendance".into()),
                limit: 1,
                ..AuditFilter::default()
            })
            .expect("entries");
        assert_eq!(entries[0].op, "delete");
        assert_eq!(entries[0].key, "[2,2]");
        assert_eq!(entries[0].after, None);
        assert!(store.verify_audit().expect("verify").is_intact());
    }

    #[test]
    fn editing_an_entry_is_detected_at_that_entry() {
        let store = demo_store();
        store
            .conn
            .execute(
                "UPDATE audit_log SET after = replace(after, 'Weinan', 'Xi''an') WHERE seq = 1",
                [],
            )
            .expect("tamper");
        let report = store.verify_audit().expect("verify");
        assert_eq!(report.first_broken, Some((1, AuditBreak::Edited)));
    }

    #[test]
    fn deleting_entries_is_detected_in_the_middle_and_at_the_end() {
        let store = demo_store();
        store
            .conn
            .execute("DELETE FROM audit_log WHERE seq = 5", [])
            .expect("tamper");
        assert_eq!(
            store.verify_audit().expect("verify").first_broken,
            Some((5, AuditBreak::Missing))
        );

        let store = demo_store();
        let (last, _) = store.audit_head().expect("head");
        store
            .conn
            .execute("DELETE FROM audit_log WHERE seq = ?1", [last])
            .expect("tamper");
        assert_eq!(
            store.verify_audit().expect("verify").first_broken,
            Some((last, AuditBreak::Truncated))
        );
    }

    #[test]
    fn a_row_changed_without_the_triggers_is_reported() {
        let store = demo_store();
        store
            .conn
            .execute_batch(
                "DROP TRIGGER temp.concord_audit_stakeholder_update;
                 UPDATE stakeholder SET email = 'x@example.org' WHERE id = 3;",
            )
            .expect("tamper");
        let report = store.verify_audit().expect("verify");
        assert_eq!(report.first_broken, None);
        assert_eq!(
            report.outside_changes,
            vec![OutsideChange {
                table: "stakeholder".into(),
                key: "3".into()
            }]
        );
    }

    #[test]
    fn redaction_keeps_the_chain_valid() {
        let store = demo_store();
        store
            .conn
            .execute(
                "UPDATE stakeholder SET email = 'new@example.org' WHERE id = 4",
                [],
            )
            .expect("update");
        let mut store = store;
        let changed = store.redact_audit("stakeholder", "4").expect("redact");
        assert!(changed >= 1);
        let entries = store
            .audit_entries(&AuditFilter {
                table: Some("stakeholder".into()),
                key: Some("4".into()),
                ..AuditFilter::default()
            })
            .expect("entries");
        assert!(entries.iter().skip(1).all(|e| {
            e.after
                .as_deref()
                .is_none_or(|a| a.starts_with(REDACTED_PREFIX))
        }));
        let report = store.verify_audit().expect("verify");
        assert!(report.is_intact(), "{report:?}");
    }

    #[test]
    fn wide_tables_and_blobs_are_logged() {
        let mut store = Store::open_in_memory().expect("store");
        let columns: Vec<String> = (0..120).map(|i| format!("c{i} INTEGER")).collect();
        store
            .conn
            .execute_batch(&format!(
                "CREATE TABLE wide (id INTEGER PRIMARY KEY, data BLOB, {})",
                columns.join(", ")
            ))
            .expect("create");
        install(&mut store.conn, true).expect("install");
        store
            .conn
            .execute(
                "INSERT INTO wide (id, data, c119) VALUES (1, x'00ff', 7)",
                [],
            )
            .expect("insert");
        let entries = store
            .audit_entries(&AuditFilter {
                table: Some("wide".into()),
                ..AuditFilter::default()
            })
            .expect("entries");
        let after = entries[0].after.as_deref().expect("after");
        assert!(after.contains("\"c119\":7"), "{after}");
        assert!(after.contains("sha256:"), "{after}");
        assert!(store.verify_audit().expect("verify").is_intact());
    }
}
