//! The BAU report: a scenario's assumptions with their sources, its charts, the milestone
//! table, the distance to the APEC and national goals, the Kaya decomposition and what the
//! data cannot show yet — in English, Chinese or both. The window's Export button,
//! `concord export bau` and the bench run this one path.

use concord_charts::Chart;
use concord_documents::{Block, Document, Figure, Table, Voice};
use concord_domain::bau::Assumption;
use concord_i18n::{FluentValue, I18n};
use concord_store::{ScenarioRecord, Store, StoreError};

use crate::bau::{
    GoalRow, MilestoneTable, Outlook, figure, goal_rows, grid_of, horizon, milestone_table, notes,
    outlook,
};
use crate::bau_charts::{Comparison, charts};
use crate::bau_view::comparison;
use crate::{ExportedPdf, Language, UseCaseError, city_for_file_name, language_suffix};

/// The report of the scenario `name` (the BAU when `None`).
pub fn export_bau(
    store: &Store,
    name: Option<&str>,
    language: Language,
) -> Result<ExportedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let scenario = store.scenario(name)?;
    let rows = store.scenario_assumptions(scenario.id)?;
    let projected = outlook(&rows, horizon(store)?).map_err(StoreError::Assumptions)?;
    let voice = Voice::new(language);
    let city = voice.joined(&dialogue.city_zh, &dialogue.city_en);
    // Another scenario is read against the BAU, drawn beside it in every chart.
    let reference = match store.scenarios()?.into_iter().find(|s| s.is_bau) {
        Some(bau) if bau.id != scenario.id => comparison(store, Some(&bau.name))?,
        _ => None,
    };
    let mut document = report(
        &scenario,
        &rows,
        &projected,
        reference.as_ref(),
        &city,
        &voice,
    );
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, document)?.render()?;
    Ok(ExportedPdf {
        bytes: pdf.bytes,
        pages: pdf.page_count,
        file_name: file_name(&dialogue.city_en, &scenario, language),
    })
}

/// `Weinan-BAU-bilingual.pdf`; a scenario named without Latin letters is named by its number.
fn file_name(city_en: &str, scenario: &ScenarioRecord, language: Language) -> String {
    let name = city_for_file_name(&scenario.name);
    let name = if name.chars().any(|c| c.is_ascii_alphanumeric()) {
        name
    } else {
        format!("scenario-{}", scenario.id)
    };
    format!(
        "{}-{}-{}.pdf",
        city_for_file_name(city_en),
        name,
        language_suffix(language)
    )
}

/// A message with variables in the voice's language, `中文 English` when bilingual.
fn words(voice: &Voice, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    voice.pick(voice.zh.fmt(id, args), voice.en.fmt(id, args))
}

/// A first-level heading: the Chinese with the English under it when bilingual.
fn heading(voice: &Voice, id: &str) -> Block {
    let (main, second) = voice.pair(&voice.zh.msg(id), &voice.en.msg(id));
    match second {
        Some(second) => Block::h1(main).with_secondary(second).into(),
        None => Block::h1(main).into(),
    }
}

