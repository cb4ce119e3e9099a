//! The Local Action Plan: key projects, their measures with the targets each serves and its
//! expected effect, and dated progress updates. The schema refuses deleting a measure that has
//! progress updates, an update dated before its measure starts, and a per cent outside 0–100.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, Transaction, TransactionBehavior, params};

use crate::{Store, StoreError};

/// Where a measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeasureStatus {
    NotStarted,
    OnTime,
    Late,
    Completed,
    Postponed,
    Cancelled,
}

impl MeasureStatus {
    pub const ALL: [MeasureStatus; 6] = [
        MeasureStatus::NotStarted,
        MeasureStatus::OnTime,
        MeasureStatus::Late,
        MeasureStatus::Completed,
        MeasureStatus::Postponed,
        MeasureStatus::Cancelled,
    ];

    /// The key the schema and the files use.
    pub fn key(self) -> &'static str {
        match self {
            MeasureStatus::NotStarted => "not-started",
            MeasureStatus::OnTime => "on-time",
            MeasureStatus::Late => "late",
            MeasureStatus::Completed => "completed",
            MeasureStatus::Postponed => "postponed",
            MeasureStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_key(key: &str) -> Option<MeasureStatus> {
        MeasureStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Short term (within the first year of joining) or long term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeasureTerm {
    Short,
    Long,
}

impl MeasureTerm {
    pub fn key(self) -> &'static str {
        match self {
            MeasureTerm::Short => "short",
            MeasureTerm::Long => "long",
        }
    }

    pub fn from_key(key: &str) -> Option<MeasureTerm> {
        match key {
            "short" => Some(MeasureTerm::Short),
            "long" => Some(MeasureTerm::Long),
            _ => None,
        }
    }
}

/// Who carries a measure out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureOwner {
    /// A stakeholder of the register, by id.
    Stakeholder(i64),
    /// A department named in words, in Chinese and in English (either may be empty, not both).
    Department { zh: String, en: String },
}

/// A key project of the Local Action Plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyProject {
    pub code: String,
    pub title_zh: String,
    pub title_en: String,
}

/// A target a measure serves, with its expected effect (e.g. 12000 t CO2/a).
#[derive(Debug, Clone, PartialEq)]
pub struct ServedTarget {
    /// The target's subject: an indicator's code or a BAU series key.
    pub subject: String,
    pub effect_value: Option<f64>,
    pub effect_unit: String,
}

/// A measure as written: its code keeps it across imports.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureRow {
    pub code: String,
    pub key_project: KeyProject,
    pub title_zh: String,
    pub title_en: String,
    pub description_zh: String,
    pub description_en: String,
    pub term: MeasureTerm,
    pub owner: Option<MeasureOwner>,
    pub budget_cny: Option<f64>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub status: MeasureStatus,
    pub targets: Vec<ServedTarget>,
}

/// A dated progress update: how far the measure is, in per cent, and a note.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressUpdate {
    pub on: NaiveDate,
    pub percent: f64,
    pub note: String,
}

/// A measure as stored, with its progress updates by date.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredMeasure {
    pub id: i64,
    pub row: MeasureRow,
    pub progress: Vec<ProgressUpdate>,
}

impl StoredMeasure {
    /// The latest progress update, if any.
    pub fn latest_progress(&self) -> Option<&ProgressUpdate> {
        self.progress.last()
    }
}

/// A measure to write: its row and, optionally, a progress update to add.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureWrite {
    pub row: MeasureRow,
    /// Added unless it repeats the measure's latest update.
    pub progress: Option<ProgressUpdate>,
}

/// How many measures an import added and updated, and how many progress updates it added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeasureImportCount {
    pub added: usize,
    pub updated: usize,
    pub progress_added: usize,
}

/// What the schema refuses about measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureRefusal {
    /// The measure has progress updates and is kept; it may be cancelled instead.
    HasProgress,
    /// A progress update is dated before its measure starts.
    ProgressBeforeStart,
    /// A progress update's per cent lies outside 0–100.
    PercentOutOfRange,
    /// No measure has this code.
    UnknownMeasure { code: String },
}

