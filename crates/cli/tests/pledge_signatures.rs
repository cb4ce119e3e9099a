//! `concord pledge sign`: the focal point and the high-level representative draw their
//! signatures (strokes from a JSON file) on the adopted targets, and `concord export pledge`
//! prints the drawings above their names; before adoption, or with a file that holds no
//! strokes, nothing is signed and the person is told why.
#![allow(clippy::unwrap_used)]

mod util;

use std::path::{Path, PathBuf};

use util::{Workspace, pdf_text};

const WAVE: &str = "[[[0.05,0.6],[0.15,0.3],[0.25,0.7],[0.35,0.3],[0.45,0.7],[0.55,0.3],\
                    [0.65,0.7],[0.75,0.3],[0.85,0.7],[0.95,0.4]],[[0.1,0.85],[0.9,0.8]]]";

fn strokes(ws: &Workspace, name: &str, text: &str) -> PathBuf {
    let file = ws.path(name);
    std::fs::write(&file, text).unwrap();
    file
}

fn sign(ws: &Workspace, lang: &str, role: &str, file: &Path) -> util::Run {
    ws.concord(
        lang,
        &[
            "pledge",
            "sign",
            "--role",
            role,
            "--strokes",
            file.to_str().unwrap(),
        ],
    )
}

fn adopt(ws: &Workspace) {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let question: i64 = conn
        .query_row(
            "SELECT id FROM question WHERE state = 'decided' AND adopted = 1 ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let run = ws.concord(
        "en",
        &["targets", "adopt", "--question", &question.to_string()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

fn export(ws: &Workspace, lang: &str, name: &str) -> PathBuf {
    let out = ws.path(name);
    let run = ws.concord(
        "en",
        &[
            "export",
            "pledge",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    out
}

/// Path-drawing operators in the PDF's content streams, uncompressed by qpdf.
fn path_ops(ws: &Workspace, pdf: &Path) -> usize {
    let qdf = ws.path("qdf.pdf");
    let status = std::process::Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(pdf)
        .arg(&qdf)
        .status()
        .expect("qpdf is needed for this test (make deps installs it)");
    assert!(status.success());
    let bytes = std::fs::read(&qdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.matches(" c\n").count() + text.matches(" l\n").count()
}

fn signed_rows(ws: &Workspace) -> i64 {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.query_row("SELECT count(*) FROM pledge_signature", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn both_sign_the_adopted_targets_and_the_pledge_draws_their_strokes_above_their_names() {
    let ws = Workspace::with_demo();
    let wave = strokes(&ws, "wave.json", WAVE);
    adopt(&ws);
    // Each language lays its tables out in its own widths: compare it with itself unsigned.
    let bare_ops: Vec<usize> = ["en", "zh-CN", "bilingual"]
        .iter()
        .map(|lang| path_ops(&ws, &export(&ws, lang, &format!("bare-{lang}.pdf"))))
        .collect();

    let run = sign(&ws, "en", "focal-point", &wave);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("signed the targets pledge (1 of 2"),
        "{}",
        run.stdout
    );
    // The window's signing pad sends {"strokes": …}: read the same.
    let pad = strokes(&ws, "pad.json", &format!("{{\"strokes\": {WAVE}}}"));
    let run = sign(&ws, "zh-CN", "representative", &pad);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("已签署目标承诺书"), "{}", run.stdout);
    assert_eq!(signed_rows(&ws), 2);

    let listed = ws.concord("en", &["pledge", "signatures", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&listed.stdout).unwrap();
    let roles: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["focal-point", "representative"]);
    let fp = json[0]["name"].as_str().unwrap().to_owned();
    let rep = json[1]["name"].as_str().unwrap().to_owned();

    for (lang, bare_ops) in ["en", "zh-CN", "bilingual"].into_iter().zip(bare_ops) {
        let signed = export(&ws, lang, &format!("signed-{lang}.pdf"));
        let text = pdf_text(&signed);
        // Each signer's name in the document's script: "李建国 Li Jianguo" is split by it.
        for name in [&fp, &rep] {
            let (zh, en) = concord_domain::bilingual::split_scripts(name);
            let wanted = match lang {
                "en" => vec![en],
                "zh-CN" => vec![zh],
                _ => vec![zh, en],
            };
            for part in wanted {
                assert!(text.contains(&part), "{lang}: {part:?} missing: {text}");
            }
        }
        let ops = path_ops(&ws, &signed);
        // Two signatures of eleven points each, drawn as paths.
        assert!(
            ops >= bare_ops + 20,
            "{lang}: {ops} path operators, {bare_ops} bare"
        );
    }

    // Signing again replaces the drawing.
    let dot = strokes(&ws, "line.json", "[[[0.1,0.5],[0.9,0.5]]]");
    assert_eq!(sign(&ws, "en", "focal-point", &dot).code, 0);
    assert_eq!(signed_rows(&ws), 2);
    let replaced = path_ops(&ws, &export(&ws, "en", "again.pdf"));
    let twice = path_ops(&ws, &ws.path("signed-en.pdf"));
    assert!(replaced < twice, "{replaced} vs {twice}");
}

#[test]
fn before_adoption_or_with_a_bad_file_nothing_is_signed() {
    let ws = Workspace::with_demo();
    let wave = strokes(&ws, "wave.json", WAVE);
    let run = sign(&ws, "en", "focal-point", &wave);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("No target is adopted yet"),
        "{}",
        run.stderr
    );
    let run = sign(&ws, "zh-CN", "focal-point", &wave);
    assert!(run.stderr.contains("尚无已通过的目标"), "{}", run.stderr);
    assert_eq!(signed_rows(&ws), 0);

    adopt(&ws);
    let broken = strokes(&ws, "broken.json", "[[[0.1, 0.2], [0.3");
    let run = sign(&ws, "en", "representative", &broken);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("broken.json holds no strokes"),
        "{}",
        run.stderr
    );
    let empty = strokes(&ws, "empty.json", "[]");
    let run = sign(&ws, "en", "representative", &empty);
    assert_ne!(run.code, 0, "{}", run.stdout);
    let missing = ws.path("missing.json");
    assert_ne!(sign(&ws, "en", "representative", &missing).code, 0);
    assert_eq!(signed_rows(&ws), 0);
    let listed = ws.concord("en", &["pledge", "signatures"]);
    assert!(
        listed.stdout.contains("No signature is drawn"),
        "{}",
        listed.stdout
    );
}
