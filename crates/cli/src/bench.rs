//! `concord bench minutes`: the fixed benchmark content loaded into a fresh in-memory database
//! through the store, then exported as minutes by the same use case as `concord export minutes`
//! and the window's Export button; prints the export's median time, pages, size.

use std::path::Path;
use std::time::Instant;

use chrono::{NaiveDate, NaiveDateTime};
use concord_domain::{
    ActionItem, ActionStatus, Attendance, Decision, DecisionBasis, Meeting, MeetingKind,
    MeetingState, Role, Sector, Stakeholder,
};
use concord_store::{NewAgendaItem, Store, demo};
use concord_usecases::minutes::{MeetingChoice, export_minutes};
use concord_usecases::{ExportedPdf, Language};
use serde::Deserialize;

use crate::error::CliError;

#[derive(Debug, Deserialize)]
struct Content {
    meta: Meta,
    attendance: Vec<Attendee>,
    agenda: Vec<Item>,
    decisions: Vec<ContentDecision>,
    actions: Vec<Action>,
}

#[derive(Debug, Deserialize)]
struct Meta {
    city_zh: String,
    city_en: String,
    title_zh: String,
    title_en: String,
    date_zh: String,
    venue_zh: String,
    venue_en: String,
    chair_en: String,
    recorder_en: String,
}

#[derive(Debug, Deserialize)]
struct Attendee {
    name_zh: String,
    name_en: String,
    org_zh: String,
    org_en: String,
    sector_zh: String,
    status_en: String,
}

