//! Acceptance tests of `concord vision`: the demo's three versions with version 3 adopted, the
//! diff between them in both languages, a new version from two files, the refusals (paragraph
//! counts that differ, a file that is not UTF-8, an amendment to the adopted version, adoption
//! by a question that did not adopt) in English and Chinese, and a Vision from nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use serde_json::Value;
use util::Workspace;

fn json(ws: &Workspace, args: &[&str]) -> Value {
    let run = ws.concord("en", args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).expect("json")
}

fn states(show: &Value) -> Vec<String> {
    show["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| v["state"].as_str().expect("state").to_owned())
        .collect()
}

/// The texts a diff's spans give back: (old, new).
fn both_texts(spans: &Value) -> (String, String) {
    let mut old = String::new();
    let mut new = String::new();
    for span in spans.as_array().expect("spans") {
        let text = span["text"].as_str().expect("text");
        match span["op"].as_str().expect("op") {
            "equal" => {
                old.push_str(text);
                new.push_str(text);
            }
            "delete" => old.push_str(text),
            "insert" => new.push_str(text),
            other => panic!("unknown op {other}"),
        }
    }
    (old, new)
}

fn paragraph_text(show: &Value, key: u64, field: &str) -> String {
    show["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .find(|p| p["key"] == key)
        .map(|p| p[field].as_str().expect("text").to_owned())
        .unwrap_or_default()
}

#[test]
fn the_demo_shows_three_versions_with_version_3_adopted() {
    let ws = Workspace::with_demo();
    let show = json(&ws, &["vision", "show", "--json"]);
    // Versions 1 and 2 were drafts until a later version was saved: superseded, never adopted.
    assert_eq!(states(&show), ["superseded", "superseded", "adopted"]);
    assert!(show["versions"][0]["adoption"].is_null());
    assert!(show["versions"][1]["adoption"].is_null());
    assert_eq!(show["versions"][0]["number"], 1);
    assert_eq!(show["version"], 3);
    assert_eq!(show["neutralityYear"], 2060);
    assert_eq!(
        show["sdgs"],
        serde_json::json!([4, 6, 7, 8, 9, 11, 12, 15, 17])
    );
    assert_eq!(show["versions"][2]["adoption"]["outcome"], "consensus");
    let paragraphs = show["paragraphs"].as_array().expect("paragraphs");
    assert_eq!(paragraphs.len(), 15);
    assert!(paragraphs.iter().all(|p| p["id"].as_i64().is_some()));
    let checklist = &show["checklist"];
    assert_eq!(checklist["englishWords"]["passed"], true);
    assert!(
        checklist["englishWords"]["figures"]["words"]
            .as_i64()
            .expect("words")
            >= 500
    );
    assert_eq!(checklist["coreValues"]["figures"]["count"], 4);

    let first = json(&ws, &["vision", "show", "--version", "1", "--json"]);
    assert_eq!(first["version"], 1);
    assert_eq!(first["state"], "superseded");
    let statuses: Vec<_> = first["amendments"]
        .as_array()
        .expect("amendments")
        .iter()
        .map(|a| a["status"].as_str().expect("status").to_owned())
        .collect();
    assert_eq!(statuses, ["editorial"]);

    let run = ws.concord("zh-CN", &["vision", "show"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("愿景第 3 版（已通过）"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("## 核心价值"), "{}", run.stdout);
}

#[test]
fn the_diff_from_1_to_3_gives_back_both_texts_in_both_languages() {
    let ws = Workspace::with_demo();
    let v1 = json(&ws, &["vision", "show", "--version", "1", "--json"]);
    let v3 = json(&ws, &["vision", "show", "--version", "3", "--json"]);
    for (lang, field, deleted, inserted) in [
        ("en", "textEn", "nuetral", "neutral"),
        ("zh-CN", "textZh", "合", "和"),
    ] {
        let diff = json(
            &ws,
            &[
                "vision", "diff", "--from", "1", "--to", "3", "--lang", lang, "--json",
            ],
        );
        let paragraphs = diff.as_array().expect("a list per paragraph");
        assert_eq!(paragraphs.len(), 15, "{lang}");
        for paragraph in paragraphs {
            let key = paragraph["key"].as_u64().expect("key");
            let (old, new) = both_texts(&paragraph["spans"]);
            match paragraph["presence"].as_str().expect("presence") {
                "kept" => {
                    assert_eq!(old, paragraph_text(&v1, key, field), "{lang} {key}");
                    assert_eq!(new, paragraph_text(&v3, key, field), "{lang} {key}");
                }
                "added" => {
                    assert!(old.is_empty());
                    assert_eq!(new, paragraph_text(&v3, key, field));
                }
                other => panic!("{other}"),
            }
        }
        let spans: Vec<&Value> = paragraphs
            .iter()
            .flat_map(|p| p["spans"].as_array().expect("spans"))
            .collect();
        assert!(
            spans
                .iter()
                .any(|s| s["op"] == "delete" && s["text"] == deleted)
        );
        assert!(
            spans
                .iter()
                .any(|s| s["op"] == "insert" && s["text"] == inserted)
        );
    }
    let run = ws.concord(
        "en",
        &["vision", "diff", "--from", "1", "--to", "3", "--lang", "en"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("4 paragraphs changed of 15")
            && run.stdout.contains("[-nuetral-][+neutral+]"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_new_version_comes_from_two_files() {
    let ws = Workspace::with_demo();
    let zh = ws.path("vision-zh.txt");
    let en = ws.path("vision-en.txt");
    std::fs::write(
        &zh,
        "\u{feff}渭南，人人共享的城市。\r\n\r\n第一项价值，\r\n𠮷祥。\r\n\r\n\r\n第二项价值。\r\n",
    )
    .unwrap();
    std::fs::write(
        &en,
        "Weinan, a city shared by all.\n\nThe first value,\ncontinued.\n\nThe second value.\n",
    )
    .unwrap();
    let run = ws.concord(
        "en",
        &[
            "vision",
            "new-version",
            "--zh",
            zh.to_str().unwrap(),
            "--en",
            en.to_str().unwrap(),
            "--note",
            "From the secretariat",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        "Version 4 saved as a draft with 3 paragraphs."
    );
    let show = json(&ws, &["vision", "show", "--json"]);
    // The adopted version stays adopted until a later one is adopted; the new one is the draft.
    assert_eq!(
        states(&show),
        ["superseded", "superseded", "adopted", "draft"]
    );
    assert_eq!(show["versions"][3]["note"], "From the secretariat");
    let paragraphs = show["paragraphs"].as_array().expect("paragraphs");
    assert_eq!(paragraphs.len(), 3);
    assert_eq!(paragraphs[1]["textZh"], "第一项价值，𠮷祥。");
    assert_eq!(paragraphs[1]["textEn"], "The first value, continued.");
    // The texts took the places (and keys) of version 3's first paragraphs.
    assert_eq!(paragraphs[0]["key"], 1);
    assert_eq!(paragraphs[0]["section"], "purpose");

    // The new draft can be amended, and the adopted version cannot be adopted again by a
    // question that did not adopt.
    let run = ws.concord(
        "en",
        &["vision", "adopt", "--version", "4", "--question", "5"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("did not adopt the Vision: nothing changed"),
        "{}",
        run.stderr
    );
    let id = paragraphs[2]["id"].as_i64().expect("id").to_string();
    let run = ws.concord(
        "en",
        &[
            "vision",
            "amend",
            "--paragraph",
            &id,
            "--by",
            "1",
            "--en",
            "The second value, corrected.",
            "--reason",
            "A typing error.",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("is pending"), "{}", run.stdout);
    let run = ws.concord(
        "en",
        &[
            "vision",
            "settle",
            "--amendment",
            "5",
            "--editorial",
            "Changes no meaning.",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        "Amendment 5 is accepted as an editorial correction."
    );
}

#[test]
fn paragraph_counts_that_differ_are_named_and_nothing_is_saved() {
    let ws = Workspace::with_demo();
    let zh = ws.path("zh.txt");
    let en = ws.path("en.txt");
    std::fs::write(&zh, "一。\n\n二。\n\n三。\n").unwrap();
    std::fs::write(&en, "One.\n\nTwo.\n").unwrap();
    let args = [
        "vision",
        "new-version",
        "--zh",
        zh.to_str().unwrap(),
        "--en",
        en.to_str().unwrap(),
    ];
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr
            .contains("The paragraphs do not pair up: 3 in the Chinese text, 2 in the English."),
        "{}",
        run.stderr
    );
    let run = ws.concord("zh-CN", &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("中文文本有 3 段，英文文本有 2 段。"),
        "{}",
        run.stderr
    );

    // A file in another encoding (GB18030 here) is named.
    std::fs::write(&en, [0xce, 0xbc, 0xc4, 0xcf, b'\n']).unwrap();
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("{} is not UTF-8 text", en.to_str().unwrap())),
        "{}",
        run.stderr
    );
    let run = ws.concord("zh-CN", &args);
    assert!(run.stderr.contains("不是 UTF-8 文本"), "{}", run.stderr);
    assert_eq!(states(&json(&ws, &["vision", "show", "--json"])).len(), 3);
}

#[test]
fn an_amendment_to_the_adopted_version_is_refused() {
    let ws = Workspace::with_demo();
    let show = json(&ws, &["vision", "show", "--version", "3", "--json"]);
    let id = show["paragraphs"][0]["id"]
        .as_i64()
        .expect("id")
        .to_string();
    let before = json(&ws, &["vision", "show", "--version", "2", "--json"])["amendments"].clone();
    let args = [
        "vision",
        "amend",
        "--paragraph",
        &id,
        "--by",
        "1",
        "--zh",
        "新的宗旨。",
        "--reason",
        "更好。",
    ];
    let run = ws.concord("en", &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Version 3 is adopted: it cannot be amended."),
        "{}",
        run.stderr
    );
    let run = ws.concord("zh-CN", &args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("第 3 版已通过，不能修正。"),
        "{}",
        run.stderr
    );
    let after = json(&ws, &["vision", "show", "--json"]);
    assert_eq!(after["amendments"], serde_json::json!([]));
    assert_eq!(
        json(&ws, &["vision", "show", "--version", "2", "--json"])["amendments"],
        before
    );
}

#[test]
fn a_vision_from_nothing_starts_with_the_first_new_version() {
    let ws = Workspace::new();
    {
        let mut store = concord_store::Store::open(&ws.db()).expect("create");
        store
            .save_dialogue(&concord_store::demo::dialogue())
            .expect("dialogue");
    }
    let run = ws.concord("en", &["vision", "show"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("has no Vision yet"), "{}", run.stderr);

    let zh = ws.path("zh.txt");
    let en = ws.path("en.txt");
    std::fs::write(&zh, "渭南，人人共享。\n\n价值一。\n\n价值二。\n").unwrap();
    std::fs::write(&en, "Weinan, shared by all.\n\nValue one.\n\nValue two.\n").unwrap();
    let run = ws.concord(
        "zh-CN",
        &[
            "vision",
            "new-version",
            "--zh",
            zh.to_str().unwrap(),
            "--en",
            en.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "第 1 版已保存为草案，共 3 段。");
    let show = json(&ws, &["vision", "show", "--json"]);
    assert_eq!(states(&show), ["draft"]);
    let sections: Vec<_> = show["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| p["section"].as_str().expect("section").to_owned())
        .collect();
    assert_eq!(sections, ["purpose", "free", "free"]);
    assert_eq!(show["checklist"]["coreValues"]["passed"], false);
    let run = ws.concord("en", &["vision", "show"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Vision, version 1 (draft)")
            && run.stdout.contains("## Text")
            && run.stdout.contains("0 core values"),
        "{}",
        run.stdout
    );
}
