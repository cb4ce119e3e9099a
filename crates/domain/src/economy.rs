//! The 21 APEC member economies as APEC names them in English and in Chinese, so that a
//! Chinese document says 中国 where the form holds "China".

/// English and Chinese names, in APEC's order.
const ECONOMIES: [(&str, &str); 21] = [
    ("Australia", "澳大利亚"),
    ("Brunei Darussalam", "文莱"),
    ("Canada", "加拿大"),
    ("Chile", "智利"),
    ("China", "中国"),
    ("Hong Kong, China", "中国香港"),
    ("Indonesia", "印度尼西亚"),
    ("Japan", "日本"),
    ("Republic of Korea", "韩国"),
    ("Malaysia", "马来西亚"),
    ("Mexico", "墨西哥"),
    ("New Zealand", "新西兰"),
    ("Papua New Guinea", "巴布亚新几内亚"),
    ("Peru", "秘鲁"),
    ("The Philippines", "菲律宾"),
    ("Russia", "俄罗斯"),
    ("Singapore", "新加坡"),
    ("Chinese Taipei", "中国台北"),
    ("Thailand", "泰国"),
    ("United States", "美国"),
    ("Viet Nam", "越南"),
];

/// The Chinese and English names of an economy written either way (case and surrounding
/// spaces ignored); `None` for a name that is not an APEC economy's, which documents then
/// print as it was entered.
pub fn economy_names(name: &str) -> Option<(&'static str, &'static str)> {
    let name = name.trim();
    ECONOMIES
        .iter()
        .find(|(en, zh)| en.eq_ignore_ascii_case(name) || *zh == name)
        .map(|(en, zh)| (*zh, *en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_economy_is_found_by_either_name() {
        assert_eq!(economy_names("China"), Some(("中国", "China")));
        assert_eq!(economy_names(" viet nam "), Some(("越南", "Viet Nam")));
        assert_eq!(
            economy_names("中国台北"),
            Some(("中国台北", "Chinese Taipei"))
        );
        assert_eq!(economy_names("Atlantis"), None);
        assert_eq!(economy_names(""), None);
    }
}
