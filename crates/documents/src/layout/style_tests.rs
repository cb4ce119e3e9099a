//! The two document styles: the faces text is drawn in, the official geometry (GB/T 9704)
//! and page numbers.

use super::theme::{MODERN, OFFICIAL};
use super::*;
use crate::face::Face;
use crate::model::{Block, DocStyle};

const MM: f32 = 72.0 / 25.4;

fn official(doc: Document) -> Layout {
    doc.with_style(DocStyle::Official).layout().expect("layout")
}

fn body_runs(l: &Layout) -> Vec<&TextRun> {
    l.pages()
        .iter()
        .flat_map(|p| p.texts())
        .filter(|t| t.face == Face::Serif && (t.size - 16.0).abs() < 0.01)
        .collect()
}

#[test]
fn modern_headings_are_drawn_in_the_bold_face_and_the_body_in_the_regular_one() {
    let l = Document::new("标题")
        .with_block(Block::h2("一、出席情况"))
        .with_block(Block::paragraph("正文。"))
        .layout()
        .expect("layout");
    let face = |text: &str| {
        l.pages()[0]
            .texts()
            .find(|t| t.text == text)
            .map(|t| t.face)
    };
    assert_eq!(face("标题"), Some(Face::SansBold));
    assert_eq!(face("一、出席情况"), Some(Face::SansBold));
    assert_eq!(face("正文。"), Some(Face::Sans));
}

#[test]
fn official_headings_take_the_face_their_number_asks_for() {
    let l = official(
        Document::new("关于建立多方利益相关者对话机制的通知")
            .with_block(Block::h2("一、总体要求"))
            .with_block(Block::h3("（一）工作目标"))
            .with_block(Block::h3("1. 目标说明"))
            .with_block(Block::h3("（1）细则"))
            .with_block(Block::paragraph("正文。")),
    );
    let face = |text: &str| {
        l.pages()[0]
            .texts()
            .find(|t| t.text == text)
            .map(|t| (t.face, t.size))
    };
    assert_eq!(face("一、总体要求"), Some((Face::SansBold, 16.0)));
    assert_eq!(face("（一）工作目标"), Some((Face::Kai, 16.0)));
    assert_eq!(face("1. 目标说明"), Some((Face::Serif, 16.0)));
    assert_eq!(face("（1）细则"), Some((Face::Serif, 16.0)));
    assert_eq!(face("正文。"), Some((Face::Serif, 16.0)));
    // 2号 bold serif title.
    let title = l.pages()[0].texts().find(|t| t.text.starts_with("关于"));
    assert_eq!(
        title.map(|t| (t.face, t.size)),
        Some((Face::SerifBold, 22.0))
    );
}

#[test]
fn official_pages_have_the_margins_and_grid_of_gb_t_9704() {
    assert!((OFFICIAL.top - 37.0 * MM).abs() < 0.01);
    assert!((OFFICIAL.left - 28.0 * MM).abs() < 0.01);
    assert!((OFFICIAL.width - 156.0 * MM).abs() < 0.01);
    assert!((OFFICIAL.height() - 225.0 * MM).abs() < 0.01);
    assert!((MODERN.left - MARGIN_X).abs() < 0.01);

    // A long paragraph of ideographs: full lines hold 28 characters and fill the width.
    let text = "渭南市城市发展多方利益相关者对话会议".repeat(40);
    let l = official(Document::new("").with_block(Block::paragraph(text)));
    let runs = body_runs(&l);
    let first_page: Vec<&&TextRun> = runs
        .iter()
        .filter(|t| t.baseline < OFFICIAL.bottom && l.pages()[0].texts().any(|p| p == **t))
        .collect();
    assert_eq!(first_page.len(), 22, "22 lines on a full page");
    let right = OFFICIAL.left + OFFICIAL.width;
    // The first line starts two characters in, without spaces in its text.
    let first = first_page[0];
    assert_eq!(first.text.chars().count(), 26, "{:?}", first.text);
    assert!(first.text.starts_with("渭南"));
    assert!((first.x - (OFFICIAL.left + 2.0 * OFFICIAL.width / 28.0)).abs() < 0.5);
    assert!((first.x + first.width() - right).abs() < 0.5);
    for t in &first_page[1..21] {
        assert_eq!(t.text.chars().count(), 28, "{:?}", t.text);
        assert!((t.x - OFFICIAL.left).abs() < 0.01);
        assert!((t.x + t.width() - right).abs() < 0.5);
    }
    // The grid: 22 lines spread over the 225 mm of the block.
    let pitch = first_page[1].baseline - first_page[0].baseline;
    assert!((pitch * 22.0 - 225.0 * MM).abs() < 0.05, "{pitch}");
    assert!(first_page[0].baseline > OFFICIAL.top);
    assert!(first_page[21].baseline < OFFICIAL.bottom);
}

