//! How text flows: what keeps together at a page's foot, how parallel columns share the
//! width, how a paragraph's first and last lines are set.

use super::*;
use crate::model::{Block, DocStyle, Table};

fn filler(lines: usize) -> Block {
    Block::paragraph(vec!["行"; lines].join("\n")).into()
}

/// The texts of a page's body, without its running header and footer.
fn body(page: &Page) -> Vec<&TextRun> {
    page.texts()
        .filter(|t| t.baseline > BODY_TOP && t.baseline < BODY_BOTTOM + 1.0)
        .collect()
}

fn page_texts(page: &Page) -> Vec<String> {
    body(page).iter().map(|t| t.text.clone()).collect()
}

#[test]
fn a_line_under_a_heading_never_ends_a_page_with_it() {
    for lines in 30..46 {
        let mut doc = Document::new("");
        doc.push(filler(lines));
        doc.push(Block::h3("4. 愿景草案"));
        doc.push(Block::secondary("介绍人：李建国 · 40 分钟"));
        doc.push(Block::paragraph(
            "渭南市城市发展多方利益相关者对话会议，".repeat(8),
        ));
        let l = doc.layout().expect("layout");
        for p in l.pages() {
            let texts = page_texts(p);
            if let Some(at) = texts.iter().position(|t| t.starts_with("介绍人")) {
                assert!(
                    texts.len() >= at + 3,
                    "{lines} filler lines: the presenter's line ends a page: {texts:?}"
                );
                assert!(at > 0 && texts[at - 1] == "4. 愿景草案", "{texts:?}");
            }
        }
    }
}

#[test]
fn a_table_header_never_stands_at_a_page_foot_with_fewer_than_three_rows() {
    for lines in 30..46 {
        let mut doc = Document::new("");
        doc.push(filler(lines));
        let mut t = Table::new([("成员", 1.0), ("第 1 轮", 1.0)]);
        for i in 0..8 {
            t.push_row([format!("成员{i}"), "同意".to_owned()]);
        }
        doc.push(t);
        let l = doc.layout().expect("layout");
        for p in l.pages() {
            let texts = page_texts(p);
            if texts.iter().any(|t| t == "成员") {
                let rows = texts
                    .iter()
                    .filter(|t| t.starts_with("成员") && *t != "成员");
                // Where the table starts, three rows; under a repeated header, two.
                let least = if texts.iter().any(|t| t == "成员 0") {
                    3
                } else {
                    2
                };
                assert!(rows.count() >= least, "{lines} filler lines: {texts:?}");
            }
        }
    }
}

#[test]
fn parallel_columns_share_the_width_by_the_length_of_their_texts() {
    let zh = "会员承诺为实现可持续发展和抗灾韧性而努力。".repeat(6);
    let en = "Members pledge to work towards sustainability and disaster resilience. ".repeat(6);
    let l = Document::new("")
        .with_block(Block::parallel(zh, en))
        .layout()
        .expect("layout");
    let runs = body(&l.pages()[0]);
    let right_x = runs.iter().map(|t| t.x).fold(0.0f32, f32::max);
    // The English is the longer text: its column starts left of the middle.
    assert!(right_x < MARGIN_X + TEXT_WIDTH / 2.0, "{right_x}");
    let left = runs.iter().filter(|t| t.x < right_x - 1.0).count();
    let right = runs.iter().filter(|t| t.x >= right_x - 1.0).count();
    // Both columns end within a few lines of each other.
    assert!(
        left.abs_diff(right) <= 3,
        "{left} Chinese lines, {right} English"
    );
}

#[test]
fn the_first_line_of_an_official_english_paragraph_is_justified_like_the_rest() {
    let text = "Local authority: 8; Civil-society organisation: 9; Public company: 4; \
                Private company: 4; Scientist / research: 5; Trainer / education: 3."
        .repeat(2);
    let l = Document::new("")
        .with_style(DocStyle::Official)
        .with_block(Block::paragraph(text))
        .layout()
        .expect("layout");
    let first = l.pages()[0]
        .texts()
        .find(|t| t.text.starts_with("Local"))
        .expect("first line");
    assert!(first.word_spacing > 0.0, "{first:?}");
    assert_eq!(first.char_spacing, 0.0, "{first:?}");
}

