//! The command line's input: a Chinese and an English text whose paragraphs are separated by
//! blank lines; paragraph i of one pairs with paragraph i of the other.

use thiserror::Error;

use crate::model::ParagraphText;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    #[error("the Chinese text has {zh} paragraphs and the English text {en}")]
    CountsDiffer { zh: usize, en: usize },
    #[error("both texts are empty")]
    Empty,
}

impl InputError {
    /// Fluent id of the message that says it; the counts are its variables `zh` and `en`.
    pub fn message_id(&self) -> &'static str {
        match self {
            InputError::CountsDiffer { .. } => "vision-input-counts-differ",
            InputError::Empty => "vision-input-empty",
        }
    }
}

/// Pairs the paragraphs of the two texts. Lines inside a paragraph are joined (without a
/// space in Chinese, with one in English) since a text editor's line breaks are not the
/// author's; a leading byte-order mark and Windows line ends are accepted.
pub fn parse_bilingual(zh: &str, en: &str) -> Result<Vec<ParagraphText>, InputError> {
    let zh_paragraphs = paragraphs(zh, "");
    let en_paragraphs = paragraphs(en, " ");
    if zh_paragraphs.len() != en_paragraphs.len() {
        return Err(InputError::CountsDiffer {
            zh: zh_paragraphs.len(),
            en: en_paragraphs.len(),
        });
    }
    if zh_paragraphs.is_empty() {
        return Err(InputError::Empty);
    }
    Ok(zh_paragraphs
        .into_iter()
        .zip(en_paragraphs)
        .map(|(text_zh, text_en)| ParagraphText {
            text_zh,
            text_en,
            not_yet_translated: false,
        })
        .collect())
}

/// The paragraphs of a text: runs of non-blank lines, each line trimmed.
pub fn paragraphs(text: &str, line_joiner: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut paragraphs = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !lines.is_empty() {
                paragraphs.push(lines.join(line_joiner));
                lines.clear();
            }
        } else {
            lines.push(line);
        }
    }
    if !lines.is_empty() {
        paragraphs.push(lines.join(line_joiner));
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_pair_in_order() {
        let parsed = parse_bilingual(
            "\u{feff}渭南的愿景。\r\n\r\n第二段，\r\n续行𠮷。\r\n",
            "Weinan's vision.\n\n\n  Second paragraph,\ncontinued.  \n",
        );
        let Ok(parsed) = parsed else {
            panic!("expected two paragraphs, got {parsed:?}");
        };
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].text_zh, "渭南的愿景。");
        assert_eq!(parsed[1].text_zh, "第二段，续行𠮷。");
        assert_eq!(parsed[1].text_en, "Second paragraph, continued.");
    }

    #[test]
    fn different_counts_name_both() {
        let error = parse_bilingual("一。\n\n二。\n\n三。", "One.\n\nTwo.");
        assert_eq!(error, Err(InputError::CountsDiffer { zh: 3, en: 2 }));
        let message = error.map_or_else(|e| e.to_string(), |_| String::new());
        assert!(message.contains('3') && message.contains('2'), "{message}");
    }

    #[test]
    fn blank_texts_are_refused() {
        assert_eq!(parse_bilingual(" \n\n", ""), Err(InputError::Empty));
    }
}
