//! The Vision stage as the window runs it: the demo's three versions, a draft edited in place
//! and saved as the next version, its structure changed (paragraphs added, moved and removed, a
//! free section), refusals that change nothing, amendments settled by a question and
//! editorially, and adoption by a decided question that freezes the version and uses up the
//! question.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::vision_view::{
    DraftEdit, ParagraphEdit, ProposalInput, SectionEdit, VisionStage, adopt, check_draft, diff,
    propose, save_as_version, save_draft, settle_by_question, settle_editorially, stage,
    start_draft,
};

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    store
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

/// The draft shown, as the window would send it back untouched.
fn as_typed(view: &VisionStage) -> DraftEdit {
    let version = view.version.as_ref().unwrap();
    DraftEdit {
        number: version.number,
        sections: version
            .sections
            .iter()
            .map(|s| SectionEdit {
                kind: s.kind.clone(),
                title_zh: s.title_zh.clone(),
                title_en: s.title_en.clone(),
                paragraphs: s
                    .paragraphs
                    .iter()
                    .map(|p| ParagraphEdit {
                        key: Some(p.key),
                        text_zh: p.text_zh.clone(),
                        text_en: p.text_en.clone(),
                        not_yet_translated: p.not_yet_translated,
                    })
                    .collect(),
            })
            .collect(),
        neutrality_year: version.neutrality_year,
    }
}

fn keys(view: &VisionStage, section: usize) -> Vec<u32> {
    view.version.as_ref().unwrap().sections[section]
        .paragraphs
        .iter()
        .map(|p| p.key)
        .collect()
}

fn new_paragraph(zh: &str, en: &str) -> ParagraphEdit {
    ParagraphEdit {
        key: None,
        text_zh: zh.into(),
        text_en: en.into(),
        not_yet_translated: false,
    }
}

#[test]
fn the_demo_shows_version_3_adopted_and_a_draft_saves_in_place_then_as_version_5() {
    let mut store = demo();
    let view = stage(&store, None, Language::En).unwrap();
    let states: Vec<&str> = view.versions.iter().map(|v| v.state.as_str()).collect();
    assert_eq!(states, ["superseded", "superseded", "adopted"]);
    assert_eq!(states.last(), Some(&"adopted"));
    assert_eq!(view.version.as_ref().map(|v| v.number), Some(3));
    assert!(
        view.version
            .as_ref()
            .and_then(|v| v.adopted.clone())
            .unwrap_or_default()
            .contains("consensus")
    );
    assert_eq!(view.checklist.len(), 7);

    let view = start_draft(&mut store, "韩磊", Language::En, now()).unwrap();
    let version = view.version.as_ref().unwrap();
    assert_eq!((version.number, version.state.as_str()), (4, "draft"));
    let mut edit = as_typed(&view);
    edit.sections[0].paragraphs[0].text_zh = "渭南𠮷祥。第二句。".into();
    edit.neutrality_year = Some(2060);
    let checks = check_draft(&store, &edit, Language::En).unwrap();
    let purpose_zh = checks
        .iter()
        .find(|c| c.id == "purpose-zh")
        .map(|c| c.passed);
    assert_eq!(purpose_zh, Some(false), "{checks:?}");
    let saved = save_draft(&mut store, &edit, Language::En).unwrap();
    let text = saved
        .version
        .map(|v| v.sections[0].paragraphs[0].text_zh.clone());
    assert_eq!(text.as_deref(), Some("渭南𠮷祥。第二句。"));
    let next = save_as_version(&mut store, &edit, "韩磊", "", Language::En, now()).unwrap();
    assert_eq!(next.version.map(|v| v.number), Some(5));

    // The adopted version refuses to be saved over.
    let frozen = DraftEdit {
        number: 3,
        ..edit.clone()
    };
    assert!(save_draft(&mut store, &frozen, Language::En).is_err());

    let compared = diff(&store, 4, 5, Language::En).unwrap();
    assert!(compared.paragraphs.iter().all(|p| !p.changed));
    let compared = diff(&store, 3, 5, Language::En).unwrap();
    assert!(
        compared.paragraphs[0]
            .zh
            .iter()
            .any(|s| s.op == "insert" && s.text.contains('𠮷'))
    );
}

