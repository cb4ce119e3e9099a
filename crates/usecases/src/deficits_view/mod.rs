//! The Deficits stage as the window shows it: the indicators with their latest value against
//! the benchmark, the latest scorecard workshop with its radar, and the dialogue's ranking of
//! the deficits with its bars. The window enters one value, checks and imports a file of values
//! (all or nothing), scores a scorecard question and records the dots of a vote; every problem
//! is said in the language the window passes, checked by the same rules as the command line's
//! import (`concord_deficits::check_values`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDateTime;
use concord_deficits::ranking::{DEFAULT_DOTS, dot_vote};
use concord_deficits::{Catalogue, RankedItem, RowProblem, Scorecard, ValueProblem, check_values};
use concord_documents::Voice;
use concord_i18n::{FluentValue, I18n};
use concord_store::indicators::{OnDuplicateValue, StoredScore, Workshop};
use concord_store::{Store, StoreError};
use serde::{Deserialize, Serialize};

use crate::deficits::{Flag, WorkshopScores, deficits_bar, number, scorecard_radar, summary};
use crate::tables::{TableFormat, read_table};
use crate::{Language, UseCaseError};

mod benchmarks;
mod levels;
mod scorecard;
mod values;
mod votes;

pub use benchmarks::{BenchmarkEntry, remove_benchmark, set_benchmark};
pub(crate) use levels::card_of;
pub use levels::load_detailed;
pub use scorecard::{
    ComparisonView, EssentialChange, EssentialView, QuestionView, ScorecardView, WorkshopView,
    new_workshop, score_question,
};
use scorecard::{latest_workshop, scorecard_view};
pub use values::{check_import, enter_value, import_values};
use votes::ranking_view;
pub use votes::{VoteMethod, close_vote, open_vote, record_dots, record_order};

/// The size charts are laid out at in the window, in points; the SVG scales to its box.
const RADAR_SIZE: (f32, f32) = (460.0, 420.0);
const BAR_SIZE: (f32, f32) = (560.0, 320.0);

fn voice(language: Language) -> &'static Voice {
    static VOICES: [OnceLock<Voice>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match language {
        Language::En => 0,
        Language::ZhCn => 1,
        Language::Bilingual => 2,
    };
    VOICES[slot].get_or_init(|| Voice::new(language))
}

/// The bundle of the window's language (Chinese for both).
fn i18n(voice: &Voice) -> &I18n {
    match voice.language {
        Language::En => &voice.en,
        Language::ZhCn | Language::Bilingual => &voice.zh,
    }
}

fn corrupt(what: impl ToString) -> UseCaseError {
    UseCaseError::Store(StoreError::Corrupt(what.to_string()))
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The whole stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeficitsStage {
    pub catalogue_version: String,
    /// Indicators with a stored value or a benchmark, in catalogue order.
    pub indicators: Vec<IndicatorView>,
    /// Every indicator a city can report, to enter a value for one not listed yet.
    pub catalogue: Vec<CatalogueItem>,
    pub scorecard: ScorecardView,
    pub ranking: RankingView,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CatalogueItem {
    pub code: String,
    /// In the window's language.
    pub name: String,
    pub unit: String,
    /// Answered yes or no (是 / 否) rather than a number.
    pub yes_no: bool,
    /// Each value states the PPP base year of its GDP (7.3.1).
    pub needs_ppp_base_year: bool,
}

/// One indicator: its latest value, benchmark, gap and flag.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IndicatorView {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub year: Option<i32>,
    pub value: Option<f64>,
    /// The value as a person reads it (`yes` / `no` for a yes-or-no indicator), empty if none.
    pub value_text: String,
    /// How many years are stored.
    pub years: u32,
    pub benchmark: Option<BenchmarkView>,
    /// The gap in the indicator's unit, and in per cent of the benchmark where it has one.
    pub gap_text: String,
    /// `deficit`, `met`, `no-benchmark` or `no-value`.
    pub flag: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BenchmarkView {
    pub value: f64,
    /// The value as typed in the form: a yes-or-no indicator's `yes` or `no`, a number as is.
    pub value_input: String,
    /// `national-target`, `partner-city`, `who-guideline` or `dialogue-own`.
    pub kind_key: String,
    pub value_text: String,
    /// What kind of reference it is, in the window's language.
    pub kind: String,
    pub year: Option<i32>,
    pub source: String,
}

/// The latest ranking: who may vote, their dots, and the result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RankingView {
    /// `dots` or `borda` (each voter's order): the latest vote's method.
    pub method: String,
    /// The latest vote is open: dots or orders may be recorded.
    pub open: bool,
    /// A vote was ever opened; without one, or with the latest closed, a new vote puts
    /// `candidates` to the room.
    pub exists: bool,
    pub dots_each: u32,
    /// What the vote is on: the ranking's candidates, or what a new vote would put.
    pub candidates: Vec<Candidate>,
    pub voters: Vec<Voter>,
    pub result: Vec<RankedView>,
    pub by_sector: Vec<GroupView>,
    pub by_helix: Vec<GroupView>,
    /// The ranked deficits that got points as bars; empty before anyone voted.
    pub bar_svg: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub code: String,
    pub name: String,
}

/// A stakeholder who votes, with the dots they placed in the latest ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Voter {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub name: String,
    pub sector: String,
    pub helix: String,
    /// Dots per candidate code in a dot vote; empty before they voted.
    pub dots: BTreeMap<String, u32>,
    /// Candidate codes, first priority first, in a ranking vote; empty before they voted.
    pub order: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RankedView {
    pub code: String,
    pub name: String,
    pub rank: u32,
    pub tied: bool,
    pub points: u32,
}

/// One sector's or triple-helix group's own count.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    pub label: String,
    pub voters: u32,
    pub items: Vec<RankedView>,
}