impl MeasureRefusal {
    /// The Fluent id and variables of the message that says it.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            MeasureRefusal::HasProgress => ("measures-error-has-progress", vec![]),
            MeasureRefusal::ProgressBeforeStart => ("measures-error-progress-before-start", vec![]),
            MeasureRefusal::PercentOutOfRange => ("measures-error-percent-range", vec![]),
            MeasureRefusal::UnknownMeasure { code } => (
                "measures-error-unknown-measure",
                vec![("code", code.clone())],
            ),
        }
    }

    pub(crate) fn from_trigger_message(message: &str) -> Option<MeasureRefusal> {
        match message {
            "concord: measure has progress updates" => Some(MeasureRefusal::HasProgress),
            "concord: progress before start" => Some(MeasureRefusal::ProgressBeforeStart),
            "concord: progress percent out of range" => Some(MeasureRefusal::PercentOutOfRange),
            _ => None,
        }
    }
}

const COLUMNS: &str = "m.id, m.code, k.code, k.title_zh, k.title_en, m.title_zh, m.title_en, \
                       m.description_zh, m.description_en, m.term, m.owner_stakeholder_id, \
                       m.owner_department, m.budget_cny, m.start_date, m.end_date, m.status, \
                       m.owner_department_en";

fn measure_from_row(row: &Row<'_>) -> rusqlite::Result<StoredMeasure> {
    let bad = |i: usize, value: String| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown value {value}").into(),
        )
    };
    let term: String = row.get(9)?;
    let status: String = row.get(15)?;
    let stakeholder: Option<i64> = row.get(10)?;
    let department_zh: Option<String> = row.get(11)?;
    let department_en: Option<String> = row.get(16)?;
    Ok(StoredMeasure {
        id: row.get(0)?,
        row: MeasureRow {
            code: row.get(1)?,
            key_project: KeyProject {
                code: row.get(2)?,
                title_zh: row.get(3)?,
                title_en: row.get(4)?,
            },
            title_zh: row.get(5)?,
            title_en: row.get(6)?,
            description_zh: row.get(7)?,
            description_en: row.get(8)?,
            term: MeasureTerm::from_key(&term).ok_or_else(|| bad(9, term.clone()))?,
            owner: match (stakeholder, department_zh, department_en) {
                (Some(id), _, _) => Some(MeasureOwner::Stakeholder(id)),
                (None, None, None) => None,
                (None, zh, en) => Some(MeasureOwner::Department {
                    zh: zh.unwrap_or_default(),
                    en: en.unwrap_or_default(),
                }),
            },
            budget_cny: row.get(12)?,
            start: row.get(13)?,
            end: row.get(14)?,
            status: MeasureStatus::from_key(&status).ok_or_else(|| bad(15, status.clone()))?,
            targets: Vec::new(),
        },
        progress: Vec::new(),
    })
}

