//! A vision's life: drafting, the checklist, amendments settled two ways, the next draft,
//! adoption by an adopting question only, and every refusal leaving the version unchanged.

use chrono::NaiveDateTime;
use concord_domain::consensus::Outcome;
use concord_vision::checklist::CheckId;
use concord_vision::{
    AdoptionRefusal, Amendment, AmendmentRefusal, AmendmentState, EditRefusal, ParagraphKey,
    ParagraphText, Proposal, Saved, SectionKind, Version, VersionState, adopt, check,
    next_draft_with_amendments,
};

fn at(hour: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 4)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .unwrap_or_default()
}

fn saved(hour: u32) -> Saved {
    Saved {
        by: "Li Wei".to_owned(),
        at: at(hour),
        note: String::new(),
    }
}

fn text(zh: &str, en: &str) -> ParagraphText {
    ParagraphText {
        text_zh: zh.to_owned(),
        text_en: en.to_owned(),
        not_yet_translated: false,
    }
}

const PURPOSE: usize = 0;
const CORE_VALUES: usize = 1;

/// A draft with a purpose, three core values and a neutrality year; returns the purpose key.
fn draft() -> (Version, ParagraphKey) {
    let mut version = Version::first_draft(saved(9));
    let purpose = version
        .add_paragraph(
            PURPOSE,
            0,
            text(
                "建设绿色、韧性、包容的渭南。",
                "Weinan will be green, resilient and inclusive.",
            ),
        )
        .expect("a draft takes paragraphs");
    for (i, (zh, en)) in [
        ("公平", "Fairness."),
        ("开放", "Openness."),
        ("𠮷祥", "Care."),
    ]
    .into_iter()
    .enumerate()
    {
        version
            .add_paragraph(CORE_VALUES, i, text(zh, en))
            .expect("a draft takes paragraphs");
    }
    version
        .set_neutrality_year(Some(2060))
        .expect("a draft changes");
    (version, purpose)
}

fn item(version: &Version, id: CheckId) -> concord_vision::CheckItem {
    check(version)
        .into_iter()
        .find(|i| i.id == id)
        .expect("every check is listed")
}

#[test]
fn a_first_draft_has_the_five_sections_and_the_seed_sdgs() {
    let version = Version::first_draft(saved(9));
    assert_eq!(version.sections.len(), 5);
    assert_eq!(version.sdgs, vec![4, 6, 7, 8, 9, 11, 12, 15, 17]);
    assert_eq!(version.state, VersionState::Draft);
}

#[test]
fn the_checklist_counts_and_warns() {
    let (mut version, purpose) = draft();
    assert!(item(&version, CheckId::PurposeOneSentenceZh).passed);
    assert!(item(&version, CheckId::PurposeOneSentenceEn).passed);
    assert!(item(&version, CheckId::CoreValues).passed);
    assert_eq!(item(&version, CheckId::CoreValues).figure("count"), Some(3));
    assert!(item(&version, CheckId::NeutralityYear).passed);
    let words = item(&version, CheckId::EnglishWords);
    assert!(!words.passed);
    assert_eq!(words.figure("words"), Some(10));
    // 建设绿色韧性包容的渭南 (11) + 公平 开放 𠮷祥 (6); the commas and 。 do not count
    assert_eq!(
        item(&version, CheckId::ChineseCharacters).figure("characters"),
        Some(17)
    );

    version
        .edit_paragraph(
            purpose,
            text("建设绿色渭南。人人共享能源。", "Weinan will be green"),
        )
        .expect("a draft changes");
    let zh = item(&version, CheckId::PurposeOneSentenceZh);
    assert!(!zh.passed);
    assert_eq!(zh.figure("sentences"), Some(2));
    let en = item(&version, CheckId::PurposeOneSentenceEn);
    assert!(!en.passed);
    assert_eq!(en.figure("ends"), Some(0));

    version
        .set_neutrality_year(Some(2600))
        .expect("a draft changes");
    assert!(!item(&version, CheckId::NeutralityYear).passed);
    version.set_neutrality_year(None).expect("a draft changes");
    assert_eq!(
        item(&version, CheckId::NeutralityYear).figure("year"),
        Some(0)
    );
}

#[test]
fn a_paragraph_in_one_language_fails_until_marked() {
    let (mut version, _) = draft();
    let key = version
        .add_paragraph(4, 0, text("循环经济。", ""))
        .expect("a draft takes paragraphs");
    let both = item(&version, CheckId::BothLanguages);
    assert!(!both.passed);
    assert_eq!(both.figure("missing"), Some(1));
    version
        .edit_paragraph(
            key,
            ParagraphText {
                not_yet_translated: true,
                ..text("循环经济。", "")
            },
        )
        .expect("a draft changes");
    assert!(item(&version, CheckId::BothLanguages).passed);
}

