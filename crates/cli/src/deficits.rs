//! `concord indicators …` and `concord deficits`: the Deficits stage on the command line
//! (`concord scorecard show` is in `scorecard`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use concord_deficits::{
    Catalogue, Indicator, IndicatorValue, RowProblem, ValueProblem, assess, check_values,
};
use concord_i18n::{FluentValue, I18n};
use concord_store::{OnDuplicateValue, Store, StoreError};
use concord_usecases::tables::{FileProblem, TableFormat, read_table};
use serde::Serialize;

use crate::args::OnDuplicateArg;
use crate::commands::write_atomically;
use crate::error::CliError;
use crate::print::printable;

#[derive(Debug, Subcommand)]
pub enum IndicatorsCommand {
    /// The SDG indicators a city reports, with the latest stored value of each
    List {
        /// Also list indicators that count countries or international flows
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Values per indicator and year from a CSV or .xlsx file (English or Chinese headers)
    #[command(group = clap::ArgGroup::new("file").args(["csv", "xlsx"]).required(true))]
    Import {
        #[arg(long, value_name = "FILE.csv")]
        csv: Option<PathBuf>,
        #[arg(long, value_name = "FILE.xlsx")]
        xlsx: Option<PathBuf>,
        /// Check the file and report what would happen, without writing anything
        #[arg(long)]
        dry_run: bool,
        /// What to do with a value already stored for the same indicator and year
        #[arg(long, value_enum, value_name = "skip|update")]
        on_duplicate: Option<OnDuplicateArg>,
    },
    /// Every stored value as CSV (UTF-8 with BOM), in the columns an import reads
    Export {
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
}

pub fn run_indicators(
    store: &mut Store,
    command: IndicatorsCommand,
    i18n: &I18n,
) -> Result<String, CliError> {
    match command {
        IndicatorsCommand::List { all, json } => list(store, all, json, i18n),
        IndicatorsCommand::Import {
            csv,
            xlsx,
            dry_run,
            on_duplicate,
        } => {
            let (path, format) = match (csv, xlsx) {
                (Some(p), _) => (p, TableFormat::Csv),
                (None, Some(p)) => (p, TableFormat::Xlsx),
                (None, None) => unreachable!("clap requires one of --csv and --xlsx"),
            };
            import(store, &path, format, dry_run, on_duplicate, i18n)
        }
        IndicatorsCommand::Export { out } => export(store, &out, i18n),
    }
}

pub(crate) fn catalogue() -> Result<Catalogue, CliError> {
    Catalogue::builtin().map_err(|e| CliError::Store(StoreError::Corrupt(e.to_string())))
}

pub(crate) fn json<T: Serialize>(value: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map_err(|e| CliError::Store(StoreError::Corrupt(e.to_string())))
}

fn latest_by_code(values: &[IndicatorValue]) -> BTreeMap<&str, &IndicatorValue> {
    let mut latest: BTreeMap<&str, &IndicatorValue> = BTreeMap::new();
    for v in values {
        let slot = latest.entry(v.code.as_str()).or_insert(v);
        if v.year > slot.year {
            *slot = v;
        }
    }
    latest
}

fn name<'a>(indicator: &'a Indicator, i18n: &I18n) -> &'a str {
    if i18n.locale().is_chinese() && !indicator.name_zh.is_empty() {
        &indicator.name_zh
    } else {
        &indicator.name_en
    }
}

#[derive(Serialize)]
struct ListedIndicator<'a> {
    #[serde(flatten)]
    indicator: &'a Indicator,
    latest: Option<&'a IndicatorValue>,
}

fn list(store: &Store, all: bool, as_json: bool, i18n: &I18n) -> Result<String, CliError> {
    let catalogue = catalogue()?;
    let values = store.indicator_values()?;
    let latest = latest_by_code(&values);
    let shown: Vec<ListedIndicator> = catalogue
        .indicators
        .iter()
        .filter(|i| all || i.city_reportable)
        .map(|i| ListedIndicator {
            indicator: i,
            latest: latest.get(i.code()).copied(),
        })
        .collect();
    if as_json {
        return json(&serde_json::json!({
            "catalogue_version": catalogue.version,
            "indicators": shown,
        }));
    }
    let mut out = vec![i18n.fmt(
        "indicators-list-heading",
        &[
            ("version", FluentValue::from(catalogue.version.clone())),
            ("count", FluentValue::from(shown.len())),
        ],
    )];
    for item in &shown {
        let latest = item.latest.map_or_else(
            || i18n.msg("indicators-no-value"),
            |v| format!("{} {} ({})", number(v.value), v.unit, v.year),
        );
        out.push(format!(
            "{:<8} {}  {}",
            item.indicator.code(),
            printable(name(item.indicator, i18n)),
            latest
        ));
    }
    Ok(out.join("\n"))
}

