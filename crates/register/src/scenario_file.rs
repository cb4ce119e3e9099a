//! A scenario's rows from a table (CSV, or an .xlsx workbook's first sheet):
//! `variable,kind,year,value,unit` or `变量,类型,年份,数值,单位`, with optional `source`
//! (`来源`) and `driver` (`驱动变量`) columns. Every problem is given with its row (as a
//! spreadsheet numbers it, the header being row 1) and the column's header as written; a file
//! with any problem yields no rows at all.

use concord_domain::bau::{
    Assumption, Column, Problem, Step, Unit, Variable, horizon_end, project,
};

use crate::report::FileProblem;
use crate::table::{Table, TableFormat, TableRow, read_table};

/// A problem in one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioCellError {
    /// 1-based, the header being row 1.
    pub row: usize,
    pub column: Column,
    /// The column's header as the file writes it.
    pub header: String,
    pub problem: Problem,
    /// The cell's text, for the message.
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioFileError {
    File(FileProblem),
    /// A required column is absent; its English name.
    MissingColumn(&'static str),
    Cells(Vec<ScenarioCellError>),
}

const REQUIRED: [Column; 5] = [
    Column::Variable,
    Column::Kind,
    Column::Year,
    Column::Value,
    Column::Unit,
];

/// Which optional column a header names, besides the required ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    Known(Column),
    Source,
    Other,
}

fn header_of(text: &str) -> Header {
    let t = text.trim().trim_start_matches('\u{feff}').to_lowercase();
    for column in [
        Column::Variable,
        Column::Kind,
        Column::Year,
        Column::Value,
        Column::Unit,
        Column::Driver,
    ] {
        if t == column.key() || t == column.header_zh() {
            return Header::Known(column);
        }
    }
    if t == "source" || t == "来源" || t == "数据来源" {
        return Header::Source;
    }
    Header::Other
}

fn kind_of(text: &str) -> Option<&'static str> {
    match text.trim().to_lowercase().as_str() {
        "observed" | "观测" | "观测值" | "实际" => Some("observed"),
        "growth" | "增长" | "增长率" => Some("growth"),
        "linear" | "线性" => Some("linear"),
        "elasticity" | "弹性" => Some("elasticity"),
        "intensity" | "强度" => Some("intensity"),
        _ => None,
    }
}

/// Reads a number as people type it: spaces, thousands separators and a trailing % go.
fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a CSV file (UTF-8, with or without BOM, GB18030, UTF-16; comma, semicolon or tab) or
/// the first sheet of an .xlsx workbook, told apart by content.
pub fn read_scenario_file(bytes: &[u8]) -> Result<Vec<Assumption>, ScenarioFileError> {
    let table = read_table(bytes, TableFormat::sniff(bytes)).map_err(ScenarioFileError::File)?;
    read_scenario_table(&table)
}

