//! The report's two figures, public so the window draws the same charts: the scorecard's ten
//! essentials on a radar and the ranked deficits as bars.

use concord_charts::{Axis, Bar, BarChart, Chart, Lang, RadarChart, RadarSeries};
use concord_deficits::{Scorecard, Totals};
use concord_documents::Voice;

use super::RankedDeficit;
use crate::Language;

/// One workshop's outline on the radar: its name in the legend and its totals.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkshopScores {
    pub title: String,
    pub totals: Totals,
}

fn lang(language: Language) -> Lang {
    match language {
        Language::En => Lang::En,
        Language::ZhCn | Language::Bilingual => Lang::Zh,
    }
}

/// The ten essentials as spokes, each workshop an outline of its per cent of the maximum, so
/// essentials with few and many questions compare (and workshops of either level).
pub fn scorecard_radar(
    card: &Scorecard,
    workshops: &[WorkshopScores],
    language: Language,
) -> Chart {
    let voice = Voice::new(language);
    let categories = card
        .essentials
        .iter()
        .map(|e| {
            let (main, second) = voice.pair(&e.name_zh, &e.name_en);
            match second {
                Some(en) => format!("{}. {main}\n{en}", e.number),
                None => format!("{}. {main}", e.number),
            }
        })
        .collect();
    let series = workshops
        .iter()
        .map(|w| RadarSeries {
            name: w.title.clone(),
            values: card
                .essentials
                .iter()
                .map(|e| {
                    w.totals
                        .essentials
                        .iter()
                        .find(|t| t.number == e.number)
                        .map_or(0.0, |t| t.percent)
                })
                .collect(),
        })
        .collect();
    Chart::Radar(RadarChart {
        title: voice.label("deficits-report-radar-title"),
        lang: lang(language),
        categories,
        max: 100.0,
        series,
    })
}

/// The ranked deficits as horizontal bars, highest first, labelled by code and name; in a
/// bilingual report the English name on lines of its own under the Chinese (a missing name
/// falls back to the other language, as in the report's table).
pub fn deficits_bar(items: &[RankedDeficit], language: Language) -> Chart {
    let voice = Voice::shared(language);
    let bars = items
        .iter()
        .map(|d| {
            // One code for both names: the table gives the code a column of its own too.
            let name = voice.cell(&d.name_zh, &d.name_en);
            let label = if name.is_empty() {
                d.code.clone()
            } else {
                format!("{} {name}", d.code)
            };
            Bar::new(label, f64::from(d.points))
        })
        .collect();
    Chart::Bar(BarChart {
        title: voice.label("deficits-report-bar-title"),
        lang: lang(language),
        value_axis: Axis::new(voice.label("deficits-report-bar-axis"), ""),
        bars,
        waterfall: false,
    })
}
