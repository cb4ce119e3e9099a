//! The hash of an entry and appending entries from Rust.

use std::fmt::Write as _;

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::AuditEntry;

pub(super) const REDACTED_PREFIX: &str = "{\"$redacted\":\"";

pub(super) const ENTRY_COLUMNS: &str = "seq, at, actor, tbl, row_key, op, before, after, hash";

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
pub(super) fn content_digest(json: Option<&str>) -> String {
    match json {
        None => String::new(),
        Some(text) => match redacted_digest(text) {
            Some(digest) => digest.to_owned(),
            None => sha256_hex(text.as_bytes()),
        },
    }
}

pub(super) fn redacted_digest(text: &str) -> Option<&str> {
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

pub(super) fn head(conn: &Connection) -> rusqlite::Result<(i64, String)> {
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
pub(super) fn append(
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

pub(super) fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
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