/// Checks the rows of a table read by [`read_table`].
pub fn read_scenario_table(table: &Table) -> Result<Vec<Assumption>, ScenarioFileError> {
    let headers = &table.headers;
    let find = |wanted: Header| headers.iter().position(|h| header_of(h) == wanted);
    let mut at = [0usize; 6];
    for column in REQUIRED {
        at[column as usize] =
            find(Header::Known(column)).ok_or(ScenarioFileError::MissingColumn(column.key()))?;
    }
    let driver_at = find(Header::Known(Column::Driver));
    let source_at = find(Header::Source);
    let mut rows = Vec::new();
    let mut read_from: Vec<&TableRow> = Vec::new();
    let mut errors = Vec::new();
    for line in &table.rows {
        let cells = &line.cells;
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let row = line.row;
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", |c| c.trim());
        let mut problem = |column: Column, problem: Problem, value: &str| {
            let header = header_name(headers, &at, driver_at, column);
            errors.push(ScenarioCellError {
                row,
                column,
                header,
                problem,
                value: value.to_owned(),
            });
        };
        if let Some((variable, year, step)) = parse_row(&cell, &at, driver_at, &mut problem) {
            rows.push(Assumption {
                variable,
                year,
                step,
                source: cell(source_at).to_owned(),
            });
            read_from.push(line);
        }
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(ScenarioFileError::File(FileProblem::Empty));
    }
    if errors.is_empty()
        && let Err(found) = project(&rows, horizon_end(None))
    {
        for e in found {
            let line = read_from[e.index];
            let header = header_name(headers, &at, driver_at, e.column);
            let value = match e.column {
                Column::Driver => driver_at.and_then(|i| line.cells.get(i)),
                c => line.cells.get(at[c as usize]),
            }
            .map_or("", |v| v.trim())
            .to_owned();
            errors.push(ScenarioCellError {
                row: line.row,
                column: e.column,
                header,
                problem: e.problem,
                value,
            });
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(ScenarioFileError::Cells(errors))
    }
}

/// The header of `column` as the file writes it.
fn header_name(
    headers: &[String],
    at: &[usize; 6],
    driver_at: Option<usize>,
    column: Column,
) -> String {
    let index = if column == Column::Driver {
        driver_at
    } else {
        Some(at[column as usize])
    };
    index
        .and_then(|i| headers.get(i))
        .map_or(column.key(), |h| h.trim())
        .to_owned()
}

/// One row's variable, year and step; problems go to `problem` and give `None`.
fn parse_row<'a>(
    cell: &dyn Fn(Option<usize>) -> &'a str,
    at: &[usize; 6],
    driver_at: Option<usize>,
    problem: &mut dyn FnMut(Column, Problem, &str),
) -> Option<(Variable, i32, Step)> {
    let text = |c: Column| cell(Some(at[c as usize]));
    let required = |c: Column, problem: &mut dyn FnMut(Column, Problem, &str)| {
        let t = text(c);
        if t.is_empty() {
            problem(c, Problem::Required, t);
        }
        t
    };
    let variable_text = required(Column::Variable, problem);
    let variable = Variable::parse(variable_text);
    if variable.is_none() && !variable_text.is_empty() {
        problem(Column::Variable, Problem::UnknownVariable, variable_text);
    }
    let kind_text = required(Column::Kind, problem);
    let kind = kind_of(kind_text);
    if kind.is_none() && !kind_text.is_empty() {
        problem(Column::Kind, Problem::UnknownKind, kind_text);
    }
    let year_text = required(Column::Year, problem);
    let year = year_text.parse::<i32>().ok();
    if year.is_none() && !year_text.is_empty() {
        problem(Column::Year, Problem::NotANumber, year_text);
    }
    let value_text = required(Column::Value, problem);
    let value = number(value_text);
    if value.is_none() && !value_text.is_empty() {
        problem(Column::Value, Problem::NotANumber, value_text);
    }
    let unit_text = text(Column::Unit);
    let needs_unit = matches!(kind, Some("observed" | "linear"));
    let unit = if needs_unit {
        if unit_text.is_empty() {
            problem(Column::Unit, Problem::Required, unit_text);
            None
        } else {
            let unit = Unit::parse(unit_text);
            if unit.is_none() {
                problem(Column::Unit, Problem::UnknownUnit, unit_text);
            }
            unit
        }
    } else {
        // A rate's unit may be left empty or say per cent.
        if !(unit_text.is_empty() || unit_text.starts_with('%') || Unit::parse(unit_text).is_some())
        {
            problem(Column::Unit, Problem::UnknownUnit, unit_text);
        }
        None
    };
    let driver = match kind {
        Some("elasticity" | "intensity") => {
            let d = cell(driver_at);
            let parsed = Variable::parse(d);
            if parsed.is_none() {
                problem(
                    Column::Driver,
                    if d.is_empty() {
                        Problem::Required
                    } else {
                        Problem::UnknownVariable
                    },
                    d,
                );
            }
            parsed
        }
        _ => None,
    };
    let (variable, year, value, kind) = (variable?, year?, value?, kind?);
    let step = match (kind, unit, driver) {
        ("observed", Some(unit), _) => Step::Observed { value, unit },
        ("linear", Some(unit), _) => Step::LinearTo { value, unit },
        ("growth", ..) => Step::Growth {
            percent_per_year: value,
        },
        ("elasticity", _, Some(driver)) => Step::Elasticity {
            driver,
            elasticity: value,
        },
        ("intensity", _, Some(driver)) => Step::Intensity {
            driver,
            percent_per_year: value,
        },
        _ => return None,
    };
    Some((variable, year, step))
}
