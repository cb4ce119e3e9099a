//! The headings of the minutes' sections and of the subsections under the agenda. The official
//! style numbers them as GB/T 9704 numbers its levels: sections 一、二、…, the subsections
//! under a section （一）（二）…, each by the headings printed before it; English keeps the
//! modern headings.

use concord_domain::declaration::chinese_numeral;

use crate::minutes::Language;
use crate::model::{Heading, HeadingLevel};
use crate::voice::Voice;
use crate::{Block, Document};

fn headings(doc: &Document) -> impl Iterator<Item = &Heading> {
    doc.blocks.iter().filter_map(|b| match b {
        Block::Heading(h) => Some(h),
        _ => None,
    })
}

/// Pushes the heading of the next section of the minutes, message `id` in the document's
/// language(s).
pub(crate) fn section(doc: &mut Document, voice: &Voice, id: &str) {
    let label = voice.label(id);
    let number = headings(doc)
        .filter(|h| h.level == HeadingLevel::H2)
        .count()
        + 1;
    let mut heading = Block::h2(label.clone());
    if voice.language != Language::En {
        heading = heading.with_official(format!("{}、{label}", chinese_numeral(number as u32)));
    }
    doc.push(heading);
}

/// The official number of the next subsection of the current section: 一 for the first.
pub(crate) fn next_subsection(doc: &Document) -> String {
    let before = headings(doc)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .take_while(|h| h.level != HeadingLevel::H2)
        .filter(|h| h.level == HeadingLevel::H3)
        .count();
    chinese_numeral(before as u32 + 1)
}

/// The heading of the next subsection of the current section, `text` in the document's
/// language(s); numbered after the subsections printed under the section so far.
pub(crate) fn subsection(doc: &Document, text: String, language: Language) -> Heading {
    let official = format!("（{}）{text}", next_subsection(doc));
    let heading = Block::h3(text);
    if language == Language::En {
        heading
    } else {
        heading.with_official(official)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_their_subsections_are_numbered_in_print_order() {
        let voice = Voice::new(Language::ZhCn);
        let mut doc = Document::new("");
        section(&mut doc, &voice, "minutes-attendance");
        section(&mut doc, &voice, "minutes-agenda");
        let first = subsection(&doc, "开幕".into(), Language::ZhCn);
        doc.push(first);
        let second = subsection(&doc, "其他问题".into(), Language::ZhCn);
        assert_eq!(second.official.as_deref(), Some("（二）其他问题"));
        doc.push(second);
        section(&mut doc, &voice, "minutes-actions");
        let official: Vec<_> = headings(&doc).filter_map(|h| h.official.clone()).collect();
        assert_eq!(
            official,
            [
                "一、出席情况",
                "二、议程与讨论",
                "（一）开幕",
                "（二）其他问题",
                "三、行动事项"
            ]
        );
        let english = subsection(&doc, "Other questions".into(), Language::En);
        assert_eq!(english.official, None);
    }
}
