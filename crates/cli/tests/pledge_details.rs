//! The targets pledge prints each target's kind in words, its SDGs and its advantages for the
//! community in the document's language (bilingual: both), a missing translation said where it
//! would stand; and it prints the latest adopted revision, never the proposals beside it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::{Workspace, pdf_text};

fn pledge_text(ws: &Workspace, lang: &str) -> String {
    let out = ws.path(&format!("pledge-{lang}.pdf"));
    let run = ws.concord(
        lang,
        &[
            "export",
            "pledge",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    pdf_text(&out)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The demo with carbon intensity's advantages left untranslated, as a secretariat may leave
/// them: only the English.
fn demo_without_a_translation() -> Workspace {
    let ws = Workspace::with_demo();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let changed = conn
        .execute(
            "UPDATE target SET advantages_zh = '' WHERE subject = 'carbon_intensity'",
            [],
        )
        .unwrap();
    assert!(changed > 0);
    ws
}

fn adopting_questions(ws: &Workspace) -> Vec<i64> {
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT id FROM question WHERE state = 'decided' AND adopted = 1 ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn adopt(ws: &Workspace, question: i64) {
    let run = ws.concord(
        "en",
        &["targets", "adopt", "--question", &question.to_string()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn the_chinese_pledge_says_kinds_goals_and_advantages_in_chinese() {
    let ws = demo_without_a_translation();
    let text = pledge_text(&ws, "zh-CN");
    for needle in [
        "类型",
        "固定水平",
        "基准年减排：比2021年−11.1%",
        "低于基准情景：比2030年基准情景“BAU”−15%",
        "目标11、3",
        "对社区的益处",
        "减少呼吸道疾病，冬季雾霾天数减少。",
        // Carbon intensity's advantages left only in English: said so, the English after.
        "【尚未译成中文。】Cleanerindustryattractsgreeninvestment.",
    ] {
        assert!(text.contains(needle), "missing {needle}\n{text}");
    }
    for english in [
        "Fixedlevel",
        "Base-year",
        "Advantages",
        "Fewerrespiratory",
        "SDG",
    ] {
        assert!(
            !text.contains(english),
            "English {english} in the Chinese pledge"
        );
    }
}

#[test]
fn the_bilingual_pledge_says_both_and_the_english_one_marks_what_is_missing() {
    let ws = demo_without_a_translation();
    let text = pledge_text(&ws, "bilingual");
    for needle in [
        "固定水平",
        "Fixedlevel",
        "BelowBAU:−15%fromthescenario“BAU”in2030",
        "SDG11,3",
        "对社区的益处",
        "Advantagesforthecommunity",
        "减少呼吸道疾病",
        "Fewerrespiratoryillnesses",
        "【尚未译成中文。】",
    ] {
        assert!(text.contains(needle), "missing {needle}\n{text}");
    }
    let english = pledge_text(&ws, "en");
    assert!(english.contains("Cleanerindustryattractsgreeninvestment."));
    assert!(!english.contains("尚未"), "{english}");
    assert!(!english.contains("[NotyettranslatedintoEnglish.]"));
}

#[test]
fn the_pledge_prints_the_latest_adopted_revision_only() {
    let ws = Workspace::with_demo();
    let questions = adopting_questions(&ws);
    adopt(&ws, questions[0]);
    let file = ws.path("revision-2.csv");
    std::fs::write(
        &file,
        "indicator,baseline_year,baseline_value,target_year,target_value,sdgs,advantages_en\n\
         11.6.2,2021,44,2030,25,11,Clear winter skies\n",
    )
    .unwrap();
    let run = ws.concord(
        "en",
        &["targets", "import", "--csv", file.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pledge_text(&ws, "en");
    assert!(text.contains("Localsolarjobs"), "revision 1 stands");
    assert!(
        !text.contains("Clearwinterskies"),
        "a proposal is not pledged"
    );

    adopt(&ws, questions[1]);
    let text = pledge_text(&ws, "en");
    assert!(text.contains("Clearwinterskies"), "{text}");
    assert!(
        !text.contains("Localsolarjobs"),
        "revision 2 replaces revision 1"
    );
    assert!(text.contains("2030:25.00µg/m³"), "{text}");
}
