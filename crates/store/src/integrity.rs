//! `PRAGMA integrity_check` and the recognition of damaged files.

use rusqlite::{Connection, ErrorCode};

use crate::{Store, StoreError};

/// The problems `integrity_check` finds (at most 20), or nothing when the database is sound.
pub(crate) fn problems(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare("PRAGMA integrity_check(20)")?;
    let lines = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(if lines.len() == 1 && lines[0] == "ok" {
        Vec::new()
    } else {
        lines
    })
}

/// Whether SQLite says the file is damaged (rather than busy, missing or not a database).
pub(crate) fn is_corruption(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(ErrorCode::DatabaseCorrupt))
}

impl Store {
    /// `PRAGMA integrity_check`: an empty list when the database is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        problems(&self.conn)
    }
}
