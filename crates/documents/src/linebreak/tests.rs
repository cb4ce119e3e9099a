//! Line breaking: the rules of Chinese and Latin text, hyphenation, tight lines.
use super::*;
use proptest::prelude::*;

/// Ideographs and full-width marks are 1 em, everything else half.
fn em(c: char) -> f32 {
    if (c as u32) >= 0x2E80 || NO_LINE_START.contains(&c) && !c.is_ascii() {
        1.0
    } else {
        0.5
    }
}

fn texts(lines: &[Line]) -> Vec<&str> {
    lines.iter().map(|l| l.text.as_str()).collect()
}

#[test]
fn a_line_before_a_latin_word_sets_its_marks_tight_to_take_the_word() {
    // "…以" would end 1.2 em short of the width, spread over its gaps; its marks can give
    // up 1.5 em (（, 、 and ，; the ） against ， is squeezed already), so it takes "APEC".
    let lines = break_lines("签署人（姓、名），以APEC经济体的名义", 11.2, em);
    assert_eq!(texts(&lines)[0], "签署人（姓、名），以APEC");
    assert!((lines[0].tight - 0.8).abs() < 1e-4, "{lines:?}");
    assert!(lines[0].justifiable);
    assert_eq!(lines[0].tight_share().1, lines[0].tight);
    // Without marks to give up, the word goes to the next line.
    let lines = break_lines("签署人李建国名字之以APEC经济体的名义", 11.2, em);
    assert_eq!(texts(&lines)[0], "签署人李建国名字之以");
    assert_eq!(lines[0].tight, 0.0);
    // A line that is nearly full is left as it is.
    let lines = break_lines("签署人（姓、名），以APEC经济体的名义", 10.4, em);
    assert_eq!(texts(&lines)[0], "签署人（姓、名），以");
}

#[test]
fn chinese_breaks_between_ideographs() {
    let lines = break_lines("渭南市城市发展多方利益相关者对话", 5.0, em);
    assert_eq!(
        texts(&lines),
        ["渭南市城市", "发展多方利", "益相关者对", "话"]
    );
    assert!(lines[0].justifiable && !lines[3].justifiable);
}

#[test]
fn closing_marks_never_start_a_line() {
    // Width 4 would put '，' first on line 2; it travels with '市' instead.
    let lines = break_lines("渭南一市，二县。三区", 4.0, em);
    for l in &lines {
        let first = l.text.chars().next().expect("non-empty line");
        assert!(!forbidden_at_line_start(first), "{lines:?}");
    }
    assert_eq!(lines.concat_text(), "渭南一市，二县。三区");
    for s in [
        "一二三：四",
        "一二三；四",
        "一二三？四",
        "一二三！四",
        "一二三）四",
        "一二三」四",
        "一二三』四",
        "一二三、四",
    ] {
        let lines = break_lines(s, 3.0, em);
        assert_eq!(texts(&lines)[0].chars().count(), 2, "{s}: {lines:?}");
    }
}

#[test]
fn opening_marks_never_end_a_line() {
    for s in [
        "一二（三四",
        "一二「三四",
        "一二『三四",
        "一二《三四",
        "一二“三四",
    ] {
        let lines = break_lines(s, 3.0, em);
        let last = lines[0].text.chars().last().expect("non-empty");
        assert!(!forbidden_at_line_end(last), "{s}: {lines:?}");
        assert_eq!(lines.concat_text(), s);
    }
}

#[test]
fn latin_breaks_at_spaces_and_drops_them() {
    let lines = break_lines("aa bb cc dd", 3.0, em);
    assert_eq!(texts(&lines), ["aa bb", "cc dd"]);
    assert!((lines[0].width - 2.5).abs() < 1e-6);
}

#[test]
fn overlong_word_is_force_broken_by_width() {
    let lines = break_lines("abcdefghij k", 2.0, em);
    assert_eq!(texts(&lines), ["abcd", "efgh", "ij k"]);
    assert!(!lines[0].justifiable);
}

#[test]
fn glyph_wider_than_line_gets_its_own_line() {
    let lines = break_lines("渭南", 0.5, em);
    assert_eq!(texts(&lines), ["渭", "南"]);
}

#[test]
fn hard_breaks_and_empty_lines_are_kept() {
    let lines = break_lines("一\n\n二", 10.0, em);
    assert_eq!(texts(&lines), ["一", "", "二"]);
    assert!(break_lines("", 10.0, em).is_empty());
}

