//! The BAU stage: a scenario's rows as the window edits them (a grid of texts, checked by the
//! same reader as an imported file), their outlook — the projection, the derived series, the
//! goal lines and the Kaya decomposition — and the two tables every shell shows with it, the
//! milestones and the distance to the goals.

use concord_documents::Voice;
use concord_domain::bau::{
    Assumption, AssumptionError, Derived, DerivedSeries, Kaya, KayaGap, MILESTONES, Measure,
    MissingBase, Point, Projection, Reference, Step, Variable, decompose, derive_all, horizon_end,
    project, references,
};
use concord_i18n::FluentValue;
use concord_register::table::{Table, TableRow};
use concord_register::{ScenarioCellError, ScenarioFileError, read_scenario_table};
use serde::{Deserialize, Serialize};

use concord_store::{Store, StoreError};

use crate::{Language, UseCaseError};

/// One row of a scenario as the window edits it: every cell as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GridRow {
    pub variable: String,
    pub kind: String,
    pub year: String,
    pub value: String,
    pub unit: String,
    pub driver: String,
    pub source: String,
}

/// The headers the grid is read under, the keys a scenario file uses.
const GRID_HEADERS: [&str; 7] = [
    "variable", "kind", "year", "value", "unit", "driver", "source",
];

/// The stored rows as the grid shows them.
pub fn grid_of(rows: &[Assumption]) -> Vec<GridRow> {
    rows.iter()
        .map(|row| {
            let (value, unit) = match row.step {
                Step::Observed { value, unit } | Step::LinearTo { value, unit } => {
                    (value, unit.symbol().to_owned())
                }
                Step::Growth { percent_per_year }
                | Step::Intensity {
                    percent_per_year, ..
                } => (percent_per_year, "%".to_owned()),
                Step::Elasticity { elasticity, .. } => (elasticity, String::new()),
            };
            GridRow {
                variable: row.variable.key().to_owned(),
                kind: row.step.kind_key().to_owned(),
                year: row.year.to_string(),
                value: value.to_string(),
                unit,
                driver: row
                    .step
                    .driver()
                    .map(|d| d.key().to_owned())
                    .unwrap_or_default(),
                source: row.source.clone(),
            }
        })
        .collect()
}

/// A problem in one cell of the grid: its row (1-based, as the window numbers them) and the
/// column's key, with the reason in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CellProblem {
    pub row: usize,
    pub column: String,
    pub message: String,
}

/// The grid's rows, checked exactly as a file's rows are; every problem with its cell, said in
/// `voice`'s language.
pub fn rows_of_grid(grid: &[GridRow], voice: &Voice) -> Result<Vec<Assumption>, Vec<CellProblem>> {
    let table = Table {
        headers: GRID_HEADERS.iter().map(|h| (*h).to_owned()).collect(),
        rows: grid
            .iter()
            .enumerate()
            .map(|(i, r)| TableRow {
                row: i + 1,
                cells: vec![
                    r.variable.clone(),
                    r.kind.clone(),
                    r.year.clone(),
                    r.value.clone(),
                    r.unit.clone(),
                    r.driver.clone(),
                    r.source.clone(),
                ],
            })
            .collect(),
    };
    match read_scenario_table(&table) {
        Ok(rows) => Ok(rows),
        // An empty grid is a scenario with nothing in it yet, not a mistake.
        Err(ScenarioFileError::File(_) | ScenarioFileError::MissingColumn(_)) => Ok(Vec::new()),
        Err(ScenarioFileError::Cells(cells)) => {
            Err(cells.iter().map(|c| cell_problem(c, voice)).collect())
        }
    }
}

fn cell_problem(cell: &ScenarioCellError, voice: &Voice) -> CellProblem {
    let i18n = match voice.language {
        Language::En => &voice.en,
        Language::ZhCn | Language::Bilingual => &voice.zh,
    };
    CellProblem {
        row: cell.row,
        column: cell.column.key().to_owned(),
        message: i18n.fmt(
            cell.problem.message_id(),
            &[("value", FluentValue::from(cell.value.clone()))],
        ),
    }
}

