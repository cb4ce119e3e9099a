//! An indicator's benchmark set, replaced or removed in the window: the reference value with its
//! kind (national target, partner city, WHO guideline, the dialogue's own), year and source,
//! checked field by field like a typed value; the flags and gaps follow at once.

use concord_deficits::{Benchmark, BenchmarkKind};

use super::*;

/// A benchmark as typed, every field as text.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BenchmarkEntry {
    pub code: String,
    pub value: String,
    /// `national-target`, `partner-city`, `who-guideline` or `dialogue-own`.
    pub kind: String,
    /// Empty when the reference has no year.
    pub year: String,
    pub source: String,
}

const KINDS: [BenchmarkKind; 4] = [
    BenchmarkKind::NationalTarget,
    BenchmarkKind::PartnerCity,
    BenchmarkKind::WhoGuideline,
    BenchmarkKind::DialogueOwn,
];

fn refused(problems: Vec<EntryProblem>) -> EntryOutcome {
    EntryOutcome {
        problems,
        stage: None,
    }
}

/// Checks the entry; the benchmark and the indicator's every code when it is sound.
fn checked(
    entry: &BenchmarkEntry,
    catalogue: &Catalogue,
    voice: &Voice,
) -> Result<(Benchmark, Vec<String>), Vec<EntryProblem>> {
    let say =
        |field: &str, id: &str, args: Vec<(&'static str, FluentValue<'static>)>| EntryProblem {
            field: field.into(),
            message: i18n(voice).fmt(id, &args),
        };
    let mut problems = Vec::new();
    // The value and the code are read as a file's row would be (a yes-or-no indicator takes
    // yes or no, 是 or 否); the year is optional here, so the row gets a placeholder.
    let headers: Vec<String> = ["code", "year", "value"].map(str::to_owned).to_vec();
    let row = vec![entry.code.clone(), "2000".into(), entry.value.clone()];
    let value = match check_values(&headers, &[(2, row)], catalogue) {
        Ok(values) => values.first().map(|v| v.value),
        Err(found) => {
            for p in found {
                if matches!(p.problem, ValueProblem::PppBaseYearMissing) {
                    continue;
                }
                let field = if p.column.as_deref() == Some("value") {
                    "value"
                } else {
                    "code"
                };
                problems.push(EntryProblem {
                    field: field.into(),
                    message: values::reason(&p.problem, voice),
                });
            }
            // Only the PPP base year was missing: the value itself is sound.
            if problems.is_empty() {
                concord_deficits::values::parse_number(&entry.value)
            } else {
                None
            }
        }
    };
    let kind = KINDS
        .into_iter()
        .find(|k| kind_key(*k) == entry.kind.trim());
    if kind.is_none() {
        problems.push(say(
            "kind",
            "deficits-ui-benchmark-kind-missing",
            Vec::new(),
        ));
    }
    let year = match entry.year.trim() {
        "" => None,
        text => match text
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
        {
            Some(y) => Some(y),
            None => {
                problems.push(say(
                    "year",
                    "values-year-out-of-range",
                    vec![("year", FluentValue::from(text.to_owned()))],
                ));
                None
            }
        },
    };
    let codes = catalogue
        .find(entry.code.trim())
        .map(|i| i.codes.clone())
        .unwrap_or_default();
    match (value, kind, problems.is_empty()) {
        (Some(value), Some(kind), true) => Ok((
            Benchmark {
                value,
                kind,
                year,
                source: entry.source.trim().to_owned(),
            },
            codes,
        )),
        _ => Err(problems),
    }
}

/// Sets or replaces the benchmark of one indicator, or says every problem by field with
/// nothing stored.
pub fn set_benchmark(
    store: &mut Store,
    entry: &BenchmarkEntry,
    language: Language,
) -> Result<EntryOutcome, UseCaseError> {
    store.require_dialogue()?;
    let voice = voice(language);
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let (benchmark, codes) = match checked(entry, &catalogue, voice) {
        Ok(found) => found,
        Err(problems) => return Ok(refused(problems)),
    };
    // One benchmark per indicator, kept under its first code (11.5.1, not 13.1.1).
    store.replace_benchmark(&codes, &benchmark)?;
    Ok(EntryOutcome {
        problems: Vec::new(),
        stage: Some(stage(store, language)?),
    })
}

/// Removes the benchmark of the indicator `code` (any of its codes); its flag becomes "no
/// benchmark". Removing one that is not there changes nothing.
pub fn remove_benchmark(
    store: &mut Store,
    code: &str,
    language: Language,
) -> Result<DeficitsStage, UseCaseError> {
    store.require_dialogue()?;
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let codes = catalogue
        .find(code.trim())
        .map_or_else(|| vec![code.trim().to_owned()], |i| i.codes.clone());
    store.remove_benchmarks(&codes)?;
    stage(store, language)
}