#[test]
fn forced_break_in_punctuation_run_keeps_rules_when_possible() {
    // "一，，，二" has no UAX14 break before the commas; at width 2 the run
    // must be cut, and the cut goes before '二', not before a comma.
    let lines = break_lines("一，，，二", 2.0, em);
    assert_eq!(lines.concat_text(), "一，，，二");
    assert!(lines.iter().all(|l| !l.text.is_empty()));
}

trait ConcatText {
    fn concat_text(&self) -> String;
}
impl ConcatText for Vec<Line> {
    fn concat_text(&self) -> String {
        self.iter().map(|l| l.text.as_str()).collect()
    }
}

/// Realistic CJK text: ideographs, each optionally followed by up to two
/// closing or pausing marks, sometimes preceded by an opening mark, with
/// the odd Latin word and space.
fn cjk_text() -> impl Strategy<Value = String> {
    let ideograph = prop::sample::select(
        "渭南市城发展多方利益相关者对话会议纪要黄河流域生态保护𠮷"
            .chars()
            .collect::<Vec<_>>(),
    );
    let closing = prop::sample::select(NO_LINE_START.to_vec());
    let opening = prop::sample::select(NO_LINE_END.to_vec());
    let token = prop_oneof![
        6 => (ideograph.clone(), prop::collection::vec(closing, 0..=2))
            .prop_map(|(c, marks)| std::iter::once(c).chain(marks).collect::<String>()),
        1 => (opening, ideograph).prop_map(|(o, c)| format!("{o}{c}")),
        1 => Just(" ".to_owned()),
        1 => "[a-z]{1,6}",
        // Numbers with their units, dates and magnitudes: the second tier of breaks.
        1 => prop::sample::select(vec![
            "2021年", "31.50 百万吨二氧化碳当量", "0.8840 万吨标准煤/亿元（10,000 tce）",
            "38 µg/m³", "24 November 2025", "−15 %", "2026 年 11 月 23 日", "3,600 × 10,000 t",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(token, 0..120).prop_map(|t| t.concat())
}

proptest! {
    #[test]
    fn lines_obey_rules_lose_nothing_and_fit(
        text in cjk_text(),
        width in 8u8..40,
        justified in any::<bool>(),
    ) {
        let max = f32::from(width);
        let how = Breaking { hyphenate: justified, ..Breaking::default() };
        let lines = break_lines_with(&text, max, em, how);
        let without_spaces = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        // No text lost or reordered: only spaces at breaks disappear.
        prop_assert_eq!(without_spaces(&lines.concat_text()), without_spaces(&text));
        for (i, line) in lines.iter().enumerate() {
            if let Some(first) = line.text.chars().next().filter(|_| i > 0) {
                prop_assert!(!forbidden_at_line_start(first), "line {} starts with {:?}: {:?}", i, first, lines);
            }
            if let Some(last) = line.text.chars().last().filter(|_| i + 1 < lines.len()) {
                prop_assert!(!forbidden_at_line_end(last), "line {} ends with {:?}: {:?}", i, last, lines);
            }
            prop_assert!(!line.text.ends_with(' '));
            let glyphs = line.text.chars().count();
            // A line set tight fits once its marks give up what they can.
            prop_assert!(line.width - line.tight <= max + 1e-4 || glyphs == 1, "too wide: {:?}", line);
            let room: f32 = crate::font::compressible(&line.text.chars().collect::<Vec<_>>()).iter().sum();
            prop_assert!(line.tight <= room + 1e-4, "tighter than its marks allow: {:?}", line);
        }
    }
}

const HYPHENATING: Breaking = Breaking {
    hyphenate: true,
    narrower_from: None,
};

/// Every character half an em, as a Latin text measures roughly.
fn half(_: char) -> f32 {
    0.5
}

#[test]
fn a_long_word_after_a_loose_line_is_hyphenated_at_a_syllable() {
    let text = "the members work towards sustainability together";
    let lines = break_lines_with(text, 15.0, half, HYPHENATING);
    assert!(lines.iter().any(|l| l.hyphen), "{lines:?}");
    let first = &lines[0];
    assert!(first.hyphen && first.text.ends_with("sus"), "{lines:?}");
    assert!(first.width <= 15.0, "{lines:?}");
    // The parts join back into the text, with its spaces where lines broke at them.
    let joined: String = lines
        .iter()
        .map(|l| {
            if l.hyphen {
                l.text.clone()
            } else {
                format!("{} ", l.text)
            }
        })
        .collect();
    assert_eq!(joined.trim_end(), text);
    // Without hyphenation the word moves down whole.
    assert!(break_lines(text, 15.0, half).iter().all(|l| !l.hyphen));
}

#[test]
fn addresses_names_and_compounds_are_never_hyphenated() {
    for word in [
        "https://unstats.un.org/sdgs/indicators",
        "Guanzhongplain",
        "multistakeholder-dialogues",
        "mcr2030.undrr.org",
        "sustainability.org",
    ] {
        let text = format!("see the list at {word} now");
        let lines = break_lines_with(&text, 12.0, half, HYPHENATING);
        assert!(lines.iter().all(|l| !l.hyphen), "{word}: {lines:?}");
    }
}

#[test]
fn never_three_hyphenated_lines_in_a_row() {
    let text = "sustainability ".repeat(12);
    for width in [8.0, 9.0, 10.0, 11.0] {
        let lines = break_lines_with(text.trim(), width, half, HYPHENATING);
        assert!(
            lines.windows(3).all(|w| !w.iter().all(|l| l.hyphen)),
            "{width}: {lines:?}"
        );
    }
}

#[test]
fn only_the_lines_from_the_narrowing_on_are_broken_narrower() {
    let text = "渭".repeat(31);
    let how = Breaking {
        hyphenate: false,
        narrower_from: Some((2, 1.0)),
    };
    let counts: Vec<usize> = break_lines_with(&text, 10.0, em, how)
        .iter()
        .map(|l| l.text.chars().count())
        .collect();
    // Ten to a line, then nine: the last character has company.
    assert_eq!(counts, [10, 10, 9, 2]);
    let plain: Vec<usize> = break_lines(&text, 10.0, em)
        .iter()
        .map(|l| l.text.chars().count())
        .collect();
    assert_eq!(plain, [10, 10, 10, 1]);
}

#[test]
fn a_web_address_never_breaks_at_its_hyphen() {
    let text = "see https://www.esci-ksp.org/ for the platform";
    for width in 16..60 {
        for line in break_lines(text, width as f32 / 2.0, |_| 0.5) {
            assert!(!line.text.ends_with("esci-"), "{width}: {line:?}");
        }
    }
    // An ordinary compound still breaks after its hyphen.
    let lines = break_lines("carbon-neutral", 4.0, |_| 0.5);
    assert_eq!(lines[0].text, "carbon-");
}

#[test]
fn a_number_keeps_its_unit_on_its_line() {
    // Each line is just too short for the whole: the break comes before the number instead.
    for (text, unit) in [
        ("Presented by Wang · 15 min", "15 min"),
        ("the targets reach 25 % in 2030", "25 %"),
        ("reaching 3,600 × 10⁴ t CO₂", "3,600 × 10⁴ t"),
        ("在2021年进展", "2021年"),
        ("朝阳大街 1 号", "1 号"),
    ] {
        let end = text.find(unit).expect("the unit is in the text") + unit.len();
        // Everything but the unit's last character fits.
        let width: f32 = text[..end].chars().map(em).sum::<f32>() - 0.25;
        let lines = break_lines(text, width, em);
        assert!(
            lines.iter().any(|l| l.text.contains(unit)),
            "{text:?} parted {unit:?}: {:?}",
            texts(&lines)
        );
    }
}

#[test]
fn a_chinese_unit_with_a_slash_reads_as_one_word() {
    // Too narrow for "38 微克/立方米": the unit goes whole to the next line.
    let lines = break_lines("38 微克/立方米", 6.0, em);
    assert_eq!(texts(&lines), ["38", "微克/立方米"]);
    // And a column knows it cannot be narrower than the unit, or a number with its unit.
    assert_eq!(widest_pieces("38 微克/立方米", em).with_units, 5.5);
    assert_eq!(widest_pieces("about 15 min", em).with_units, 3.0);
    // Running text with a slash between longer words still breaks.
    assert!(widest_pieces("城市可持续发展规划/地区韧性建设方案", em).with_units < 3.0);
}

#[test]
fn a_magnitude_reads_as_one_word_with_its_number_and_what_it_counts() {
    // "31.50 百 / 万吨" and "3,600 万 / 吨" never while the line has room for the whole.
    kept_on_one_line("全年接待 31.50 百万人次", "31.50 百万人", 60);
    kept_on_one_line("2020 年：3,600 万吨 CO2", "3,600 万吨", 60);
}

#[test]
fn a_latin_unit_with_a_slash_is_never_cut_at_its_slash() {
    for width in 8..30 {
        for line in break_lines("2030: 35.00 µg/m³ and 44.00 µg/m³.", width as f32 / 2.0, em) {
            assert!(!line.text.ends_with("µg/"), "{width}: {line:?}");
        }
    }
}

#[test]
fn a_number_with_its_unit_wider_than_the_line_breaks_between_them_not_by_force() {
    // A column narrower than "0.8840 万吨标准煤/亿元": the number, then the unit after its slash.
    let lines = break_lines("0.8840 万吨标准煤/亿元", 6.0, em);
    assert_eq!(texts(&lines), ["0.8840", "万吨标准煤/", "亿元"]);
    assert!(lines.iter().all(|l| l.width <= 6.0), "{lines:?}");
    // A column knows both floors: the pieces a break may never split, and those it would
    // rather keep whole.
    let pieces = widest_pieces("2020 年：0.8840 万吨标准煤/亿元", em);
    assert_eq!(pieces.with_units, 11.0);
    assert!(pieces.unbreakable <= 3.0, "{pieces:?}");
}

/// Every width up to `widest` with room for `piece` keeps it on one line of `text`.
fn kept_on_one_line(text: &str, piece: &str, widest: usize) {
    let need: f32 = piece.chars().map(em).sum();
    for width in (need * 2.0) as usize..widest {
        let lines = break_lines(text, width as f32 / 2.0, em);
        assert!(
            lines.iter().any(|l| l.text.contains(piece)),
            "{piece:?} at {width}: {:?}",
            texts(&lines)
        );
    }
}

#[test]
fn a_chinese_unit_without_a_slash_or_before_a_bracket_reads_as_one_word() {
    let text = "基准为 28 百万吨二氧化碳当量 Mt CO2e";
    kept_on_one_line(text, "二氧化碳当量", 60);
    kept_on_one_line(text, "28 百万吨", 60);
    let text = "目标值 0.7649 万吨标准煤/亿元（10,000 tce/100 million CNY）";
    kept_on_one_line(text, "万吨标准煤/亿元", 60);
}

#[test]
fn a_date_keeps_together_while_the_line_has_room() {
    kept_on_one_line(
        "会议于 2026 年 11 月 23 日 12:12 保存",
        "2026 年 11 月 23 日",
        80,
    );
    kept_on_one_line(
        "Compared with the workshop of 24 November 2025",
        "24 November",
        80,
    );
}

#[test]
fn a_justified_line_parts_a_number_from_its_unit_rather_than_spread_a_gap() {
    // "…写入：“到" would end 4.5 ems short of 18 (its gaps spread that far); a justified line
    // takes "2030" and leaves "年" to the next.
    let text = "修改文本：在愿景中写入：“到 2030 年，可再生能源占比翻一番";
    let justified = Breaking {
        hyphenate: true,
        ..Breaking::default()
    };
    let lines = break_lines_with(text, 18.0, em, justified);
    assert_eq!(texts(&lines)[0], "修改文本：在愿景中写入：“到 2030");
    // Ragged, or with little room left, the unit keeps its number.
    let ragged = break_lines(text, 18.0, em);
    assert_eq!(texts(&ragged)[0], "修改文本：在愿景中写入：“到");
    let lines = break_lines_with(text, 15.5, em, justified);
    assert_eq!(texts(&lines)[0], "修改文本：在愿景中写入：“到");
}

#[test]
fn a_capital_word_that_opens_a_sentence_may_be_hyphenated_a_name_never() {
    // "…rationale." would be left loose, "Participants" too long for its room: the word opens
    // a sentence, so it is hyphenated like any other.
    let text = "with a written rationale. Participants agreed the rule";
    let lines = break_lines_with(text, 17.0, half, HYPHENATING);
    assert!(lines[0].hyphen, "{lines:?}");
    assert!(
        lines[0].text.starts_with("with a written rationale. Par"),
        "{lines:?}"
    );
    // Inside a sentence a capital marks a name: never cut.
    let text = "with a written rationale by Guanzhongplain agreed the rule";
    let lines = break_lines_with(text, 17.0, half, HYPHENATING);
    assert!(lines.iter().all(|l| !l.hyphen), "{lines:?}");
}

#[test]
fn every_chinese_unit_starts_with_a_listed_character() {
    for unit in units::CHINESE_UNITS {
        let first = unit.chars().next().expect("a unit");
        assert!(units::UNIT_STARTS.contains(first), "{unit}");
    }
}
