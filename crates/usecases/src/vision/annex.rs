//! The declaration's annex: this version against the one before, each changed paragraph with
//! its insertions and deletions marked so that they survive black-and-white printing.

use concord_documents::{Align, Block, Document};
use concord_i18n::FluentValue;
use concord_vision::{Op, Presence, SectionKind, Span, Version};

use super::{Speech, VisionInput, arg, section_title};
use crate::Language;

/// `[+inserted+]`, `[−deleted−]`: marks that survive printing in black and white and
/// copying the text out.
pub fn marked_spans(spans: &[Span]) -> String {
    let mut out = String::new();
    for span in spans {
        match span.op {
            Op::Equal => out.push_str(&span.text),
            Op::Insert => {
                out.push_str("[+");
                out.push_str(&span.text);
                out.push_str("+]");
            }
            Op::Delete => {
                out.push_str("[−");
                out.push_str(&span.text);
                out.push_str("−]");
            }
        }
    }
    out
}

/// Where each paragraph stands: its section's title and its place in the section, from 1.
pub(crate) fn place_of(
    version: &Version,
    key: concord_vision::ParagraphKey,
) -> Option<(&SectionKind, usize)> {
    version.sections.iter().find_map(|section| {
        section
            .paragraphs
            .iter()
            .position(|p| p.key == key)
            .map(|i| (&section.kind, i + 1))
    })
}

/// The annex: this version against the one before, in the document's languages; a first
/// version has none.
pub(super) fn annex(doc: &mut Document, input: &VisionInput<'_>, speech: &Speech) {
    let version = input.version;
    // A first version has nothing before it to compare with, hence no annex.
    let Some(previous) = input.previous else {
        return;
    };
    doc.push(Block::PageBreak);
    doc.push(speech.heading(2, |i18n| {
        i18n.fmt("vision-doc-annex", &arg("number", previous.number))
    }));
    speech.sentence(doc, |i18n| i18n.msg("vision-doc-annex-legend"));
    let zh = concord_vision::diff_versions(previous, version, concord_vision::Language::Chinese);
    let en = concord_vision::diff_versions(previous, version, concord_vision::Language::English);
    let changed = |spans: &[Span]| spans.iter().any(|s| s.op != Op::Equal);
    let mut any = false;
    for (zh, en) in zh.iter().zip(&en) {
        let (show_zh, show_en) = match speech.voice.language {
            Language::En => (false, changed(&en.spans)),
            Language::ZhCn => (changed(&zh.spans), false),
            Language::Bilingual => {
                let either = changed(&zh.spans) || changed(&en.spans);
                (either, either)
            }
        };
        if !(show_zh || show_en) {
            continue;
        }
        any = true;
        let in_version = if zh.presence == Presence::Removed {
            previous
        } else {
            version
        };
        let (kind, number) = place_of(in_version, zh.key).unwrap_or((&SectionKind::Purpose, 0));
        let id = match zh.presence {
            Presence::Kept => "vision-doc-annex-paragraph",
            Presence::Added => "vision-doc-annex-added",
            Presence::Removed => "vision-doc-annex-removed",
        };
        doc.push(speech.heading(3, |i18n| {
            i18n.fmt(
                id,
                &[
                    ("section", FluentValue::from(section_title(i18n, kind))),
                    ("number", FluentValue::from(number)),
                ],
            )
        }));
        if show_zh && show_en {
            doc.push(
                Block::paragraph(marked_spans(&zh.spans))
                    .with_align(Align::Left)
                    .keep_with_next(),
            );
            doc.push(Block::secondary(marked_spans(&en.spans)).with_align(Align::Left));
        } else if show_zh {
            doc.push(Block::paragraph(marked_spans(&zh.spans)).with_align(Align::Left));
        } else {
            doc.push(Block::paragraph(marked_spans(&en.spans)).with_align(Align::Left));
        }
    }
    if !any {
        speech.sentence(doc, |i18n| {
            i18n.fmt("vision-doc-annex-none", &arg("number", previous.number))
        });
    }
}
