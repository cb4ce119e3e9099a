//! Targets for 2030 and mid-century, kept as revisions: an import replaces the proposals of the
//! open revision (the one after the latest adopted) as a whole; a decided consensus question
//! adopts that revision and the schema freezes it; a change to an adopted set is a new revision,
//! adopted again by another question.

use chrono::NaiveDateTime;
use rusqlite::{Row, TransactionBehavior, params};

use crate::{Store, StoreError};

/// One target: a subject (an indicator's code or a BAU series key), its baseline, and the
/// value to reach in one target year, in the subject's unit.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetRow {
    pub subject: String,
    pub baseline_year: i32,
    pub baseline_value: f64,
    pub target_year: i32,
    pub target_value: f64,
}

/// The kind of goal, as the GHG Protocol Mitigation Goal Standard names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TargetKind {
    BaseYearReduction,
    #[default]
    FixedLevel,
    BaseYearIntensity,
    BelowBau,
}

impl TargetKind {
    pub const ALL: [TargetKind; 4] = [
        TargetKind::BaseYearReduction,
        TargetKind::FixedLevel,
        TargetKind::BaseYearIntensity,
        TargetKind::BelowBau,
    ];

    /// The key stored and printed in JSON; also the Fluent id's suffix.
    pub fn key(self) -> &'static str {
        match self {
            TargetKind::BaseYearReduction => "base-year-reduction",
            TargetKind::FixedLevel => "fixed-level",
            TargetKind::BaseYearIntensity => "base-year-intensity",
            TargetKind::BelowBau => "below-bau",
        }
    }

    pub fn from_key(key: &str) -> Option<TargetKind> {
        TargetKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the kind is set by a per cent (all but a fixed level).
    pub fn has_percent(self) -> bool {
        self != TargetKind::FixedLevel
    }
}

/// What a target says besides its numbers: its kind, the SDGs it serves and the advantages for
/// the community in both languages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TargetDetails {
    pub kind: TargetKind,
    /// The reduction in per cent for the kinds that have one; `None` for a fixed level.
    pub percent: Option<f64>,
    /// Goal numbers 1–17, in the order given.
    pub sdgs: Vec<u8>,
    pub advantages_zh: String,
    pub advantages_en: String,
    /// For a target below the BAU, the name of the BAU scenario it was measured against;
    /// `None` for the other kinds.
    pub bau_scenario: Option<String>,
}

/// A target to propose: its numbers and its details.
#[derive(Debug, Clone, PartialEq)]
pub struct NewTarget {
    pub row: TargetRow,
    pub details: TargetDetails,
}

/// A target as stored, with its revision and adoption.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredTarget {
    pub id: i64,
    pub row: TargetRow,
    pub details: TargetDetails,
    /// The revision of the target set it belongs to, from 1.
    pub revision: i64,
    pub adopted_by_question_id: Option<i64>,
    pub adopted_at: Option<NaiveDateTime>,
}

/// What the store refuses about targets, said by the trigger or the check before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetRefusal {
    /// The set was adopted and is frozen: a revision is adopted again.
    Frozen,
    /// The question is not decided, or its outcome did not adopt, or it adopted another
    /// revision already.
    AdoptionRefused { question_id: i64 },
    /// There is no proposal to adopt.
    NothingToAdopt,
    /// A kind the store does not know, or a per cent it cannot take.
    UnknownKind,
    /// A goal number outside 1–17.
    SdgOutOfRange,
    /// A scenario named for a target that is not below the BAU, or an empty name.
    BauScenario,
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
            TargetRefusal::UnknownKind => ("targets-error-kind-refused", vec![]),
            TargetRefusal::SdgOutOfRange => ("targets-error-sdgs-refused", vec![]),
            TargetRefusal::BauScenario => ("targets-error-bau-scenario", vec![]),
        }
    }

    pub(crate) fn from_trigger_message(message: &str) -> Option<TargetRefusal> {
        match message {
            "concord: target frozen" => Some(TargetRefusal::Frozen),
            "concord: target adoption refused" => {
                Some(TargetRefusal::AdoptionRefused { question_id: 0 })
            }
            "concord: target kind unknown" => Some(TargetRefusal::UnknownKind),
            "concord: target sdgs out of range" => Some(TargetRefusal::SdgOutOfRange),
            "concord: target bau scenario" => Some(TargetRefusal::BauScenario),
            _ => None,
        }
    }
}