#[test]
fn a_draft_gains_moves_and_loses_paragraphs_and_a_free_section_and_the_checklist_follows() {
    let mut store = demo();
    let view = start_draft(&mut store, "", Language::En, now()).unwrap();
    let values_before = keys(&view, 1);
    assert!(values_before.len() >= 3, "{values_before:?}");
    let goals_before = keys(&view, 2);
    let mut edit = as_typed(&view);

    // Core values: the last one moved first, a new one added at the end.
    let last = edit.sections[1].paragraphs.pop().unwrap();
    edit.sections[1].paragraphs.insert(0, last);
    edit.sections[1]
        .paragraphs
        .push(new_paragraph("开放包容。", "Open to all."));
    // A goal removed.
    let removed = edit.sections[2].paragraphs.remove(0);
    // A free section with one paragraph, after the commitments.
    edit.sections.push(SectionEdit {
        kind: "free".into(),
        title_zh: "监测".into(),
        title_en: "Monitoring".into(),
        paragraphs: vec![new_paragraph(
            "每年公开进展。",
            "Progress is public every year.",
        )],
    });
    let checks = check_draft(&store, &edit, Language::En).unwrap();
    let core = checks.iter().find(|c| c.id == "core-values").unwrap();
    assert!(
        core.message
            .contains(&(values_before.len() + 1).to_string()),
        "{core:?}"
    );

    let saved = save_draft(&mut store, &edit, Language::En).unwrap();
    let values = keys(&saved, 1);
    assert_eq!(values.len(), values_before.len() + 1);
    assert_eq!(values[0], *values_before.last().unwrap());
    assert_eq!(
        &values[1..values_before.len()],
        &values_before[..values_before.len() - 1]
    );
    let added = values[values.len() - 1];
    assert!(
        added > *values_before.iter().max().unwrap(),
        "a new key is never reused"
    );
    assert_eq!(keys(&saved, 2), goals_before[1..].to_vec());
    assert!(!keys(&saved, 2).contains(&removed.key.unwrap()));
    let version = saved.version.as_ref().unwrap();
    assert_eq!(version.sections.len(), 6);
    assert_eq!(version.sections[5].kind, "free");
    assert_eq!(version.sections[5].title, "Monitoring");
    assert_eq!(version.sections[5].paragraphs[0].text_zh, "每年公开进展。");

    // Read back from the store, the same; the free section moves first and back again.
    let again = stage(&store, Some(4), Language::ZhCn).unwrap();
    assert_eq!(again.version.as_ref().unwrap().sections[5].title, "监测");
    let mut edit = as_typed(&again);
    let free = edit.sections.remove(5);
    edit.sections.insert(0, free);
    let moved = save_draft(&mut store, &edit, Language::En).unwrap();
    assert_eq!(moved.version.as_ref().unwrap().sections[0].kind, "free");
    assert_eq!(keys(&moved, 2), values);

    // The comparison sees the removed goal and the added paragraphs.
    let compared = diff(&store, 3, 4, Language::En).unwrap();
    let presence = |key: u32| {
        compared
            .paragraphs
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.presence.clone())
    };
    assert_eq!(presence(removed.key.unwrap()).as_deref(), Some("removed"));
    assert_eq!(presence(added).as_deref(), Some("added"));
}

