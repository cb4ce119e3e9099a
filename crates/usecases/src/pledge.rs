//! The targets pledge: the adopted targets (the latest adopted revision) for 2030 and
//! mid-century with the kind of each, the SDGs it serves and its advantages for the community,
//! how and when they were adopted (meeting, question, outcome, date) and signature lines for
//! the focal point and the high-level representative; signed digitally through the same path
//! as the vision declaration. With no target adopted, the proposals are printed with a DRAFT
//! mark in the running header of every page. `concord export pledge` runs [`export_pledge`].

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use concord_documents::minutes_questions::outcome_text;
use concord_documents::{Block, Document, KeyValue, Signer, Table, Voice};
use concord_domain::Dialogue;
use concord_i18n::{FluentValue, I18n, Locale};
use concord_signing::CityRole;
use concord_store::{Store, StoredTarget};

use crate::bau::figure;
use crate::city_document::{city_document, place_and_date, running_header};
use crate::plan_subjects::{SubjectName, subject_names};
use crate::signing::DocumentSigning;
use crate::targets_words::kind_detail;
use crate::units_shown::with_unit;
use crate::{ExportedPdf, Language, UseCaseError, city_for_file_name, language_suffix};

/// Targets up to this year are intermediary (2030); later ones are for mid-century.
const INTERMEDIARY_UNTIL: i32 = 2040;

/// One question that adopted targets, as the pledge states it.
struct Adoption {
    meeting_zh: String,
    meeting_en: String,
    question_number: u32,
    outcome_zh: String,
    outcome_en: String,
    at: NaiveDateTime,
}

/// The pledge. With `signer`, the keys beside `db` sign it (created on first use) and the
/// certificate's fingerprint is printed in the footer first.
pub fn export_pledge(
    store: &Store,
    db: &Path,
    language: Language,
    signer: Option<CityRole>,
    now: DateTime<FixedOffset>,
) -> Result<ExportedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    // The latest adopted revision and the open revision's proposals.
    let all = store.current_targets()?;
    let adopted: Vec<StoredTarget> = all.iter().filter(|t| t.is_adopted()).cloned().collect();
    let draft = adopted.is_empty();
    let targets = if draft { all } else { adopted };
    let voice = Voice::shared(language);
    let subjects: Vec<&str> = targets.iter().map(|t| t.row.subject.as_str()).collect();
    let names = subject_names(store, &subjects, voice)?;
    let adoptions = adoptions(store, &targets, voice)?;
    let signing = signer.map(|role| DocumentSigning {
        db,
        dialogue: &dialogue,
        role,
        now,
    });
    let input = PledgeInput {
        dialogue: &dialogue,
        targets: &targets,
        names: &names,
        adoptions: &adoptions,
    };
    let mut document = pledge_document(&input, voice);
    crate::pledge_signatures::draw_on(&mut document, store)?;
    if let Some(signing) = &signing {
        document = document.with_footer_note(signing.footer_note(language)?);
        signing.mark(&mut document, language)?;
    }
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, document)?.render()?;
    let bytes = match &signing {
        Some(signing) => signing.sign(&pdf.bytes, language)?,
        None => pdf.bytes,
    };
    Ok(ExportedPdf {
        bytes,
        pages: pdf.page_count,
        file_name: format!(
            "{}-targets-pledge-{}{}{}.pdf",
            city_for_file_name(&dialogue.city_en),
            language_suffix(language),
            if draft { "-draft" } else { "" },
            if signer.is_some() { "-signed" } else { "" }
        ),
    })
}

/// Each question that adopted one of `targets`, in the order of adoption.
fn adoptions(
    store: &Store,
    targets: &[StoredTarget],
    voice: &Voice,
) -> Result<Vec<Adoption>, UseCaseError> {
    let mut seen: Vec<(i64, NaiveDateTime)> = Vec::new();
    for t in targets {
        if let (Some(q), Some(at)) = (t.adopted_by_question_id, t.adopted_at)
            && !seen.iter().any(|(id, _)| *id == q)
        {
            seen.push((q, at));
        }
    }
    let mut out = Vec::new();
    for (id, at) in seen {
        let record = store.question(id)?;
        let meeting = store.meeting(record.question.meeting_id)?.meeting;
        let outcome = record.state.outcome.as_ref();
        out.push(Adoption {
            meeting_zh: meeting.title_zh,
            meeting_en: meeting.title_en,
            question_number: crate::minutes::printed_number(store, &record)?,
            outcome_zh: outcome_text(outcome, &voice.zh),
            outcome_en: outcome_text(outcome, &voice.en),
            // The day the dialogue decided, rather than the day the set was recorded.
            at: record.decided_at.unwrap_or(at),
        });
    }
    out.sort_by_key(|a| a.at);
    Ok(out)
}

