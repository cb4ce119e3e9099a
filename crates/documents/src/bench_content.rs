//! The fixed benchmark content (`tests/fixtures/minutes-20p.json`, a Weinan
//! plenary) mapped to blocks in the bilingual paired-paragraph layout: each
//! Chinese paragraph followed by its English in the secondary style;
//! attendance and actions as tables. Used by the criterion bench and a test;
//! not part of the supported API (the real minutes mapping lives elsewhere).

use serde::Deserialize;

use crate::DocumentError;
use crate::model::{Block, Document, KeyValue, Signer, Table};

#[derive(Debug, Deserialize)]
struct Minutes {
    meta: Meta,
    attendance: Vec<Attendee>,
    agenda: Vec<AgendaItem>,
    decisions: Vec<Decision>,
    actions: Vec<Action>,
}

#[derive(Debug, Deserialize)]
struct Meta {
    city_zh: String,
    city_en: String,
    title_zh: String,
    title_en: String,
    date_zh: String,
    date_en: String,
    venue_zh: String,
    venue_en: String,
    chair_zh: String,
    chair_en: String,
    recorder_zh: String,
    recorder_en: String,
    doc_no: String,
}

#[derive(Debug, Deserialize)]
struct Attendee {
    no: u32,
    name_zh: String,
    name_en: String,
    org_zh: String,
    org_en: String,
    role_zh: String,
    role_en: String,
    status_zh: String,
    status_en: String,
}

#[derive(Debug, Deserialize)]
struct AgendaItem {
    no: u32,
    title_zh: String,
    title_en: String,
    body_zh: String,
    body_en: String,
    remarks: Vec<Remark>,
}

#[derive(Debug, Deserialize)]
struct Remark {
    speaker_zh: String,
    speaker_en: String,
    zh: String,
    en: String,
}

#[derive(Debug, Deserialize)]
struct Decision {
    no: String,
    agenda: u32,
    zh: String,
    en: String,
    vote: String,
}

#[derive(Debug, Deserialize)]
struct Action {
    no: String,
    zh: String,
    en: String,
    owner_zh: String,
    owner_en: String,
    due: String,
    status_zh: String,
    status_en: String,
}

/// Build the benchmark document from the fixture JSON.
pub fn minutes_document(json: &str) -> Result<Document, DocumentError> {
    let m: Minutes = serde_json::from_str(json)?;
    let meta = &m.meta;
    let mut doc = Document::new(meta.title_zh.clone())
        .with_subtitle(meta.title_en.clone())
        .with_language("zh-CN")
        .with_author(format!("{} / {}", meta.recorder_zh, meta.recorder_en))
        .with_header(format!(
            "{} · {} — {}",
            meta.city_zh, meta.city_en, meta.doc_no
        ))
        .with_page_label(|n, total| format!("第 {n} 页 / 共 {total} 页 · Page {n} of {total}"));
    doc.metadata.subject = meta.title_en.clone();

    doc.push(vec![
        KeyValue::new("文号 Ref.", meta.doc_no.clone()),
        KeyValue::new("时间 Date", meta.date_zh.clone()).with_secondary(meta.date_en.clone()),
        KeyValue::new("地点 Venue", meta.venue_zh.clone()).with_secondary(meta.venue_en.clone()),
        KeyValue::new("主持 Chair", meta.chair_zh.clone()).with_secondary(meta.chair_en.clone()),
        KeyValue::new("记录 Recorder", meta.recorder_zh.clone())
            .with_secondary(meta.recorder_en.clone()),
    ]);

    doc.push(Block::h1("一、出席情况").with_secondary("1. Attendance"));
    let mut attendance = Table::new([
        ("序号\nNo.", 0.7),
        ("姓名\nName", 1.8),
        ("单位\nOrganisation", 4.6),
        ("角色\nRole", 1.9),
        ("状态\nStatus", 1.6),
    ]);
    for a in &m.attendance {
        attendance.push_row([
            a.no.to_string(),
            format!("{}\n{}", a.name_zh, a.name_en),
            format!("{}\n{}", a.org_zh, a.org_en),
            format!("{}\n{}", a.role_zh, a.role_en),
            format!("{}\n{}", a.status_zh, a.status_en),
        ]);
    }
    doc.push(attendance);

    doc.push(Block::h1("二、议程与讨论").with_secondary("2. Agenda and discussion"));
    for item in &m.agenda {
        doc.push(
            Block::h2(format!("{}. {}", item.no, item.title_zh))
                .with_secondary(format!("{}. {}", item.no, item.title_en)),
        );
        doc.push(Block::paragraph(item.body_zh.clone()));
        doc.push(Block::secondary(item.body_en.clone()));
        for r in &item.remarks {
            doc.push(Block::paragraph(format!("{}：{}", r.speaker_zh, r.zh)));
            doc.push(Block::secondary(format!("{}: {}", r.speaker_en, r.en)));
        }
    }

    doc.push(Block::h1("三、决定事项").with_secondary("3. Decisions"));
    for d in &m.decisions {
        doc.push(Block::paragraph(format!(
            "{}（议题 {}，表决 {}）：{}",
            d.no, d.agenda, d.vote, d.zh
        )));
        doc.push(Block::secondary(format!(
            "{} (item {}, vote {}): {}",
            d.no, d.agenda, d.vote, d.en
        )));
    }

    doc.push(Block::h1("四、行动事项").with_secondary("4. Action items"));
    let mut actions = Table::new([
        ("编号\nNo.", 0.9),
        ("事项\nAction", 6.0),
        ("负责人\nOwner", 1.6),
        ("期限\nDue", 1.5),
        ("状态\nStatus", 1.4),
    ]);
    for a in &m.actions {
        actions.push_row([
            a.no.clone(),
            format!("{}\n{}", a.zh, a.en),
            format!("{}\n{}", a.owner_zh, a.owner_en),
            a.due.clone(),
            format!("{}\n{}", a.status_zh, a.status_en),
        ]);
    }
    doc.push(actions);

    doc.push(Block::signatures([
        Signer::new("主持人 Chair", meta.chair_zh.clone(), meta.chair_en.clone()),
        Signer::new(
            "记录人 Recorder",
            meta.recorder_zh.clone(),
            meta.recorder_en.clone(),
        ),
    ]));
    Ok(doc)
}
