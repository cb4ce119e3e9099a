//! The Kaya identity CO₂ = P · (GDP/P) · (E/GDP) · (CO₂/E), and the change in CO₂ between two
//! years split over its four factors by the additive log-mean Divisia index (LMDI-I), which
//! leaves no residual: the four effects add up to the change exactly (up to rounding).

use serde::Serialize;

use super::projection::Projection;
use super::units::Unit;
use super::variable::Variable;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Kaya {
    pub from_year: i32,
    pub to_year: i32,
    /// Emissions at both ends, in the emissions series' unit, as are the effects.
    pub emissions_from: f64,
    pub emissions_to: f64,
    pub unit: Unit,
    pub population: f64,
    pub gdp_per_capita: f64,
    pub energy_intensity: f64,
    pub carbon_per_energy: f64,
}

impl Kaya {
    pub fn change(&self) -> f64 {
        self.emissions_to - self.emissions_from
    }

    pub fn effects(&self) -> [f64; 4] {
        [
            self.population,
            self.gdp_per_capita,
            self.energy_intensity,
            self.carbon_per_energy,
        ]
    }
}

/// Why no decomposition could be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KayaGap {
    pub variable: Variable,
    pub year: i32,
}

const FACTORS: [Variable; 4] = [
    Variable::Population,
    Variable::Gdp,
    Variable::Energy,
    Variable::Emissions,
];

/// Decomposes the change in emissions from `from_year` to `to_year`. Every variable needs a
/// positive value in both years; the first one missing is named.
pub fn decompose(projection: &Projection, from_year: i32, to_year: i32) -> Result<Kaya, KayaGap> {
    let mut values = [[0.0; 4]; 2];
    for (end, year) in [from_year, to_year].into_iter().enumerate() {
        for (i, variable) in FACTORS.into_iter().enumerate() {
            match projection.value(variable, year) {
                Some(v) if v > 0.0 => values[end][i] = v,
                _ => return Err(KayaGap { variable, year }),
            }
        }
    }
    let factors = |[p, g, e, c]: [f64; 4]| [p, g / p, e / g, c / e];
    let (f0, f1) = (factors(values[0]), factors(values[1]));
    let (c0, c1) = (values[0][3], values[1][3]);
    let weight = log_mean(c1, c0);
    let effect = |i: usize| weight * (f1[i] / f0[i]).ln();
    let unit = projection
        .series(Variable::Emissions)
        .map_or(Unit::TCo2, |s| s.unit);
    Ok(Kaya {
        from_year,
        to_year,
        emissions_from: c0,
        emissions_to: c1,
        unit,
        population: effect(0),
        gdp_per_capita: effect(1),
        energy_intensity: effect(2),
        carbon_per_energy: effect(3),
    })
}

/// L(a, b) = (a − b) / (ln a − ln b), and a when a = b.
fn log_mean(a: f64, b: f64) -> f64 {
    if (a - b).abs() <= f64::EPSILON * a.abs().max(b.abs()) {
        a
    } else {
        (a - b) / (a.ln() - b.ln())
    }
}