/// Everything a scenario's rows let one say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Outlook {
    pub projection: Projection,
    pub derived: Vec<DerivedSeries>,
    pub references: Vec<Reference>,
    pub missing: Vec<MissingBase>,
    /// From the last observed year of emissions to 2030 (or the horizon once past 2030).
    pub kaya: Option<Result<Kaya, KayaGap>>,
}

/// The last year a scenario is projected to: 2060, or the Vision's carbon-neutrality year if
/// the latest version names a later one.
pub fn horizon(store: &Store) -> Result<i32, UseCaseError> {
    match store.vision_version(None) {
        Ok(stored) => Ok(horizon_end(stored.version.neutrality_year)),
        // No Vision yet: the default horizon.
        Err(StoreError::Vision(_)) => Ok(horizon_end(None)),
        Err(e) => Err(e.into()),
    }
}

/// The outlook of `rows`, projected to `end_year` (see [`horizon`]).
pub fn outlook(rows: &[Assumption], end_year: i32) -> Result<Outlook, Vec<AssumptionError>> {
    let projection = project(rows, end_year)?;
    let derived = derive_all(&projection);
    let (references, missing) = references(&projection);
    let kaya = projection.series(Variable::Emissions).map(|emissions| {
        let from = emissions
            .points
            .iter()
            .rev()
            .find(|p| p.observed)
            .map_or(emissions.first_year(), |p| p.year);
        let to = if from < 2030 {
            2030
        } else {
            projection.end_year
        };
        decompose(&projection, from, to)
    });
    Ok(Outlook {
        projection,
        derived,
        references,
        missing,
        kaya,
    })
}

impl Outlook {
    /// The points of a variable or derived series, and its unit's symbol.
    pub fn line(&self, key: SeriesKey) -> Option<(&[Point], String)> {
        match key {
            SeriesKey::Variable(v) => self
                .projection
                .series(v)
                .map(|s| (s.points.as_slice(), s.unit.symbol().to_owned())),
            SeriesKey::Derived(d) => self
                .derived
                .iter()
                .find(|s| s.derived == d)
                .map(|s| (s.points.as_slice(), s.unit.symbol())),
        }
    }

    /// The goal lines on `measure`.
    pub fn goals_on(&self, measure: Measure) -> impl Iterator<Item = &Reference> {
        self.references
            .iter()
            .filter(move |r| r.goal.measure == measure)
    }
}

/// A variable or a derived series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKey {
    Variable(Variable),
    Derived(Derived),
}

impl SeriesKey {
    /// Every series, in the order tables list them.
    pub const ALL: [SeriesKey; 9] = [
        SeriesKey::Variable(Variable::Population),
        SeriesKey::Variable(Variable::Gdp),
        SeriesKey::Variable(Variable::Energy),
        SeriesKey::Variable(Variable::Emissions),
        SeriesKey::Variable(Variable::RenewablesShare),
        SeriesKey::Derived(Derived::EnergyIntensity),
        SeriesKey::Derived(Derived::CarbonIntensity),
        SeriesKey::Derived(Derived::EmissionsPerCapita),
        SeriesKey::Derived(Derived::EnergyPerCapita),
    ];

    pub fn key(self) -> &'static str {
        match self {
            SeriesKey::Variable(v) => v.key(),
            SeriesKey::Derived(d) => d.key(),
        }
    }

    /// The Fluent id of its name.
    pub fn message_id(self) -> String {
        match self {
            SeriesKey::Variable(v) => format!("bau-var-{}", v.key()),
            SeriesKey::Derived(d) => format!("bau-derived-{}", d.key()),
        }
    }
}

/// The milestone years of every series the outlook has, values written for reading.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MilestoneTable {
    pub years: Vec<i32>,
    pub rows: Vec<MilestoneRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MilestoneRow {
    pub key: String,
    pub label: String,
    pub unit: String,
    /// One per year; `—` where the series does not reach it.
    pub values: Vec<String>,
}

