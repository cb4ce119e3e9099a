//! `concord bau …`: scenarios from a file, their projection as JSON or a milestone table,
//! copies and adoption by a consensus question.

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Timelike};
use clap::Subcommand;
use concord_domain::bau::{MILESTONES, Projection, derive_all, horizon_end, project, references};
use concord_i18n::{FluentValue, I18n};
use concord_store::{ScenarioRecord, Store};
use concord_usecases::tables::{FileProblem, ScenarioFileError, read_scenario_file};
use serde::Serialize;

use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum BauCommand {
    /// Replace a scenario's rows with a file's (variable,kind,year,value,unit); all or nothing
    Import {
        /// A CSV file or an .xlsx workbook (its first sheet)
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
        /// The scenario, created if missing [default: the BAU]
        #[arg(long, value_name = "NAME")]
        scenario: Option<String>,
        /// Mark the figures as illustrative, not statistics
        #[arg(long)]
        illustrative: bool,
    },
    /// Every variable and derived series for every year, and the goal lines
    Show {
        #[arg(long, value_name = "NAME")]
        scenario: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// The scenarios of the dialogue
    List,
    /// Copy a scenario with all its rows, to change the copy
    Copy {
        #[arg(long, value_name = "NAME")]
        from: String,
        #[arg(long, value_name = "NAME")]
        to: String,
    },
    /// Adopt a scenario by the consensus question that decided to; it is frozen from then on
    Adopt {
        #[arg(long, value_name = "NAME")]
        scenario: Option<String>,
        #[arg(long, value_name = "ID")]
        question: i64,
    },
}

fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

pub fn run(store: &mut Store, command: BauCommand, i18n: &I18n) -> Result<String, CliError> {
    match command {
        BauCommand::Import {
            csv,
            scenario,
            illustrative,
        } => import(store, &csv, scenario.as_deref(), illustrative, i18n),
        BauCommand::Show { scenario, json } => show(store, scenario.as_deref(), json, i18n),
        BauCommand::List => Ok(store
            .scenarios()?
            .iter()
            .map(describe)
            .collect::<Vec<_>>()
            .join("\n")),
        BauCommand::Copy { from, to } => Ok(describe(&store.copy_scenario(&from, &to, now())?)),
        BauCommand::Adopt { scenario, question } => Ok(describe(&store.adopt_scenario(
            scenario.as_deref(),
            question,
            now(),
        )?)),
    }
}

fn describe(s: &ScenarioRecord) -> String {
    let mut marks = Vec::new();
    if s.is_bau {
        marks.push("BAU".to_owned());
    }
    if s.illustrative {
        marks.push("illustrative".to_owned());
    }
    if let Some(q) = s.adopted_by_question_id {
        marks.push(format!("adopted by question {q}"));
    }
    format!("{}\t{}\t{}", s.id, s.name, marks.join(", "))
}

/// Reads the whole file first; every problem goes to stderr with its row and column, and
/// nothing is written unless there is none.
pub fn import(
    store: &mut Store,
    path: &Path,
    scenario: Option<&str>,
    illustrative: bool,
    i18n: &I18n,
) -> Result<String, CliError> {
    let bytes = std::fs::read(path).map_err(|source| CliError::Read {
        path: path.to_owned(),
        source,
    })?;
    store.require_dialogue()?;
    let rows = match read_scenario_file(&bytes) {
        Ok(rows) => rows,
        Err(error) => {
            let lines = file_problems(&error, i18n);
            for line in &lines {
                crate::print::problem(line);
            }
            return Err(CliError::ImportRefused { count: lines.len() });
        }
    };
    let record = store.import_scenario(scenario, &rows, illustrative, now())?;
    Ok(i18n.fmt(
        "bau-imported",
        &[
            ("scenario", FluentValue::from(record.name)),
            ("rows", FluentValue::from(rows.len())),
            ("end", FluentValue::from(horizon_end(None))),
        ],
    ))
}

/// Each problem of a file as a line in the user's language.
pub fn file_problems(error: &ScenarioFileError, i18n: &I18n) -> Vec<String> {
    match error {
        ScenarioFileError::File(FileProblem::Empty) => vec![i18n.msg("bau-error-empty")],
        ScenarioFileError::File(FileProblem::Encoding) => vec![i18n.msg("csv-error-encoding")],
        ScenarioFileError::File(
            problem @ (FileProblem::Malformed { .. } | FileProblem::Unreadable(_)),
        ) => vec![problem.message(i18n)],
        ScenarioFileError::File(_) => vec![i18n.msg("bau-error-empty")],
        ScenarioFileError::MissingColumn(name) => {
            vec![i18n.fmt(
                "bau-error-no-header",
                &[("header", FluentValue::from(*name))],
            )]
        }
        ScenarioFileError::Cells(cells) => cells
            .iter()
            .map(|cell| {
                let reason = i18n.fmt(
                    cell.problem.message_id(),
                    &[("value", FluentValue::from(cell.value.clone()))],
                );
                i18n.fmt(
                    "bau-error-at-cell",
                    &[
                        ("row", FluentValue::from(cell.row)),
                        ("column", FluentValue::from(cell.header.clone())),
                        ("reason", FluentValue::from(reason)),
                    ],
                )
            })
            .collect(),
    }
}

#[derive(Debug, Serialize)]
struct ShowJson {
    scenario: String,
    series: Vec<SeriesJson>,
    references: Vec<ReferenceJson>,
}

#[derive(Debug, Serialize)]
struct SeriesJson {
    variable: &'static str,
    unit: String,
    points: Vec<PointJson>,
}

#[derive(Debug, Serialize)]
struct PointJson {
    year: i32,
    value: f64,
    observed: bool,
}

#[derive(Debug, Serialize)]
struct ReferenceJson {
    key: &'static str,
    year: i32,
    value: f64,
    unit: String,
}

fn projection_of(store: &Store, scenario: &ScenarioRecord) -> Result<Projection, CliError> {
    let rows = store.scenario_assumptions(scenario.id)?;
    // As far as the window and the report project: 2060 or the Vision's neutrality year.
    let end_year = concord_usecases::bau::horizon(store)?;
    project(&rows, end_year)
        .map_err(|errors| CliError::Store(concord_store::StoreError::Assumptions(errors)))
}

fn show(store: &Store, name: Option<&str>, json: bool, i18n: &I18n) -> Result<String, CliError> {
    store.require_dialogue()?;
    let scenario = store.scenario(name)?;
    let projection = projection_of(store, &scenario)?;
    let (lines, missing) = references(&projection);
    for gap in &missing {
        crate::print::problem(&i18n.fmt(
            "bau-missing-base",
            &[
                ("goal", FluentValue::from(gap.key)),
                ("measure", FluentValue::from(gap.measure.key())),
                ("year", FluentValue::from(gap.year)),
            ],
        ));
    }
    let point = |p: &concord_domain::bau::Point| PointJson {
        year: p.year,
        value: p.value,
        observed: p.observed,
    };
    let mut series: Vec<SeriesJson> = projection
        .series
        .iter()
        .map(|s| SeriesJson {
            variable: s.variable.key(),
            unit: s.unit.symbol().to_owned(),
            points: s.points.iter().map(point).collect(),
        })
        .collect();
    series.extend(derive_all(&projection).iter().map(|d| SeriesJson {
        variable: d.derived.key(),
        unit: d.unit.symbol(),
        points: d.points.iter().map(point).collect(),
    }));
    if !json {
        return Ok(milestone_table(&scenario.name, &series));
    }
    let out = ShowJson {
        scenario: scenario.name,
        series,
        references: lines
            .into_iter()
            .map(|r| ReferenceJson {
                key: r.goal.key,
                year: r.goal.year,
                value: r.value,
                unit: r.unit,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&out)
        .map_err(|e| CliError::Store(concord_store::StoreError::Corrupt(e.to_string())))
}

fn milestone_table(name: &str, series: &[SeriesJson]) -> String {
    let mut out = format!("{name}\n{:<22}{:<18}", "", "");
    for year in MILESTONES {
        out.push_str(&format!("{year:>12}"));
    }
    for s in series {
        out.push_str(&format!("\n{:<22}{:<18}", s.variable, s.unit));
        for year in MILESTONES {
            match s.points.iter().find(|p| p.year == year) {
                Some(p) => out.push_str(&format!("{:>12}", format_value(p.value))),
                None => out.push_str(&format!("{:>12}", "—")),
            }
        }
    }
    out
}

fn format_value(value: f64) -> String {
    if value.abs() >= 100.0 {
        format!("{value:.0}")
    } else if value.abs() >= 1.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.4}")
    }
}
