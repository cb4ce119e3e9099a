//! Every string a person reads, in English and Simplified Chinese.
//!
//! The Fluent files under `locales/` are embedded at build time; the same files feed the UI.

mod format;
mod locale;
pub mod spacing;

pub use fluent_bundle::FluentValue;
pub use format::{MONTHS_EN, format_date, format_datetime, format_time};
pub use locale::Locale;
pub use spacing::space_mixed_scripts;

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
}

/// The embedded Fluent sources: (locale tag, file name, text).
pub fn sources() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::SOURCES
}

/// Messages of one locale.
pub struct I18n {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

impl I18n {
    /// The messages of `locale`, built once for the whole process: for paths that run often
    /// (an export, a signature), where building a bundle would cost more than the work.
    pub fn shared(locale: Locale) -> &'static I18n {
        static EN: std::sync::OnceLock<I18n> = std::sync::OnceLock::new();
        static ZH: std::sync::OnceLock<I18n> = std::sync::OnceLock::new();
        let slot = match locale {
            Locale::En => &EN,
            Locale::ZhCn => &ZH,
        };
        slot.get_or_init(|| I18n::new(locale))
    }

    pub fn new(locale: Locale) -> I18n {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
        // Isolation marks (U+2068/U+2069) would end up in PDFs and terminals.
        bundle.set_use_isolating(false);
        for (tag, _file, source) in sources() {
            if *tag != locale.tag() {
                continue;
            }
            // The embedded files are checked by tests; a broken entry is skipped, not fatal.
            let resource =
                FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, _)| res);
            let _ = bundle.add_resource(resource);
        }
        I18n { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// A message without variables. A missing id comes back as itself so it shows up, not crashes.
    pub fn msg(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with variables, e.g. `i18n.fmt("page-of", &[("page", 2.into()), ("total", 7.into())])`.
    pub fn fmt(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// A message whose variables are all text, as errors carry them.
    /// Like [`I18n::fmt`] with text variables. A variable that is a plain count ("1", "42")
    /// is passed as a number, so the message's plural forms apply ("1 problem", "2 problems").
    pub fn fmt_text(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<_> = args
            .iter()
            .map(|(name, value)| match plain_count(value) {
                Some(count) => (*name, FluentValue::from(count)),
                None => (*name, FluentValue::from(value.as_str())),
            })
            .collect();
        self.fmt(id, &args)
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        // Chinese text follows the one spacing rule wherever it is read: the window, the
        // documents and the command line.
        match self.locale {
            Locale::ZhCn => space_mixed_scripts(&text),
            Locale::En => text.into_owned(),
        }
    }

    pub fn date(&self, date: chrono::NaiveDate) -> String {
        format_date(self.locale, date)
    }

    pub fn datetime(&self, at: chrono::NaiveDateTime) -> String {
        format_datetime(self.locale, at)
    }
}

/// A count written plainly: digits only, no sign and no leading zero (so "007", "+86 …" and a
/// long id stay text), small enough to be exact.
fn plain_count(text: &str) -> Option<u32> {
    let plain = !text.is_empty()
        && text.len() <= 9
        && text.bytes().all(|b| b.is_ascii_digit())
        && !(text.len() > 1 && text.starts_with('0'));
    if plain { text.parse().ok() } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_locales_have_sources() {
        for locale in Locale::ALL {
            assert!(
                sources().iter().any(|(tag, _, _)| *tag == locale.tag()),
                "{locale:?}"
            );
        }
    }

    #[test]
    fn formats_with_variables() {
        let en = I18n::new(Locale::En);
        let zh = I18n::new(Locale::ZhCn);
        let args = [
            ("page", FluentValue::from(2)),
            ("total", FluentValue::from(7)),
        ];
        assert_eq!(en.fmt("doc-page-of", &args), "Page 2 of 7");
        assert_eq!(zh.fmt("doc-page-of", &args), "第 2 页 / 共 7 页");
    }

    #[test]
    fn missing_message_shows_its_id() {
        assert_eq!(
            I18n::new(Locale::En).msg("no-such-message"),
            "no-such-message"
        );
    }
}
