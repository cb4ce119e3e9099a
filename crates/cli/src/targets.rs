//! `concord targets …` and `concord progress`: targets from a file as proposals, their list,
//! their adoption by a consensus question, and progress against them as JSON.

use std::path::PathBuf;

use chrono::{NaiveDateTime, Timelike};
use clap::Subcommand;
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;
use concord_usecases::targets::{import_targets, progress};

use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum TargetsCommand {
    /// Replace the proposals of the open revision with a file's (indicator,baseline_year,baseline_value,target_year,target_value; optional kind,reduction_percent,sdgs,advantages_zh,advantages_en,bau_scenario); all or nothing
    Import {
        /// A CSV file or an .xlsx workbook (its first sheet)
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
    /// The targets in force (the latest adopted revision) and the proposals
    List {
        #[arg(long)]
        json: bool,
    },
    /// The targets read against APEC's lines and, for a Chinese city, the national 2030 lines
    Checks {
        #[arg(long)]
        json: bool,
    },
    /// Adopt the proposed targets by the consensus question that decided to; they are frozen from then on
    Adopt {
        #[arg(long, value_name = "ID")]
        question: i64,
    },
}

fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

pub fn run(store: &mut Store, command: TargetsCommand, i18n: &I18n) -> Result<String, CliError> {
    match command {
        TargetsCommand::Import { csv } => {
            let bytes = std::fs::read(&csv).map_err(|source| CliError::Read {
                path: csv.clone(),
                source,
            })?;
            match import_targets(store, &bytes, now())? {
                Ok(count) => {
                    Ok(i18n.fmt("targets-imported", &[("count", FluentValue::from(count))]))
                }
                Err(problems) => {
                    let lines = problems.messages(&concord_usecases::targets::FILE_WORDS, i18n);
                    for line in &lines {
                        crate::print::problem(line);
                    }
                    Err(CliError::ImportRefused { count: lines.len() })
                }
            }
        }
        TargetsCommand::List { json } => list(store, json, i18n),
        TargetsCommand::Checks { json } => show_checks(store, json, i18n),
        TargetsCommand::Adopt { question } => {
            store.require_dialogue()?;
            let count = store.adopt_targets(question, now())?;
            Ok(i18n.fmt(
                "targets-adopted",
                &[
                    ("count", FluentValue::from(count)),
                    ("question", FluentValue::from(question)),
                ],
            ))
        }
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map_err(|e| CliError::Store(concord_store::StoreError::Corrupt(e.to_string())))
}

fn list(store: &Store, json: bool, i18n: &I18n) -> Result<String, CliError> {
    let targets = concord_usecases::targets::list(store)?;
    if json {
        return to_json(&targets);
    }
    Ok(targets
        .iter()
        .map(|t| {
            let state = match t.adopted_by_question {
                Some(q) => i18n.fmt(
                    "targets-state-adopted",
                    &[("question", FluentValue::from(q))],
                ),
                None => i18n.msg("targets-state-proposed"),
            };
            format!(
                "{}\t{} {}\t→ {} {}\t{}\t{}",
                t.indicator,
                t.baseline_year,
                t.baseline_value,
                t.target_year,
                t.target_value,
                i18n.msg(&format!("targets-kind-{}", t.kind)),
                state
            )
        })
        .collect::<Vec<_>>()
        .join("\n"))
}

/// `concord targets checks [--json]`: one line per check, or the checks as JSON.
fn show_checks(store: &Store, json: bool, i18n: &I18n) -> Result<String, CliError> {
    let targets = store.current_targets()?;
    let checks = concord_usecases::targets_checks::checks(store, &targets, i18n)?;
    if json {
        return to_json(&checks);
    }
    if checks.is_empty() {
        return Ok(i18n.msg("targets-checks-none"));
    }
    Ok(checks
        .iter()
        .map(|c| c.words.clone())
        .collect::<Vec<_>>()
        .join("\n"))
}

/// `concord progress [--year YYYY] --json`.
pub fn show_progress(store: &Store, year: Option<i32>) -> Result<String, CliError> {
    store.require_dialogue()?;
    to_json(&progress(store, year)?)
}
