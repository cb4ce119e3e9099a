//! The diff loses nothing: equal + insert spans give the new text, equal + delete the old,
//! for mixed scripts, supplementary characters such as 𠮷, combining marks and empty texts.

use concord_vision::diff::{Language, Presence, diff_text, diff_versions, new_text, old_text};
use concord_vision::{ParagraphText, Saved, Version};
use proptest::prelude::*;

const COMBINING_ACUTE: char = '\u{301}';

/// Text built from pieces that exercise the segmenters: Han, 𠮷, Latin words, digits,
/// punctuation of both scripts, spaces, newlines and a combining accent.
fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "渭南",
        "绿色",
        "𠮷",
        "碳中和",
        "。",
        "，",
        "！",
        "Weinan",
        "city",
        "resilient",
        " ",
        "  ",
        "\n",
        "2060",
        "CO₂",
        ".",
        ",",
        "e\u{301}",
        "🌱",
        "—",
        "",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

fn language() -> impl Strategy<Value = Language> {
    prop_oneof![Just(Language::Chinese), Just(Language::English)]
}

proptest! {
    #[test]
    fn spans_give_back_both_texts(old in mixed_text(), new in mixed_text(), language in language()) {
        let spans = diff_text(&old, &new, language);
        prop_assert_eq!(new_text(&spans), new);
        prop_assert_eq!(old_text(&spans), old);
        prop_assert!(spans.iter().all(|s| !s.text.is_empty()));
        prop_assert!(spans.windows(2).all(|w| w[0].op != w[1].op));
    }

    #[test]
    fn a_character_is_never_split(old in mixed_text(), new in mixed_text()) {
        // A split grapheme would leave the combining accent at the start of a span.
        for span in diff_text(&old, &new, Language::Chinese) {
            prop_assert!(!span.text.starts_with(COMBINING_ACUTE), "{:?}", span);
        }
    }

    #[test]
    fn versions_give_back_every_paragraph(
        old in prop::collection::vec(mixed_text(), 0..6),
        new in prop::collection::vec(mixed_text(), 0..6),
        language in language(),
    ) {
        let (old_version, new_version) = two_versions(&old, &new, language);
        let diffs = diff_versions(&old_version, &new_version, language);
        let text_of = |v: &Version| -> Vec<String> {
            v.paragraphs()
                .map(|p| match language {
                    Language::Chinese => p.text_zh.clone(),
                    Language::English => p.text_en.clone(),
                })
                .collect()
        };
        let rebuilt_new: Vec<String> = diffs
            .iter()
            .filter(|d| d.presence != Presence::Removed)
            .map(|d| new_text(&d.spans))
            .collect();
        prop_assert_eq!(rebuilt_new, text_of(&new_version));
        let rebuilt_old: Vec<String> = diffs
            .iter()
            .filter(|d| d.presence != Presence::Added)
            .map(|d| old_text(&d.spans))
            .collect();
        prop_assert_eq!(rebuilt_old, text_of(&old_version));
    }
}

/// Two versions: the old one has `old` as paragraphs; the new one keeps the first half of
/// them (edited to `new`'s texts where there is one), drops the rest and adds the remainder.
fn two_versions(old: &[String], new: &[String], language: Language) -> (Version, Version) {
    let saved = Saved {
        by: "secretariat".to_owned(),
        at: chrono::NaiveDate::from_ymd_opt(2026, 12, 4)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .unwrap_or_default(),
        note: String::new(),
    };
    let text = |t: &String| match language {
        Language::Chinese => ParagraphText {
            text_zh: t.clone(),
            ..ParagraphText::default()
        },
        Language::English => ParagraphText {
            text_en: t.clone(),
            ..ParagraphText::default()
        },
    };
    let mut first = Version::first_draft(saved.clone());
    let mut keys = Vec::new();
    for (i, t) in old.iter().enumerate() {
        keys.push(
            first
                .add_paragraph(4, i, text(t))
                .expect("a draft takes paragraphs"),
        );
    }
    let mut second = first.next_draft(saved);
    let kept = keys.len() / 2;
    for (key, t) in keys.iter().zip(new).take(kept) {
        second
            .edit_paragraph(*key, text(t))
            .expect("the paragraph exists");
    }
    for key in &keys[kept..] {
        second.remove_paragraph(*key).expect("the paragraph exists");
    }
    for t in new.iter().skip(kept) {
        let len = second.sections[4].paragraphs.len();
        second
            .add_paragraph(4, len, text(t))
            .expect("a draft takes paragraphs");
    }
    (first, second)
}
