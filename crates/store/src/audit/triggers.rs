//! The TEMP triggers that write the log, generated from the tables as they are.

use std::collections::HashSet;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::chain::default_actor;
use super::replay;
use crate::StoreError;

/// Tables whose rows are not audited: the log itself and its head.
pub const UNAUDITED: &[&str] = &["audit_log", "audit_head"];

/// How many columns go into one `json_object` call (SQLite caps a function's arguments).
const JSON_CHUNK: usize = 50;

/// The columns and primary key of an audited table.
#[derive(Debug, Clone)]
pub(super) struct TableShape {
    pub(super) name: String,
    pub(super) columns: Vec<String>,
    pub(super) primary_key: Vec<String>,
}

pub(super) fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

pub(super) fn audited_tables(conn: &Connection) -> rusqlite::Result<Vec<TableShape>> {
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
pub(super) fn key_expr(shape: &TableShape, prefix: &str) -> String {
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
pub(super) fn row_expr(shape: &TableShape, prefix: &str) -> String {
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
pub(super) fn has_log(conn: &Connection) -> rusqlite::Result<bool> {
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
/// migration (`rebaseline`), records a `migrate` entry for every row the log does not describe,
/// except the records in `held_back`: those differed from the log before the migration (changed
/// with another tool) and must stay reported, not be taken into the log as if migrated.
pub(crate) fn install(
    conn: &mut Connection,
    rebaseline: bool,
    held_back: &HashSet<(String, String)>,
) -> Result<(), StoreError> {
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
        replay::resync(&tx, &shapes, "migrate", held_back)?;
        tx.commit()?;
    }
    for shape in &shapes {
        for sql in trigger_sql(shape) {
            conn.execute_batch(&sql)?;
        }
    }
    Ok(())
}
