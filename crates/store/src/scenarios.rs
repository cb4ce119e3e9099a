//! Scenarios (the BAU and alternatives) and their rows; adoption through a consensus question.

use chrono::NaiveDateTime;
use concord_domain::bau::{Assumption, Step, Unit, Variable, horizon_end, project};
use rusqlite::{OptionalExtension, Row, Transaction, TransactionBehavior, params};

use crate::{Store, StoreError};

/// What the store refuses about a scenario, said by the trigger or the check before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioRefusal {
    /// The scenario was adopted and is frozen.
    Frozen {
        name: String,
    },
    /// The question is not decided, or its outcome did not adopt.
    AdoptionRefused {
        question_id: i64,
    },
    NameTaken {
        name: String,
    },
    NotFound {
        name: String,
    },
    /// A BAU is needed (to copy or show) and the dialogue has none.
    NoBau,
}

impl ScenarioRefusal {
    /// The Fluent id and variables of the message that says it.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            ScenarioRefusal::Frozen { name } => ("bau-error-frozen", vec![("name", name.clone())]),
            ScenarioRefusal::AdoptionRefused { question_id } => (
                "bau-error-adoption-refused",
                vec![("question", question_id.to_string())],
            ),
            ScenarioRefusal::NameTaken { name } => {
                ("bau-error-name-taken", vec![("name", name.clone())])
            }
            ScenarioRefusal::NotFound { name } => {
                ("bau-error-scenario-not-found", vec![("name", name.clone())])
            }
            ScenarioRefusal::NoBau => ("bau-error-no-bau", vec![]),
        }
    }

    pub(crate) fn from_trigger_message(message: &str) -> Option<ScenarioRefusal> {
        match message {
            "concord: scenario frozen" => Some(ScenarioRefusal::Frozen {
                name: String::new(),
            }),
            "concord: scenario adoption refused" => {
                Some(ScenarioRefusal::AdoptionRefused { question_id: 0 })
            }
            _ => None,
        }
    }
}

/// A scenario as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioRecord {
    pub id: i64,
    pub name: String,
    pub is_bau: bool,
    pub copied_from: Option<i64>,
    pub illustrative: bool,
    pub gdp_price_year: Option<i32>,
    pub adopted_by_question_id: Option<i64>,
    pub adopted_at: Option<NaiveDateTime>,
}

impl ScenarioRecord {
    pub fn is_frozen(&self) -> bool {
        self.adopted_by_question_id.is_some()
    }
}

const COLUMNS: &str = "id, name, is_bau, copied_from, illustrative, gdp_price_year, \
                       adopted_by_question_id, adopted_at";

fn scenario_from_row(row: &Row<'_>) -> rusqlite::Result<ScenarioRecord> {
    Ok(ScenarioRecord {
        id: row.get("id")?,
        name: row.get("name")?,
        is_bau: row.get("is_bau")?,
        copied_from: row.get("copied_from")?,
        illustrative: row.get("illustrative")?,
        gdp_price_year: row.get("gdp_price_year")?,
        adopted_by_question_id: row.get("adopted_by_question_id")?,
        adopted_at: row.get("adopted_at")?,
    })
}

fn corrupt(what: String) -> StoreError {
    StoreError::Corrupt(what)
}

fn assumption_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Assumption, StoreError>> {
    let id: i64 = row.get("id")?;
    let variable: String = row.get("variable")?;
    let kind: String = row.get("kind")?;
    let value: f64 = row.get("value")?;
    let unit: Option<String> = row.get("unit")?;
    let driver: Option<String> = row.get("driver")?;
    let Some(variable) = Variable::parse(&variable) else {
        return Ok(Err(corrupt(format!(
            "scenario row {id} variable {variable:?}"
        ))));
    };
    let unit = unit.as_deref().map(|u| Unit::parse(u).ok_or(u));
    let driver = driver.as_deref().map(|d| Variable::parse(d).ok_or(d));
    let step = match (kind.as_str(), unit, driver) {
        ("observed", Some(Ok(unit)), None) => Step::Observed { value, unit },
        ("linear", Some(Ok(unit)), None) => Step::LinearTo { value, unit },
        ("growth", None, None) => Step::Growth {
            percent_per_year: value,
        },
        ("elasticity", None, Some(Ok(driver))) => Step::Elasticity {
            driver,
            elasticity: value,
        },
        ("intensity", None, Some(Ok(driver))) => Step::Intensity {
            driver,
            percent_per_year: value,
        },
        _ => return Ok(Err(corrupt(format!("scenario row {id} kind {kind:?}")))),
    };
    Ok(Ok(Assumption {
        variable,
        year: row.get("year")?,
        step,
        source: row.get("source")?,
    }))
}

