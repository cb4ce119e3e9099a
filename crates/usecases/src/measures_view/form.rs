//! The measure and progress forms: every field checked, each problem said at its field in the
//! window's language, and nothing written while any remains; the store's own refusals (a
//! progress update before the start, a per cent outside 0–100) said at their field too.

use chrono::{NaiveDate, NaiveDateTime};
use concord_i18n::{FluentValue, I18n, format_date};
use concord_store::{
    KeyProject, MeasureOwner, MeasureRefusal, MeasureRow, MeasureStatus, MeasureTerm, MeasureWrite,
    ProgressUpdate, ServedTarget, Store, StoreError,
};
use serde::Deserialize;

use super::{MeasuresStage, locale, stage};
use crate::{Language, UseCaseError};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureForm {
    /// The code of the measure edited; `None` for a new one.
    pub editing: Option<String>,
    pub code: String,
    pub project_code: String,
    /// Titles of a key project the form creates; an existing project keeps its own.
    pub project_title_zh: String,
    pub project_title_en: String,
    pub title_zh: String,
    pub title_en: String,
    pub description_zh: String,
    pub description_en: String,
    pub term: String,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub owner_stakeholder: Option<i64>,
    /// A department's name in Chinese and in English: either is enough.
    pub owner_department: String,
    pub owner_department_en: String,
    pub budget: String,
    pub start: String,
    pub end: String,
    pub status: String,
    pub targets: Vec<MeasureServedForm>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureServedForm {
    pub subject: String,
    pub effect: String,
    pub unit: String,
}

/// A progress update as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeasureProgressForm {
    pub code: String,
    pub date: String,
    pub percent: String,
    pub note: String,
}

/// A problem of a form: the field and what is wrong, in the window's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

/// Problems collected field by field, said in the window's language.
struct Problems<'a> {
    i18n: &'a I18n,
    list: Vec<FieldProblem>,
}

impl Problems<'_> {
    fn add(&mut self, field: &str, id: &str, value: &str) {
        let label = self.i18n.msg(&format!(
            "measures-ui-field-{}",
            field.split('.').next().unwrap_or(field)
        ));
        let reason = self.i18n.fmt(id, &[("value", FluentValue::from(value))]);
        self.list.push(FieldProblem {
            field: field.to_owned(),
            message: self.i18n.fmt_text(
                "measures-ui-field-problem",
                &[("field", label), ("reason", reason)],
            ),
        });
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Checks a form against the store; the row to write, or every problem by field.
fn check(
    store: &Store,
    form: &MeasureForm,
    i18n: &I18n,
) -> Result<Result<MeasureRow, Vec<FieldProblem>>, UseCaseError> {
    let mut p = Problems {
        i18n,
        list: Vec::new(),
    };
    let measures = store.measures()?;
    let code = form.code.trim();
    let editing = form.editing.as_deref().map(str::trim);
    if code.is_empty() {
        p.add("code", "measures-ui-error-required", "");
    } else if editing != Some(code) && measures.iter().any(|m| m.row.code == code) {
        p.add("code", "measures-ui-error-code-taken", code);
    }
    if let Some(original) = editing
        && !measures.iter().any(|m| m.row.code == original)
    {
        p.add("code", "measures-ui-error-gone", original);
    }
    let project_code = form.project_code.trim();
    let existing = store
        .key_projects()?
        .into_iter()
        .find(|k| k.code == project_code);
    let project = match existing {
        Some(project) => Some(project),
        None if project_code.is_empty() => {
            p.add("project", "measures-ui-error-required", "");
            None
        }
        None if form.project_title_zh.trim().is_empty()
            && form.project_title_en.trim().is_empty() =>
        {
            p.add("projectTitle", "measures-ui-error-title", "");
            None
        }
        None => Some(KeyProject {
            code: project_code.to_owned(),
            title_zh: form.project_title_zh.trim().to_owned(),
            title_en: form.project_title_en.trim().to_owned(),
        }),
    };
    if form.title_zh.trim().is_empty() && form.title_en.trim().is_empty() {
        p.add("title", "measures-ui-error-title", "");
    }
    let term = MeasureTerm::from_key(form.term.trim());
    if term.is_none() {
        p.add("term", "measures-ui-error-required", "");
    }
    let department = (
        form.owner_department.trim(),
        form.owner_department_en.trim(),
    );
    let named = !(department.0.is_empty() && department.1.is_empty());
    let owner = match (form.owner_stakeholder, !named) {
        (Some(_), false) => {
            p.add("owner", "measures-ui-error-two-owners", "");
            None
        }
        (Some(id), true) => {
            if !store.stakeholders()?.iter().any(|s| s.id == id) {
                p.add("owner", "measures-ui-error-unknown-owner", &id.to_string());
            }
            Some(MeasureOwner::Stakeholder(id))
        }
        (None, false) => Some(MeasureOwner::Department {
            zh: department.0.to_owned(),
            en: department.1.to_owned(),
        }),
        (None, true) => None,
    };
    let budget = match form.budget.trim() {
        "" => None,
        text => match parse_number(text) {
            Some(v) if v >= 0.0 => Some(v),
            Some(_) => {
                p.add("budget", "measures-ui-error-negative", text);
                None
            }
            None => {
                p.add("budget", "measures-ui-error-number", text);
                None
            }
        },
    };
    let mut day = |field: &str, text: &str| match text.trim() {
        "" => {
            p.add(field, "measures-ui-error-required", "");
            None
        }
        t => parse_date(t).or_else(|| {
            p.add(field, "measures-ui-error-date", t);
            None
        }),
    };
    let start = day("start", &form.start);
    let end = day("end", &form.end);
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        p.add("end", "measures-ui-error-end-before-start", "");
    }
    if let (Some(s), Some(original)) = (start, editing)
        && let Some(first) = measures
            .iter()
            .find(|m| m.row.code == original)
            .and_then(|m| m.progress.first())
        && first.on < s
    {
        p.add(
            "start",
            "measures-ui-error-start-after-progress",
            &format_date(i18n.locale(), first.on),
        );
    }
    let status = MeasureStatus::from_key(form.status.trim());
    if status.is_none() {
        p.add("status", "measures-ui-error-required", "");
    }
    let mut targets: Vec<ServedTarget> = Vec::new();
    for (i, t) in form.targets.iter().enumerate() {
        let subject = t.subject.trim();
        if subject.is_empty() {
            p.add(
                &format!("targets.{i}.subject"),
                "measures-ui-error-required",
                "",
            );
            continue;
        }
        if targets.iter().any(|x| x.subject == subject) {
            p.add(
                &format!("targets.{i}.subject"),
                "measures-ui-error-target-twice",
                subject,
            );
            continue;
        }
        let effect_value = match t.effect.trim() {
            "" => None,
            text => parse_number(text).or_else(|| {
                p.add(
                    &format!("targets.{i}.effect"),
                    "measures-ui-error-number",
                    text,
                );
                None
            }),
        };
        targets.push(ServedTarget {
            subject: subject.to_owned(),
            effect_value,
            effect_unit: t.unit.trim().to_owned(),
        });
    }
    let (Some(project), Some(term), Some(start), Some(end), Some(status)) =
        (project, term, start, end, status)
    else {
        return Ok(Err(p.list));
    };
    if !p.list.is_empty() {
        return Ok(Err(p.list));
    }
    Ok(Ok(MeasureRow {
        code: code.to_owned(),
        key_project: project,
        title_zh: form.title_zh.trim().to_owned(),
        title_en: form.title_en.trim().to_owned(),
        description_zh: form.description_zh.trim().to_owned(),
        description_en: form.description_en.trim().to_owned(),
        term,
        owner,
        budget_cny: budget,
        start,
        end,
        status,
        targets,
    }))
}

