//! Projection of every variable and derived series 2005–2060, with the goal lines and a Kaya
//! decomposition: what the window redraws on a keystroke (target ≤ 1 ms).

use concord_domain::bau::{
    Assumption, Step, Unit, Variable, decompose, derive_all, horizon_end, project, references,
};
use criterion::{Criterion, criterion_group, criterion_main};

fn rows() -> Vec<Assumption> {
    let row = |variable, year, step| Assumption {
        variable,
        year,
        step,
        source: String::new(),
    };
    let obs = |variable, year, value, unit| row(variable, year, Step::Observed { value, unit });
    let mut rows = Vec::new();
    for (year, p, g, e, c) in [
        (2005, 537.0, 620.0, 900.0, 2100.0),
        (2010, 528.6, 1050.0, 1250.0, 2900.0),
        (2015, 505.0, 1480.0, 1500.0, 3400.0),
        (2020, 468.9, 1866.0, 1650.0, 3600.0),
    ] {
        rows.push(obs(Variable::Population, year, p, Unit::WanRen));
        rows.push(obs(Variable::Gdp, year, g, Unit::YiYuan));
        rows.push(obs(Variable::Energy, year, e, Unit::WanDunBiaozhunmei));
        rows.push(obs(Variable::Emissions, year, c, Unit::WanDunCo2));
    }
    for (year, share) in [(2010, 3.0), (2015, 6.0), (2020, 11.0)] {
        rows.push(obs(Variable::RenewablesShare, year, share, Unit::Percent));
    }
    rows.push(row(
        Variable::Population,
        2060,
        Step::Growth {
            percent_per_year: -0.5,
        },
    ));
    for (year, rate) in [
        (2025, 5.5),
        (2030, 5.0),
        (2035, 4.5),
        (2050, 3.5),
        (2060, 2.5),
    ] {
        rows.push(row(
            Variable::Gdp,
            year,
            Step::Growth {
                percent_per_year: rate,
            },
        ));
    }
    rows.push(row(
        Variable::Energy,
        2035,
        Step::Elasticity {
            driver: Variable::Gdp,
            elasticity: 0.45,
        },
    ));
    rows.push(row(
        Variable::Energy,
        2060,
        Step::Intensity {
            driver: Variable::Gdp,
            percent_per_year: -3.0,
        },
    ));
    rows.push(row(
        Variable::Emissions,
        2060,
        Step::Intensity {
            driver: Variable::Energy,
            percent_per_year: -1.0,
        },
    ));
    rows.push(row(
        Variable::RenewablesShare,
        2060,
        Step::Growth {
            percent_per_year: 4.0,
        },
    ));
    rows
}

fn bench(c: &mut Criterion) {
    let rows = rows();
    c.bench_function("bau_projection_2005_2060", |b| {
        b.iter(|| {
            let projection = project(std::hint::black_box(&rows), horizon_end(None)).ok()?;
            let derived = derive_all(&projection);
            let lines = references(&projection);
            let kaya = decompose(&projection, 2005, 2030).ok()?;
            Some((derived.len(), lines.0.len(), kaya.change()))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
