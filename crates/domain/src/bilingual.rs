//! Texts kept in one field in both languages, the Chinese first ("王志立 Wang Zhili",
//! "三轮协商……\nThree rounds …"): what a meeting's chair, a declaration's signer or a
//! rationale holds. A single-language document prints only its language's part.

/// A character of the CJK scripts or their punctuation (the full-width forms included).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'   // CJK symbols and punctuation
        | '\u{3400}'..='\u{4DBF}' // extension A
        | '\u{4E00}'..='\u{9FFF}' // unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms
        | '\u{20000}'..='\u{2FA1F}')
}

/// Whether a text holds any Chinese character.
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

/// The Chinese and the English of a text written Chinese first. The Chinese part runs to the
/// last CJK character (Latin words inside it stay, as in "APEC低碳城市"); what follows is the
/// English when it holds a Latin letter. A text with no Chinese is English; one with no Latin
/// letter after its Chinese is Chinese.
pub fn split_scripts(text: &str) -> (String, String) {
    let text = text.trim();
    let Some((last, c)) = text.char_indices().rev().find(|(_, c)| is_cjk(*c)) else {
        return (String::new(), text.to_owned());
    };
    let (zh, rest) = text.split_at(last + c.len_utf8());
    if rest.chars().any(|c| c.is_ascii_alphabetic()) {
        (zh.trim().to_owned(), rest.trim().to_owned())
    } else {
        (text.to_owned(), String::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (String, String) {
        split_scripts(text)
    }

    #[test]
    fn a_name_in_both_scripts_splits_at_the_space() {
        assert_eq!(
            split("王志立 Wang Zhili"),
            ("王志立".into(), "Wang Zhili".into())
        );
        assert_eq!(
            split("渭南市市长 Mayor of Weinan"),
            ("渭南市市长".into(), "Mayor of Weinan".into())
        );
    }

    #[test]
    fn one_language_stays_on_its_side() {
        assert_eq!(split("Li Jianguo"), (String::new(), "Li Jianguo".into()));
        assert_eq!(split("李建国"), ("李建国".into(), String::new()));
        assert_eq!(split(""), (String::new(), String::new()));
        // Digits after the Chinese are part of it: an address, not an English text.
        assert_eq!(
            split("汉中市天汉大道 1 号"),
            ("汉中市天汉大道 1 号".into(), String::new())
        );
        assert_eq!(
            split("第 3 号 2026"),
            ("第 3 号 2026".into(), String::new())
        );
    }

    #[test]
    fn latin_words_inside_the_chinese_stay_with_it() {
        assert_eq!(
            split("APEC低碳城市。\nAPEC Low-Carbon City."),
            ("APEC低碳城市。".into(), "APEC Low-Carbon City.".into())
        );
    }
}
