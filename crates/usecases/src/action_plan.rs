//! The Local Action Plan: the key projects with their measures (owner, budget in CNY, dates,
//! status), the roadmap of the measures by year, the key institutions and stakeholders of the
//! register with the measures each carries out, and the dialogue's decision rule in the words
//! the minutes use. `concord export action-plan` runs [`export_action_plan`].

use concord_charts::{Chart, Lang, RoadmapChart, RoadmapRow, number::format_value};
use concord_documents::minutes_questions::rule_name;
use concord_documents::{Block, Document, Figure, Table, Voice};
use concord_domain::{Dialogue, Stakeholder};
use concord_i18n::{FluentValue, I18n, Locale};
use concord_store::{KeyProject, MeasureOwner, Store, StoredMeasure};

use crate::{ExportedPdf, Language, UseCaseError, city_for_file_name, language_suffix};

/// Everything the plan shows.
struct PlanInput<'a> {
    dialogue: &'a Dialogue,
    projects: &'a [KeyProject],
    measures: &'a [StoredMeasure],
    stakeholders: &'a [Stakeholder],
}

/// The plan as it stands in the store. With no measure it still says how the dialogue
/// decides and who takes part, and says that there are no measures yet.
pub fn export_action_plan(store: &Store, language: Language) -> Result<ExportedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let projects = store.key_projects()?;
    let measures = store.measures()?;
    let stakeholders: Vec<Stakeholder> = store
        .stakeholders()?
        .into_iter()
        .filter(|s| !s.erased() && !s.withdrawn())
        .collect();
    let voice = Voice::shared(language);
    let input = PlanInput {
        dialogue: &dialogue,
        projects: &projects,
        measures: &measures,
        stakeholders: &stakeholders,
    };
    let mut doc = plan_document(&input, voice);
    doc.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, doc)?.render()?;
    Ok(ExportedPdf {
        bytes: pdf.bytes,
        pages: pdf.page_count,
        file_name: format!(
            "{}-action-plan-{}.pdf",
            city_for_file_name(&dialogue.city_en),
            language_suffix(language)
        ),
    })
}

fn city(dialogue: &Dialogue, i18n: &I18n) -> String {
    match i18n.locale() {
        Locale::En => dialogue.city_en.trim().to_owned(),
        Locale::ZhCn => dialogue.city_zh.trim().to_owned(),
    }
}

fn heading(voice: &Voice, level: u8, zh: &str, en: &str) -> Block {
    let make = |text: String| match level {
        1 => Block::h1(text),
        _ => Block::h2(text),
    };
    match voice.pair(zh, en) {
        (main, Some(second)) => make(main).with_secondary(second).into(),
        (main, None) => make(main).into(),
    }
}

fn heading_id(voice: &Voice, level: u8, id: &str) -> Block {
    heading(voice, level, &voice.zh.msg(id), &voice.en.msg(id))
}

/// A sentence said in each language with that language's own variables.
fn say_each<'v>(
    doc: &mut Document,
    voice: &Voice,
    id: &str,
    args: impl Fn(&I18n) -> Vec<(&'static str, FluentValue<'v>)>,
) {
    let text = |i18n: &I18n| i18n.fmt(id, &args(i18n));
    match voice.language {
        Language::En => doc.push(Block::paragraph(text(&voice.en))),
        Language::ZhCn => doc.push(Block::paragraph(text(&voice.zh))),
        Language::Bilingual => {
            doc.push(Block::paragraph(text(&voice.zh)).keep_with_next());
            doc.push(Block::secondary(text(&voice.en)))
        }
    };
}

/// `4,800万元` in Chinese, `CNY 48,000,000` in English.
fn money(i18n: &I18n, amount: f64) -> String {
    let lang = match i18n.locale() {
        Locale::En => Lang::En,
        Locale::ZhCn => Lang::Zh,
    };
    i18n.fmt(
        "plan-doc-budget",
        &[("amount", FluentValue::from(format_value(lang, amount)))],
    )
}

fn money_cell(voice: &Voice, amount: Option<f64>) -> String {
    match amount {
        Some(a) => voice.cell(&money(&voice.zh, a), &money(&voice.en, a)),
        None => "—".to_owned(),
    }
}

