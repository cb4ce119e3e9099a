//! The BAU projection on worked examples: paths, gaps, errors, derived series, Kaya, goals.

use concord_domain::bau::{
    Assumption, Column, Derived, Problem, Step, Unit, Variable, decompose, derive, derive_all,
    horizon_end, project, references,
};

fn row(variable: Variable, year: i32, step: Step) -> Assumption {
    Assumption {
        variable,
        year,
        step,
        source: "test".into(),
    }
}

fn obs(variable: Variable, year: i32, value: f64, unit: Unit) -> Assumption {
    row(variable, year, Step::Observed { value, unit })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn gaps_between_observations_grow_at_a_constant_rate_and_are_not_observed() {
    let rows = [
        obs(Variable::Population, 2005, 100.0, Unit::WanRen),
        obs(Variable::Population, 2007, 121.0, Unit::WanRen),
    ];
    let p = project(&rows, 2060).expect("projects");
    let s = p.series(Variable::Population).expect("series");
    let mid = s.at(2006).expect("2006");
    assert!(close(mid.value, 110.0), "{}", mid.value);
    assert!(!mid.observed);
    assert!(s.at(2007).expect("2007").observed);
    // The trend of the last segment continues: 10 % a year.
    assert!(close(s.value(2008).expect("2008"), 133.1));
    assert_eq!(s.points.len(), (2060 - 2005 + 1) as usize);
}

#[test]
fn rows_in_other_units_are_shown_in_the_unit_of_the_first_observed_row() {
    let rows = [
        obs(Variable::Population, 2005, 5_000_000.0, Unit::Persons),
        obs(Variable::Population, 2010, 510.0, Unit::WanRen),
    ];
    let p = project(&rows, 2060).expect("projects");
    let s = p.series(Variable::Population).expect("series");
    assert_eq!(s.unit, Unit::Persons);
    assert_eq!(s.value(2010), Some(5_100_000.0));
}

#[test]
fn every_kind_of_path() {
    let rows = [
        obs(Variable::Gdp, 2020, 100.0, Unit::YiYuan),
        row(
            Variable::Gdp,
            2030,
            Step::Growth {
                percent_per_year: 5.0,
            },
        ),
        obs(Variable::Energy, 2020, 50.0, Unit::WanDunBiaozhunmei),
        row(
            Variable::Energy,
            2030,
            Step::Elasticity {
                driver: Variable::Gdp,
                elasticity: 0.5,
            },
        ),
        row(
            Variable::Energy,
            2040,
            Step::Intensity {
                driver: Variable::Gdp,
                percent_per_year: -3.0,
            },
        ),
        obs(Variable::Population, 2020, 500.0, Unit::WanRen),
        row(
            Variable::Population,
            2030,
            Step::LinearTo {
                value: 5_200_000.0,
                unit: Unit::Persons,
            },
        ),
    ];
    let p = project(&rows, 2060).expect("projects");
    let gdp2030 = 100.0 * 1.05f64.powi(10);
    assert!(close(p.value(Variable::Gdp, 2030).expect("gdp"), gdp2030));
    let energy2030 = 50.0 * (gdp2030 / 100.0).powf(0.5);
    assert!(close(
        p.value(Variable::Energy, 2030).expect("energy"),
        energy2030
    ));
    let gdp2040 = 100.0 * 1.05f64.powi(20);
    let energy2040 = gdp2040 * (energy2030 / gdp2030) * 0.97f64.powi(10);
    assert!(close(
        p.value(Variable::Energy, 2040).expect("energy"),
        energy2040
    ));
    assert!(close(
        p.value(Variable::Population, 2025).expect("pop"),
        510.0
    ));
    assert!(close(
        p.value(Variable::Population, 2030).expect("pop"),
        520.0
    ));
    // The last path keeps going to the horizon: GDP at 5 %, energy on its intensity path.
    assert!(close(
        p.value(Variable::Gdp, 2060).expect("gdp"),
        100.0 * 1.05f64.powi(40)
    ));
    let ei = derive(&p, Derived::EnergyIntensity).expect("ei");
    assert!(close(
        ei.value(2050).expect("2050") / ei.value(2040).expect("2040"),
        0.97f64.powi(10)
    ));
    assert_eq!(ei.unit.symbol(), "万吨标准煤/亿元");
}

#[test]
fn a_share_never_leaves_0_to_100() {
    let rows = [
        obs(Variable::RenewablesShare, 2020, 60.0, Unit::Percent),
        row(
            Variable::RenewablesShare,
            2030,
            Step::Growth {
                percent_per_year: 20.0,
            },
        ),
    ];
    let p = project(&rows, 2060).expect("projects");
    assert_eq!(p.value(Variable::RenewablesShare, 2060), Some(100.0));
}

#[test]
fn the_horizon_follows_a_later_neutrality_year() {
    assert_eq!(horizon_end(None), 2060);
    assert_eq!(horizon_end(Some(2050)), 2060);
    assert_eq!(horizon_end(Some(2065)), 2065);
    let p = project(
        &[obs(Variable::Gdp, 2005, 1.0, Unit::YiYuan)],
        horizon_end(Some(2065)),
    )
    .expect("projects");
    assert_eq!(p.value(Variable::Gdp, 2065), Some(1.0));
}

#[test]
fn bad_rows_are_named_with_their_column() {
    let rows = [
        row(
            Variable::Gdp,
            2010,
            Step::Growth {
                percent_per_year: 5.0,
            },
        ),
        obs(Variable::Population, 2005, -1.0, Unit::WanRen),
        obs(Variable::RenewablesShare, 2005, 120.0, Unit::Percent),
        obs(Variable::Energy, 2005, 1.0, Unit::WanRen),
        obs(Variable::Emissions, 2200, 1.0, Unit::MtCo2),
        obs(Variable::Population, 2005, 1.0, Unit::WanRen),
        row(
            Variable::Population,
            2010,
            Step::Growth {
                percent_per_year: -100.0,
            },
        ),
    ];
    let errors = project(&rows, 2060).expect_err("refused");
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.index, e.column, e.problem))
        .collect();
    assert_eq!(
        found,
        vec![
            (0, Column::Kind, Problem::GrowthBeforeObserved),
            (1, Column::Value, Problem::Negative),
            (2, Column::Value, Problem::ShareAbove100),
            (3, Column::Unit, Problem::WrongUnit),
            (4, Column::Year, Problem::YearOutOfRange),
            (5, Column::Year, Problem::DuplicateYear),
            (6, Column::Value, Problem::RateOutOfRange),
        ]
    );
}

