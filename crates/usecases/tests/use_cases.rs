//! The use cases on the demo dialogue, as both shells run them.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, TimeZone};
use concord_domain::DeclarationKind;
use concord_i18n::{I18n, Locale};
use concord_store::Store;
use concord_usecases::declarations::{DeclarationChoice, export_declaration};
use concord_usecases::minutes::{MeetingChoice, export_minutes};
use concord_usecases::register::{OnDuplicate, check_import, import};
use concord_usecases::signing::{CityRole, trusted_authorities, verify_pdf};
use concord_usecases::{Language, UseCaseError};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, day()).unwrap();
    store
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn exported_minutes_carry_the_audit_chains_head_and_say_their_language() {
    let store = demo();
    let pdf = export_minutes(&store, MeetingChoice::Latest, Language::ZhCn).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF"));
    assert!(pdf.pages >= 1);
    assert!(pdf.file_name.ends_with("-zh-CN.pdf"), "{}", pdf.file_name);
    let head = store.audit_anchor().unwrap().to_string();
    assert!(contains(&pdf.bytes, &head), "the PDF carries {head}");
}

#[test]
fn an_unknown_meeting_is_the_stores_refusal() {
    let store = demo();
    let error = export_minutes(&store, MeetingChoice::Id(9_999), Language::En).unwrap_err();
    assert!(matches!(error, UseCaseError::Store(_)), "{error:?}");
}

#[test]
fn a_declaration_of_the_wrong_kind_is_refused_by_name() {
    let store = demo();
    let membership = store
        .latest_declaration(DeclarationKind::Membership)
        .unwrap()
        .unwrap();
    let choice = DeclarationChoice {
        id: Some(membership.id),
        kind: Some(DeclarationKind::Custom),
        unsaved_dated: day(),
    };
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("concord.db");
    let now = chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap();
    let error = export_declaration(&store, &db, choice, Language::En, None, now).unwrap_err();
    assert_eq!(error.message().0, "decl-error-wrong-kind");
}

#[test]
fn a_signed_declaration_verifies_against_the_citys_own_authority() {
    let store = demo();
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("concord.db");
    let now = chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap();
    let choice = DeclarationChoice {
        id: None,
        kind: Some(DeclarationKind::Custom),
        unsaved_dated: day(),
    };
    let pdf = export_declaration(
        &store,
        &db,
        choice,
        Language::En,
        Some(CityRole::FocalPoint),
        now,
    )
    .unwrap();
    assert!(
        pdf.file_name.ends_with("-en-signed.pdf"),
        "{}",
        pdf.file_name
    );
    let trusted = trusted_authorities(&db, &[]).unwrap();
    let report = verify_pdf(&pdf.bytes, &trusted).unwrap();
    assert_eq!(report.signatures.len(), 1);
    assert!(report.holds());
}

#[test]
fn an_import_with_a_problem_writes_nothing_and_a_good_one_writes_every_row() {
    let mut store = demo();
    let before = store.stakeholders().unwrap().len();
    let bad = "姓名,邮箱\n,not-an-address\n";
    let report = import(&mut store, bad.as_bytes(), Some(OnDuplicate::Skip)).unwrap();
    assert!(!report.is_ok());
    assert_eq!(store.stakeholders().unwrap().len(), before);

    let good =
        "姓名,单位,领域/部门,邮箱\n欧阳明,陕西绿色发展投资基金,投资方,ouyang.ming@example.cn\n";
    let checked = check_import(&store, good.as_bytes(), Some(OnDuplicate::Skip)).unwrap();
    assert!(
        checked.is_ok(),
        "{:?}",
        checked.messages(&I18n::new(Locale::En))
    );
    let report = import(&mut store, good.as_bytes(), Some(OnDuplicate::Skip)).unwrap();
    assert!(report.is_ok());
    assert_eq!(store.stakeholders().unwrap().len(), before + 1);
}
