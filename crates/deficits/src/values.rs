//! The city's values per indicator and year, checked row by row before anything is stored.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::catalogue::Catalogue;

pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2100;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorValue {
    /// The catalogue's code for the indicator (the first of its codes).
    pub code: String,
    pub year: i32,
    pub value: f64,
    pub unit: String,
    /// Only for indicators measured in PPP dollars (7.3.1).
    pub ppp_base_year: Option<i32>,
    pub source: String,
    pub note: String,
}

/// The columns of a value file, by their English or Chinese headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueColumn {
    Code,
    Year,
    Value,
    Unit,
    Source,
    Note,
    PppBaseYear,
}

impl ValueColumn {
    pub const ALL: [ValueColumn; 7] = [
        ValueColumn::Code,
        ValueColumn::Year,
        ValueColumn::Value,
        ValueColumn::Unit,
        ValueColumn::Source,
        ValueColumn::Note,
        ValueColumn::PppBaseYear,
    ];

    /// The headers a file may use; the first is what an export writes.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            ValueColumn::Code => &["code", "指标代码", "indicator"],
            ValueColumn::Year => &["year", "年份"],
            ValueColumn::Value => &["value", "数值"],
            ValueColumn::Unit => &["unit", "单位"],
            ValueColumn::Source => &["source", "来源"],
            ValueColumn::Note => &["note", "备注"],
            ValueColumn::PppBaseYear => &["ppp_base_year", "购买力平价基准年"],
        }
    }

    fn required(self) -> bool {
        matches!(
            self,
            ValueColumn::Code | ValueColumn::Year | ValueColumn::Value
        )
    }
}

/// Why a row cannot be stored; each names the Fluent id that says it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "reason")]
pub enum ValueProblem {
    MissingColumn { column: ValueColumn },
    Empty,
    UnknownCode { code: String },
    UnitMismatch { unit: String, expected: String },
    YearOutOfRange { year: String },
    NotANumber { value: String },
    NotYesOrNo { value: String },
    PppBaseYearMissing,
    DuplicateInFile { first_row: usize },
    AlreadyStored,
}

