//! Targets for 2030 and mid-century: a file of targets read and checked cell by cell (CSV or
//! .xlsx, English or Chinese headers), imported as proposals all or nothing, adopted as a set by
//! a decided question; and the progress of each target judged on the values stored for its
//! indicator (or the BAU's observed values for a BAU series) by Statistics Canada's method.

use concord_deficits::{Catalogue, Direction};
use concord_domain::bau::{Derived, Variable};
use concord_register::FileProblem;
use concord_register::table::{Table, TableFormat, read_table};
use concord_store::{Store, StoreError, StoredTarget, TargetRow};
use concord_targets::{Baseline, Status, assess};
use serde::Serialize;

use crate::UseCaseError;
use crate::bau::{SeriesKey, horizon, outlook};
use crate::tables::{CellError, FileError, FileWords};

/// The columns of a targets file: English key and Chinese header.
const COLUMNS: [(&str, &str); 5] = [
    ("indicator", "指标代码"),
    ("baseline_year", "基准年"),
    ("baseline_value", "基准值"),
    ("target_year", "目标年"),
    ("target_value", "目标值"),
];

/// How a targets file's problems are said.
pub const FILE_WORDS: FileWords = FileWords {
    empty: "targets-error-empty",
    no_header: "targets-error-no-header",
    at_cell: "targets-error-at-cell",
};

/// The subject a file names: an indicator's first code, or a BAU series key.
fn subject_of(text: &str, catalogue: &Catalogue) -> Option<String> {
    if let Some(indicator) = catalogue.find(text) {
        return indicator.codes.first().cloned();
    }
    SeriesKey::ALL
        .into_iter()
        .find(|k| k.key().eq_ignore_ascii_case(text))
        .map(|k| k.key().to_owned())
}

fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a targets file; every problem is named by row and column, and a file with any
/// problem gives no rows.
pub fn read_targets_file(bytes: &[u8], catalogue: &Catalogue) -> Result<Vec<TargetRow>, FileError> {
    let table = read_table(bytes, TableFormat::sniff(bytes)).map_err(FileError::File)?;
    read_targets_table(&table, catalogue)
}

fn read_targets_table(table: &Table, catalogue: &Catalogue) -> Result<Vec<TargetRow>, FileError> {
    let mut at = [0usize; 5];
    for (i, (en, zh)) in COLUMNS.iter().enumerate() {
        at[i] = table
            .column(&[en, zh])
            .ok_or(FileError::MissingColumn(en))?;
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen: Vec<(String, i32)> = Vec::new();
    for line in &table.rows {
        if line.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| line.cells.get(at[i]).map_or("", |c| c.trim());
        let mut problem = |i: usize, id: &'static str| {
            errors.push(CellError {
                row: line.row,
                header: table.headers[at[i]].trim().to_owned(),
                problem: id,
                value: cell(i).to_owned(),
            });
        };
        let subject = match cell(0) {
            "" => {
                problem(0, "targets-error-required");
                None
            }
            text => subject_of(text, catalogue).or_else(|| {
                problem(0, "targets-error-unknown-subject");
                None
            }),
        };
        let mut year = |i: usize| match cell(i) {
            "" => {
                problem(i, "targets-error-required");
                None
            }
            text => match text.parse::<i32>() {
                Ok(y) if (1990..=2100).contains(&y) => Some(y),
                Ok(_) => {
                    problem(i, "targets-error-year-range");
                    None
                }
                Err(_) => {
                    problem(i, "targets-error-not-a-number");
                    None
                }
            },
        };
        let (baseline_year, target_year) = (year(1), year(3));
        let mut value = |i: usize| match cell(i) {
            "" => {
                problem(i, "targets-error-required");
                None
            }
            text => number(text).or_else(|| {
                problem(i, "targets-error-not-a-number");
                None
            }),
        };
        let (baseline_value, target_value) = (value(2), value(4));
        let (
            Some(subject),
            Some(baseline_year),
            Some(baseline_value),
            Some(target_year),
            Some(target_value),
        ) = (
            subject,
            baseline_year,
            baseline_value,
            target_year,
            target_value,
        )
        else {
            continue;
        };
        if target_year <= baseline_year {
            problem(3, "targets-error-target-before-baseline");
            continue;
        }
        if seen.contains(&(subject.clone(), target_year)) {
            problem(3, "targets-error-duplicate");
            continue;
        }
        seen.push((subject.clone(), target_year));
        rows.push(TargetRow {
            subject,
            baseline_year,
            baseline_value,
            target_year,
            target_value,
        });
    }
    if !errors.is_empty() {
        return Err(FileError::Cells(errors));
    }
    if rows.is_empty() {
        return Err(FileError::File(FileProblem::Empty));
    }
    Ok(rows)
}

