//! Layout tests: pagination, tables, headings, justification.

use super::*;
use crate::DocumentError;
use crate::model::Align;
use crate::model::{Block, Signer, Table};

fn long_zh(n: usize) -> String {
    "渭南市城市发展多方利益相关者对话会议，".repeat(n)
}

fn body_texts(page: &Page) -> Vec<String> {
    page.texts()
        .filter(|t| t.baseline > BODY_TOP - 1.0 && t.baseline < BODY_BOTTOM + 1.0)
        .map(|t| t.text.clone())
        .collect()
}

#[test]
fn empty_document_has_one_page_with_footer() {
    let doc = Document::new("");
    let l = doc.layout().expect("layout");
    assert_eq!(l.page_count(), 1);
    assert!(l.pages()[0].text().contains("Page 1 of 1"));
}

#[test]
fn page_labels_know_the_total() {
    let mut doc = Document::new("标题").with_page_label(|n, t| format!("第 {n} 页 / 共 {t} 页"));
    for _ in 0..12 {
        doc.push(Block::paragraph(long_zh(20)));
    }
    let l = doc.layout().expect("layout");
    let total = l.page_count();
    assert!(total >= 3, "{total}");
    for (i, p) in l.pages().iter().enumerate() {
        assert!(
            p.text()
                .contains(&format!("第 {} 页 / 共 {total} 页", i + 1))
        );
    }
}

#[test]
fn nothing_runs_off_the_text_area() {
    let mut doc = Document::new("标题").with_header("页眉");
    doc.push(Block::paragraph(long_zh(40)));
    doc.push(Block::secondary("word ".repeat(800)));
    let l = doc.layout().expect("layout");
    for p in l.pages() {
        for t in p.texts() {
            let w = t.width();
            assert!(t.x >= MARGIN_X - 0.01, "{t:?}");
            assert!(
                t.x + w <= MARGIN_X + TEXT_WIDTH + 0.05,
                "{} > {}: {t:?}",
                t.x + w,
                MARGIN_X + TEXT_WIDTH
            );
            assert!(t.baseline <= PAGE_HEIGHT - 20.0);
        }
    }
}

#[test]
fn table_header_repeats_on_every_page() {
    let mut t = Table::new([("编号 No.", 1.0), ("事项 Item", 5.0)]);
    for i in 0..120 {
        t.push_row([format!("A-{i:03}"), format!("第{i}项 item {i}")]);
    }
    let l = Document::new("").with_block(t).layout().expect("layout");
    assert!(l.page_count() >= 3, "{}", l.page_count());
    for p in l.pages() {
        let texts = body_texts(p);
        assert_eq!(
            texts.first().map(String::as_str),
            Some("编号 No."),
            "{texts:?}"
        );
        assert_eq!(texts.iter().filter(|t| *t == "编号 No.").count(), 1);
    }
    // Every row appears exactly once.
    let all: Vec<String> = l.pages().iter().flat_map(body_texts).collect();
    for i in 0..120 {
        assert_eq!(all.iter().filter(|t| **t == format!("A-{i:03}")).count(), 1);
    }
}

#[test]
fn row_taller_than_a_page_is_split_under_repeated_headers() {
    let tall = (0..150)
        .map(|i| format!("第{i}行"))
        .collect::<Vec<_>>()
        .join("\n");
    let t = Table::new([("甲", 1.0), ("乙", 1.0)]).with_row([tall.as_str(), "短"]);
    let l = Document::new("").with_block(t).layout().expect("layout");
    assert!(l.page_count() >= 2);
    let all: Vec<String> = l.pages().iter().flat_map(body_texts).collect();
    for i in 0..150 {
        assert_eq!(
            all.iter().filter(|t| **t == format!("第 {i} 行")).count(),
            1,
            "line {i}"
        );
    }
    for p in l.pages() {
        assert_eq!(body_texts(p).first().map(String::as_str), Some("甲"));
        for t in p.texts() {
            assert!(
                t.baseline < BODY_BOTTOM + 1.0 || t.size == theme::MODERN.marginal.size,
                "{t:?}"
            );
        }
    }
}

