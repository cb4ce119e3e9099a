//! The demo's targets for 2030 and mid-century: proposals on the demo's indicators and BAU,
//! chosen so that the demo's values (2021–2023) show every status of the progress method.

use chrono::NaiveDate;

use crate::{Store, StoreError, TargetRow};

/// (subject, baseline year, baseline value, target year, target value).
const TARGETS: [(&str, i32, f64, i32, f64); 10] = [
    // PM2.5 falls faster than the 2030 path needs: on track, for 2030 and 2050.
    ("11.6.2", 2021, 44.0, 2030, 35.0),
    ("11.6.2", 2021, 44.0, 2050, 15.0),
    // Safe drinking water passed its 2030 target in 2023: achieved.
    ("6.1.1", 2021, 93.0, 2030, 95.0),
    // Public transport and renewables grow faster than needed: on track.
    ("11.2.1", 2021, 71.0, 2030, 90.0),
    ("7.2.1", 2021, 9.8, 2030, 25.0),
    // Green space grows, at three quarters of the pace: acceleration needed.
    ("11.7.1", 2021, 11.0, 2030, 20.0),
    // Slums fall, far slower than to none by 2030: limited progress.
    ("11.1.1", 2021, 6.0, 2030, 0.0),
    // Greenhouse gases still rise: deterioration, for 2030 and 2060.
    ("13.2.2", 2021, 31.5, 2030, 28.0),
    ("13.2.2", 2021, 31.5, 2060, 0.0),
    // The BAU's emissions have no observed value after 2020: cannot be assessed.
    ("emissions", 2020, 3600.0, 2030, 3400.0),
];

pub(crate) fn add(store: &mut Store, day: NaiveDate) -> Result<(), StoreError> {
    let at = day.and_hms_opt(17, 30, 0).unwrap_or_default();
    let rows: Vec<TargetRow> = TARGETS
        .iter()
        .map(
            |&(subject, baseline_year, baseline_value, target_year, target_value)| TargetRow {
                subject: subject.to_owned(),
                baseline_year,
                baseline_value,
                target_year,
                target_value,
            },
        )
        .collect();
    store.replace_target_proposals(&rows, at)?;
    Ok(())
}