/// The organisation that carries a measure out, in both languages.
fn owner_names(owner: Option<&MeasureOwner>, people: &[Stakeholder]) -> (String, String) {
    match owner {
        Some(MeasureOwner::Department { zh, en }) => (zh.clone(), en.clone()),
        Some(MeasureOwner::Stakeholder(id)) => match people.iter().find(|s| s.id == *id) {
            Some(s)
                if !(s.organisation_zh.trim().is_empty()
                    && s.organisation_en.trim().is_empty()) =>
            {
                (s.organisation_zh.clone(), s.organisation_en.clone())
            }
            Some(s) => (s.name_zh.clone(), s.name_en.clone()),
            None => ("—".to_owned(), "—".to_owned()),
        },
        None => ("—".to_owned(), "—".to_owned()),
    }
}

fn plan_document(input: &PlanInput<'_>, voice: &Voice) -> Document {
    let dialogue = input.dialogue;
    let language = voice.language;
    let title = |i18n: &I18n| {
        i18n.fmt(
            "plan-doc-title",
            &[("city", FluentValue::from(city(dialogue, i18n)))],
        )
    };
    let (main, subtitle) = match language {
        Language::En => (title(&voice.en), voice.en.msg("plan-doc-subtitle")),
        Language::ZhCn => (title(&voice.zh), voice.zh.msg("plan-doc-subtitle")),
        Language::Bilingual => (title(&voice.zh), voice.caption("plan-doc-subtitle")),
    };
    let city_both = voice.joined(&dialogue.city_zh, &dialogue.city_en);
    let mut doc = Document::new(main)
        .with_subtitle(subtitle)
        .with_language(language.tag())
        .with_header(format!("{city_both} · {}", voice.label("plan-doc-header")))
        .with_page_label(voice.page_label());
    doc.metadata.other_languages = language.other_tags();
    if language == Language::Bilingual {
        doc.title_translation = Some(title(&voice.en));
    }
    if language == Language::Bilingual {
        doc.metadata.title_translations = vec![("en".to_owned(), title(&voice.en))];
    }
    voice.sentence(&mut doc, false, "plan-doc-intro", &[]);
    projects(&mut doc, input, voice);
    roadmap(&mut doc, input, voice);
    institutions(&mut doc, input, voice);
    mechanism(&mut doc, dialogue, voice);
    doc
}

/// Each key project with its measures, then the plan's total budget.
fn projects(doc: &mut Document, input: &PlanInput<'_>, voice: &Voice) {
    doc.push(heading_id(voice, 1, "plan-doc-projects"));
    if input.measures.is_empty() {
        voice.sentence(doc, false, "plan-doc-none", &[]);
        return;
    }
    for project in input.projects {
        let own: Vec<&StoredMeasure> = input
            .measures
            .iter()
            .filter(|m| m.row.key_project.code == project.code)
            .collect();
        if own.is_empty() {
            continue;
        }
        doc.push(heading(
            voice,
            2,
            &format!("{} {}", project.code, project.title_zh.trim()),
            &format!("{} {}", project.code, project.title_en.trim()),
        ));
        let budget: f64 = own.iter().filter_map(|m| m.row.budget_cny).sum();
        say_each(doc, voice, "plan-doc-project-summary", |i18n| {
            vec![
                ("count", FluentValue::from(own.len())),
                ("budget", FluentValue::from(money(i18n, budget))),
            ]
        });
        doc.push(measures_table(&own, input.stakeholders, voice));
    }
    let total: f64 = input.measures.iter().filter_map(|m| m.row.budget_cny).sum();
    say_each(doc, voice, "plan-doc-total", |i18n| {
        vec![("budget", FluentValue::from(money(i18n, total)))]
    });
}

