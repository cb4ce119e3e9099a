//! The measures' expected effects on a target, as wedges stacked under (or over) its BAU
//! line in the progress chart, so the room sees how much of the gap between the BAU and the
//! target path the planned measures close.
//!
//! A measure's effect is an annual rate once it runs (`−0.3 Mt CO2e/a`). It counts from the
//! year after its start on, in full: start dates fall anywhere in a year, and ramping up to
//! the end date would credit a measure that saves from its first month (rooftop solar
//! connected panel by panel) years too late. A cancelled measure counts for nothing; every
//! other status is still a plan. An effect in a unit that is neither the target's nor
//! convertible to it (µg/m³ against Mt CO2e) is not drawn, and the report says so.

use chrono::Datelike;
use concord_charts::Wedge;
use concord_documents::Voice;
use concord_domain::bau::{Unit, convert};
use concord_i18n::FluentValue;
use concord_store::{MeasureStatus, StoredMeasure};

/// The wedges of one subject, and the measures whose effect could not be drawn.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SubjectWedges {
    pub(crate) wedges: Vec<Wedge>,
    /// `M-03 (µg/m³)`: a measure's code and the unit its effect is given in.
    pub(crate) skipped: Vec<String>,
}

/// The wedges of the measures serving `subject`, in `unit`, in the order of their codes.
pub(crate) fn wedges(
    measures: &[StoredMeasure],
    subject: &str,
    unit: &str,
    voice: &Voice,
) -> SubjectWedges {
    let mut out = SubjectWedges::default();
    let mut serving: Vec<&StoredMeasure> = measures
        .iter()
        .filter(|m| m.row.status != MeasureStatus::Cancelled)
        .collect();
    serving.sort_by(|a, b| a.row.code.cmp(&b.row.code));
    for measure in serving {
        for served in measure.row.targets.iter().filter(|t| t.subject == subject) {
            let Some(value) = served.effect_value.filter(|v| v.is_finite() && *v != 0.0) else {
                continue;
            };
            let Some(factor) = factor(&served.effect_unit, unit) else {
                out.skipped.push(format!(
                    "{} ({})",
                    measure.row.code,
                    served.effect_unit.trim()
                ));
                continue;
            };
            let start = f64::from(measure.row.start.year());
            out.wedges.push(Wedge {
                label: format!(
                    "{} {}",
                    measure.row.code,
                    voice.joined(&measure.row.title_zh, &measure.row.title_en)
                ),
                effects: vec![(start, 0.0), (start + 1.0, value * factor)],
            });
        }
    }
    out
}

/// The note under a chart naming the measures whose effect is in another unit.
pub(crate) fn skipped_note(skipped: &[String], unit: &str, voice: &Voice) -> Option<String> {
    if skipped.is_empty() {
        return None;
    }
    let say = |i18n: &concord_i18n::I18n| {
        i18n.fmt(
            "progress-wedges-skipped",
            &[
                ("measures", FluentValue::from(skipped.join(", "))),
                ("unit", FluentValue::from(unit.to_owned())),
            ],
        )
    };
    Some(voice.pick(say(&voice.zh), say(&voice.en)))
}

/// How many of the target's unit one of the effect's unit is: 1 when they are written the
/// same way (ignoring spaces, case, CO₂ against CO2, CO2e against CO2 and a per-year suffix),
/// the exact factor between two units of one dimension, `None` otherwise.
pub(crate) fn factor(effect_unit: &str, target_unit: &str) -> Option<f64> {
    let (from, to) = (normalize(effect_unit), normalize(target_unit));
    if from.is_empty() || to.is_empty() {
        return None;
    }
    if from == to {
        return Some(1.0);
    }
    convert(1.0, Unit::parse(&from)?, Unit::parse(&to)?)
}

