//! The minutes of a meeting as a document: header, attendance and quorum, agenda with notes
//! and decisions, the ranking of the deficits, action items, addenda, signatures.

use concord_domain::{
    ActionItem, Addendum, AgendaItem, Attendance, Decision, Dialogue, Meeting, MeetingKind,
    MeetingState, Stakeholder,
};
use concord_i18n::{FluentValue, I18n};

use crate::voice::Voice;
use crate::{Block, Document, Signer, Table};

/// The language of an exported document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    ZhCn,
    /// Chinese first, each paragraph followed by its English.
    Bilingual,
}

impl Language {
    /// The PDF's language tag.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn | Language::Bilingual => "zh-CN",
        }
    }

    /// The document's languages besides [`Language::tag`]: English in a bilingual one.
    pub fn other_tags(self) -> Vec<String> {
        match self {
            Language::Bilingual => vec!["en".to_owned()],
            Language::En | Language::ZhCn => Vec::new(),
        }
    }
}

/// Everything the minutes show, loaded by the caller.
#[derive(Debug)]
pub struct MinutesInput<'a> {
    pub dialogue: &'a Dialogue,
    pub meeting: &'a Meeting,
    pub agenda: &'a [AgendaItem],
    /// Every person of the register with an attendance row, in register order.
    pub attendance: Vec<(&'a Stakeholder, &'a Attendance)>,
    /// The whole register: owners of action items and proxies are named from it.
    pub people: &'a [Stakeholder],
    pub decisions: &'a [Decision],
    pub action_items: &'a [ActionItem],
    pub addenda: &'a [Addendum],
    /// The consensus questions put to the meeting, with their rounds and outcomes.
    pub questions: &'a [concord_domain::QuestionRecord],
    /// What questions decided beyond their text, said under their headings.
    pub subject_lines: &'a [SubjectLine],
    /// The ranking of the deficits closed in the meeting, if one was.
    pub ranking: Option<&'a crate::minutes_ranking::MinutesRanking>,
}

/// A line said under a question's heading about what it decided beyond its text, e.g. the
/// version of the Vision it adopted or the amendment it settled; in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectLine {
    pub question_id: i64,
    pub zh: String,
    pub en: String,
}

impl<'a> MinutesInput<'a> {
    /// The minutes of `meeting` with its attendance rows matched to the register.
    pub fn new(
        dialogue: &'a Dialogue,
        meeting: &'a Meeting,
        agenda: &'a [AgendaItem],
        attendance: &'a [Attendance],
        people: &'a [Stakeholder],
    ) -> MinutesInput<'a> {
        let attendance = people
            .iter()
            .filter_map(|p| {
                attendance
                    .iter()
                    .find(|a| a.stakeholder_id == p.id)
                    .map(|a| (p, a))
            })
            .collect();
        MinutesInput {
            dialogue,
            meeting,
            agenda,
            attendance,
            people,
            decisions: &[],
            action_items: &[],
            addenda: &[],
            questions: &[],
            subject_lines: &[],
            ranking: None,
        }
    }

    /// The ranking of the deficits closed in the meeting.
    pub fn with_ranking(
        mut self,
        ranking: Option<&'a crate::minutes_ranking::MinutesRanking>,
    ) -> MinutesInput<'a> {
        self.ranking = ranking;
        self
    }

    /// What the questions decided beyond their text (a version of the Vision, an amendment).
    pub fn with_subject_lines(mut self, lines: &'a [SubjectLine]) -> MinutesInput<'a> {
        self.subject_lines = lines;
        self
    }

    pub fn with_questions(
        mut self,
        questions: &'a [concord_domain::QuestionRecord],
    ) -> MinutesInput<'a> {
        self.questions = questions;
        self
    }

    pub fn with_records(
        mut self,
        decisions: &'a [Decision],
        action_items: &'a [ActionItem],
        addenda: &'a [Addendum],
    ) -> MinutesInput<'a> {
        self.decisions = decisions;
        self.action_items = action_items;
        self.addenda = addenda;
        self
    }

    pub(crate) fn person(&self, id: i64) -> Option<&'a Stakeholder> {
        self.people.iter().find(|p| p.id == id)
    }
}