/// Everything the pledge shows, loaded by [`export_pledge`].
struct PledgeInput<'a> {
    dialogue: &'a Dialogue,
    targets: &'a [StoredTarget],
    names: &'a [SubjectName],
    adoptions: &'a [Adoption],
}

fn city(dialogue: &Dialogue, i18n: &I18n) -> String {
    match i18n.locale() {
        Locale::En => dialogue.city_en.trim().to_owned(),
        Locale::ZhCn => dialogue.city_zh.trim().to_owned(),
    }
}

fn each(voice: &Voice) -> Vec<&I18n> {
    match voice.language {
        Language::En => vec![&voice.en],
        Language::ZhCn => vec![&voice.zh],
        Language::Bilingual => vec![&voice.zh, &voice.en],
    }
}

fn heading(voice: &Voice, level: u8, id: &str) -> Block {
    let make = |text: String| match level {
        1 => Block::h1(text),
        _ => Block::h2(text),
    };
    match voice.language {
        Language::Bilingual => make(voice.zh.msg(id))
            .with_secondary(voice.en.msg(id))
            .into(),
        _ => make(voice.one(id)).into(),
    }
}

/// A sentence naming the city, the English in grey below the Chinese when bilingual.
fn city_sentence(doc: &mut Document, voice: &Voice, dialogue: &Dialogue, id: &str) {
    for (i, i18n) in each(voice).into_iter().enumerate() {
        let text = i18n.fmt(id, &[("city", FluentValue::from(city(dialogue, i18n)))]);
        if i == 0 {
            doc.push(Block::paragraph(text));
        } else {
            doc.push(Block::secondary(text));
        }
    }
}

