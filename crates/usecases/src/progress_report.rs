//! The progress report of a year: every target with its status (a gauge that reads without
//! colour, and words), a summary table, and per subject a chart of the values observed, the
//! straight path from the baseline to each target and, for a BAU series, the BAU's projection
//! with the measures' expected effects stacked on it as wedges (`progress_wedges`).
//! `concord export progress` runs this path, optionally signed for the city.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use concord_charts::{Axis, Chart, LineChart, Series, TargetPoint, Wedges};
use concord_deficits::Catalogue;
use concord_documents::{Block, Document, Figure, Paragraph, Table, TextStyle, Voice};
use concord_i18n::FluentValue;
use concord_store::{Store, StoreError};

use crate::bau::{SeriesKey, figure, horizon, outlook};
use crate::bau_charts::number_lang;
use crate::signing::{CityRole, sign_pdf};
use crate::target_essentials::{EssentialSubject, names_card};
use crate::targets::{ProgressRow, progress};
use crate::{ExportedPdf, Language, UseCaseError, city_for_file_name, language_suffix};

#[path = "progress_wedges.rs"]
mod wedges;
use wedges::SubjectWedges;

/// Who signs a published report, and when.
#[derive(Debug, Clone, Copy)]
pub struct Signing<'a> {
    pub db: &'a Path,
    pub role: CityRole,
    pub now: DateTime<FixedOffset>,
}

/// The progress report on the values up to `year` (all values when `None`).
pub fn export_progress(
    store: &Store,
    year: Option<i32>,
    language: Language,
    signing: Option<Signing<'_>>,
) -> Result<ExportedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let rows = progress(store, year)?;
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let voice = Voice::new(language);
    let subjects = subjects(store, &rows, &catalogue, &voice)?;
    let city = voice.joined(&dialogue.city_zh, &dialogue.city_en);
    let shown_year = year.map_or_else(|| latest_year(&rows), Some);
    let checks = checks_in_both(store, &voice)?;
    let mut doc = document(&rows, &subjects, &checks, &city, shown_year, &voice);
    doc.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, doc)?.render()?;
    let bytes = match signing {
        Some(s) => sign_pdf(store, s.db, &pdf.bytes, s.role, s.now)?.bytes,
        None => pdf.bytes,
    };
    Ok(ExportedPdf {
        bytes,
        pages: pdf.page_count,
        file_name: format!(
            "{}-progress-{}-{}.pdf",
            city_for_file_name(&dialogue.city_en),
            shown_year.map_or_else(|| "all".to_owned(), |y| y.to_string()),
            language_suffix(language)
        ),
    })
}

fn latest_year(rows: &[ProgressRow]) -> Option<i32> {
    rows.iter().filter_map(|r| r.latest_year).max()
}

/// What a report says of one subject: its name in each language, its unit, the values
/// observed and, for a BAU series, the BAU's projection.
pub(crate) struct SubjectView {
    pub(crate) key: String,
    pub(crate) name_zh: String,
    pub(crate) name_en: String,
    /// The unit as stored and matched (a measure's effect is compared with it).
    pub(crate) unit: String,
    /// The unit as a Chinese page writes it (the same where the catalogue has no wording).
    pub(crate) unit_zh: String,
    observed: Vec<(f64, f64)>,
    bau: Option<Vec<(f64, f64)>>,
    /// The measures' effects, stacked on the BAU line (none without one).
    wedges: SubjectWedges,
}

impl SubjectView {
    /// The unit in the language `i18n` speaks.
    fn unit_for(&self, i18n: &concord_i18n::I18n) -> String {
        if i18n.locale() == concord_i18n::Locale::ZhCn {
            self.unit_zh.clone()
        } else {
            concord_domain::bau::in_english(&self.unit)
        }
    }
}

