//! The targets pledge's tables in the official style, where six columns of both languages
//! crowd 156 mm: no word, number or unit is cut by force, and the target's name is never set a
//! few characters a line while the figures beside it stand half empty.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::{Workspace, pdf_text};

fn pledge_lines(ws: &Workspace, lang: &str) -> Vec<String> {
    let out = ws.export(&["pledge"], "official", lang);
    pdf_text(&out)
        .lines()
        .map(|l| l.trim().to_owned())
        .collect()
}

#[test]
fn official_pledge_tables_cut_no_word_and_keep_names_readable() {
    let ws = Workspace::with_demo();
    for lang in ["zh-CN", "bilingual"] {
        let lines = pledge_lines(&ws, lang);
        let text = lines.join("\n");
        // "PM1 / 0）" and "+155.1 / %" were cut by force in a column squeezed below its words.
        assert!(text.contains("PM10"), "{lang}: {text}");
        for pair in lines.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                !(a.ends_with(|c: char| c.is_ascii_digit()) && b.starts_with('%')),
                "{lang}: a number parted from its %: {a:?} / {b:?}"
            );
            assert!(!a.ends_with("µg/"), "{lang}: {a:?} / {b:?}");
        }
        // The target's name is read in lines of several words, not three characters.
        let name_line = lines
            .iter()
            .find(|l| l.starts_with("11.1.1"))
            .expect("the slums target");
        assert!(
            name_line.chars().count() >= 10,
            "{lang}: the name's first line is {name_line:?}"
        );
    }
}
