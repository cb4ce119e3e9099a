//! A BAU unit as each language writes it: an English text says a Chinese statistical unit in
//! English with the same magnitude (万吨标准煤/亿元 → 10,000 tce/100 million CNY), a Chinese one
//! keeps it as stored, a bilingual document shows both where they differ.

use concord_documents::Voice;
use concord_domain::bau::{after_number, in_english, is_magnitude};
use concord_i18n::{I18n, Locale};

/// The unit in the one language `i18n` speaks.
pub(crate) fn unit_in(unit: &str, i18n: &I18n) -> String {
    if i18n.locale() == Locale::ZhCn {
        unit.to_owned()
    } else {
        in_english(unit)
    }
}

/// The unit in the voice's language(s); a bilingual text glosses a Chinese magnitude in
/// brackets, so that after a number it reads as one unit: `3,600 万吨CO₂（10,000 t CO2）`.
pub(crate) fn unit_voiced(unit: &str, voice: &Voice) -> String {
    let english = in_english(unit);
    match voice.pair(unit, &english) {
        (zh, Some(en)) if is_magnitude(&en) => format!("{zh}（{en}）"),
        _ => voice.joined(unit, &english),
    }
}

/// A number with its unit as the document writes it: `35.00 µg/m³`; a per cent as the
/// voice writes it (`25.00%` on a Chinese page, `25.00 %` on an English one).
pub(crate) fn with_unit(number: String, unit: &str, voice: &Voice) -> String {
    with_unit_by(number, unit, |n| voice.percent(n))
}

/// A number with its unit in one language: the window's, or a text's said by one `I18n`.
pub(crate) fn with_unit_in(number: String, unit: &str, locale: Locale) -> String {
    with_unit_by(number, unit, |n| locale.percent(n))
}

fn with_unit_by(number: String, unit: &str, percent: impl Fn(&str) -> String) -> String {
    match unit.trim() {
        "" => number,
        "%" => percent(&number),
        unit => format!("{number} {}", after_number(unit)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    #[test]
    fn each_language_writes_the_unit_its_own_way() {
        let unit = "万吨标准煤/亿元";
        let english = "10,000 tce/100 million CNY";
        assert_eq!(unit_in(unit, &I18n::new(Locale::En)), english);
        assert_eq!(unit_in(unit, &I18n::new(Locale::ZhCn)), unit);
        assert_eq!(unit_voiced(unit, &Voice::new(Language::En)), english);
        assert_eq!(unit_voiced(unit, &Voice::new(Language::ZhCn)), unit);
        assert_eq!(
            unit_voiced(unit, &Voice::new(Language::Bilingual)),
            format!("{unit}（{english}）")
        );
        assert_eq!(
            unit_voiced("t CO2", &Voice::new(Language::Bilingual)),
            "t CO2"
        );
        // A unit both languages write alike is shown once.
        assert_eq!(unit_voiced("%", &Voice::new(Language::Bilingual)), "%");
    }

    #[test]
    fn a_number_is_never_followed_by_a_bare_magnitude() {
        let en = Voice::new(Language::En);
        let unit = unit_voiced("万吨CO₂", &en);
        assert_eq!(
            with_unit("3,600".into(), &unit, &en),
            "3,600 × 10,000 t CO2"
        );
        let both = Voice::new(Language::Bilingual);
        let unit = unit_voiced("万吨CO₂", &both);
        assert_eq!(
            with_unit("3,600".into(), &unit, &both),
            "3,600 万吨CO₂（10,000 t CO2）"
        );
        assert_eq!(with_unit("3".into(), "%", &en), "3 %");
    }
}
