//! Properties of the BAU projection and its units.

use concord_domain::bau::{Assumption, Derived, Step, Unit, Variable, convert, derive, project};
use proptest::prelude::*;

fn observed(variable: Variable, year: i32, value: f64, unit: Unit) -> Assumption {
    Assumption {
        variable,
        year,
        step: Step::Observed { value, unit },
        source: String::new(),
    }
}

fn growth(variable: Variable, year: i32, percent_per_year: f64) -> Assumption {
    Assumption {
        variable,
        year,
        step: Step::Growth { percent_per_year },
        source: String::new(),
    }
}

fn close(a: f64, b: f64, relative: f64) -> bool {
    (a - b).abs() <= relative * a.abs().max(b.abs()).max(f64::MIN_POSITIVE)
}

fn unit_of(dimension_units: &[Unit], pick: usize) -> Unit {
    dimension_units[pick % dimension_units.len()]
}

const ENERGY_UNITS: [Unit; 6] = [
    Unit::Tce,
    Unit::DunBiaozhunmei,
    Unit::WanDunBiaozhunmei,
    Unit::Gj,
    Unit::Tj,
    Unit::Mwh,
];
const GDP_UNITS: [Unit; 5] = [
    Unit::Cny,
    Unit::Yuan,
    Unit::WanYuan,
    Unit::YiYuan,
    Unit::CnyMillion,
];

proptest! {
    #[test]
    fn a_projection_reproduces_every_observed_value_exactly(
        years in proptest::collection::btree_set(1990i32..2060, 1..8),
        values in proptest::collection::vec(0.0f64..1e9, 8),
        unit_picks in proptest::collection::vec(0usize..6, 8),
    ) {
        let rows: Vec<Assumption> = years
            .iter()
            .enumerate()
            .map(|(i, &year)| observed(Variable::Energy, year, values[i], unit_of(&ENERGY_UNITS, unit_picks[i])))
            .collect();
        let projection = project(&rows, 2060).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let series = projection.series(Variable::Energy).ok_or_else(|| TestCaseError::fail("no series"))?;
        // The series speaks the unit of the first row; rows in that unit come back bit for bit.
        for row in &rows {
            let Step::Observed { value, unit } = row.step else { continue };
            let point = series.at(row.year).ok_or_else(|| TestCaseError::fail("year missing"))?;
            prop_assert!(point.observed);
            if unit == series.unit {
                prop_assert_eq!(point.value.to_bits(), value.to_bits());
            } else {
                let expected = convert(value, unit, series.unit).unwrap_or(f64::NAN);
                prop_assert!(close(point.value, expected, 1e-12));
            }
        }
        prop_assert_eq!(series.points.iter().filter(|p| p.observed).count(), rows.len());
        prop_assert_eq!(series.points.last().map(|p| p.year), Some(2060));
    }

    #[test]
    fn constant_growth_over_n_years_multiplies_by_the_power(
        start in 1.0f64..1e7,
        percent in -20.0f64..30.0,
        n in 1i32..60,
    ) {
        let rows = [observed(Variable::Gdp, 2000, start, Unit::YiYuan), growth(Variable::Gdp, 2000 + n, percent)];
        let projection = project(&rows, 2060).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let end = projection.value(Variable::Gdp, 2000 + n).unwrap_or(f64::NAN);
        prop_assert!(close(end, start * (1.0 + percent / 100.0).powi(n), 1e-12));
    }

    #[test]
    fn unit_conversions_round_trip(value in -1e12f64..1e12, from in 0usize..19, to in 0usize..19) {
        let (from, to) = (Unit::ALL[from], Unit::ALL[to]);
        match convert(value, from, to) {
            Some(there) => {
                let back = convert(there, to, from).unwrap_or(f64::NAN);
                prop_assert!(close(back, value, 1e-14), "{value} {from:?} -> {to:?} -> {back}");
            }
            None => prop_assert_ne!(from.dimension(), to.dimension()),
        }
    }

    #[test]
    fn intensities_do_not_depend_on_the_input_unit(
        energy in 1.0f64..1e9,
        gdp in 1.0f64..1e9,
        pick_a in (0usize..6, 0usize..5),
        pick_b in (0usize..6, 0usize..5),
    ) {
        let intensity = |(e, g): (usize, usize)| -> Result<(f64, Unit, Unit), TestCaseError> {
            let (eu, gu) = (ENERGY_UNITS[e], GDP_UNITS[g]);
            // The same physical quantities, written in other units.
            let e_value = convert(energy, Unit::Tce, eu).unwrap_or(f64::NAN);
            let g_value = convert(gdp, Unit::WanYuan, gu).unwrap_or(f64::NAN);
            let rows = [observed(Variable::Energy, 2005, e_value, eu), observed(Variable::Gdp, 2005, g_value, gu)];
            let projection = project(&rows, 2060).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            let series = derive(&projection, Derived::EnergyIntensity).ok_or_else(|| TestCaseError::fail("none"))?;
            let value = series.value(2005).unwrap_or(f64::NAN);
            let base = concord_domain::bau::Quotient { numerator: Unit::Gj, denominator: Unit::Cny };
            Ok((series.unit.convert_to(value, base).unwrap_or(f64::NAN), eu, gu))
        };
        let (a, ..) = intensity(pick_a)?;
        let (b, ..) = intensity(pick_b)?;
        prop_assert!(close(a, b, 1e-12), "{a} vs {b}");
        prop_assert!(close(a, energy * 29.3076 / (gdp * 10_000.0), 1e-12));
    }
}
