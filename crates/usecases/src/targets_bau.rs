//! The scenarios a target is read against: the BAU's value of a series in a target year (shown
//! beside the target with the gap), the projection a below-BAU target is resolved on (the BAU,
//! or a scenario the file names), and GDP as the driver of an intensity target.

use concord_domain::bau::Variable;
use concord_store::Store;

use crate::UseCaseError;
use crate::bau::{Outlook, SeriesKey, horizon, outlook};

/// One scenario's outlook, by name.
pub(crate) struct ScenarioLines {
    pub(crate) name: String,
    pub(crate) is_bau: bool,
    pub(crate) outlook: Outlook,
}

/// Every scenario whose rows project (a scenario with problems has nothing to read against).
pub(crate) struct Scenarios(Vec<ScenarioLines>);

impl Scenarios {
    pub(crate) fn load(store: &Store) -> Result<Scenarios, UseCaseError> {
        let end = horizon(store)?;
        let mut lines = Vec::new();
        for record in store.scenarios()? {
            let rows = store.scenario_assumptions(record.id)?;
            if let Ok(outlook) = outlook(&rows, end) {
                lines.push(ScenarioLines {
                    name: record.name,
                    is_bau: record.is_bau,
                    outlook,
                });
            }
        }
        Ok(Scenarios(lines))
    }

    /// The BAU scenario.
    pub(crate) fn bau(&self) -> Option<&Outlook> {
        self.0.iter().find(|s| s.is_bau).map(|s| &s.outlook)
    }

    /// The stored name of the scenario a below-BAU target is read on: the one named (spaces
    /// and case aside), or the BAU when no name is given.
    pub(crate) fn stored_name(&self, name: &str) -> Option<String> {
        let wanted = name.trim().to_lowercase();
        self.0
            .iter()
            .find(|s| match wanted.as_str() {
                "" => s.is_bau,
                _ => s.name.trim().to_lowercase() == wanted,
            })
            .map(|s| s.name.trim().to_owned())
    }

    /// A scenario by its name (spaces and case aside).
    pub(crate) fn named(&self, name: &str) -> Option<&Outlook> {
        let wanted = name.trim().to_lowercase();
        self.0
            .iter()
            .find(|s| s.name.trim().to_lowercase() == wanted)
            .map(|s| &s.outlook)
    }
}

/// The value of the series `subject` (a BAU key) in `year`, when the outlook has it.
pub(crate) fn series_value(outlook: &Outlook, subject: &str, year: i32) -> Option<f64> {
    let key = SeriesKey::ALL.into_iter().find(|k| k.key() == subject)?;
    let (points, _) = outlook.line(key)?;
    points.iter().find(|p| p.year == year).map(|p| p.value)
}

/// Why a target has no BAU value to set its gap against: no BAU scenario, a subject the BAU
/// does not project (PM2.5, a scorecard essential), or a year beyond the BAU's horizon. The
/// Fluent id of the sentence said instead of a bare dash.
pub(crate) fn missing_bau_reason(bau: Option<&Outlook>, subject: &str) -> &'static str {
    match bau {
        None => "targets-gap-no-bau",
        Some(outlook) => match SeriesKey::ALL.into_iter().find(|k| k.key() == subject) {
            Some(key) if outlook.line(key).is_some() => "targets-gap-beyond-bau",
            _ => "targets-gap-not-projected",
        },
    }
}

/// GDP, the driver of an intensity target, in the base year and the target year.
pub(crate) fn gdp(outlook: &Outlook, base_year: i32, target_year: i32) -> Option<(f64, f64)> {
    let series = outlook.projection.series(Variable::Gdp)?;
    Some((series.value(base_year)?, series.value(target_year)?))
}