#[test]
fn official_page_numbers_sit_outside_right_on_odd_pages_and_left_on_even_ones() {
    let text = "渭南市城市发展多方利益相关者对话会议".repeat(80);
    let l = official(
        Document::new("标题")
            .with_page_label(|n, t| format!("第 {n} 页 / 共 {t} 页"))
            .with_block(Block::paragraph(text)),
    );
    assert!(l.page_count() >= 3);
    for (i, page) in l.pages().iter().enumerate() {
        let n = i + 1;
        let label = format!("— {n} —");
        let run = page.texts().find(|t| t.text == label).expect("page number");
        assert!((run.size - 14.0).abs() < 0.01, "4号");
        assert!(run.baseline > OFFICIAL.bottom + 7.0 * MM);
        assert!(
            !page.text().contains("第 1 页"),
            "the official number replaces the label"
        );
        let right = OFFICIAL.left + OFFICIAL.width;
        if n % 2 == 1 {
            // One character in from the right edge of the block.
            assert!(
                (run.x + run.width() - (right - 14.0)).abs() < 0.5,
                "page {n}"
            );
        } else {
            assert!((run.x - (OFFICIAL.left + 14.0)).abs() < 0.5, "page {n}");
        }
    }
}

#[test]
fn parallel_columns_put_the_chinese_left_and_the_english_right_line_by_line() {
    let english = "CNSC Members elaborate local Visions for guiding them towards more \
                   sustainability and disaster resilience, including towards a carbon-neutral \
                   future, through engagement, information sharing and capacity building.";
    let l = Document::new("宣言")
        .with_language("bilingual")
        .with_block(Block::Parallel(crate::model::Parallel {
            left: long_zh_text(6),
            right: english.to_owned(),
            align: crate::Align::Justify,
        }))
        .layout()
        .expect("layout");
    let page = &l.pages()[0];
    let zh: Vec<&TextRun> = page.texts().filter(|t| t.text.contains('对')).collect();
    let en: Vec<&TextRun> = page
        .texts()
        .filter(|t| t.text.contains("sustainab") || t.text.contains("CNSC"))
        .collect();
    assert!(zh.len() >= 3 && !en.is_empty(), "{zh:?} {en:?}");
    let middle = MODERN.left + MODERN.width / 2.0;
    assert!(zh.iter().all(|t| t.x < middle), "Chinese on the left");
    assert!(en.iter().all(|t| t.x > middle), "English on the right");
    // Both columns start on the same line, in the same size: neither is subordinate.
    let first_zh = zh.iter().map(|t| t.baseline).fold(f32::MAX, f32::min);
    let first_en = en.iter().map(|t| t.baseline).fold(f32::MAX, f32::min);
    assert!(
        (first_zh - first_en).abs() < 0.5,
        "{first_zh} vs {first_en}"
    );
    assert!((zh[0].size - en[0].size).abs() < 0.01);
    // The Chinese is justified; the English is set ragged-right, never stretched apart.
    assert!(zh[..zh.len() - 1].iter().any(|t| t.char_spacing > 0.0));
    assert!(
        en.iter()
            .all(|t| t.word_spacing == 0.0 && t.char_spacing == 0.0)
    );
}

fn long_zh_text(n: usize) -> String {
    "多方利益相关者对话会议讨论城市可持续发展愿景，".repeat(n)
}

#[test]
fn an_agenda_item_is_numbered_as_its_style_numbers_the_level() {
    let doc = || {
        Document::new("纪要")
            .with_block(Block::h3("4. 愿景草案").with_official("（四）愿景草案"))
            .with_block(Block::paragraph("正文。"))
    };
    let set = official(doc());
    let item = set.pages()[0]
        .texts()
        .find(|t| t.text.ends_with("愿景草案"))
        .map(|t| (t.text.clone(), t.face));
    assert_eq!(item, Some(("（四）愿景草案".to_owned(), Face::Kai)));
    // An English heading numbered "4." keeps its level, whose 楷体 has no roman: bold serif,
    // never the body's roman it would be mistaken for.
    let english = official(Document::new("Minutes").with_block(Block::h3("4. Draft vision")));
    let face = english.pages()[0]
        .texts()
        .find(|t| t.text == "4. Draft vision")
        .map(|t| t.face);
    assert_eq!(face, Some(Face::SerifBold));
    let modern = doc().layout().expect("layout");
    assert!(modern.pages()[0].texts().any(|t| t.text == "4. 愿景草案"));
    let bookmarks: Vec<&str> = set
        .elements
        .iter()
        .filter_map(|e| e.outline.as_deref())
        .collect();
    assert_eq!(bookmarks, ["（四）愿景草案"]);
}

#[test]
fn a_crowded_official_table_sets_its_cells_a_size_smaller() {
    let table = |columns: usize| {
        let mut t = crate::model::Table::new((0..columns).map(|i| (format!("Column {i}"), 1.0)));
        t.push_row((0..columns).map(|i| format!("regional{i} towns of the region")));
        Document::new("").with_block(t)
    };
    let size_of = |l: &Layout, text: &str| {
        l.pages()[0]
            .texts()
            .find(|t| t.text.starts_with(text))
            .map(|t| t.size)
    };
    // Three columns have room at 小四 (12 pt); seven whose longest words fill the line step
    // down to 五号 (10.5 pt), header and cells alike, rather than a word a line.
    let roomy = official(table(3));
    assert_eq!(size_of(&roomy, "regional0"), Some(OFFICIAL.cell.size));
    let crowded = official(table(7));
    assert_eq!(size_of(&crowded, "regional0"), Some(10.5));
    assert_eq!(size_of(&crowded, "Column"), Some(10.5));
    // The modern style's cells are small already.
    let modern = table(7).layout().expect("layout");
    assert_eq!(size_of(&modern, "regional0"), Some(MODERN.cell.size));
}
