//! Replaying the log: the state it describes, compared with the rows as they are and with each
//! entry's own before-image.
//!
//! A row changed with another tool shows up twice over: while nothing has touched it since, its
//! content differs from the log's last after-image (*drift*); once a later write has gone over it,
//! that write's before-image differs from the previous after-image of the same record (*absorbed*).
//! Both are reported; neither is ever written into the log as if it were a change of Concord's.

use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::Connection;

use super::chain::{self, content_digest, entry_from_row};
use super::triggers::{TableShape, audited_tables, key_expr, quote, row_expr};
use super::{AbsorbedChange, AuditBreak, OutsideChange};

/// A record of a table: (table, key).
pub(super) type RecordKey = (String, String);

/// The state the log describes: for each record, the row's JSON after its last entry.
pub(super) type Replayed = HashMap<RecordKey, Option<String>>;

fn replay(conn: &Connection) -> rusqlite::Result<Replayed> {
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

/// A difference between the log's replay and the rows.
pub(super) struct Drift {
    pub table: String,
    pub key: String,
    pub logged: Option<String>,
    pub current: Option<String>,
}

fn drift_from(
    conn: &Connection,
    shapes: &[TableShape],
    mut state: Replayed,
) -> rusqlite::Result<Vec<Drift>> {
    let mut out = Vec::new();
    for shape in shapes {
        for (key, json) in current_rows(conn, shape)? {
            let logged = state.remove(&(shape.name.clone(), key.clone())).flatten();
            if logged.as_deref() != Some(json.as_str()) {
                out.push(Drift {
                    table: shape.name.clone(),
                    key,
                    logged,
                    current: Some(json),
                });
            }
        }
    }
    let mut gone: Vec<_> = state
        .into_iter()
        .filter_map(|((table, key), json)| {
            json.map(|j| Drift {
                table,
                key,
                logged: Some(j),
                current: None,
            })
        })
        .collect();
    gone.sort_by(|a, b| (&a.table, &a.key).cmp(&(&b.table, &b.key)));
    out.extend(gone);
    Ok(out)
}

/// The records whose rows differ from the log now, before anything is written. The store reads
/// this at open, before it migrates or recomputes anything.
pub(crate) fn drifted_records(conn: &Connection) -> rusqlite::Result<HashSet<RecordKey>> {
    let shapes = audited_tables(conn)?;
    Ok(drift_from(conn, &shapes, replay(conn)?)?
        .into_iter()
        .map(|d| (d.table, d.key))
        .collect())
}

/// Appends an `op` entry for every row the log does not describe as it is, except `held_back`.
pub(super) fn resync(
    conn: &Connection,
    shapes: &[TableShape],
    op: &str,
    held_back: &HashSet<RecordKey>,
) -> rusqlite::Result<usize> {
    let changes = drift_from(conn, shapes, replay(conn)?)?;
    let mut written = 0;
    for d in changes {
        if held_back.contains(&(d.table.clone(), d.key.clone())) {
            continue;
        }
        chain::append(
            conn,
            &d.table,
            &d.key,
            op,
            d.logged.as_deref(),
            d.current.as_deref(),
        )?;
        written += 1;
    }
    Ok(written)
}

/// The columns whose values differ between two row images (all columns of the one that exists
/// when the other is missing; none when an image was redacted and cannot be read).
pub(super) fn changed_columns(a: Option<&str>, b: Option<&str>) -> Vec<String> {
    type Object = serde_json::Map<String, serde_json::Value>;
    let parse = |json: Option<&str>| -> Option<Object> {
        json.map_or(Some(Object::new()), |j| serde_json::from_str(j).ok())
    };
    let (Some(a), Some(b)) = (parse(a), parse(b)) else {
        return Vec::new();
    };
    let names: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    names
        .into_iter()
        .filter(|n| a.get(*n) != b.get(*n))
        .cloned()
        .collect()
}

/// What a pass over the log finds.
pub(super) struct ChainFindings {
    pub entries: u64,
    pub last_seq: i64,
    pub last_hash: String,
    pub first_broken: Option<(i64, AuditBreak)>,
    pub absorbed: Vec<AbsorbedChange>,
    pub outside_changes: Vec<OutsideChange>,
}

/// How many findings of one kind a report lists.
const LISTED: usize = 100;

/// Checks every entry's hash and its before-image against the record's previous after-image,
/// then the replayed state against the rows. Reads only.
pub(super) fn check(conn: &Connection) -> rusqlite::Result<ChainFindings> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {} FROM audit_log ORDER BY seq",
        chain::ENTRY_COLUMNS
    ))?;
    let mut rows = stmt.query([])?;
    let mut prev_hash = String::new();
    let mut prev_seq = 0i64;
    let mut entries = 0u64;
    let mut first_broken = None;
    let mut state: Replayed = HashMap::new();
    let mut absorbed = Vec::new();
    while let Some(row) = rows.next()? {
        let e = entry_from_row(row)?;
        entries += 1;
        if first_broken.is_none() {
            if e.seq != prev_seq + 1 {
                first_broken = Some((prev_seq + 1, AuditBreak::Missing));
            } else {
                let expected = chain::entry_hash(
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
        if !e.table.is_empty() {
            let record = (e.table.clone(), e.key.clone());
            let logged = state.remove(&record).flatten();
            if content_digest(logged.as_deref()) != content_digest(e.before.as_deref())
                && absorbed.len() < LISTED
            {
                absorbed.push(AbsorbedChange {
                    seq: e.seq,
                    table: e.table.clone(),
                    key: e.key.clone(),
                    columns: changed_columns(logged.as_deref(), e.before.as_deref()),
                });
            }
            state.insert(record, e.after.clone());
        }
        prev_seq = e.seq;
        prev_hash = e.hash;
    }
    let shapes = audited_tables(conn)?;
    let outside_changes = drift_from(conn, &shapes, state)?
        .into_iter()
        .take(LISTED)
        .map(|d| OutsideChange {
            columns: changed_columns(d.logged.as_deref(), d.current.as_deref()),
            table: d.table,
            key: d.key,
        })
        .collect();
    Ok(ChainFindings {
        entries,
        last_seq: prev_seq,
        last_hash: prev_hash,
        first_broken,
        absorbed,
        outside_changes,
    })
}
