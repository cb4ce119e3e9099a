//! Turns a scenario's rows into one value per year for every variable.
//!
//! Rows of a variable are taken in year order. The first must be observed; each later row
//! fills the years since the previous one: an observed row by constant growth from the
//! previous value (those years are marked not observed), a path by its own rule. After the last
//! row a rate-based path keeps going; otherwise the last segment's trend continues (flat when
//! there is one value only). Every observed value is copied, never recomputed, so it comes back
//! exactly.

use serde::Serialize;

use super::assumption::{Assumption, AssumptionError, Column, Problem, Step, row_problems};
use super::units::{Dimension, Unit, convert};
use super::variable::Variable;

/// The projection runs at least to this year, or to the vision's neutrality year if later.
pub const DEFAULT_HORIZON: i32 = 2060;

/// The years the tables and documents single out.
pub const MILESTONES: [i32; 5] = [2025, 2030, 2035, 2050, 2060];

pub fn horizon_end(neutrality_year: Option<i32>) -> i32 {
    neutrality_year.map_or(DEFAULT_HORIZON, |year| year.max(DEFAULT_HORIZON))
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub year: i32,
    pub value: f64,
    pub observed: bool,
}

/// One variable, every year from its first observation to the horizon.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub variable: Variable,
    /// The unit of the variable's first observed row.
    pub unit: Unit,
    pub points: Vec<Point>,
}

impl Series {
    pub fn first_year(&self) -> i32 {
        self.points.first().map_or(i32::MAX, |p| p.year)
    }

    pub fn at(&self, year: i32) -> Option<&Point> {
        let offset = usize::try_from(year - self.first_year()).ok()?;
        self.points.get(offset)
    }

    pub fn value(&self, year: i32) -> Option<f64> {
        self.at(year).map(|p| p.value)
    }
}

/// Every variable that has data, in the order of `Variable::ALL`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    pub end_year: i32,
    pub series: Vec<Series>,
}

impl Projection {
    pub fn series(&self, variable: Variable) -> Option<&Series> {
        self.series.iter().find(|s| s.variable == variable)
    }

    pub fn value(&self, variable: Variable, year: i32) -> Option<f64> {
        self.series(variable)?.value(year)
    }

    /// The first year any variable has a value.
    pub fn first_year(&self) -> Option<i32> {
        self.series.iter().map(Series::first_year).min()
    }
}

/// Projects the rows to `end_year` (later if a row names a later year), or says every row
/// that is wrong.
pub fn project(rows: &[Assumption], end_year: i32) -> Result<Projection, Vec<AssumptionError>> {
    let mut errors: Vec<AssumptionError> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        for (column, problem) in row_problems(row) {
            errors.push(AssumptionError {
                index,
                column,
                problem,
            });
        }
    }
    let grouped = group(rows, &mut errors);
    let order = driver_order(rows, &grouped, &mut errors);
    if !errors.is_empty() {
        return Err(sorted(errors));
    }
    let end_year = rows.iter().map(|r| r.year).fold(end_year, i32::max);
    let mut done: [Option<Series>; 5] = Default::default();
    for variable in order {
        let indices = &grouped[variable.index()];
        if indices.is_empty() {
            continue;
        }
        match project_variable(rows, indices, end_year, &done) {
            Ok(series) => done[variable.index()] = Some(series),
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(sorted(errors));
    }
    Ok(Projection {
        end_year,
        series: done.into_iter().flatten().collect(),
    })
}

fn sorted(mut errors: Vec<AssumptionError>) -> Vec<AssumptionError> {
    errors.sort_by_key(|e| (e.index, e.column as u8));
    errors.dedup();
    errors
}

