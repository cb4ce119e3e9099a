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
    /// Replace the proposed targets with a file's (indicator,baseline_year,baseline_value,target_year,target_value); all or nothing
    Import {
        /// A CSV file or an .xlsx workbook (its first sheet)
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
    /// The targets, proposed and adopted
    List {
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

fn list(store: &Store, json: bool, i18n: &I18n) -> Result<String, CliError> {
    store.require_dialogue()?;
    let targets = store.targets()?;
    if json {
        let rows: Vec<serde_json::Value> = targets
            .iter()
            .map(|t| {
                serde_json::json!({
                    "indicator": t.row.subject,
                    "baseline_year": t.row.baseline_year,
                    "baseline_value": t.row.baseline_value,
                    "target_year": t.row.target_year,
                    "target_value": t.row.target_value,
                    "adopted_by_question": t.adopted_by_question_id,
                })
            })
            .collect();
        return serde_json::to_string_pretty(&rows)
            .map_err(|e| CliError::Store(concord_store::StoreError::Corrupt(e.to_string())));
    }
    Ok(targets
        .iter()
        .map(|t| {
            let state = match t.adopted_by_question_id {
                Some(q) => i18n.fmt(
                    "targets-state-adopted",
                    &[("question", FluentValue::from(q))],
                ),
                None => i18n.msg("targets-state-proposed"),
            };
            format!(
                "{}\t{} {}\t→ {} {}\t{}",
                t.row.subject,
                t.row.baseline_year,
                t.row.baseline_value,
                t.row.target_year,
                t.row.target_value,
                state
            )
        })
        .collect::<Vec<_>>()
        .join("\n"))
}

/// `concord progress [--year YYYY] --json`.
pub fn show_progress(store: &Store, year: Option<i32>) -> Result<String, CliError> {
    store.require_dialogue()?;
    let rows = progress(store, year)?;
    serde_json::to_string_pretty(&rows)
        .map_err(|e| CliError::Store(concord_store::StoreError::Corrupt(e.to_string())))
}