#[test]
fn structural_refusals_name_what_is_wrong_and_change_nothing() {
    let mut store = demo();
    let view = start_draft(&mut store, "", Language::En, now()).unwrap();
    let before = stage(&store, Some(4), Language::En).unwrap();
    let fixed = as_typed(&view);

    // A free section without a title.
    let mut edit = fixed.clone();
    edit.sections.push(SectionEdit {
        kind: "free".into(),
        title_zh: " ".into(),
        title_en: String::new(),
        paragraphs: vec![],
    });
    // The checklist does not mind while typing; saving does.
    assert!(check_draft(&store, &edit, Language::En).is_ok());
    let error = save_draft(&mut store, &edit, Language::En).unwrap_err();
    assert_eq!(error.message().0, "error-fields-invalid");

    // A standard section removed.
    let mut edit = fixed.clone();
    edit.sections.remove(0);
    let error = save_draft(&mut store, &edit, Language::En).unwrap_err();
    assert_eq!(error.message().0, "vision-refusal-fixed-section");

    // A key the version does not hold.
    let mut edit = fixed.clone();
    edit.sections[0].paragraphs[0].key = Some(9999);
    let error = save_draft(&mut store, &edit, Language::En).unwrap_err();
    assert_eq!(error.message().0, "vision-refusal-no-such-paragraph");

    // A paragraph an amendment names stays.
    let paragraph = view.version.as_ref().unwrap().sections[1].paragraphs[0].clone();
    let proposer = view.stakeholders[0].id;
    propose(
        &mut store,
        &ProposalInput {
            paragraph_id: paragraph.id,
            proposed_by: proposer,
            text_zh: "新文本。".into(),
            text_en: "New text.".into(),
            reason: "Clearer.".into(),
        },
        Language::En,
        now(),
    )
    .unwrap();
    let mut edit = fixed.clone();
    edit.sections[1].paragraphs.remove(0);
    let error = save_draft(&mut store, &edit, Language::ZhCn).unwrap_err();
    let (id, args) = error.message();
    assert_eq!(id, "vision-ui-error-paragraph-amended");
    assert_eq!(args, vec![("key", paragraph.key.to_string())]);

    let after = stage(&store, Some(4), Language::En).unwrap();
    assert_eq!(after.version, before.version);
}

#[test]
fn amendments_are_settled_by_a_question_or_editorially_and_a_version_is_adopted_by_a_question() {
    let mut store = demo();
    let view = start_draft(&mut store, "", Language::En, now()).unwrap();
    // Questions 7 and 8 settled the demo's amendments; 9 adopted version 3.
    assert!(view.settling_questions.iter().all(|q| q.id != 9));
    assert!(
        view.adopting_questions
            .iter()
            .all(|q| ![7, 8, 9].contains(&q.id))
    );
    let rejecting = view
        .settling_questions
        .iter()
        .find(|q| q.label.contains("Not adopted"))
        .unwrap()
        .id;
    let paragraphs: Vec<i64> = view
        .version
        .as_ref()
        .unwrap()
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(|p| p.id))
        .collect();
    let proposer = view.stakeholders[0].id;
    let amend = |store: &mut Store, paragraph: i64| {
        let view = propose(
            store,
            &ProposalInput {
                paragraph_id: paragraph,
                proposed_by: proposer,
                text_zh: "更清楚的文本。".into(),
                text_en: "A clearer text.".into(),
                reason: "Clearer.".into(),
            },
            Language::En,
            now(),
        )
        .unwrap();
        view.amendments.last().unwrap().id
    };
    let first = amend(&mut store, paragraphs[1]);
    let second = amend(&mut store, paragraphs[2]);

    let settled =
        settle_by_question(&mut store, first, rejecting, Some(4), Language::En, now()).unwrap();
    let a = settled.amendments.iter().find(|a| a.id == first).unwrap();
    assert_eq!(a.status, "rejected");
    assert_eq!(a.question_id, Some(rejecting));
    assert!(
        a.settled.as_deref().unwrap_or_default().contains("plenary"),
        "{a:?}"
    );
    // Settled once.
    let error =
        settle_by_question(&mut store, first, rejecting, Some(4), Language::En, now()).unwrap_err();
    assert_eq!(error.message().0, "vision-amendment-already-settled");

    // Editorially: a reason is needed.
    let error =
        settle_editorially(&mut store, second, "  ", None, Language::En, now()).unwrap_err();
    assert_eq!(error.message().0, "vision-amendment-editorial-no-reason");
    let settled = settle_editorially(
        &mut store,
        second,
        "Wording only.",
        None,
        Language::En,
        now(),
    )
    .unwrap();
    assert_eq!(settled.version.as_ref().map(|v| v.number), Some(4));
    let a = settled.amendments.iter().find(|a| a.id == second).unwrap();
    assert_eq!(a.status, "editorial");
    assert!(
        a.settled
            .as_deref()
            .unwrap_or_default()
            .contains("Wording only.")
    );

    // Adoption: a question that did not adopt is refused, nothing changes.
    let error = adopt(&mut store, 4, rejecting, Language::En, now()).unwrap_err();
    assert!(
        error.message().0.starts_with("vision-"),
        "{:?}",
        error.message()
    );
    assert_eq!(
        stage(&store, Some(4), Language::En)
            .unwrap()
            .version
            .unwrap()
            .state,
        "draft"
    );
    let adopting = settled.adopting_questions[0].id;
    let adopted = adopt(&mut store, 4, adopting, Language::En, now()).unwrap();
    let version = adopted.version.as_ref().unwrap();
    assert_eq!(version.state, "adopted");
    assert!(version.adopted.is_some());
    let states: Vec<&str> = adopted.versions.iter().map(|v| v.state.as_str()).collect();
    assert_eq!(states[2], "superseded");
    // The question is used up, for the Vision, the BAU and the targets alike.
    assert!(adopted.adopting_questions.iter().all(|q| q.id != adopting));
    assert!(adopted.settling_questions.iter().all(|q| q.id != adopting));
    let bau = concord_usecases::bau_view::adopting_questions(&store, Language::En).unwrap();
    assert!(bau.iter().all(|q| q.id != adopting));
    // Frozen: no more edits.
    let error = save_draft(&mut store, &as_typed(&adopted), Language::En).unwrap_err();
    assert_eq!(error.message().0, "vision-refusal-not-a-draft");
}

