//! The checks shown beside the targets: does the energy-intensity target meet APEC's −45 % from
//! 2005 by 2035, does the renewables target double the 2010 share by 2030, and — for a Chinese
//! city — the national 2030 lines for carbon intensity (−65 % from 2005) and the non-fossil
//! share (25 %). The targets' straight path is read in the line's year (`concord_targets::line`).
//! Only subjects that have targets are checked; the adopted set and the proposals each on
//! their own.

use concord_deficits::Catalogue;
use concord_documents::Voice;
use concord_domain::Dialogue;
use concord_domain::bau::references::Rule;
use concord_domain::bau::{GOALS, Goal, Measure};
use concord_i18n::{FluentValue, I18n};
use concord_store::{Store, StoreError, StoredTarget};
use concord_targets::{Baseline, Side, meets, path_value};
use serde::Serialize;

use crate::bau::{SeriesKey, figure, goal_message_id};
use crate::targets_bau::{Scenarios, series_value};
use crate::units_shown::{unit_in, with_unit_in};
use crate::{Language, UseCaseError};

/// The lines checked, by their key in `concord_domain::bau::GOALS`.
const CHECKED: [&str; 4] = [
    "apec-energy-intensity-2035",
    "apec-renewables-share-2030",
    "cn-carbon-intensity-2030",
    "cn-non-fossil-share-2030",
];

/// One target set read against one goal line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetCheck {
    /// The line's key: `apec-energy-intensity-2035`, `apec-renewables-share-2030`,
    /// `cn-carbon-intensity-2030`, `cn-non-fossil-share-2030`.
    pub key: String,
    /// The line in words: `APEC 2035: −45 % from 2005`.
    pub line: String,
    /// The target subject checked: `energy_intensity`, `7.2.1`, …
    pub subject: String,
    /// `adopted` (the latest adopted revision) or `proposed` (the open revision).
    pub state: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// `met`, `not-met` or `cannot-check`.
    pub outcome: String,
    /// The line's value in its year, when it can be worked out.
    pub line_value: Option<f64>,
    /// Where the targets' path stands in the line's year.
    pub target_value: Option<f64>,
    /// The sentence shown: met / not met with both values, or which value is missing.
    pub words: String,
}

/// Whether the dialogue's city is in China, where the national lines apply.
pub fn is_chinese_city(dialogue: &Dialogue) -> bool {
    let economy = dialogue.economy.trim().to_lowercase();
    ["china", "中国", "cn", "prc", "中华人民共和国"].contains(&economy.as_str())
        || economy.contains("china")
        || economy.contains("中国")
}

/// The subjects that answer to a line's measure.
fn answers(measure: Measure, subject: &str) -> bool {
    match measure {
        Measure::EnergyIntensity => ["energy_intensity", "7.3.1"].contains(&subject),
        Measure::CarbonIntensity => subject == "carbon_intensity",
        Measure::RenewablesShare => ["renewables_share", "7.2.1"].contains(&subject),
    }
}

fn side(measure: Measure) -> Side {
    match measure {
        Measure::RenewablesShare => Side::AtLeast,
        Measure::EnergyIntensity | Measure::CarbonIntensity => Side::AtMost,
    }
}

/// Every check of `targets` (the current ones: the latest adopted revision and the proposals).
pub fn checks(
    store: &Store,
    targets: &[StoredTarget],
    i18n: &I18n,
) -> Result<Vec<TargetCheck>, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let national = is_chinese_city(&dialogue);
    let scenarios = Scenarios::load(store)?;
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let values = store.indicator_values()?;
    // A value of `subject` in `year`: a target's own baseline, the stored indicator values, or
    // the BAU (for a share, the BAU's renewables share stands in for 7.2.1: both are in %).
    let value_in = |subject: &str, set: &[&StoredTarget], year: i32| -> Option<f64> {
        if let Some(t) = set.iter().find(|t| t.row.baseline_year == year) {
            return Some(t.row.baseline_value);
        }
        if let Some(indicator) = catalogue.find(subject)
            && let Some(v) = values
                .iter()
                .find(|v| v.year == year && indicator.answers_to(&v.code))
        {
            return Some(v.value);
        }
        let bau = scenarios.bau()?;
        series_value(bau, subject, year).or_else(|| {
            (subject == "7.2.1")
                .then(|| series_value(bau, "renewables_share", year))
                .flatten()
        })
    };
    let mut out = Vec::new();
    for adopted in [true, false] {
        let group: Vec<&StoredTarget> = targets
            .iter()
            .filter(|t| t.is_adopted() == adopted)
            .collect();
        for goal in GOALS
            .iter()
            .filter(|g| CHECKED.contains(&g.key) && (national || !g.national))
        {
            let mut subjects: Vec<&str> = group
                .iter()
                .map(|t| t.row.subject.as_str())
                .filter(|s| answers(goal.measure, s))
                .collect();
            subjects.dedup();
            for subject in subjects {
                let set: Vec<&StoredTarget> = group
                    .iter()
                    .copied()
                    .filter(|t| t.row.subject == subject)
                    .collect();
                let chinese = i18n.locale() == concord_i18n::Locale::ZhCn;
                let unit = match catalogue.find(subject) {
                    Some(indicator) => indicator.unit_in(chinese).to_owned(),
                    None => SeriesKey::ALL
                        .into_iter()
                        .find(|k| k.key() == subject)
                        .and_then(|k| scenarios.bau()?.line(k))
                        .map_or_else(String::new, |(_, unit)| unit_in(&unit, i18n)),
                };
                let line = Line {
                    goal,
                    subject,
                    unit: &unit,
                };
                out.push(check(&line, &set, &value_in, i18n));
            }
        }
    }
    Ok(out)
}

