//! A targets file (CSV or .xlsx, English or Chinese headers) read cell by cell. Required:
//! `indicator`, `baseline_year`, `baseline_value`, `target_year` and — unless the row gives a
//! per cent — `target_value`. Optional:
//!
//! | key               | 中文表头          | what it holds                                           |
//! |-------------------|------------------|---------------------------------------------------------|
//! | kind              | 类型              | base-year-reduction, fixed-level (empty), base-year-intensity, below-bau, or 基准年减排 / 固定水平 / 基准年强度 / 低于基准情景 |
//! | reduction_percent | 减排百分比        | the per cent below the baseline, its intensity or the BAU |
//! | sdgs              | 可持续发展目标     | goal numbers 1–17: `11;3`, `11,3`, `11、3`               |
//! | advantages_zh     | 社区效益（中文）   | the advantages for the community, in Chinese             |
//! | advantages_en     | 社区效益（英文）   | the same in English                                      |
//! | bau_scenario      | 基准情景          | the scenario a below-BAU target is read on (the BAU when empty) |
//!
//! A per cent with no kind is a base-year reduction. A per cent resolves the value through
//! concord-targets (below the BAU on the scenario's projection for the target year; a base-year
//! intensity with GDP as the driver); a value given too must agree with it to 0.5 %. Every bad
//! cell is named by row and column, and a file with any problem gives no rows.

use concord_deficits::Catalogue;
use concord_register::FileProblem;
use concord_register::table::{Table, TableFormat, read_table};
use concord_store::{NewTarget, TargetDetails, TargetKind, TargetRow};
use concord_targets::{Baseline, Driver, GoalKind, ResolveError, parse_sdgs, resolve};

use crate::bau::SeriesKey;
use crate::tables::{CellError, FileError};
use crate::target_essentials::EssentialSubject;
use crate::targets_bau::{Scenarios, gdp, series_value};

/// The columns of a targets file: English key and Chinese headers.
const REQUIRED: [(&str, &[&str]); 4] = [
    ("indicator", &["指标代码"]),
    ("baseline_year", &["基准年"]),
    ("baseline_value", &["基准值"]),
    ("target_year", &["目标年"]),
];
const VALUE: (&str, &[&str]) = ("target_value", &["目标值"]);
const KIND: (&str, &[&str]) = ("kind", &["类型", "目标类型"]);
const PERCENT: (&str, &[&str]) = (
    "reduction_percent",
    &["减排百分比", "降低百分比", "reduction_%"],
);
const SDGS: (&str, &[&str]) = ("sdgs", &["可持续发展目标", "SDG"]);
const ADV_ZH: (&str, &[&str]) = (
    "advantages_zh",
    &["社区效益（中文）", "社区效益(中文)", "社区效益"],
);
const ADV_EN: (&str, &[&str]) = (
    "advantages_en",
    &["社区效益（英文）", "社区效益(英文)", "advantages"],
);
const SCENARIO: (&str, &[&str]) = ("bau_scenario", &["基准情景", "情景"]);

/// The Chinese words a file may write for a kind.
const KIND_WORDS_ZH: [(&str, TargetKind); 4] = [
    ("基准年减排", TargetKind::BaseYearReduction),
    ("固定水平", TargetKind::FixedLevel),
    ("基准年强度", TargetKind::BaseYearIntensity),
    ("低于基准情景", TargetKind::BelowBau),
];

/// How close a given value must be to the one its per cent resolves to.
const AGREEMENT: f64 = 0.005;

fn column(table: &Table, (en, zh): (&str, &[&str])) -> Option<usize> {
    let mut names = vec![en];
    names.extend_from_slice(zh);
    table.column(&names)
}

fn kind_of(text: &str) -> Option<TargetKind> {
    let key = text.trim().to_lowercase().replace(['_', ' '], "-");
    TargetKind::from_key(&key).or_else(|| {
        KIND_WORDS_ZH
            .iter()
            .find(|(word, _)| *word == text.trim())
            .map(|(_, kind)| *kind)
    })
}

