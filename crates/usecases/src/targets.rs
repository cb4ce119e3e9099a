//! Targets for 2030 and mid-century: a file of targets read and checked cell by cell (CSV or
//! .xlsx, English or Chinese headers; see `targets_file`), imported as the proposals of the open
//! revision all or nothing, adopted as a set by a decided question; and the progress of each
//! target in force or proposed (the latest adopted revision and the open one) judged on the
//! values stored for its indicator (the BAU's observed values for a BAU series, the workshops'
//! mean scores for an essential) by Statistics Canada's method.

use concord_deficits::{Catalogue, Direction, Level};
use concord_domain::bau::{Derived, Variable};
use concord_store::{Store, StoreError, StoredTarget};
use concord_targets::{Baseline, Status, assess};
use serde::Serialize;

use crate::UseCaseError;
use crate::bau::{SeriesKey, horizon, outlook};
use crate::tables::{FileError, FileWords};
use crate::target_essentials::{ByEssential, EssentialSubject, level_observations};
use crate::targets_bau::Scenarios;
use crate::targets_file::read_targets_file;

/// How a targets file's problems are said.
pub const FILE_WORDS: FileWords = FileWords {
    empty: "targets-error-empty",
    no_header: "targets-error-no-header",
    at_cell: "targets-error-at-cell",
};

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
    let targets = store.current_targets()?;
    let scored = essential_observations(store, &targets)?;
    Ok(targets
        .iter()
        .map(|target| {
            let row = &target.row;
            let essential = scored.iter().find(|(key, _)| *key == row.subject);
            let (direction, observed): (Direction, Vec<(i32, f64)>) =
                match catalogue.find(&row.subject) {
                    // A higher score is a more resilient city.
                    None if essential.is_some() => (
                        Direction::HigherIsBetter,
                        essential
                            .map(|(_, points)| points.clone())
                            .unwrap_or_default(),
                    ),
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

/// An essential's subject key and the (year, mean score) points its workshops measured.
type Scored = (String, Vec<(i32, f64)>);

/// What the workshops measured of each essential some target is set on, by subject key; each
/// level's workshops are read once.
fn essential_observations(
    store: &Store,
    targets: &[StoredTarget],
) -> Result<Vec<Scored>, UseCaseError> {
    let mut levels: Vec<(Level, ByEssential)> = Vec::new();
    let mut out: Vec<Scored> = Vec::new();
    for target in targets {
        let key = &target.row.subject;
        let Some(essential) = EssentialSubject::from_key(key) else {
            continue;
        };
        if out.iter().any(|(k, _)| k == key) {
            continue;
        }
        if !levels.iter().any(|(level, _)| *level == essential.level) {
            levels.push((essential.level, level_observations(store, essential.level)?));
        }
        let points = levels
            .iter()
            .find(|(level, _)| *level == essential.level)
            .and_then(|(_, by_number)| by_number.get(&essential.number))
            .cloned()
            .unwrap_or_default();
        out.push((key.clone(), points));
    }
    Ok(out)
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

/// Imports the file's targets as the proposals of the open revision, replacing earlier
/// proposals as a whole; adopted revisions stay.
pub fn import_targets(
    store: &mut Store,
    bytes: &[u8],
    at: chrono::NaiveDateTime,
) -> Result<Result<usize, FileError>, UseCaseError> {
    store.require_dialogue()?;
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let scenarios = Scenarios::load(store)?;
    match read_targets_file(bytes, &catalogue, &scenarios) {
        Ok(rows) => Ok(Ok(store.propose_targets(&rows, at)?)),
        Err(e) => Ok(Err(e)),
    }
}

/// One target as `concord targets list --json` prints it. The first six fields are those the
/// command printed before revisions; the rest describe the target further.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListedTarget {
    pub indicator: String,
    pub baseline_year: i32,
    pub baseline_value: f64,
    pub target_year: i32,
    pub target_value: f64,
    pub adopted_by_question: Option<i64>,
    /// `base-year-reduction`, `fixed-level`, `base-year-intensity` or `below-bau`.
    pub kind: &'static str,
    /// The per cent of the kinds that have one.
    pub reduction_percent: Option<f64>,
    pub sdgs: Vec<u8>,
    pub advantages_zh: String,
    pub advantages_en: String,
    /// The scenario a below-BAU target was measured against.
    pub bau_scenario: Option<String>,
    pub revision: i64,
    /// `adopted` (the latest adopted revision) or `proposed` (the open revision).
    pub state: &'static str,
    /// The BAU's value of the subject in the target year, where the BAU projects it.
    pub bau_value: Option<f64>,
    /// Target minus BAU, in the subject's unit.
    pub gap: Option<f64>,
}

/// The BAU's value of `target`'s subject in its target year.
pub(crate) fn bau_value(scenarios: &Scenarios, target: &StoredTarget) -> Option<f64> {
    // A target below the BAU is read on the scenario it was measured against.
    let outlook = match &target.details.bau_scenario {
        Some(name) => scenarios.named(name)?,
        None => scenarios.bau()?,
    };
    crate::targets_bau::series_value(outlook, &target.row.subject, target.row.target_year)
}

/// The targets in force and proposed, with the BAU beside each.
pub fn list(store: &Store) -> Result<Vec<ListedTarget>, UseCaseError> {
    store.require_dialogue()?;
    let scenarios = Scenarios::load(store)?;
    Ok(store
        .current_targets()?
        .iter()
        .map(|t| {
            let bau = bau_value(&scenarios, t);
            ListedTarget {
                indicator: t.row.subject.clone(),
                baseline_year: t.row.baseline_year,
                baseline_value: t.row.baseline_value,
                target_year: t.row.target_year,
                target_value: t.row.target_value,
                adopted_by_question: t.adopted_by_question_id,
                kind: t.details.kind.key(),
                reduction_percent: t.details.percent,
                sdgs: t.details.sdgs.clone(),
                advantages_zh: t.details.advantages_zh.clone(),
                advantages_en: t.details.advantages_en.clone(),
                bau_scenario: t.details.bau_scenario.clone(),
                revision: t.revision,
                state: if t.is_adopted() {
                    "adopted"
                } else {
                    "proposed"
                },
                bau_value: bau,
                gap: bau.map(|b| t.row.target_value - b),
            }
        })
        .collect())
}