fn key_project_id(
    tx: &Transaction<'_>,
    dialogue_id: i64,
    project: &KeyProject,
) -> Result<i64, StoreError> {
    let code = project.code.trim();
    let existing: Option<(i64, String, String)> = tx
        .query_row(
            "SELECT id, title_zh, title_en FROM key_project WHERE dialogue_id = ?1 AND code = ?2",
            params![dialogue_id, code],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    match existing {
        Some((id, zh, en)) => {
            if zh != project.title_zh.trim() || en != project.title_en.trim() {
                tx.execute(
                    "UPDATE key_project SET title_zh = ?2, title_en = ?3 WHERE id = ?1",
                    params![id, project.title_zh.trim(), project.title_en.trim()],
                )?;
            }
            Ok(id)
        }
        None => {
            tx.execute(
                "INSERT INTO key_project (dialogue_id, code, title_zh, title_en)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    dialogue_id,
                    code,
                    project.title_zh.trim(),
                    project.title_en.trim()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        }
    }
}

/// The owner's columns: the stakeholder, the department's Chinese and English names (an
/// empty name is stored as none).
fn owner_columns(owner: &Option<MeasureOwner>) -> (Option<i64>, Option<String>, Option<String>) {
    let name = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    match owner {
        Some(MeasureOwner::Stakeholder(id)) => (Some(*id), None, None),
        Some(MeasureOwner::Department { zh, en }) => (None, name(zh), name(en)),
        None => (None, None, None),
    }
}

impl Store {
    /// The key projects, by code.
    pub fn key_projects(&self) -> Result<Vec<KeyProject>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT code, title_zh, title_en FROM key_project ORDER BY code")?;
        let rows = stmt.query_map([], |r| {
            Ok(KeyProject {
                code: r.get(0)?,
                title_zh: r.get(1)?,
                title_en: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every measure by key project then code, with the targets it serves and its progress
    /// updates by date.
    pub fn measures(&self) -> Result<Vec<StoredMeasure>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM measure m JOIN key_project k ON k.id = m.key_project_id
             ORDER BY k.code, m.code"
        ))?;
        let mut measures: Vec<StoredMeasure> = stmt
            .query_map([], measure_from_row)?
            .collect::<Result<_, _>>()?;
        let mut targets = self.conn.prepare_cached(
            "SELECT subject, effect_value, effect_unit FROM measure_target WHERE measure_id = ?1
             ORDER BY subject",
        )?;
        let mut progress = self.conn.prepare_cached(
            "SELECT on_date, percent, note FROM measure_progress WHERE measure_id = ?1
             ORDER BY on_date, id",
        )?;
        for measure in &mut measures {
            measure.row.targets = targets
                .query_map([measure.id], |r| {
                    Ok(ServedTarget {
                        subject: r.get(0)?,
                        effect_value: r.get(1)?,
                        effect_unit: r.get(2)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            measure.progress = progress
                .query_map([measure.id], |r| {
                    Ok(ProgressUpdate {
                        on: r.get(0)?,
                        percent: r.get(1)?,
                        note: r.get(2)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
        }
        Ok(measures)
    }

    /// Adds the measures whose code is new and updates the others (their key project, fields
    /// and served targets), adding each given progress update unless it repeats the measure's
    /// latest; all or nothing.
    pub fn write_measures(
        &mut self,
        writes: &[MeasureWrite],
        at: NaiveDateTime,
    ) -> Result<MeasureImportCount, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut count = MeasureImportCount::default();
        for write in writes {
            let row = &write.row;
            let project = key_project_id(&tx, dialogue_id, &row.key_project)?;
            let (stakeholder, department, department_en) = owner_columns(&row.owner);
            let code = row.code.trim();
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT id FROM measure WHERE dialogue_id = ?1 AND code = ?2",
                    params![dialogue_id, code],
                    |r| r.get(0),
                )
                .optional()?;
            let id = match existing {
                Some(id) => {
                    let changed = tx.execute(
                        "UPDATE measure SET key_project_id = ?2, title_zh = ?3, title_en = ?4,
                         description_zh = ?5, description_en = ?6, term = ?7,
                         owner_stakeholder_id = ?8, owner_department = ?9, budget_cny = ?10,
                         start_date = ?11, end_date = ?12, status = ?13, updated_at = ?14,
                         owner_department_en = ?15
                         WHERE id = ?1 AND NOT (key_project_id IS ?2 AND title_zh IS ?3
                         AND title_en IS ?4 AND description_zh IS ?5 AND description_en IS ?6
                         AND term IS ?7 AND owner_stakeholder_id IS ?8
                         AND owner_department IS ?9 AND budget_cny IS ?10
                         AND start_date IS ?11 AND end_date IS ?12 AND status IS ?13
                         AND owner_department_en IS ?15)",
                        params![
                            id,
                            project,
                            row.title_zh.trim(),
                            row.title_en.trim(),
                            row.description_zh.trim(),
                            row.description_en.trim(),
                            row.term.key(),
                            stakeholder,
                            department,
                            row.budget_cny,
                            row.start,
                            row.end,
                            row.status.key(),
                            at,
                            department_en
                        ],
                    )?;
                    let targets_changed = replace_targets(&tx, id, &row.targets)?;
                    if changed > 0 || targets_changed {
                        count.updated += 1;
                    }
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO measure (dialogue_id, code, key_project_id, title_zh,
                         title_en, description_zh, description_en, term, owner_stakeholder_id,
                         owner_department, budget_cny, start_date, end_date, status, created_at,
                         updated_at, owner_department_en)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                         ?15, ?15, ?16)",
                        params![
                            dialogue_id,
                            code,
                            project,
                            row.title_zh.trim(),
                            row.title_en.trim(),
                            row.description_zh.trim(),
                            row.description_en.trim(),
                            row.term.key(),
                            stakeholder,
                            department,
                            row.budget_cny,
                            row.start,
                            row.end,
                            row.status.key(),
                            at,
                            department_en
                        ],
                    )?;
                    let id = tx.last_insert_rowid();
                    replace_targets(&tx, id, &row.targets)?;
                    count.added += 1;
                    id
                }
            };
            if let Some(update) = &write.progress {
                let latest: Option<(NaiveDate, f64, String)> = tx
                    .query_row(
                        "SELECT on_date, percent, note FROM measure_progress WHERE measure_id = ?1
                         ORDER BY on_date DESC, id DESC LIMIT 1",
                        [id],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?;
                let repeats = latest.is_some_and(|(on, percent, note)| {
                    on == update.on && percent == update.percent && note == update.note.trim()
                });
                if !repeats {
                    insert_progress(&tx, id, update, at)?;
                    count.progress_added += 1;
                }
            }
        }
        tx.commit()?;
        Ok(count)
    }

    /// Adds a progress update to the measure `code`.
    pub fn add_measure_progress(
        &mut self,
        code: &str,
        update: &ProgressUpdate,
        at: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id = measure_id(&tx, code)?;
        insert_progress(&tx, id, update, at)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes the measure `code` and the targets it serves; refused once it has progress updates.
    pub fn delete_measure(&mut self, code: &str) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id = measure_id(&tx, code)?;
        let has_progress: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM measure_progress WHERE measure_id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if has_progress {
            return Err(StoreError::Measure(MeasureRefusal::HasProgress));
        }
        tx.execute("DELETE FROM measure_target WHERE measure_id = ?1", [id])?;
        tx.execute("DELETE FROM measure WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }
}

fn measure_id(tx: &Transaction<'_>, code: &str) -> Result<i64, StoreError> {
    tx.query_row(
        "SELECT id FROM measure WHERE code = ?1",
        [code.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| {
        StoreError::Measure(MeasureRefusal::UnknownMeasure {
            code: code.trim().to_owned(),
        })
    })
}

fn insert_progress(
    tx: &Transaction<'_>,
    measure_id: i64,
    update: &ProgressUpdate,
    at: NaiveDateTime,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO measure_progress (measure_id, on_date, percent, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            measure_id,
            update.on,
            update.percent,
            update.note.trim(),
            at
        ],
    )?;
    Ok(())
}

/// Replaces the targets a measure serves; says whether they changed.
fn replace_targets(
    tx: &Transaction<'_>,
    measure_id: i64,
    targets: &[ServedTarget],
) -> Result<bool, StoreError> {
    let mut stmt = tx.prepare_cached(
        "SELECT subject, effect_value, effect_unit FROM measure_target WHERE measure_id = ?1
         ORDER BY subject",
    )?;
    let before: Vec<ServedTarget> = stmt
        .query_map([measure_id], |r| {
            Ok(ServedTarget {
                subject: r.get(0)?,
                effect_value: r.get(1)?,
                effect_unit: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut after: Vec<ServedTarget> = targets
        .iter()
        .map(|t| ServedTarget {
            subject: t.subject.trim().to_owned(),
            effect_value: t.effect_value,
            effect_unit: t.effect_unit.trim().to_owned(),
        })
        .collect();
    after.sort_by(|a, b| a.subject.cmp(&b.subject));
    if before == after {
        return Ok(false);
    }
    tx.execute(
        "DELETE FROM measure_target WHERE measure_id = ?1",
        [measure_id],
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO measure_target (measure_id, subject, effect_value, effect_unit)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for target in &after {
        insert.execute(params![
            measure_id,
            target.subject,
            target.effect_value,
            target.effect_unit
        ])?;
    }
    Ok(true)
}