fn step_columns(step: &Step) -> (f64, Option<&'static str>, Option<&'static str>) {
    match *step {
        Step::Observed { value, unit } | Step::LinearTo { value, unit } => {
            (value, Some(unit.symbol()), None)
        }
        Step::Growth { percent_per_year } => (percent_per_year, None, None),
        Step::Elasticity { driver, elasticity } => (elasticity, None, Some(driver.key())),
        Step::Intensity {
            driver,
            percent_per_year,
        } => (percent_per_year, None, Some(driver.key())),
    }
}

fn write_rows(
    tx: &Transaction<'_>,
    scenario_id: i64,
    rows: &[Assumption],
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM scenario_assumption WHERE scenario_id = ?1",
        [scenario_id],
    )?;
    let mut insert = tx.prepare(
        "INSERT INTO scenario_assumption (scenario_id, position, variable, year, kind, value,
            unit, driver, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (position, row) in rows.iter().enumerate() {
        let (value, unit, driver) = step_columns(&row.step);
        insert.execute(params![
            scenario_id,
            position as i64 + 1,
            row.variable.key(),
            row.year,
            row.step.kind_key(),
            value,
            unit,
            driver,
            row.source.trim(),
        ])?;
    }
    Ok(())
}

fn find(tx: &rusqlite::Connection, name: &str) -> Result<Option<ScenarioRecord>, StoreError> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM scenario WHERE name = ?1"),
            [name.trim()],
            scenario_from_row,
        )
        .optional()?)
}

fn refused(refusal: ScenarioRefusal) -> StoreError {
    StoreError::Scenario(refusal)
}

/// Names the scenario in a trigger's refusal.
fn named(error: StoreError, name: &str) -> StoreError {
    match error {
        StoreError::Scenario(ScenarioRefusal::Frozen { .. }) => refused(ScenarioRefusal::Frozen {
            name: name.to_owned(),
        }),
        other => other,
    }
}

