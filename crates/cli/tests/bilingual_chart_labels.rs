//! Acceptance tests of the charts' own labels in each language: the action plan's roadmap and
//! the deficits report's ranked bars name their rows (and the roadmap its key projects) in
//! both languages in a bilingual document, so an English reader finds every bar, and in one
//! language only in an English or a Chinese document.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::{Workspace, pdf_text};

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Exports `what` in `lang` and returns its text without white space.
fn exported(ws: &Workspace, what: &str, lang: &str) -> String {
    let out = ws.path(&format!("{what}-{lang}.pdf"));
    let run = ws.concord(
        "en",
        &[
            "export",
            what,
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "export {what} {lang}: {}", run.stderr);
    squeezed(&pdf_text(&out))
}

/// The text from the last `start` before `end` up to `end`: the figure between its heading
/// (or title) and the heading that follows it, tables excluded.
fn between<'t>(text: &'t str, start: &str, end: &str) -> &'t str {
    let stop = text
        .find(end)
        .unwrap_or_else(|| panic!("no {end} in {text}"));
    let from = text[..stop]
        .rfind(start)
        .unwrap_or_else(|| panic!("no {start} before {end} in {text}"));
    &text[from..stop]
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// An English word (three lower-case letters in a row): a Chinese label has none, where
/// codes such as 7.b.1 and PM2.5 may appear.
fn has_english_word(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w.iter().all(u8::is_ascii_lowercase))
}

#[test]
fn the_roadmap_names_measures_and_key_projects_in_the_plans_languages() {
    let ws = Workspace::with_demo();

    let text = exported(&ws, "action-plan", "bilingual");
    let chart = between(&text, "Roadmap", "重点机构与利益相关方");
    for needle in [
        // Row labels: the Chinese, then the English, each with its code.
        "M-01城区燃煤锅炉清洁能源替代M-01Cleanenergyforthecity",
        "M-05公交车辆全面电动化M-05Everycitybuselectric",
        "M-12生活垃圾焚烧发电二期M-12Secondlineofthewaste-to-energyplant",
        // Legend entries: both languages after one code.
        "KP1蓝天保卫：清洁空气Bluesky:cleanair",
        "KP2低碳交通Low-carbontransport",
    ] {
        assert!(chart.contains(needle), "missing {needle} in {chart}");
    }
    // Nothing cut where there is room.
    assert!(!chart.contains('…'), "{chart}");

    let text = exported(&ws, "action-plan", "zh-CN");
    let chart = between(&text, "路线图", "重点机构与利益相关方");
    assert!(chart.contains("M-01城区燃煤锅炉清洁能源替代"), "{chart}");
    assert!(chart.contains("KP1蓝天保卫：清洁空气"), "{chart}");
    assert!(
        !has_english_word(chart),
        "English in the Chinese roadmap: {chart}"
    );

    let text = exported(&ws, "action-plan", "en");
    let chart = between(&text, "Roadmap", "Keyinstitutionsandstakeholders");
    assert!(chart.contains("M-01Cleanenergyforthecity"), "{chart}");
    assert!(chart.contains("KP1Bluesky:cleanair"), "{chart}");
    assert!(!has_cjk(chart), "Chinese in the English roadmap: {chart}");
}

#[test]
fn the_ranked_deficits_are_named_in_the_reports_languages() {
    let ws = Workspace::with_demo();

    let text = exported(&ws, "deficits", "bilingual");
    let chart = between(&text, "对话确定的差距排序", "各领域及三螺旋群体的优先事项");
    // Each name in each language (a bar's value may be read between a label's lines).
    for needle in [
        "6.1.1使用安全管理饮用水服务的人口比例",
        "Proportionofpopulationusingsafelymanaged",
        "13.2.2每年温室气体排放总量",
        "Totalgreenhousegasemissionsperyear",
        "7.2.1可再生能源在最终能源消费总量中的份额",
        "Renewableenergyshareinthetotalfinalenergy",
    ] {
        assert!(chart.contains(needle), "missing {needle} in {chart}");
    }

    let text = exported(&ws, "deficits", "zh-CN");
    let chart = between(&text, "对话确定的差距排序", "各领域及三螺旋群体的优先事项");
    assert!(
        chart.contains("6.1.1使用安全管理饮用水服务的人口比例"),
        "{chart}"
    );
    assert!(
        !has_english_word(chart),
        "English in the Chinese chart: {chart}"
    );

    let text = exported(&ws, "deficits", "en");
    let chart = between(
        &text,
        "Deficitsrankedbythedialogue",
        "Prioritiesbysectorandbytriple-helixgroup",
    );
    assert!(
        chart.contains("13.2.2Totalgreenhousegasemissionsperyear"),
        "{chart}"
    );
    assert!(!has_cjk(chart), "Chinese in the English chart: {chart}");
}

/// Every chart label and legend entry of the demo's bilingual reports is printed whole: a long
/// name wraps to more lines, it never ends in "…".
#[test]
fn no_chart_in_a_bilingual_report_shortens_a_label() {
    let ws = Workspace::with_demo();
    for what in ["deficits", "progress", "bau", "action-plan"] {
        for style in ["modern", "official"] {
            let out = ws.export(&[what], style, "bilingual");
            let text = pdf_text(&out);
            let cut: Vec<&str> = text.lines().filter(|l| l.contains('…')).collect();
            assert!(cut.is_empty(), "{what} {style}: {cut:?}");
        }
    }
}