#[derive(Debug, Deserialize)]
struct Item {
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
struct ContentDecision {
    agenda: usize,
    zh: String,
    en: String,
}

#[derive(Debug, Deserialize)]
struct Action {
    zh: String,
    en: String,
    owner_zh: String,
    due: NaiveDate,
    status_zh: String,
}

/// What one benchmark run measured.
#[derive(Debug)]
pub struct BenchResult {
    pub median_ms: f64,
    pub pages: usize,
    pub bytes: Vec<u8>,
}

/// Loads `content` into a new in-memory store and exports its minutes `runs` times.
pub fn bench_minutes(
    content: &Path,
    language: Language,
    runs: usize,
) -> Result<BenchResult, CliError> {
    let text = std::fs::read_to_string(content).map_err(|source| CliError::Read {
        path: content.to_owned(),
        source,
    })?;
    let content: Content = serde_json::from_str(&text).map_err(|e| CliError::BadContent {
        path: content.to_owned(),
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    })?;
    let mut store = Store::open_in_memory()?;
    let meeting_id = load(&mut store, &content)?;

    // The export as a person's Export button runs it: from the store to the PDF's bytes.
    let export = || -> Result<(f64, ExportedPdf), CliError> {
        let started = Instant::now();
        let pdf = export_minutes(&store, MeetingChoice::Id(meeting_id), language)?;
        Ok((started.elapsed().as_secs_f64() * 1000.0, pdf))
    };
    let (first, mut pdf) = export()?;
    let mut times = vec![first];
    for _ in 1..runs {
        let (ms, again) = export()?;
        times.push(ms);
        pdf = again;
    }
    times.sort_by(f64::total_cmp);
    Ok(BenchResult {
        median_ms: times[times.len() / 2],
        pages: pdf.pages,
        bytes: pdf.bytes,
    })
}

fn sector(zh: &str) -> Sector {
    match zh {
        "政府" => Sector::LocalAuthority,
        "企业" => Sector::PrivateCompany,
        "学术" => Sector::Research,
        "社会组织" | "媒体" => Sector::CivilSociety,
        _ => Sector::Citizen,
    }
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_hms_opt(hour, minute, 0).unwrap_or_default()
}

/// "2024年6月18日（星期二）…" → 2024-06-18.
fn day_of(date_zh: &str) -> Option<NaiveDate> {
    let (year, rest) = date_zh.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let (day, _) = rest.split_once('日')?;
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

fn load(store: &mut Store, content: &Content) -> Result<i64, CliError> {
    let meta = &content.meta;
    let mut dialogue = demo::dialogue();
    dialogue.city_zh = meta.city_zh.clone();
    dialogue.city_en = meta.city_en.clone();
    store.save_dialogue(&dialogue)?;
    let people: Vec<Stakeholder> = content
        .attendance
        .iter()
        .map(|a| Stakeholder {
            organisation_zh: a.org_zh.clone(),
            organisation_en: a.org_en.clone(),
            ..Stakeholder::new(
                &a.name_zh,
                &a.name_en,
                sector(&a.sector_zh),
                Role::VotingMember,
            )
        })
        .collect();
    let ids = store.add_stakeholders(&people)?;
    let attendance: Vec<Attendance> = content
        .attendance
        .iter()
        .zip(&ids)
        .map(|(a, id)| {
            if a.status_en == "Present" {
                Attendance::present(*id)
            } else {
                Attendance::absent(*id)
            }
        })
        .collect();
    let day = day_of(&meta.date_zh).unwrap_or_else(demo::sample_date);
    let meeting = Meeting {
        id: 0,
        kind: MeetingKind::Plenary,
        title_zh: meta.title_zh.clone(),
        title_en: meta.title_en.clone(),
        starts_at: at(day, 9, 0),
        place_zh: meta.venue_zh.clone(),
        place_en: meta.venue_en.clone(),
        chair: meta.chair_en.clone(),
        secretary: meta.recorder_en.clone(),
        representative_name: dialogue.high_level_rep.name_both(),
        representative_title: dialogue.high_level_rep.title_both(),
        state: MeetingState::Closed,
        opened_by: dialogue.high_level_rep.name_both(),
        opened_at: Some(at(day, 9, 0)),
        closed_by: dialogue.high_level_rep.name_both(),
        closed_at: Some(at(day, 17, 30)),
        approved_by: String::new(),
        approved_at: None,
    };
    let agenda: Vec<NewAgendaItem> = content
        .agenda
        .iter()
        .map(|item| {
            let remarks = |zh: bool| {
                item.remarks
                    .iter()
                    .map(|r| {
                        if zh {
                            format!("{}：{}", r.speaker_zh, r.zh)
                        } else {
                            format!("{}: {}", r.speaker_en, r.en)
                        }
                    })
                    .collect::<Vec<_>>()
            };
            let mut zh = vec![item.body_zh.clone()];
            zh.extend(remarks(true));
            let mut en = vec![item.body_en.clone()];
            en.extend(remarks(false));
            NewAgendaItem {
                title_zh: item.title_zh.clone(),
                title_en: item.title_en.clone(),
                presenter: String::new(),
                planned_minutes: 30,
                notes_zh: zh.join("\n"),
                notes_en: en.join("\n"),
            }
        })
        .collect();
    let meeting_id = store.add_meeting(&meeting, &agenda, &attendance)?;
    let items = store.meeting(meeting_id)?.agenda;
    for d in &content.decisions {
        store.save_decision(
            meeting_id,
            &Decision {
                id: 0,
                agenda_item_id: items.get(d.agenda.saturating_sub(1)).map(|i| i.id),
                text_zh: d.zh.clone(),
                text_en: d.en.clone(),
                basis: DecisionBasis::Consensus,
                question_id: None,
            },
        )?;
    }
    for a in &content.actions {
        let owner = people
            .iter()
            .zip(&ids)
            .find(|(p, _)| p.name_zh == a.owner_zh)
            .map(|(_, id)| *id);
        store.save_action_item(
            meeting_id,
            &ActionItem {
                id: 0,
                agenda_item_id: None,
                what_zh: a.zh.clone(),
                what_en: a.en.clone(),
                owner_id: owner,
                due: Some(a.due),
                status: if a.status_zh == "已完成" {
                    ActionStatus::Done
                } else {
                    ActionStatus::Open
                },
            },
        )?;
    }
    Ok(meeting_id)
}