fn normalize(unit: &str) -> String {
    let mut u: String = unit
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '₂' { '2' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    // An annual effect against a yearly series: the rate is the series' unit.
    for suffix in ["/a", "/yr", "/year", "/年", "peryear", "每年"] {
        if let Some(stripped) = u.strip_suffix(suffix) {
            u = stripped.to_owned();
            break;
        }
    }
    // The emissions series are in CO2 equivalents whichever way they are written.
    u.replace("co2e", "co2")
        .replace("二氧化碳当量", "co2")
        .replace("二氧化碳", "co2")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use concord_store::{KeyProject, MeasureRow, MeasureTerm, ServedTarget};

    fn measure(
        code: &str,
        start: i32,
        status: MeasureStatus,
        effects: &[(&str, f64, &str)],
    ) -> StoredMeasure {
        let day = |y| NaiveDate::from_ymd_opt(y, 3, 1).unwrap_or_default();
        StoredMeasure {
            id: 1,
            row: MeasureRow {
                code: code.to_owned(),
                key_project: KeyProject {
                    code: "KP1".into(),
                    title_zh: "项目".into(),
                    title_en: "Project".into(),
                },
                title_zh: format!("措施{code}"),
                title_en: format!("Measure {code}"),
                description_zh: String::new(),
                description_en: String::new(),
                term: MeasureTerm::Short,
                owner: None,
                budget_cny: None,
                start: day(start),
                end: day(start + 3),
                status,
                targets: effects
                    .iter()
                    .map(|&(subject, value, unit)| ServedTarget {
                        subject: subject.into(),
                        effect_value: Some(value),
                        effect_unit: unit.into(),
                    })
                    .collect(),
            },
            progress: Vec::new(),
        }
    }

    fn en() -> Voice {
        Voice::new(crate::Language::En)
    }

    #[test]
    fn each_measure_counts_in_full_from_the_year_after_its_start() {
        let measures = [
            measure(
                "M-02",
                2025,
                MeasureStatus::Late,
                &[("emissions", -20.0, "万吨CO2/a")],
            ),
            measure(
                "M-01",
                2024,
                MeasureStatus::Completed,
                &[("emissions", -30.0, "万吨CO2/a")],
            ),
        ];
        let w = wedges(&measures, "emissions", "万吨CO2", &en());
        assert!(w.skipped.is_empty());
        assert_eq!(w.wedges.len(), 2);
        assert_eq!(w.wedges[0].label, "M-01 Measure M-01");
        assert_eq!(w.wedges[0].effects, vec![(2024.0, 0.0), (2025.0, -30.0)]);
        assert_eq!(w.wedges[1].effects, vec![(2025.0, 0.0), (2026.0, -20.0)]);
    }

    #[test]
    fn a_cancelled_measure_and_other_subjects_contribute_nothing() {
        let measures = [
            measure(
                "M-01",
                2024,
                MeasureStatus::Cancelled,
                &[("emissions", -30.0, "万吨CO2/a")],
            ),
            measure(
                "M-02",
                2024,
                MeasureStatus::OnTime,
                &[("13.2.2", -0.3, "Mt CO2e/a")],
            ),
            measure(
                "M-03",
                2024,
                MeasureStatus::Postponed,
                &[("emissions", 0.0, "万吨CO2/a")],
            ),
        ];
        let w = wedges(&measures, "emissions", "万吨CO2", &en());
        assert_eq!(w, SubjectWedges::default());
    }

    #[test]
    fn effects_are_converted_to_the_target_unit_or_named_as_skipped() {
        let measures = [
            measure(
                "M-01",
                2024,
                MeasureStatus::OnTime,
                &[("emissions", -0.3, "Mt CO2e/a")],
            ),
            measure(
                "M-02",
                2024,
                MeasureStatus::OnTime,
                &[("emissions", -5000.0, "t CO₂ per year")],
            ),
            measure(
                "M-03",
                2024,
                MeasureStatus::OnTime,
                &[("emissions", -2.0, "µg/m³")],
            ),
        ];
        let w = wedges(&measures, "emissions", "万吨CO2", &en());
        let effects: Vec<f64> = w.wedges.iter().map(|w| w.effects[1].1).collect();
        assert_eq!(effects.len(), 2);
        assert!((effects[0] + 30.0).abs() < 1e-9, "{effects:?}");
        assert!((effects[1] + 0.5).abs() < 1e-9, "{effects:?}");
        assert_eq!(w.skipped, vec!["M-03 (µg/m³)".to_owned()]);
        let note = skipped_note(&w.skipped, "万吨CO2", &en()).unwrap_or_default();
        assert!(
            note.contains("M-03 (µg/m³)") && note.contains("万吨CO2"),
            "{note}"
        );
        let zh = skipped_note(&w.skipped, "万吨CO2", &Voice::new(crate::Language::ZhCn))
            .unwrap_or_default();
        assert!(!zh.contains("unit"), "{zh}");
    }

    #[test]
    fn units_match_as_people_write_them() {
        assert_eq!(factor("%", "%"), Some(1.0));
        assert_eq!(factor("µg/m³", "µg/m³"), Some(1.0));
        assert_eq!(factor("Mt CO2e/a", "Mt CO2e"), Some(1.0));
        assert_eq!(factor("Mt CO2/a", "万吨CO2"), Some(100.0));
        assert_eq!(factor("万吨CO2/年", "t CO2"), Some(10_000.0));
        assert_eq!(factor("%", "Mt CO2e"), None);
        assert_eq!(factor("tce", "t CO2"), None);
        assert_eq!(factor("", "%"), None);
    }
}
