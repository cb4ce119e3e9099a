//! A target set from the Targets stage's form: one subject with its baseline, a kind, a 2030
//! and a mid-century value (or per cent), the SDGs and the advantages. The form is read as the
//! two rows of a targets file and validated by the import's own rules, so a bad value is said
//! with the import's message — but at the form's field. Saved as the subject's proposals of the
//! open revision, both rows or none.

use chrono::NaiveDateTime;
use concord_deficits::{Catalogue, Level};
use concord_documents::Voice;
use concord_i18n::{FluentValue, I18n, Locale};
use concord_register::table::{Table, TableRow};
use concord_store::{Store, StoreError};
use serde::{Deserialize, Serialize};

use crate::bau::SeriesKey;
use crate::deficits::{Flag, summary};
use crate::tables::FileError;
use crate::target_essentials::{EssentialSubject, level_observations, names_card};
use crate::targets_bau::Scenarios;
use crate::targets_file::read_targets_table;
use crate::targets_view::{TargetsStage, stage};
use crate::{Language, UseCaseError};

/// The mid-century years a target may name.
pub const MID_CENTURY: [i32; 2] = [2050, 2060];

/// What the form sends; numbers as typed, so a bad one is named like a bad cell.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetForm {
    /// An indicator's code, a BAU series key or an essential (`essential-5`).
    pub subject: String,
    pub baseline_year: String,
    pub baseline_value: String,
    /// `fixed-level`, `base-year-reduction`, `base-year-intensity` or `below-bau`.
    pub kind: String,
    pub value_2030: String,
    pub percent_2030: String,
    /// 2050 or 2060.
    pub mid_year: String,
    pub value_mid: String,
    pub percent_mid: String,
    pub sdgs: Vec<u8>,
    pub advantages_zh: String,
    pub advantages_en: String,
}

/// A problem at one field of the form, in the window's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormProblem {
    /// The form's field: `baselineValue`, `value2030`, `percentMid`, …
    pub field: String,
    pub message: String,
}

/// A subject the form offers, flagged deficits first.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FormSubject {
    pub key: String,
    /// `11.6.2 Annual mean PM2.5`, in the window's language.
    pub name: String,
    pub unit: String,
    /// `deficit` (flagged), `indicator`, `series` (BAU) or `essential` (scorecard).
    pub group: String,
    /// The goal an indicator belongs to (preselected among the SDGs).
    pub goal: Option<u8>,
    /// The latest stored value, to prefill the baseline.
    pub latest_year: Option<i32>,
    pub latest_value: Option<f64>,
}

fn goal_of_series(key: &str) -> Option<u8> {
    match key {
        "energy" | "renewables_share" | "energy_intensity" | "energy_per_capita" => Some(7),
        "emissions" | "carbon_intensity" | "emissions_per_capita" => Some(13),
        "gdp" => Some(8),
        _ => None,
    }
}

/// The subjects a target may be set for: the flagged deficits (as ranked), the other reportable indicators
/// of the catalogue, the BAU series, then the scorecard's essentials, each with its latest value
/// where one is stored.
pub fn subjects(store: &Store, language: Language) -> Result<Vec<FormSubject>, UseCaseError> {
    store.require_dialogue()?;
    let voice = Voice::new(language);
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let summary = summary(store)?;
    let lines = summary.indicators;
    // The deficits in the order the dialogue ranked them, unranked ones after.
    let rank = |code: &str| {
        summary
            .ranking
            .as_ref()
            .and_then(|r| r.items.iter().find(|i| i.code == code))
            .map_or(usize::MAX, |i| i.rank)
    };
    let chinese = language != Language::En;
    let mut deficits = Vec::new();
    let mut others = Vec::new();
    for indicator in catalogue.reportable() {
        let line = lines.iter().find(|l| indicator.answers_to(&l.code));
        let subject = FormSubject {
            key: indicator.code().to_owned(),
            name: voice.joined(
                &format!("{} {}", indicator.code(), indicator.name_zh),
                &format!("{} {}", indicator.code(), indicator.name_en),
            ),
            unit: indicator.unit_in(chinese).to_owned(),
            group: "indicator".to_owned(),
            goal: Some(indicator.goal),
            latest_year: line.map(|l| l.year),
            latest_value: line.map(|l| l.value),
        };
        if line.is_some_and(|l| l.flag == Flag::Deficit) {
            deficits.push(FormSubject {
                group: "deficit".to_owned(),
                ..subject
            });
        } else {
            others.push(subject);
        }
    }
    deficits.sort_by_key(|s| rank(&s.key));
    let scenarios = Scenarios::load(store)?;
    let series = SeriesKey::ALL.into_iter().map(|key| {
        let line = scenarios.bau().and_then(|o| o.line(key));
        let observed = line
            .as_ref()
            .and_then(|(points, _)| points.iter().rev().find(|p| p.observed).copied());
        FormSubject {
            key: key.key().to_owned(),
            name: voice.pick(
                voice.zh.msg(&key.message_id()),
                voice.en.msg(&key.message_id()),
            ),
            unit: line.map_or_else(String::new, |(_, unit)| {
                crate::units_shown::unit_voiced(&unit, &voice)
            }),
            group: "series".to_owned(),
            goal: goal_of_series(key.key()),
            latest_year: observed.map(|p| p.year),
            latest_value: observed.map(|p| p.value),
        }
    });
    deficits.extend(others);
    deficits.extend(series);
    deficits.extend(essential_subjects(store, &voice)?);
    Ok(deficits)
}

