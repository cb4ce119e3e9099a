//! The demo's targets for 2030 and mid-century: proposals on the demo's indicators and BAU,
//! chosen so that the demo's values (2021–2023) show every status of the progress method, each
//! with its kind of goal, the SDGs it serves and its advantages for the community.

use chrono::NaiveDate;
use concord_domain::bau::{Variable, project};

use crate::{NewTarget, Store, StoreError, TargetDetails, TargetKind, TargetRow};

/// How a demo target's value is set.
#[derive(Clone, Copy)]
enum Set {
    /// A fixed level.
    Level(f64),
    /// Per cent below the baseline.
    Reduction(f64),
    /// Per cent below the BAU in the target year (a fixed level of `fallback` without a BAU).
    BelowBau { percent: f64, fallback: f64 },
}

struct Demo {
    subject: &'static str,
    baseline: (i32, f64),
    target_year: i32,
    set: Set,
    sdgs: &'static [u8],
    zh: &'static str,
    en: &'static str,
}

const fn t(
    subject: &'static str,
    baseline: (i32, f64),
    target_year: i32,
    set: Set,
    sdgs: &'static [u8],
    (zh, en): (&'static str, &'static str),
) -> Demo {
    Demo {
        subject,
        baseline,
        target_year,
        set,
        sdgs,
        zh,
        en,
    }
}

const AIR: (&str, &str) = (
    "减少呼吸道疾病，冬季雾霾天数减少。",
    "Fewer respiratory illnesses and fewer smog days in winter.",
);
const CLIMATE: (&str, &str) = (
    "降低能源开支，减少热浪与洪涝风险。",
    "Lower energy bills and less risk from heat waves and floods.",
);

const TARGETS: [Demo; 12] = [
    // PM2.5 falls faster than the 2030 path needs: on track, for 2030 and 2050.
    t(
        "11.6.2",
        (2021, 44.0),
        2030,
        Set::Level(35.0),
        &[11, 3],
        AIR,
    ),
    t(
        "11.6.2",
        (2021, 44.0),
        2050,
        Set::Level(15.0),
        &[11, 3],
        AIR,
    ),
    // Safe drinking water passed its 2030 target in 2023: achieved.
    t(
        "6.1.1",
        (2021, 93.0),
        2030,
        Set::Level(95.0),
        &[6],
        (
            "每户都能喝上安全的自来水。",
            "Safe tap water for every household.",
        ),
    ),
    // Public transport and renewables grow faster than needed: on track.
    t(
        "11.2.1",
        (2021, 71.0),
        2030,
        Set::Level(90.0),
        &[11],
        (
            "通勤更省时省钱，老人和儿童出行更方便。",
            "Cheaper, quicker commutes; easier trips for the old and the young.",
        ),
    ),
    t(
        "7.2.1",
        (2021, 9.8),
        2030,
        Set::Level(25.0),
        &[7, 13],
        (
            "本地光伏带来就业，电价更稳定。",
            "Local solar jobs and steadier power prices.",
        ),
    ),
    // Green space grows, at three quarters of the pace: acceleration needed.
    t(
        "11.7.1",
        (2021, 11.0),
        2030,
        Set::Level(20.0),
        &[11, 15],
        (
            "步行十分钟内可达公园，夏季更凉爽。",
            "A park within ten minutes' walk, and cooler summers.",
        ),
    ),
    // Slums fall, far slower than to none by 2030: limited progress.
    t(
        "11.1.1",
        (2021, 6.0),
        2030,
        Set::Level(0.0),
        &[11, 1],
        (
            "每个家庭都有安全、负担得起的住房。",
            "Safe, affordable housing for every family.",
        ),
    ),
    // Greenhouse gases still rise: deterioration, for 2030 and 2060.
    t(
        "13.2.2",
        (2021, 31.5),
        2030,
        Set::Reduction(100.0 * 3.5 / 31.5),
        &[13],
        CLIMATE,
    ),
    t(
        "13.2.2",
        (2021, 31.5),
        2060,
        Set::Reduction(100.0),
        &[13],
        CLIMATE,
    ),
    // The BAU's series have no observed value after 2020: cannot be assessed. Energy intensity
    // meets APEC's line for 2035; carbon intensity misses the national line for 2030.
    t(
        "emissions",
        (2020, 3600.0),
        2030,
        Set::BelowBau {
            percent: 15.0,
            fallback: 3400.0,
        },
        &[13],
        (
            "比基准情景少排放，为城市的低碳转型赢得时间。",
            "Emitting less than business as usual buys the city time for its low-carbon shift.",
        ),
    ),
    t(
        "energy_intensity",
        (2020, 0.884),
        2030,
        Set::Reduction(18.0),
        &[7, 9],
        (
            "企业用能成本降低，竞争力增强。",
            "Firms spend less on energy and compete better.",
        ),
    ),
    t(
        "carbon_intensity",
        (2020, 1.929),
        2030,
        Set::Reduction(25.0),
        &[13, 9],
        (
            "产业更清洁，吸引绿色投资。",
            "Cleaner industry attracts green investment.",
        ),
    ),
];

/// The BAU's emissions in `year`, when the demo's BAU projects them.
fn bau_emissions(store: &Store, year: i32) -> Result<Option<f64>, StoreError> {
    let Some(bau) = store.scenarios()?.into_iter().find(|s| s.is_bau) else {
        return Ok(None);
    };
    let rows = store.scenario_assumptions(bau.id)?;
    Ok(project(&rows, 2060)
        .ok()
        .and_then(|p| p.value(Variable::Emissions, year)))
}

pub(crate) fn add(store: &mut Store, day: NaiveDate) -> Result<(), StoreError> {
    let at = day.and_hms_opt(17, 30, 0).unwrap_or_default();
    let mut targets = Vec::new();
    let bau_name = store
        .scenarios()?
        .into_iter()
        .find(|s| s.is_bau)
        .map(|s| s.name);
    for demo in &TARGETS {
        let (baseline_year, baseline_value) = demo.baseline;
        let (kind, percent, target_value) = match demo.set {
            Set::Level(value) => (TargetKind::FixedLevel, None, value),
            Set::Reduction(p) => (
                TargetKind::BaseYearReduction,
                Some(p),
                baseline_value * (1.0 - p / 100.0),
            ),
            Set::BelowBau { percent, fallback } => match bau_emissions(store, demo.target_year)? {
                Some(bau) => (
                    TargetKind::BelowBau,
                    Some(percent),
                    bau * (1.0 - percent / 100.0),
                ),
                None => (TargetKind::FixedLevel, None, fallback),
            },
        };
        targets.push(NewTarget {
            row: TargetRow {
                subject: demo.subject.to_owned(),
                baseline_year,
                baseline_value,
                target_year: demo.target_year,
                target_value,
            },
            details: TargetDetails {
                kind,
                percent,
                sdgs: demo.sdgs.to_vec(),
                advantages_zh: demo.zh.to_owned(),
                advantages_en: demo.en.to_owned(),
                bau_scenario: (kind == TargetKind::BelowBau)
                    .then(|| bau_name.clone())
                    .flatten(),
            },
        });
    }
    store.propose_targets(&targets, at)?;
    Ok(())
}