fn import(
    store: &mut Store,
    path: &Path,
    format: TableFormat,
    dry_run: bool,
    on_duplicate: Option<OnDuplicateArg>,
    i18n: &I18n,
) -> Result<String, CliError> {
    let bytes = std::fs::read(path).map_err(|source| CliError::Read {
        path: path.to_owned(),
        source,
    })?;
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The file's content decides: a CSV named .xlsx is read as what it is.
    let format = match (format, TableFormat::sniff(&bytes)) {
        (_, TableFormat::Xlsx) => TableFormat::Xlsx,
        (TableFormat::Xlsx, TableFormat::Csv) => {
            crate::print::problem(&format!("{file}: {}", i18n.msg("indicators-not-xlsx")));
            return Err(CliError::ImportRefused { count: 1 });
        }
        (TableFormat::Csv, TableFormat::Csv) => TableFormat::Csv,
    };
    let table = match read_table(&bytes, format) {
        Ok(table) => table,
        Err(problem) => {
            let (row, reason) = match &problem {
                // The reason starts with the Fluent id that says it.
                FileProblem::Malformed { row, reason } => {
                    let id = reason.split(' ').next().unwrap_or_default();
                    let said = if i18n.has(id) {
                        i18n.msg(id)
                    } else {
                        problem.message(i18n)
                    };
                    (*row, said)
                }
                other => (0, other.message(i18n)),
            };
            let place = i18n.fmt(
                "indicators-problem-row",
                &[
                    ("file", FluentValue::from(file.clone())),
                    ("row", FluentValue::from(row)),
                ],
            );
            crate::print::problem(&format!("{place}{reason}"));
            return Err(CliError::ImportRefused { count: 1 });
        }
    };
    let rows: Vec<(usize, Vec<String>)> =
        table.rows.into_iter().map(|r| (r.row, r.cells)).collect();
    let values = match check_values(&table.headers, &rows, &catalogue()?) {
        Ok(values) => values,
        Err(problems) => {
            for problem in &problems {
                crate::print::problem(&describe(&file, problem, i18n));
            }
            return Err(CliError::ImportRefused {
                count: problems.len(),
            });
        }
    };
    let policy = match on_duplicate {
        None => OnDuplicateValue::Refuse,
        Some(OnDuplicateArg::Skip) => OnDuplicateValue::Skip,
        Some(OnDuplicateArg::Update) => OnDuplicateValue::Update,
    };
    let (added, updated, skipped) = if dry_run {
        let stored = store.stored_value_years(&values)?;
        if policy == OnDuplicateValue::Refuse && !stored.is_empty() {
            return Err(StoreError::ValuesAlreadyStored(stored).into());
        }
        let existing = stored.len();
        match policy {
            OnDuplicateValue::Update => (values.len() - existing, existing, 0),
            _ => (values.len() - existing, 0, existing),
        }
    } else {
        let count = store.save_indicator_values(&values, policy)?;
        (count.added, count.updated, count.skipped)
    };
    Ok(i18n.fmt(
        if dry_run {
            "indicators-import-checked"
        } else {
            "indicators-import-written"
        },
        &[
            ("file", FluentValue::from(file)),
            ("rows", FluentValue::from(values.len())),
            ("add", FluentValue::from(added)),
            ("update", FluentValue::from(updated)),
            ("skip", FluentValue::from(skipped)),
        ],
    ))
}

/// "values.csv row 3, column 年份: 二〇二二 is not a year between 1990 and 2100."
fn describe(file: &str, problem: &RowProblem, i18n: &I18n) -> String {
    let args: Vec<(&str, FluentValue)> = match &problem.problem {
        ValueProblem::MissingColumn { column } => {
            vec![("column", FluentValue::from(column.headers()[0]))]
        }
        ValueProblem::UnknownCode { code } => vec![("code", FluentValue::from(code.clone()))],
        ValueProblem::UnitMismatch { unit, expected } => vec![
            ("unit", FluentValue::from(unit.clone())),
            ("expected", FluentValue::from(expected.clone())),
        ],
        ValueProblem::YearOutOfRange { year } => vec![("year", FluentValue::from(year.clone()))],
        ValueProblem::NotANumber { value } | ValueProblem::NotYesOrNo { value } => {
            vec![("value", FluentValue::from(value.clone()))]
        }
        ValueProblem::DuplicateInFile { first_row } => {
            vec![("first_row", FluentValue::from(*first_row))]
        }
        ValueProblem::Empty | ValueProblem::PppBaseYearMissing | ValueProblem::AlreadyStored => {
            Vec::new()
        }
    };
    let reason = i18n.fmt(problem.problem.fluent_id(), &args);
    let place = i18n.fmt(
        "indicators-problem-place",
        &[
            ("file", FluentValue::from(file.to_string())),
            ("row", FluentValue::from(problem.row)),
            (
                "column",
                FluentValue::from(problem.column.clone().unwrap_or_default()),
            ),
        ],
    );
    printable(&format!("{place}{reason}"))
}

