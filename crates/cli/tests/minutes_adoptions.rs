//! The minutes say what a question adopted besides its text: the scenario it adopted and froze,
//! and the targets, in the minutes' language(s), under that question's heading only.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::{Workspace, pdf_text};

/// The demo's decided questions whose outcome adopted, in order.
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

fn minutes(ws: &Workspace, lang: &str) -> String {
    let out = ws.path(&format!("minutes-{lang}.pdf"));
    let run = ws.concord(
        lang,
        &[
            "export",
            "minutes",
            "--meeting",
            "1",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    pdf_text(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_question_that_adopted_the_bau_or_the_targets_says_so_in_the_minutes() {
    let ws = Workspace::with_demo();
    // Before any adoption the minutes say nothing of scenarios or targets.
    let before = minutes(&ws, "en");
    assert!(!before.contains("adopted the scenario"), "{before}");
    assert!(!before.contains("proposed targets"), "{before}");

    let questions = adopting_questions(&ws);
    let (first, second) = (questions[0], questions[1]);
    let run = ws.concord(
        "en",
        &[
            "bau",
            "adopt",
            "--scenario",
            "BAU",
            "--question",
            &first.to_string(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = ws.concord(
        "en",
        &["targets", "adopt", "--question", &second.to_string()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);

    let en = minutes(&ws, "en");
    let scenario =
        "On record: this question adopted the scenario “BAU”, which is frozen from now on.";
    let targets = "this question adopted the 12 proposed targets for 2030 and mid-century, which are frozen from now on.";
    assert_eq!(en.matches(scenario).count(), 1, "{en}");
    assert_eq!(en.matches(targets).count(), 1, "{en}");
    // Each line stands under its own question's heading, the scenario's first.
    // Questions are numbered as the minutes print them: found by their text.
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let text = |id: i64| -> String {
        conn.query_row("SELECT text_en FROM question WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap()
    };
    // The start of the text: its straight quotation marks are printed curly.
    let heading = |id: i64| {
        let start: String = text(id).chars().take(30).collect();
        en.find(&format!(": {start}")).unwrap()
    };
    let (at_scenario, at_targets) = (en.find(scenario).unwrap(), en.find(targets).unwrap());
    assert!(
        heading(first) < at_scenario && at_scenario < heading(second),
        "{en}"
    );
    assert!(heading(second) < at_targets, "{en}");

    let zh = minutes(&ws, "zh-CN");
    assert!(
        zh.contains("记录：本问题通过了情景“BAU”，此后不再修改。"),
        "{zh}"
    );
    assert!(
        zh.contains("本问题通过了 12 项 2030 年与本世纪中叶目标提案，此后不再修改。"),
        "{zh}"
    );
    assert!(!zh.contains("adopted"), "{zh}");

    let both = minutes(&ws, "bilingual");
    assert!(
        both.contains("本问题通过了情景“BAU”") && both.contains(scenario),
        "{both}"
    );
}