#[test]
fn heading_is_never_last_on_a_page() {
    // Fill most of a page, then a heading: it must move to the next page
    // together with the first lines of its paragraph.
    for filler_lines in 30..44 {
        let mut doc = Document::new("");
        let filler = (0..filler_lines)
            .map(|_| "行")
            .collect::<Vec<_>>()
            .join("\n");
        doc.push(Block::paragraph(filler));
        doc.push(Block::h2("二、议程").with_secondary("2. Agenda"));
        doc.push(Block::paragraph(long_zh(6)));
        let l = doc.layout().expect("layout");
        for p in l.pages() {
            let texts = body_texts(p);
            if let Some(pos) = texts.iter().position(|t| t == "二、议程") {
                assert!(
                    pos + 3 < texts.len(),
                    "heading orphaned with {filler_lines} lines: {texts:?}"
                );
            }
        }
    }
}

#[test]
fn paragraph_keeps_two_lines_at_page_ends() {
    for filler_lines in 35..45 {
        let mut doc = Document::new("");
        let filler = (0..filler_lines)
            .map(|_| "行")
            .collect::<Vec<_>>()
            .join("\n");
        doc.push(Block::paragraph(filler));
        doc.push(Block::paragraph(long_zh(8)));
        let l = doc.layout().expect("layout");
        for p in l.pages() {
            let n = body_texts(p).iter().filter(|t| *t != "行").count();
            assert!(
                n == 0 || n >= 2,
                "{filler_lines}: {n} lines of the paragraph on a page"
            );
        }
    }
}

#[test]
fn page_break_and_signatures() {
    let doc = Document::new("")
        .with_block(Block::paragraph("一"))
        .with_block(Block::PageBreak)
        .with_block(Block::PageBreak)
        .with_block(Block::signatures([
            Signer::new("主持人 Chair", "李建国", "副秘书长"),
            Signer::new("记录人 Recorder", "周晓雯", "市政府办公室"),
            Signer::new("", "𠮷", ""),
        ]));
    let l = doc.layout().expect("layout");
    assert_eq!(l.page_count(), 2);
    let text = l.pages()[1].text();
    assert!(text.contains("李建国") && text.contains("周晓雯") && text.contains("𠮷"));
    let rules = l.pages()[1]
        .items
        .iter()
        .filter(|i| matches!(i, Item::Rule(_)))
        .count();
    assert_eq!(rules, 3);
}

#[test]
fn bad_tables_are_errors() {
    let no_cols = Document::new("").with_block(Table::new(Vec::<(String, f32)>::new()));
    assert!(matches!(
        no_cols.layout(),
        Err(DocumentError::InvalidTable { block: 0, .. })
    ));
    let bad_width = Document::new("").with_block(Table::new([("a", f32::NAN)]));
    assert!(bad_width.layout().is_err());
    let too_many = Document::new("").with_block(Table::new([("a", 1.0)]).with_row(["1", "2"]));
    assert!(too_many.layout().is_err());
    let short_row =
        Document::new("").with_block(Table::new([("a", 1.0), ("b", 1.0)]).with_row(["1"]));
    assert!(short_row.layout().is_ok());
}

#[test]
fn justified_chinese_lines_fill_the_width() {
    let l = Document::new("")
        .with_block(Block::paragraph(long_zh(10)))
        .layout()
        .expect("layout");
    let runs: Vec<&TextRun> = l.pages()[0]
        .texts()
        .filter(|t| t.text.contains('渭') || t.text.contains('会'))
        .collect();
    assert!(runs.len() > 3);
    for t in &runs[..runs.len() - 1] {
        let w = t.width();
        assert!((w - TEXT_WIDTH).abs() < 0.05, "{w} vs {TEXT_WIDTH}: {t:?}");
    }
}

#[test]
fn a_line_set_tight_to_take_a_latin_word_fills_the_width_exactly() {
    let mut tight = 0;
    for k in 20..46 {
        let text = format!(
            "{}{}APEC{}",
            "（甲）、".repeat(3),
            "乙".repeat(k),
            "丙".repeat(60)
        );
        let l = Document::new("")
            .with_block(Block::paragraph(text))
            .layout()
            .expect("layout");
        for t in l.pages()[0].texts().filter(|t| t.tight > 0.0) {
            tight += 1;
            // Drawn as measured: the marks give up their room and the line ends at the margin.
            assert!(t.text.ends_with("APEC"), "{t:?}");
            assert!(
                (t.width() - TEXT_WIDTH).abs() < 0.05,
                "{} vs {TEXT_WIDTH}: {t:?}",
                t.width()
            );
            assert!(t.tight <= 1.0, "{t:?}");
        }
    }
    assert!(tight > 0, "no line was set tight");
}