fn export(store: &Store, out: &Path, i18n: &I18n) -> Result<String, CliError> {
    let values = store.indicator_values()?;
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let write_error = |e: csv::Error| CliError::Store(StoreError::Corrupt(e.to_string()));
    writer
        .write_record([
            "code",
            "year",
            "value",
            "unit",
            "ppp_base_year",
            "source",
            "note",
        ])
        .map_err(write_error)?;
    for v in &values {
        writer
            .write_record([
                v.code.clone(),
                v.year.to_string(),
                v.value.to_string(),
                v.unit.clone(),
                v.ppp_base_year.map(|y| y.to_string()).unwrap_or_default(),
                guard_formula(&v.source),
                guard_formula(&v.note),
            ])
            .map_err(write_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| CliError::Store(StoreError::Corrupt(e.to_string())))?;
    write_atomically(out, &bytes)?;
    Ok(i18n.fmt(
        "indicators-export-written",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("count", FluentValue::from(values.len())),
        ],
    ))
}

/// A cell a spreadsheet would run as a formula is written as text.
fn guard_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[derive(Serialize)]
struct FlaggedDeficit {
    code: String,
    name_en: String,
    name_zh: String,
    year: i32,
    value: f64,
    unit: String,
    benchmark: f64,
    benchmark_kind: concord_deficits::BenchmarkKind,
    gap: f64,
    gap_percent: Option<f64>,
    rank: Option<usize>,
    points: Option<u32>,
}

/// Every flagged deficit with its gap, and its rank where the dialogue ranked them.
pub fn deficits(store: &Store, as_json: bool, i18n: &I18n) -> Result<String, CliError> {
    let catalogue = catalogue()?;
    let values = store.indicator_values()?;
    let latest = latest_by_code(&values);
    let benchmarks = store.benchmarks()?;
    let ranked = ranking(store)?;
    let mut flagged = Vec::new();
    for (code, benchmark) in &benchmarks {
        let (Some(indicator), Some(value)) = (catalogue.find(code), latest.get(code.as_str()))
        else {
            continue;
        };
        if let Some(gap) = assess(indicator.direction, value.value, benchmark.value) {
            let place = ranked.get(indicator.code());
            flagged.push(FlaggedDeficit {
                code: indicator.code().to_string(),
                name_en: indicator.name_en.clone(),
                name_zh: indicator.name_zh.clone(),
                year: value.year,
                value: value.value,
                unit: value.unit.clone(),
                benchmark: benchmark.value,
                benchmark_kind: benchmark.kind,
                gap: gap.units,
                gap_percent: gap.percent,
                rank: place.map(|p| p.rank),
                points: place.map(|p| p.points),
            });
        }
    }
    flagged.sort_by_key(|d| (d.rank.unwrap_or(usize::MAX), d.code.clone()));
    if as_json {
        return json(&serde_json::json!({ "deficits": flagged }));
    }
    if flagged.is_empty() {
        return Ok(i18n.msg("deficits-none"));
    }
    let chinese = i18n.locale().is_chinese();
    let lines: Vec<String> = flagged
        .iter()
        .map(|d| {
            i18n.fmt(
                "deficits-line",
                &[
                    (
                        "rank",
                        FluentValue::from(d.rank.map(|r| r.to_string()).unwrap_or_default()),
                    ),
                    ("code", FluentValue::from(d.code.clone())),
                    (
                        "name",
                        FluentValue::from(if chinese { &d.name_zh } else { &d.name_en }.clone()),
                    ),
                    ("value", FluentValue::from(number(d.value))),
                    ("benchmark", FluentValue::from(number(d.benchmark))),
                    ("unit", FluentValue::from(d.unit.clone())),
                    ("gap", FluentValue::from(number(d.gap))),
                ],
            )
        })
        .collect();
    Ok(printable(&lines.join("\n")))
}

/// The latest ranking's result by candidate.
fn ranking(store: &Store) -> Result<BTreeMap<String, concord_deficits::RankedItem>, CliError> {
    let Some(ranking) = store.latest_ranking()? else {
        return Ok(BTreeMap::new());
    };
    let ballots: Vec<(String, concord_deficits::ranking::Ballot)> = ranking
        .ballots
        .iter()
        .map(|(who, points)| {
            let ballot = if ranking.method == "borda" {
                let mut order: Vec<(&String, &u32)> = points.iter().collect();
                order.sort_by_key(|(_, place)| **place);
                concord_deficits::ranking::Ballot::Ranking(
                    order.into_iter().map(|(c, _)| c.clone()).collect(),
                )
            } else {
                concord_deficits::ranking::Ballot::Dots(points.clone())
            };
            (who.to_string(), ballot)
        })
        .collect();
    let items = concord_deficits::ranking::tally(&ranking.candidates, &ballots, ranking.dots_each)
        .map_err(|e| CliError::Store(StoreError::Corrupt(e.to_string())))?;
    Ok(items
        .into_iter()
        .map(|i| (i.candidate.clone(), i))
        .collect())
}

/// A value as a person reads it: at most three decimals, no trailing zeros.
fn number(value: f64) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}