fn measures_table(measures: &[&StoredMeasure], people: &[Stakeholder], voice: &Voice) -> Table {
    let mut table = Table::new([
        (voice.label_cell("plan-col-measure"), 3.3),
        (voice.label_cell("plan-col-owner"), 2.4),
        (voice.label_cell("plan-col-budget"), 2.0),
        (voice.label_cell("plan-col-dates"), 1.7),
        (voice.label_cell("plan-col-status"), 1.4),
    ]);
    for m in measures {
        let row = &m.row;
        let term = format!("measures-term-{}", row.term.key());
        let title = |i18n: &I18n, text: &str| {
            i18n.fmt(
                "plan-doc-measure-title",
                &[
                    ("code", FluentValue::from(row.code.as_str())),
                    ("title", FluentValue::from(text.trim())),
                    ("term", FluentValue::from(i18n.msg(&term))),
                ],
            )
        };
        let (owner_zh, owner_en) = owner_names(row.owner.as_ref(), people);
        table.push_row([
            voice.cell(
                &title(&voice.zh, &row.title_zh),
                &title(&voice.en, &row.title_en),
            ),
            voice.own_cell(&owner_zh, &owner_en),
            money_cell(voice, row.budget_cny),
            format!("{}\n– {}", row.start, row.end),
            voice.label_cell(&format!("measures-status-{}", row.status.key())),
        ]);
    }
    table
}

/// The measures as bars from their start year to their end year, coloured by key project.
pub(crate) fn roadmap_chart(
    input_projects: &[KeyProject],
    measures: &[StoredMeasure],
    voice: &Voice,
) -> Chart {
    use chrono::Datelike;
    let groups: Vec<&KeyProject> = input_projects
        .iter()
        .filter(|p| measures.iter().any(|m| m.row.key_project.code == p.code))
        .collect();
    Chart::Roadmap(RoadmapChart {
        title: String::new(),
        axis_title: voice.label("plan-doc-roadmap-axis"),
        // A legend entry is one line: both languages side by side after one code.
        groups: groups
            .iter()
            .map(|p| coded(&p.code, (voice.joined(&p.title_zh, &p.title_en), None)))
            .collect(),
        // A row label wraps: in a bilingual plan the English starts its own line, coded as
        // the measures table codes it, so either reader finds the bar.
        rows: measures
            .iter()
            .map(|m| RoadmapRow {
                label: coded(&m.row.code, voice.pair(&m.row.title_zh, &m.row.title_en)),
                start: m.row.start.year(),
                end: m.row.end.year(),
                group: groups
                    .iter()
                    .position(|p| p.code == m.row.key_project.code)
                    .unwrap_or(0),
            })
            .collect(),
    })
}

/// `M-01 title` in the document's language; bilingual, the Chinese then the English on a line
/// of its own, each with its code. A missing translation falls back as in the tables.
fn coded(code: &str, (main, second): (String, Option<String>)) -> String {
    let one = |title: &str| {
        if title.is_empty() {
            code.to_owned()
        } else {
            format!("{code} {title}")
        }
    };
    match second {
        Some(en) => format!("{}\n{}", one(&main), one(&en)),
        None => one(&main),
    }
}

/// A roadmap longer than this is drawn as one figure per key project (and per this many
/// measures), so that rows never get too thin for their labels.
const ROADMAP_ROWS: usize = 24;

/// Bilingual rows carry two labels each: fewer of them to a figure, each row taller.
const BILINGUAL_ROADMAP_ROWS: usize = 16;

/// The height of a roadmap row: one language's label takes a line, two languages' two or
/// three (a long English title wraps).
fn roadmap_row_height(language: Language) -> f32 {
    match language {
        Language::Bilingual => 28.0,
        Language::En | Language::ZhCn => 18.0,
    }
}

/// The measures in key-project order, as the tables list them, cut into figures of at most
/// `most` rows.
fn roadmap_chunks(
    projects: &[KeyProject],
    measures: &[StoredMeasure],
    most: usize,
) -> Vec<Vec<StoredMeasure>> {
    let by_project: Vec<Vec<StoredMeasure>> = projects
        .iter()
        .map(|p| {
            measures
                .iter()
                .filter(|m| m.row.key_project.code == p.code)
                .cloned()
                .collect::<Vec<_>>()
        })
        .filter(|own| !own.is_empty())
        .collect();
    let most = most.max(1);
    if by_project.iter().map(Vec::len).sum::<usize>() <= most {
        return vec![by_project.concat()];
    }
    by_project
        .iter()
        .flat_map(|own| own.chunks(most).map(<[StoredMeasure]>::to_vec))
        .collect()
}