impl Store {
    /// Every scenario of the dialogue, the BAU first.
    pub fn scenarios(&self) -> Result<Vec<ScenarioRecord>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM scenario ORDER BY is_bau DESC, id"
        ))?;
        let rows = stmt.query_map([], scenario_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The scenario of that name, or the BAU when no name is given.
    pub fn scenario(&self, name: Option<&str>) -> Result<ScenarioRecord, StoreError> {
        match name {
            Some(name) => find(&self.conn, name)?.ok_or_else(|| {
                refused(ScenarioRefusal::NotFound {
                    name: name.to_owned(),
                })
            }),
            None => self
                .scenarios()?
                .into_iter()
                .find(|s| s.is_bau)
                .ok_or_else(|| refused(ScenarioRefusal::NoBau)),
        }
    }

    /// The scenario's rows in the order they were given.
    pub fn scenario_assumptions(&self, scenario_id: i64) -> Result<Vec<Assumption>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, variable, year, kind, value, unit, driver, source
             FROM scenario_assumption WHERE scenario_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([scenario_id], assumption_from_row)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// Replaces the rows of the scenario `name` (created if missing; the BAU when `None`, named
    /// "BAU" if the dialogue has none) as a whole. The rows must project; nothing is written
    /// otherwise. The first scenario of a dialogue is its BAU.
    pub fn import_scenario(
        &mut self,
        name: Option<&str>,
        rows: &[Assumption],
        illustrative: bool,
        at: NaiveDateTime,
    ) -> Result<ScenarioRecord, StoreError> {
        project(rows, horizon_end(None)).map_err(StoreError::Assumptions)?;
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let bau: Option<ScenarioRecord> = tx
            .query_row(
                &format!("SELECT {COLUMNS} FROM scenario WHERE is_bau = 1"),
                [],
                scenario_from_row,
            )
            .optional()?;
        let existing = match name {
            Some(name) => find(&tx, name)?,
            None => bau.clone(),
        };
        let name = name.map_or_else(|| "BAU".to_owned(), |n| n.trim().to_owned());
        let scenario_id = match existing {
            Some(s) => {
                tx.execute(
                    "UPDATE scenario SET illustrative = ?2 WHERE id = ?1 AND illustrative != ?2",
                    params![s.id, illustrative],
                )
                .map_err(|e| named(e.into(), &s.name))?;
                s.id
            }
            None => {
                tx.execute(
                    "INSERT INTO scenario (dialogue_id, name, is_bau, illustrative, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![dialogue_id, name, bau.is_none(), illustrative, at],
                )?;
                tx.last_insert_rowid()
            }
        };
        write_rows(&tx, scenario_id, rows).map_err(|e| named(e, &name))?;
        let record = tx.query_row(
            &format!("SELECT {COLUMNS} FROM scenario WHERE id = ?1"),
            [scenario_id],
            scenario_from_row,
        )?;
        tx.commit()?;
        Ok(record)
    }

    /// Copies a scenario with all its rows under a new name, as an alternative to change.
    pub fn copy_scenario(
        &mut self,
        from: &str,
        name: &str,
        at: NaiveDateTime,
    ) -> Result<ScenarioRecord, StoreError> {
        let source = self.scenario(Some(from))?;
        let rows = self.scenario_assumptions(source.id)?;
        let name = name.trim();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if name.is_empty() || find(&tx, name)?.is_some() {
            return Err(refused(ScenarioRefusal::NameTaken {
                name: name.to_owned(),
            }));
        }
        tx.execute(
            "INSERT INTO scenario (dialogue_id, name, is_bau, copied_from, illustrative,
                gdp_price_year, created_at)
             SELECT dialogue_id, ?2, 0, id, illustrative, gdp_price_year, ?3
             FROM scenario WHERE id = ?1",
            params![source.id, name, at],
        )?;
        let id = tx.last_insert_rowid();
        write_rows(&tx, id, &rows)?;
        let record = tx.query_row(
            &format!("SELECT {COLUMNS} FROM scenario WHERE id = ?1"),
            [id],
            scenario_from_row,
        )?;
        tx.commit()?;
        Ok(record)
    }

    /// Adopts a scenario by the consensus question that decided it; the schema refuses unless
    /// that question is decided and its outcome adopted. The scenario is frozen from then on.
    pub fn adopt_scenario(
        &mut self,
        name: Option<&str>,
        question_id: i64,
        at: NaiveDateTime,
    ) -> Result<ScenarioRecord, StoreError> {
        let scenario = self.scenario(name)?;
        if scenario.is_frozen() {
            return Err(refused(ScenarioRefusal::Frozen {
                name: scenario.name,
            }));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let result = tx.execute(
            "UPDATE scenario SET adopted_by_question_id = ?2, adopted_at = ?3 WHERE id = ?1",
            params![scenario.id, question_id, at],
        );
        match result.map_err(StoreError::from) {
            Err(StoreError::Scenario(ScenarioRefusal::AdoptionRefused { .. })) => {
                return Err(refused(ScenarioRefusal::AdoptionRefused { question_id }));
            }
            Err(StoreError::Sqlite(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                return Err(refused(ScenarioRefusal::AdoptionRefused { question_id }));
            }
            other => other?,
        };
        tx.commit()?;
        self.scenario(Some(&scenario.name))
    }

    /// Marks the price year of GDP at constant prices.
    pub fn set_gdp_price_year(
        &mut self,
        scenario_id: i64,
        year: Option<i32>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE scenario SET gdp_price_year = ?2 WHERE id = ?1",
            params![scenario_id, year],
        )?;
        Ok(())
    }
}