pub(crate) fn subjects(
    store: &Store,
    rows: &[ProgressRow],
    catalogue: &Catalogue,
    voice: &Voice,
) -> Result<Vec<SubjectView>, UseCaseError> {
    let values = store.indicator_values()?;
    let measures = store.measures()?;
    let bau = match store.scenarios()?.into_iter().find(|s| s.is_bau) {
        Some(record) => {
            let rows = store.scenario_assumptions(record.id)?;
            Some(outlook(&rows, horizon(store)?).map_err(StoreError::Assumptions)?)
        }
        None => None,
    };
    let mut out: Vec<SubjectView> = Vec::new();
    // The essentials' names are read once, when a first essential needs them.
    let mut card = None;
    for row in rows {
        if out.iter().any(|s| s.key == row.indicator) {
            continue;
        }
        let essential = EssentialSubject::from_key(&row.indicator)
            .filter(|_| catalogue.find(&row.indicator).is_none());
        let mut view = if let Some(essential) = essential {
            if card.is_none() {
                card = Some(names_card()?);
            }
            let card = card
                .as_ref()
                .ok_or_else(|| StoreError::Corrupt("no scorecard".into()))?;
            SubjectView {
                key: row.indicator.clone(),
                name_zh: essential.name(card, &voice.zh),
                name_en: essential.name(card, &voice.en),
                unit: essential.unit(&voice.en),
                unit_zh: essential.unit(&voice.zh),
                observed: essential
                    .observed(store)?
                    .into_iter()
                    .map(|(year, value)| (f64::from(year), value))
                    .collect(),
                bau: None,
                wedges: SubjectWedges::default(),
            }
        } else if let Some(indicator) = catalogue.find(&row.indicator) {
            SubjectView {
                key: row.indicator.clone(),
                name_zh: format!("{} {}", indicator.code(), indicator.name_zh),
                name_en: format!("{} {}", indicator.code(), indicator.name_en),
                unit: indicator.unit.clone(),
                unit_zh: indicator.unit_in(true).to_owned(),
                observed: values
                    .iter()
                    .filter(|v| indicator.answers_to(&v.code))
                    .map(|v| (f64::from(v.year), v.value))
                    .collect(),
                bau: None,
                wedges: SubjectWedges::default(),
            }
        } else {
            let key = SeriesKey::ALL
                .into_iter()
                .find(|k| k.key() == row.indicator);
            let line = key.and_then(|k| bau.as_ref().and_then(|o| o.line(k)));
            let points = |observed: bool| {
                line.as_ref().map(|(points, _)| {
                    points
                        .iter()
                        .filter(|p| !observed || p.observed)
                        .map(|p| (f64::from(p.year), p.value))
                        .collect::<Vec<_>>()
                })
            };
            let id = key.map_or_else(String::new, SeriesKey::message_id);
            SubjectView {
                key: row.indicator.clone(),
                name_zh: if id.is_empty() {
                    row.indicator.clone()
                } else {
                    voice.zh.msg(&id)
                },
                name_en: if id.is_empty() {
                    row.indicator.clone()
                } else {
                    voice.en.msg(&id)
                },
                unit: line
                    .as_ref()
                    .map_or_else(String::new, |(_, unit)| unit.clone()),
                unit_zh: line
                    .as_ref()
                    .map_or_else(String::new, |(_, unit)| unit.clone()),
                observed: points(true).unwrap_or_default(),
                bau: points(false),
                wedges: SubjectWedges::default(),
            }
        };
        // Wedges hang from the BAU line: a subject without one has nothing to stack them on.
        if view.bau.is_some() {
            view.wedges = wedges::wedges(&measures, &view.key, &view.unit, voice);
        }
        out.push(view);
    }
    Ok(out)
}

/// The gauge of four segments for a status, `●●●○`; empty when it cannot be assessed.
fn gauge(status: &str) -> String {
    let filled = match status {
        "achieved" => 4,
        "on-track" => 3,
        "acceleration-needed" => 2,
        "limited-progress" => 1,
        "deterioration" => 0,
        _ => return String::new(),
    };
    (0..4).map(|i| if i < filled { '●' } else { '○' }).collect()
}

/// `●●●○ On track`: the gauge, then the status in words, in the voice's language(s).
pub(crate) fn status_words(status: &str, voice: &Voice) -> String {
    with_gauge(
        status,
        voice.label(&format!("progress-status-{status}")),
        " ",
    )
}

/// The same for a table cell: the gauge on a line of its own, then the words in each language,
/// so a narrow column never breaks inside "进展有限".
fn status_cell(status: &str, voice: &Voice) -> String {
    let words = voice.label_cell(&format!("progress-status-{status}"));
    with_gauge(status, words, "\n")
}

/// The same in one language.
fn status_in(status: &str, i18n: &concord_i18n::I18n) -> String {
    with_gauge(status, i18n.msg(&format!("progress-status-{status}")), " ")
}

/// The status's gauge, `between`, then its words.
fn with_gauge(status: &str, words: String, between: &str) -> String {
    match gauge(status) {
        g if g.is_empty() => words,
        g => format!("{g}{between}{words}"),
    }
}

