//! Two versions compared paragraph by paragraph, in both languages: Chinese by character,
//! English by word.

use concord_store::Store;
use concord_vision::{ParagraphKey, Presence, Span};

use super::{ParagraphDiffView, SpanView, VisionDiffView, section_title};
use crate::{Language, UseCaseError};

pub(super) fn spans(spans: &[Span]) -> Vec<SpanView> {
    spans
        .iter()
        .map(|s| SpanView {
            op: match s.op {
                concord_vision::Op::Equal => "equal",
                concord_vision::Op::Insert => "insert",
                concord_vision::Op::Delete => "delete",
            }
            .to_owned(),
            text: s.text.clone(),
        })
        .collect()
}

/// Version `from` against version `to`, paragraph by paragraph, in both languages.
pub fn diff(
    store: &Store,
    from: u32,
    to: u32,
    language: Language,
) -> Result<VisionDiffView, UseCaseError> {
    let old = store.vision_version(Some(from))?.version;
    let new = store.vision_version(Some(to))?.version;
    let zh = concord_vision::diff_versions(&old, &new, concord_vision::Language::Chinese);
    let en = concord_vision::diff_versions(&old, &new, concord_vision::Language::English);
    let section_of = |key: ParagraphKey, removed: bool| {
        let version = if removed { &old } else { &new };
        version
            .sections
            .iter()
            .find(|s| s.paragraphs.iter().any(|p| p.key == key))
            .map(|s| section_title(&s.kind, language))
            .unwrap_or_default()
    };
    let changed = |s: &[Span]| s.iter().any(|s| s.op != concord_vision::Op::Equal);
    Ok(VisionDiffView {
        from,
        to,
        paragraphs: zh
            .iter()
            .zip(&en)
            .map(|(zh, en)| ParagraphDiffView {
                key: zh.key.0,
                presence: match zh.presence {
                    Presence::Kept => "kept",
                    Presence::Added => "added",
                    Presence::Removed => "removed",
                }
                .to_owned(),
                section: section_of(zh.key, zh.presence == Presence::Removed),
                changed: changed(&zh.spans) || changed(&en.spans),
                zh: spans(&zh.spans),
                en: spans(&en.spans),
            })
            .collect(),
    })
}
