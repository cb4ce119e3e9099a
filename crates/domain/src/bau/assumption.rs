//! What a scenario is made of: observed values and the growth paths between them, and the
//! problems a row of them can have.

use serde::{Deserialize, Serialize};

use super::units::{Dimension, Unit};
use super::variable::Variable;

/// The earliest and latest year a scenario row may name.
pub const FIRST_YEAR: i32 = 1949;
pub const LAST_YEAR: i32 = 2100;

/// One row of a scenario: a value observed in `year`, or a path that runs from the previous
/// row of the same variable up to `year`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Assumption {
    pub variable: Variable,
    pub year: i32,
    pub step: Step,
    /// Where the figure comes from (a yearbook, a plan); empty for paths nobody sourced.
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Step {
    /// A value for that year.
    Observed { value: f64, unit: Unit },
    /// Constant annual growth, in per cent per year.
    Growth { percent_per_year: f64 },
    /// A straight line to this value.
    LinearTo { value: f64, unit: Unit },
    /// Grows with `driver` at this elasticity: x_t = x_0 · (d_t / d_0)^e.
    Elasticity { driver: Variable, elasticity: f64 },
    /// `driver` × an intensity that changes by this many per cent per year.
    Intensity {
        driver: Variable,
        percent_per_year: f64,
    },
}

impl Step {
    /// The key of the kind in files and the store.
    pub fn kind_key(&self) -> &'static str {
        match self {
            Step::Observed { .. } => "observed",
            Step::Growth { .. } => "growth",
            Step::LinearTo { .. } => "linear",
            Step::Elasticity { .. } => "elasticity",
            Step::Intensity { .. } => "intensity",
        }
    }

    pub fn driver(&self) -> Option<Variable> {
        match self {
            Step::Elasticity { driver, .. } | Step::Intensity { driver, .. } => Some(*driver),
            _ => None,
        }
    }
}

/// The column of a row a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    Variable,
    Kind,
    Year,
    Value,
    Unit,
    Driver,
}

impl Column {
    pub fn key(self) -> &'static str {
        match self {
            Column::Variable => "variable",
            Column::Kind => "kind",
            Column::Year => "year",
            Column::Value => "value",
            Column::Unit => "unit",
            Column::Driver => "driver",
        }
    }

    /// The header a Chinese file uses.
    pub fn header_zh(self) -> &'static str {
        match self {
            Column::Variable => "变量",
            Column::Kind => "类型",
            Column::Year => "年份",
            Column::Value => "数值",
            Column::Unit => "单位",
            Column::Driver => "驱动变量",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    Required,
    UnknownVariable,
    UnknownKind,
    NotANumber,
    UnknownUnit,
    /// A unit of another dimension (tce for population).
    WrongUnit,
    YearOutOfRange,
    /// Two rows of one variable for the same year.
    DuplicateYear,
    /// A path before any observed value of its variable.
    GrowthBeforeObserved,
    Negative,
    ShareAbove100,
    /// A growth rate of −100 % or less, or one no series survives.
    RateOutOfRange,
    DriverIsItself,
    /// Variables that drive each other in a circle.
    DriverCycle,
    /// The driver has no value (or zero) at the start of the path.
    DriverMissing,
}

impl Problem {
    /// The Fluent id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            Problem::Required => "bau-error-required",
            Problem::UnknownVariable => "bau-error-unknown-variable",
            Problem::UnknownKind => "bau-error-unknown-kind",
            Problem::NotANumber => "bau-error-not-a-number",
            Problem::UnknownUnit => "bau-error-unknown-unit",
            Problem::WrongUnit => "bau-error-wrong-unit",
            Problem::YearOutOfRange => "bau-error-year-range",
            Problem::DuplicateYear => "bau-error-duplicate-year",
            Problem::GrowthBeforeObserved => "bau-error-growth-before-observed",
            Problem::Negative => "bau-error-negative",
            Problem::ShareAbove100 => "bau-error-share-above-100",
            Problem::RateOutOfRange => "bau-error-rate-range",
            Problem::DriverIsItself => "bau-error-driver-itself",
            Problem::DriverCycle => "bau-error-driver-cycle",
            Problem::DriverMissing => "bau-error-driver-missing",
        }
    }
}

/// A problem with the row at `index` (0-based, in the order given).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssumptionError {
    pub index: usize,
    pub column: Column,
    pub problem: Problem,
}

/// The checks one row passes on its own, before the rows are put together.
pub fn row_problems(row: &Assumption) -> Vec<(Column, Problem)> {
    let mut problems = Vec::new();
    if !(FIRST_YEAR..=LAST_YEAR).contains(&row.year) {
        problems.push((Column::Year, Problem::YearOutOfRange));
    }
    match row.step {
        Step::Observed { value, unit } | Step::LinearTo { value, unit } => {
            if unit.dimension() != row.variable.dimension() {
                problems.push((Column::Unit, Problem::WrongUnit));
            }
            if !value.is_finite() {
                problems.push((Column::Value, Problem::NotANumber));
            } else if value < 0.0 {
                problems.push((Column::Value, Problem::Negative));
            } else if row.variable.dimension() == Dimension::Share && value > 100.0 {
                problems.push((Column::Value, Problem::ShareAbove100));
            }
        }
        Step::Growth { percent_per_year }
        | Step::Intensity {
            percent_per_year, ..
        } => {
            if !percent_per_year.is_finite() {
                problems.push((Column::Value, Problem::NotANumber));
            } else if !(-100.0 < percent_per_year && percent_per_year <= 1000.0) {
                problems.push((Column::Value, Problem::RateOutOfRange));
            }
        }
        Step::Elasticity { elasticity, .. } => {
            if !elasticity.is_finite() {
                problems.push((Column::Value, Problem::NotANumber));
            } else if elasticity.abs() > 100.0 {
                problems.push((Column::Value, Problem::RateOutOfRange));
            }
        }
    }
    if row.step.driver() == Some(row.variable) {
        problems.push((Column::Driver, Problem::DriverIsItself));
    }
    problems
}
