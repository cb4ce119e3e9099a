//! The demo's Weinan Vision (text in `assets/demo/vision-weinan.json`): version 1 drafted by
//! the technical working group three weeks before the plenary, an editorial correction, version
//! 2 after the written consultation, three amendments to it (one accepted by consensus at the
//! plenary, one rejected there after objections, one still pending), and version 3, with the
//! accepted amendment, adopted by consensus as the plenary's last question.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use concord_domain::{DecisionRule, Question, RuleKind, Subject, SubjectKind};
use concord_vision::{ParagraphKey, ParagraphText, Saved, SectionKind, Version};
use rusqlite::OptionalExtension;
use serde_json::Value;

use crate::demo_questions::{CONSENSUS, Demo, REJECTED, voters_present};
use crate::questions::When;
use crate::vision_rows::NewAmendment;
use crate::vision_signatures::VisionSigner;
use crate::{Store, StoreError};

const TEXT: &str = include_str!("../../../assets/demo/vision-weinan.json");

/// The plenary's agenda item "Draft vision for 2030", from 0.
const VISION_ITEM: usize = 3;

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
}

fn days_before(day: NaiveDate, days: u64, hour: u32) -> NaiveDateTime {
    at(day - chrono::Days::new(days), hour, 0)
}

fn bad(what: &str) -> StoreError {
    StoreError::Corrupt(format!("demo vision text: {what}"))
}

fn field<'a>(value: &'a Value, field: &str) -> Result<&'a str, StoreError> {
    value[field].as_str().ok_or_else(|| bad(field))
}

fn pair(value: &Value) -> Result<(&str, &str), StoreError> {
    match (value[0].as_str(), value[1].as_str()) {
        (Some(zh), Some(en)) => Ok((zh, en)),
        _ => Err(bad("a pair of texts")),
    }
}

fn key(value: &Value) -> Result<ParagraphKey, StoreError> {
    value["paragraph"]
        .as_u64()
        .and_then(|k| u32::try_from(k).ok())
        .map(ParagraphKey)
        .ok_or_else(|| bad("paragraph"))
}

fn kind(key: &str) -> Result<SectionKind, StoreError> {
    SectionKind::FIXED
        .into_iter()
        .zip([
            "purpose",
            "core-values",
            "long-term-goals",
            "sdgs",
            "commitments",
        ])
        .find(|(_, k)| *k == key)
        .map(|(kind, _)| kind)
        .ok_or_else(|| bad(key))
}

fn bilingual((zh, en): (&str, &str)) -> ParagraphText {
    ParagraphText {
        text_zh: zh.to_owned(),
        text_en: en.to_owned(),
        not_yet_translated: false,
    }
}

/// Version 1 as the working group drafted it.
fn first_version(source: &Value, saved: Saved) -> Result<Version, StoreError> {
    let mut version = Version::first_draft(saved);
    let edit = |e: concord_vision::EditRefusal| bad(&e.to_string());
    for section in source["sections"]
        .as_array()
        .ok_or_else(|| bad("sections"))?
    {
        let kind = kind(field(section, "kind")?)?;
        let index = version
            .sections
            .iter()
            .position(|s| s.kind == kind)
            .ok_or_else(|| bad("section"))?;
        let paragraphs = section["paragraphs"]
            .as_array()
            .ok_or_else(|| bad("paragraphs"))?;
        for (position, paragraph) in paragraphs.iter().enumerate() {
            version
                .add_paragraph(index, position, bilingual(pair(paragraph)?))
                .map_err(edit)?;
        }
    }
    let year = source["neutralityYear"]
        .as_i64()
        .and_then(|y| i32::try_from(y).ok());
    version.set_neutrality_year(year).map_err(edit)?;
    Ok(version)
}

fn stakeholder(store: &Store, name_en: &str) -> Result<i64, StoreError> {
    store
        .conn
        .query_row(
            "SELECT id FROM stakeholder WHERE name_en = ?1",
            [name_en],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| bad(name_en))
}

/// The row id of paragraph `key` in the latest version.
fn paragraph_id(store: &Store, key: ParagraphKey) -> Result<i64, StoreError> {
    store
        .vision_version(None)?
        .paragraph_id(key)
        .ok_or_else(|| bad("paragraph key"))
}

fn amendment(store: &Store, value: &Value) -> Result<NewAmendment, StoreError> {
    Ok(NewAmendment {
        paragraph_id: paragraph_id(store, key(value)?)?,
        proposed_by: stakeholder(store, field(value, "by")?)?,
        text_zh: Some(field(value, "zh")?.to_owned()),
        text_en: Some(field(value, "en")?.to_owned()),
        reason: field(value, "reason")?.to_owned(),
    })
}

