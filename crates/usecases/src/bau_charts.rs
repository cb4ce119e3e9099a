//! The BAU stage's charts, built once from an outlook for the window (SVG) and the report
//! (vector paths in the PDF): each variable's history and projection, the intensities and
//! the renewables share with their goal lines, and the Kaya decomposition.

use concord_charts::{
    Axis, Bar, BarChart, Chart, Lang, LineChart, Reference as Line, Series, TargetPoint,
};
use concord_documents::Voice;
use concord_domain::bau::{Derived, Measure, Point, Variable};
use concord_i18n::FluentValue;

use crate::Language;
use crate::bau::{Outlook, SeriesKey, goal_message_id};

/// A chart with the key the window and the tests know it by, and its title in each language
/// (a caption says "Figure 2" in each language around its own title).
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedChart {
    pub key: String,
    pub chart: Chart,
    pub title_zh: String,
    pub title_en: String,
}

/// Every chart the outlook's data allows, in reading order: the five variables, energy
/// intensity, carbon intensity, then the Kaya decomposition.
/// Another scenario drawn beside the one shown, as LEAP compares a scenario with its reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub name: String,
    pub outlook: Outlook,
}

pub fn charts(
    outlook: &Outlook,
    scenario: &str,
    compare: Option<&Comparison>,
    voice: &Voice,
) -> Vec<KeyedChart> {
    let shown = Shown {
        outlook,
        scenario,
        compare,
    };
    let mut out = Vec::new();
    for variable in Variable::ALL {
        let key = SeriesKey::Variable(variable);
        let goals = match variable {
            Variable::RenewablesShare => Some(Measure::RenewablesShare),
            _ => None,
        };
        if let Some((chart, title_zh, title_en)) = line_chart(&shown, key, goals, voice) {
            out.push(KeyedChart {
                key: variable.key().to_owned(),
                chart,
                title_zh,
                title_en,
            });
        }
    }
    for (derived, measure) in [
        (Derived::EnergyIntensity, Measure::EnergyIntensity),
        (Derived::CarbonIntensity, Measure::CarbonIntensity),
    ] {
        let key = SeriesKey::Derived(derived);
        if let Some((chart, title_zh, title_en)) = line_chart(&shown, key, Some(measure), voice) {
            out.push(KeyedChart {
                key: derived.key().to_owned(),
                chart,
                title_zh,
                title_en,
            });
        }
    }
    if let Some((chart, title_zh, title_en)) = kaya_chart(outlook, voice) {
        out.push(KeyedChart {
            key: "kaya".to_owned(),
            chart,
            title_zh,
            title_en,
        });
    }
    out
}

/// The language numbers are written in: 万 and 亿 only for a Chinese-only reader, and not
/// when the unit already counts in them (`1.2万 亿元` reads badly).
pub fn number_lang(language: Language, unit: &str) -> Lang {
    match language {
        Language::ZhCn if !unit.contains(['万', '亿']) => Lang::Zh,
        _ => Lang::En,
    }
}

/// A title in each language, each with its own words for the variables: (zh, en).
fn titles(
    voice: &Voice,
    id: &str,
    args: impl Fn(&concord_i18n::I18n) -> Vec<(&'static str, FluentValue<'static>)>,
) -> (String, String) {
    (
        voice.zh.fmt(id, &args(&voice.zh)),
        voice.en.fmt(id, &args(&voice.en)),
    )
}

/// One series over the years, observed solid and projected dashed; with the goal lines of
/// `goals`: APEC's as labelled lines across the plot, the national ones as target points.
/// The scenario a chart is about, and the one it is compared with.
struct Shown<'a> {
    outlook: &'a Outlook,
    scenario: &'a str,
    compare: Option<&'a Comparison>,
}

