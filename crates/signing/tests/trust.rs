//! Whose signatures are trusted, and what a later revision may change: a forged authority with
//! the city's name, content changed after the first signature, a genuine countersignature and a
//! partner city's authority.

mod support;

use std::path::Path;

use concord_signing::{
    AuthorityOrigin, ContentChange, Distrust, DocumentReport, Keyring, ObjectRole, Trust,
    TrustedAuthorities, sign_pdf, verify_document,
};
use support::{
    add_unreferenced_object, add_visible_note, city, now, partner_city, person, replace_page_text,
    signed_at, small_pdf,
};

fn trusting(keys: &Keyring, origin: AuthorityOrigin) -> TrustedAuthorities {
    let mut trusted = TrustedAuthorities::default();
    add(&mut trusted, keys, origin);
    trusted
}

fn add(trusted: &mut TrustedAuthorities, keys: &Keyring, origin: AuthorityOrigin) {
    let pem = keys.ca_certificate_pem().expect("pem");
    trusted
        .add_pem(pem.as_bytes(), origin, Path::new("ca.pem"))
        .expect("an authority");
}

fn sign(pdf: &[u8], keys: &Keyring, name: &str, role: &str) -> Vec<u8> {
    let signer = keys.signer(&person(name, role), now()).expect("signer");
    sign_pdf(pdf, &signer, signed_at(), "Approval", "Weinan").expect("sign")
}

fn verify(pdf: &[u8], trusted: &TrustedAuthorities) -> DocumentReport {
    verify_document(pdf, trusted).expect("verify")
}

#[test]
fn an_authority_with_the_city_name_but_another_key_is_not_trusted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let genuine = Keyring::open_or_create(&dir.path().join("city"), &city(), now()).expect("ca");
    // Another laptop with a copy of the database makes an authority of the same name.
    let forged = Keyring::open_or_create(&dir.path().join("laptop"), &city(), now()).expect("ca");
    assert_ne!(genuine.ca_fingerprint(), forged.ca_fingerprint());
    let trusted = trusting(&genuine, AuthorityOrigin::City);

    let pdf = small_pdf(500);
    let re_signed = sign(&pdf, &forged, "Wang Fang", "focal-point");
    let report = verify(&re_signed, &trusted);
    let only = &report.signatures[0];
    assert!(only.is_valid(), "the signature itself is sound");
    assert!(only.issuer.as_deref().is_some_and(|i| i.contains("Weinan")));
    match &only.trust {
        Trust::NotTrusted(Distrust::UnknownIssuer {
            issuer,
            same_name_authority,
            presented_authority,
        }) => {
            assert!(issuer.contains("Weinan"), "{issuer}");
            assert_eq!(*same_name_authority, Some(genuine.ca_fingerprint()));
            assert_eq!(*presented_authority, Some(forged.ca_fingerprint()));
        }
        other => panic!("expected an unknown issuer, got {other:?}"),
    }
    assert!(!report.holds());

    // The genuine signature countersigned by the forged key: the first holds, the second not.
    let genuine_once = sign(&pdf, &genuine, "Wang Fang", "focal-point");
    let countersigned = sign(&genuine_once, &forged, "Li Ming", "representative");
    let report = verify(&countersigned, &trusted);
    assert!(matches!(report.signatures[0].trust, Trust::Trusted { .. }));
    assert!(matches!(report.signatures[1].trust, Trust::NotTrusted(_)));
    assert!(!report.holds());

    // Nothing trusted at all: said so, not taken as trusted.
    let report = verify(&genuine_once, &TrustedAuthorities::default());
    assert!(matches!(
        report.signatures[0].trust,
        Trust::NotTrusted(Distrust::UnknownIssuer { .. })
    ));
}

#[test]
fn content_changed_after_the_first_signature_is_named_by_revision() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = Keyring::open_or_create(dir.path(), &city(), now()).expect("ca");
    let trusted = trusting(&keys, AuthorityOrigin::City);
    let once = sign(&small_pdf(500), &keys, "Wang Fang", "focal-point");

    // A visible note, then countersigned by a genuine signer: every signature is sound and
    // trusted, and still the document is not what the first signer signed.
    let noted = add_visible_note(&once);
    let countersigned = sign(&noted, &keys, "Li Ming", "representative");
    let report = verify(&countersigned, &trusted);
    assert!(
        report
            .signatures
            .iter()
            .all(|s| s.is_valid() && matches!(s.trust, Trust::Trusted { .. }))
    );
    assert_eq!(report.signatures[0].revision, Some(2));
    assert_eq!(report.signatures[1].revision, Some(4));
    let numbers: Vec<usize> = report.revisions.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [3, 4], "every revision after the first signature");
    let note = &report.revisions[0];
    assert_eq!(note.signature, None);
    assert_eq!(note.bytes.start, once.len() as u64);
    assert!(
        note.changes.iter().any(|c| matches!(
            c,
            ContentChange::Added { kind, .. } if kind == "Annot/FreeText"
        )),
        "{:?}",
        note.changes
    );
    assert!(
        note.changes.iter().any(|c| matches!(
            c,
            ContentChange::Changed { role: ObjectRole::Page(1), keys, .. } if keys == &["Annots"]
        )),
        "{:?}",
        note.changes
    );
    assert!(
        report.revisions[1].changes.is_empty(),
        "the countersignature"
    );
    assert_eq!(report.revisions[1].signature, Some(2));
    assert!(!report.holds());
    assert_eq!(report.changed_after(0).len(), 1);
    assert!(report.changed_after(1).is_empty());

    // Page 1's text replaced in place of its content stream.
    let replaced = sign(
        &replace_page_text(&once),
        &keys,
        "Li Ming",
        "representative",
    );
    let report = verify(&replaced, &trusted);
    assert!(
        report.revisions[0].changes.iter().any(|c| matches!(
            c,
            ContentChange::Changed {
                role: ObjectRole::PageContent(1),
                ..
            }
        )),
        "{:?}",
        report.revisions[0].changes
    );
    assert!(!report.holds());

    // The same change left unsigned at the end of the file.
    let report = verify(&add_visible_note(&once), &trusted);
    assert_eq!(report.revisions.len(), 1);
    assert!(!report.revisions[0].changes.is_empty());
    assert!(!report.holds());
}

