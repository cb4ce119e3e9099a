//! `concord export declaration`: the membership declaration of the demo in each language,
//! checked with poppler and qpdf; an incomplete form refused; drawn and digital signatures.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use std::path::{Path, PathBuf};

use concord_domain::declaration::roles;
use concord_domain::{DeclarationKind, DrawnSignature};
use concord_store::Store;
use util::{Workspace, pdf_text, tool};

fn export(ws: &Workspace, args: &[&str], name: &str) -> PathBuf {
    let out = ws.path(name);
    let mut all = vec!["export", "declaration"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out.to_str().unwrap()]);
    let run = ws.concord("en", &all);
    assert_eq!(run.code, 0, "export failed: {}", run.stderr);
    assert!(run.stdout.contains("pages"), "{}", run.stdout);
    out
}

/// qpdf finds nothing wrong and the two faces of the modern style (regular, and the real bold
/// of the headings) are each embedded as a subset with a ToUnicode map.
fn check_pdf(pdf: &Path) {
    let check = tool("qpdf", &["--check"], pdf);
    assert_eq!(check.code, 0, "qpdf --check: {}", check.stdout);
    let fonts = tool("pdffonts", &[], pdf);
    let rows: Vec<&str> = fonts.stdout.lines().skip(2).collect();
    let mut faces = Vec::new();
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
        faces.push(cols[0].split_once('+').map_or(cols[0], |(_, face)| face));
    }
    faces.sort_unstable();
    assert_eq!(
        faces,
        ["NotoSansCJKsc-Bold", "NotoSansCJKsc-Regular"],
        "{}",
        fonts.stdout
    );
}

/// The filled form, in every language.
const FORM: &[&str] = &[
    "li.jianguo@weinan.gov.cn",
    "zhou.xiaowen@weinan.gov.cn",
    "+86 913 212 0102",
    "+86 139 9132 0101",
];

/// What the English form and signatures print: the English side of each bilingual field.
const FORM_EN: &[&str] = &[
    "Shaanxi 714000",
    // Typeset with its apostrophe, as every English text is.
    "Weinan Municipal People’s Government",
    "Li Jianguo",
    "Zhou Xiaowen",
    "Wang Zhili",
    "China",
];

/// What the Chinese form and signatures print.
const FORM_ZH: &[&str] = &[
    "渭南",
    "陕西省渭南市临渭区朝阳大街 1 号，邮编 714000",
    "渭南市人民政府",
    "李建国",
    "周晓雯",
    "王志立",
    "经济体中国的",
];