type ValueIn<'a> = dyn Fn(&str, &[&StoredTarget], i32) -> Option<f64> + 'a;

/// A goal line, the subject read against it and the subject's unit.
struct Line<'a> {
    goal: &'a Goal,
    subject: &'a str,
    unit: &'a str,
}

fn check(
    line_of: &Line<'_>,
    set: &[&StoredTarget],
    value_in: &ValueIn<'_>,
    i18n: &I18n,
) -> TargetCheck {
    let (goal, subject) = (line_of.goal, line_of.subject);
    let first = set[0];
    let baseline = Baseline {
        year: first.row.baseline_year,
        value: first.row.baseline_value,
    };
    let points: Vec<(i32, f64)> = set
        .iter()
        .map(|t| (t.row.target_year, t.row.target_value))
        .collect();
    let reached = path_value(baseline, &points, goal.year);
    let (line_value, missing) = match goal.rule {
        Rule::Level(level) => (Some(level), None),
        Rule::Relative { base_year, factor } => match value_in(subject, set, base_year) {
            Some(base) if goal.measure == Measure::RenewablesShare => {
                (Some((base * factor).min(100.0)), None)
            }
            Some(base) => (Some(base * factor), None),
            None => (None, Some(base_year)),
        },
    };
    let line = i18n.msg(&goal_message_id(goal.key));
    let name = SeriesKey::ALL
        .into_iter()
        .find(|k| k.key() == subject)
        .map_or_else(|| subject.to_owned(), |k| i18n.msg(&k.message_id()));
    let (outcome, words) = match (line_value, reached, missing) {
        (Some(value), Some(path), _) => {
            let met = meets(side(goal.measure), path, value);
            let id = if met {
                "targets-check-met"
            } else {
                "targets-check-not-met"
            };
            let text = i18n.fmt(
                id,
                &[
                    ("line", FluentValue::from(line.clone())),
                    ("year", FluentValue::from(goal.year)),
                    (
                        "target",
                        FluentValue::from(with_unit_in(figure(path), line_of.unit, i18n.locale())),
                    ),
                    (
                        "value",
                        FluentValue::from(with_unit_in(figure(value), line_of.unit, i18n.locale())),
                    ),
                ],
            );
            (if met { "met" } else { "not-met" }, text)
        }
        (_, _, Some(year)) => (
            "cannot-check",
            i18n.fmt(
                "targets-check-missing-base",
                &[
                    ("line", FluentValue::from(line.clone())),
                    ("subject", FluentValue::from(name.clone())),
                    ("year", FluentValue::from(year)),
                ],
            ),
        ),
        _ => (
            "cannot-check",
            i18n.fmt(
                "targets-check-missing-path",
                &[
                    ("line", FluentValue::from(line.clone())),
                    ("subject", FluentValue::from(name.clone())),
                    ("year", FluentValue::from(goal.year)),
                ],
            ),
        ),
    };
    TargetCheck {
        key: goal.key.to_owned(),
        line,
        subject: subject.to_owned(),
        state: if first.is_adopted() {
            "adopted"
        } else {
            "proposed"
        }
        .to_owned(),
        revision: first.revision,
        outcome: outcome.to_owned(),
        line_value,
        target_value: reached,
        words,
    }
}

/// The I18n a one-language sentence is said in; bilingual windows read Chinese.
pub(crate) fn one_language(voice: &Voice) -> &I18n {
    match voice.language {
        Language::En => &voice.en,
        Language::ZhCn | Language::Bilingual => &voice.zh,
    }
}
