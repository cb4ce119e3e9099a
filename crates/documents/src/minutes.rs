//! The minutes of a meeting as a document: header, attendance, agenda with notes, signatures.

use concord_domain::{
    AgendaItem, Dialogue, Meeting, MeetingKind, Sector, Stakeholder, meeting::has_quorum,
};
use concord_i18n::{FluentValue, I18n, Locale};

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
}

/// Everything the minutes show, loaded by the caller.
#[derive(Debug)]
pub struct MinutesInput<'a> {
    pub dialogue: &'a Dialogue,
    pub meeting: &'a Meeting,
    pub agenda: &'a [AgendaItem],
    /// Every member of the register invited, with whether they were present.
    pub attendance: Vec<(&'a Stakeholder, bool)>,
}

/// Speaks one or both languages for the document.
struct Voice {
    language: Language,
    en: I18n,
    zh: I18n,
}

impl Voice {
    fn new(language: Language) -> Voice {
        Voice {
            language,
            en: I18n::new(Locale::En),
            zh: I18n::new(Locale::ZhCn),
        }
    }

    /// A label: `日期 Date` in bilingual documents.
    fn label(&self, id: &str) -> String {
        self.pick(self.zh.msg(id), self.en.msg(id))
    }

    fn fmt(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.pick(self.zh.fmt(id, args), self.en.fmt(id, args))
    }

    /// A sentence as a paragraph: in bilingual documents the Chinese, then the English in grey.
    fn sentence(
        &self,
        doc: &mut Document,
        secondary: bool,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) {
        let block = |text: String, grey: bool| {
            if grey {
                Block::secondary(text)
            } else {
                Block::paragraph(text)
            }
        };
        match self.language {
            Language::En => doc.push(block(self.en.fmt(id, args), secondary)),
            Language::ZhCn => doc.push(block(self.zh.fmt(id, args), secondary)),
            Language::Bilingual => {
                doc.push(block(self.zh.fmt(id, args), secondary));
                doc.push(Block::secondary(self.en.fmt(id, args)))
            }
        };
    }

    /// A table cell: in bilingual documents the Chinese and the English on two lines.
    fn cell(&self, zh: &str, en: &str) -> String {
        match self.pair(zh, en) {
            (main, Some(second)) => format!("{main}\n{second}"),
            (main, None) => main,
        }
    }

    fn label_cell(&self, id: &str) -> String {
        self.cell(&self.zh.msg(id), &self.en.msg(id))
    }

    fn pick(&self, zh: String, en: String) -> String {
        match self.language {
            Language::En => en,
            Language::ZhCn => zh,
            Language::Bilingual if zh == en => zh,
            Language::Bilingual => format!("{zh} {en}"),
        }
    }

    /// A text held in both languages: one of them, or `zh` then `en`, falling back to whichever exists.
    fn pair(&self, zh: &str, en: &str) -> (String, Option<String>) {
        let (zh, en) = (zh.trim(), en.trim());
        let main_zh = if zh.is_empty() { en } else { zh };
        let main_en = if en.is_empty() { zh } else { en };
        match self.language {
            Language::En => (main_en.to_owned(), None),
            Language::ZhCn => (main_zh.to_owned(), None),
            Language::Bilingual if zh.is_empty() || en.is_empty() || zh == en => {
                (main_zh.to_owned(), None)
            }
            Language::Bilingual => (zh.to_owned(), Some(en.to_owned())),
        }
    }

    fn joined(&self, zh: &str, en: &str) -> String {
        match self.pair(zh, en) {
            (main, Some(second)) => format!("{main} {second}"),
            (main, None) => main,
        }
    }

    fn date_time(&self, at: chrono::NaiveDateTime) -> String {
        self.pick(self.zh.datetime(at), self.en.datetime(at))
    }

    fn page_label(&self) -> crate::PageLabel {
        let language = self.language;
        let (zh, en) = (I18n::new(Locale::ZhCn), I18n::new(Locale::En));
        crate::PageLabel::new(move |page, total| {
            let args = [
                ("page", FluentValue::from(page)),
                ("total", FluentValue::from(total)),
            ];
            match language {
                Language::En => en.fmt("doc-page-of", &args),
                Language::ZhCn => zh.fmt("doc-page-of", &args),
                Language::Bilingual => format!(
                    "{} · {}",
                    zh.fmt("doc-page-of", &args),
                    en.fmt("doc-page-of", &args)
                ),
            }
        })
    }
}