/// Adds the Vision to the demo; `meeting_id` is the plenary held on `day`, still open to
/// questions (its minutes are approved afterwards).
pub(crate) fn add(store: &mut Store, meeting_id: i64, day: NaiveDate) -> Result<(), StoreError> {
    let source: Value = serde_json::from_str(TEXT).map_err(|e| bad(&e.to_string()))?;
    let secretariat = "周晓雯 Zhou Xiaowen";

    // Version 1, and the editorial correction of its two typing errors.
    let v1 = first_version(
        &source,
        Saved {
            by: "韩磊 Han Lei".to_owned(),
            at: days_before(day, 21, 17),
            note: "技术工作组初稿。 / First draft of the technical working group.".to_owned(),
        },
    )?;
    store.save_vision_version(&v1)?;
    let editorial = &source["editorial"];
    let typo =
        store.propose_vision_amendment(&amendment(store, editorial)?, days_before(day, 18, 10))?;
    store.settle_vision_amendment_editorially(
        typo.amendment.id,
        field(editorial, "decision")?,
        days_before(day, 17, 9),
    )?;

    // Version 2: the correction applied, then the secretariat's changes.
    let v2_text = &source["version2"];
    let corrections: Vec<_> = store
        .vision_amendments()?
        .into_iter()
        .map(|a| a.amendment)
        .collect();
    let mut v2 = concord_vision::next_draft_with_amendments(
        &store.vision_version(None)?.version,
        &corrections,
        Saved {
            by: secretariat.to_owned(),
            at: days_before(day, 7, 16),
            note: field(v2_text, "note")?.to_owned(),
        },
    )
    .map_err(|e| bad(&e.to_string()))?;
    let edit = |e: concord_vision::EditRefusal| bad(&e.to_string());
    let change = &v2_text["edit"];
    v2.edit_paragraph(
        key(change)?,
        bilingual((field(change, "zh")?, field(change, "en")?)),
    )
    .map_err(edit)?;
    let commitments = v2
        .sections
        .iter()
        .position(|s| s.kind == SectionKind::Commitments)
        .ok_or_else(|| bad("commitments"))?;
    let end = v2.sections[commitments].paragraphs.len();
    v2.add_paragraph(commitments, end, bilingual(pair(&v2_text["add"])?))
        .map_err(edit)?;
    store.save_vision_version(&v2)?;

    // At the plenary: two amendments put to questions, one left pending.
    let voters = voters_present(store, meeting_id)?;
    let agenda = store
        .meeting(meeting_id)?
        .agenda
        .iter()
        .map(|item| item.id)
        .collect();
    let dialogue_rule = store.require_dialogue()?.rule;
    let amendments = &source["amendments"];
    let accepted = store
        .propose_vision_amendment(&amendment(store, &amendments["accepted"])?, at(day, 11, 0))?;
    let rejected = store
        .propose_vision_amendment(&amendment(store, &amendments["rejected"])?, at(day, 11, 1))?;
    store.propose_vision_amendment(&amendment(store, &amendments["pending"])?, at(day, 11, 15))?;

    let mut demo = Demo {
        store,
        meeting_id,
        voters,
        agenda,
    };
    let unchanged = ("", "");
    let about = |id: i64| {
        Some(Subject {
            kind: SubjectKind::VisionAmendment,
            id,
        })
    };
    let text = pair(&amendments["accepted"]["question"])?;
    let q = demo.ask_about(
        Some(VISION_ITEM),
        text,
        None,
        about(accepted.amendment.id),
        at(day, 11, 47),
    )?;
    demo.round(q, unchanged, &CONSENSUS, at(day, 11, 47))?;
    demo.store
        .settle_vision_amendment_by_question(accepted.amendment.id, q, at(day, 11, 51))?;

    let majority = DecisionRule {
        kind: RuleKind::SimpleMajority,
        ..dialogue_rule
    };
    let text = pair(&amendments["rejected"]["question"])?;
    let q = demo.ask_about(
        Some(VISION_ITEM),
        text,
        Some(majority),
        about(rejected.amendment.id),
        at(day, 11, 51),
    )?;
    demo.round(q, unchanged, &REJECTED, at(day, 11, 51))?;
    demo.store
        .settle_vision_amendment_by_question(rejected.amendment.id, q, at(day, 11, 54))?;

    // Version 3 with the accepted amendment, adopted by consensus.
    let adoption = &source["adoption"];
    let v3 = demo.store.next_vision_version_with_amendments(Saved {
        by: secretariat.to_owned(),
        at: at(day, 12, 12),
        note: field(adoption, "note")?.to_owned(),
    })?;
    let (zh, en) = pair(&adoption["question"])?;
    let question = Question {
        id: 0,
        meeting_id,
        agenda_item_id: demo.agenda.get(VISION_ITEM).copied(),
        text_zh: zh.to_owned(),
        text_en: en.to_owned(),
        subject: Some(Subject {
            kind: SubjectKind::VisionVersion,
            id: v3.id,
        }),
        rule_override: None,
    };
    let q = demo
        .store
        .add_question_as(&question, at(day, 12, 13), When::History)?;
    demo.round(q, unchanged, &CONSENSUS, at(day, 12, 14))?;
    demo.store
        .adopt_vision_version(v3.version.number, q, at(day, 12, 18))?;
    // Both sign the adopted text as the plenary closes.
    for (role, signature, minute) in [
        (
            VisionSigner::FocalPoint,
            crate::demo_declarations::sample_signature(),
            25,
        ),
        (
            VisionSigner::Representative,
            crate::demo_declarations::representative_signature(),
            26,
        ),
    ] {
        demo.store.save_vision_signature(
            v3.version.number,
            role,
            &signature,
            at(day, 12, minute),
        )?;
    }
    Ok(())
}
