//! Declarations and drawn signatures: saved, read back, signed in turn, and refused clearly.

use chrono::{NaiveDate, NaiveDateTime};
use concord_domain::declaration::roles;
use concord_domain::{
    BilingualParagraph, Declaration, DeclarationKind, DeclarationSection, DeclarationSigner,
    DrawnSignature, FieldProblem,
};
use concord_i18n::{I18n, Locale};
use concord_store::{Store, StoreError, demo};

fn at(h: u32, m: u32) -> NaiveDateTime {
    demo::sample_date().and_hms_opt(h, m, 0).expect("time")
}

fn with_demo() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("concord.db")).expect("open");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    (dir, store)
}

fn custom() -> Declaration {
    Declaration {
        id: 0,
        kind: DeclarationKind::Custom,
        title_zh: "渭南市碳中和承诺".into(),
        title_en: "Weinan carbon-neutrality pledge".into(),
        sections: vec![DeclarationSection {
            heading_zh: "承诺".into(),
            heading_en: "Pledge".into(),
            numbered: true,
            paragraphs: vec![
                BilingualParagraph::new("我们承诺……", "We pledge…"),
                BilingualParagraph::bullet("到二〇三〇年", "by 2030"),
            ],
        }],
        signers: vec![
            DeclarationSigner::new(roles::FOCAL_POINT, "李建国 Li Jianguo", "副秘书长"),
            DeclarationSigner::new(roles::HIGH_LEVEL_REP, "王志立 Wang Zhili", "市长"),
        ],
        place_zh: "渭南".into(),
        place_en: "Weinan".into(),
        date: NaiveDate::from_ymd_opt(2026, 12, 1),
    }
}

fn scribble() -> DrawnSignature {
    DrawnSignature {
        strokes: vec![
            (0..50)
                .map(|i| (i as f32 / 50.0, 0.5 + 0.3 * (i as f32 / 4.0).sin()))
                .collect(),
        ],
    }
}

#[test]
fn the_demo_holds_a_signed_membership_and_a_circular_economy_draft() {
    let (_dir, store) = with_demo();
    let all = store.declarations().expect("list");
    assert_eq!(all.len(), 2);
    let membership = store
        .latest_declaration(DeclarationKind::Membership)
        .expect("query")
        .expect("membership");
    assert_eq!(membership.place_zh, "渭南");
    assert_eq!(membership.date, Some(demo::sample_date()));
    let signed = store.drawn_signatures(membership.id).expect("signatures");
    assert_eq!(signed.len(), 1, "the focal point signed, the mayor not yet");
    assert_eq!(signed[0].role, roles::FOCAL_POINT);
    assert_eq!(signed[0].name, "李建国 Li Jianguo");
    assert!(signed[0].signature.point_count() > 20);

    let circular = store
        .latest_declaration(DeclarationKind::Custom)
        .expect("query")
        .expect("custom");
    assert_eq!(circular.title_en, "Asian Circular Cities Declaration");
    assert_eq!(circular.title_zh, "亚洲循环城市宣言");
    assert_eq!(circular.sections.len(), 5);
    assert!(circular.sections[4].paragraphs[9].en.contains("ICLEI"));
    assert!(
        store
            .drawn_signatures(circular.id)
            .expect("none")
            .is_empty()
    );
}

#[test]
fn a_declaration_round_trips_and_updates_until_signed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("concord.db");
    let id = {
        let mut store = Store::open(&path).expect("open");
        demo::create(&mut store, demo::sample_date()).expect("demo");
        let saved = store.save_declaration(&custom(), at(10, 0)).expect("save");
        assert!(saved.id > 0);
        assert_eq!(
            Declaration {
                id: 0,
                ..saved.clone()
            },
            custom()
        );
        saved.id
    };
    // Read back after reopening the file.
    let mut store = Store::open(&path).expect("reopen");
    let mut decl = store.declaration(id).expect("get");
    assert!(decl.sections[0].paragraphs[1].bullet);
    decl.title_en = "Weinan pledge".into();
    store.save_declaration(&decl, at(10, 5)).expect("update");
    assert_eq!(
        store.declaration(id).expect("get").title_en,
        "Weinan pledge"
    );

    store
        .save_drawn_signature(id, roles::FOCAL_POINT, &scribble(), at(10, 10))
        .expect("sign");
    decl.title_en = "Changed after signing".into();
    match store.save_declaration(&decl, at(10, 15)) {
        Err(StoreError::DeclarationSigned { id: got, count: 1 }) => assert_eq!(got, id),
        other => panic!("expected DeclarationSigned, got {other:?}"),
    }
    assert_eq!(
        store.declaration(id).expect("get").title_en,
        "Weinan pledge"
    );
    assert!(
        store
            .clear_drawn_signature(id, roles::FOCAL_POINT)
            .expect("clear")
    );
    assert!(
        !store
            .clear_drawn_signature(id, roles::FOCAL_POINT)
            .expect("again")
    );
    store
        .save_declaration(&decl, at(10, 20))
        .expect("editable again");

    assert!(matches!(
        store.declaration(9999),
        Err(StoreError::DeclarationNotFound(9999))
    ));
    let report = store.verify_audit().expect("verify");
    assert!(report.first_broken.is_none(), "{:?}", report.first_broken);
}