#[test]
fn sections_and_paragraphs_move_and_go() {
    let (mut version, purpose) = draft();
    let free = SectionKind::Free {
        title_zh: "附录".to_owned(),
        title_en: "Annex".to_owned(),
    };
    let index = version
        .add_section(5, free)
        .expect("a free section is added");
    version.move_paragraph(purpose, index, 0).expect("it moves");
    assert_eq!(version.sections[index].paragraphs[0].key, purpose);
    version.move_section(index, 0).expect("it moves");
    assert_eq!(version.sections[0].paragraphs[0].key, purpose);
    assert_eq!(version.remove_section(1), Err(EditRefusal::FixedSection));
    assert_eq!(
        version.add_section(0, SectionKind::Purpose),
        Err(EditRefusal::FixedSection)
    );
    assert_eq!(
        version.move_section(0, 9),
        Err(EditRefusal::PositionOutOfRange {
            position: 9,
            len: 6
        })
    );
    let removed = version.remove_section(0).expect("a free section goes");
    assert_eq!(removed.paragraphs.len(), 1);
    assert!(version.paragraph(purpose).is_none());
    // A new paragraph never takes the key of a removed one.
    let key = version
        .add_paragraph(0, 0, text("新", "New."))
        .expect("it is added");
    assert_ne!(key, purpose);
}

#[test]
fn adopted_and_superseded_versions_refuse_every_edit() {
    let (first, purpose) = draft();
    let mut versions = vec![first];
    adopt(
        &mut versions,
        1,
        7,
        &Outcome::Consensus { weak: false },
        at(11),
    )
    .expect("adopted");
    let before = versions[0].clone();
    let refused = Err(EditRefusal::NotADraft {
        number: 1,
        state: VersionState::Adopted,
    });
    assert_eq!(versions[0].remove_paragraph(purpose).map(|_| ()), refused);
    assert_eq!(
        versions[0]
            .add_paragraph(0, 0, text("新", "New."))
            .map(|_| ()),
        refused
    );
    assert_eq!(versions[0].set_neutrality_year(Some(2050)), refused);
    assert_eq!(versions[0], before);
}

#[test]
fn amendments_are_settled_once_and_make_the_next_draft() {
    let (version, purpose) = draft();
    let proposal = |zh: Option<&str>, en: Option<&str>, reason: &str| Proposal {
        paragraph: purpose,
        proposed_by: 42,
        text_zh: zh.map(str::to_owned),
        text_en: en.map(str::to_owned),
        reason: reason.to_owned(),
    };
    let mut by_question = Amendment::propose(
        &version,
        proposal(Some("建设绿色、韧性、包容、繁荣的渭南。"), None, "繁荣"),
        at(10),
    )
    .expect("a draft is amended");
    by_question.id = 1;
    assert_eq!(by_question.state(), AmendmentState::Pending);
    assert_eq!(
        by_question.settle_by_question(3, &Outcome::NoQuorum, at(11)),
        Err(AmendmentRefusal::QuestionUndecided { question_id: 3 })
    );
    by_question
        .settle_by_question(3, &Outcome::Consensus { weak: true }, at(11))
        .expect("settled");
    assert_eq!(by_question.state(), AmendmentState::Accepted);
    assert_eq!(
        by_question.settle_editorially(false, "again", at(12)),
        Err(AmendmentRefusal::AlreadySettled { id: 1 })
    );

    let mut rejected = Amendment::propose(&version, proposal(None, Some("No."), "why"), at(10))
        .expect("a draft is amended");
    rejected.id = 2;
    rejected
        .settle_by_question(4, &Outcome::Rejected, at(11))
        .expect("settled");
    assert_eq!(rejected.state(), AmendmentState::Rejected);

    let mut editorial = Amendment::propose(&version, proposal(None, Some("x"), "typo"), at(10))
        .expect("a draft is amended");
    assert_eq!(
        editorial.settle_editorially(true, "  ", at(12)),
        Err(AmendmentRefusal::EditorialWithoutReason)
    );
    assert_eq!(editorial.state(), AmendmentState::Pending);

    let next = next_draft_with_amendments(&version, &[by_question, rejected], saved(13))
        .expect("one accepted amendment per paragraph");
    assert_eq!(next.number, 2);
    let paragraph = next.paragraph(purpose).expect("the key is kept");
    assert_eq!(paragraph.text_zh, "建设绿色、韧性、包容、繁荣的渭南。");
    assert_eq!(
        paragraph.text_en,
        "Weinan will be green, resilient and inclusive."
    );
    assert!(
        paragraph.not_yet_translated,
        "the English no longer says the same"
    );
    assert_eq!(
        version.paragraph(purpose).map(|p| p.text_zh.as_str()),
        Some("建设绿色、韧性、包容的渭南。")
    );
}

