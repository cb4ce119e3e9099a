//! Numbered schema migrations, tracked with `PRAGMA user_version`.
//!
//! Migration N brings a database from version N-1 to N. Each runs in its own IMMEDIATE
//! transaction together with the version bump, so a crash leaves the previous version intact.

use rusqlite::{Connection, TransactionBehavior};

use crate::StoreError;

/// The migrations in order; the index + 1 is the version each produces.
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_dialogue.sql"),
    include_str!("migrations/002_stakeholder.sql"),
    include_str!("migrations/003_meeting.sql"),
    include_str!("migrations/004_register.sql"),
    include_str!("migrations/005_audit.sql"),
    include_str!("migrations/006_meeting_lifecycle.sql"),
    include_str!("migrations/007_questions.sql"),
    include_str!("migrations/008_declarations.sql"),
    include_str!("migrations/009_scenarios.sql"),
    include_str!("migrations/010_indicators.sql"),
    include_str!("migrations/011_ask_again.sql"),
    include_str!("migrations/012_decision_basis.sql"),
    include_str!("migrations/013_vision.sql"),
    include_str!("migrations/014_targets.sql"),
    include_str!("migrations/015_measures.sql"),
    include_str!("migrations/016_vision_superseded_drafts.sql"),
    include_str!("migrations/017_vision_signatures.sql"),
    include_str!("migrations/018_question_amendment.sql"),
    include_str!("migrations/019_target_details.sql"),
    include_str!("migrations/020_pledge_signatures.sql"),
    include_str!("migrations/021_bilingual_people.sql"),
    include_str!("migrations/022_target_bau_scenario.sql"),
    include_str!("migrations/023_bilingual_assistant.sql"),
    include_str!("migrations/024_bilingual_department.sql"),
];

/// The schema version this build writes.
pub fn latest_version() -> u32 {
    MIGRATIONS.len() as u32
}

pub fn current_version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Refuses a database written by a newer build before anything in it is changed.
pub fn refuse_newer(conn: &Connection) -> Result<(), StoreError> {
    let found = current_version(conn)?;
    if found > latest_version() {
        return Err(StoreError::NewerSchema {
            found,
            known: latest_version(),
        });
    }
    Ok(())
}

/// A file that starts as a SQLite database does: anything else is not a Concord database.
/// (An empty file is not one either: only the demo and the first start create a database.)
pub fn is_concord_file(path: &std::path::Path) -> Result<bool, StoreError> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut header))
        .map_err(|source| StoreError::Io {
            path: path.to_owned(),
            source,
        })?;
    Ok(read == header.len() && &header == b"SQLite format 3\0")
}

/// A SQLite file that holds tables but was never a Concord database (version 0) belongs to
/// another program: it is refused, never given Concord's tables.
pub fn refuse_foreign(conn: &Connection, path: &std::path::Path) -> Result<(), StoreError> {
    if current_version(conn)? != 0 {
        return Ok(());
    }
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    if objects > 0 {
        return Err(StoreError::NotConcord {
            path: path.to_owned(),
        });
    }
    Ok(())
}

/// Applies the migrations after the database's version, up to `target`.
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<(), StoreError> {
    let found = current_version(conn)?;
    if found > latest_version() {
        return Err(StoreError::NewerSchema {
            found,
            known: latest_version(),
        });
    }
    for version in (found + 1)..=target.min(latest_version()) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(MIGRATIONS[version as usize - 1])?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}
