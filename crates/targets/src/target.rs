//! What a target is about and how its value follows from the baseline, as the GHG Protocol
//! Mitigation Goal Standard names the kinds of goal: a reduction from the base year, a fixed
//! level, a reduction of an intensity from the base year, or a reduction below the BAU in the
//! target year.

use concord_domain::bau::{Derived, Variable};
use serde::{Deserialize, Serialize};

/// What a target measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "key")]
pub enum Subject {
    /// An indicator of the catalogue (or a local one), by its code: `11.6.2`.
    Indicator(String),
    /// A BAU variable: emissions, energy, …
    Variable(Variable),
    /// A series derived from the BAU variables: carbon intensity, …
    Derived(Derived),
    /// One of the scorecard's ten essentials, by number.
    Essential(u8),
}

/// The value a target starts from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub year: i32,
    pub value: f64,
}

/// How a target year's value is set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum GoalKind {
    /// `percent` below the baseline (a negative percent is an increase).
    BaseYearReduction { percent: f64 },
    /// This value, in the subject's unit.
    FixedLevel { value: f64 },
    /// The subject per unit of a driver (GDP or population) `percent` below the baseline's
    /// intensity; the value is that intensity times the driver in the target year.
    BaseYearIntensity { percent: f64 },
    /// `percent` below the BAU's value in the target year.
    BelowBau { percent: f64 },
}

/// Why a target year's value cannot be worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "camelCase", tag = "missing")]
pub enum ResolveError {
    #[error("the BAU has no value for the target year")]
    NoBau,
    #[error("the driver has no value for the base year or the target year")]
    NoDriver,
    #[error("the driver is zero in the base year")]
    ZeroDriver,
    #[error("a percentage must lie between -1000 and 100")]
    PercentOutOfRange,
    #[error("a value must be a finite number")]
    NotFinite,
}

/// The driver of an intensity target in the base year and in the target year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Driver {
    pub base: f64,
    pub target: f64,
}

/// The value in the subject's unit that `kind` sets for the target year, from the baseline,
/// the BAU's value in that year (for `BelowBau`) and the driver (for `BaseYearIntensity`).
pub fn resolve(
    kind: GoalKind,
    baseline: Baseline,
    bau_in_target_year: Option<f64>,
    driver: Option<Driver>,
) -> Result<f64, ResolveError> {
    let share = |percent: f64| {
        if !percent.is_finite() {
            Err(ResolveError::NotFinite)
        } else if !(-1000.0..=100.0).contains(&percent) {
            Err(ResolveError::PercentOutOfRange)
        } else {
            Ok(1.0 - percent / 100.0)
        }
    };
    if !baseline.value.is_finite() {
        return Err(ResolveError::NotFinite);
    }
    let value = match kind {
        GoalKind::BaseYearReduction { percent } => baseline.value * share(percent)?,
        GoalKind::FixedLevel { value } => value,
        GoalKind::BaseYearIntensity { percent } => {
            let driver = driver.ok_or(ResolveError::NoDriver)?;
            if driver.base == 0.0 {
                return Err(ResolveError::ZeroDriver);
            }
            baseline.value / driver.base * share(percent)? * driver.target
        }
        GoalKind::BelowBau { percent } => {
            bau_in_target_year.ok_or(ResolveError::NoBau)? * share(percent)?
        }
    };
    if value.is_finite() {
        Ok(value)
    } else {
        Err(ResolveError::NotFinite)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Baseline = Baseline {
        year: 2020,
        value: 200.0,
    };

    #[test]
    fn each_kind_gives_the_value_it_names() {
        let value = |kind, bau, driver| resolve(kind, BASE, bau, driver);
        assert_eq!(
            value(GoalKind::BaseYearReduction { percent: 25.0 }, None, None),
            Ok(150.0)
        );
        assert_eq!(
            value(GoalKind::FixedLevel { value: 35.0 }, None, None),
            Ok(35.0)
        );
        // 200 per 100 of GDP is 2 per unit; 20 % less is 1.6; GDP grows to 150: 240.
        let driver = Driver {
            base: 100.0,
            target: 150.0,
        };
        assert_eq!(
            value(
                GoalKind::BaseYearIntensity { percent: 20.0 },
                None,
                Some(driver)
            ),
            Ok(240.0)
        );
        assert_eq!(
            value(GoalKind::BelowBau { percent: 10.0 }, Some(300.0), None),
            Ok(270.0)
        );
    }

    #[test]
    fn what_is_missing_is_named() {
        assert_eq!(
            resolve(GoalKind::BelowBau { percent: 10.0 }, BASE, None, None),
            Err(ResolveError::NoBau)
        );
        assert_eq!(
            resolve(
                GoalKind::BaseYearIntensity { percent: 10.0 },
                BASE,
                None,
                None
            ),
            Err(ResolveError::NoDriver)
        );
        let zero = Driver {
            base: 0.0,
            target: 1.0,
        };
        assert_eq!(
            resolve(
                GoalKind::BaseYearIntensity { percent: 10.0 },
                BASE,
                None,
                Some(zero)
            ),
            Err(ResolveError::ZeroDriver)
        );
        assert_eq!(
            resolve(
                GoalKind::BaseYearReduction { percent: 120.0 },
                BASE,
                None,
                None
            ),
            Err(ResolveError::PercentOutOfRange)
        );
        assert_eq!(
            resolve(GoalKind::FixedLevel { value: f64::NAN }, BASE, None, None),
            Err(ResolveError::NotFinite)
        );
    }
}