/// The row indices of each variable in year order; duplicates and leading paths are errors.
fn group(rows: &[Assumption], errors: &mut Vec<AssumptionError>) -> [Vec<usize>; 5] {
    let mut grouped: [Vec<usize>; 5] = Default::default();
    for (index, row) in rows.iter().enumerate() {
        grouped[row.variable.index()].push(index);
    }
    for indices in &mut grouped {
        indices.sort_by_key(|&i| rows[i].year);
        for pair in indices.windows(2) {
            if rows[pair[0]].year == rows[pair[1]].year {
                let index = pair[0].max(pair[1]);
                errors.push(AssumptionError {
                    index,
                    column: Column::Year,
                    problem: Problem::DuplicateYear,
                });
            }
        }
        if let Some(&first) = indices.first()
            && !matches!(rows[first].step, Step::Observed { .. })
        {
            errors.push(AssumptionError {
                index: first,
                column: Column::Kind,
                problem: Problem::GrowthBeforeObserved,
            });
        }
    }
    grouped
}

/// Variables in an order where every driver comes before what it drives.
fn driver_order(
    rows: &[Assumption],
    grouped: &[Vec<usize>; 5],
    errors: &mut Vec<AssumptionError>,
) -> Vec<Variable> {
    let mut order = Vec::new();
    let mut remaining: Vec<Variable> = Variable::ALL.to_vec();
    while !remaining.is_empty() {
        let ready = remaining.iter().position(|v| {
            grouped[v.index()]
                .iter()
                .filter_map(|&i| rows[i].step.driver())
                .all(|d| d == *v || order.contains(&d))
        });
        match ready {
            Some(position) => order.push(remaining.remove(position)),
            None => {
                for v in &remaining {
                    for &index in &grouped[v.index()] {
                        if rows[index]
                            .step
                            .driver()
                            .is_some_and(|d| remaining.contains(&d))
                        {
                            errors.push(AssumptionError {
                                index,
                                column: Column::Driver,
                                problem: Problem::DriverCycle,
                            });
                        }
                    }
                }
                break;
            }
        }
    }
    order
}

fn project_variable(
    rows: &[Assumption],
    indices: &[usize],
    end_year: i32,
    done: &[Option<Series>; 5],
) -> Result<Series, AssumptionError> {
    let variable = rows[indices[0]].variable;
    let unit = indices
        .iter()
        .copied()
        .filter_map(|i| match rows[i].step {
            Step::Observed { unit, .. } => Some((i, unit)),
            _ => None,
        })
        .min_by_key(|(i, _)| *i)
        .map_or(Unit::Percent, |(_, unit)| unit);
    let first = &rows[indices[0]];
    let mut points = vec![Point {
        year: first.year,
        value: in_unit(first.step, unit),
        observed: true,
    }];
    let is_share = variable.dimension() == Dimension::Share;
    let mut last_step = first.step;
    for &index in &indices[1..] {
        let row = &rows[index];
        let (start_year, start_value) = last(&points);
        let fill = |t: i32| -> Result<f64, Problem> {
            path_value(row.step, unit, start_year, start_value, row.year, t, done)
        };
        for year in start_year + 1..=row.year {
            let value = fill(year).map_err(|problem| AssumptionError {
                index,
                column: Column::Driver,
                problem,
            })?;
            points.push(Point {
                year,
                value: bounded(value, is_share),
                observed: false,
            });
        }
        if let (Step::Observed { .. }, Some(point)) = (row.step, points.last_mut()) {
            point.value = in_unit(row.step, unit);
            point.observed = true;
        }
        last_step = row.step;
    }
    extend(&mut points, last_step, unit, end_year, done, is_share).map_err(|problem| {
        AssumptionError {
            index: *indices.last().unwrap_or(&0),
            column: Column::Driver,
            problem,
        }
    })?;
    Ok(Series {
        variable,
        unit,
        points,
    })
}

fn last(points: &[Point]) -> (i32, f64) {
    points.last().map_or((0, 0.0), |p| (p.year, p.value))
}

fn bounded(value: f64, is_share: bool) -> f64 {
    if is_share {
        value.clamp(0.0, 100.0)
    } else {
        value
    }
}