#[test]
fn latin_words_and_numbers_in_justified_chinese_lines_are_never_letter_spaced() {
    assert!(!is_justification_gap('A', 'P'));
    assert!(!is_justification_gap('2', '0'));
    assert!(is_justification_gap('C', '经'));
    assert!(is_justification_gap('经', '济'));
    assert!(is_justification_gap(' ', 'C'));
    assert_eq!(justification_gaps("APEC经济体 China"), 5);
    let text =
        "亚太经合组织 APEC 经济体承诺到 2035 年能源强度比 2005 年下降 45%，China 与 Italy 的城市"
            .repeat(4);
    let l = Document::new("")
        .with_block(Block::paragraph(text))
        .layout()
        .expect("layout");
    let runs: Vec<&TextRun> = l.pages()[0]
        .texts()
        .filter(|t| t.text.contains('经'))
        .collect();
    assert!(runs.len() > 1);
    for t in &runs[..runs.len() - 1] {
        assert!(t.char_spacing > 0.0, "{t:?}");
        assert!(
            (t.width() - TEXT_WIDTH).abs() < 0.05,
            "{} vs {TEXT_WIDTH}: {t:?}",
            t.width()
        );
    }
}

#[test]
fn adjacent_full_width_marks_are_compressed() {
    let l = Document::new("")
        .with_block(Block::paragraph("李建国（副秘书长）：“好”").with_align(Align::Left))
        .layout()
        .expect("layout");
    let run = l.pages()[0]
        .texts()
        .find(|t| t.text.starts_with('李'))
        .expect("run");
    // 13 full-width characters, two pairs squeezed by half an em each.
    assert!(
        (run.width() - 12.0 * run.size).abs() < 0.01,
        "{}",
        run.width()
    );
}

fn signers() -> Block {
    Block::signatures([
        Signer::new("联络人", "李建国", "副秘书长"),
        Signer::new("记录人", "周晓雯", ""),
    ])
}

#[test]
fn a_page_holding_only_signatures_says_it_has_no_text() {
    // The signatures with their heading alone on the last page: the note comes first.
    let mut doc = Document::new("纪要");
    doc.push(Block::paragraph(long_zh(3)));
    doc.push(Block::PageBreak);
    doc.push(Block::h2("签字"));
    doc.push(signers());
    let l = doc.layout().expect("layout");
    assert_eq!(l.page_count(), 2);
    let last = body_texts(&l.pages()[1]);
    assert_eq!(
        last.first().map(String::as_str),
        Some("（此页无正文）"),
        "{last:?}"
    );
    assert!(last.iter().any(|t| t.contains("李建国")));
    assert!(
        !body_texts(&l.pages()[0])
            .iter()
            .any(|t| t.contains("此页无正文"))
    );

    // Bilingual: both languages; English: the English note.
    let mut doc = Document::new("Minutes").with_language("en");
    doc.push(Block::paragraph("Text."));
    doc.push(Block::PageBreak);
    doc.push(signers());
    let l = doc.layout().expect("layout");
    assert_eq!(
        body_texts(&l.pages()[1]).first().map(String::as_str),
        Some("(No text on this page.)")
    );
    let mut doc = Document::new("纪要");
    doc.metadata.other_languages = vec!["en".to_owned()];
    doc.push(Block::paragraph("正文。"));
    doc.push(Block::PageBreak);
    doc.push(signers());
    let l = doc.layout().expect("layout");
    let first = body_texts(&l.pages()[1]).join("");
    assert!(
        first.starts_with("（此页无正文）(No text on this page.)"),
        "{first}"
    );
}

#[test]
fn signatures_below_text_or_on_the_only_page_carry_no_note() {
    let mut doc = Document::new("纪要");
    doc.push(Block::paragraph(long_zh(3)));
    doc.push(signers());
    let l = doc.layout().expect("layout");
    assert!(!l.pages().iter().any(|p| p.text().contains("此页无正文")));
    let mut doc = Document::new("");
    doc.push(signers());
    let l = doc.layout().expect("layout");
    assert!(!l.pages()[0].text().contains("此页无正文"));
}