#[test]
fn drivers_in_a_circle_or_missing_are_refused() {
    let circle = [
        obs(Variable::Gdp, 2005, 1.0, Unit::YiYuan),
        row(
            Variable::Gdp,
            2010,
            Step::Elasticity {
                driver: Variable::Energy,
                elasticity: 1.0,
            },
        ),
        obs(Variable::Energy, 2005, 1.0, Unit::Tce),
        row(
            Variable::Energy,
            2010,
            Step::Elasticity {
                driver: Variable::Gdp,
                elasticity: 1.0,
            },
        ),
    ];
    let errors = project(&circle, 2060).expect_err("refused");
    assert!(
        errors.iter().all(|e| e.problem == Problem::DriverCycle),
        "{errors:?}"
    );
    assert_eq!(errors.len(), 2);

    let late_driver = [
        obs(Variable::Gdp, 2015, 1.0, Unit::YiYuan),
        obs(Variable::Energy, 2005, 1.0, Unit::Tce),
        row(
            Variable::Energy,
            2010,
            Step::Elasticity {
                driver: Variable::Gdp,
                elasticity: 1.0,
            },
        ),
    ];
    let errors = project(&late_driver, 2060).expect_err("refused");
    assert_eq!(errors[0].index, 2);
    assert_eq!(errors[0].problem, Problem::DriverMissing);

    let itself = [
        obs(Variable::Gdp, 2005, 1.0, Unit::YiYuan),
        row(
            Variable::Gdp,
            2010,
            Step::Elasticity {
                driver: Variable::Gdp,
                elasticity: 1.0,
            },
        ),
    ];
    let errors = project(&itself, 2060).expect_err("refused");
    assert_eq!(errors[0].problem, Problem::DriverIsItself);
}