pub fn milestone_table(outlook: &Outlook, voice: &Voice) -> MilestoneTable {
    let rows = SeriesKey::ALL
        .into_iter()
        .filter_map(|key| {
            let (points, unit) = outlook.line(key)?;
            let values = MILESTONES
                .iter()
                .map(|year| {
                    points
                        .iter()
                        .find(|p| p.year == *year)
                        .map_or_else(|| "—".to_owned(), |p| figure(p.value))
                })
                .collect();
            Some(MilestoneRow {
                key: key.key().to_owned(),
                label: voice.label(&key.message_id()),
                unit: crate::units_shown::unit_voiced(&unit, voice),
                values,
            })
        })
        .collect();
    MilestoneTable {
        years: MILESTONES.to_vec(),
        rows,
    }
}

/// A goal line and where the scenario stands against it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GoalRow {
    pub key: String,
    pub label: String,
    pub year: i32,
    pub goal: String,
    pub projected: String,
    /// Projected against the goal, in per cent of the goal (`+12.3 %`).
    pub distance: String,
    pub verdict: String,
    /// `None` when the projection does not reach the goal's year.
    pub met: Option<bool>,
}

pub fn goal_rows(outlook: &Outlook, voice: &Voice) -> Vec<GoalRow> {
    outlook
        .references
        .iter()
        .map(|r| {
            let unit = crate::units_shown::unit_voiced(&r.unit, voice);
            // Intensities are ceilings, shares are floors.
            let met = r.projected.map(|p| match r.goal.measure {
                Measure::RenewablesShare => p >= r.value,
                Measure::EnergyIntensity | Measure::CarbonIntensity => p <= r.value,
            });
            let verdict = match met {
                Some(true) => "bau-goal-met",
                Some(false) => "bau-goal-missed",
                None => "bau-goal-no-projection",
            };
            GoalRow {
                key: r.goal.key.to_owned(),
                // Bilingual: the English under the Chinese, never run into its line.
                label: voice.label_cell(&goal_message_id(r.goal.key)),
                year: r.goal.year,
                goal: crate::units_shown::with_unit(figure(r.value), &unit, voice),
                projected: r.projected.map_or_else(
                    || "—".to_owned(),
                    |p| crate::units_shown::with_unit(figure(p), &unit, voice),
                ),
                distance: r.distance().map_or_else(
                    || "—".to_owned(),
                    |d| voice.percent(&with_minus(&format!("{:+.1}", d * 100.0))),
                ),
                verdict: voice.label_cell(verdict),
                met,
            }
        })
        .collect()
}

pub fn goal_message_id(key: &str) -> String {
    format!("bau-goal-{key}")
}

/// What the data cannot show yet, each in a sentence: a missing variable and what it blocks,
/// a goal whose base year has no value, a Kaya decomposition that lacks a value.
pub fn notes(outlook: &Outlook, voice: &Voice) -> Vec<String> {
    let mut out = Vec::new();
    for variable in Variable::ALL {
        if outlook.projection.series(variable).is_none() {
            let id = |zh: bool| {
                let i18n = if zh { &voice.zh } else { &voice.en };
                i18n.fmt(
                    "bau-note-missing-variable",
                    &[
                        (
                            "variable",
                            FluentValue::from(i18n.msg(&format!("bau-var-{}", variable.key()))),
                        ),
                        (
                            "blocks",
                            FluentValue::from(
                                i18n.msg(&format!("bau-note-blocks-{}", variable.key())),
                            ),
                        ),
                    ],
                )
            };
            out.push(say(voice, id));
        }
    }
    // A goal on a series whose variable is missing altogether is covered by the note above.
    let drawable = |measure: Measure| {
        let needs: &[Variable] = match measure {
            Measure::EnergyIntensity => &[Variable::Energy, Variable::Gdp],
            Measure::CarbonIntensity => &[Variable::Emissions, Variable::Gdp],
            Measure::RenewablesShare => &[Variable::RenewablesShare],
        };
        needs
            .iter()
            .all(|v| outlook.projection.series(*v).is_some())
    };
    for gap in outlook.missing.iter().filter(|g| drawable(g.measure)) {
        out.push(say(voice, |zh| {
            let i18n = if zh { &voice.zh } else { &voice.en };
            i18n.fmt(
                "bau-note-missing-base",
                &[
                    (
                        "goal",
                        FluentValue::from(i18n.msg(&goal_message_id(gap.key))),
                    ),
                    (
                        "measure",
                        FluentValue::from(i18n.msg(&measure_message_id(gap.measure))),
                    ),
                    ("year", FluentValue::from(gap.year)),
                ],
            )
        }));
    }
    if let Some(Err(gap)) = &outlook.kaya {
        out.push(say(voice, |zh| {
            let i18n = if zh { &voice.zh } else { &voice.en };
            i18n.fmt(
                "bau-note-kaya-gap",
                &[
                    (
                        "variable",
                        FluentValue::from(i18n.msg(&format!("bau-var-{}", gap.variable.key()))),
                    ),
                    ("year", FluentValue::from(gap.year)),
                ],
            )
        }));
    }
    out
}

