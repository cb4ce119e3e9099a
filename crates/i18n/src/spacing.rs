//! The one rule for the space between Chinese and Western text in every document.
//!
//! W3C clreq (§3.2.1, mixed text composition) asks for a gap of about a quarter of an ideograph
//! between a Han character and an adjacent Western letter or digit, and names the Western
//! word space as the usual way to make it. Documents therefore carry exactly one word space
//! (U+0020, about 0.22 em in the faces) at every border between Han text and Western letters
//! or digits, whatever the source wrote: messages, names and numbers are joined in many places
//! ("Chiara Rossi于", "于 09:05", "2026年"), and only a rule applied once where text enters the
//! layout makes them agree. Nothing is added next to punctuation, which carries its own room,
//! and spaces between two ideographs are left alone (they may separate names in a list). A
//! space at a line's end is dropped by the line breaker, so the gap never starts or ends a
//! line.

/// A Han ideograph (with the ideographic zero and iteration mark, which behave as one).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// A Western letter or digit, or a sign that belongs to a number ("50%", "25°").
pub fn is_western(c: char) -> bool {
    (c.is_alphanumeric() && (c as u32) < 0x2E80) || matches!(c, '%' | '‰' | '°')
}

fn is_border(before: char, after: char) -> bool {
    (is_han(before) && is_western(after)) || (is_western(before) && is_han(after))
}

/// `text` with one word space at every Han–Western border where it had none. Everything
/// else is left as it is.
pub fn space_mixed_scripts(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if let Some(&next) = chars.peek()
            && is_border(c, next)
        {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_word_space_at_every_border_between_han_and_western_text() {
        assert_eq!(
            space_mixed_scripts("Chiara Rossi于 09:05到会。"),
            "Chiara Rossi 于 09:05 到会。"
        );
        assert_eq!(space_mixed_scripts("2026年12月5日"), "2026 年 12 月 5 日");
        assert_eq!(space_mixed_scripts("3 名表决成员"), "3 名表决成员");
        assert_eq!(space_mixed_scripts("APEC经济体China"), "APEC 经济体 China");
        assert_eq!(space_mixed_scripts("增长50%以上"), "增长 50% 以上");
        assert_eq!(space_mixed_scripts("万吨CO₂"), "万吨 CO₂");
    }

    #[test]
    fn punctuation_and_lone_spaces_between_ideographs() {
        assert_eq!(space_mixed_scripts("王志立 李建国"), "王志立 李建国");
        assert_eq!(space_mixed_scripts("（2030年）"), "（2030 年）");
        assert_eq!(space_mixed_scripts("“APEC”目标"), "“APEC”目标");
        assert_eq!(space_mixed_scripts("渭南，Weinan。"), "渭南，Weinan。");
        assert_eq!(space_mixed_scripts("Rossi  于"), "Rossi  于");
        assert_eq!(
            space_mixed_scripts("Wang Zhili, 09:05"),
            "Wang Zhili, 09:05"
        );
        assert_eq!(space_mixed_scripts("第\n3次"), "第\n3 次");
    }

    proptest! {
        #[test]
        fn applying_the_rule_twice_changes_nothing(s in "[a-z0-9 年月日渭南，。%\n]{0,40}") {
            let once = space_mixed_scripts(&s);
            prop_assert_eq!(space_mixed_scripts(&once), once.clone());
            // Only spaces are ever added.
            let strip = |t: &str| t.replace(' ', "");
            prop_assert_eq!(strip(&once), strip(&s));
        }

        #[test]
        fn every_border_has_exactly_one_space(s in "[a-zA-Z0-9 渭南城市，]{0,40}") {
            let out: Vec<char> = space_mixed_scripts(&s).chars().collect();
            for pair in out.windows(2) {
                prop_assert!(!is_border(pair[0], pair[1]), "{:?}", out);
            }
        }
    }
}
