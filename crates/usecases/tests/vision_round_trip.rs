//! Long texts, an empty paragraph, mixed scripts and 𠮷 (U+20BB7) through the store, the diff
//! and the declaration's PDF, read back with pdftotext: what goes in comes out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pdf_text;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::vision::{VersionChoice, export_vision};
use concord_vision::{Op, ParagraphText, Saved, Version};

fn saved(note: &str) -> Saved {
    Saved {
        by: "周晓雯 Zhou Xiaowen".to_owned(),
        at: NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("time"),
        note: note.to_owned(),
    }
}

fn text(zh: &str, en: &str, not_yet_translated: bool) -> ParagraphText {
    ParagraphText {
        text_zh: zh.to_owned(),
        text_en: en.to_owned(),
        not_yet_translated,
    }
}

/// 3,000 Chinese characters and 600 English words, 𠮷 among them.
fn long_texts() -> (String, String) {
    let zh = "渭南坚持生态优先，𠮷祥社区共建共享绿色低碳的未来，人人有责。".repeat(100);
    let en = "Weinan keeps ecology first, and every neighbourhood shares the work fairly today. "
        .repeat(50);
    (zh, en)
}

/// Without any whitespace: pdftotext breaks lines wherever the layout did.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text without its running headers and page footers, which interrupt a paragraph that
/// runs across pages.
fn body(text: &str) -> String {
    text.lines()
        .filter(|line| {
            let squeezed = squeezed(line);
            let footer = squeezed.starts_with('第') && squeezed.contains("页/共");
            let header = squeezed.starts_with("草案，尚未通过·") || squeezed.starts_with("DRAFT,");
            !(footer || header)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn long_empty_and_mixed_paragraphs_with_a_supplementary_character_round_trip() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .expect("dialogue");
    let (long_zh, long_en) = long_texts();
    let mixed_zh = "𠮷野家 and café（e\u{301}）混排：CO₂ 减排 50%，“引号”与 «guillemets»。";
    let mixed_en = "Mixed: 𠮷 野家, naïve café, CO₂ −50 %, done.";
    let mut v1 = Version::first_draft(saved("一"));
    v1.add_paragraph(
        0,
        0,
        text("渭南，人人共享𠮷祥。", "Weinan, shared by all.", false),
    )
    .expect("purpose");
    v1.add_paragraph(1, 0, text(&long_zh, &long_en, false))
        .expect("long");
    v1.add_paragraph(1, 1, text("", "", true)).expect("empty");
    v1.add_paragraph(2, 0, text(mixed_zh, mixed_en, false))
        .expect("mixed");
    v1.add_paragraph(2, 1, text("只有中文𠮷。", "", true))
        .expect("Chinese only");
    v1.set_neutrality_year(Some(2060)).expect("year");

    // The store gives back exactly what it was given.
    let stored = store.save_vision_version(&v1).expect("save v1");
    assert_eq!(stored.version, v1);
    let loaded = store.vision_version(Some(1)).expect("load").version;
    assert_eq!(loaded, v1);
    assert_eq!(
        loaded.sections[1].paragraphs[0].text_zh.chars().count(),
        3000
    );
    assert_eq!(
        loaded.sections[1].paragraphs[0]
            .text_en
            .split_whitespace()
            .count(),
        600
    );
    assert_eq!(loaded.sections[1].paragraphs[1].text_zh, "");

    // Version 2: 𠮷 inserted in the middle of the long text, a word changed, the empty
    // paragraph written.
    let mut v2 = loaded.next_draft(saved("二"));
    let keys: Vec<_> = v2.paragraphs().map(|p| p.key).collect();
    let middle: String = long_zh.chars().take(1500).collect();
    let rest: String = long_zh.chars().skip(1500).collect();
    let long_zh2 = format!("{middle}𠮷𠮷新增{rest}");
    let long_en2 = long_en.replacen("fairly", "justly", 1);
    v2.edit_paragraph(keys[1], text(&long_zh2, &long_en2, false))
        .expect("edit long");
    v2.edit_paragraph(keys[2], text("新段落𠮷。", "A new paragraph.", false))
        .expect("fill empty");
    store.save_vision_version(&v2).expect("save v2");
    let v2 = store.vision_version(Some(2)).expect("v2").version;

    // The diff's spans give back both texts, in both languages, for every paragraph.
    for language in [
        concord_vision::Language::Chinese,
        concord_vision::Language::English,
    ] {
        let diffs = concord_vision::diff_versions(&loaded, &v2, language);
        assert_eq!(diffs.len(), 5);
        for (diff, (old, new)) in diffs.iter().zip(loaded.paragraphs().zip(v2.paragraphs())) {
            let side = |keep: Op| -> String {
                diff.spans
                    .iter()
                    .filter(|s| s.op == Op::Equal || s.op == keep)
                    .map(|s| s.text.as_str())
                    .collect()
            };
            let (old, new) = match language {
                concord_vision::Language::Chinese => (&old.text_zh, &new.text_zh),
                _ => (&old.text_en, &new.text_en),
            };
            assert_eq!(&side(Op::Delete), old);
            assert_eq!(&side(Op::Insert), new);
        }
        let inserted: String = diffs[1]
            .spans
            .iter()
            .filter(|s| s.op == Op::Insert)
            .map(|s| s.text.as_str())
            .collect();
        match language {
            concord_vision::Language::Chinese => assert_eq!(inserted, "𠮷𠮷新增"),
            _ => assert_eq!(inserted, "justly"),
        }
    }

    // The declaration's PDF: the long text whole, 𠮷 found by pdftotext, the Chinese-only
    // paragraph said to be untranslated, the annex marking what version 2 inserted.
    let now = FixedOffset::east_opt(8 * 3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 12, 4, 10, 0, 0).single())
        .expect("now");
    let db = std::path::Path::new("unused.db");
    let v1_pdf = export_vision(
        &store,
        db,
        VersionChoice::Number(1),
        Language::Bilingual,
        None,
        now,
    )
    .expect("export v1");
    let text1 = pdf_text(&v1_pdf.bytes);
    let flat1 = squeezed(&body(&text1));
    assert!(flat1.contains(&squeezed(&long_zh)), "the long Chinese text");
    assert!(flat1.contains(&squeezed(&long_en)), "the long English text");
    assert!(flat1.contains("渭南，人人共享𠮷祥。"), "{text1}");
    // The face has no subscript two: CO₂ is drawn, and read back, with its digit.
    assert!(
        flat1.contains(&squeezed(&mixed_en.replace('₂', "2"))),
        "{text1}"
    );
    assert!(flat1.contains("只有中文𠮷。"), "{text1}");
    assert!(flat1.contains("[NotyettranslatedintoEnglish.]"), "{text1}");

    let v2_pdf = export_vision(
        &store,
        db,
        VersionChoice::Number(2),
        Language::ZhCn,
        None,
        now,
    )
    .expect("export v2");
    let text2 = pdf_text(&v2_pdf.bytes);
    let flat2 = squeezed(&body(&text2));
    assert!(
        flat2.contains(&squeezed(&long_zh2)),
        "the long text, edited"
    );
    assert!(
        flat2.contains("[+𠮷𠮷新增+]"),
        "the annex marks the insertion"
    );
    assert!(flat2.contains("新段落𠮷。"));
}