/// Lays the pledge out, ready to render.
fn pledge_document(input: &PledgeInput<'_>, voice: &Voice) -> Document {
    let dialogue = input.dialogue;
    let language = voice.language;
    let title = |i18n: &I18n| {
        i18n.fmt(
            "pledge-doc-title",
            &[("city", FluentValue::from(city(dialogue, i18n)))],
        )
    };
    let (main, subtitle) = match language {
        Language::En => (title(&voice.en), voice.en.msg("pledge-doc-subtitle")),
        Language::ZhCn => (title(&voice.zh), voice.zh.msg("pledge-doc-subtitle")),
        Language::Bilingual => (title(&voice.zh), voice.caption("pledge-doc-subtitle")),
    };
    let draft = input.adoptions.is_empty();
    let header = if draft {
        each(voice)
            .into_iter()
            .map(|i18n| {
                i18n.fmt(
                    "pledge-doc-draft-header",
                    &[("city", FluentValue::from(city(dialogue, i18n)))],
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    } else {
        running_header(dialogue, voice)
    };
    let mut doc = city_document(dialogue, voice, main, subtitle, header, title(&voice.en));
    if draft {
        voice.sentence(&mut doc, false, "pledge-doc-draft-note", &[]);
    }
    city_sentence(&mut doc, voice, dialogue, "pledge-doc-intro");
    if input.targets.is_empty() {
        voice.sentence(&mut doc, false, "pledge-doc-none", &[]);
    }
    let short: Vec<usize> = (0..input.targets.len())
        .filter(|&i| input.targets[i].row.target_year <= INTERMEDIARY_UNTIL)
        .collect();
    let long: Vec<usize> = (0..input.targets.len())
        .filter(|&i| input.targets[i].row.target_year > INTERMEDIARY_UNTIL)
        .collect();
    for (id, rows) in [
        ("pledge-doc-short-term", short),
        ("pledge-doc-long-term", long),
    ] {
        if rows.is_empty() {
            continue;
        }
        doc.push(heading(voice, 2, id));
        doc.push(targets_table(input, &rows, voice));
    }
    advantages(&mut doc, input, voice);
    about(&mut doc, input, voice);
    signatures(&mut doc, input, voice);
    doc
}

/// The change from the baseline in per cent, `−20.5 %`; none from a zero baseline.
fn change(baseline: f64, target: f64, voice: &Voice) -> String {
    if baseline == 0.0 || !baseline.is_finite() || !target.is_finite() {
        return "—".to_owned();
    }
    let percent = (target - baseline) / baseline.abs() * 100.0;
    let sign = if percent < 0.0 { "−" } else { "+" };
    voice.percent(&format!("{sign}{:.1}", percent.abs()))
}

fn targets_table(input: &PledgeInput<'_>, rows: &[usize], voice: &Voice) -> Table {
    // Both languages in six columns leave the target's name a word a line: bilingual, its
    // goals share the kind's column.
    let bilingual = voice.language == Language::Bilingual;
    let mut columns = vec![(voice.label_cell("pledge-col-target"), 3.0)];
    if bilingual {
        columns.push((voice.label_cell("pledge-col-kind-sdg"), 2.4));
    } else {
        columns.push((voice.label_cell("pledge-col-kind"), 2.2));
        columns.push((voice.label_cell("pledge-col-sdg"), 1.2));
    }
    columns.extend([
        (voice.label_cell("pledge-col-baseline"), 1.8),
        (voice.label_cell("pledge-col-goal"), 1.8),
        (voice.label_cell("pledge-col-change"), 1.1),
    ]);
    let mut table = Table::new(columns);
    for &i in rows {
        let stored = &input.targets[i];
        let target = &stored.row;
        let name = &input.names[i];
        // The goals the target names; the subject's own goal when it names none.
        let goals: Vec<u8> = if stored.details.sdgs.is_empty() {
            name.sdg.into_iter().collect()
        } else {
            stored.details.sdgs.clone()
        };
        let goals_in = |i18n: &I18n| {
            goals
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(i18n.locale().list_separator())
        };
        let kind = voice.cell(
            &kind_detail(stored, &voice.zh),
            &kind_detail(stored, &voice.en),
        );
        let sdgs = if goals.is_empty() {
            "—".to_owned()
        } else {
            let say = |i18n: &I18n| {
                i18n.fmt(
                    "pledge-doc-sdg",
                    &[("goal", FluentValue::from(goals_in(i18n)))],
                )
            };
            voice.cell(&say(&voice.zh), &say(&voice.en))
        };
        let mut cells = vec![voice.cell(&name.name_zh, &name.name_en)];
        if bilingual {
            cells.push(format!("{kind}\n{sdgs}"));
        } else {
            cells.extend([kind, sdgs]);
        }
        cells.extend([
            voice.of_year(
                target.baseline_year,
                &with_unit(figure(target.baseline_value), &name.unit_shown, voice),
            ),
            voice.of_year(
                target.target_year,
                &with_unit(figure(target.target_value), &name.unit_shown, voice),
            ),
            change(target.baseline_value, target.target_value, voice),
        ]);
        table.push_row(cells);
    }
    table
}

/// The advantages for the community, once per subject and text, as a table beside the target
/// they come from: in the document's language, a missing translation said where it would
/// stand (with the other language's text after it); bilingual, the Chinese with the English
/// below.
fn advantages(doc: &mut Document, input: &PledgeInput<'_>, voice: &Voice) {
    if input.targets.is_empty() {
        return;
    }
    doc.push(heading(voice, 2, "pledge-doc-advantages"));
    let mut table = Table::new([
        (voice.label_cell("pledge-col-target"), 1.0),
        (voice.label_cell("pledge-doc-advantages"), 1.4),
    ]);
    let mut seen: Vec<(&str, &str, &str)> = Vec::new();
    for (target, name) in input.targets.iter().zip(input.names) {
        let details = &target.details;
        let (zh, en) = (details.advantages_zh.trim(), details.advantages_en.trim());
        let key = (target.row.subject.as_str(), zh, en);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let mark = |text: &str, other: &str, i18n: &I18n| -> String {
            match (text.is_empty(), other.is_empty()) {
                (false, _) => text.to_owned(),
                (true, true) => i18n.msg("targets-no-advantages"),
                (true, false) => i18n.msg("pledge-doc-untranslated"),
            }
        };
        let one = |own: &str, other: &str, i18n: &I18n| -> String {
            if own.is_empty() && !other.is_empty() {
                format!("{}\n{other}", mark(own, other, i18n))
            } else {
                mark(own, other, i18n)
            }
        };
        let said = match voice.language {
            Language::En => one(en, zh, &voice.en),
            Language::ZhCn => one(zh, en, &voice.zh),
            Language::Bilingual => {
                format!("{}\n{}", mark(zh, en, &voice.zh), mark(en, zh, &voice.en))
            }
        };
        table.push_row([voice.cell(&name.name_zh, &name.name_en), said]);
    }
    doc.push(Block::Table(table));
}

/// The state and, for adopted targets, each meeting, question, outcome and date.
fn about(doc: &mut Document, input: &PledgeInput<'_>, voice: &Voice) {
    doc.push(heading(voice, 2, "pledge-doc-about"));
    let both = |say: &dyn Fn(&I18n) -> String| {
        each(voice)
            .into_iter()
            .map(say)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let state = if input.adoptions.is_empty() {
        "pledge-doc-state-draft"
    } else {
        "pledge-doc-state-adopted"
    };
    let mut lines = vec![
        KeyValue::new(voice.label("pledge-doc-state"), both(&|i| i.msg(state))),
        KeyValue::new(
            voice.label("pledge-doc-count"),
            input.targets.len().to_string(),
        ),
    ];
    for adoption in input.adoptions {
        let meeting = voice.cell(&adoption.meeting_zh, &adoption.meeting_en);
        let question = both(&|i18n| {
            i18n.fmt(
                "pledge-doc-question",
                &[("number", FluentValue::from(adoption.question_number))],
            )
        });
        lines.push(KeyValue::new(
            voice.label("pledge-doc-adopted-in"),
            format!("{meeting}\n{question}"),
        ));
        lines.push(KeyValue::new(
            voice.label("pledge-doc-adopted-on"),
            both(&|i18n| i18n.date(adoption.at.date())),
        ));
        lines.push(KeyValue::new(
            voice.label("pledge-doc-outcome"),
            voice.cell(&adoption.outcome_zh, &adoption.outcome_en),
        ));
    }
    doc.push(Block::KeyValue(lines));
}

/// Signature lines for the focal point and the high-level representative, dated on adoption.
fn signatures(doc: &mut Document, input: &PledgeInput<'_>, voice: &Voice) {
    let dialogue = input.dialogue;
    let fp = &dialogue.focal_point;
    let hlr = &dialogue.high_level_rep;
    doc.push(Block::h2(voice.label("decl-signatures")));
    let date = match input.adoptions.last() {
        Some(adoption) => each(voice)
            .into_iter()
            .map(|i18n| i18n.date(adoption.at.date()))
            .collect::<Vec<_>>()
            .join(" / "),
        None => voice.label("decl-date-open"),
    };
    place_and_date(doc, dialogue, voice, &date);
    doc.push(Block::signatures([
        Signer::new(
            voice.caption("decl-role-focal-point"),
            voice.own(&fp.name_zh(), &fp.name_en()),
            voice.own(&fp.title_zh, &fp.title_en),
        )
        .signing_in(CityRole::FocalPoint.key()),
        Signer::new(
            voice.caption("decl-role-high-level-rep"),
            voice.own(&hlr.name_zh, &hlr.name_en),
            voice.own(&hlr.title_zh, &hlr.title_en),
        )
        .signing_in(CityRole::Representative.key()),
    ]));
}

#[cfg(test)]
mod tests {
    use super::change;
    use crate::Language;
    use concord_documents::Voice;

    #[test]
    fn the_change_is_signed_and_none_from_a_zero_baseline() {
        let en = Voice::new(Language::En);
        assert_eq!(change(44.0, 35.0, &en), "−20.5 %");
        assert_eq!(change(9.8, 25.0, &en), "+155.1 %");
        assert_eq!(change(0.0, 5.0, &en), "—");
        // Chinese writes the per cent sign against the number.
        assert_eq!(change(44.0, 35.0, &Voice::new(Language::ZhCn)), "−20.5%");
        assert_eq!(
            change(44.0, 35.0, &Voice::new(Language::Bilingual)),
            "−20.5%"
        );
    }
}
