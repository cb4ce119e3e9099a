//! Every name and title a document prints in the document's language, read back with
//! pdftotext, pdfinfo, qpdf, pdfsig and openssl from the exported files.

mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use concord_store::Store;
use util::{Workspace, pdf_text, tool};

fn export(ws: &Workspace, what: &str, lang: &str, sign: bool) -> PathBuf {
    let out = ws.path(&format!("{what}-{lang}.pdf"));
    let out_arg = out.to_str().expect("utf-8 path");
    let mut args = vec!["export", what, "--lang", lang, "--out", out_arg];
    if sign {
        args.push("--sign");
    }
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    out
}

fn author(pdf: &Path) -> String {
    let info = tool("pdfinfo", &["-enc", "UTF-8"], pdf);
    info.stdout
        .lines()
        .find_map(|l| l.strip_prefix("Author:"))
        .map(|a| a.trim().to_owned())
        .unwrap_or_default()
}

/// The signature dictionary's /Reason as qpdf decodes it.
fn reason(pdf: &Path) -> String {
    let json = tool("qpdf", &["--json"], pdf).stdout;
    json.split("\"/Reason\": \"u:")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a signature with a reason")
        .to_owned()
}

const LATIN_PEOPLE: [&str; 6] = [
    "Li Jianguo",
    "Jianguo",
    "Wang Zhili",
    "Deputy Secretary-General",
    "Mayor of Weinan",
    "Chaoyang Street",
];

#[test]
fn a_chinese_declaration_and_minutes_name_people_in_chinese() {
    let ws = Workspace::with_demo();
    let declaration = export(&ws, "declaration", "zh-CN", false);
    let text = pdf_text(&declaration);
    for chinese in [
        "李建国",
        "渭南市人民政府副秘书长",
        "王志立",
        "渭南市市长",
        "朝阳大街 1 号",
    ] {
        assert!(text.contains(chinese), "{chinese} missing:\n{text}");
    }
    for latin in LATIN_PEOPLE {
        assert!(
            !text.contains(latin),
            "{latin} in the Chinese declaration:\n{text}"
        );
    }
    assert_eq!(author(&declaration), "李建国");

    let minutes = export(&ws, "minutes", "zh-CN", false);
    let text = pdf_text(&minutes);
    for latin in [
        "Li Jianguo",
        "Wang Zhili",
        "Mayor of Weinan",
        "Three rounds",
    ] {
        assert!(!text.contains(latin), "{latin} in the Chinese minutes");
    }
    // The focal point who chaired is the chair at the signature too.
    assert!(!text.contains("联络人\n"), "{text}");

    let english = export(&ws, "minutes", "en", false);
    let text = pdf_text(&english);
    assert!(text.contains("approved by Li Jianguo"), "{text}");
    assert!(
        !text.contains("三轮协商"),
        "the Chinese rationale in the English minutes"
    );
    assert!(text.contains("Three rounds each met two or more objections"));
    assert_eq!(author(&english), "Li Jianguo");
    assert_eq!(
        author(&export(&ws, "minutes", "bilingual", false)),
        "李建国 Li Jianguo"
    );
}

#[test]
fn a_missing_translation_is_said_not_mixed_in() {
    let ws = Workspace::with_demo();
    {
        // As a database migrated from one language would hold it.
        let mut store = Store::open(&ws.db()).expect("open");
        let mut dialogue = store.require_dialogue().expect("dialogue");
        dialogue.focal_point.title_zh.clear();
        dialogue.high_level_rep.name_en.clear();
        store.save_dialogue(&dialogue).expect("save");
    }
    // The membership form asks for both languages and names the missing one.
    let out = ws.path("refused.pdf");
    let run = ws.concord(
        "zh-CN",
        &[
            "export",
            "declaration",
            "--lang",
            "zh-CN",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("职务（中文）"), "{}", run.stderr);
    assert!(!out.exists());
    // The minutes still print, saying where only the other language exists.
    let text = pdf_text(&export(&ws, "minutes", "zh-CN", false)).replace('\n', " ");
    assert!(
        text.contains("Deputy Secretary-General, Weinan Municipal Government（仅有英文原文）"),
        "{text}"
    );
    // A name in one script only is how that person is named: no note beside it.
    assert!(text.contains("Giulia Ferrari ·"), "{text}");
}

#[test]
fn the_signing_certificate_names_title_and_administration_and_the_reason_follows_the_language() {
    let ws = Workspace::with_demo();
    let zh = export(&ws, "declaration", "zh-CN", true);
    assert_eq!(reason(&zh), "由渭南联络人签署");
    let en = export(&ws, "declaration", "en", true);
    assert_eq!(reason(&en), "Signed by the focal point of Weinan");
    let both = export(&ws, "declaration", "bilingual", true);
    assert_eq!(
        reason(&both),
        "由渭南联络人签署 / Signed by the focal point of Weinan"
    );

    let cert = ws.db().with_file_name("keys").join("focal-point.cert.pem");
    let subject = Command::new("openssl")
        .args([
            "x509",
            "-noout",
            "-subject",
            "-nameopt",
            "utf8,sep_multiline",
            "-in",
        ])
        .arg(&cert)
        .output()
        .expect("openssl is needed for this test");
    let subject = String::from_utf8_lossy(&subject.stdout).into_owned();
    for line in [
        "CN=李建国 Li Jianguo",
        "title=渭南市人民政府副秘书长",
        "title=Deputy Secretary-General, Weinan Municipal Government",
        "O=渭南市人民政府",
        "O=Weinan Municipal People's Government",
        "OU=focal-point",
    ] {
        assert!(subject.contains(line), "{line} missing:\n{subject}");
    }
    let pdfsig = tool("pdfsig", &[], &zh);
    let report = format!("{}{}", pdfsig.stdout, pdfsig.stderr);
    assert!(report.contains("title=渭南市人民政府副秘书长"), "{report}");
    assert!(report.contains("Signature is Valid."), "{report}");
}