/// The subject a file names: an indicator's first code, or a BAU series key.
fn subject_of(text: &str, catalogue: &Catalogue) -> Option<String> {
    if let Some(indicator) = catalogue.find(text) {
        return indicator.codes.first().cloned();
    }
    SeriesKey::ALL
        .into_iter()
        .find(|k| k.key().eq_ignore_ascii_case(text))
        .map(|k| k.key().to_owned())
        .or_else(|| EssentialSubject::from_text(text).map(EssentialSubject::key))
}

/// An essential's target is a score on its level's scale, set as a level or as a change from
/// the baseline; `None` when the row is fine, else the problem's column and Fluent id.
fn essential_problem(
    subject: &str,
    kind: TargetKind,
    baseline_value: f64,
    at: (usize, usize),
) -> Option<(usize, &'static str)> {
    let essential = EssentialSubject::from_key(subject)?;
    let (kind_at, base_value_at) = at;
    if matches!(kind, TargetKind::BaseYearIntensity | TargetKind::BelowBau) {
        return Some((kind_at, "targets-error-kind-for-essential"));
    }
    (!(0.0..=essential.max_score()).contains(&baseline_value))
        .then_some((base_value_at, "targets-error-score-range"))
}

/// Whether `value` lies outside the scale of an essential `subject` (never for another subject).
fn off_the_scale(subject: &str, value: f64) -> bool {
    EssentialSubject::from_key(subject).is_some_and(|e| !(0.0..=e.max_score()).contains(&value))
}

pub(crate) fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，' && *c != '%' && *c != '％')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a targets file against the catalogue and the scenarios.
pub(crate) fn read_targets_file(
    bytes: &[u8],
    catalogue: &Catalogue,
    scenarios: &Scenarios,
) -> Result<Vec<NewTarget>, FileError> {
    let table = read_table(bytes, TableFormat::sniff(bytes)).map_err(FileError::File)?;
    read_targets_table(&table, catalogue, scenarios)
}

/// Where each column is, `None` for an optional one the file leaves out.
struct Columns {
    required: [usize; 4],
    value: Option<usize>,
    kind: Option<usize>,
    percent: Option<usize>,
    sdgs: Option<usize>,
    zh: Option<usize>,
    en: Option<usize>,
    scenario: Option<usize>,
}

fn columns(table: &Table) -> Result<Columns, FileError> {
    let mut required = [0usize; 4];
    for (i, names) in REQUIRED.iter().enumerate() {
        required[i] = column(table, *names).ok_or(FileError::MissingColumn(names.0))?;
    }
    let percent = column(table, PERCENT);
    let value = column(table, VALUE);
    if value.is_none() && percent.is_none() {
        return Err(FileError::MissingColumn(VALUE.0));
    }
    Ok(Columns {
        required,
        value,
        kind: column(table, KIND),
        percent,
        sdgs: column(table, SDGS),
        zh: column(table, ADV_ZH),
        en: column(table, ADV_EN),
        scenario: column(table, SCENARIO),
    })
}

pub(crate) fn read_targets_table(
    table: &Table,
    catalogue: &Catalogue,
    scenarios: &Scenarios,
) -> Result<Vec<NewTarget>, FileError> {
    let at = columns(table)?;
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen: Vec<(String, i32)> = Vec::new();
    for line in &table.rows {
        if line.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let text = |i: Option<usize>| {
            i.and_then(|i| line.cells.get(i))
                .map_or("", |c| c.trim())
                .to_owned()
        };
        let mut problem = |i: usize, id: &'static str| {
            errors.push(CellError {
                row: line.row,
                header: table.headers[i].trim().to_owned(),
                problem: id,
                value: line.cells.get(i).map_or("", |c| c.trim()).to_owned(),
            });
        };
        let cells = Cells {
            at: &at,
            text: &text,
        };
        if let Some(target) = read_row(&cells, catalogue, scenarios, &mut problem, &seen) {
            seen.push((target.row.subject.clone(), target.row.target_year));
            rows.push(target);
        }
    }
    if !errors.is_empty() {
        return Err(FileError::Cells(errors));
    }
    if rows.is_empty() {
        return Err(FileError::File(FileProblem::Empty));
    }
    Ok(rows)
}

