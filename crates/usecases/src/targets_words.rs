//! A target's details in words, shared by the window and the pledge: its kind with its per cent
//! (`Base-year reduction: −20.5 % from 2021`), its SDGs, and its revision and state.

use concord_i18n::{FluentValue, I18n, Locale};
use concord_store::{StoredTarget, TargetKind};

/// A per cent as a signed change: a reduction of 20.5 is `−20.5 %` (Chinese `−20.5%`), an
/// increase `+10 %`.
pub(crate) fn change(reduction_percent: f64, locale: Locale) -> String {
    let change = -reduction_percent;
    let sign = if change < 0.0 { "−" } else { "+" };
    let digits = format!("{:.1}", change.abs());
    let digits = digits.strip_suffix(".0").unwrap_or(&digits);
    locale.percent(&format!("{sign}{digits}"))
}

/// The kind in a word: `Below BAU`.
pub(crate) fn kind_name(kind: TargetKind, i18n: &I18n) -> String {
    i18n.msg(&format!("targets-kind-{}", kind.key()))
}

/// The kind with its per cent and reference year; the kind's name alone without a per cent.
pub(crate) fn kind_detail(target: &StoredTarget, i18n: &I18n) -> String {
    let details = &target.details;
    let Some(percent) = details.percent.filter(|_| details.kind.has_percent()) else {
        return kind_name(details.kind, i18n);
    };
    let year = match details.kind {
        TargetKind::BelowBau => target.row.target_year,
        _ => target.row.baseline_year,
    };
    i18n.fmt(
        &format!("targets-kind-detail-{}", details.kind.key()),
        &[
            ("change", FluentValue::from(change(percent, i18n.locale()))),
            ("year", FluentValue::from(year)),
            // Below the BAU: the scenario it was measured against, by its name.
            (
                "scenario",
                FluentValue::from(
                    details
                        .bau_scenario
                        .clone()
                        .unwrap_or_else(|| "BAU".to_owned()),
                ),
            ),
        ],
    )
}

/// `SDG 11, 3`, or that none is named.
pub(crate) fn sdg_words(sdgs: &[u8], i18n: &I18n) -> String {
    if sdgs.is_empty() {
        return i18n.msg("targets-no-sdgs");
    }
    let goals = sdgs
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(i18n.locale().list_separator());
    i18n.fmt("targets-sdg-list", &[("goals", FluentValue::from(goals))])
}

/// `Adopted, revision 1` or `Proposed, revision 2`.
pub(crate) fn revision_words(target: &StoredTarget, i18n: &I18n) -> String {
    let id = if target.is_adopted() {
        "targets-state-revision-adopted"
    } else {
        "targets-state-revision-proposed"
    };
    i18n.fmt(id, &[("revision", FluentValue::from(target.revision))])
}

#[cfg(test)]
mod tests {
    use super::change;
    use concord_i18n::Locale;

    #[test]
    fn a_reduction_reads_as_a_fall_and_a_negative_one_as_a_rise() {
        assert_eq!(change(20.4545, Locale::En), "−20.5 %");
        assert_eq!(change(15.0, Locale::En), "−15 %");
        assert_eq!(change(-10.0, Locale::En), "+10 %");
        assert_eq!(change(15.0, Locale::ZhCn), "−15%");
    }
}
