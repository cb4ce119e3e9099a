//! Helpers to drive the real `concord` binary and read its PDFs with poppler.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch folder with its own database.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("concord.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `concord --db <db> args…` with messages in `lang`.
    pub fn concord(&self, lang: &str, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_concord"))
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env("CONCORD_LANG", lang)
            .env_remove("CONCORD_DB")
            .output()
            .expect("run concord");
        to_run(output)
    }

    /// A database holding the demo, with its plenary on 23 November 2026.
    pub fn with_demo() -> Workspace {
        let ws = Workspace::new();
        let run = ws.concord("en", &["demo", "--date", "2026-11-23"]);
        assert_eq!(run.code, 0, "demo failed: {}", run.stderr);
        ws
    }

    /// Exports `what` (a document and its options) in `style` and `lang` with
    /// `concord export --style STYLE WHAT… --lang LANG`, and returns the PDF's path.
    pub fn export(&self, what: &[&str], style: &str, lang: &str) -> PathBuf {
        let out = self.path(&format!("{}-{style}-{lang}.pdf", what.join("-")));
        let mut args = vec!["export", "--style", style];
        args.extend_from_slice(what);
        args.extend(["--lang", lang, "--out", out.to_str().expect("utf-8 path")]);
        let run = self.concord("en", &args);
        assert_eq!(
            run.code, 0,
            "export {what:?} {style} {lang}: {}",
            run.stderr
        );
        out
    }

    /// Exports the latest minutes and returns the PDF's path.
    pub fn export_minutes(&self, lang: &str) -> PathBuf {
        let out = self.path(&format!("minutes-{lang}.pdf"));
        let out_arg = out.to_str().expect("utf-8 path");
        let run = self.concord(
            "en",
            &[
                "export",
                "minutes",
                "--meeting",
                "latest",
                "--lang",
                lang,
                "--out",
                out_arg,
            ],
        );
        assert_eq!(run.code, 0, "export failed: {}", run.stderr);
        assert!(run.stdout.contains("pages"), "{}", run.stdout);
        out
    }
}

fn to_run(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs a poppler or qpdf tool; `make test` installs them, so a missing one fails loudly.
pub fn tool(program: &str, args: &[&str], pdf: &Path) -> Run {
    let output = Command::new(program)
        .args(args)
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| {
            panic!("`{program}` is needed for this test (make deps installs it): {e}")
        });
    to_run(output)
}

/// The text of the PDF as pdftotext reads it, in reading order.
pub fn pdf_text(pdf: &Path) -> String {
    let out = pdf.with_extension("txt");
    let status = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg(&out)
        .status()
        .expect("pdftotext is needed for this test (make deps installs it)");
    assert!(status.success());
    std::fs::read_to_string(out).expect("read text")
}

pub fn page_count(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[], pdf);
    info.stdout
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reports pages")
}