#[test]
fn a_centred_title_balances_its_lines() {
    // One ideograph more than two fit on a line: unbalanced, the last line would hold two.
    let per_line = (TEXT_WIDTH / theme::MODERN.title.size).floor() as usize;
    let title = "渭南市可持续发展对话全体会议"
        .chars()
        .cycle()
        .take(per_line + 2)
        .collect::<String>();
    let l = Document::new(title.clone()).layout().expect("layout");
    let lines: Vec<String> = l.pages()[0]
        .texts()
        .filter(|t| (t.size - theme::MODERN.title.size).abs() < 0.01)
        .map(|t| t.text.clone())
        .collect();
    assert_eq!(lines.concat(), title);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let counts: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    assert!(counts[0].abs_diff(counts[1]) <= 1, "{counts:?}");
    // Still centred: both lines share their middle with the page's text block.
    for t in l.pages()[0]
        .texts()
        .filter(|t| (t.size - theme::MODERN.title.size).abs() < 0.01)
    {
        let middle = t.x + t.width() / 2.0;
        assert!(
            (middle - (MARGIN_X + TEXT_WIDTH / 2.0)).abs() < 0.5,
            "{t:?}"
        );
    }
}

#[test]
fn column_widths_come_from_the_content() {
    // The named widths would wrap "Voting member" in every row of a narrow last column while
    // the organisation column stays half empty.
    let mut table = Table::new([
        ("No.", 0.07),
        ("Name", 0.2),
        ("Organisation", 0.6),
        ("Role", 0.13),
    ]);
    for i in 0..12 {
        table.push_row([
            format!("{}", i + 1),
            "Wang Zhili".to_owned(),
            "Weinan People's Government".to_owned(),
            "Voting member".to_owned(),
        ]);
    }
    let mut doc = Document::new("Attendance").with_language("en");
    doc.push(Block::Table(table));
    let l = doc.layout().expect("layout");
    let texts = body_texts(&l.pages()[0]);
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.as_str() == "Voting member")
            .count(),
        12,
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t == "Voting"), "{texts:?}");
    // A long text still wraps inside its column and nothing leaves the text block.
    let mut table = Table::new([("A", 0.5), ("B", 0.5)]);
    table.push_row([
        "short".to_owned(),
        "a long sentence that cannot fit on one line ".repeat(8),
    ]);
    let mut doc = Document::new("T").with_language("en");
    doc.push(Block::Table(table));
    let l = doc.layout().expect("layout");
    for t in l.pages()[0].texts() {
        assert!(t.x + t.width() <= MARGIN_X + TEXT_WIDTH + 0.05, "{t:?}");
    }
    assert!(body_texts(&l.pages()[0]).iter().any(|t| t == "short"));
}

#[test]
fn a_header_exactly_as_wide_as_its_column_is_not_broken() {
    let mut table = Table::new([
        ("No.", 0.07),
        ("Rank", 0.1),
        ("Status", 0.1),
        ("Text", 0.73),
    ]);
    table.push_row([
        "1".to_owned(),
        "1".to_owned(),
        "open".to_owned(),
        "word ".repeat(200),
    ]);
    let mut doc = Document::new("T").with_language("en");
    doc.push(Block::Table(table));
    let l = doc.layout().expect("layout");
    let texts = body_texts(&l.pages()[0]);
    for header in ["No.", "Rank", "Status"] {
        assert!(
            texts.iter().any(|t| t == header),
            "{header} broken: {texts:?}"
        );
    }
}

#[test]
fn a_chinese_title_of_two_lines_never_breaks_inside_a_term() {
    let title = "渭南市可持续发展与碳中和多方利益相关者对话第一次全体会议";
    for style in [
        crate::model::DocStyle::Modern,
        crate::model::DocStyle::Official,
    ] {
        let l = Document::new(title)
            .with_style(style)
            .layout()
            .expect("layout");
        let size = theme::Theme::of(style).title.size;
        let lines: Vec<String> = l.pages()[0]
            .texts()
            .filter(|t| (t.size - size).abs() < 0.01)
            .map(|t| t.text.clone())
            .collect();
        assert_eq!(lines.concat(), title);
        assert_eq!(lines.len(), 2, "{lines:?}");
        for term in ["多方利益相关者", "可持续发展", "碳中和", "全体会议"] {
            assert!(lines.iter().any(|l| l.contains(term)), "{term}: {lines:?}");
        }
    }
}

