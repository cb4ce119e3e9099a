//! The Measures stage as the window shows it: the measures of the Local Action Plan by key
//! project, each in the window's language (the other language as a marked fallback), with its
//! owner, budget, dates, status in words, latest progress and the targets it serves; a measure
//! added or edited from a form whose problems are named by field, a progress update the store
//! may refuse (dated before the start), a delete refused once there is progress, and a measures
//! file imported whole or not at all.

mod form;

use chrono::NaiveDateTime;
use concord_documents::Voice;
use concord_i18n::{I18n, Locale, format_date};
use concord_store::{MeasureOwner, Store, StoredMeasure};
use serde::Serialize;

use crate::measures::{FILE_WORDS, import_measures, status_label};
use crate::plan_subjects::subject_names;
use crate::{Language, UseCaseError};

pub use form::{
    FieldProblem, MeasureForm, MeasureProgressForm, MeasureServedForm, add_progress, save,
};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasuresStage {
    pub projects: Vec<KeyProjectItem>,
    pub measures: Vec<MeasureItem>,
    /// The targets' subjects a measure may serve.
    pub subjects: Vec<MeasureSubject>,
    /// The register's people who may own a measure.
    pub owners: Vec<MeasureOwnerOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct KeyProjectItem {
    pub code: String,
    pub title: String,
    pub title_zh: String,
    pub title_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureSubject {
    pub key: String,
    pub name: String,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureOwnerOption {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub name: String,
}

/// One measure as a row of the stage, its words in the window's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureItem {
    pub code: String,
    pub project: String,
    pub title: String,
    /// The title is in the other language: the window's is empty.
    pub title_fallback: bool,
    pub title_zh: String,
    pub title_en: String,
    pub description_zh: String,
    pub description_en: String,
    /// `short` or `long`.
    pub term: String,
    pub term_words: String,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub owner_stakeholder: Option<i64>,
    /// A department's name in Chinese and in English (empty for a stakeholder owner).
    pub owner_department: String,
    pub owner_department_en: String,
    pub owner_words: String,
    pub budget: Option<f64>,
    pub budget_words: String,
    pub start: String,
    pub end: String,
    pub dates_words: String,
    /// `not-started`, `on-time`, … (for tests and styles).
    pub status: String,
    pub status_words: String,
    pub progress: Vec<MeasureProgressItem>,
    pub targets: Vec<MeasureServedItem>,
    /// Why it cannot be deleted, if it cannot.
    pub delete_refused: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureProgressItem {
    pub date: String,
    pub date_words: String,
    pub percent: f64,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureServedItem {
    pub subject: String,
    /// The full name, for a tooltip.
    pub name: String,
    pub effect_value: Option<f64>,
    pub effect_unit: String,
    /// `11.6.2: −1.5 µg/m³` (an indicator by its code) or `CO2 emissions: −1.8 Mt CO2e/a`.
    pub words: String,
}

/// A measure as the form sends it: numbers and dates as typed, checked here.
fn locale(language: Language) -> Locale {
    match language {
        Language::En => Locale::En,
        Language::ZhCn | Language::Bilingual => Locale::ZhCn,
    }
}

/// The text in the window's language, else the other one (and whether it is the other).
fn pick(zh: &str, en: &str, locale: Locale) -> (String, bool) {
    let (own, other) = match locale {
        Locale::ZhCn => (zh.trim(), en.trim()),
        Locale::En => (en.trim(), zh.trim()),
    };
    if own.is_empty() {
        (other.to_owned(), !other.is_empty())
    } else {
        (own.to_owned(), false)
    }
}

/// A number without a trailing `.0` and with thousands grouped: `1,250,000.5`.
fn grouped(value: f64) -> String {
    let text = format!("{}", (value * 100.0).round() / 100.0);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if fraction.is_empty() {
        format!("{sign}{out}")
    } else {
        format!("{sign}{out}.{fraction}")
    }
}

/// A budget as each language says it: `CNY 3,500,000` and `350 万元`.
pub fn budget_words(value: f64, locale: Locale) -> String {
    match locale {
        Locale::En => format!("CNY {}", grouped(value)),
        Locale::ZhCn if value >= 10_000.0 => format!("{} 万元", grouped(value / 10_000.0)),
        Locale::ZhCn => format!("{} 元", grouped(value)),
    }
}

/// The stage on every stored measure.
pub fn stage(store: &Store, language: Language) -> Result<MeasuresStage, UseCaseError> {
    store.require_dialogue()?;
    let locale = locale(language);
    let i18n = I18n::new(locale);
    let voice = Voice::new(language);
    let stakeholders = store.stakeholders()?;
    let mut keys: Vec<String> = store
        .targets()?
        .into_iter()
        .map(|t| t.row.subject)
        .collect();
    let measures = store.measures()?;
    // A served subject whose target was removed is still named.
    keys.extend(
        measures
            .iter()
            .flat_map(|m| m.row.targets.iter().map(|t| t.subject.clone())),
    );
    keys.sort();
    keys.dedup();
    let names = subject_names(
        store,
        &keys.iter().map(String::as_str).collect::<Vec<_>>(),
        &voice,
    )?;
    let subjects: Vec<MeasureSubject> = keys
        .iter()
        .zip(&names)
        .map(|(key, n)| MeasureSubject {
            key: key.clone(),
            name: pick(&n.name_zh, &n.name_en, locale).0,
            unit: n.unit.clone(),
        })
        .collect();
    let owners: Vec<MeasureOwnerOption> = stakeholders
        .iter()
        .filter(|s| s.erased_on.is_none())
        .map(|s| {
            let (name, _) = pick(&s.name_zh, &s.name_en, locale);
            let (org, _) = pick(&s.organisation_zh, &s.organisation_en, locale);
            MeasureOwnerOption {
                id: s.id,
                // Chinese sets the organisation in full-width brackets: 高红梅（渭南市生态环境局）.
                name: match (org.is_empty(), locale) {
                    (true, _) => name,
                    (false, Locale::ZhCn) => format!("{name}（{org}）"),
                    (false, Locale::En) => format!("{name} ({org})"),
                },
            }
        })
        .collect();
    let owner_name = |id: i64| {
        owners
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| format!("#{id}"), |o| o.name.clone())
    };
    let items = measures
        .iter()
        .map(|m| item(m, &i18n, locale, &subjects, &owner_name))
        .collect();
    Ok(MeasuresStage {
        projects: store
            .key_projects()?
            .into_iter()
            .map(|p| KeyProjectItem {
                title: pick(&p.title_zh, &p.title_en, locale).0,
                code: p.code,
                title_zh: p.title_zh,
                title_en: p.title_en,
            })
            .collect(),
        measures: items,
        subjects,
        owners,
    })
}

fn item(
    m: &StoredMeasure,
    i18n: &I18n,
    locale: Locale,
    subjects: &[MeasureSubject],
    owner_name: &dyn Fn(i64) -> String,
) -> MeasureItem {
    let row = &m.row;
    let (title, title_fallback) = pick(&row.title_zh, &row.title_en, locale);
    let (owner_stakeholder, owner_department, owner_department_en, owner_words) = match &row.owner {
        Some(MeasureOwner::Stakeholder(id)) => {
            (Some(*id), String::new(), String::new(), owner_name(*id))
        }
        Some(MeasureOwner::Department { zh, en }) => {
            (None, zh.clone(), en.clone(), pick(zh, en, locale).0)
        }
        None => (
            None,
            String::new(),
            String::new(),
            i18n.msg("measures-ui-owner-unknown"),
        ),
    };
    let progress = m
        .progress
        .iter()
        .map(|p| MeasureProgressItem {
            date: p.on.to_string(),
            date_words: format_date(locale, p.on),
            percent: p.percent,
            note: p.note.clone(),
        })
        .collect();
    let targets = row
        .targets
        .iter()
        .map(|t| {
            let name = subjects
                .iter()
                .find(|s| s.key == t.subject)
                .map_or_else(|| t.subject.clone(), |s| s.name.clone());
            // An indicator's name starts with its code: the code says it in a narrow column.
            let label = if name.starts_with(&format!("{} ", t.subject)) {
                t.subject.as_str()
            } else {
                name.as_str()
            };
            let words = match t.effect_value {
                Some(v) => format!("{label}: {} {}", grouped(v), t.effect_unit)
                    .trim()
                    .to_owned(),
                None => label.to_owned(),
            };
            MeasureServedItem {
                subject: t.subject.clone(),
                name,
                effect_value: t.effect_value,
                effect_unit: t.effect_unit.clone(),
                words,
            }
        })
        .collect();
    MeasureItem {
        code: row.code.clone(),
        project: row.key_project.code.clone(),
        title,
        title_fallback,
        title_zh: row.title_zh.clone(),
        title_en: row.title_en.clone(),
        description_zh: row.description_zh.clone(),
        description_en: row.description_en.clone(),
        term: row.term.key().to_owned(),
        term_words: i18n.msg(&format!("measures-term-{}", row.term.key())),
        owner_stakeholder,
        owner_department,
        owner_department_en,
        owner_words,
        budget: row.budget_cny,
        budget_words: row
            .budget_cny
            .map_or_else(String::new, |b| budget_words(b, locale)),
        start: row.start.to_string(),
        end: row.end.to_string(),
        dates_words: format!(
            "{} – {}",
            format_date(locale, row.start),
            format_date(locale, row.end)
        ),
        status: row.status.key().to_owned(),
        status_words: status_label(row.status, i18n),
        progress,
        targets,
        delete_refused: (!m.progress.is_empty()).then(|| i18n.msg("measures-ui-delete-refused")),
    }
}

/// Deletes a measure without progress updates; refused (by the store) once it has some.
pub fn delete(
    store: &mut Store,
    code: &str,
    language: Language,
) -> Result<MeasuresStage, UseCaseError> {
    store.delete_measure(code)?;
    stage(store, language)
}

/// A measures file imported from the window; refused whole, every problem said by row and
/// column in the window's language.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    language: Language,
    at: NaiveDateTime,
) -> Result<Result<MeasuresStage, Vec<String>>, UseCaseError> {
    match import_measures(store, bytes, at)? {
        Ok(_) => Ok(Ok(stage(store, language)?)),
        Err(problems) => Ok(Err(
            problems.messages(&FILE_WORDS, &I18n::new(locale(language)))
        )),
    }
}

/// The measures file the export writes, in the window's language, and its file name.
pub fn export(store: &Store, language: Language) -> Result<(Vec<u8>, String), UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let measures = store.measures()?;
    let chinese = locale(language) == Locale::ZhCn;
    let bytes = crate::measures::export_measures_csv(&measures, chinese);
    let name = format!(
        "{}-measures-{}.csv",
        crate::city_for_file_name(&dialogue.city_en),
        if chinese { "zh-CN" } else { "en" }
    );
    Ok((bytes, name))
}
