use unic_langid::{LanguageIdentifier, langid};

/// The languages Concord speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    ZhCn,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    /// The BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::En => langid!("en"),
            Locale::ZhCn => langid!("zh-CN"),
        }
    }

    /// Accepts `en`, `zh-CN`, `zh`, `zh_CN.UTF-8`, `en_GB.UTF-8`, any case.
    pub fn parse(value: &str) -> Option<Locale> {
        let lower = value.trim().to_ascii_lowercase();
        if lower.starts_with("zh") {
            Some(Locale::ZhCn)
        } else if lower.starts_with("en") || lower == "c" || lower == "posix" {
            Some(Locale::En)
        } else {
            None
        }
    }

    /// The locale the environment asks for (`CONCORD_LANG`, then the POSIX variables).
    pub fn from_env() -> Locale {
        ["CONCORD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Locale::parse(&value))
            .unwrap_or_default()
    }

    /// Between the items of a list: "4、6、7" in Chinese, "4, 6, 7" in English (a comma
    /// between numbers would read as a decimal mark or a thousands separator in Chinese).
    pub fn list_separator(self) -> &'static str {
        match self {
            Locale::En => ", ",
            Locale::ZhCn => "、",
        }
    }

    /// A per cent as the language writes it: "20.5 %" in English (a space, as ISO 80000 sets
    /// it), "20.5%" in Chinese, the sign against the number.
    pub fn percent(self, number: &str) -> String {
        match self {
            Locale::En => format!("{number} %"),
            Locale::ZhCn => format!("{number}%"),
        }
    }

    pub fn is_chinese(self) -> bool {
        self == Locale::ZhCn
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_posix_and_bcp47_forms() {
        assert_eq!(Locale::parse("zh_CN.UTF-8"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("en_GB.UTF-8"), Some(Locale::En));
        assert_eq!(Locale::parse("C"), Some(Locale::En));
        assert_eq!(Locale::parse("fr_FR"), None);
        for locale in Locale::ALL {
            assert_eq!(Locale::parse(locale.tag()), Some(locale));
        }
    }
}