fn line_chart(
    shown: &Shown<'_>,
    key: SeriesKey,
    goals: Option<Measure>,
    voice: &Voice,
) -> Option<(Chart, String, String)> {
    let (outlook, scenario) = (shown.outlook, shown.scenario);
    let (points, unit) = outlook.line(key)?;
    let (first, last) = (points.first()?.year, points.last()?.year);
    let name = voice.label(&key.message_id());
    let mut references = Vec::new();
    let mut targets = Vec::new();
    for reference in goals.iter().flat_map(|m| outlook.goals_on(*m)) {
        let label = voice.label(&goal_message_id(reference.goal.key));
        if reference.goal.national {
            targets.push(TargetPoint {
                x: f64::from(reference.goal.year),
                y: reference.value,
                label,
            });
        } else {
            references.push(Line::AtY {
                y: reference.value,
                label,
            });
        }
    }
    let title_id = if goals.is_some() {
        "bau-chart-goal-title"
    } else {
        "bau-chart-history"
    };
    let (title_zh, title_en) = titles(voice, title_id, |i18n| {
        let own = i18n.msg(&key.message_id());
        vec![
            ("scenario", FluentValue::from(scenario.to_owned())),
            ("variable", FluentValue::from(own.clone())),
            ("measure", FluentValue::from(own)),
            ("from", FluentValue::from(first.to_string())),
            ("to", FluentValue::from(last.to_string())),
        ]
    });
    let mut series = vec![line(scenario, points)];
    if let Some(other) = shown.compare
        && let Some((points, other_unit)) = other.outlook.line(key)
        // Only a series in the same unit can share the axis.
        && other_unit == unit
    {
        series.push(line(&other.name, points));
    }
    Some((
        Chart::Line(LineChart {
            title: voice.pick(title_zh.clone(), title_en.clone()),
            lang: number_lang(voice.language, &unit),
            x_axis: Axis::new(voice.label("bau-chart-year"), ""),
            years: true,
            y_axis: Axis::new(name, crate::units_shown::unit_voiced(&unit, voice)),
            series,
            references,
            bands: Vec::new(),
            targets,
            wedges: None,
            projected_label: voice.label("bau-chart-projected"),
            target_label: String::new(),
        }),
        title_zh,
        title_en,
    ))
}

/// A scenario's points, drawn dashed after its last observed year.
fn line(name: &str, points: &[Point]) -> Series {
    let series = Series::new(name, xy(points));
    let last = points.last().map_or(i32::MIN, |p| p.year);
    match last_observed(points) {
        Some(year) if year < last => series.projected_after(f64::from(year)),
        _ => series,
    }
}

fn xy(points: &[Point]) -> Vec<(f64, f64)> {
    points
        .iter()
        .map(|p| (f64::from(p.year), p.value))
        .collect()
}

fn last_observed(points: &[Point]) -> Option<i32> {
    points.iter().rev().find(|p| p.observed).map(|p| p.year)
}

/// The Kaya decomposition as a waterfall: the emissions of the first year, the four effects
/// stepping up or down from it, and the emissions they arrive at.
fn kaya_chart(outlook: &Outlook, voice: &Voice) -> Option<(Chart, String, String)> {
    let kaya = outlook.kaya.as_ref()?.as_ref().ok()?;
    let level = |year: i32, value: f64| {
        let label = voice.fmt_each("bau-kaya-level", |_| {
            vec![("year", FluentValue::from(year.to_string()))]
        });
        Bar::total(label.replace('\n', " "), value)
    };
    let names = [
        "bau-kaya-population",
        "bau-kaya-gdp_per_capita",
        "bau-kaya-energy_intensity",
        "bau-kaya-carbon_per_energy",
    ];
    let mut bars = vec![level(kaya.from_year, kaya.emissions_from)];
    bars.extend(
        names
            .iter()
            .zip(kaya.effects())
            .map(|(id, value)| Bar::new(voice.label(id), value)),
    );
    bars.push(level(kaya.to_year, kaya.emissions_to));
    let (title_zh, title_en) = titles(voice, "bau-kaya-title", |_| {
        vec![
            ("from", FluentValue::from(kaya.from_year.to_string())),
            ("to", FluentValue::from(kaya.to_year.to_string())),
        ]
    });
    let unit = kaya.unit.symbol();
    let chart = Chart::Bar(BarChart {
        title: voice.pick(title_zh.clone(), title_en.clone()),
        lang: number_lang(voice.language, unit),
        value_axis: Axis::new(
            voice.label("bau-kaya-axis"),
            crate::units_shown::unit_voiced(unit, voice),
        ),
        bars,
        waterfall: true,
    });
    Some((chart, title_zh, title_en))
}
