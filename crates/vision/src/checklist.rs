//! APSEC's checklist for a CNSC Local Vision, applied to one version. It warns and never
//! blocks: a draft is saved whatever it says.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::model::{SectionKind, Version};

pub const MIN_CORE_VALUES: usize = 3;
pub const MAX_CORE_VALUES: usize = 5;
pub const MIN_ENGLISH_WORDS: usize = 500;
/// A neutrality year outside this range is most likely a typing error.
pub const PLAUSIBLE_NEUTRALITY_YEARS: std::ops::RangeInclusive<i32> = 2030..=2070;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CheckId {
    PurposeOneSentenceZh,
    PurposeOneSentenceEn,
    CoreValues,
    EnglishWords,
    ChineseCharacters,
    BothLanguages,
    NeutralityYear,
}

impl CheckId {
    /// Fluent id of the item's message; its variables are the item's figures.
    pub fn message_id(self) -> &'static str {
        match self {
            CheckId::PurposeOneSentenceZh => "vision-check-purpose-zh",
            CheckId::PurposeOneSentenceEn => "vision-check-purpose-en",
            CheckId::CoreValues => "vision-check-core-values",
            CheckId::EnglishWords => "vision-check-english-words",
            CheckId::ChineseCharacters => "vision-check-chinese-characters",
            CheckId::BothLanguages => "vision-check-both-languages",
            CheckId::NeutralityYear => "vision-check-neutrality-year",
        }
    }
}

/// A number the message states, named as its Fluent variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub name: &'static str,
    pub value: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckItem {
    pub id: CheckId,
    pub passed: bool,
    pub figures: Vec<Figure>,
    pub message_id: &'static str,
}