/// One value typed in the window, as text, checked like a row of a file.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ValueEntry {
    pub code: String,
    pub year: String,
    pub value: String,
    pub unit: String,
    pub source: String,
    pub note: String,
    #[serde(default)]
    pub ppp_base_year: String,
}

/// A field's problem: `code`, `year`, `value`, `unit`, `pppBaseYear`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EntryProblem {
    pub field: String,
    pub message: String,
}

/// An entered value: saved with the stage as it now is, or refused with every problem.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EntryOutcome {
    pub problems: Vec<EntryProblem>,
    pub stage: Option<DeficitsStage>,
}

/// A problem of a file, by row and column; row 0 is the file as a whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportProblem {
    pub row: u32,
    pub column: String,
    pub reason: String,
}

/// What an import of a file would do or did: nothing is written while it has a problem.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ValuesImport {
    /// `csv` or `xlsx`, by the file's content.
    pub format: String,
    pub rows: u32,
    pub add: u32,
    pub update: u32,
    pub problems: Vec<ImportProblem>,
    pub written: bool,
}

/// The stage as the store holds it now.
pub fn stage(store: &Store, language: Language) -> Result<DeficitsStage, UseCaseError> {
    let voice = voice(language);
    let summary = summary(store)?;
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let values = store.indicator_values()?;
    let benchmarks = store.benchmarks()?;

    let mut indicators = Vec::new();
    for indicator in &catalogue.indicators {
        let name = voice.joined(&indicator.name_zh, &indicator.name_en);
        let years = values
            .iter()
            .filter(|v| indicator.answers_to(&v.code))
            .count();
        let line = summary
            .indicators
            .iter()
            .find(|l| l.code == indicator.code());
        let benchmark = indicator
            .codes
            .iter()
            .find_map(|c| benchmarks.get(c))
            .map(|b| BenchmarkView {
                value: b.value,
                value_input: match (indicator.yes_no, b.value >= 0.5) {
                    (true, true) => "yes".to_owned(),
                    (true, false) => "no".to_owned(),
                    (false, _) => number(b.value),
                },
                kind_key: kind_key(b.kind).to_owned(),
                value_text: shown(b.value, indicator.yes_no, voice),
                kind: voice.label(&format!("deficits-report-kind-{}", kind_key(b.kind))),
                year: b.year,
                source: b.source.clone(),
            });
        // The window speaks one language: its unit in that language.
        let unit = indicator
            .unit_in(voice.language == Language::ZhCn)
            .to_owned();
        let view = match line {
            Some(line) => IndicatorView {
                code: line.code.clone(),
                name,
                unit: unit.clone(),
                year: Some(line.year),
                value: Some(line.value),
                value_text: shown(line.value, line.yes_no, voice),
                years: count(years),
                benchmark,
                gap_text: line
                    .gap
                    .map(|g| gap_text(g, &unit, voice))
                    .unwrap_or_default(),
                flag: match line.flag {
                    Flag::Deficit => "deficit",
                    Flag::Met => "met",
                    Flag::NoBenchmark => "no-benchmark",
                }
                .to_owned(),
            },
            None if benchmark.is_some() => IndicatorView {
                code: indicator.code().to_owned(),
                name,
                unit: unit.clone(),
                year: None,
                value: None,
                value_text: String::new(),
                years: 0,
                benchmark,
                gap_text: String::new(),
                flag: "no-value".to_owned(),
            },
            None => continue,
        };
        indicators.push(view);
    }

    let catalogue_items = catalogue
        .reportable()
        .map(|i| CatalogueItem {
            code: i.code().to_owned(),
            name: voice.joined(&i.name_zh, &i.name_en),
            unit: i.unit_in(voice.language == Language::ZhCn).to_owned(),
            yes_no: i.yes_no,
            needs_ppp_base_year: i.needs_ppp_base_year,
        })
        .collect();

    Ok(DeficitsStage {
        catalogue_version: summary.catalogue_version.clone(),
        indicators,
        catalogue: catalogue_items,
        scorecard: scorecard_view(store, voice)?,
        ranking: ranking_view(store, &summary, &catalogue, voice)?,
    })
}

fn kind_key(kind: concord_deficits::BenchmarkKind) -> &'static str {
    use concord_deficits::BenchmarkKind as K;
    match kind {
        K::NationalTarget => "national-target",
        K::PartnerCity => "partner-city",
        K::WhoGuideline => "who-guideline",
        K::DialogueOwn => "dialogue-own",
    }
}

fn shown(value: f64, yes_no: bool, voice: &Voice) -> String {
    if yes_no {
        let id = if value >= 0.5 {
            "deficits-report-yes"
        } else {
            "deficits-report-no"
        };
        voice.label(id)
    } else {
        number(value)
    }
}

/// A gap as the report writes it: its unit and per cent in the window's language ("3.8%" in
/// Chinese, "3.8 %" in English), its share of the benchmark to a tenth.
fn gap_text(gap: concord_deficits::Gap, unit: &str, voice: &Voice) -> String {
    let units = crate::units_shown::with_unit(number(gap.units), unit, voice);
    match gap.percent {
        Some(p) => {
            let percent = voice.fmt_each("deficits-report-gap-percent", |_| {
                vec![(
                    "percent",
                    FluentValue::from(crate::deficits::percent_number(p)),
                )]
            });
            format!("{units} ({percent})")
        }
        None => units,
    }
}

fn svg(chart: &concord_charts::Chart, (width, height): (f32, f32)) -> String {
    let scene = concord_charts::layout(chart, width, height, &mut concord_charts::estimate_width);
    concord_charts::svg::render(&scene)
}
