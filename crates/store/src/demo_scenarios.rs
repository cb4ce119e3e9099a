//! The demo's scenarios for Weinan: a BAU and a low-carbon alternative. The figures are
//! plausible in size for a coal-heavy prefecture of about five million people but are
//! illustrative, not statistics; both scenarios are marked so and every row says it.

use chrono::NaiveDate;
use concord_domain::bau::{Assumption, Step, Unit, Variable};

use crate::{Store, StoreError};

pub const BAU: &str = "BAU";
pub const LOW_CARBON: &str = "Low carbon 低碳";

const SOURCE: &str = "示例数据，非统计数据 / illustrative, not statistics";

fn observed(variable: Variable, unit: Unit, values: &[(i32, f64)]) -> Vec<Assumption> {
    values
        .iter()
        .map(|&(year, value)| Assumption {
            variable,
            year,
            step: Step::Observed { value, unit },
            source: SOURCE.to_owned(),
        })
        .collect()
}

fn path(variable: Variable, steps: &[(i32, Step)]) -> Vec<Assumption> {
    steps
        .iter()
        .map(|&(year, step)| Assumption {
            variable,
            year,
            step,
            source: String::new(),
        })
        .collect()
}

fn growth(percent_per_year: f64) -> Step {
    Step::Growth { percent_per_year }
}

/// 2005–2020 as "observed" (illustrative), shared by both scenarios.
fn history() -> [Vec<Assumption>; 5] {
    [
        observed(
            Variable::Population,
            Unit::WanRen,
            &[(2005, 537.0), (2010, 528.6), (2015, 505.0), (2020, 468.9)],
        ),
        // GDP at constant 2020 prices.
        observed(
            Variable::Gdp,
            Unit::YiYuan,
            &[
                (2005, 620.0),
                (2010, 1050.0),
                (2015, 1480.0),
                (2020, 1866.0),
            ],
        ),
        observed(
            Variable::Energy,
            Unit::WanDunBiaozhunmei,
            &[
                (2005, 900.0),
                (2010, 1250.0),
                (2015, 1500.0),
                (2020, 1650.0),
            ],
        ),
        observed(
            Variable::Emissions,
            Unit::WanDunCo2,
            &[
                (2005, 2100.0),
                (2010, 2900.0),
                (2015, 3400.0),
                (2020, 3600.0),
            ],
        ),
        observed(
            Variable::RenewablesShare,
            Unit::Percent,
            &[(2010, 3.0), (2015, 6.0), (2020, 11.0)],
        ),
    ]
}

fn bau() -> Vec<Assumption> {
    let [
        mut population,
        mut gdp,
        mut energy,
        mut emissions,
        mut share,
    ] = history();
    population.extend(path(
        Variable::Population,
        &[(2030, growth(-0.5)), (2060, growth(-0.6))],
    ));
    gdp.extend(path(
        Variable::Gdp,
        &[
            (2025, growth(5.5)),
            (2030, growth(5.0)),
            (2035, growth(4.5)),
            (2050, growth(3.5)),
            (2060, growth(2.5)),
        ],
    ));
    energy.extend(path(
        Variable::Energy,
        &[
            (
                2035,
                Step::Elasticity {
                    driver: Variable::Gdp,
                    elasticity: 0.45,
                },
            ),
            (
                2060,
                Step::Elasticity {
                    driver: Variable::Gdp,
                    elasticity: 0.3,
                },
            ),
        ],
    ));
    emissions.extend(path(
        Variable::Emissions,
        &[(
            2060,
            Step::Intensity {
                driver: Variable::Energy,
                percent_per_year: -0.5,
            },
        )],
    ));
    share.extend(path(Variable::RenewablesShare, &[(2060, growth(4.0))]));
    [population, gdp, energy, emissions, share].concat()
}

fn low_carbon() -> Vec<Assumption> {
    let [
        mut population,
        mut gdp,
        mut energy,
        mut emissions,
        mut share,
    ] = history();
    population.extend(path(
        Variable::Population,
        &[(2030, growth(-0.5)), (2060, growth(-0.6))],
    ));
    gdp.extend(path(
        Variable::Gdp,
        &[
            (2025, growth(5.5)),
            (2030, growth(5.0)),
            (2035, growth(4.5)),
            (2050, growth(3.5)),
            (2060, growth(2.5)),
        ],
    ));
    energy.extend(path(
        Variable::Energy,
        &[
            (
                2035,
                Step::Intensity {
                    driver: Variable::Gdp,
                    percent_per_year: -4.0,
                },
            ),
            (
                2060,
                Step::Intensity {
                    driver: Variable::Gdp,
                    percent_per_year: -3.0,
                },
            ),
        ],
    ));
    emissions.extend(path(
        Variable::Emissions,
        &[
            (
                2035,
                Step::Intensity {
                    driver: Variable::Energy,
                    percent_per_year: -2.5,
                },
            ),
            (
                2060,
                Step::Intensity {
                    driver: Variable::Energy,
                    percent_per_year: -7.0,
                },
            ),
        ],
    ));
    share.extend(path(
        Variable::RenewablesShare,
        &[(2035, growth(7.0)), (2060, growth(3.0))],
    ));
    [population, gdp, energy, emissions, share].concat()
}

pub(crate) fn add(store: &mut Store, day: NaiveDate) -> Result<(), StoreError> {
    let at = day.and_hms_opt(17, 0, 0).unwrap_or_default();
    let bau = store.import_scenario(Some(BAU), &bau(), true, at)?;
    store.set_gdp_price_year(bau.id, Some(2020))?;
    let low = store.import_scenario(Some(LOW_CARBON), &low_carbon(), true, at)?;
    store.set_gdp_price_year(low.id, Some(2020))?;
    Ok(())
}