fn heading(voice: &Voice, zh: &str, en: &str) -> Block {
    match voice.pair(zh, en) {
        (main, Some(second)) => Block::h2(main).with_secondary(second).into(),
        (main, None) => Block::h2(main).into(),
    }
}

/// The checks of the current targets against APEC's goals and the national lines, each as
/// its Chinese and its English sentence; a proposed set's sentence says it is proposed.
fn checks_in_both(store: &Store, voice: &Voice) -> Result<Vec<(String, String)>, UseCaseError> {
    let targets = store.current_targets()?;
    let say = |i18n: &concord_i18n::I18n| -> Result<Vec<String>, UseCaseError> {
        Ok(crate::targets_checks::checks(store, &targets, i18n)?
            .into_iter()
            .map(|c| match c.state.as_str() {
                "proposed" => format!("{}{}", c.words, i18n.msg("progress-report-check-proposed")),
                _ => c.words,
            })
            .collect())
    };
    Ok(say(&voice.zh)?.into_iter().zip(say(&voice.en)?).collect())
}

/// The checks after the summary, one paragraph each, in the document's languages.
fn push_checks(doc: &mut Document, checks: &[(String, String)], voice: &Voice) {
    if checks.is_empty() {
        return;
    }
    doc.push(Block::h1(voice.label("progress-report-checks")));
    for (zh, en) in checks {
        match voice.language {
            Language::En => doc.push(Block::paragraph(en.clone())),
            Language::ZhCn => doc.push(Block::paragraph(zh.clone())),
            Language::Bilingual => doc
                .push(Block::paragraph(zh.clone()))
                .push(Block::secondary(en.clone())),
        };
    }
}

fn document(
    rows: &[ProgressRow],
    subjects: &[SubjectView],
    checks: &[(String, String)],
    city: &str,
    year: Option<i32>,
    voice: &Voice,
) -> Document {
    let year_text = year.map_or_else(String::new, |y| y.to_string());
    let title = |i18n: &concord_i18n::I18n| {
        i18n.fmt(
            "progress-report-title",
            &[("year", FluentValue::from(year_text.clone()))],
        )
    };
    let (main, subtitle) = match voice.language {
        Language::Bilingual => (title(&voice.zh), city.to_owned()),
        Language::En => (title(&voice.en), city.to_owned()),
        Language::ZhCn => (title(&voice.zh), city.to_owned()),
    };
    let mut doc = Document::new(main)
        .with_subtitle(subtitle)
        .with_language(match voice.language {
            Language::En => "en",
            _ => "zh-CN",
        })
        .with_header(format!(
            "{city} · {}",
            voice.label("progress-report-header")
        ))
        .with_page_label(voice.page_label());
    doc.metadata.other_languages = voice.language.other_tags();
    if voice.language == Language::Bilingual {
        doc.metadata.title_translations = vec![("en".to_owned(), title(&voice.en))];
        doc.title_translation = Some(title(&voice.en));
    }
    voice.sentence(&mut doc, false, "progress-report-method", &[]);
    if rows.is_empty() {
        voice.sentence(&mut doc, false, "progress-report-none", &[]);
        return doc;
    }
    doc.push(Block::h1(voice.label("progress-report-summary")));
    let mut table = Table::new([
        (voice.label_cell("progress-col-target"), 3.6),
        (voice.label_cell("progress-col-baseline"), 1.6),
        (voice.label_cell("progress-col-goal"), 1.6),
        (voice.label_cell("progress-col-latest"), 1.6),
        (voice.label_cell("progress-col-status"), 2.6),
    ]);
    for row in rows {
        let name = subjects
            .iter()
            .find(|s| s.key == row.indicator)
            .map_or_else(
                || row.indicator.clone(),
                |s| voice.cell(&s.name_zh, &s.name_en),
            );
        table.push_row([
            name,
            voice.of_year(row.baseline_year, &figure(row.baseline_value)),
            voice.of_year(row.target_year, &figure(row.target_value)),
            match (row.latest_year, row.latest_value) {
                (Some(y), Some(v)) => voice.of_year(y, &figure(v)),
                _ => "—".to_owned(),
            },
            status_cell(row.status, voice),
        ]);
    }
    doc.push(table);
    // Before the targets' own sections: the checks read the whole set.
    push_checks(&mut doc, checks, voice);
    doc.push(Block::h1(voice.label("progress-report-targets")));
    for (number, subject) in subjects.iter().enumerate() {
        doc.push(heading(voice, &subject.name_zh, &subject.name_en));
        let own: Vec<&ProgressRow> = rows.iter().filter(|r| r.indicator == subject.key).collect();
        for row in &own {
            // Each language with its own words for the status.
            let say = |i18n: &concord_i18n::I18n| {
                i18n.fmt(
                    "progress-report-line",
                    &[
                        ("year", FluentValue::from(row.target_year.to_string())),
                        ("value", FluentValue::from(figure(row.target_value))),
                        (
                            "unit",
                            FluentValue::from(concord_domain::bau::after_number(
                                &subject.unit_for(i18n),
                            )),
                        ),
                        ("status", FluentValue::from(status_in(row.status, i18n))),
                    ],
                )
            };
            // A target's status lines stay on the page of its chart, under their heading.
            let line = |text: String| Block::Paragraph(Paragraph::new(text).keep_with_next());
            match voice.language {
                Language::En => doc.push(line(say(&voice.en))),
                Language::ZhCn => doc.push(line(say(&voice.zh))),
                Language::Bilingual => doc.push(line(say(&voice.zh))).push(Block::Paragraph(
                    Paragraph::new(say(&voice.en))
                        .with_style(TextStyle::Secondary)
                        .keep_with_next(),
                )),
            };
        }
        let chart = chart(subject, &own, voice);
        let caption = voice.pick(
            voice.zh.fmt(
                "progress-report-figure",
                &[
                    ("number", FluentValue::from((number + 1).to_string())),
                    ("name", FluentValue::from(subject.name_zh.clone())),
                ],
            ),
            voice.en.fmt(
                "progress-report-figure",
                &[
                    ("number", FluentValue::from((number + 1).to_string())),
                    ("name", FluentValue::from(subject.name_en.clone())),
                ],
            ),
        );
        let height = if subject.wedges.wedges.is_empty() {
            220.0
        } else {
            280.0
        };
        doc.push(Figure::new(chart, caption).with_height(height));
        if let Some(note) = wedges::skipped_note(
            &subject.wedges.skipped,
            &crate::units_shown::unit_voiced(&subject.unit, voice),
            voice,
        ) {
            doc.push(Block::paragraph(note));
        }
    }
    doc
}

