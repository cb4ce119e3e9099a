//! `concord measures …`: the Local Action Plan's measures and their statuses from and to a
//! spreadsheet file, and their list.

use std::path::PathBuf;

use chrono::{NaiveDateTime, Timelike};
use clap::Subcommand;
use concord_i18n::{FluentValue, I18n, Locale};
use concord_store::{MeasureOwner, Store};
use concord_usecases::measures::{
    export_measures_csv, import_measures, status_label, targets_text,
};

use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum MeasuresCommand {
    /// Update the measures matched by code and add the new ones from a file with the columns the export writes; all or nothing
    Import {
        /// A CSV file or an .xlsx workbook (its first sheet)
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
    /// Write every measure with its status and latest progress update as CSV (UTF-8 with BOM)
    Export {
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
    /// The measures by key project
    List {
        #[arg(long)]
        json: bool,
    },
}

fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

pub fn run(store: &mut Store, command: MeasuresCommand, i18n: &I18n) -> Result<String, CliError> {
    match command {
        MeasuresCommand::Import { csv } => {
            let bytes = std::fs::read(&csv).map_err(|source| CliError::Read {
                path: csv.clone(),
                source,
            })?;
            match import_measures(store, &bytes, now())? {
                Ok(count) => Ok(i18n.fmt(
                    "measures-imported",
                    &[
                        ("added", FluentValue::from(count.added)),
                        ("updated", FluentValue::from(count.updated)),
                        ("progress", FluentValue::from(count.progress_added)),
                    ],
                )),
                Err(problems) => {
                    let lines = problems.messages(&concord_usecases::measures::FILE_WORDS, i18n);
                    for line in &lines {
                        crate::print::problem(line);
                    }
                    Err(CliError::ImportRefused { count: lines.len() })
                }
            }
        }
        MeasuresCommand::Export { out } => {
            store.require_dialogue()?;
            let measures = store.measures()?;
            let bytes = export_measures_csv(&measures, i18n.locale() == Locale::ZhCn);
            crate::commands::write_atomically(&out, &bytes)?;
            Ok(i18n.fmt(
                "measures-exported",
                &[
                    ("count", FluentValue::from(measures.len())),
                    ("path", FluentValue::from(out.display().to_string())),
                ],
            ))
        }
        MeasuresCommand::List { json } => list(store, json, i18n),
    }
}

fn list(store: &Store, json: bool, i18n: &I18n) -> Result<String, CliError> {
    store.require_dialogue()?;
    let measures = store.measures()?;
    if json {
        let rows: Vec<serde_json::Value> = measures
            .iter()
            .map(|m| {
                let row = &m.row;
                serde_json::json!({
                    "code": row.code,
                    "key_project": row.key_project.code,
                    "key_project_zh": row.key_project.title_zh,
                    "key_project_en": row.key_project.title_en,
                    "title_zh": row.title_zh,
                    "title_en": row.title_en,
                    "term": row.term.key(),
                    "owner_stakeholder": match &row.owner {
                        Some(MeasureOwner::Stakeholder(id)) => Some(*id),
                        _ => None,
                    },
                    "owner_department": match &row.owner {
                        Some(MeasureOwner::Department { zh, .. }) => Some(zh.clone()),
                        _ => None,
                    },
                    "owner_department_en": match &row.owner {
                        Some(MeasureOwner::Department { en, .. }) => Some(en.clone()),
                        _ => None,
                    },
                    "budget_cny": row.budget_cny,
                    "start": row.start.to_string(),
                    "end": row.end.to_string(),
                    "status": row.status.key(),
                    "targets": row.targets.iter().map(|t| serde_json::json!({
                        "indicator": t.subject,
                        "effect_value": t.effect_value,
                        "effect_unit": t.effect_unit,
                    })).collect::<Vec<_>>(),
                    "progress": m.progress.iter().map(|p| serde_json::json!({
                        "date": p.on.to_string(),
                        "percent": p.percent,
                        "note": p.note,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        return serde_json::to_string_pretty(&rows)
            .map_err(|e| CliError::Store(concord_store::StoreError::Corrupt(e.to_string())));
    }
    if measures.is_empty() {
        return Ok(i18n.msg("measures-none"));
    }
    let chinese = i18n.locale() == Locale::ZhCn;
    Ok(measures
        .iter()
        .map(|m| {
            let row = &m.row;
            let pick = |zh: &str, en: &str| {
                if (chinese && !zh.is_empty()) || en.is_empty() {
                    zh.to_owned()
                } else {
                    en.to_owned()
                }
            };
            let progress = m
                .latest_progress()
                .map(|p| format!("{} {}%", i18n.date(p.on), p.percent))
                .unwrap_or_default();
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                row.code,
                pick(&row.key_project.title_zh, &row.key_project.title_en),
                pick(&row.title_zh, &row.title_en),
                status_label(row.status, i18n),
                progress,
                targets_text(&row.targets)
            )
        })
        .collect::<Vec<_>>()
        .join("\n"))
}