const COLUMNS: &str = "id, subject, baseline_year, baseline_value, target_year, target_value, \
                       adopted_by_question_id, adopted_at, revision, kind, percent, sdgs, \
                       advantages_zh, advantages_en, bau_scenario";

fn target_from_row(row: &Row<'_>) -> rusqlite::Result<StoredTarget> {
    let kind: String = row.get(9)?;
    let sdgs: String = row.get(11)?;
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
        revision: row.get(8)?,
        details: TargetDetails {
            // The schema admits only the four keys.
            kind: TargetKind::from_key(&kind).unwrap_or_default(),
            percent: row.get(10)?,
            sdgs: serde_json::from_str(&sdgs).unwrap_or_default(),
            advantages_zh: row.get(12)?,
            advantages_en: row.get(13)?,
            bau_scenario: row.get(14)?,
        },
    })
}

fn refused(refusal: TargetRefusal) -> StoreError {
    StoreError::Target(refusal)
}

impl StoredTarget {
    pub fn is_adopted(&self) -> bool {
        self.adopted_by_question_id.is_some()
    }
}

impl Store {
    /// Every target of every revision, by revision, subject and target year.
    pub fn targets(&self) -> Result<Vec<StoredTarget>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM target ORDER BY revision, subject, target_year"
        ))?;
        let rows = stmt.query_map([], target_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The targets in force and on the table: the latest adopted revision's, then the open
    /// revision's proposals — by subject and target year within each.
    pub fn current_targets(&self) -> Result<Vec<StoredTarget>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM target
             WHERE adopted_by_question_id IS NULL
                OR revision = (SELECT max(revision) FROM target
                               WHERE adopted_by_question_id IS NOT NULL)
             ORDER BY revision, subject, target_year"
        ))?;
        let rows = stmt.query_map([], target_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The revision an import writes to: one after the latest adopted.
    pub fn open_target_revision(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(revision), 0) + 1 FROM target
             WHERE adopted_by_question_id IS NOT NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// Replaces the proposals with `rows` (fixed levels with no SDG or advantage), all or
    /// nothing. See [`Store::propose_targets`].
    pub fn replace_target_proposals(
        &mut self,
        rows: &[TargetRow],
        at: NaiveDateTime,
    ) -> Result<usize, StoreError> {
        let targets: Vec<NewTarget> = rows
            .iter()
            .map(|row| NewTarget {
                row: row.clone(),
                details: TargetDetails::default(),
            })
            .collect();
        self.propose_targets(&targets, at)
    }

    /// Replaces the proposals of the open revision with `targets`, all or nothing. Adopted
    /// revisions stay as they are; the set proposed here is a whole new revision of them.
    pub fn propose_targets(
        &mut self,
        targets: &[NewTarget],
        at: NaiveDateTime,
    ) -> Result<usize, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let revision = self.open_target_revision()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM target WHERE adopted_by_question_id IS NULL",
            [],
        )?;
        insert_proposals(&tx, dialogue_id, revision, targets, at).map_err(|e| match e {
            StoreError::Sqlite(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                refused(TargetRefusal::Frozen)
            }
            other => other,
        })?;
        tx.commit()?;
        Ok(targets.len())
    }

    /// Adopts the open revision's proposals by the decided question `question_id`; they are
    /// frozen from then on.
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

/// Writes `targets` as proposals of `revision`, in the transaction the caller holds.
pub(crate) fn insert_proposals(
    tx: &rusqlite::Transaction<'_>,
    dialogue_id: i64,
    revision: i64,
    targets: &[NewTarget],
    at: NaiveDateTime,
) -> Result<(), StoreError> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO target (dialogue_id, revision, subject, baseline_year,
         baseline_value, target_year, target_value, kind, percent, sdgs, advantages_zh,
         advantages_en, bau_scenario, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for NewTarget { row, details } in targets {
        let sdgs =
            serde_json::to_string(&details.sdgs).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        insert.execute(params![
            dialogue_id,
            revision,
            row.subject.trim(),
            row.baseline_year,
            row.baseline_value,
            row.target_year,
            row.target_value,
            details.kind.key(),
            details.percent,
            sdgs,
            details.advantages_zh.trim(),
            details.advantages_en.trim(),
            details.bau_scenario.as_deref().map(str::trim),
            at
        ])?;
    }
    Ok(())
}
