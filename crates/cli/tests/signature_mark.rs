//! The visible mark of a digital signature: a document signed on export prints who signed,
//! when and with which certificate on the signer's line, and the signature is in the field
//! placed over that mark, as `pdfsig` and `concord verify` read it.

mod util;

use std::path::Path;

use util::{Workspace, pdf_text, tool};

fn arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn must(run: &util::Run) {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
}

#[test]
fn a_signed_declaration_shows_its_signature_on_the_focal_points_line() {
    let ws = Workspace::with_demo();
    let pdf = ws.path("declaration-zh.pdf");
    must(&ws.concord(
        "en",
        &[
            "export",
            "declaration",
            "--lang",
            "zh-CN",
            "--sign",
            "--out",
            arg(&pdf),
        ],
    ));
    let text = pdf_text(&pdf);
    assert!(text.contains("数字签名："), "{text}");
    assert!(text.contains("签署时间："), "{text}");

    let sig = tool("pdfsig", &[], &pdf);
    let report = format!("{}{}", sig.stdout, sig.stderr);
    assert!(
        report.contains("Signature Field Name: focal-point"),
        "{report}"
    );
    assert!(report.contains("Signature is Valid."), "{report}");

    // The mark names the certificate that signed: the same fingerprint `verify` reports.
    let run = ws.concord("en", &["verify", arg(&pdf)]);
    must(&run);
    let short: String = run
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("Certificate (SHA-256): "))
        .map(|hex| hex.replace(':', "").chars().take(16).collect())
        .unwrap_or_default();
    assert_eq!(short.len(), 16, "{}", run.stdout);
    let grouped: Vec<String> = short
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    assert!(
        text.contains(&grouped.join(" ")),
        "{} in {text}",
        grouped.join(" ")
    );

    // A countersignature keeps the first one and changes nothing it signed.
    let twice = ws.path("declaration-zh-twice.pdf");
    must(&ws.concord(
        "en",
        &[
            "sign",
            "--pdf",
            arg(&pdf),
            "--out",
            arg(&twice),
            "--signer",
            "representative",
        ],
    ));
    let run = ws.concord("en", &["verify", arg(&twice)]);
    must(&run);
    assert_eq!(
        run.stdout.matches("Status: valid").count(),
        2,
        "{}",
        run.stdout
    );
}

#[test]
fn an_unsigned_export_has_no_mark_and_no_field() {
    let ws = Workspace::with_demo();
    let pdf = ws.path("declaration.pdf");
    must(&ws.concord(
        "en",
        &["export", "declaration", "--lang", "en", "--out", arg(&pdf)],
    ));
    assert!(!pdf_text(&pdf).contains("Signed digitally"));
    let sig = tool("pdfsig", &[], &pdf);
    let report = format!("{}{}", sig.stdout, sig.stderr);
    assert!(!report.contains("Signature Field Name"), "{report}");
}