#[test]
fn a_moved_paragraph_keeps_its_row_so_its_amendment_still_names_it_and_an_adopted_version_refuses_the_store()
 {
    let mut store = demo();
    let view = start_draft(&mut store, "", Language::En, now()).unwrap();
    let paragraph = view.version.as_ref().unwrap().sections[1].paragraphs[0].clone();
    let proposed = propose(
        &mut store,
        &ProposalInput {
            paragraph_id: paragraph.id,
            proposed_by: view.stakeholders[0].id,
            text_zh: "新文本。".into(),
            text_en: String::new(),
            reason: "Clearer.".into(),
        },
        Language::En,
        now(),
    )
    .unwrap();
    let amendment = proposed.amendments.last().unwrap().clone();
    assert_eq!(amendment.paragraph_id, paragraph.id);
    assert!(amendment.diff_zh.iter().any(|s| s.op == "insert"));
    assert!(amendment.diff_en.iter().all(|s| s.op == "equal"));

    // Moved into the commitments, last.
    let mut edit = as_typed(&proposed);
    let moved = edit.sections[1].paragraphs.remove(0);
    edit.sections[4].paragraphs.push(moved);
    let saved = save_draft(&mut store, &edit, Language::En).unwrap();
    let commitments = &saved.version.as_ref().unwrap().sections[4].paragraphs;
    assert_eq!(commitments.last().map(|p| p.id), Some(paragraph.id));
    let after = saved
        .amendments
        .iter()
        .find(|a| a.id == amendment.id)
        .unwrap();
    assert_eq!(after.paragraph_id, paragraph.id);

    // The store itself refuses to write the structure of an adopted version.
    let adopted = store.vision_version(Some(3)).unwrap();
    let mut changed = adopted.version.clone();
    changed.sections.swap(0, 1);
    let error = store.save_vision_draft_structure(&changed).unwrap_err();
    assert_eq!(error.message().0, "vision-store-frozen");
    assert_eq!(store.vision_version(Some(3)).unwrap(), adopted);
}

#[test]
fn each_amendment_names_the_questions_asked_about_it() {
    let store = demo();
    let view = stage(&store, None, Language::En).unwrap();
    // The demo asked one question about each amendment it settled at the plenary, none about
    // the editorial correction or the one still pending.
    let asked: Vec<(String, usize)> = view
        .amendments
        .iter()
        .map(|a| (a.status.clone(), a.asked_in.len()))
        .collect();
    assert_eq!(
        asked.iter().filter(|(_, n)| *n == 1).count(),
        2,
        "{asked:?}"
    );
    for a in view.amendments.iter().filter(|a| !a.asked_in.is_empty()) {
        assert!(a.question_id.is_some(), "{a:?}");
        assert!(a.asked_in[0].contains(" · "), "{:?}", a.asked_in);
    }
    // A question about an amendment is offered to settle that one, and adopts nothing.
    assert!(
        view.adopting_questions
            .iter()
            .all(|q| q.amendment.is_none()),
        "{:?}",
        view.adopting_questions
    );
}