fn four_variables() -> Vec<Assumption> {
    vec![
        obs(Variable::Population, 2005, 500.0, Unit::WanRen),
        obs(Variable::Population, 2020, 530.0, Unit::WanRen),
        obs(Variable::Gdp, 2005, 500.0, Unit::YiYuan),
        obs(Variable::Gdp, 2020, 1900.0, Unit::YiYuan),
        obs(Variable::Energy, 2005, 800.0, Unit::WanDunBiaozhunmei),
        obs(Variable::Energy, 2020, 1500.0, Unit::WanDunBiaozhunmei),
        obs(Variable::Emissions, 2005, 2000.0, Unit::WanDunCo2),
        obs(Variable::Emissions, 2020, 3400.0, Unit::WanDunCo2),
        obs(Variable::RenewablesShare, 2010, 4.0, Unit::Percent),
        obs(Variable::RenewablesShare, 2020, 9.0, Unit::Percent),
    ]
}

#[test]
fn kaya_effects_add_up_to_the_change() {
    let p = project(&four_variables(), 2060).expect("projects");
    let kaya = decompose(&p, 2005, 2020).expect("kaya");
    assert!(close(kaya.change(), 1400.0));
    assert!(close(kaya.effects().iter().sum::<f64>(), kaya.change()));
    assert!(kaya.gdp_per_capita > 0.0 && kaya.energy_intensity < 0.0);
    let gap = decompose(&p, 2000, 2020).expect_err("no 2000");
    assert_eq!((gap.variable, gap.year), (Variable::Population, 2000));
}

#[test]
fn derived_series_are_quotients_every_year() {
    let p = project(&four_variables(), 2060).expect("projects");
    let all = derive_all(&p);
    assert_eq!(all.len(), 4);
    let per_capita = derive(&p, Derived::EmissionsPerCapita).expect("per capita");
    assert_eq!(per_capita.unit.symbol(), "万吨CO2/万人");
    assert_eq!(per_capita.value(2005), Some(4.0));
    assert!(per_capita.points[0].observed);
    assert_eq!(per_capita.points.len(), 56);
}

#[test]
fn goal_lines_follow_the_base_years() {
    let p = project(&four_variables(), 2060).expect("projects");
    let (lines, missing) = references(&p);
    let line = |key: &str| lines.iter().find(|l| l.goal.key == key).expect(key);
    assert!(close(
        line("apec-energy-intensity-2035").value,
        0.55 * 800.0 / 500.0
    ));
    assert_eq!(line("apec-energy-intensity-2035").unit, "万吨标准煤/亿元");
    assert!(close(line("apec-renewables-share-2030").value, 8.0));
    assert!(close(line("cn-carbon-intensity-2030").value, 0.35 * 4.0));
    assert_eq!(line("cn-non-fossil-share-2030").value, 25.0);
    assert!(line("apec-energy-intensity-2035").projected.is_some());
    assert!(missing.is_empty());

    // Without 2005 and 2010 the APEC lines say what they need.
    let later: Vec<_> = four_variables()
        .into_iter()
        .filter(|r| r.year >= 2020)
        .collect();
    let (lines, missing) = references(&project(&later, 2060).expect("projects"));
    assert!(lines.iter().all(|l| !l.goal.key.starts_with("apec")));
    let keys: Vec<_> = missing.iter().map(|m| (m.key, m.year)).collect();
    assert!(keys.contains(&("apec-energy-intensity-2035", 2005)));
    assert!(keys.contains(&("apec-renewables-share-2030", 2010)));
}

#[test]
fn an_empty_scenario_projects_to_nothing() {
    let p = project(&[], 2060).expect("projects");
    assert!(p.series.is_empty());
    assert!(derive_all(&p).is_empty());
    assert!(
        references(&p)
            .0
            .iter()
            .all(|l| l.goal.key.starts_with("cn-non-fossil"))
    );
}