/// The Ten Essentials at the preliminary level, and at the detailed level once a workshop
/// was held at it, each with the mean score its latest workshop measured.
fn essential_subjects(store: &Store, voice: &Voice) -> Result<Vec<FormSubject>, UseCaseError> {
    let card = names_card()?;
    let detailed = store.workshops()?.iter().any(|w| w.level == "detailed");
    let levels = if detailed {
        vec![Level::Preliminary, Level::Detailed]
    } else {
        vec![Level::Preliminary]
    };
    let mut out = Vec::new();
    for level in levels {
        let mut observed = level_observations(store, level)?;
        for number in 1..=10 {
            let essential = EssentialSubject { number, level };
            let latest = observed
                .remove(&number)
                .and_then(|points| points.last().copied());
            out.push(FormSubject {
                key: essential.key(),
                name: voice.pick(
                    essential.name(&card, &voice.zh),
                    essential.name(&card, &voice.en),
                ),
                unit: voice.pick(essential.unit(&voice.zh), essential.unit(&voice.en)),
                group: "essential".to_owned(),
                goal: Some(EssentialSubject::SDG),
                latest_year: latest.map(|(year, _)| year),
                latest_value: latest.map(|(_, value)| (value * 100.0).round() / 100.0),
            });
        }
    }
    Ok(out)
}

/// The file columns the form's rows fill, and the form's field for each.
const HEADERS: [&str; 10] = [
    "indicator",
    "baseline_year",
    "baseline_value",
    "target_year",
    "target_value",
    "kind",
    "reduction_percent",
    "sdgs",
    "advantages_zh",
    "advantages_en",
];

/// The form's field a problem in `header` of the 2030 row (2) or the mid-century row (3) is
/// shown at.
fn field_of(header: &str, row: usize) -> &'static str {
    let mid = row == 3;
    match header {
        "indicator" => "subject",
        "baseline_year" => "baselineYear",
        "baseline_value" => "baselineValue",
        // The 2030 row's year is fixed: a clash with the baseline is the baseline's year.
        "target_year" if mid => "midYear",
        "target_year" => "baselineYear",
        "target_value" if mid => "valueMid",
        "target_value" => "value2030",
        "reduction_percent" if mid => "percentMid",
        "reduction_percent" => "percent2030",
        "kind" => "kind",
        "sdgs" => "sdgs",
        "advantages_zh" => "advantagesZh",
        _ => "advantagesEn",
    }
}

fn locale(language: Language) -> Locale {
    match language {
        Language::En => Locale::En,
        Language::ZhCn | Language::Bilingual => Locale::ZhCn,
    }
}

/// The form as the two rows of a targets file.
fn table(form: &TargetForm) -> Table {
    let sdgs = form
        .sdgs
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(";");
    let row = |row: usize, year: &str, value: &str, percent: &str| TableRow {
        row,
        cells: [
            form.subject.as_str(),
            form.baseline_year.as_str(),
            form.baseline_value.as_str(),
            year,
            value,
            form.kind.as_str(),
            percent,
            sdgs.as_str(),
            form.advantages_zh.as_str(),
            form.advantages_en.as_str(),
        ]
        .iter()
        .map(|c| c.trim().to_owned())
        .collect(),
    };
    Table {
        headers: HEADERS.iter().map(|h| (*h).to_owned()).collect(),
        rows: vec![
            row(2, "2030", &form.value_2030, &form.percent_2030),
            row(3, &form.mid_year, &form.value_mid, &form.percent_mid),
        ],
    }
}

/// Every problem of the form at its field, one message a field, in the window's language.
pub fn check(
    store: &Store,
    form: &TargetForm,
    language: Language,
) -> Result<Vec<FormProblem>, UseCaseError> {
    let i18n = I18n::new(locale(language));
    let mut problems: Vec<FormProblem> = Vec::new();
    let mut say = |field: &str, message: String| {
        if !problems.iter().any(|p| p.field == field) {
            problems.push(FormProblem {
                field: field.to_owned(),
                message,
            });
        }
    };
    if !MID_CENTURY
        .iter()
        .any(|y| form.mid_year.trim() == y.to_string())
    {
        say("midYear", i18n.msg("targets-form-error-mid-year"));
    }
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let scenarios = Scenarios::load(store)?;
    if let Err(error) = read_targets_table(&table(form), &catalogue, &scenarios) {
        match error {
            FileError::Cells(cells) => {
                for cell in cells {
                    let message = i18n.fmt(
                        cell.problem,
                        &[("value", FluentValue::from(cell.value.clone()))],
                    );
                    say(field_of(&cell.header, cell.row), message);
                }
            }
            other => say(
                "subject",
                other.messages(&crate::targets::FILE_WORDS, &i18n).join(" "),
            ),
        }
    }
    Ok(problems)
}

/// Saves the form as the subject's proposals (2030 and mid-century), replacing the subject's
/// earlier proposals; with any problem nothing changes and every problem is said at its field.
pub fn save(
    store: &mut Store,
    form: &TargetForm,
    language: Language,
    at: NaiveDateTime,
) -> Result<Result<TargetsStage, Vec<FormProblem>>, UseCaseError> {
    store.require_dialogue()?;
    let problems = check(store, form, language)?;
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let scenarios = Scenarios::load(store)?;
    let targets = read_targets_table(&table(form), &catalogue, &scenarios).map_err(|_| {
        StoreError::Corrupt("the form's rows changed between the check and the save".into())
    })?;
    store.set_target_proposals(&targets, at)?;
    Ok(Ok(stage(store, None, language)?))
}

/// Removes one proposal; an adopted target is refused (frozen) and nothing changes.
pub fn remove(
    store: &mut Store,
    id: i64,
    language: Language,
) -> Result<TargetsStage, UseCaseError> {
    store.require_dialogue()?;
    store.remove_target_proposal(id)?;
    stage(store, None, language)
}
