//! Acceptance tests of signatures through the `concord` binary, checked against poppler's
//! `pdfsig` (with the city's certificate imported into a fresh NSS database) and `qpdf --check`.

#[path = "signing/tamper.rs"]
mod tamper;
mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use tamper::paint_over_page_one;
use util::{Run, Workspace, tool};

/// The exit code of a check that found a problem (README's table): a signature that does not
/// hold, or no signature.
const DOES_NOT_HOLD: i32 = 3;

fn ok(run: &Run) {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn sign(ws: &Workspace, input: &Path, out: &str, signer: &str) -> PathBuf {
    let out = ws.path(out);
    let run = ws.concord(
        "en",
        &[
            "sign",
            "--pdf",
            arg(input),
            "--out",
            arg(&out),
            "--signer",
            signer,
        ],
    );
    ok(&run);
    assert!(run.stdout.contains("Signed"), "{}", run.stdout);
    out
}

/// A fresh NSS database that trusts the city's exported certificate, as a partner would make.
fn partner_nss(ws: &Workspace) -> String {
    let ca = ws.path("city-ca.pem");
    ok(&ws.concord("en", &["export", "certificate", "--out", arg(&ca)]));
    let pem = std::fs::read_to_string(&ca).expect("read certificate");
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"), "{pem}");
    let nss = ws.path("nss");
    std::fs::create_dir_all(&nss).expect("nss dir");
    let dir = format!("sql:{}", arg(&nss));
    let certutil = |args: &[&str]| {
        let status = Command::new("certutil")
            .args(args)
            .status()
            .expect("certutil is needed for this test (make deps installs libnss3-tools)");
        assert!(status.success(), "certutil {args:?}");
    };
    certutil(&["-N", "-d", &dir, "--empty-password"]);
    certutil(&[
        "-A",
        "-d",
        &dir,
        "-n",
        "city-ca",
        "-t",
        "CT,C,C",
        "-i",
        arg(&ca),
    ]);
    dir
}

fn pdfsig(nss: &str, pdf: &Path) -> String {
    let run = tool("pdfsig", &["-nssdir", nss], pdf);
    format!("{}{}", run.stdout, run.stderr)
}

fn qpdf_check(pdf: &Path) {
    let run = tool("qpdf", &["--check"], pdf);
    assert_eq!(run.code, 0, "qpdf --check: {}{}", run.stdout, run.stderr);
}

#[test]
fn two_signers_are_valid_and_trusted_in_pdfsig_and_in_verify() {
    let ws = Workspace::with_demo();
    let minutes = ws.export_minutes("bilingual");
    let once = sign(&ws, &minutes, "signed-once.pdf", "focal-point");
    let twice = sign(&ws, &once, "signed-twice.pdf", "representative");

    let original = std::fs::read(&minutes).expect("read");
    let once_bytes = std::fs::read(&once).expect("read");
    let twice_bytes = std::fs::read(&twice).expect("read");
    assert_eq!(
        &once_bytes[..original.len()],
        &original[..],
        "an incremental update"
    );
    assert_eq!(
        &twice_bytes[..once_bytes.len()],
        &once_bytes[..],
        "an incremental update"
    );
    qpdf_check(&once);
    qpdf_check(&twice);
    assert_eq!(util::page_count(&twice), util::page_count(&minutes));

    let nss = partner_nss(&ws);
    let report = pdfsig(&nss, &twice);
    assert_eq!(report.matches("Signature is Valid.").count(), 2, "{report}");
    assert_eq!(
        report.matches("Certificate is Trusted.").count(),
        2,
        "{report}"
    );
    assert_eq!(report.matches("ETSI.CAdES.detached").count(), 2, "{report}");
    assert!(report.contains("Total document signed"), "{report}");

    let run = ws.concord("en", &["verify", arg(&twice)]);
    ok(&run);
    assert_eq!(
        run.stdout.matches("Status: valid").count(),
        2,
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Signature 2"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Coverage: the whole file"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("were added after this signature"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Issued by: Weinan"), "{}", run.stdout);
    assert_eq!(
        run.stdout
            .matches("Trust: trusted: issued by the city CA")
            .count(),
        2,
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("only adds signature 2"),
        "{}",
        run.stdout
    );
    // The fingerprints printed are those of the certificates in the key folder.
    let keys = ws.path("keys");
    let focal_pem = std::fs::read_to_string(keys.join("focal-point.cert.pem")).expect("cert");
    assert!(focal_pem.starts_with("-----BEGIN CERTIFICATE-----"));
    let fingerprints: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Certificate (SHA-256): "))
        .collect();
    assert_eq!(fingerprints.len(), 2);
    assert_ne!(fingerprints[0], fingerprints[1]);
    assert_eq!(fingerprints[0].len(), 95);

    let zh = ws.concord("zh-CN", &["verify", arg(&twice)]);
    ok(&zh);
    assert!(zh.stdout.contains("状态：有效"), "{}", zh.stdout);
}

#[test]
fn a_changed_byte_makes_both_tools_say_invalid() {
    let ws = Workspace::with_demo();
    let minutes = ws.export_minutes("en");
    let once = sign(&ws, &minutes, "signed.pdf", "focal-point");
    let twice = sign(&ws, &once, "signed-twice.pdf", "representative");
    let nss = partner_nss(&ws);

    let mut bytes = std::fs::read(&twice).expect("read");
    // A byte in the middle of the original document: inside both signed ranges.
    let at = std::fs::read(&minutes).expect("read").len() / 2;
    bytes[at] ^= 0x01;
    let changed = ws.path("changed.pdf");
    std::fs::write(&changed, &bytes).expect("write");

    let report = pdfsig(&nss, &changed);
    assert!(!report.contains("Signature is Valid."), "{report}");
    assert!(
        report.contains("Digest Mismatch") || report.contains("Invalid"),
        "{report}"
    );
    let run = ws.concord("en", &["verify", arg(&changed)]);
    assert_eq!(
        run.code, DOES_NOT_HOLD,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert_eq!(
        run.stdout
            .matches("INVALID: the document was changed")
            .count(),
        2,
        "{}",
        run.stdout
    );
    assert!(run.stderr.contains("do not hold"), "{}", run.stderr);
}

#[test]
fn bytes_appended_after_the_last_signature_are_reported() {
    let ws = Workspace::with_demo();
    let minutes = ws.export_minutes("en");
    let signed = sign(&ws, &minutes, "signed.pdf", "focal-point");
    let mut bytes = std::fs::read(&signed).expect("read");
    let signed_len = bytes.len();
    bytes.extend_from_slice(b"\n% appended later\n");
    let appended = ws.path("appended.pdf");
    std::fs::write(&appended, &bytes).expect("write");

    let run = ws.concord("en", &["verify", arg(&appended)]);
    assert_eq!(
        run.code, DOES_NOT_HOLD,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(run.stdout.contains("Status: valid"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains(&format!("bytes {signed_len}–{} were added", bytes.len())),
        "{}",
        run.stdout
    );
}

#[test]
fn keys_live_next_to_the_database_and_are_private() {
    let ws = Workspace::with_demo();
    let minutes = ws.export_minutes("en");
    sign(&ws, &minutes, "signed.pdf", "focal-point");
    let keys = ws.path("keys");
    let names: Vec<String> = std::fs::read_dir(&keys)
        .expect("keys folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    for expected in [
        "city-ca.key.pem",
        "city-ca.cert.pem",
        "focal-point.key.pem",
        "focal-point.cert.pem",
    ] {
        assert!(names.iter().any(|n| n == expected), "{names:?}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for name in &names {
            let mode = std::fs::metadata(keys.join(name))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
    }
    // The authority stays the same from one run to the next.
    let first = ws.path("ca-1.pem");
    let second = ws.path("ca-2.pem");
    ok(&ws.concord("en", &["export", "certificate", "--out", arg(&first)]));
    ok(&ws.concord("en", &["export", "certificate", "--out", arg(&second)]));
    assert_eq!(
        std::fs::read(&first).expect("read"),
        std::fs::read(&second).expect("read")
    );
    // Nothing of the keys is in the database.
    let db = std::fs::read(ws.db()).expect("read db");
    assert!(!db.windows(11).any(|w| w == b"PRIVATE KEY"));
}

#[test]
fn user_mistakes_get_exit_2_and_a_clear_message() {
    let ws = Workspace::with_demo();
    let text = ws.path("notes.pdf");
    std::fs::write(&text, "just some notes").expect("write");
    let run = ws.concord("en", &["verify", arg(&text)]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("is not a PDF"), "{}", run.stderr);
    let zh = ws.concord("zh-CN", &["verify", arg(&text)]);
    assert_eq!(zh.code, 2);
    assert!(zh.stderr.contains("不是 PDF"), "{}", zh.stderr);

    let missing = ws.path("missing.pdf");
    let run = ws.concord("en", &["verify", arg(&missing)]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing.pdf"), "{}", run.stderr);

    let run = ws.concord(
        "en",
        &["sign", "--pdf", arg(&text), "--out", arg(&ws.path("x.pdf"))],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("not a PDF"), "{}", run.stderr);
    assert!(!ws.path("x.pdf").exists());

    let minutes = ws.export_minutes("en");
    let run = ws.concord("en", &["verify", arg(&minutes)]);
    assert_eq!(run.code, DOES_NOT_HOLD);
    assert!(run.stderr.contains("has no signature"), "{}", run.stderr);

    // Signing needs a dialogue to name the signer.
    let empty = Workspace::new();
    let run = empty.concord(
        "en",
        &[
            "sign",
            "--pdf",
            arg(&minutes),
            "--out",
            arg(&empty.path("y.pdf")),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn a_damaged_key_is_refused_not_replaced() {
    let ws = Workspace::with_demo();
    let minutes = ws.export_minutes("en");
    sign(&ws, &minutes, "signed.pdf", "focal-point");
    let key = ws.path("keys").join("city-ca.key.pem");
    std::fs::write(&key, "garbage").expect("damage");
    let run = ws.concord(
        "en",
        &[
            "sign",
            "--pdf",
            arg(&minutes),
            "--out",
            arg(&ws.path("again.pdf")),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("city-ca.key.pem"), "{}", run.stderr);
    assert!(run.stderr.contains("damaged"), "{}", run.stderr);
    assert_eq!(
        std::fs::read(&key).expect("read"),
        b"garbage",
        "left as it was"
    );
}

/// Exports the membership declaration, signed by the focal point when `sign` is set.
fn declaration(ws: &Workspace, name: &str, sign: bool) -> PathBuf {
    let out = ws.path(name);
    let mut args = vec!["export", "declaration", "--lang", "en", "--out", arg(&out)];
    if sign {
        args.push("--sign");
    }
    ok(&ws.concord("en", &args));
    out
}

fn fingerprint_of_exported_ca(ws: &Workspace, name: &str) -> (PathBuf, String) {
    let path = ws.path(name);
    let run = ws.concord("en", &["export", "certificate", "--out", arg(&path)]);
    ok(&run);
    let fingerprint = run
        .stdout
        .split("Fingerprint (SHA-256): ")
        .nth(1)
        .and_then(|rest| rest.get(..95))
        .expect("fingerprint")
        .to_owned();
    (path, fingerprint)
}

#[test]
fn a_declaration_re_signed_with_a_same_name_authority_is_refused() {
    let city = Workspace::with_demo();
    let genuine = declaration(&city, "signed.pdf", true);
    let (_, city_ca) = fingerprint_of_exported_ca(&city, "city-ca.pem");
    // Another laptop with a copy of the dialogue makes its own authority of the same name.
    let laptop = Workspace::with_demo();
    let (_, laptop_ca) = fingerprint_of_exported_ca(&laptop, "laptop-ca.pem");
    assert_ne!(city_ca, laptop_ca);

    // The declaration stripped of its signature and signed twice again on the laptop.
    ok(&city.concord("en", &["verify", arg(&genuine)]));
    let bytes = std::fs::read(&genuine).expect("read");
    // The signature's update starts after the first revision's %%EOF.
    let original_len = bytes
        .windows(5)
        .position(|w| w == b"%%EOF")
        .expect("a revision")
        + "%%EOF".len();
    let stripped = laptop.path("stripped.pdf");
    std::fs::write(&stripped, &bytes[..original_len]).expect("write");
    let once = sign(&laptop, &stripped, "forged-once.pdf", "focal-point");
    let forged = sign(&laptop, &once, "forged.pdf", "representative");
    let on_laptop = laptop.concord("en", &["verify", arg(&forged)]);
    ok(&on_laptop);

    let run = city.concord("en", &["verify", arg(&forged)]);
    assert_eq!(
        run.code, DOES_NOT_HOLD,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert_eq!(
        run.stdout.matches("Status: valid").count(),
        2,
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout.matches("NOT TRUSTED").count(),
        2,
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("not issued by the trusted CA"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&city_ca),
        "names the city CA: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&laptop_ca),
        "names the forged CA: {}",
        run.stdout
    );
    assert!(run.stderr.contains("do not hold"), "{}", run.stderr);
    assert!(!run.stdout.contains("All 2 signatures"), "{}", run.stdout);

    let zh = city.concord("zh-CN", &["verify", arg(&forged)]);
    assert_eq!(zh.code, DOES_NOT_HOLD);
    assert_eq!(zh.stdout.matches("不受信任").count(), 2, "{}", zh.stdout);
}

#[test]
fn a_visible_change_countersigned_later_is_named_and_refused() {
    let city = Workspace::with_demo();
    let genuine = declaration(&city, "signed.pdf", true);
    let changed = city.path("changed.pdf");
    std::fs::write(&changed, paint_over_page_one(&genuine)).expect("write");
    qpdf_check(&changed);

    // Countersigned by the forged key of a laptop, and by the city's own representative.
    let laptop = Workspace::with_demo();
    let forged = sign(&laptop, &changed, "forged.pdf", "representative");
    let countersigned = sign(&city, &changed, "countersigned.pdf", "representative");

    let run = city.concord("en", &["verify", arg(&forged)]);
    assert_eq!(
        run.code, DOES_NOT_HOLD,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(run.stdout.contains("NOT TRUSTED"), "{}", run.stdout);
    assert!(run.stdout.contains("Revision 3"), "{}", run.stdout);

    let run = city.concord("en", &["verify", arg(&countersigned)]);
    assert_eq!(
        run.code, DOES_NOT_HOLD,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert_eq!(
        run.stdout.matches("Status: valid").count(),
        2,
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("NOT TRUSTED"), "{}", run.stdout);
    let revision = run
        .stdout
        .lines()
        .find(|l| l.contains("Revision 3"))
        .unwrap_or_else(|| panic!("revision 3 named: {}", run.stdout));
    assert!(revision.contains("CHANGES THE CONTENT"), "{revision}");
    assert!(revision.contains("the content of page 1"), "{revision}");
    assert!(revision.contains("not signed"), "{revision}");
    let added = run
        .stdout
        .lines()
        .find(|l| l.contains("Revision 4"))
        .expect("revision 4 named");
    assert!(added.contains("only adds signature 2"), "{added}");
    assert!(
        run.stdout
            .contains("Changed after this signature: revision 3"),
        "{}",
        run.stdout
    );

    let zh = city.concord("zh-CN", &["verify", arg(&countersigned)]);
    assert_eq!(zh.code, DOES_NOT_HOLD);
    assert!(zh.stdout.contains("修订 3"), "{}", zh.stdout);
}

#[test]
fn a_partner_city_is_trusted_with_its_certificate() {
    let city = Workspace::with_demo();
    let partner = Workspace::with_demo();
    let (partner_ca, partner_fingerprint) = fingerprint_of_exported_ca(&partner, "partner-ca.pem");
    let minutes = partner.export_minutes("en");
    let signed = sign(&partner, &minutes, "partner-signed.pdf", "focal-point");

    let run = city.concord("en", &["verify", arg(&signed)]);
    assert_eq!(
        run.code, DOES_NOT_HOLD,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(run.stdout.contains("NOT TRUSTED"), "{}", run.stdout);

    let run = city.concord("en", &["verify", "--trust", arg(&partner_ca), arg(&signed)]);
    ok(&run);
    assert!(run.stdout.contains("partner CA"), "{}", run.stdout);
    assert!(
        run.stdout.contains("trusted: issued by the partner CA"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(&partner_fingerprint), "{}", run.stdout);

    // A signer's certificate cannot vouch for others; a missing file is said so.
    let leaf = partner.path("keys").join("focal-point.cert.pem");
    let run = city.concord("en", &["verify", "--trust", arg(&leaf), arg(&signed)]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("not a certificate authority"),
        "{}",
        run.stderr
    );
    let missing = city.path("nothing.pem");
    let run = city.concord("en", &["verify", "--trust", arg(&missing), arg(&signed)]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("nothing.pem"), "{}", run.stderr);
}

#[test]
fn first_signings_at_once_leave_one_authority() {
    for round in 0..3 {
        let ws = Workspace::with_demo();
        let minutes = ws.export_minutes("en");
        let children: Vec<_> = (0..8)
            .map(|i| {
                let out = ws.path(&format!("signed-{i}.pdf"));
                let role = if i % 2 == 0 {
                    "focal-point"
                } else {
                    "representative"
                };
                let child = Command::new(env!("CARGO_BIN_EXE_concord"))
                    .arg("--db")
                    .arg(ws.db())
                    .args([
                        "sign",
                        "--pdf",
                        arg(&minutes),
                        "--out",
                        arg(&out),
                        "--signer",
                        role,
                    ])
                    .env("CONCORD_LANG", "en")
                    .env_remove("CONCORD_DB")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("start concord");
                (out, child)
            })
            .collect();
        let keys = ws.path("keys");
        let ca = keys.join("city-ca.cert.pem");
        for (out, child) in children {
            let output = child.wait_with_output().expect("concord ran");
            assert!(
                output.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            let run = ws.concord("en", &["verify", arg(&out)]);
            assert_eq!(run.code, 0, "round {round}: {}{}", run.stdout, run.stderr);
        }
        for role in ["focal-point", "representative"] {
            let cert = keys.join(format!("{role}.cert.pem"));
            let check = Command::new("openssl")
                .args(["verify", "-CAfile", arg(&ca), arg(&cert)])
                .output()
                .expect("openssl is needed for this test");
            assert!(
                check.status.success(),
                "round {round}: {role}: {}",
                String::from_utf8_lossy(&check.stdout)
            );
        }
    }
}
