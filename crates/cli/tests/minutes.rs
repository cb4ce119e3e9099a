//! The minutes of the demo's approved plenary: what a reader gets back from the PDF, in each
//! language (snapshots of `pdftotext -layout`-free text), and the benchmark command.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::{Workspace, pdf_text, tool};

/// The text as pdftotext returns it, without the blank-line noise between blocks.
fn readable(pdf: &std::path::Path) -> String {
    pdf_text(pdf)
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_minutes_read_back_the_same_in_each_language() {
    let ws = Workspace::with_demo();
    for lang in ["en", "zh-CN", "bilingual"] {
        let pdf = ws.export_minutes(lang);
        assert!(tool("qpdf", &["--check"], &pdf).code == 0, "qpdf {lang}");
        insta::assert_snapshot!(format!("minutes-{lang}"), readable(&pdf));
    }
}

#[test]
fn a_name_written_alike_in_both_languages_is_printed_once() {
    // "Giulia Ferrari" is her Chinese name and her English one: the bilingual register says it
    // once, as it says "Ayguli".
    let ws = Workspace::with_demo();
    let text = readable(&ws.export_minutes("bilingual"));
    let lines: Vec<String> = text.lines().map(|l| l.replace('\u{a0}', " ")).collect();
    assert!(lines.iter().any(|l| l == "Giulia Ferrari"), "{text}");
    for pair in lines.windows(2) {
        assert!(
            !(pair[0] == pair[1] && pair[0] == "Giulia Ferrari"),
            "printed twice: {pair:?}"
        );
    }
}

#[test]
fn the_minutes_carry_decisions_action_items_and_the_approval() {
    let ws = Workspace::with_demo();
    let en = readable(&ws.export_minutes("en"));
    for expected in [
        "approved by Li Jianguo",
        "Decision 1 (noted):",
        // It names no question, so the rules allow only "agreed without a formal round".
        "Decision 2 (agreed without a formal round):",
        "Action items",
        "Submit the final baseline report",
        "High-level representative",
    ] {
        assert!(en.contains(expected), "{expected} missing from:\n{en}");
    }
    let zh: String = readable(&ws.export_minutes("zh-CN"))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for expected in [
        "决定2（未经正式表决，会上一致同意）：",
        "行动事项",
        "提交指标基线报告终稿",
        "由李建国于",
    ] {
        assert!(zh.contains(expected), "{expected} missing");
    }
}

#[test]
fn the_bilingual_header_says_each_name_and_date_once_per_language() {
    let ws = Workspace::with_demo();
    let text = readable(&ws.export_minutes("bilingual"));
    let row = |label: &str| -> String {
        let start = text
            .find(label)
            .unwrap_or_else(|| panic!("{label} missing:\n{text}"));
        text[start..].lines().take(3).collect::<Vec<_>>().join(" ")
    };
    for label in ["日期 Date", "开幕 Opened", "闭幕 Closed"] {
        let rows = row(label);
        assert_eq!(rows.matches("2026 年 11 月 23 日").count(), 1, "{rows}");
        assert_eq!(rows.matches("23 November 2026").count(), 1, "{rows}");
        // The Chinese value, then the English on a line of its own.
        let zh_line = text[text.find(label).expect("label")..]
            .lines()
            .find(|l| l.contains("2026 年 11 月 23 日"))
            .expect("the Chinese date");
        assert!(!zh_line.contains("November"), "{zh_line}");
    }
    // Chinese writes 50%, without a space.
    assert!(text.contains("已达到 50% 的法定人数"), "{text}");
    // Each sector is named once in Chinese on one line and once in English on the next.
    let sectors = text
        .lines()
        .find(|l| l.contains("地方政府"))
        .unwrap_or_else(|| panic!("no sector line:\n{text}"));
    assert!(!sectors.contains("Local authority"), "{sectors}");
    assert_eq!(sectors.matches("地方政府").count(), 1, "{sectors}");
}

#[test]
fn the_attendance_and_every_round_count_the_same_voting_members() {
    let ws = Workspace::with_demo();
    let mut meetings_with_rounds = 0;
    for meeting in ["1", "2"] {
        let out = ws.path(&format!("m{meeting}.pdf"));
        let out_arg = out.to_str().expect("utf-8 path");
        let args = [
            "export",
            "minutes",
            "--meeting",
            meeting,
            "--lang",
            "en",
            "--out",
            out_arg,
        ];
        let run = ws.concord("en", &args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = readable(&out).replace('\n', " ");
        // Every "29 of 32 voting members present": the attendance's and each round's.
        let totals: Vec<&str> = text
            .split("voting members present")
            .filter_map(|before| {
                let words: Vec<&str> = before.split_whitespace().collect();
                match words.as_slice() {
                    // A page break may fall inside the sentence: skip "Page 3 of 12".
                    [.., "Page", _, "of", _] => None,
                    [.., _, "of", total] => Some(*total),
                    _ => None,
                }
            })
            .collect();
        assert!(!totals.is_empty(), "meeting {meeting}: no count");
        assert!(
            totals.windows(2).all(|w| w[0] == w[1]),
            "meeting {meeting}: {totals:?}"
        );
        if totals.len() > 1 {
            meetings_with_rounds += 1;
        }
    }
    assert!(meetings_with_rounds > 0, "no meeting with rounds");
}

#[test]
fn the_benchmark_loads_the_fixed_content_and_reports_its_figures() {
    let ws = Workspace::new();
    // The fixed content, kept in the repository (a copy of shared/bench/minutes-20p.json).
    let content = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../documents/tests/fixtures/minutes-20p.json"
    );
    let out = ws.path("bench.pdf");
    let run = ws.concord(
        "en",
        &[
            "bench",
            "minutes",
            "--content",
            content,
            "--lang",
            "bilingual",
            "--runs",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = run.stdout.trim();
    let fields: Vec<(&str, f64)> = line
        .split(' ')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k, v.parse().unwrap())
        })
        .collect();
    assert_eq!(
        fields.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
        ["export_ms", "pages", "size_kb"]
    );
    assert!(fields[1].1 >= 19.0, "about twenty pages: {line}");
    let text = pdf_text(&out);
    assert!(text.contains("𠮷"), "the rare character survives the store");
    assert!(text.contains("渭南"));

    let bad = ws.path("bad.json");
    std::fs::write(&bad, "{\"meta\": 3}").unwrap();
    let run = ws.concord(
        "en",
        &["bench", "minutes", "--content", bad.to_str().unwrap()],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("line 1"), "{}", run.stderr);
}