fn report(
    scenario: &ScenarioRecord,
    rows: &[Assumption],
    outlook: &Outlook,
    reference: Option<&Comparison>,
    city: &str,
    voice: &Voice,
) -> Document {
    let name = FluentValue::from(scenario.name.clone());
    let end = FluentValue::from(outlook.projection.end_year.to_string());
    let title_args = [("scenario", name.clone())];
    let title = match voice.language {
        Language::Bilingual => voice.zh.fmt("bau-report-title", &title_args),
        _ => words(voice, "bau-report-title", &title_args),
    };
    let subtitle_args = [("city", FluentValue::from(city)), ("end", end.clone())];
    let subtitle = match voice.language {
        // Each line names the city in its own language: "渭南，预测至2060年" / "Weinan, …".
        Language::Bilingual => {
            let line = |i18n: &I18n| {
                let city = Voice::own_split_in(city, i18n);
                let args = [("city", FluentValue::from(city)), ("end", end.clone())];
                i18n.fmt("bau-report-subtitle", &args)
            };
            format!("{}\n{}", line(&voice.zh), line(&voice.en))
        }
        _ => words(voice, "bau-report-subtitle", &subtitle_args),
    };
    let mut doc = Document::new(title)
        .with_subtitle(subtitle)
        .with_language(match voice.language {
            Language::En => "en",
            Language::ZhCn | Language::Bilingual => "zh-CN",
        })
        .with_header(format!("{city} · {}", voice.label("bau-report-header")))
        .with_page_label(voice.page_label());
    // A bilingual report says so: the XMP lists English, its text carries `/Lang`.
    doc.metadata.other_languages = voice.language.other_tags();
    if voice.language == Language::Bilingual {
        let english = voice.en.fmt("bau-report-title", &title_args);
        doc.metadata.title_translations = vec![("en".to_owned(), english.clone())];
        doc.title_translation = Some(english);
    }
    if scenario.illustrative {
        voice.sentence(&mut doc, false, "bau-report-illustrative", &[]);
    }
    match (scenario.adopted_by_question_id, scenario.adopted_at) {
        (Some(question), Some(at)) => voice.sentence(
            &mut doc,
            false,
            "bau-report-adopted",
            &[
                ("question", FluentValue::from(question)),
                ("date", FluentValue::from(at.date().to_string())),
            ],
        ),
        _ => voice.sentence(&mut doc, false, "bau-report-draft", &[]),
    }

    doc.push(heading(voice, "bau-report-assumptions"));
    if rows.is_empty() {
        voice.sentence(&mut doc, false, "bau-report-no-rows", &[]);
    } else {
        doc.push(assumptions_table(rows, voice));
    }

    doc.push(heading(voice, "bau-milestones"));
    let milestones = milestone_table(outlook, voice);
    if !milestones.rows.is_empty() {
        doc.push(milestones_block(&milestones, voice));
    }
    let goals = goal_rows(outlook, voice);
    if !goals.is_empty() {
        doc.push(heading(voice, "bau-goals-heading"));
        doc.push(goals_block(&goals, voice));
    }
    if let Some(Ok(kaya)) = &outlook.kaya {
        doc.push(heading(voice, "bau-report-kaya"));
        // Each language says the unit its own way: 万吨CO2 in Chinese, × 10,000 t CO2 in English.
        let say = |i18n: &I18n, unit: &str| {
            i18n.fmt(
                "bau-report-kaya-text",
                &[
                    ("from", FluentValue::from(kaya.from_year.to_string())),
                    ("to", FluentValue::from(kaya.to_year.to_string())),
                    ("change", FluentValue::from(signed(kaya.change()))),
                    ("unit", FluentValue::from(unit.to_owned())),
                ],
            )
        };
        let (main, second) = voice.pair(
            &say(&voice.zh, kaya.unit.symbol()),
            &say(
                &voice.en,
                &concord_domain::bau::after_number(kaya.unit.english()),
            ),
        );
        doc.push(Block::paragraph(main));
        if let Some(second) = second {
            doc.push(Block::secondary(second));
        }
    }

    let keyed = charts(outlook, &scenario.name, reference, voice);
    if !keyed.is_empty() {
        doc.push(heading(voice, "bau-report-charts"));
    }
    for (number, mut keyed) in keyed.into_iter().enumerate() {
        let number = FluentValue::from((number + 1).to_string());
        let caption = |i18n: &I18n, title: &str| {
            i18n.fmt(
                "bau-report-figure",
                &[
                    ("number", number.clone()),
                    ("title", FluentValue::from(title.to_owned())),
                ],
            )
        };
        let caption = match voice.language {
            Language::En => caption(&voice.en, &keyed.title_en),
            Language::ZhCn => caption(&voice.zh, &keyed.title_zh),
            Language::Bilingual => format!(
                "{}\n{}",
                caption(&voice.zh, &keyed.title_zh),
                caption(&voice.en, &keyed.title_en)
            ),
        };
        // The caption under the chart says what its title would: print it once.
        match &mut keyed.chart {
            Chart::Line(c) => c.title.clear(),
            Chart::Bar(c) => c.title.clear(),
            Chart::Radar(c) => c.title.clear(),
            Chart::Roadmap(c) => c.title.clear(),
        }
        let height = if keyed.key == "kaya" { 200.0 } else { 250.0 };
        doc.push(Figure::new(keyed.chart, caption).with_height(height));
    }

    let missing = notes(outlook, voice);
    if !missing.is_empty() {
        doc.push(heading(voice, "bau-report-notes"));
        for note in missing {
            doc.push(Block::paragraph(note));
        }
    }
    doc
}