#[test]
fn a_chinese_paragraph_never_ends_in_a_line_of_one_character() {
    // Some widths of text leave one ideograph over for the last line, whatever the line length.
    for n in 40..140 {
        let text: String = "渭南市可持续发展".chars().cycle().take(n).collect();
        let l = Document::new("")
            .with_block(Block::paragraph(text.clone()))
            .layout()
            .expect("layout");
        let lines = body(&l.pages()[0]);
        let Some(last) = lines.last() else { continue };
        if lines.len() > 1 {
            assert!(last.text.chars().count() > 1, "{n} characters: {lines:?}");
        }
        let joined: String = lines.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(joined, text, "nothing lost or repeated");
    }
}

#[test]
fn a_line_ending_in_a_colon_keeps_with_what_it_introduces() {
    for lines in 30..46 {
        for intro in ["各领域列为首位的差距：", "What each sector put first:"] {
            let mut doc = Document::new("");
            doc.push(filler(lines));
            doc.push(Block::paragraph(intro));
            let mut t = Table::new([("领域", 1.0), ("差距", 1.0)]);
            for i in 0..6 {
                t.push_row([format!("领域{i}"), "能源".to_owned()]);
            }
            doc.push(t);
            let l = doc.layout().expect("layout");
            for p in l.pages() {
                let texts = page_texts(p);
                if let Some(at) = texts.iter().position(|t| t == intro) {
                    assert!(
                        texts.get(at + 1).is_some_and(|t| t == "领域"),
                        "{lines} filler lines: the introduction ends a page: {texts:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_parallel_chinese_column_never_ends_in_a_line_of_one_character() {
    let en = "Members pledge to work towards sustainability. ".repeat(3);
    let mut checked = 0;
    for n in 30..90 {
        let zh: String = "渭南市可持续发展".chars().cycle().take(n).collect();
        let l = Document::new("")
            .with_block(Block::parallel(zh.clone(), en.clone()))
            .layout()
            .expect("layout");
        let runs = body(&l.pages()[0]);
        let left: Vec<_> = runs.iter().filter(|t| t.x < MARGIN_X + 1.0).collect();
        if left.len() > 1 {
            checked += 1;
            let last = left.last().expect("a line");
            assert!(last.text.chars().count() > 1, "{n} characters: {left:?}");
        }
        let joined: String = left.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(joined, zh, "nothing lost or repeated");
    }
    assert!(checked > 40);
}

#[test]
fn a_list_item_hangs_its_bullet_in_the_margin() {
    let item = format!("{}{}", BULLET, "渭南市可持续发展".repeat(12));
    let l = Document::new("")
        .with_block(Block::paragraph(item).with_align(crate::Align::Left))
        .layout()
        .expect("layout");
    let lines = body(&l.pages()[0]);
    assert!(lines.len() > 1, "{lines:?}");
    assert!(lines[0].text.starts_with(BULLET), "{lines:?}");
    let hang = lines[1].x - lines[0].x;
    assert!(hang > 3.0, "{lines:?}");
    assert!(lines[2..].iter().all(|t| (t.x - lines[1].x).abs() < 0.01));
}

#[test]
fn a_table_of_tall_rows_starts_where_its_first_row_fits() {
    // Rows of fourteen lines each: a header with three of them would take most of a page, so
    // the table starts wherever its header and first row fit, leaving no half page empty.
    let full = {
        let l = Document::new("")
            .with_block(filler(200))
            .layout()
            .expect("layout");
        page_texts(&l.pages()[0]).len()
    };
    let tall = vec!["行"; 14].join("\n");
    for lines in 5..full {
        let mut doc = Document::new("");
        doc.push(filler(lines));
        let mut table = Table::new([("项目", 0.5), ("说明", 0.5)]);
        for name in ["甲行", "乙行", "丙行", "丁行", "戊行"] {
            table.push_row([name.to_owned(), tall.clone()]);
        }
        doc.push(Block::Table(table));
        let l = doc.layout().expect("layout");
        let first = page_texts(&l.pages()[0]);
        if !first.iter().any(|t| t == "甲行") {
            // Only when the header and one row (fifteen lines and the padding) do not fit.
            assert!(full - lines < 17, "{lines} of {full} lines: {first:?}");
        }
    }
}

#[test]
fn a_chinese_table_header_breaks_between_words() {
    let mut table = Table::new([
        ("目标", 0.5),
        ("类型", 0.2),
        ("可持续发展目标", 0.1),
        ("基准", 0.1),
        ("目标值", 0.1),
        ("变化", 0.1),
    ]);
    for _ in 0..4 {
        table.push_row([
            "渭南市城市发展多方利益相关者对话会议，".repeat(2),
            "基准年减排：比 2021 年 −11.1%".to_owned(),
            "目标 11、3".to_owned(),
            "2021年：31.50 百万吨二氧化碳当量".to_owned(),
            "2030年：28.00 百万吨二氧化碳当量".to_owned(),
            "−11.1%".to_owned(),
        ]);
    }
    let mut doc = Document::new("").with_block(Block::Table(table));
    doc.style = crate::model::DocStyle::Official;
    let l = doc.layout().expect("layout");
    let texts = page_texts(&l.pages()[0]);
    // Never "可持 / 续发 / 展目 / 标": the header keeps its term whole.
    assert!(
        texts.iter().any(|t| t.starts_with("可持续发展")),
        "{texts:?}"
    );
}

#[test]
fn a_heading_and_the_note_that_introduces_a_table_go_with_its_first_rows() {
    for lines in 30..46 {
        let mut doc = Document::new("");
        doc.push(filler(lines));
        doc.push(Block::h3("差距排序"));
        doc.push(Block::paragraph("按得分排序，\n得分相同者并列。"));
        let mut t = Table::new([("名次", 1.0), ("差距", 3.0)]);
        for i in 0..8 {
            t.push_row([format!("{i}"), format!("差距{i}")]);
        }
        doc.push(t);
        let l = doc.layout().expect("layout");
        for p in l.pages() {
            let texts = page_texts(p);
            if let Some(at) = texts.iter().position(|t| t == "差距排序") {
                assert_eq!(texts.get(at + 1).map(String::as_str), Some("按得分排序，"));
                assert_eq!(
                    texts.get(at + 3).map(String::as_str),
                    Some("名次"),
                    "{lines} filler lines: the heading and its note end a page: {texts:?}"
                );
            }
        }
    }
}

#[test]
fn a_bilingual_label_too_wide_for_its_column_breaks_between_its_languages() {
    let mut doc = Document::new("").with_block(Block::key_values(vec![
        ("城市 City", "渭南 Weinan"),
        ("合作伙伴城市 Partner city", "雷焦艾米利亚 Reggio Emilia"),
        ("单位 GDP 二氧化碳排放", "企业用能成本降低"),
        (
            "助理电子邮箱 E-mail of an assistant to the focal point",
            "zhou@weinan.gov.cn",
        ),
    ]));
    doc.style = crate::model::DocStyle::Official;
    let l = doc.layout().expect("layout");
    let texts: Vec<String> = l.pages()[0].texts().map(|t| t.text.clone()).collect();
    // The label that fits stays on one line; a wide one puts its English on the next line.
    assert!(texts.contains(&"城市 City".to_owned()), "{texts:?}");
    assert!(texts.contains(&"合作伙伴城市".to_owned()), "{texts:?}");
    assert!(texts.contains(&"Partner city".to_owned()), "{texts:?}");
    // A Chinese label with a Latin word in it is one language: it wraps as Chinese.
    assert!(!texts.contains(&"单位".to_owned()), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("单位 GDP")), "{texts:?}");
    // English that wraps anyway starts on a line of its own too: no line holds both.
    assert!(texts.contains(&"助理电子邮箱".to_owned()), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("E-mail")), "{texts:?}");
}

#[test]
fn a_chart_is_drawn_less_high_rather_than_leave_its_page_half_empty() {
    use concord_charts::{Chart, Lang, samples};
    // The heading's baseline to the caption's: the chart's height and what surrounds it.
    let span = |filler_lines: usize| -> Option<(usize, f32)> {
        let mut doc = Document::new("");
        if filler_lines > 0 {
            doc.push(filler(filler_lines));
        }
        doc.push(Block::h2("排放情况"));
        doc.push(crate::figure::Figure::new(
            Chart::Line(samples::emissions(Lang::Zh)),
            "图1　排放",
        ));
        let l = doc.layout().expect("layout");
        l.pages().iter().enumerate().find_map(|(n, p)| {
            let texts = body(p);
            let heading = texts.iter().find(|t| t.text == "排放情况")?;
            let caption = texts
                .iter()
                .find(|t| t.text.ends_with("排放") && t.text.starts_with('图'));
            let caption = caption.unwrap_or_else(|| panic!("{filler_lines}: caption apart"));
            Some((n, caption.baseline - heading.baseline))
        })
    };
    let (_, full) = span(0).expect("laid out");
    let mut compact = 0;
    for lines in 1..50 {
        let (page, height) = span(lines).expect("laid out");
        if height < full - 1.0 {
            // Drawn less high only to stay on the page it starts on, and never below 80 %.
            assert_eq!(page, 0, "{lines} lines");
            assert!(height > 0.75 * full, "{lines} lines: {height} of {full}");
            compact += 1;
        }
    }
    assert!(compact > 0, "no layout took the shorter chart");
}