/// One target's progress, as `concord progress --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgressRow {
    pub indicator: String,
    pub baseline_year: i32,
    pub baseline_value: f64,
    pub target_year: i32,
    pub target_value: f64,
    pub status: &'static str,
    pub ratio: Option<f64>,
    pub latest_year: Option<i32>,
    pub latest_value: Option<f64>,
    /// Whether a question adopted the target.
    pub adopted: bool,
}

/// The progress of every target, on values up to `up_to` (all when `None`).
pub fn progress(store: &Store, up_to: Option<i32>) -> Result<Vec<ProgressRow>, UseCaseError> {
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let values = store.indicator_values()?;
    let bau = bau_observations(store)?;
    let targets = store.targets()?;
    Ok(targets
        .iter()
        .map(|target| {
            let row = &target.row;
            let (direction, observed): (Direction, Vec<(i32, f64)>) =
                match catalogue.find(&row.subject) {
                    Some(indicator) => (
                        indicator.direction,
                        values
                            .iter()
                            .filter(|v| indicator.answers_to(&v.code))
                            .map(|v| (v.year, v.value))
                            .collect(),
                    ),
                    None => (
                        bau_direction(&row.subject),
                        bau.iter()
                            .find(|(key, _)| *key == row.subject)
                            .map(|(_, points)| points.clone())
                            .unwrap_or_default(),
                    ),
                };
            let judged = assess(
                direction,
                Baseline {
                    year: row.baseline_year,
                    value: row.baseline_value,
                },
                row.target_year,
                row.target_value,
                &observed,
                up_to,
            );
            progress_row(target, judged.status, judged.ratio, judged.latest)
        })
        .collect())
}

fn progress_row(
    target: &StoredTarget,
    status: Status,
    ratio: Option<f64>,
    latest: Option<(i32, f64)>,
) -> ProgressRow {
    let row = &target.row;
    ProgressRow {
        indicator: row.subject.clone(),
        baseline_year: row.baseline_year,
        baseline_value: row.baseline_value,
        target_year: row.target_year,
        target_value: row.target_value,
        status: status.key(),
        // Two decimals are what a reader compares; the JSON should not print 0.6666666.
        ratio: ratio.map(|r| (r * 100.0).round() / 100.0),
        latest_year: latest.map(|(y, _)| y),
        latest_value: latest.map(|(_, v)| v),
        adopted: target.adopted_by_question_id.is_some(),
    }
}

/// A BAU series' key and its observed (year, value) points.
type Observed = (&'static str, Vec<(i32, f64)>);

/// The BAU's observed points of every series, by key (none without a BAU).
fn bau_observations(store: &Store) -> Result<Vec<Observed>, UseCaseError> {
    let Some(bau) = store.scenarios()?.into_iter().find(|s| s.is_bau) else {
        return Ok(Vec::new());
    };
    let rows = store.scenario_assumptions(bau.id)?;
    let outlook = outlook(&rows, horizon(store)?).map_err(StoreError::Assumptions)?;
    Ok(SeriesKey::ALL
        .into_iter()
        .filter_map(|key| {
            let (points, _) = outlook.line(key)?;
            let observed = points
                .iter()
                .filter(|p| p.observed)
                .map(|p| (p.year, p.value))
                .collect();
            Some((key.key(), observed))
        })
        .collect())
}

/// Which way is better for a BAU series: less energy and emissions, more of the rest.
fn bau_direction(key: &str) -> Direction {
    let lower = [
        Variable::Energy.key(),
        Variable::Emissions.key(),
        Derived::EnergyIntensity.key(),
        Derived::CarbonIntensity.key(),
        Derived::EmissionsPerCapita.key(),
        Derived::EnergyPerCapita.key(),
    ];
    if lower.contains(&key) {
        Direction::LowerIsBetter
    } else {
        Direction::HigherIsBetter
    }
}

/// Imports the file's targets as the proposals, replacing earlier proposals as a whole.
pub fn import_targets(
    store: &mut Store,
    bytes: &[u8],
    at: chrono::NaiveDateTime,
) -> Result<Result<usize, FileError>, UseCaseError> {
    store.require_dialogue()?;
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    match read_targets_file(bytes, &catalogue) {
        Ok(rows) => Ok(Ok(store.replace_target_proposals(&rows, at)?)),
        Err(e) => Ok(Err(e)),
    }
}