fn signed(value: f64) -> String {
    if value > 0.0 {
        format!("+{}", figure(value))
    } else {
        crate::bau::with_minus(&figure(value))
    }
}

fn assumptions_table(rows: &[Assumption], voice: &Voice) -> Table {
    let mut table = Table::new([
        (voice.label_cell("bau-ui-col-variable"), 2.4),
        (voice.label_cell("bau-ui-col-kind"), 2.2),
        (voice.label_cell("bau-ui-col-year"), 1.0),
        (voice.label_cell("bau-ui-col-value"), 1.5),
        (voice.label_cell("bau-ui-col-unit"), 1.5),
        (voice.label_cell("bau-ui-col-source"), 3.4),
    ]);
    for (row, grid) in rows.iter().zip(grid_of(rows)) {
        // "Elasticity to GDP" / "弹性系数（对地区生产总值）", each language in its own words.
        let kind = match row.step.driver() {
            Some(driver) => {
                let id = if grid.kind == "elasticity" {
                    "bau-kind-elasticity-to"
                } else {
                    "bau-kind-intensity-of"
                };
                let say = |i18n: &I18n| {
                    let driver = i18n.msg(&format!("bau-var-{}", driver.key()));
                    i18n.fmt(id, &[("driver", FluentValue::from(driver))])
                };
                voice.cell(&say(&voice.zh), &say(&voice.en))
            }
            None => voice.label_cell(&format!("bau-kind-{}", grid.kind)),
        };
        table.push_row([
            voice.label_cell(&format!("bau-var-{}", grid.variable)),
            kind,
            grid.year,
            grid.value,
            voice.cell(&grid.unit, &concord_domain::bau::in_english(&grid.unit)),
            voice.typed_cell(&grid.source),
        ]);
    }
    table
}

fn milestones_block(table: &MilestoneTable, voice: &Voice) -> Table {
    let mut columns = vec![
        (voice.label_cell("bau-milestone-series"), 3.0),
        (voice.label_cell("bau-milestone-unit"), 2.0),
    ];
    columns.extend(table.years.iter().map(|y| (y.to_string(), 1.3)));
    let mut out = Table::new(columns);
    for row in &table.rows {
        let mut cells = vec![row.label.clone(), row.unit.clone()];
        cells.extend(row.values.iter().cloned());
        out.push_row(cells);
    }
    out
}

fn goals_block(goals: &[GoalRow], voice: &Voice) -> Table {
    let mut out = Table::new([
        (voice.label_cell("bau-goal-col-goal"), 3.6),
        (voice.label_cell("bau-goal-col-value"), 2.0),
        (voice.label_cell("bau-goal-col-projected"), 2.0),
        (voice.label_cell("bau-goal-col-distance"), 1.2),
        (voice.label_cell("bau-goal-col-verdict"), 1.2),
    ]);
    for goal in goals {
        out.push_row([
            goal.label.clone(),
            goal.goal.clone(),
            goal.projected.clone(),
            goal.distance.clone(),
            goal.verdict.clone(),
        ]);
    }
    out
}