#[test]
fn a_name_glued_by_a_no_break_space_stays_on_one_line_and_reads_as_a_space() {
    let names =
        ["Ma Zhenhua", "Luo Jing", "Xie Chunyan", "Su Min"].map(|n| n.replace(' ', "\u{a0}"));
    let text = format!("Apologies: {}.", names.join(", ")).repeat(12);
    let l = Document::new("")
        .with_block(Block::paragraph(text))
        .layout()
        .expect("layout");
    let runs: Vec<&TextRun> = l.pages()[0]
        .texts()
        .filter(|t| t.text.contains(','))
        .collect();
    assert!(runs.len() > 3, "{runs:?}");
    for t in &runs {
        assert!(!t.text.contains('\u{a0}'), "{t:?}");
        for family in ["Ma", "Luo", "Xie", "Su"] {
            assert!(!t.text.ends_with(family), "{t:?}");
        }
    }
    assert!(runs.iter().any(|t| t.text.contains("Su Min")));
}

#[test]
fn a_title_translation_has_the_title_weight_and_its_own_language() {
    let mut doc = Document::new("渭南市可持续发展对话")
        .with_title_translation("Weinan sustainability dialogue")
        .with_subtitle("会议纪要 Minutes")
        .with_language("zh-CN");
    doc.metadata.other_languages = vec!["en".to_owned()];
    let l = doc.layout().expect("layout");
    let runs: Vec<&TextRun> = l.pages()[0]
        .texts()
        .filter(|t| t.baseline < 150.0)
        .collect();
    let position = |s: &str| runs.iter().position(|t| t.text.contains(s)).expect(s);
    // Title, translation, subtitle: in that order, down the page.
    assert!(position("渭南") < position("Weinan") && position("Weinan") < position("Minutes"));
    let english = runs[position("Weinan")];
    assert_eq!(english.face, theme::MODERN.title_translation.face);
    assert_eq!(english.face, crate::face::Face::SansBold);
    let span = &l.elements()[english.tag.expect("tagged")];
    assert_eq!(span.lang.as_deref(), Some("en"));
    assert_eq!(
        l.elements()[span.parent.expect("in the title")].role,
        Role::H1
    );
}

#[test]
fn signatures_that_do_not_fit_take_the_last_lines_of_text_with_them() {
    // Enough text to leave a few lines free on page 1: too few for the signatures.
    for paragraphs in 1..40 {
        let mut doc = Document::new("纪要");
        for _ in 0..paragraphs {
            doc.push(Block::paragraph(long_zh(5)));
        }
        doc.push(Block::h2("签字"));
        doc.push(signers());
        let l = doc.layout().expect("layout");
        let last = l.pages().last().expect("a page");
        let texts = body_texts(last);
        assert!(
            !texts.iter().any(|t| t.contains("此页无正文")),
            "{paragraphs}: {texts:?}"
        );
        // Text stands above the signatures on their page: at least two lines of it.
        let before: Vec<&String> = texts.iter().take_while(|t| !t.contains("签字")).collect();
        assert!(before.len() >= 2, "{paragraphs}: {texts:?}");
        if l.page_count() > 1 {
            return;
        }
    }
    panic!("the signatures never reached a second page");
}

#[test]
fn a_chinese_caption_breaks_between_words() {
    let caption = "联络人（多方利益相关者对话主持人）\nFocal point, Chair of the dialogue";
    let mut doc = Document::new("纪要").with_block(Block::signatures([
        Signer::new(caption, "李建国", "副秘书长"),
        Signer::new("记录人", "周晓雯", ""),
    ]));
    doc.style = crate::model::DocStyle::Official;
    let l = doc.layout().expect("layout");
    let texts: Vec<String> = l.pages()[0].texts().map(|t| t.text.clone()).collect();
    // Too long for one line of the column: it breaks before 主持人, never inside it.
    assert!(texts.iter().any(|t| t.ends_with("对话")), "{texts:?}");
    assert!(texts.contains(&"主持人）".to_owned()), "{texts:?}");
    assert!(
        texts.iter().any(|t| t.starts_with("Focal point")),
        "{texts:?}"
    );
}