pub fn measure_message_id(measure: Measure) -> String {
    match measure {
        Measure::RenewablesShare => format!("bau-var-{}", measure.key()),
        Measure::EnergyIntensity | Measure::CarbonIntensity => {
            format!("bau-derived-{}", measure.key())
        }
    }
}

/// A sentence in the voice's language; bilingual: the Chinese, then the English.
fn say(voice: &Voice, sentence: impl Fn(bool) -> String) -> String {
    match voice.language {
        Language::En => sentence(false),
        Language::ZhCn => sentence(true),
        Language::Bilingual => format!("{}\n{}", sentence(true), sentence(false)),
    }
}

/// A figure for the reader: a negative number starts with the minus sign (−25.9), not the
/// hyphen `figure` writes so that its figures read back.
pub fn with_minus(figure: &str) -> String {
    match figure.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => figure.to_owned(),
    }
}

/// A value written for a table: four significant figures, thousands grouped.
pub fn figure(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let magnitude = value.abs();
    let decimals = if magnitude >= 1000.0 || magnitude == 0.0 {
        0
    } else if magnitude >= 100.0 {
        1
    } else if magnitude >= 1.0 {
        2
    } else {
        // Four significant figures below one.
        let leading_zeros = (-magnitude.log10()).floor() as usize;
        (leading_zeros + 4).min(8)
    };
    let text = format!("{value:.decimals$}");
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), ""), |(i, f)| (i, f));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(variable: &str, kind: &str, year: &str, value: &str, unit: &str) -> GridRow {
        GridRow {
            variable: variable.into(),
            kind: kind.into(),
            year: year.into(),
            value: value.into(),
            unit: unit.into(),
            ..GridRow::default()
        }
    }

    #[test]
    fn figures_read_well() {
        assert_eq!(figure(1_234_567.4), "1,234,567");
        assert_eq!(figure(-4321.0), "-4,321");
        assert_eq!(figure(532.46), "532.5");
        assert_eq!(figure(0.012_345), "0.01235");
        assert_eq!(figure(0.0), "0");
        assert_eq!(with_minus(&figure(-4321.0)), "−4,321");
        assert_eq!(with_minus("+3.5"), "+3.5");
    }

    #[test]
    fn the_grid_round_trips_through_the_reader() {
        let voice = Voice::new(Language::En);
        let grid = vec![
            row("population", "observed", "2020", "468.8", "万人"),
            row("population", "growth", "2060", "-0.3", "%"),
        ];
        let rows = rows_of_grid(&grid, &voice).expect("valid");
        assert_eq!(rows.len(), 2);
        let again = grid_of(&rows);
        assert_eq!(rows_of_grid(&again, &voice), Ok(rows));
    }

    #[test]
    fn a_bad_cell_is_named_by_grid_row_and_column() {
        let voice = Voice::new(Language::ZhCn);
        let grid = vec![
            row("population", "observed", "2020", "468.8", "万人"),
            row("gdp", "observed", "2020", "abc", "亿元"),
        ];
        let problems = rows_of_grid(&grid, &voice).expect_err("refused");
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].row, problems[0].column.as_str()), (2, "value"));
        assert!(
            problems[0].message.contains("abc"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn an_empty_grid_is_an_empty_scenario() {
        let voice = Voice::new(Language::En);
        assert_eq!(rows_of_grid(&[], &voice), Ok(Vec::new()));
        let outlook = outlook(&[], horizon_end(None)).expect("projects");
        assert_eq!(notes(&outlook, &voice).len(), 5);
        assert!(milestone_table(&outlook, &voice).rows.is_empty());
    }
}
