//! What the register's search box matches: names in both scripts, organisations, e-mail,
//! mobile, and the pinyin of Chinese names (`wangzhili`, `wzl`) and organisations.
//!
//! The store keeps `search_text` and the sort keys in columns, computed here when a row is
//! written, so a search is one pass over short lowercase strings.

use pinyin::{ToPinyin, ToPinyinMulti};

use crate::Stakeholder;

/// Separates the parts of `search_text`, so a query never matches across two fields.
const SEP: char = '\u{1}';

/// Lowercase text that every query token is looked for in.
pub fn search_text(person: &Stakeholder) -> String {
    let mut out = String::with_capacity(160);
    let mut part = |text: &str| {
        if !text.is_empty() {
            out.push_str(&text.to_lowercase());
            out.push(SEP);
        }
    };
    part(person.name_zh.trim());
    part(person.name_en.trim());
    part(person.organisation_zh.trim());
    part(person.organisation_en.trim());
    part(person.email.trim());
    let digits: String = person.mobile.chars().filter(char::is_ascii_digit).collect();
    part(&digits);
    for name in [&person.name_zh, &person.name_en] {
        if has_han(name) {
            let syllables = syllables(name);
            part(&syllables.concat());
            part(&initials(name));
            // A surname may be read more than one way (曾 zēng / céng, 单 shàn / dān).
            for alternative in surname_readings(name).into_iter().skip(1) {
                let mut variant = alternative;
                for s in syllables.iter().skip(1) {
                    variant.push_str(s);
                }
                part(&variant);
            }
        }
    }
    for org in [&person.organisation_zh, &person.organisation_en] {
        if has_han(org) {
            part(&syllables(org).concat());
        }
    }
    out
}

/// The query as tokens; each must occur in `search_text`. Empty for a blank query.
pub fn query_tokens(query: &str) -> Vec<String> {
    query
        .split(|c: char| c.is_whitespace() || c == SEP)
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether every token of `query` occurs in the person's search text.
pub fn matches(search_text: &str, tokens: &[String]) -> bool {
    tokens.iter().all(|t| search_text.contains(t.as_str()))
}

/// Sorts names the way a Chinese reader expects (by pinyin), mixed with Latin names.
pub fn name_sort_key(person: &Stakeholder) -> String {
    sort_key(person.name(true))
}

pub fn organisation_sort_key(person: &Stakeholder) -> String {
    sort_key(person.organisation(true))
}

/// `王志立` → `wang zhi li 王志立`; `Giulia Ferrari` → `giulia ferrari`.
pub fn sort_key(text: &str) -> String {
    let text = text.trim();
    if has_han(text) {
        let mut key = syllables(text).join(" ");
        key.push(' ');
        key.push_str(text);
        key
    } else {
        text.to_lowercase()
    }
}

pub fn has_han(text: &str) -> bool {
    text.chars().any(is_han)
}

/// CJK Unified Ideographs and their extensions (𠮷 is in extension B).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Plain pinyin per character; characters without a reading are kept, lowercased.
fn syllables(text: &str) -> Vec<String> {
    text.chars()
        .zip(text.to_pinyin())
        .filter_map(|(c, p)| match p {
            Some(p) => Some(p.plain().to_owned()),
            None if c.is_alphanumeric() => Some(c.to_lowercase().collect()),
            None => None,
        })
        .collect()
}

fn initials(text: &str) -> String {
    text.to_pinyin()
        .flatten()
        .map(|p| p.first_letter())
        .collect()
}

fn surname_readings(name: &str) -> Vec<String> {
    let Some(first) = name.trim().chars().next() else {
        return Vec::new();
    };
    let mut readings: Vec<String> = Vec::new();
    if let Some(Some(multi)) = first.to_string().as_str().to_pinyin_multi().next() {
        for p in multi {
            let plain = p.plain().to_owned();
            if !readings.contains(&plain) {
                readings.push(plain);
            }
        }
    }
    readings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Role, Sector};

    fn wang() -> Stakeholder {
        let mut p = Stakeholder::new(
            "王志立",
            "Wang Zhili",
            Sector::LocalAuthority,
            Role::VotingMember,
        );
        p.organisation_zh = "渭南市人民政府".into();
        p.organisation_en = "Weinan Municipal People's Government".into();
        p.email = "Wang.Zhili@weinan.gov.cn".into();
        p.mobile = "+86 139 9132 0101".into();
        p
    }

    fn finds(person: &Stakeholder, query: &str) -> bool {
        matches(&search_text(person), &query_tokens(query))
    }

    #[test]
    fn finds_by_pinyin_initials_and_both_scripts() {
        let p = wang();
        for q in [
            "wang",
            "wzl",
            "WZL",
            "zhili",
            "wang zhili",
            "王志",
            "Zhili",
            "weinan",
            "人民政府",
            "people's",
            "wang.zhili@",
            "13991320101",
            "0101",
            "",
        ] {
            assert!(finds(&p, q), "{q:?} should find 王志立");
        }
        for q in ["zhang", "wzx", "渭北", "wangzhilix"] {
            assert!(!finds(&p, q), "{q:?} should not find 王志立");
        }
    }

    #[test]
    fn rare_characters_and_latin_names_in_the_chinese_field() {
        let p = Stakeholder::new(
            "𠮷祥云",
            "Ji Xiangyun",
            Sector::CivilSociety,
            Role::VotingMember,
        );
        assert!(finds(&p, "𠮷"));
        assert!(finds(&p, "xiangyun"));
        let q = Stakeholder::new("Giulia Ferrari", "", Sector::LocalAuthority, Role::Observer);
        assert!(finds(&q, "giulia"));
        assert_eq!(name_sort_key(&q), "giulia ferrari");
    }

    #[test]
    fn surnames_with_two_readings_are_found_either_way() {
        let p = Stakeholder::new("曾丽", "", Sector::Citizen, Role::VotingMember);
        assert!(finds(&p, "zengli") || finds(&p, "cengli"));
        assert!(
            finds(&p, "zengli") && finds(&p, "cengli"),
            "{}",
            search_text(&p)
        );
    }

    #[test]
    fn chinese_names_sort_by_pinyin() {
        let mut names = vec!["赵国强", "Giulia Ferrari", "王志立", "陈淑芬", "安娜"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            vec!["安娜", "陈淑芬", "Giulia Ferrari", "王志立", "赵国强"]
        );
    }
}
