//! What the use-case tests share.
#![allow(dead_code)]

use std::process::Command;

/// The text of a PDF as pdftotext reads it.
pub fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = dir.path().join("document.pdf");
    std::fs::write(&pdf, bytes).expect("write");
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed for this test (make deps installs it)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).expect("utf-8")
}
