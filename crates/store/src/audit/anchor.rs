//! The chain head as an anchor kept outside the database.
//!
//! A hash chain without a secret can be cut back or rewritten as a whole, its head included.
//! The head written somewhere else (a backup's manifest, an exported PDF's metadata, a notebook)
//! proves what the log held then: the log still holds it when entry `seq` exists with that hash.

use std::path::Path;
use std::str::FromStr;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::StoreError;

/// The PDF Info key that carries the head in exported documents.
pub const PDF_INFO_KEY: &str = "ConcordAuditHead";

/// A sequence number and the hash of that entry: `SEQ:HASH`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditAnchor {
    pub seq: i64,
    pub hash: String,
}

impl std::fmt::Display for AuditAnchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.seq, self.hash)
    }
}

impl FromStr for AuditAnchor {
    type Err = ();

    /// `SEQ:HASH` with a 64-digit hexadecimal hash.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (seq, hash) = text.trim().split_once(':').ok_or(())?;
        let seq = seq.trim().parse::<i64>().map_err(|_| ())?;
        let hash = hash.trim().to_ascii_lowercase();
        if seq < 0 || hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(());
        }
        Ok(AuditAnchor { seq, hash })
    }
}

/// Whether the log still holds an anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorCheck {
    /// Entry `seq` exists with that hash.
    Held,
    /// The log has no entry `seq` (entries were cut off the end); it ends at `last_seq`.
    Missing { last_seq: i64 },
    /// Entry `seq` exists with another hash (the log was rewritten).
    Differs { found: String },
}

pub(super) fn check(conn: &Connection, anchor: &AuditAnchor) -> rusqlite::Result<AnchorCheck> {
    if anchor.seq == 0 {
        return Ok(AnchorCheck::Held);
    }
    let found: Option<String> = conn
        .query_row(
            "SELECT hash FROM audit_log WHERE seq = ?1",
            [anchor.seq],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match found {
        Some(hash) if hash == anchor.hash => AnchorCheck::Held,
        Some(found) => AnchorCheck::Differs { found },
        None => AnchorCheck::Missing {
            last_seq: conn.query_row("SELECT coalesce(max(seq), 0) FROM audit_log", [], |r| {
                r.get(0)
            })?,
        },
    })
}

/// The anchor a PDF carries in its Info dictionary (`/ConcordAuditHead (SEQ:HASH)`).
pub fn anchor_in_pdf(bytes: &[u8]) -> Option<AuditAnchor> {
    let key = format!("/{PDF_INFO_KEY}");
    let at = bytes.windows(key.len()).position(|w| w == key.as_bytes())?;
    let rest = &bytes[at + key.len()..];
    let open = rest.iter().position(|b| *b == b'(')?;
    let close = rest[open..].iter().position(|b| *b == b')')?;
    std::str::from_utf8(&rest[open + 1..open + close])
        .ok()?
        .parse()
        .ok()
}

/// The head recorded in a Concord database file (a backup), read without changing it.
pub fn anchor_of_database(path: &Path) -> Result<AuditAnchor, StoreError> {
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|source| {
            StoreError::Open {
                path: path.to_owned(),
                source,
            }
        })?;
    let (seq, hash) = conn.query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    Ok(AuditAnchor { seq, hash })
}

/// The anchor `source` names: `SEQ:HASH` itself, or a file that carries one — an exported PDF,
/// a backup's manifest (`….db.head`) or a backup database. `None` when there is none.
pub fn read_anchor(source: &str) -> Result<Option<AuditAnchor>, StoreError> {
    if let Ok(anchor) = source.parse() {
        return Ok(Some(anchor));
    }
    let path = Path::new(source);
    let bytes = std::fs::read(path).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })?;
    if bytes.starts_with(b"%PDF") {
        return Ok(anchor_in_pdf(&bytes));
    }
    if bytes.starts_with(b"SQLite format 3\0") {
        return anchor_of_database(path).map(Some);
    }
    Ok(std::str::from_utf8(&bytes)
        .ok()
        .and_then(|text| text.parse().ok()))
}