/// The values observed (solid), the straight path from the baseline through each target
/// (dashed), the BAU's projection for a BAU series with the measures' effects stacked on it
/// as wedges, and each target as a point.
pub(crate) fn chart(subject: &SubjectView, rows: &[&ProgressRow], voice: &Voice) -> Chart {
    let mut series = Vec::new();
    let mut wedges = None;
    if !subject.observed.is_empty() {
        series.push(Series::new(
            voice.label("progress-chart-observed"),
            subject.observed.clone(),
        ));
    }
    if let Some(first) = rows.first() {
        let mut path = vec![(f64::from(first.baseline_year), first.baseline_value)];
        let mut ahead: Vec<&&ProgressRow> = rows.iter().collect();
        ahead.sort_by_key(|r| r.target_year);
        path.extend(
            ahead
                .iter()
                .map(|r| (f64::from(r.target_year), r.target_value)),
        );
        series.push(
            Series::new(voice.label("progress-chart-path"), path)
                .projected_after(f64::from(first.baseline_year)),
        );
    }
    if let Some(bau) = &subject.bau {
        if !subject.wedges.wedges.is_empty() {
            wedges = Some(Wedges {
                on: series.len(),
                wedges: subject.wedges.wedges.clone(),
            });
        }
        series.push(
            Series::new("BAU", bau.clone())
                .projected_after(subject.observed.last().map_or(f64::MIN, |(x, _)| *x)),
        );
    }
    Chart::Line(LineChart {
        title: String::new(),
        lang: number_lang(voice.language, &subject.unit),
        x_axis: Axis::new(voice.label("bau-chart-year"), ""),
        years: true,
        // The caption names the subject; the axis says only what is measured in which unit,
        // so a long bilingual name does not run into the target's label.
        y_axis: Axis::new(
            voice.label("progress-report-chart-axis"),
            crate::deficits::unit_words(
                &concord_domain::bau::in_english(&subject.unit),
                &subject.unit_zh,
                voice,
            ),
        ),
        series,
        references: Vec::new(),
        bands: Vec::new(),
        targets: rows
            .iter()
            .map(|r| TargetPoint {
                x: f64::from(r.target_year),
                y: r.target_value,
                label: r.target_year.to_string(),
            })
            .collect(),
        wedges,
        projected_label: voice.label("bau-chart-projected"),
        target_label: voice.label("progress-chart-target"),
    })
}
