//! Export then import gives the same register, whatever the names, notes and languages hold.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use concord_domain::{
    DisadvantagedGroup, HelixGroup, Role, Sector, Stakeholder, StakeholderDraft, Status,
};
use concord_i18n::{I18n, Locale};
use concord_register::{export_csv, parse_import};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Chinese, Latin, and the characters CSV has to quote or Excel would run as a formula.
    "[\\p{Han}a-zA-Z0-9 ,;\"\\n=+@-]{0,12}"
}

/// A name or an organisation: one line, as the register's forms take them.
fn line() -> impl Strategy<Value = String> {
    "[\\p{Han}a-zA-Z0-9 ,;\"=+@-]{0,12}"
}

prop_compose! {
    fn person(i: usize)(
        zh in line(), en in line(), org_zh in line(), org_en in line(),
        sector in 0usize..8, helix in proptest::option::of(0usize..4), role in 0usize..3,
        groups in proptest::collection::vec(0usize..8, 0..4), other in "[\\p{Han}a-z][\\p{Han}a-z ]{0,7}",
        mobile in proptest::option::of("\\+86 1[0-9]{2} [0-9]{4} [0-9]{4}"),
        day in 1u32..28, status in 0usize..3, note in text(),
    ) -> Stakeholder {
        let groups: Vec<DisadvantagedGroup> = groups.into_iter().map(|g| DisadvantagedGroup::ALL[g]).collect();
        let has_other = groups.contains(&DisadvantagedGroup::Other);
        let draft = StakeholderDraft {
            // A unique name and e-mail per person, so no row is a duplicate of another.
            name_zh: format!("{}{i}", zh.trim()),
            name_en: en,
            organisation_zh: org_zh,
            organisation_en: org_en,
            sector: Some(Sector::ALL[sector]),
            helix: helix.map(|h| HelixGroup::ALL[h]),
            role: Role::ALL[role],
            groups,
            other_group: if has_other { other } else { String::new() },
            email: format!("p{i}@example.cn"),
            mobile: mobile.unwrap_or_default(),
            consent_date: NaiveDate::from_ymd_opt(2026, 9, day),
            consent_notice: "隐私告知书 v1".into(),
            status: Status::ALL[status],
            note,
            ..StakeholderDraft::default()
        };
        draft.validate().expect("generated people are valid")
    }
}

fn register() -> impl Strategy<Value = Vec<Stakeholder>> {
    (1usize..12).prop_flat_map(|n| (0..n).map(person).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn export_then_import_gives_the_same_register(people in register(), chinese in any::<bool>()) {
        let i18n = I18n::new(if chinese { Locale::ZhCn } else { Locale::En });
        let export = export_csv(&people, &i18n);
        prop_assert_eq!(export.written, people.len());
        let report = parse_import(&export.bytes, &[], None);
        prop_assert!(report.is_ok(), "{:?}", report.messages(&i18n));
        let (added, updated) = report.plan();
        prop_assert!(updated.is_empty());
        prop_assert_eq!(added, people);
    }

    #[test]
    fn any_bytes_give_a_report_not_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let report = parse_import(&bytes, &[], None);
        prop_assert!(report.is_ok() || report.error_count() > 0);
    }
}

#[test]
fn people_without_consent_are_left_out() {
    let people = concord_register::synthetic::people(70);
    let export = export_csv(&people, &I18n::new(Locale::En));
    assert_eq!(export.left_out, 10, "every seventh has no consent");
    let report = parse_import(&export.bytes, &[], None);
    assert_eq!(report.plan().0.len(), 60);
}

#[test]
fn the_synthetic_register_imports_whole() {
    let report = parse_import(
        concord_register::synthetic::csv(2_000).as_bytes(),
        &[],
        None,
    );
    assert!(
        report.is_ok(),
        "{:?}",
        report.messages(&I18n::new(Locale::En)).first()
    );
    assert_eq!(report.plan().0.len(), 2_000);
}
