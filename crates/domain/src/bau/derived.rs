//! Series computed from the variables every year: the intensities and the per-capita figures.

use serde::Serialize;

use super::projection::{Point, Projection, Series};
use super::units::Quotient;
use super::variable::Variable;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Derived {
    EnergyIntensity,
    CarbonIntensity,
    EmissionsPerCapita,
    EnergyPerCapita,
}

impl Derived {
    pub const ALL: [Derived; 4] = [
        Derived::EnergyIntensity,
        Derived::CarbonIntensity,
        Derived::EmissionsPerCapita,
        Derived::EnergyPerCapita,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Derived::EnergyIntensity => "energy_intensity",
            Derived::CarbonIntensity => "carbon_intensity",
            Derived::EmissionsPerCapita => "emissions_per_capita",
            Derived::EnergyPerCapita => "energy_per_capita",
        }
    }

    /// Numerator and denominator.
    pub fn parts(self) -> (Variable, Variable) {
        match self {
            Derived::EnergyIntensity => (Variable::Energy, Variable::Gdp),
            Derived::CarbonIntensity => (Variable::Emissions, Variable::Gdp),
            Derived::EmissionsPerCapita => (Variable::Emissions, Variable::Population),
            Derived::EnergyPerCapita => (Variable::Energy, Variable::Population),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedSeries {
    pub derived: Derived,
    /// The quotient of the two variables' units.
    pub unit: Quotient,
    /// Years where both have a value and the denominator is not zero; observed when both are.
    pub points: Vec<Point>,
}

impl DerivedSeries {
    pub fn value(&self, year: i32) -> Option<f64> {
        self.points.iter().find(|p| p.year == year).map(|p| p.value)
    }
}

/// One derived series.
pub fn derive(projection: &Projection, derived: Derived) -> Option<DerivedSeries> {
    let (top, bottom) = derived.parts();
    let (top, bottom) = (projection.series(top)?, projection.series(bottom)?);
    Some(DerivedSeries {
        derived,
        unit: Quotient {
            numerator: top.unit,
            denominator: bottom.unit,
        },
        points: quotient(top, bottom),
    })
}

/// Every derived series whose two variables have data.
pub fn derive_all(projection: &Projection) -> Vec<DerivedSeries> {
    Derived::ALL
        .into_iter()
        .filter_map(|d| derive(projection, d))
        .collect()
}

fn quotient(top: &Series, bottom: &Series) -> Vec<Point> {
    top.points
        .iter()
        .filter_map(|t| {
            let b = bottom.at(t.year)?;
            (b.value != 0.0).then(|| Point {
                year: t.year,
                value: t.value / b.value,
                observed: t.observed && b.observed,
            })
        })
        .collect()
}