/// Lays the minutes out as a document, ready to render.
pub fn minutes_document(input: &MinutesInput<'_>, language: Language) -> Document {
    let voice = Voice::new(language);
    let questions = crate::minutes_questions::in_printed_order(input.questions, input.agenda);
    let input = &MinutesInput {
        questions: &questions,
        attendance: input.attendance.clone(),
        ..*input
    };
    let MinutesInput {
        dialogue, meeting, ..
    } = input;
    let (title, title_en) = voice.pair(&meeting.title_zh, &meeting.title_en);
    let kind_id = match meeting.kind {
        MeetingKind::Plenary => "minutes-kind-plenary",
        MeetingKind::WorkingGroup => "minutes-kind-working-group",
    };
    let city = voice.joined(&dialogue.city_zh, &dialogue.city_en);
    let mut doc = Document::new(title.clone())
        .with_subtitle(format!(
            "{} · {}",
            voice.label("minutes-title"),
            voice.label(kind_id)
        ))
        .with_language(language.tag())
        .with_author(voice.joined(
            &dialogue.focal_point.name_zh(),
            &dialogue.focal_point.name_en(),
        ))
        .with_header(running_header(&voice, &city))
        .with_page_label(voice.page_label());
    doc.metadata.other_languages = language.other_tags();
    if let Some(en) = title_en {
        doc.metadata.title_translations = vec![("en".to_owned(), en.clone())];
        doc.title_translation = Some(en);
    }

    doc.push(Block::key_values(header_lines(input, &voice)));
    crate::minutes_attendance::attendance(&mut doc, input, &voice);
    agenda(&mut doc, input, &voice);
    crate::minutes_ranking::ranking(&mut doc, input, &voice);
    action_items(&mut doc, input, &voice);
    addenda(&mut doc, input, &voice);

    doc.push(Block::h2(voice.label("minutes-signatures")));
    let fp = &dialogue.focal_point;
    // The focal point who chaired is called the chair here too, as in the header.
    let chaired =
        concord_domain::bilingual::split_scripts(&meeting.chair) == (fp.name_zh(), fp.name_en());
    let caption = if chaired {
        "minutes-chair"
    } else {
        "minutes-sign-focal-point"
    };
    doc.push(Block::signatures([
        Signer::new(
            voice.label(caption),
            voice.own(&fp.name_zh(), &fp.name_en()),
            voice.own(&fp.title_zh, &fp.title_en),
        ),
        Signer::new(
            voice.label("minutes-sign-secretary"),
            voice.name_split(&meeting.secretary),
            String::new(),
        ),
    ]));
    doc
}

fn running_header(voice: &Voice, city: &str) -> String {
    let args = [("city", FluentValue::from(city))];
    // Both languages would not fit one line; the Chinese header stands for the bilingual document.
    match voice.language {
        Language::En => voice.en.fmt("doc-running-header", &args),
        Language::ZhCn | Language::Bilingual => voice.zh.fmt("doc-running-header", &args),
    }
}

