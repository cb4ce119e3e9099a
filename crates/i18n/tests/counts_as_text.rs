//! Messages built from text variables still choose their plural form by a count.

use concord_i18n::{I18n, Locale};

#[test]
fn a_count_passed_as_text_selects_the_plural_form() {
    let en = I18n::new(Locale::En);
    let one = en.fmt_text("csv-import-failed", &[("count", "1".to_owned())]);
    let two = en.fmt_text("csv-import-failed", &[("count", "2".to_owned())]);
    assert!(one.starts_with("One problem"), "{one}");
    assert!(two.starts_with("2 problems"), "{two}");
}

#[test]
fn text_that_only_looks_like_a_number_is_kept_as_it_is() {
    let en = I18n::new(Locale::En);
    for text in ["007", "+8613800138000", "12345678901234", "3.5"] {
        let said = en.fmt_text("error-database", &[("reason", text.to_owned())]);
        assert!(said.contains(text), "{text}: {said}");
    }
}