#[test]
fn amendments_are_refused_where_they_cannot_apply() {
    let (version, purpose) = draft();
    let proposal = Proposal {
        paragraph: purpose,
        proposed_by: 42,
        text_zh: None,
        text_en: None,
        reason: "r".to_owned(),
    };
    assert_eq!(
        Amendment::propose(&version, proposal.clone(), at(10)),
        Err(AmendmentRefusal::NoNewText)
    );
    let missing = Proposal {
        paragraph: ParagraphKey(999),
        text_en: Some("x".to_owned()),
        ..proposal.clone()
    };
    assert!(matches!(
        Amendment::propose(&version, missing, at(10)),
        Err(AmendmentRefusal::NoSuchParagraph { .. })
    ));
    let mut versions = vec![version];
    adopt(
        &mut versions,
        1,
        7,
        &Outcome::Majority { weak: false },
        at(11),
    )
    .expect("adopted");
    let amended = Proposal {
        text_en: Some("x".to_owned()),
        ..proposal
    };
    assert_eq!(
        Amendment::propose(&versions[0], amended, at(12)),
        Err(AmendmentRefusal::VersionNotADraft {
            number: 1,
            state: VersionState::Adopted
        })
    );
}

#[test]
fn two_accepted_amendments_to_one_paragraph_are_refused() {
    let (version, purpose) = draft();
    let accepted = |id: i64| {
        let mut amendment = Amendment::propose(
            &version,
            Proposal {
                paragraph: purpose,
                proposed_by: id,
                text_zh: Some(format!("第{id}稿。")),
                text_en: None,
                reason: "r".to_owned(),
            },
            at(10),
        )
        .expect("a draft is amended");
        amendment.id = id;
        amendment
            .settle_editorially(true, "correction", at(11))
            .expect("settled");
        amendment
    };
    assert_eq!(
        next_draft_with_amendments(&version, &[accepted(1), accepted(2)], saved(12)),
        Err(AmendmentRefusal::ConflictingAmendments {
            paragraph: purpose,
            first: 1,
            second: 2
        })
    );
}

#[test]
fn only_an_adopting_outcome_adopts_and_the_previous_version_is_superseded() {
    let (first, _) = draft();
    let second = first.next_draft(saved(12));
    let mut versions = vec![first, second];
    let unchanged = versions.clone();
    for outcome in [
        Outcome::Rejected,
        Outcome::CastingVote { adopt: false },
        Outcome::FocalPointDecision {
            adopt: false,
            rationale: "no".to_owned(),
        },
    ] {
        assert!(matches!(
            adopt(&mut versions, 1, 5, &outcome, at(11)),
            Err(AdoptionRefusal::QuestionDidNotAdopt { question_id: 5, .. })
        ));
    }
    assert_eq!(
        adopt(&mut versions, 1, 5, &Outcome::NoQuorum, at(11)),
        Err(AdoptionRefusal::QuestionUndecided { question_id: 5 })
    );
    assert_eq!(versions, unchanged);

    let adoption = adopt(
        &mut versions,
        1,
        5,
        &Outcome::CastingVote { adopt: true },
        at(11),
    )
    .expect("adopted");
    assert_eq!(adoption.outcome, "casting-vote-adopt");
    let decision = Outcome::FocalPointDecision {
        adopt: true,
        rationale: "consensus persistently failed".to_owned(),
    };
    adopt(&mut versions, 2, 6, &decision, at(14)).expect("adopted");
    assert_eq!(versions[0].state, VersionState::Superseded);
    assert_eq!(versions[1].state, VersionState::Adopted);
    assert_eq!(
        adopt(
            &mut versions,
            1,
            8,
            &Outcome::Consensus { weak: false },
            at(15)
        ),
        Err(AdoptionRefusal::NotADraft {
            number: 1,
            state: VersionState::Superseded
        })
    );
}

#[test]
fn a_version_serializes_with_lowercase_states() {
    let (version, _) = draft();
    let json = serde_json::to_value(&version).unwrap_or_default();
    assert_eq!(json["state"], "draft");
    assert_eq!(json["sections"][0]["kind"], "purpose");
    assert_eq!(json["sections"][1]["paragraphs"][2]["textZh"], "𠮷祥");
}