fn header_lines(input: &MinutesInput<'_>, voice: &Voice) -> Vec<(String, String)> {
    let meeting = input.meeting;
    // Each language names the person in its own script.
    let by_at = |name: &str, at: Option<chrono::NaiveDateTime>| match at {
        Some(at) => voice.fmt_each("minutes-opened-by", |l| {
            vec![
                ("name", FluentValue::from(name_in(l, name))),
                ("time", FluentValue::from(l.datetime(at))),
            ]
        }),
        None => voice.label("minutes-not-yet"),
    };
    // When it was held; the planned date beside it only when it was held on another day.
    let held_elsewhen = meeting
        .opened_at
        .filter(|at| meeting.held_on_another_day(*at));
    let mut lines = match held_elsewhen {
        Some(held) => vec![
            (voice.label("minutes-held"), voice.date_time(held)),
            (
                voice.label("minutes-planned-for"),
                voice.date_time(meeting.starts_at),
            ),
        ],
        None => vec![(
            voice.label("minutes-date"),
            voice.date_time(meeting.starts_at),
        )],
    };
    lines.extend(vec![
        (
            voice.label("minutes-place"),
            // An address is long: the English starts its own line, as the dates do.
            voice.cell(&meeting.place_zh, &meeting.place_en),
        ),
        (
            voice.label("minutes-chair"),
            voice.name_split(&meeting.chair),
        ),
        (
            voice.label("minutes-secretary"),
            voice.name_split(&meeting.secretary),
        ),
        (
            voice.label("minutes-opened"),
            by_at(&meeting.opened_by, meeting.opened_at),
        ),
        (
            voice.label("minutes-closed"),
            by_at(&meeting.closed_by, meeting.closed_at),
        ),
    ]);
    if !meeting.representative_name.trim().is_empty() {
        let name = voice.name_split(&meeting.representative_name);
        let title = voice.own_split(&meeting.representative_title);
        let comma = if voice.language == Language::En {
            ", "
        } else {
            "，"
        };
        let who = if title.is_empty() {
            name
        } else {
            format!("{name}{comma}{title}")
        };
        let after_secretary = lines.len() - 2;
        lines.insert(
            after_secretary,
            (voice.label("minutes-representative"), who),
        );
    }
    let approval = match (meeting.state, meeting.approved_at) {
        (MeetingState::Approved, Some(at)) => voice.fmt_each("minutes-approved-by", |l| {
            vec![
                ("name", FluentValue::from(name_in(l, &meeting.approved_by))),
                ("time", FluentValue::from(l.datetime(at))),
            ]
        }),
        _ => voice.label("minutes-draft"),
    };
    lines.push((voice.label("minutes-approval"), approval));
    let partner = voice.joined(
        &input.dialogue.partner_city_zh,
        &input.dialogue.partner_city_en,
    );
    if !partner.is_empty() {
        lines.push((voice.label("minutes-partner"), partner));
    }
    lines
}

/// A name kept Chinese first ("王志立 Wang Zhili") as one language writes it.
fn name_in(i18n: &I18n, name: &str) -> String {
    voice_of(i18n).name_split(name)
}

/// A text kept Chinese first (a rationale written in both) as one language says it, with
/// the note when only the other language exists.
pub(crate) fn text_in(i18n: &I18n, text: &str) -> String {
    voice_of(i18n).own_split(text)
}

fn voice_of(i18n: &I18n) -> &'static Voice {
    Voice::shared(match i18n.locale() {
        concord_i18n::Locale::En => Language::En,
        concord_i18n::Locale::ZhCn => Language::ZhCn,
    })
}