#[test]
fn the_membership_declaration_in_english() {
    let ws = Workspace::with_demo();
    let pdf = export(&ws, &["--kind", "membership", "--lang", "en"], "m-en.pdf");
    check_pdf(&pdf);
    let text = pdf_text(&pdf);
    for expected in FORM.iter().chain(FORM_EN).chain(&[
        "I. Introduction",
        "II. Purpose",
        "III. Main Activities",
        "IV. Benefits",
        "V. How to join the network",
        "Complete mobile phone number",
        "Date: 23 November 2026",
        "steivan@tju.edu.cn",
    ]) {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert!(!text.contains("一、引言"));
    // The city too is named in English only ("Weinan", not "渭南 Weinan").
    assert!(
        !text.contains("李建国") && !text.contains("中国") && !text.contains("渭南"),
        "{text}"
    );
}

#[test]
fn the_membership_declaration_in_chinese() {
    let ws = Workspace::with_demo();
    let pdf = export(
        &ws,
        &["--kind", "membership", "--lang", "zh-CN"],
        "m-zh.pdf",
    );
    check_pdf(&pdf);
    let text = pdf_text(&pdf);
    for expected in FORM.iter().chain(FORM_ZH).chain(&[
        "一、引言",
        "二、宗旨",
        "三、主要活动",
        "四、会员权益",
        "五、如何加入网络",
        "助理电子邮箱",
        "2026 年 11 月 23 日",
        "第1页/共3页",
    ]) {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert!(!text.contains("I. Introduction"));
    assert!(
        !text.contains("Li Jianguo") && !text.contains("China"),
        "{text}"
    );
}

#[test]
fn the_membership_declaration_in_both_languages() {
    let ws = Workspace::with_demo();
    let pdf = export(
        &ws,
        &["--kind", "membership", "--lang", "bilingual"],
        "m-both.pdf",
    );
    check_pdf(&pdf);
    let text = pdf_text(&pdf);
    // The columns break the Chinese sentence where its width asks; its words are checked whole.
    let zh = FORM_ZH.iter().filter(|t| **t != "经济体中国的");
    for expected in FORM.iter().chain(FORM_EN).chain(zh).chain(&[
        "一、引言",
        "I. Introduction",
        "五、如何加入网络",
        "V. How to join the network",
        "2026 年 11 月 23 日 / 23 November 2026",
    ]) {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    // Paired paragraphs: each Chinese heading comes before its English.
    assert!(text.find("三、主要活动").unwrap() < text.find("III. Main Activities").unwrap());
    assert!(text.find("III. Main Activities").unwrap() < text.find("四、会员权益").unwrap());
}

#[test]
fn an_incomplete_form_is_refused_with_every_field_named() {
    let ws = Workspace::with_demo();
    {
        let mut store = Store::open(&ws.db()).unwrap();
        let mut dialogue = store.require_dialogue().unwrap();
        dialogue.focal_point.postal_address_zh.clear();
        dialogue.focal_point.assistant_email = "zhou@".into();
        // Optional on the dialogue form: never a reason to refuse the declaration.
        dialogue.focal_point.fax.clear();
        dialogue.focal_point.assistant_name_zh.clear();
        dialogue.focal_point.assistant_name_en.clear();
        store.save_dialogue(&dialogue).unwrap();
    }
    let out = ws.path("refused.pdf");
    let args = [
        "export",
        "declaration",
        "--kind",
        "membership",
        "--lang",
        "en",
        "--out",
        out.to_str().unwrap(),
    ];
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    for expected in [
        "Postal address in Chinese (focalPoint.postalAddressZh): This field is required.",
        "E-mail of an assistant (focalPoint.assistantEmail)",
        "nothing was exported",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected:?}:\n{}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("focalPoint.fax"), "{}", run.stderr);
    assert!(!out.exists(), "no PDF for an incomplete form");
    let zh = ws.concord("zh-CN", &args);
    assert_eq!(zh.code, 2);
    assert!(
        zh.stderr
            .contains("通信地址（中文）（focalPoint.postalAddressZh）：此项为必填。"),
        "{}",
        zh.stderr
    );
}

/// Curve segments in the page content: the drawn signatures are made of them.
fn curve_count(ws: &Workspace, pdf: &Path) -> usize {
    let qdf = ws.path("qdf.pdf");
    let run = std::process::Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(pdf)
        .arg(&qdf)
        .status()
        .expect("qpdf");
    assert!(run.success());
    let bytes = std::fs::read(&qdf).unwrap();
    String::from_utf8_lossy(&bytes).matches(" c\n").count()
}

#[test]
fn drawn_signatures_are_placed_for_each_signer_in_turn() {
    let ws = Workspace::with_demo();
    let before = export(&ws, &["--lang", "en"], "before.pdf");
    let focal_point_only = curve_count(&ws, &before);
    assert!(focal_point_only > 20, "{focal_point_only} curves");
    {
        let mut store = Store::open(&ws.db()).unwrap();
        let membership = store
            .latest_declaration(DeclarationKind::Membership)
            .unwrap()
            .unwrap();
        let sig = DrawnSignature {
            strokes: vec![
                (0..40)
                    .map(|i| (i as f32 / 40.0, 0.5 + 0.4 * (i as f32 / 3.0).sin()))
                    .collect(),
            ],
        };
        let at = concord_store::demo::sample_date()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        store
            .save_drawn_signature(membership.id, roles::HIGH_LEVEL_REP, &sig, at)
            .unwrap();
    }
    let after = export(&ws, &["--lang", "en"], "after.pdf");
    check_pdf(&after);
    assert!(curve_count(&ws, &after) > focal_point_only + 10);
}

#[test]
fn a_custom_declaration_exports_by_kind_and_by_id() {
    let ws = Workspace::with_demo();
    let pdf = export(&ws, &["--kind", "custom", "--lang", "bilingual"], "ce.pdf");
    check_pdf(&pdf);
    let text = pdf_text(&pdf);
    for expected in [
        "亚洲循环城市宣言",
        "Asian Circular Cities Declaration",
        "Reporting to ICLEI",
        "2026 年 12 月 21 日 / 21 December 2026",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    let id = {
        let store = Store::open(&ws.db()).unwrap();
        store
            .latest_declaration(DeclarationKind::Custom)
            .unwrap()
            .unwrap()
            .id
    };
    let by_id = export(&ws, &["--id", &id.to_string(), "--lang", "en"], "ce-en.pdf");
    assert!(pdf_text(&by_id).contains("Asian Circular Cities Declaration"));
    let out = ws.path("wrong.pdf");
    let run = ws.concord(
        "en",
        &[
            "export",
            "declaration",
            "--kind",
            "membership",
            "--id",
            &id.to_string(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("membership"), "{}", run.stderr);
}

#[test]
fn a_signed_declaration_carries_its_certificate_in_the_footer() {
    let ws = Workspace::with_demo();
    let pdf = export(&ws, &["--lang", "zh-CN", "--sign"], "signed.pdf");
    check_pdf(&pdf);
    let verify = ws.concord("en", &["verify", pdf.to_str().unwrap()]);
    assert_eq!(verify.code, 0, "{}{}", verify.stdout, verify.stderr);
    let fingerprint = verify
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("Certificate (SHA-256): "))
        .expect("fingerprint reported")
        .to_owned();
    let text = pdf_text(&pdf);
    assert!(
        text.contains(&format!("证书 SHA-256 {fingerprint}")),
        "footer lacks {fingerprint}:\n{text}"
    );
}
