//! Acceptance tests: the real `concord` binary, its PDFs read back with poppler and qpdf.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::{Workspace, page_count, pdf_text, tool};

/// No line may start with these (DESIGN.md, Documents).
const NO_LINE_START: &[char] = &['，', '。', '、', '；', '：', '？', '！', '）', '」', '』'];
/// No line may end with these.
const NO_LINE_END: &[char] = &['（', '「', '『'];

#[test]
fn chinese_minutes_are_searchable_subset_and_well_formed() {
    let ws = Workspace::with_demo();
    let pdf = ws.export_minutes("zh-CN");

    let text = pdf_text(&pdf);
    assert!(text.contains("渭南"), "city name extracted");
    assert!(
        text.contains("𠮷祥云"),
        "the rare character 𠮷 survives: {text}"
    );
    assert!(
        text.contains("2026 年 11 月 23 日"),
        "date in the Chinese form"
    );
    let pages = page_count(&pdf);
    assert!(
        pages >= 3,
        "the demo minutes run to at least three pages, got {pages}"
    );
    // pdftotext does not report the spaces between Chinese and digits; compare without spaces.
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        compact.contains(&format!("第1页/共{pages}页")),
        "page label on page 1"
    );
    assert!(
        compact.contains(&format!("第{pages}页/共{pages}页")),
        "page label on the last page"
    );

    let fonts = tool("pdffonts", &[], &pdf).stdout;
    let cjk = fonts
        .lines()
        .find(|l| l.contains("Noto"))
        .unwrap_or_else(|| panic!("no Noto font:\n{fonts}"));
    let cols: Vec<&str> = cjk.split_whitespace().collect();
    // name type encoding emb sub uni object ID: the three yes/no columns come before the object id.
    let flags = &cols[cols.len() - 5..cols.len() - 2];
    assert_eq!(
        flags,
        ["yes", "yes", "yes"],
        "embedded, subset, with ToUnicode: {cjk}"
    );
    let tag = cols[0].split('+').next().unwrap();
    assert!(
        tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
        "subset tag {tag}"
    );

    let check = tool("qpdf", &["--check"], &pdf);
    assert_eq!(
        check.code, 0,
        "qpdf --check: {}{}",
        check.stdout, check.stderr
    );
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(
        size < 500 * 1024,
        "the demo minutes stay under 500 KB, got {size} bytes"
    );
}

#[test]
fn chinese_lines_break_by_the_punctuation_rules() {
    let ws = Workspace::with_demo();
    let pdf = ws.export_minutes("zh-CN");
    let text = pdf_text(&pdf);
    let mut checked = 0;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        checked += 1;
        let first = line.chars().next().unwrap();
        let last = line.chars().last().unwrap();
        assert!(
            !NO_LINE_START.contains(&first),
            "line starts with {first}: {line}"
        );
        assert!(
            !NO_LINE_END.contains(&last),
            "line ends with {last}: {line}"
        );
    }
    assert!(checked > 60, "only {checked} lines were read");
}

#[test]
fn english_minutes_speak_english_and_keep_reading_order() {
    let ws = Workspace::with_demo();
    let pdf = ws.export_minutes("en");
    let text = pdf_text(&pdf);
    let pages = page_count(&pdf);
    assert!(text.contains(&format!("Page 1 of {pages}")));
    assert!(text.contains("23 November 2026"));
    assert!(text.contains("Attendance"));
    assert!(
        !text.contains("出席情况"),
        "no Chinese headings in the English minutes"
    );
    let order = [
        "Minutes",
        "Attendance",
        "Agenda and discussion",
        "Opening address",
        "Closing",
        "Signatures",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|s| text.find(s).unwrap_or_else(|| panic!("missing {s}")))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "reading order {order:?} at {positions:?}"
    );
}

#[test]
fn bilingual_minutes_pair_chinese_with_english() {
    let ws = Workspace::with_demo();
    let pdf = ws.export_minutes("bilingual");
    let text = pdf_text(&pdf);
    let zh = text
        .find("王志立市长代表市人民政府宣布对话正式开幕")
        .expect("Chinese notes");
    let en = text
        .find("Mayor Wang Zhili opened the dialogue")
        .expect("English notes");
    assert!(
        zh < en,
        "the Chinese paragraph comes first, then its English"
    );
    assert!(text.contains("出席情况") && text.contains("Attendance"));
    assert!(text.contains("第 1 页"));
    assert!(text.contains("Page 1 of"));
    assert!(page_count(&pdf) > page_count(&ws.export_minutes("en")));
}

#[test]
fn errors_name_the_problem_in_the_users_language_and_write_nothing() {
    let ws = Workspace::with_demo();

    let out = ws.path("missing.pdf");
    let run = ws.concord(
        "zh-CN",
        &[
            "export",
            "minutes",
            "--meeting",
            "99",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("错误") && run.stderr.contains("没有编号为 99 的会议"),
        "{}",
        run.stderr
    );
    assert!(!out.exists(), "no file for a failed export");

    let run = ws.concord(
        "en",
        &[
            "export",
            "minutes",
            "--meeting",
            "99",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        run.stderr.contains("There is no meeting 99"),
        "{}",
        run.stderr
    );

    let nowhere = ws.path("no/such/folder/minutes.pdf");
    let run = ws.concord(
        "en",
        &["export", "minutes", "--out", nowhere.to_str().unwrap()],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Cannot write") && run.stderr.contains("no/such/folder"),
        "{}",
        run.stderr
    );

    let run = ws.concord("zh-CN", &["demo"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("已有对话"), "{}", run.stderr);
    let pdf = ws.export_minutes("en");
    assert!(
        pdf_text(&pdf).contains("Giulia Ferrari"),
        "the first demo is still whole"
    );
}

#[test]
fn an_empty_database_says_how_to_start() {
    let ws = Workspace::new();
    let out = ws.path("minutes.pdf");
    let run = ws.concord("en", &["export", "minutes", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("concord demo"), "{}", run.stderr);

    let text_file = ws.path("notes.txt");
    std::fs::write(
        &text_file,
        "Minutes are not a database, even when they are long enough.",
    )
    .unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["--db", text_file.to_str().unwrap(), "demo"])
        .env("CONCORD_LANG", "en")
        .output()
        .unwrap();
    assert_ne!(run.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("Cannot open the database") && stderr.contains("notes.txt"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&text_file).unwrap(),
        "Minutes are not a database, even when they are long enough."
    );
}