fn agenda(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    crate::minutes_sections::section(doc, voice, "minutes-agenda");
    for item in input.agenda {
        let (title, title_en) = voice.pair(&item.title_zh, &item.title_en);
        let number = FluentValue::from(item.position);
        let heading_zh = voice.zh.fmt(
            "minutes-item-heading",
            &[
                ("number", number.clone()),
                ("title", FluentValue::from(title.as_str())),
            ],
        );
        // The official style numbers this level （一）, as GB/T 9704 does.
        let official = format!(
            "（{}）{title}",
            crate::minutes_sections::next_subsection(doc)
        );
        let mut heading = Block::h3(heading_zh);
        if voice.language != Language::En {
            heading = heading.with_official(official);
        }
        if let Some(en) = title_en {
            heading = heading.with_secondary(en);
        }
        doc.push(heading);
        if !item.presenter.trim().is_empty() {
            // The presenter named in each language's script.
            let said = |i18n: &I18n| {
                let args = [
                    ("name", FluentValue::from(name_in(i18n, &item.presenter))),
                    ("minutes", FluentValue::from(item.planned_minutes)),
                ];
                // "· 15 min" stays with the name: a line never ends on the dot.
                i18n.fmt("minutes-presenter", &args)
                    .replace(" · ", "\u{a0}·\u{a0}")
            };
            let text = match voice.language {
                Language::En => said(&voice.en),
                Language::ZhCn => said(&voice.zh),
                Language::Bilingual => format!("{} / {}", said(&voice.zh), said(&voice.en)),
            };
            // A line of facts, set ragged: justified, its few spaces would stretch. It goes with
            // the notes below, on one line or two ("报告人… / Presented by…" in both languages).
            doc.push(
                Block::secondary(text)
                    .with_align(crate::model::Align::Left)
                    .keep_with_next(),
            );
        }
        let (notes, notes_en) = match voice.language {
            // Notes kept in the other language only are printed with the note that says so.
            Language::En | Language::ZhCn => (voice.own(&item.notes_zh, &item.notes_en), None),
            Language::Bilingual => voice.pair(&item.notes_zh, &item.notes_en),
        };
        if notes.is_empty() {
            doc.push(Block::secondary(voice.label_lines("minutes-no-notes")));
        } else {
            doc.push(Block::paragraph(notes));
            if let Some(en) = notes_en {
                doc.push(Block::secondary(en));
            }
        }
        crate::minutes_decisions::decisions(doc, input, voice, Some(item.id));
        crate::minutes_questions::push_item_questions(
            doc,
            (input.questions, input.subject_lines),
            input.people,
            item.id,
            voice.language,
        );
    }
    crate::minutes_questions::push_other_questions(
        doc,
        (input.questions, input.subject_lines),
        input.people,
        input.agenda,
        voice.language,
    );
    let loose = input.decisions.iter().any(|d| {
        d.agenda_item_id
            .is_none_or(|id| !input.agenda.iter().any(|i| i.id == id))
    });
    if loose {
        let heading = crate::minutes_sections::subsection(
            doc,
            voice.label("minutes-other-decisions"),
            voice.language,
        );
        doc.push(heading);
        crate::minutes_decisions::decisions(doc, input, voice, None);
    }
}

fn action_items(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    crate::minutes_sections::section(doc, voice, "minutes-actions");
    if input.action_items.is_empty() {
        doc.push(Block::secondary(voice.label_lines("minutes-no-actions")));
        return;
    }
    let mut table = Table::new([
        (voice.label_cell("minutes-col-number"), 0.07),
        (voice.label_cell("minutes-col-action"), 0.4),
        (voice.label_cell("minutes-col-owner"), 0.18),
        (voice.label_cell("minutes-col-due"), 0.22),
        (voice.label_cell("minutes-col-status"), 0.13),
    ]);
    for (index, item) in input.action_items.iter().enumerate() {
        let owner = item
            .owner_id
            .and_then(|id| input.person(id))
            .map(|p| voice.cell(&p.name_zh, &p.name_en))
            .unwrap_or_default();
        let due = item
            .due
            .map(|d| voice.cell(&voice.zh.date(d), &voice.en.date(d)))
            .unwrap_or_default();
        table.push_row([
            (index + 1).to_string(),
            voice.cell(&item.what_zh, &item.what_en),
            owner,
            due,
            voice.label_cell(&format!("minutes-status-{}", item.status.key())),
        ]);
    }
    doc.push(Block::Table(table));
}

fn addenda(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    if input.addenda.is_empty() {
        return;
    }
    crate::minutes_sections::section(doc, voice, "minutes-addenda");
    for addendum in input.addenda {
        let heading_in = |l: &concord_i18n::I18n| {
            l.fmt(
                "minutes-addendum-heading",
                &[
                    ("number", FluentValue::from(addendum.number)),
                    ("corrects", FluentValue::from(addendum.corrects.as_str())),
                    ("name", FluentValue::from(addendum.by.as_str())),
                    ("time", FluentValue::from(l.datetime(addendum.at))),
                ],
            )
        };
        let heading = crate::minutes_sections::subsection(
            doc,
            match voice.language {
                Language::En => heading_in(&voice.en),
                Language::ZhCn | Language::Bilingual => heading_in(&voice.zh),
            },
            voice.language,
        );
        doc.push(if voice.language == Language::Bilingual {
            heading.with_secondary(heading_in(&voice.en))
        } else {
            heading
        });
        let (text, text_en) = voice.pair(&addendum.text_zh, &addendum.text_en);
        doc.push(Block::paragraph(text));
        if let Some(en) = text_en {
            doc.push(Block::secondary(en));
        }
    }
}