fn roadmap(doc: &mut Document, input: &PlanInput<'_>, voice: &Voice) {
    if input.measures.is_empty() {
        return;
    }
    doc.push(heading_id(voice, 1, "plan-doc-roadmap"));
    let most = match voice.language {
        Language::Bilingual => BILINGUAL_ROADMAP_ROWS,
        Language::En | Language::ZhCn => ROADMAP_ROWS,
    };
    for (i, chunk) in roadmap_chunks(input.projects, input.measures, most)
        .iter()
        .enumerate()
    {
        let chart = roadmap_chart(input.projects, chunk, voice);
        let height = 70.0 + roadmap_row_height(voice.language) * chunk.len() as f32;
        let caption = voice.pick(
            voice.zh.fmt(
                "plan-doc-roadmap-figure",
                &[("number", FluentValue::from(i + 1))],
            ),
            voice.en.fmt(
                "plan-doc-roadmap-figure",
                &[("number", FluentValue::from(i + 1))],
            ),
        );
        doc.push(Figure::new(chart, caption).with_height(height));
    }
}

/// The organisations of the register (and the departments that own measures), with how many
/// members each has and the measures each carries out.
fn institutions(doc: &mut Document, input: &PlanInput<'_>, voice: &Voice) {
    doc.push(heading_id(voice, 1, "plan-doc-institutions"));
    // (organisation zh, en, sector key, members)
    let mut rows: Vec<(String, String, Option<&'static str>, usize)> = Vec::new();
    for s in input.stakeholders {
        let (zh, en) = (s.organisation_zh.trim(), s.organisation_en.trim());
        if zh.is_empty() && en.is_empty() {
            continue;
        }
        match rows.iter_mut().find(|r| r.0 == zh && r.1 == en) {
            Some(row) => row.3 += 1,
            None => rows.push((zh.to_owned(), en.to_owned(), Some(s.sector.key()), 1)),
        }
    }
    for m in input.measures {
        if let Some(MeasureOwner::Department { zh, en }) = &m.row.owner {
            let (zh, en) = (zh.trim(), en.trim());
            let same = |a: &str, b: &str| !a.is_empty() && a == b;
            if !rows.iter().any(|r| same(zh, &r.0) || same(en, &r.1)) {
                rows.push((zh.to_owned(), en.to_owned(), None, 0));
            }
        }
    }
    if rows.is_empty() {
        voice.sentence(doc, false, "plan-doc-institutions-none", &[]);
        return;
    }
    voice.sentence(doc, false, "plan-doc-institutions-intro", &[]);
    let mut table = Table::new([
        (voice.label_cell("plan-col-institution"), 3.8),
        (voice.label_cell("plan-col-sector"), 2.4),
        (voice.label_cell("plan-col-members"), 1.2),
        (voice.label_cell("plan-col-measures"), 1.8),
    ]);
    for (zh, en, sector, members) in &rows {
        let codes: Vec<&str> = input
            .measures
            .iter()
            .filter(|m| {
                let (ozh, oen) = owner_names(m.row.owner.as_ref(), input.stakeholders);
                (ozh.trim() == zh && !zh.is_empty()) || (oen.trim() == en && !en.is_empty())
            })
            .map(|m| m.row.code.as_str())
            .collect();
        table.push_row([
            voice.own_cell(zh, en),
            sector.map_or_else(
                || "—".to_owned(),
                |k| voice.label_cell(&format!("sector-{k}")),
            ),
            if *members == 0 {
                "—".to_owned()
            } else {
                members.to_string()
            },
            if codes.is_empty() {
                "—".to_owned()
            } else {
                codes.join(", ")
            },
        ]);
    }
    doc.push(table);
}

/// The decision rule in the words the minutes use for it.
fn mechanism(doc: &mut Document, dialogue: &Dialogue, voice: &Voice) {
    doc.push(heading_id(voice, 1, "plan-doc-mechanism"));
    voice.sentence(doc, false, "plan-doc-mechanism-intro", &[]);
    let rule = &dialogue.rule;
    let id = if concord_domain::consensus::is_majority_rule(rule.kind) {
        "question-rule-summary-majority"
    } else {
        "question-rule-summary"
    };
    say_each(doc, voice, id, |i18n| {
        vec![
            ("rule", FluentValue::from(rule_name(rule, i18n))),
            ("quorum", FluentValue::from(rule.quorum_percent)),
            ("rounds", FluentValue::from(rule.max_failed_rounds)),
        ]
    });
    let positions = if rule.anonymous {
        "plan-doc-mechanism-positions-anonymous"
    } else {
        "plan-doc-mechanism-positions-named"
    };
    voice.sentence(doc, false, positions, &[]);
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use concord_store::{KeyProject, MeasureRow, MeasureStatus, MeasureTerm, StoredMeasure};

    use super::{ROADMAP_ROWS, roadmap_chart, roadmap_chunks};
    use crate::Language;
    use concord_charts::Chart;
    use concord_documents::Voice;

    fn project(code: &str) -> KeyProject {
        KeyProject {
            code: code.into(),
            title_zh: code.into(),
            title_en: code.into(),
        }
    }

    fn measure(id: i64, project_code: &str) -> StoredMeasure {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        StoredMeasure {
            id,
            row: MeasureRow {
                code: format!("M-{id}"),
                key_project: project(project_code),
                title_zh: String::new(),
                title_en: String::new(),
                description_zh: String::new(),
                description_en: String::new(),
                term: MeasureTerm::Short,
                owner: None,
                budget_cny: None,
                start: day,
                end: day,
                status: MeasureStatus::NotStarted,
                targets: Vec::new(),
            },
            progress: Vec::new(),
        }
    }

    #[test]
    fn a_long_roadmap_is_cut_by_key_project_and_never_runs_too_many_rows() {
        let projects = [project("KP1"), project("KP2")];
        let few: Vec<StoredMeasure> = (0..6)
            .map(|i| measure(i, if i % 2 == 0 { "KP1" } else { "KP2" }))
            .collect();
        let chunks = roadmap_chunks(&projects, &few, ROADMAP_ROWS);
        assert_eq!(chunks.len(), 1);
        // Key-project order, as the tables list them.
        assert!(
            chunks[0][..3]
                .iter()
                .all(|m| m.row.key_project.code == "KP1")
        );

        let many: Vec<StoredMeasure> = (0..40)
            .map(|i| measure(i, if i < 30 { "KP1" } else { "KP2" }))
            .collect();
        let chunks = roadmap_chunks(&projects, &many, ROADMAP_ROWS);
        let sizes: Vec<usize> = chunks.iter().map(Vec::len).collect();
        assert_eq!(sizes, [ROADMAP_ROWS, 30 - ROADMAP_ROWS, 10]);
    }

    /// The roadmap's row labels and legend entries in `language`.
    fn roadmap_words(measures: &[StoredMeasure], language: Language) -> (Vec<String>, Vec<String>) {
        let projects = [
            KeyProject {
                code: "KP1".into(),
                title_zh: "蓝天保卫".into(),
                title_en: "Blue sky".into(),
            },
            project("KP2"),
        ];
        match roadmap_chart(&projects, measures, &Voice::new(language)) {
            Chart::Roadmap(c) => (c.rows.into_iter().map(|r| r.label).collect(), c.groups),
            other => panic!("a roadmap, not {other:?}"),
        }
    }

    #[test]
    fn roadmap_labels_speak_the_plans_languages() {
        let mut both = measure(1, "KP1");
        both.row.title_zh = "燃煤锅炉替代".into();
        both.row.title_en = "Clean boilers".into();
        let mut only_zh = measure(2, "KP2");
        only_zh.row.title_zh = "公交优先".into();
        let measures = [both, only_zh];

        let (rows, groups) = roadmap_words(&measures, Language::Bilingual);
        // The English on its own line under the Chinese, each with its code.
        assert_eq!(
            rows,
            ["M-1 燃煤锅炉替代\nM-1 Clean boilers", "M-2 公交优先"]
        );
        // A legend entry stays on one line.
        assert_eq!(groups, ["KP1 蓝天保卫 Blue sky", "KP2 KP2"]);

        let (rows, groups) = roadmap_words(&measures, Language::En);
        // A missing English title falls back to the Chinese, as the measures table does.
        assert_eq!(rows, ["M-1 Clean boilers", "M-2 公交优先"]);
        assert_eq!(groups, ["KP1 Blue sky", "KP2 KP2"]);

        let (rows, groups) = roadmap_words(&measures, Language::ZhCn);
        assert_eq!(rows, ["M-1 燃煤锅炉替代", "M-2 公交优先"]);
        assert_eq!(groups, ["KP1 蓝天保卫", "KP2 KP2"]);
    }
}
