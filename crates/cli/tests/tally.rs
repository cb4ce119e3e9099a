//! Acceptance tests of `concord tally`: the demo's six questions, each ending another way, in
//! English, Chinese and JSON; and a clear refusal of a question that does not exist.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::Workspace;

#[test]
fn every_way_a_question_can_end_is_in_the_demo() {
    let ws = Workspace::with_demo();
    let expected = [
        (1, "Adopted by consensus", "经协商一致通过", "consensus"),
        (2, "(weak consensus)", "弱共识", "consensus"),
        (
            3,
            "Adopted by decision of the focal point after consensus persistently failed",
            "联络人决定（持续未能达成共识后）：通过",
            "focalPointDecision",
        ),
        (4, "Adopted by majority", "多数通过", "majority"),
        (5, "Outcome: Not adopted", "结果：未通过", "rejected"),
        (
            6,
            "Adopted by the focal point's casting vote",
            "联络人决定票：通过",
            "castingVote",
        ),
    ];
    for (id, en, zh, how) in expected {
        let id = id.to_string();
        let run = ws.concord("en", &["tally", "--question", &id]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains(en), "question {id}: {}", run.stdout);
        assert!(run.stdout.contains("Round 1: "), "{}", run.stdout);

        let run = ws.concord("zh-CN", &["tally", "--question", &id]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains(zh), "question {id}: {}", run.stdout);

        let run = ws.concord("en", &["tally", "--question", &id, "--json"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
        assert_eq!(json["state"]["decided"], true);
        assert_eq!(json["state"]["outcome"]["how"], how, "{}", run.stdout);
    }
}

#[test]
fn the_focal_point_decision_shows_its_three_rounds_and_rationale() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["tally", "--question", "3"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for line in [
        "Round 1: 24 consent, 2 stand aside, 3 object; 29 of 32 voting members present. Result: not adopted.",
        "Amended text put to round 3:",
        "Round 3: 25 consent, 2 stand aside, 2 object",
        "Failed rounds: 3 of 3.",
        "Rationale of the focal point:",
    ] {
        assert!(run.stdout.contains(line), "{line}\n{}", run.stdout);
    }
    let json = ws.concord("en", &["tally", "--question", "3", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(value["rounds"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        value["rounds"][2]["positions"].as_array().map(Vec::len),
        Some(29)
    );
    assert_eq!(value["state"]["failedRounds"], 3);
}

#[test]
fn a_whole_meeting_is_tallied_in_order() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["tally", "--meeting", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let headings: Vec<_> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("Question "))
        .collect();
    // The six ending each way, then the Vision's: two amendments and the adoption.
    assert_eq!(headings.len(), 9, "{}", run.stdout);
    assert!(headings[5].starts_with("Question 6: The second plenary is streamed"));
    assert!(headings[8].starts_with("Question 9: Adopt version 3 of the Weinan Vision"));
}

#[test]
fn an_unknown_question_is_refused_clearly() {
    let ws = Workspace::with_demo();
    let run = ws.concord("en", &["tally", "--question", "99"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("There is no question 99 in this database"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
    let run = ws.concord("zh-CN", &["tally", "--question", "99"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("没有编号为 99 的问题"),
        "{}",
        run.stderr
    );
    let run = ws.concord("en", &["tally", "--meeting", "42"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}