#[test]
fn an_invalid_declaration_names_its_fields_and_writes_nothing() {
    let (_dir, mut store) = with_demo();
    let before = store.declarations().expect("list").len();
    let mut bad = custom();
    bad.title_zh.clear();
    bad.title_en.clear();
    bad.signers[1].name.clear();
    bad.date = None;
    match store.save_declaration(&bad, at(11, 0)) {
        Err(StoreError::Invalid(errors)) => {
            let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(fields, ["titleZh", "signers.1.name", "date"]);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(store.declarations().expect("list").len(), before);
}

#[test]
fn signers_sign_in_turn_once_each() {
    let (_dir, mut store) = with_demo();
    let id = store
        .save_declaration(&custom(), at(10, 0))
        .expect("save")
        .id;

    match store.save_drawn_signature(id, roles::HIGH_LEVEL_REP, &scribble(), at(10, 1)) {
        Err(StoreError::SignatureOutOfTurn { role, waiting_for }) => {
            assert_eq!(role, roles::HIGH_LEVEL_REP);
            assert_eq!(waiting_for, "李建国 Li Jianguo");
        }
        other => panic!("expected SignatureOutOfTurn, got {other:?}"),
    }
    assert!(matches!(
        store.save_drawn_signature(id, "witness", &scribble(), at(10, 1)),
        Err(StoreError::SignerNotFound { .. })
    ));
    assert!(matches!(
        store.save_drawn_signature(
            id,
            roles::FOCAL_POINT,
            &DrawnSignature::default(),
            at(10, 1)
        ),
        Err(StoreError::InvalidSignature(FieldProblem::Required))
    ));
    let outside = DrawnSignature {
        strokes: vec![vec![(0.2, 0.2), (1.5, 0.2)]],
    };
    assert!(matches!(
        store.save_drawn_signature(id, roles::FOCAL_POINT, &outside, at(10, 1)),
        Err(StoreError::InvalidSignature(FieldProblem::OutOfRange))
    ));
    assert!(store.drawn_signatures(id).expect("none").is_empty());

    let first = store
        .save_drawn_signature(id, roles::FOCAL_POINT, &scribble(), at(10, 2))
        .expect("focal point signs");
    assert!(
        first.signature.point_count() <= scribble().point_count(),
        "stored simplified"
    );
    store
        .save_drawn_signature(id, roles::HIGH_LEVEL_REP, &scribble(), at(10, 3))
        .expect("then the representative");
    // Drawing again replaces: still one signature per signer.
    store
        .save_drawn_signature(id, roles::FOCAL_POINT, &scribble(), at(10, 4))
        .expect("re-sign");
    let signed = store.drawn_signatures(id).expect("list");
    let roles: Vec<_> = signed.iter().map(|s| s.role.as_str()).collect();
    assert_eq!(roles, [roles::HIGH_LEVEL_REP, roles::FOCAL_POINT]);
    assert_eq!(signed[1].signed_at, at(10, 4));
}

#[test]
fn every_declaration_error_is_said_in_both_languages() {
    let errors = [
        StoreError::DeclarationNotFound(3),
        StoreError::DeclarationSigned { id: 3, count: 2 },
        StoreError::SignerNotFound {
            declaration: 3,
            role: "witness".into(),
        },
        StoreError::SignatureOutOfTurn {
            role: "high-level-rep".into(),
            waiting_for: "Li Jianguo".into(),
        },
        StoreError::InvalidSignature(FieldProblem::Required),
        StoreError::InvalidSignature(FieldProblem::TooLong),
        StoreError::InvalidSignature(FieldProblem::OutOfRange),
    ];
    for locale in [Locale::En, Locale::ZhCn] {
        let i18n = I18n::new(locale);
        for error in &errors {
            let (id, args) = error.message();
            assert!(i18n.has(id), "{id} missing in {locale:?}");
            let text = i18n.fmt_text(id, &args);
            for (_, value) in &args {
                assert!(text.contains(value.as_str()), "{text} lacks {value}");
            }
        }
    }
}
