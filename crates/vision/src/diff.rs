//! Comparing two versions paragraph by paragraph: Chinese by character, English by word.
//!
//! A "character" is a grapheme cluster, so 𠮷 (one code point outside the BMP) or a letter with
//! a combining mark is never split. English is cut at UAX #29 word boundaries, so words,
//! spaces and punctuation are units and the spans join back into the exact text.

use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffOp, capture_diff_slices};
use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Paragraph, ParagraphKey, Version};

/// Which text of the paragraphs is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "zh-CN")]
    Chinese,
    #[serde(rename = "en")]
    English,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A run of text that is the same in both versions, only in the new one, or only in the old.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub op: Op,
    pub text: String,
}

/// Whether a paragraph is in both versions compared or only in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Presence {
    Kept,
    Added,
    Removed,
}

/// The changes of one paragraph; a paragraph only in one version is one insert or delete
/// (or no span at all when it is empty, hence `presence`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphDiff {
    pub key: ParagraphKey,
    pub presence: Presence,
    pub spans: Vec<Span>,
}

/// Cuts a text into the units it is compared by.
pub fn units(text: &str, language: Language) -> Vec<&str> {
    match language {
        Language::Chinese => text.graphemes(true).collect(),
        Language::English => text.split_word_bounds().collect(),
    }
}

/// The spans that turn `old` into `new`, neighbouring units of the same kind joined.
pub fn diff_text(old: &str, new: &str, language: Language) -> Vec<Span> {
    let old_units = units(old, language);
    let new_units = units(new, language);
    let mut spans: Vec<Span> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_units, &new_units) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                push(
                    &mut spans,
                    Op::Equal,
                    &old_units[old_index..old_index + len],
                );
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(
                &mut spans,
                Op::Delete,
                &old_units[old_index..old_index + old_len],
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(
                &mut spans,
                Op::Insert,
                &new_units[new_index..new_index + new_len],
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(
                    &mut spans,
                    Op::Delete,
                    &old_units[old_index..old_index + old_len],
                );
                push(
                    &mut spans,
                    Op::Insert,
                    &new_units[new_index..new_index + new_len],
                );
            }
        }
    }
    spans
}

fn push(spans: &mut Vec<Span>, op: Op, units: &[&str]) {
    if units.is_empty() {
        return;
    }
    match spans.last_mut() {
        Some(last) if last.op == op => last.text.extend(units.iter().copied()),
        _ => spans.push(Span {
            op,
            text: units.concat(),
        }),
    }
}

/// The text a paragraph has in a language.
fn text_of(paragraph: &Paragraph, language: Language) -> &str {
    match language {
        Language::Chinese => &paragraph.text_zh,
        Language::English => &paragraph.text_en,
    }
}

/// Compares two versions in one language. Paragraphs are paired by key in the order of the
/// versions; one that was added, removed or moved shows whole as an insert or a delete.
pub fn diff_versions(old: &Version, new: &Version, language: Language) -> Vec<ParagraphDiff> {
    let old_paragraphs: Vec<&Paragraph> = old.paragraphs().collect();
    let new_paragraphs: Vec<&Paragraph> = new.paragraphs().collect();
    let old_keys: Vec<ParagraphKey> = old_paragraphs.iter().map(|p| p.key).collect();
    let new_keys: Vec<ParagraphKey> = new_paragraphs.iter().map(|p| p.key).collect();

    let mut diffs = Vec::with_capacity(new_paragraphs.len());
    let whole = |paragraph: &Paragraph, presence: Presence, op: Op| ParagraphDiff {
        key: paragraph.key,
        presence,
        spans: whole_span(text_of(paragraph, language), op),
    };
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        match op {
            DiffOp::Equal { .. } => {
                for (before, after) in old_paragraphs[old_range]
                    .iter()
                    .zip(&new_paragraphs[new_range])
                {
                    diffs.push(ParagraphDiff {
                        key: after.key,
                        presence: Presence::Kept,
                        spans: diff_text(
                            text_of(before, language),
                            text_of(after, language),
                            language,
                        ),
                    });
                }
            }
            DiffOp::Delete { .. } | DiffOp::Insert { .. } | DiffOp::Replace { .. } => {
                diffs.extend(
                    old_paragraphs[old_range]
                        .iter()
                        .map(|p| whole(p, Presence::Removed, Op::Delete)),
                );
                diffs.extend(
                    new_paragraphs[new_range]
                        .iter()
                        .map(|p| whole(p, Presence::Added, Op::Insert)),
                );
            }
        }
    }
    diffs
}

fn whole_span(text: &str, op: Op) -> Vec<Span> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Span {
            op,
            text: text.to_owned(),
        }]
    }
}

/// The old text again: the equal and deleted spans in order.
pub fn old_text(spans: &[Span]) -> String {
    joined(spans, Op::Delete)
}

/// The new text again: the equal and inserted spans in order.
pub fn new_text(spans: &[Span]) -> String {
    joined(spans, Op::Insert)
}

fn joined(spans: &[Span], side: Op) -> String {
    spans
        .iter()
        .filter(|s| s.op == Op::Equal || s.op == side)
        .map(|s| s.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(op: Op, text: &str) -> Span {
        Span {
            op,
            text: text.to_owned(),
        }
    }

    #[test]
    fn chinese_is_compared_by_character_and_keeps_a_supplementary_character_whole() {
        let spans = diff_text("渭南𠮷祥", "渭南吉祥", Language::Chinese);
        assert_eq!(
            spans,
            vec![
                span(Op::Equal, "渭南"),
                span(Op::Delete, "𠮷"),
                span(Op::Insert, "吉"),
                span(Op::Equal, "祥"),
            ]
        );
    }

    #[test]
    fn english_is_compared_by_word() {
        let spans = diff_text(
            "A resilient city by 2060.",
            "A resilient, inclusive city by 2055.",
            Language::English,
        );
        assert_eq!(new_text(&spans), "A resilient, inclusive city by 2055.");
        assert_eq!(old_text(&spans), "A resilient city by 2060.");
        assert!(spans.contains(&span(Op::Delete, "2060")));
        assert!(spans.contains(&span(Op::Insert, "2055")));
    }

    #[test]
    fn the_json_names_the_op_in_lowercase() {
        let json = serde_json::to_string(&span(Op::Insert, "𠮷")).unwrap_or_default();
        assert_eq!(json, r#"{"op":"insert","text":"𠮷"}"#);
    }

    #[test]
    fn identical_and_empty_texts() {
        assert!(diff_text("", "", Language::Chinese).is_empty());
        assert_eq!(
            diff_text("同", "同", Language::Chinese),
            vec![span(Op::Equal, "同")]
        );
        assert_eq!(
            diff_text("", "new", Language::English),
            vec![span(Op::Insert, "new")]
        );
    }
}