/// One row's cells by column.
struct Cells<'a> {
    at: &'a Columns,
    text: &'a dyn Fn(Option<usize>) -> String,
}

impl Cells<'_> {
    fn get(&self, i: Option<usize>) -> String {
        (self.text)(i)
    }
}

/// One row as a target, every problem reported through `problem(column, id)`.
fn read_row(
    cells: &Cells<'_>,
    catalogue: &Catalogue,
    scenarios: &Scenarios,
    problem: &mut dyn FnMut(usize, &'static str),
    seen: &[(String, i32)],
) -> Option<NewTarget> {
    let at = cells.at;
    let [subject_at, base_year_at, base_value_at, target_year_at] = at.required;
    let subject = match cells.get(Some(subject_at)).as_str() {
        "" => {
            problem(subject_at, "targets-error-required");
            None
        }
        text => subject_of(text, catalogue).or_else(|| {
            problem(subject_at, "targets-error-unknown-subject");
            None
        }),
    };
    let mut year = |i: usize| match cells.get(Some(i)).as_str() {
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
    let (baseline_year, target_year) = (year(base_year_at), year(target_year_at));
    let mut optional_number = |i: Option<usize>| match cells.get(i).as_str() {
        "" => Ok(None),
        text => number(text).map(Some).ok_or_else(|| {
            if let Some(i) = i {
                problem(i, "targets-error-not-a-number");
            }
        }),
    };
    let baseline_value = optional_number(Some(base_value_at));
    let given_value = optional_number(at.value);
    let percent = optional_number(at.percent);
    let kind_text = cells.get(at.kind);
    let kind = match (kind_text.as_str(), &percent) {
        ("", Ok(Some(_))) => Some(TargetKind::BaseYearReduction),
        ("", _) => Some(TargetKind::FixedLevel),
        (text, _) => kind_of(text).or_else(|| {
            if let Some(i) = at.kind {
                problem(i, "targets-error-unknown-kind");
            }
            None
        }),
    };
    let sdgs = match parse_sdgs(&cells.get(at.sdgs)) {
        Ok(goals) => Some(goals),
        Err(_) => {
            if let Some(i) = at.sdgs {
                problem(i, "targets-error-sdgs");
            }
            None
        }
    };
    let baseline_value = match baseline_value {
        Ok(Some(v)) => Some(v),
        Ok(None) => {
            problem(base_value_at, "targets-error-required");
            None
        }
        Err(()) => None,
    };
    let (
        Some(subject),
        Some(baseline_year),
        Some(baseline_value),
        Some(target_year),
        Some(kind),
        Some(sdgs),
        Ok(given_value),
        Ok(percent),
    ) = (
        subject,
        baseline_year,
        baseline_value,
        target_year,
        kind,
        sdgs,
        given_value,
        percent,
    )
    else {
        return None;
    };
    if target_year <= baseline_year {
        problem(target_year_at, "targets-error-target-before-baseline");
        return None;
    }
    if seen.contains(&(subject.clone(), target_year)) {
        problem(target_year_at, "targets-error-duplicate");
        return None;
    }
    let kind_at = at.kind.or(at.percent).unwrap_or(subject_at);
    if let Some((column, id)) =
        essential_problem(&subject, kind, baseline_value, (kind_at, base_value_at))
    {
        problem(column, id);
        return None;
    }
    let baseline = Baseline {
        year: baseline_year,
        value: baseline_value,
    };
    let scenario_name = cells.get(at.scenario);
    let outlook = if scenario_name.is_empty() {
        scenarios.bau()
    } else {
        let found = scenarios.named(&scenario_name);
        if found.is_none()
            && let Some(i) = at.scenario
        {
            problem(i, "targets-error-unknown-scenario");
            return None;
        }
        found
    };
    // A target below the BAU is measured against a scenario, whose name it keeps.
    let bau_scenario = match kind {
        TargetKind::BelowBau => match scenarios.stored_name(&scenario_name) {
            Some(name) => Some(name),
            None => {
                problem(
                    at.scenario.or(at.kind).unwrap_or(target_year_at),
                    "targets-error-no-bau-scenario",
                );
                return None;
            }
        },
        _ => None,
    };
    let bau = outlook.and_then(|o| series_value(o, &subject, target_year));
    let driver = outlook
        .and_then(|o| gdp(o, baseline_year, target_year))
        .map(|(base, target)| Driver { base, target });
    let value_at = at.value.or(at.percent).unwrap_or(target_year_at);
    let percent_at = at.percent.or(at.kind).unwrap_or(target_year_at);
    let (target_value, percent) = match (kind, percent, given_value) {
        (TargetKind::FixedLevel, Some(_), _) => {
            problem(percent_at, "targets-error-percent-for-fixed");
            return None;
        }
        (_, None, None) => {
            problem(value_at, "targets-error-required");
            return None;
        }
        (TargetKind::FixedLevel, None, Some(value)) => (value, None),
        (kind, Some(p), given) => {
            let goal = goal_kind(kind, p);
            let resolved = match resolve(goal, baseline, bau, driver) {
                Ok(v) => v,
                Err(e) => {
                    let (column, id) = match e {
                        ResolveError::NoBau => {
                            (at.scenario.unwrap_or(percent_at), "targets-error-no-bau")
                        }
                        ResolveError::NoDriver | ResolveError::ZeroDriver => {
                            (percent_at, "targets-error-no-driver")
                        }
                        ResolveError::PercentOutOfRange => {
                            (percent_at, "targets-error-percent-range")
                        }
                        ResolveError::NotFinite => (percent_at, "targets-error-not-a-number"),
                    };
                    problem(column, id);
                    return None;
                }
            };
            if let Some(given) = given
                && (given - resolved).abs() > resolved.abs().max(1e-9) * AGREEMENT
            {
                problem(value_at, "targets-error-value-disagrees");
                return None;
            }
            (resolved, Some(p))
        }
        // A value alone: the per cent follows from it where its reference is known.
        (kind, None, Some(value)) => (value, implied_percent(kind, baseline, value, bau, driver)),
    };
    if off_the_scale(&subject, target_value) {
        problem(
            if given_value.is_some() {
                value_at
            } else {
                percent_at
            },
            "targets-error-score-range",
        );
        return None;
    }
    Some(NewTarget {
        row: TargetRow {
            subject,
            baseline_year,
            baseline_value,
            target_year,
            target_value,
        },
        details: TargetDetails {
            kind,
            percent,
            sdgs,
            advantages_zh: cells.get(at.zh),
            advantages_en: cells.get(at.en),
            bau_scenario,
        },
    })
}

fn goal_kind(kind: TargetKind, percent: f64) -> GoalKind {
    match kind {
        TargetKind::BaseYearReduction => GoalKind::BaseYearReduction { percent },
        TargetKind::BaseYearIntensity => GoalKind::BaseYearIntensity { percent },
        TargetKind::BelowBau => GoalKind::BelowBau { percent },
        TargetKind::FixedLevel => GoalKind::FixedLevel { value: percent },
    }
}

/// The per cent a value means for its kind: below the baseline, the BAU or the baseline's
/// intensity; `None` when the reference is missing or zero, or the per cent is beyond what the
/// store keeps.
fn implied_percent(
    kind: TargetKind,
    baseline: Baseline,
    value: f64,
    bau: Option<f64>,
    driver: Option<Driver>,
) -> Option<f64> {
    let reference = match kind {
        TargetKind::FixedLevel => return None,
        TargetKind::BaseYearReduction => baseline.value,
        TargetKind::BelowBau => bau?,
        TargetKind::BaseYearIntensity => {
            let driver = driver?;
            (driver.base != 0.0).then(|| baseline.value / driver.base * driver.target)?
        }
    };
    let percent = (1.0 - value / reference) * 100.0;
    (reference != 0.0 && percent.is_finite() && (-1000.0..=100.0).contains(&percent))
        .then_some(percent)
}
