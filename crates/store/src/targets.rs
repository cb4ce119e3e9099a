//! Targets for 2030 and mid-century: proposals replaced as a whole by an import, then adopted
//! as a set through a consensus question and frozen by the schema.

use chrono::NaiveDateTime;
use rusqlite::{Row, TransactionBehavior, params};

use crate::{Store, StoreError};

/// One target: a subject (an indicator's code or a BAU series key), its baseline, and the
/// value to reach in one target year.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetRow {
    pub subject: String,
    pub baseline_year: i32,
    pub baseline_value: f64,
    pub target_year: i32,
    pub target_value: f64,
}

/// A target as stored, with its adoption.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredTarget {
    pub id: i64,
    pub row: TargetRow,
    pub adopted_by_question_id: Option<i64>,
    pub adopted_at: Option<NaiveDateTime>,
}

/// What the store refuses about targets, said by the trigger or the check before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetRefusal {
    /// The set was adopted and is frozen: a revision is adopted again.
    Frozen,
    /// The question is not decided, or its outcome did not adopt.
    AdoptionRefused { question_id: i64 },
    /// There is no proposal to adopt.
    NothingToAdopt,
}

impl TargetRefusal {
    /// The Fluent id and variables of the message that says it.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            TargetRefusal::Frozen => ("targets-error-frozen", vec![]),
            TargetRefusal::AdoptionRefused { question_id } => (
                "targets-error-adoption-refused",
                vec![("question", question_id.to_string())],
            ),
            TargetRefusal::NothingToAdopt => ("targets-error-nothing-to-adopt", vec![]),
        }
    }

    pub(crate) fn from_trigger_message(message: &str) -> Option<TargetRefusal> {
        match message {
            "concord: target frozen" => Some(TargetRefusal::Frozen),
            "concord: target adoption refused" => {
                Some(TargetRefusal::AdoptionRefused { question_id: 0 })
            }
            _ => None,
        }
    }
}

const COLUMNS: &str = "id, subject, baseline_year, baseline_value, target_year, target_value, \
                       adopted_by_question_id, adopted_at";

fn target_from_row(row: &Row<'_>) -> rusqlite::Result<StoredTarget> {
    Ok(StoredTarget {
        id: row.get(0)?,
        row: TargetRow {
            subject: row.get(1)?,
            baseline_year: row.get(2)?,
            baseline_value: row.get(3)?,
            target_year: row.get(4)?,
            target_value: row.get(5)?,
        },
        adopted_by_question_id: row.get(6)?,
        adopted_at: row.get(7)?,
    })
}

fn refused(refusal: TargetRefusal) -> StoreError {
    StoreError::Target(refusal)
}

impl Store {
    /// Every target, by subject then target year.
    pub fn targets(&self) -> Result<Vec<StoredTarget>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM target ORDER BY subject, target_year"
        ))?;
        let rows = stmt.query_map([], target_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replaces the proposals (the targets not adopted) with `rows`, all or nothing. Adopted
    /// targets stay; a row for a subject and year already adopted is refused.
    pub fn replace_target_proposals(
        &mut self,
        rows: &[TargetRow],
        at: NaiveDateTime,
    ) -> Result<usize, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM target WHERE adopted_by_question_id IS NULL",
            [],
        )?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO target (dialogue_id, subject, baseline_year, baseline_value,
                 target_year, target_value, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for row in rows {
                insert
                    .execute(params![
                        dialogue_id,
                        row.subject.trim(),
                        row.baseline_year,
                        row.baseline_value,
                        row.target_year,
                        row.target_value,
                        at
                    ])
                    .map_err(|e| match StoreError::from(e) {
                        StoreError::Sqlite(e)
                            if e.sqlite_error_code()
                                == Some(rusqlite::ErrorCode::ConstraintViolation) =>
                        {
                            refused(TargetRefusal::Frozen)
                        }
                        other => other,
                    })?;
            }
        }
        tx.commit()?;
        Ok(rows.len())
    }

    /// Adopts every proposal by the decided question `question_id`; they are frozen from then on.
    pub fn adopt_targets(
        &mut self,
        question_id: i64,
        at: NaiveDateTime,
    ) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx
            .execute(
                "UPDATE target SET adopted_by_question_id = ?1, adopted_at = ?2
                 WHERE adopted_by_question_id IS NULL",
                params![question_id, at],
            )
            .map_err(|e| match StoreError::from(e) {
                StoreError::Target(TargetRefusal::AdoptionRefused { .. }) => {
                    refused(TargetRefusal::AdoptionRefused { question_id })
                }
                other => other,
            })?;
        if changed == 0 {
            return Err(refused(TargetRefusal::NothingToAdopt));
        }
        tx.commit()?;
        Ok(changed)
    }
}
