//! The head every document the city signs shares: its title and subtitle, the focal point as
//! author, the running header and page labels, and its languages in the metadata.

use concord_documents::{Align, Block, Document, Voice};
use concord_domain::Dialogue;
use concord_i18n::FluentValue;

use crate::Language;

/// The running header of an adopted document: the city's name in the document's language(s).
pub(crate) fn running_header(dialogue: &Dialogue, voice: &Voice) -> String {
    let i18n = if voice.language == Language::En {
        &voice.en
    } else {
        &voice.zh
    };
    i18n.fmt(
        "doc-running-header",
        &[(
            "city",
            FluentValue::from(voice.joined(&dialogue.city_zh, &dialogue.city_en)),
        )],
    )
}

/// A document with its head; a bilingual one prints `english_title` under its title, in the
/// same weight, and records it as the title's translation.
pub(crate) fn city_document(
    dialogue: &Dialogue,
    voice: &Voice,
    title: String,
    subtitle: String,
    header: String,
    english_title: String,
) -> Document {
    let language = voice.language;
    let fp = &dialogue.focal_point;
    let mut doc = Document::new(title)
        .with_subtitle(subtitle)
        .with_language(language.tag())
        .with_author(voice.joined(&fp.name_zh(), &fp.name_en()))
        .with_header(header)
        .with_page_label(voice.page_label());
    doc.metadata.other_languages = language.other_tags();
    if language == Language::Bilingual {
        doc.metadata.title_translations = vec![("en".to_owned(), english_title.clone())];
        doc.title_translation = Some(english_title);
    }
    doc
}

/// The place and the date above the signature lines: "Place: Weinan" and "Date: …", with the
/// colon of the document's language; `date` is already written in that language (or both).
pub(crate) fn place_and_date(doc: &mut Document, dialogue: &Dialogue, voice: &Voice, date: &str) {
    // The colon of the label's last word: "地点：", "Place: ", "地点 Place: ".
    let with_colon = |label: String| {
        if label.ends_with(|c: char| c.is_ascii_alphanumeric()) {
            format!("{label}: ")
        } else {
            format!("{label}：")
        }
    };
    doc.push(
        Block::paragraph(format!(
            "{}{}\n{}{}",
            with_colon(voice.label("decl-place")),
            voice.joined(&dialogue.city_zh, &dialogue.city_en),
            with_colon(voice.label("decl-date")),
            date
        ))
        .with_align(Align::Left)
        .keep_with_next(),
    );
}