impl ValueProblem {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Self::MissingColumn { .. } => "values-missing-column",
            Self::Empty => "values-empty-cell",
            Self::UnknownCode { .. } => "values-unknown-code",
            Self::UnitMismatch { .. } => "values-unit-mismatch",
            Self::YearOutOfRange { .. } => "values-year-out-of-range",
            Self::NotANumber { .. } => "values-not-a-number",
            Self::NotYesOrNo { .. } => "values-not-yes-or-no",
            Self::PppBaseYearMissing => "values-ppp-base-year-missing",
            Self::DuplicateInFile { .. } => "values-duplicate-in-file",
            Self::AlreadyStored => "values-already-stored",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowProblem {
    /// The spreadsheet row (the header is row 1); 1 for a problem with the header itself.
    pub row: usize,
    /// The column's header as the file writes it, when the problem has one.
    pub column: Option<String>,
    pub problem: ValueProblem,
}

/// Reads every row; the values come back only when no row has a problem.
pub fn check_values(
    headers: &[String],
    rows: &[(usize, Vec<String>)],
    catalogue: &Catalogue,
) -> Result<Vec<IndicatorValue>, Vec<RowProblem>> {
    let find = |c: ValueColumn| {
        headers.iter().position(|h| {
            let h = h.trim().to_lowercase().replace([' ', '_'], "");
            c.headers()
                .iter()
                .any(|n| n.to_lowercase().replace('_', "") == h)
        })
    };
    let columns: BTreeMap<_, _> = ValueColumn::ALL
        .iter()
        .filter_map(|c| find(*c).map(|i| (*c, i)))
        .collect();
    let missing: Vec<RowProblem> = ValueColumn::ALL
        .iter()
        .filter(|c| c.required() && !columns.contains_key(c))
        .map(|c| RowProblem {
            row: 1,
            column: Some(c.headers()[0].to_string()),
            problem: ValueProblem::MissingColumn { column: *c },
        })
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut values = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut first_seen: BTreeMap<(String, i32), usize> = BTreeMap::new();
    for (row, cells) in rows {
        let cell = |c: ValueColumn| {
            columns
                .get(&c)
                .and_then(|i| cells.get(*i))
                .map(|s| s.trim())
                .unwrap_or_default()
        };
        let mut complain = |c: ValueColumn, problem| {
            problems.push(RowProblem {
                row: *row,
                column: columns.get(&c).and_then(|i| headers.get(*i)).cloned(),
                problem,
            })
        };
        let code = cell(ValueColumn::Code);
        let indicator = if code.is_empty() {
            complain(ValueColumn::Code, ValueProblem::Empty);
            None
        } else {
            let found = catalogue.find(code);
            if found.is_none() {
                complain(
                    ValueColumn::Code,
                    ValueProblem::UnknownCode { code: code.into() },
                );
            }
            found
        };
        let year = parse_year(cell(ValueColumn::Year));
        if year.is_none() {
            complain(
                ValueColumn::Year,
                ValueProblem::YearOutOfRange {
                    year: cell(ValueColumn::Year).into(),
                },
            );
        }
        let raw_value = cell(ValueColumn::Value);
        let value = match indicator {
            Some(i) if i.yes_no => parse_yes_no(raw_value),
            _ => parse_number(raw_value),
        };
        if value.is_none() {
            let problem = match (raw_value.is_empty(), indicator.is_some_and(|i| i.yes_no)) {
                (true, _) => ValueProblem::Empty,
                (false, true) => ValueProblem::NotYesOrNo {
                    value: raw_value.into(),
                },
                (false, false) => ValueProblem::NotANumber {
                    value: raw_value.into(),
                },
            };
            complain(ValueColumn::Value, problem);
        }
        let unit = cell(ValueColumn::Unit);
        if let Some(i) = indicator
            && !unit.is_empty()
            && !i.unit_is(unit, same_unit)
        {
            complain(
                ValueColumn::Unit,
                ValueProblem::UnitMismatch {
                    unit: unit.into(),
                    expected: i.unit.clone(),
                },
            );
        }
        let ppp = parse_year(cell(ValueColumn::PppBaseYear));
        if indicator.is_some_and(|i| i.needs_ppp_base_year) && ppp.is_none() {
            complain(ValueColumn::PppBaseYear, ValueProblem::PppBaseYearMissing);
        }
        let (Some(indicator), Some(year), Some(value)) = (indicator, year, value) else {
            continue;
        };
        let key = (indicator.code().to_string(), year);
        if let Some(first_row) = first_seen.get(&key) {
            complain(
                ValueColumn::Code,
                ValueProblem::DuplicateInFile {
                    first_row: *first_row,
                },
            );
            continue;
        }
        first_seen.insert(key, *row);
        values.push(IndicatorValue {
            code: indicator.code().to_string(),
            year,
            value,
            unit: indicator.unit.clone(),
            ppp_base_year: if indicator.needs_ppp_base_year {
                ppp
            } else {
                None
            },
            source: cell(ValueColumn::Source).to_string(),
            note: cell(ValueColumn::Note).to_string(),
        });
    }
    if problems.is_empty() {
        Ok(values)
    } else {
        problems.sort_by_key(|p| p.row);
        Err(problems)
    }
}

fn parse_year(text: &str) -> Option<i32> {
    text.parse::<i32>()
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
}

/// Numbers as spreadsheets write them: thousands separators (`1,234.5`) and full-width digits
/// are accepted; anything else is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let normalized: String = text
        .chars()
        .filter(|c| *c != ',' && *c != '，' && !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '－' => '-',
            other => other,
        })
        .collect();
    normalized.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn parse_yes_no(text: &str) -> Option<f64> {
    match text.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "是" => Some(1.0),
        "no" | "n" | "false" | "0" | "否" => Some(0.0),
        _ => None,
    }
}

/// Units compared as a person writes them: case, spaces, µ/u and ³/3 do not matter.
fn same_unit(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                'µ' | 'μ' => 'u',
                '³' => '3',
                '₂' => '2',
                other => other,
            })
            .flat_map(char::to_lowercase)
            .collect()
    };
    key(a) == key(b)
}