/// Lays the minutes out as a document, ready to render.
pub fn minutes_document(input: &MinutesInput<'_>, language: Language) -> Document {
    let voice = Voice::new(language);
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
            &dialogue.focal_point.family_name,
            &dialogue.focal_point.first_name,
        ))
        .with_header(running_header(&voice, &city))
        .with_page_label(voice.page_label());
    if let Some(en) = title_en {
        doc.push(Block::secondary(en));
    }

    doc.push(Block::key_values(header_lines(input, &voice)));
    attendance(&mut doc, input, &voice);
    agenda(&mut doc, input, &voice);

    doc.push(Block::h2(voice.label("minutes-signatures")));
    let fp = &dialogue.focal_point;
    doc.push(Block::signatures([
        Signer::new(
            voice.label("minutes-sign-focal-point"),
            format!("{} {}", fp.family_name, fp.first_name),
            fp.title.clone(),
        ),
        Signer::new(
            voice.label("minutes-sign-secretary"),
            meeting.secretary.clone(),
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
    let by_at = |name: &str, at: Option<chrono::NaiveDateTime>| match at {
        Some(at) => voice.fmt(
            "minutes-opened-by",
            &[
                ("name", FluentValue::from(name)),
                ("time", FluentValue::from(voice.date_time(at))),
            ],
        ),
        None => voice.label("minutes-not-yet"),
    };
    let mut lines = vec![
        (
            voice.label("minutes-date"),
            voice.date_time(meeting.starts_at),
        ),
        (
            voice.label("minutes-place"),
            voice.joined(&meeting.place_zh, &meeting.place_en),
        ),
        (voice.label("minutes-chair"), meeting.chair.clone()),
        (voice.label("minutes-secretary"), meeting.secretary.clone()),
        (
            voice.label("minutes-opened"),
            by_at(&meeting.opened_by, meeting.opened_at),
        ),
        (
            voice.label("minutes-closed"),
            by_at(&meeting.closed_by, meeting.closed_at),
        ),
    ];
    let partner = voice.joined(
        &input.dialogue.partner_city_zh,
        &input.dialogue.partner_city_en,
    );
    if !partner.is_empty() {
        lines.push((voice.label("minutes-partner"), partner));
    }
    lines
}

fn attendance(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    doc.push(Block::h2(voice.label("minutes-attendance")));
    let voting = input.attendance.iter().filter(|(p, _)| p.votes()).count();
    let present_voting = input
        .attendance
        .iter()
        .filter(|(p, here)| *here && p.votes())
        .count();
    let quorum = input.dialogue.rule.quorum_percent;
    let reached = if has_quorum(present_voting, voting, quorum) {
        "yes"
    } else {
        "no"
    };
    voice.sentence(
        doc,
        false,
        "minutes-attendance-summary",
        &[
            ("present", FluentValue::from(present_voting)),
            ("members", FluentValue::from(voting)),
            ("quorum", FluentValue::from(quorum)),
            ("reached", FluentValue::from(reached)),
        ],
    );

    let present: Vec<&Stakeholder> = input
        .attendance
        .iter()
        .filter(|(_, here)| *here)
        .map(|(p, _)| *p)
        .collect();
    let by_sector: Vec<String> = Sector::ALL
        .iter()
        .filter_map(|sector| {
            let count = present.iter().filter(|p| p.sector == *sector).count();
            (count > 0).then(|| {
                voice.fmt(
                    "minutes-attendance-sector",
                    &[
                        (
                            "sector",
                            FluentValue::from(voice.label(&format!("sector-{}", sector.key()))),
                        ),
                        ("count", FluentValue::from(count)),
                    ],
                )
            })
        })
        .collect();
    if !by_sector.is_empty() {
        let separator = if voice.language == Language::En {
            "; "
        } else {
            "；"
        };
        doc.push(Block::paragraph(by_sector.join(separator)));
    }

    let mut table = Table::new([
        (voice.label_cell("minutes-col-number"), 0.07),
        (voice.label_cell("minutes-col-name"), 0.22),
        (voice.label_cell("minutes-col-organisation"), 0.39),
        (voice.label_cell("minutes-col-sector"), 0.18),
        (voice.label_cell("minutes-col-role"), 0.14),
    ]);
    for (index, person) in present.iter().enumerate() {
        table.push_row([
            (index + 1).to_string(),
            voice.cell(&person.name_zh, &person.name_en),
            voice.cell(&person.organisation_zh, &person.organisation_en),
            voice.label_cell(&format!("sector-{}", person.sector.key())),
            voice.label_cell(&format!("role-{}", person.role.key())),
        ]);
    }
    doc.push(Block::Table(table));

    let absent: Vec<&Stakeholder> = input
        .attendance
        .iter()
        .filter(|(_, here)| !*here)
        .map(|(p, _)| *p)
        .collect();
    if !absent.is_empty() {
        let names = |chinese: bool, separator: &str| {
            let names: Vec<&str> = absent.iter().map(|p| p.name(chinese)).collect();
            FluentValue::from(names.join(separator))
        };
        let zh = voice
            .zh
            .fmt("minutes-apologies", &[("names", names(true, "、"))]);
        let en = voice
            .en
            .fmt("minutes-apologies", &[("names", names(false, ", "))]);
        match voice.language {
            Language::En => doc.push(Block::paragraph(en)),
            Language::ZhCn => doc.push(Block::paragraph(zh)),
            Language::Bilingual => doc.push(Block::paragraph(zh)).push(Block::secondary(en)),
        };
    }
}

fn agenda(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    doc.push(Block::h2(voice.label("minutes-agenda")));
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
        let mut heading = Block::h3(heading_zh);
        if let Some(en) = title_en {
            heading = heading.with_secondary(en);
        }
        doc.push(heading);
        if !item.presenter.trim().is_empty() {
            let args = [
                ("name", FluentValue::from(item.presenter.as_str())),
                ("minutes", FluentValue::from(item.planned_minutes)),
            ];
            let text = match voice.language {
                Language::En => voice.en.fmt("minutes-presenter", &args),
                Language::ZhCn => voice.zh.fmt("minutes-presenter", &args),
                Language::Bilingual => format!(
                    "{} / {}",
                    voice.zh.fmt("minutes-presenter", &args),
                    voice.en.fmt("minutes-presenter", &args)
                ),
            };
            doc.push(Block::secondary(text));
        }
        let (notes, notes_en) = voice.pair(&item.notes_zh, &item.notes_en);
        if notes.is_empty() {
            doc.push(Block::secondary(voice.label("minutes-no-notes")));
        } else {
            doc.push(Block::paragraph(notes));
            if let Some(en) = notes_en {
                doc.push(Block::secondary(en));
            }
        }
    }
}