/// Adds or edits a measure from the form; every problem by field, and nothing saved, when
/// anything is wrong.
pub fn save(
    store: &mut Store,
    form: &MeasureForm,
    language: Language,
    at: NaiveDateTime,
) -> Result<Result<MeasuresStage, Vec<FieldProblem>>, UseCaseError> {
    store.require_dialogue()?;
    let i18n = I18n::new(locale(language));
    let row = match check(store, form, &i18n)? {
        Ok(row) => row,
        Err(problems) => return Ok(Err(problems)),
    };
    let write = MeasureWrite {
        row,
        progress: None,
    };
    match store.write_measures(&[write], at) {
        Ok(_) => Ok(Ok(stage(store, language)?)),
        // The store's own rule, should the form's check have missed it.
        Err(StoreError::Measure(MeasureRefusal::ProgressBeforeStart)) => Ok(Err(vec![refusal(
            "start",
            &MeasureRefusal::ProgressBeforeStart,
            &i18n,
        )])),
        Err(e) => Err(e.into()),
    }
}

fn refusal(field: &str, refusal: &MeasureRefusal, i18n: &I18n) -> FieldProblem {
    let (id, args) = refusal.message();
    FieldProblem {
        field: field.to_owned(),
        message: i18n.fmt_text(id, &args),
    }
}

/// Records a progress update; the store refuses one dated before the measure starts, said at
/// the date field, and nothing changes.
pub fn add_progress(
    store: &mut Store,
    form: &MeasureProgressForm,
    language: Language,
    at: NaiveDateTime,
) -> Result<Result<MeasuresStage, Vec<FieldProblem>>, UseCaseError> {
    store.require_dialogue()?;
    let i18n = I18n::new(locale(language));
    let mut p = Problems {
        i18n: &i18n,
        list: Vec::new(),
    };
    let on = match form.date.trim() {
        "" => {
            p.add("date", "measures-ui-error-required", "");
            None
        }
        t => parse_date(t).or_else(|| {
            p.add("date", "measures-ui-error-date", t);
            None
        }),
    };
    let percent = match form.percent.trim().trim_end_matches(['%', '％']) {
        "" => {
            p.add("percent", "measures-ui-error-required", "");
            None
        }
        t => match parse_number(t) {
            Some(v) if (0.0..=100.0).contains(&v) => Some(v),
            Some(_) => {
                p.add("percent", "measures-ui-error-percent", t);
                None
            }
            None => {
                p.add("percent", "measures-ui-error-number", t);
                None
            }
        },
    };
    let (Some(on), Some(percent)) = (on, percent) else {
        return Ok(Err(p.list));
    };
    let update = ProgressUpdate {
        on,
        percent,
        note: form.note.trim().to_owned(),
    };
    match store.add_measure_progress(&form.code, &update, at) {
        Ok(()) => Ok(Ok(stage(store, language)?)),
        Err(StoreError::Measure(r @ MeasureRefusal::ProgressBeforeStart)) => {
            Ok(Err(vec![refusal("date", &r, &i18n)]))
        }
        Err(StoreError::Measure(r @ MeasureRefusal::PercentOutOfRange)) => {
            Ok(Err(vec![refusal("percent", &r, &i18n)]))
        }
        Err(e) => Err(e.into()),
    }
}