#[test]
fn the_lifecycle_from_the_command_line_refuses_every_step_out_of_order() {
    let ws = Workspace::with_demo();
    let list = ws.concord("en", &["meeting", "list"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(list.stdout.contains("approved (frozen)") && list.stdout.contains("planned"));
    // Meeting 1 is the demo's approved plenary; meeting 2 the planned one.
    let refused = |args: &[&str], lang: &str, expected: &str| {
        let run = ws.concord(lang, args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        assert!(run.stderr.contains(expected), "{args:?}: {}", run.stderr);
    };
    refused(
        &["meeting", "close", "--meeting", "2"],
        "en",
        "Only an open meeting",
    );
    refused(
        &["meeting", "approve", "--meeting", "2"],
        "zh-CN",
        "只有已闭幕会议",
    );
    refused(
        &[
            "meeting",
            "addendum",
            "--meeting",
            "2",
            "--corrects",
            "x",
            "--text-en",
            "y",
        ],
        "en",
        "not approved yet",
    );
    refused(
        &["meeting", "open", "--meeting", "1"],
        "en",
        "Only a planned meeting",
    );
    refused(
        &["meeting", "approve", "--meeting", "1"],
        "en",
        "approved and frozen",
    );
    // The demo plans meeting 2 four weeks from today: opening it today needs the flag.
    refused(
        &["meeting", "open", "--meeting", "2"],
        "en",
        "is planned for",
    );
    refused(
        &["meeting", "open", "--meeting", "2"],
        "zh-CN",
        "--on-another-day",
    );
    let run = ws.concord("en", &["meeting", "open", "--meeting", "2"]);
    assert!(run.stderr.contains("--on-another-day"), "{}", run.stderr);
    let run = ws.concord(
        "en",
        &["meeting", "open", "--meeting", "2", "--on-another-day"],
    );
    assert_eq!(run.code, 0, "open: {}", run.stderr);
    for step in ["close", "approve"] {
        let run = ws.concord("en", &["meeting", step, "--meeting", "2"]);
        assert_eq!(run.code, 0, "{step}: {}", run.stderr);
    }
    // Its minutes say when it was held, and the planned date beside it.
    let run = ws.concord(
        "en",
        &[
            "export",
            "minutes",
            "--meeting",
            "2",
            "--lang",
            "en",
            "--out",
            ws.path("held.pdf").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let held = pdf_text(&ws.path("held.pdf"))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let today = chrono::Local::now().date_naive();
    // The demo's second plenary is planned four weeks after its first, on 23 November 2026.
    let planned = concord_store::demo::sample_date() + chrono::Days::new(28);
    let day = |d: chrono::NaiveDate| concord_i18n::format_date(concord_i18n::Locale::En, d);
    assert!(held.contains(&format!("Held {}", day(today))), "{held}");
    assert!(
        held.contains(&format!("Planned for {}", day(planned))),
        "{held}"
    );
    refused(
        &["meeting", "open", "--meeting", "2"],
        "en",
        "Only a planned meeting",
    );
    let run = ws.concord(
        "en",
        &[
            "meeting",
            "addendum",
            "--meeting",
            "1",
            "--corrects",
            "Item 3",
            "--text-en",
            "Read 42.",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = ws.concord(
        "en",
        &[
            "export",
            "minutes",
            "--meeting",
            "1",
            "--lang",
            "en",
            "--out",
            ws.path("a.pdf").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&ws.path("a.pdf"));
    assert!(
        text.contains("Addendum 1") && text.contains("Read 42."),
        "{text}"
    );
}

#[test]
fn the_ranking_of_the_deficits_is_in_the_minutes_of_its_meeting_only() {
    let ws = Workspace::with_demo();
    let en = readable(&ws.export_minutes("en"));
    for expected in [
        "Ranking of the deficits",
        "20 participants placed 8 dots each on 9 flagged deficits (dot voting)",
        "5=",
        "What each sector put first:",
    ] {
        assert!(en.contains(expected), "{expected} missing from:\n{en}");
    }
    let zh: String = readable(&ws.export_minutes("zh-CN"))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(
        zh.contains("差距排序") && zh.contains("各领域列为首位的差距"),
        "{zh}"
    );
    // A shared rank is written the Chinese way, never with the English mark.
    assert!(zh.contains("并列5") && !zh.contains("5="), "{zh}");
    // The planned second plenary held no ranking: its minutes have no such section.
    let out = ws.path("second.pdf");
    let run = ws.concord(
        "en",
        &[
            "export",
            "minutes",
            "--meeting",
            "2",
            "--lang",
            "en",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!readable(&out).contains("Ranking of the deficits"));
}
