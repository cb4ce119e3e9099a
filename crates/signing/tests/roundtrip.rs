//! Keys, signing and verifying together, on a small PDF made here (no outside tools).

mod support;

use chrono::{DateTime, FixedOffset};
use concord_signing::{Keyring, SignatureStatus, SigningError, sign_pdf, verify_pdf};
use lopdf::Document;
use support::{city, now, person, small_pdf};

fn at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-23T10:15:00+08:00").expect("time")
}

#[test]
fn two_signers_both_stay_valid_and_a_changed_byte_is_caught() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = Keyring::open_or_create(&dir.path().join("keys"), &city(), now()).expect("keyring");
    let focal = keys
        .signer(&person("王芳 Wang Fang", "focal-point"), now())
        .expect("signer");
    let rep = keys
        .signer(&person("Li Ming 李明", "representative"), now())
        .expect("signer");
    assert_ne!(focal.fingerprint(), rep.fingerprint());

    let pdf = small_pdf(2000);
    let once = sign_pdf(&pdf, &focal, at(), "Approval", "Weinan").expect("sign");
    assert_eq!(&once[..pdf.len()], &pdf[..], "the original bytes are kept");
    let reports = verify_pdf(&once).expect("verify");
    assert_eq!(reports.len(), 1);
    let first = &reports[0];
    assert_eq!(first.status, SignatureStatus::Valid);
    assert!(first.is_valid() && first.uncovered.is_empty());
    assert!(first.binds_certificate);
    assert_eq!(first.signer.as_deref(), Some("王芳 Wang Fang"));
    assert_eq!(first.sub_filter.as_deref(), Some("ETSI.CAdES.detached"));
    assert_eq!(first.fingerprint, Some(focal.fingerprint()));
    assert_eq!(first.signing_time, Some(at()));
    assert!(
        first
            .issuer
            .as_deref()
            .is_some_and(|i| i.contains("Weinan"))
    );

    let twice = sign_pdf(&once, &rep, at(), "Approval", "Weinan").expect("second");
    assert_eq!(&twice[..once.len()], &once[..]);
    let reports = verify_pdf(&twice).expect("verify");
    assert_eq!(reports.len(), 2);
    assert!(
        reports
            .iter()
            .all(|r| r.status.is_valid() && r.covers_revision)
    );
    assert_eq!(
        reports[0].uncovered,
        std::iter::once(once.len() as u64..twice.len() as u64).collect::<Vec<_>>()
    );
    assert!(reports[1].uncovered.is_empty());
    assert_eq!(reports[1].signer.as_deref(), Some("Li Ming 李明"));
    Document::load_mem(&twice).expect("the signed file still parses");

    // One byte of the page content, inside both signed ranges.
    let mut changed = twice.clone();
    let at_text = changed
        .windows(7)
        .position(|w| w == b"Concord")
        .expect("text");
    changed[at_text] = b'K';
    let reports = verify_pdf(&changed).expect("verify");
    assert!(
        reports
            .iter()
            .all(|r| r.status == SignatureStatus::DigestMismatch)
    );

    // Bytes appended after the last signature are reported as not covered.
    let mut appended = twice.clone();
    appended.extend_from_slice(b"\n% later\n");
    let reports = verify_pdf(&appended).expect("verify");
    assert!(reports[1].status.is_valid());
    assert_eq!(
        reports[1].uncovered,
        std::iter::once(twice.len() as u64..appended.len() as u64).collect::<Vec<_>>()
    );
    assert!(!reports[1].covers_revision || !reports[1].uncovered.is_empty());
}

#[test]
fn the_keyring_is_kept_private_reused_and_damage_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys_dir = dir.path().join("keys");
    let keys = Keyring::open_or_create(&keys_dir, &city(), now()).expect("create");
    let ca = keys.ca_certificate_pem().expect("pem");
    assert!(ca.starts_with("-----BEGIN CERTIFICATE-----"));
    let focal = keys
        .signer(&person("Wang Fang", "focal-point"), now())
        .expect("signer");

    let again = Keyring::open_or_create(&keys_dir, &city(), now()).expect("reopen");
    assert_eq!(
        again.ca_certificate_pem().expect("pem"),
        ca,
        "the authority is reused"
    );
    assert_eq!(again.ca_fingerprint(), keys.ca_fingerprint());
    let same = again
        .signer(&person("Wang Fang", "focal-point"), now())
        .expect("signer");
    assert_eq!(
        same.fingerprint(),
        focal.fingerprint(),
        "the certificate is reused"
    );
    let renamed = again
        .signer(&person("Wang Fang (acting)", "focal-point"), now())
        .expect("signer");
    assert_ne!(
        renamed.fingerprint(),
        focal.fingerprint(),
        "a new name gets a new certificate"
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for entry in std::fs::read_dir(&keys_dir).expect("list") {
            let meta = entry.expect("entry").metadata().expect("meta");
            assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        }
        let dir_mode = std::fs::metadata(&keys_dir)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o700);
    }

    assert!(matches!(
        again.signer(&person("X", "../etc"), now()),
        Err(SigningError::BadRole(_))
    ));
    assert!(matches!(
        again.signer(&person("  ", "focal-point"), now()),
        Err(SigningError::NoSignerName)
    ));

    std::fs::write(keys_dir.join("city-ca.key.pem"), "not a key").expect("damage");
    match Keyring::open_or_create(&keys_dir, &city(), now()) {
        Err(SigningError::Damaged { path, .. }) => assert!(path.ends_with("city-ca.key.pem")),
        other => panic!("expected damage, got {other:?}"),
    }
    std::fs::remove_file(keys_dir.join("city-ca.key.pem")).expect("remove");
    assert!(matches!(
        Keyring::open_or_create(&keys_dir, &city(), now()),
        Err(SigningError::Damaged { .. })
    ));
}

#[test]
fn what_is_not_a_pdf_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = Keyring::open_or_create(dir.path(), &city(), now()).expect("keyring");
    let focal = keys
        .signer(&person("Wang Fang", "focal-point"), now())
        .expect("signer");
    assert!(matches!(
        sign_pdf(b"plain text", &focal, at(), "", ""),
        Err(SigningError::NotPdf(_))
    ));
    assert!(matches!(
        verify_pdf(b"plain text"),
        Err(SigningError::NotPdf(_))
    ));
    let mut truncated = small_pdf(10);
    truncated.truncate(truncated.len() / 2);
    // Either refused or signed; never a panic.
    let _ = sign_pdf(&truncated, &focal, at(), "", "");
}