#[test]
fn a_genuine_countersignature_is_accepted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = Keyring::open_or_create(dir.path(), &city(), now()).expect("ca");
    let trusted = trusting(&keys, AuthorityOrigin::City);
    let once = sign(&small_pdf(500), &keys, "Wang Fang", "focal-point");
    let twice = sign(&once, &keys, "Li Ming", "representative");
    let report = verify(&twice, &trusted);
    assert!(report.holds(), "{report:?}");
    for signature in &report.signatures {
        match &signature.trust {
            Trust::Trusted {
                fingerprint,
                origin,
                ..
            } => {
                assert_eq!(*fingerprint, keys.ca_fingerprint());
                assert_eq!(*origin, AuthorityOrigin::City);
            }
            other => panic!("expected trusted, got {other:?}"),
        }
    }
    assert_eq!(report.revisions.len(), 1);
    assert!(report.revisions[0].changes.is_empty());
    assert_eq!(report.revisions[0].signature, Some(2));

    // An object nothing refers to shows nothing: no change, though signed over only later.
    let draft = add_unreferenced_object(&once);
    let report = verify(&sign(&draft, &keys, "Li Ming", "representative"), &trusted);
    assert!(report.holds(), "{:?}", report.revisions);
    assert_eq!(report.revisions.len(), 2);
    assert!(report.revisions[0].changes.is_empty());
    assert_eq!(report.revisions[0].signature, None);
}

#[test]
fn a_partner_city_authority_is_trusted_once_given() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ours = Keyring::open_or_create(&dir.path().join("ours"), &city(), now()).expect("ca");
    let partner =
        Keyring::open_or_create(&dir.path().join("partner"), &partner_city(), now()).expect("ca");
    let signed = sign(&small_pdf(500), &partner, "Zhao Lei", "focal-point");

    let mut trusted = trusting(&ours, AuthorityOrigin::City);
    let report = verify(&signed, &trusted);
    match &report.signatures[0].trust {
        Trust::NotTrusted(Distrust::UnknownIssuer {
            same_name_authority,
            ..
        }) => assert_eq!(*same_name_authority, None),
        other => panic!("expected an unknown issuer, got {other:?}"),
    }
    assert!(!report.holds());

    add(&mut trusted, &partner, AuthorityOrigin::Partner);
    let report = verify(&signed, &trusted);
    assert!(report.holds(), "{report:?}");
    assert!(matches!(
        &report.signatures[0].trust,
        Trust::Trusted { origin: AuthorityOrigin::Partner, fingerprint, .. }
            if *fingerprint == partner.ca_fingerprint()
    ));

    // A signer's own certificate is not an authority.
    let leaf = partner
        .signer(&person("Zhao Lei", "focal-point"), now())
        .expect("signer")
        .certificate_pem()
        .expect("pem");
    let mut refused = TrustedAuthorities::default();
    assert!(
        refused
            .add_pem(
                leaf.as_bytes(),
                AuthorityOrigin::Partner,
                Path::new("leaf.pem")
            )
            .is_err()
    );
    assert!(
        refused
            .add_pem(
                b"not a certificate",
                AuthorityOrigin::Partner,
                Path::new("x.pem")
            )
            .is_err()
    );
}

#[test]
fn first_signings_at_once_share_one_authority() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys_dir = dir.path().join("keys");
    let pdf = small_pdf(200);
    let signed: Vec<Vec<u8>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..6)
            .map(|i| {
                let (keys_dir, pdf) = (&keys_dir, &pdf);
                scope.spawn(move || {
                    let keys = Keyring::open_or_create(keys_dir, &city(), now()).expect("ca");
                    let role = if i % 2 == 0 {
                        "focal-point"
                    } else {
                        "representative"
                    };
                    sign(pdf, &keys, "Wang Fang", role)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    let stored = Keyring::open_or_create(&keys_dir, &city(), now()).expect("the stored CA");
    let trusted = trusting(&stored, AuthorityOrigin::City);
    for pdf in &signed {
        let report = verify(pdf, &trusted);
        assert!(report.holds(), "{:?}", report.signatures[0].trust);
    }
}
