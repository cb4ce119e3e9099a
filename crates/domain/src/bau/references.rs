//! The goal lines a city's BAU is read against: APEC's regional goals and China's national
//! lines (《2030年前碳达峰行动方案》 and the 2060 opinion).

use serde::Serialize;

use super::derived::{Derived, derive};
use super::projection::Projection;
use super::variable::Variable;

/// What a goal is measured on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    EnergyIntensity,
    CarbonIntensity,
    RenewablesShare,
}

impl Measure {
    pub fn key(self) -> &'static str {
        match self {
            Measure::EnergyIntensity => Derived::EnergyIntensity.key(),
            Measure::CarbonIntensity => Derived::CarbonIntensity.key(),
            Measure::RenewablesShare => Variable::RenewablesShare.key(),
        }
    }
}

/// How a goal's value follows from the city's own figures.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Rule {
    /// The base year's value times this factor (0.55 for −45 %).
    Relative { base_year: i32, factor: f64 },
    /// A fixed level, in per cent.
    Level(f64),
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Goal {
    pub key: &'static str,
    pub measure: Measure,
    pub year: i32,
    pub rule: Rule,
    /// APEC goals, or lines for Chinese cities.
    pub national: bool,
}

pub const GOALS: [Goal; 8] = [
    Goal {
        key: "apec-energy-intensity-2035",
        measure: Measure::EnergyIntensity,
        year: 2035,
        rule: Rule::Relative {
            base_year: 2005,
            factor: 0.55,
        },
        national: false,
    },
    Goal {
        key: "apec-renewables-share-2030",
        measure: Measure::RenewablesShare,
        year: 2030,
        rule: Rule::Relative {
            base_year: 2010,
            factor: 2.0,
        },
        national: false,
    },
    Goal {
        key: "cn-energy-intensity-2025",
        measure: Measure::EnergyIntensity,
        year: 2025,
        rule: Rule::Relative {
            base_year: 2020,
            factor: 0.865,
        },
        national: true,
    },
    Goal {
        key: "cn-carbon-intensity-2025",
        measure: Measure::CarbonIntensity,
        year: 2025,
        rule: Rule::Relative {
            base_year: 2020,
            factor: 0.82,
        },
        national: true,
    },
    Goal {
        key: "cn-carbon-intensity-2030",
        measure: Measure::CarbonIntensity,
        year: 2030,
        rule: Rule::Relative {
            base_year: 2005,
            factor: 0.35,
        },
        national: true,
    },
    Goal {
        key: "cn-non-fossil-share-2025",
        measure: Measure::RenewablesShare,
        year: 2025,
        rule: Rule::Level(20.0),
        national: true,
    },
    Goal {
        key: "cn-non-fossil-share-2030",
        measure: Measure::RenewablesShare,
        year: 2030,
        rule: Rule::Level(25.0),
        national: true,
    },
    Goal {
        key: "cn-non-fossil-share-2060",
        measure: Measure::RenewablesShare,
        year: 2060,
        rule: Rule::Level(80.0),
        national: true,
    },
];

/// A goal line worked out for this scenario, with where the projection stands in that year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    pub goal: Goal,
    pub value: f64,
    /// The measure's unit (`%`, or the quotient of the scenario's units).
    pub unit: String,
    /// The projected value in the goal's year, if the projection reaches it.
    pub projected: Option<f64>,
}

impl Reference {
    /// Projected minus goal, as a share of the goal: above zero the BAU misses a ceiling
    /// (intensities) and meets a floor (shares).
    pub fn distance(&self) -> Option<f64> {
        let projected = self.projected?;
        (self.value != 0.0).then(|| (projected - self.value) / self.value)
    }
}

/// A goal that cannot be drawn because its base year is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MissingBase {
    pub key: &'static str,
    /// The series that needs a value, and the year.
    pub measure: Measure,
    pub year: i32,
}

/// Every goal line the scenario's data allows, and those it does not with what is missing.
pub fn references(projection: &Projection) -> (Vec<Reference>, Vec<MissingBase>) {
    let energy_intensity = derive(projection, Derived::EnergyIntensity);
    let carbon_intensity = derive(projection, Derived::CarbonIntensity);
    let share = projection.series(Variable::RenewablesShare);
    // The value of a measure in a year, and its unit; `None` when the scenario lacks it.
    let value_of = |measure: Measure, year: i32| match measure {
        Measure::EnergyIntensity => energy_intensity.as_ref()?.value(year),
        Measure::CarbonIntensity => carbon_intensity.as_ref()?.value(year),
        Measure::RenewablesShare => share?.value(year),
    };
    let unit_of = |measure: Measure| match measure {
        Measure::EnergyIntensity => energy_intensity.as_ref().map(|s| s.unit.symbol()),
        Measure::CarbonIntensity => carbon_intensity.as_ref().map(|s| s.unit.symbol()),
        Measure::RenewablesShare => Some("%".to_owned()),
    };
    let mut lines = Vec::new();
    let mut missing = Vec::new();
    for goal in GOALS {
        let value = match goal.rule {
            Rule::Relative { base_year, factor } => match value_of(goal.measure, base_year) {
                // A doubled share still cannot pass 100 %.
                Some(base) if goal.measure == Measure::RenewablesShare => {
                    Some((base * factor).min(100.0))
                }
                Some(base) => Some(base * factor),
                None => {
                    missing.push(MissingBase {
                        key: goal.key,
                        measure: goal.measure,
                        year: base_year,
                    });
                    None
                }
            },
            Rule::Level(level) => Some(level),
        };
        if let (Some(value), Some(unit)) = (value, unit_of(goal.measure)) {
            lines.push(Reference {
                goal,
                value,
                unit,
                projected: value_of(goal.measure, goal.year),
            });
        }
    }
    (lines, missing)
}