/// The value of an observed or linear row in the series' unit (untouched when already in it).
fn in_unit(step: Step, unit: Unit) -> f64 {
    match step {
        Step::Observed { value, unit: from } | Step::LinearTo { value, unit: from } => {
            convert(value, from, unit).unwrap_or(value)
        }
        _ => 0.0,
    }
}

/// The value in year `t` of a path that starts at (`y0`, `x0`) and ends at `y1`.
fn path_value(
    step: Step,
    unit: Unit,
    y0: i32,
    x0: f64,
    y1: i32,
    t: i32,
    done: &[Option<Series>; 5],
) -> Result<f64, Problem> {
    let k = t - y0;
    Ok(match step {
        Step::Observed { .. } => constant_growth_between(x0, in_unit(step, unit), y1 - y0, k),
        Step::LinearTo { .. } => {
            let x1 = in_unit(step, unit);
            x0 + (x1 - x0) * f64::from(k) / f64::from(y1 - y0)
        }
        Step::Growth { percent_per_year } => x0 * (1.0 + percent_per_year / 100.0).powi(k),
        Step::Elasticity { driver, elasticity } => {
            let (d0, dt) = driver_values(done, driver, y0, t)?;
            x0 * (dt / d0).powf(elasticity)
        }
        Step::Intensity {
            driver,
            percent_per_year,
        } => {
            let (d0, dt) = driver_values(done, driver, y0, t)?;
            dt * (x0 / d0) * (1.0 + percent_per_year / 100.0).powi(k)
        }
    })
}

/// Interpolation at constant growth; a straight line when either end is zero.
fn constant_growth_between(x0: f64, x1: f64, years: i32, k: i32) -> f64 {
    if k == years {
        return x1;
    }
    if x0 > 0.0 && x1 > 0.0 {
        x0 * (x1 / x0).powf(f64::from(k) / f64::from(years))
    } else {
        x0 + (x1 - x0) * f64::from(k) / f64::from(years)
    }
}

fn driver_values(
    done: &[Option<Series>; 5],
    driver: Variable,
    y0: i32,
    t: i32,
) -> Result<(f64, f64), Problem> {
    let series = done[driver.index()]
        .as_ref()
        .ok_or(Problem::DriverMissing)?;
    match (series.value(y0), series.value(t)) {
        (Some(d0), Some(dt)) if d0 > 0.0 => Ok((d0, dt)),
        _ => Err(Problem::DriverMissing),
    }
}

/// Carries the series from its last row to the horizon.
fn extend(
    points: &mut Vec<Point>,
    last_step: Step,
    unit: Unit,
    end_year: i32,
    done: &[Option<Series>; 5],
    is_share: bool,
) -> Result<(), Problem> {
    let (start_year, start_value) = last(points);
    if start_year >= end_year {
        return Ok(());
    }
    let trend = match last_step {
        Step::Growth { .. } | Step::Elasticity { .. } | Step::Intensity { .. } => last_step,
        Step::Observed { .. } | Step::LinearTo { .. } => Step::Growth {
            percent_per_year: trend_percent(points),
        },
    };
    for year in start_year + 1..=end_year {
        let value = path_value(trend, unit, start_year, start_value, end_year, year, done)?;
        points.push(Point {
            year,
            value: bounded(value, is_share),
            observed: false,
        });
    }
    Ok(())
}

/// The annual growth of the last ten years (or fewer) of the series, 0 for a single value.
fn trend_percent(points: &[Point]) -> f64 {
    let Some(end) = points.last() else { return 0.0 };
    let start = &points[points.len().saturating_sub(11)];
    let years = end.year - start.year;
    if years == 0 || start.value <= 0.0 || end.value <= 0.0 {
        return 0.0;
    }
    ((end.value / start.value).powf(1.0 / f64::from(years)) - 1.0) * 100.0
}
