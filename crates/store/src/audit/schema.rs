//! The schema objects a database should hold: exactly those its migrations create.
//!
//! A trigger, view, index or table added with another tool runs or shows inside Concord's
//! own statements (a trigger that rewrites every e-mail written later, say) without ever
//! appearing in the log, so the audit also compares `sqlite_schema` with a reference database
//! built in memory by the same migrations up to the same version.

use std::collections::BTreeMap;

use rusqlite::Connection;

use crate::{StoreError, migrations};

/// How a schema object differs from what the migrations create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaChange {
    /// No migration creates it.
    Unexpected,
    /// Its SQL differs from the migrations'.
    Altered,
    /// A migration creates it but it is gone.
    Missing,
}

impl SchemaChange {
    pub fn key(self) -> &'static str {
        match self {
            SchemaChange::Unexpected => "unexpected",
            SchemaChange::Altered => "altered",
            SchemaChange::Missing => "missing",
        }
    }
}

/// A table, index, trigger or view that is not as the migrations made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaFinding {
    pub change: SchemaChange,
    /// `table`, `index`, `trigger` or `view`.
    pub kind: String,
    pub name: String,
}

impl std::fmt::Display for SchemaFinding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} ({})", self.kind, self.name, self.change.key())
    }
}

type Objects = BTreeMap<(String, String), Option<String>>;

fn objects(conn: &Connection) -> rusqlite::Result<Objects> {
    // SQLite's own objects (sqlite_sequence, automatic indexes) follow from the others.
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM main.sqlite_schema
         WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )?;
    stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
        .collect()
}

/// The objects of `conn`'s main schema that differ from those the migrations create at its
/// version. Reads only.
pub fn schema_findings(conn: &Connection) -> Result<Vec<SchemaFinding>, StoreError> {
    let version = migrations::current_version(conn)?;
    let mut reference = Connection::open_in_memory()?;
    migrations::migrate_to(&mut reference, version)?;
    let expected = objects(&reference)?;
    let mut actual = objects(conn)?;
    let mut findings = Vec::new();
    for (id, sql) in expected {
        let change = match actual.remove(&id) {
            None => Some(SchemaChange::Missing),
            Some(found) if found != sql => Some(SchemaChange::Altered),
            Some(_) => None,
        };
        if let Some(change) = change {
            findings.push(SchemaFinding {
                change,
                kind: id.0,
                name: id.1,
            });
        }
    }
    findings.extend(actual.into_keys().map(|(kind, name)| SchemaFinding {
        change: SchemaChange::Unexpected,
        kind,
        name,
    }));
    Ok(findings)
}