impl CheckItem {
    fn new(id: CheckId, passed: bool, figures: &[(&'static str, i64)]) -> CheckItem {
        CheckItem {
            id,
            passed,
            figures: figures
                .iter()
                .map(|&(name, value)| Figure { name, value })
                .collect(),
            message_id: id.message_id(),
        }
    }

    pub fn figure(&self, name: &str) -> Option<i64> {
        self.figures
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.value)
    }
}

/// Every item of the checklist, in the order the window shows them.
pub fn check(version: &Version) -> Vec<CheckItem> {
    let purpose_zh = section_text(version, &SectionKind::Purpose, |p| &p.text_zh, "");
    let purpose_en = section_text(version, &SectionKind::Purpose, |p| &p.text_en, " ");
    let core_values = version
        .section_paragraphs(&SectionKind::CoreValues)
        .filter(|p| !(p.text_zh.trim().is_empty() && p.text_en.trim().is_empty()))
        .count();
    let english_words: usize = version.paragraphs().map(|p| count_words(&p.text_en)).sum();
    let han_characters: usize = version.paragraphs().map(|p| count_han(&p.text_zh)).sum();
    let paragraphs = version.paragraphs().count();
    let untranslated = version
        .paragraphs()
        .filter(|p| !p.is_bilingual_or_marked())
        .count();
    let year = version.neutrality_year;

    vec![
        sentence_item(CheckId::PurposeOneSentenceZh, &purpose_zh, &CHINESE_ENDINGS),
        sentence_item(CheckId::PurposeOneSentenceEn, &purpose_en, &ENGLISH_ENDINGS),
        CheckItem::new(
            CheckId::CoreValues,
            (MIN_CORE_VALUES..=MAX_CORE_VALUES).contains(&core_values),
            &[("count", number(core_values))],
        ),
        CheckItem::new(
            CheckId::EnglishWords,
            english_words >= MIN_ENGLISH_WORDS,
            &[
                ("words", number(english_words)),
                ("minimum", number(MIN_ENGLISH_WORDS)),
            ],
        ),
        // No minimum is set for Chinese: the count is reported beside the English one.
        CheckItem::new(
            CheckId::ChineseCharacters,
            han_characters > 0,
            &[("characters", number(han_characters))],
        ),
        CheckItem::new(
            CheckId::BothLanguages,
            untranslated == 0,
            &[
                ("missing", number(untranslated)),
                ("paragraphs", number(paragraphs)),
            ],
        ),
        // 0 stands for "not set"; the message selects on it.
        CheckItem::new(
            CheckId::NeutralityYear,
            year.is_some_and(|y| PLAUSIBLE_NEUTRALITY_YEARS.contains(&y)),
            &[("year", year.map_or(0, i64::from))],
        ),
    ]
}

fn number(count: usize) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

const CHINESE_ENDINGS: [char; 3] = ['。', '！', '？'];
const ENGLISH_ENDINGS: [char; 3] = ['.', '!', '?'];
/// Closing quotes and brackets may follow a sentence's final mark.
const CLOSERS: [char; 10] = ['"', '\'', ')', '”', '’', '」', '』', '）', '》', '〉'];

fn sentence_item(id: CheckId, text: &str, endings: &[char]) -> CheckItem {
    let sentences = count_sentences(text);
    let ends = ends_with_one_of(text, endings);
    CheckItem::new(
        id,
        sentences == 1 && ends,
        &[("sentences", number(sentences)), ("ends", i64::from(ends))],
    )
}

fn section_text(
    version: &Version,
    kind: &SectionKind,
    text: impl Fn(&crate::model::Paragraph) -> &String,
    separator: &str,
) -> String {
    version
        .section_paragraphs(kind)
        .map(text)
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// Sentences by UAX #29, which knows 。！？ as well as . ! ? and does not end a sentence at
/// "e.g. the" or "2.5"; a sentence without a letter or ideograph is not counted.
pub fn count_sentences(text: &str) -> usize {
    let mut sentences = 0;
    // A plain loop: the segmenter's `size_hint` overflows on a text with no break left
    // (unicode-segmentation 1.13.3), and adaptors such as `count` may ask for it.
    for sentence in text.split_sentence_bounds() {
        if sentence.chars().any(char::is_alphanumeric) {
            sentences += 1;
        }
    }
    sentences
}

fn ends_with_one_of(text: &str, endings: &[char]) -> bool {
    text.trim_end()
        .trim_end_matches(CLOSERS)
        .chars()
        .next_back()
        .is_some_and(|c| endings.contains(&c))
}

/// Words by UAX #29 (numbers count as words, punctuation does not).
pub fn count_words(text: &str) -> usize {
    text.unicode_words().count()
}

/// Han characters, the usual measure of a Chinese text's length; punctuation, Latin letters
/// and digits inside the Chinese text are not counted.
pub fn count_han(text: &str) -> usize {
    text.chars().filter(|&c| is_han(c)).count()
}

fn is_han(c: char) -> bool {
    matches!(u32::from(c),
        0x3007 // 〇
        | 0x3400..=0x4DBF // Extension A
        | 0x4E00..=0x9FFF // Unified Ideographs
        | 0xF900..=0xFAFF // Compatibility Ideographs
        | 0x20000..=0x2FA1F // Extensions B–F and Compatibility Supplement
        | 0x30000..=0x323AF // Extensions G–H
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_characters_are_counted_with_supplementary_ones() {
        assert_eq!(count_han("渭南𠮷，CO₂ 2060年。"), 4);
    }

    #[test]
    fn sentences_in_both_scripts() {
        assert_eq!(count_sentences("建设绿色、韧性、包容的渭南。"), 1);
        assert_eq!(count_sentences("建设绿色渭南。人人共享能源！"), 2);
        assert_eq!(
            count_sentences("A green city, e.g. with 2.5 times more trees, by 2060."),
            1
        );
        assert_eq!(count_sentences("One. Two."), 2);
        assert_eq!(count_sentences(""), 0);
    }

    #[test]
    fn a_sentence_ends_with_its_language_s_mark_even_inside_quotes() {
        assert!(ends_with_one_of("“共建美好渭南。”", &CHINESE_ENDINGS));
        assert!(!ends_with_one_of("共建美好渭南", &CHINESE_ENDINGS));
        assert!(ends_with_one_of("A city for all. ", &ENGLISH_ENDINGS));
        assert!(!ends_with_one_of("A city for all.", &CHINESE_ENDINGS));
    }
}
