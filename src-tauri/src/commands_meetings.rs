//! Meetings: list, plan, the lifecycle (open, close, approve), agenda, attendance with the
//! live quorum, notes, decisions, action items, addenda, and the minutes export. Each command
//! is a call into the store; the rules live in the domain and in the schema.

use chrono::{NaiveDateTime, Timelike};
use concord_domain::{
    ActionItem, ActionStatus, Addendum, AgendaItem, Attendance, Decision, Meeting, MeetingKind,
    MeetingState, Quorum,
};
use concord_i18n::{I18n, Locale};
use concord_store::{MeetingRecord, NewAgendaItem, Store, StoreError};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use concord_usecases::ExportedPdf;
use concord_usecases::minutes::{MeetingChoice, export_minutes};

use crate::dto::ApiError;
use crate::state::AppState;

/// A meeting with everything its screen shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingView {
    pub meeting: Meeting,
    pub agenda: Vec<AgendaItem>,
    pub attendance: Vec<Attendance>,
    pub decisions: Vec<Decision>,
    pub action_items: Vec<ActionItem>,
    pub addenda: Vec<Addendum>,
    pub quorum: Quorum,
    /// Open action items of earlier meetings, for the first agenda item.
    pub carried: Vec<CarriedActionView>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CarriedActionView {
    #[ts(type = "number")]
    pub meeting_id: i64,
    pub meeting_title_zh: String,
    pub meeting_title_en: String,
    pub item: ActionItem,
}

/// One line of the meetings list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingSummary {
    pub meeting: Meeting,
    pub agenda_items: u32,
    pub present: u32,
}

/// A new agenda item as the form sends it.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaDraft {
    pub title_zh: String,
    pub title_en: String,
    pub presenter: String,
    pub planned_minutes: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportLanguage {
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
    Bilingual,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportResult {
    pub path: String,
    pub pages: u32,
    pub kilobytes: u32,
}

/// Local wall-clock time to the second: what the minutes print.
pub(crate) fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

fn view(store: &Store, record: MeetingRecord) -> Result<MeetingView, StoreError> {
    let dialogue = store.require_dialogue()?;
    let people = store.stakeholders()?;
    let voting: Vec<i64> = people
        .iter()
        .filter(|p| p.counts_in_quorum())
        .map(|p| p.id)
        .collect();
    let quorum = Quorum::count(&voting, &record.attendance, dialogue.rule.quorum_percent);
    let carried = if record.meeting.state == MeetingState::Approved {
        Vec::new()
    } else {
        store
            .open_actions_before(record.meeting.starts_at)?
            .into_iter()
            .map(|c| CarriedActionView {
                meeting_id: c.meeting_id,
                meeting_title_zh: c.meeting_title_zh,
                meeting_title_en: c.meeting_title_en,
                item: c.item,
            })
            .collect()
    };
    Ok(MeetingView {
        meeting: record.meeting,
        agenda: record.agenda,
        attendance: record.attendance,
        decisions: record.decisions,
        action_items: record.action_items,
        addenda: record.addenda,
        quorum,
        carried,
    })
}

/// Runs a write, then returns the meeting as it now is.
fn write_then_view(
    state: &AppState,
    meeting_id: i64,
    write: impl FnOnce(&mut Store) -> Result<(), StoreError>,
) -> Result<MeetingView, ApiError> {
    state.with_store(|store| {
        write(store)?;
        let record = store.meeting(meeting_id)?;
        view(store, record)
    })
}

#[tauri::command]
pub fn list_meetings(state: State<'_, AppState>) -> Result<Vec<MeetingSummary>, ApiError> {
    state.with_store(|store| {
        store
            .meetings()?
            .into_iter()
            .map(|meeting| {
                let record = store.meeting(meeting.id)?;
                Ok(MeetingSummary {
                    agenda_items: record.agenda.len() as u32,
                    present: record.attendance.iter().filter(|a| a.present).count() as u32,
                    meeting,
                })
            })
            .collect()
    })
}

#[tauri::command]
pub fn get_meeting(state: State<'_, AppState>, id: i64) -> Result<MeetingView, ApiError> {
    state.with_store(|store| {
        let record = store.meeting(id)?;
        view(store, record)
    })
}

/// A new meeting, planned, with the focal point in the chair and the high-level representative
/// to open it; the open action items of earlier meetings become its first agenda item.
#[tauri::command]
pub fn default_meeting(state: State<'_, AppState>) -> Result<Meeting, ApiError> {
    state.with_store(|store| {
        let dialogue = store.require_dialogue()?;
        let fp = &dialogue.focal_point;
        let start = (chrono::Local::now().date_naive() + chrono::Days::new(7))
            .and_hms_opt(9, 0, 0)
            .unwrap_or_else(now);
        Ok(Meeting {
            id: 0,
            kind: MeetingKind::Plenary,
            title_zh: String::new(),
            title_en: String::new(),
            starts_at: start,
            place_zh: String::new(),
            place_en: String::new(),
            chair: fp.full_name(),
            secretary: fp.assistant_full_name(),
            representative_name: dialogue.high_level_rep.name_both(),
            representative_title: dialogue.high_level_rep.title_both(),
            state: MeetingState::Planned,
            opened_by: String::new(),
            opened_at: None,
            closed_by: String::new(),
            closed_at: None,
            approved_by: String::new(),
            approved_at: None,
        })
    })
}

#[tauri::command]
pub fn create_meeting(
    state: State<'_, AppState>,
    meeting: Meeting,
) -> Result<MeetingView, ApiError> {
    let errors = meeting.validate();
    if !errors.is_empty() {
        return Err(ApiError::validation(&errors, &state.i18n()));
    }
    let planned = Meeting {
        state: MeetingState::Planned,
        opened_at: None,
        closed_at: None,
        approved_at: None,
        ..meeting
    };
    state.with_store(|store| {
        let carried = store.open_actions_before(planned.starts_at)?;
        let agenda = if carried.is_empty() {
            Vec::new()
        } else {
            let (zh, en) = (I18n::new(Locale::ZhCn), I18n::new(Locale::En));
            vec![NewAgendaItem {
                title_zh: zh.msg("meetings-carried-item"),
                title_en: en.msg("meetings-carried-item"),
                presenter: planned.secretary.clone(),
                planned_minutes: 15,
                notes_zh: String::new(),
                notes_en: String::new(),
            }]
        };
        let id = store.add_meeting(&planned, &agenda, &[])?;
        let record = store.meeting(id)?;
        view(store, record)
    })
}

#[tauri::command]
pub fn update_meeting(
    state: State<'_, AppState>,
    meeting: Meeting,
) -> Result<MeetingView, ApiError> {
    let errors = meeting.validate();
    if !errors.is_empty() {
        return Err(ApiError::validation(&errors, &state.i18n()));
    }
    write_then_view(&state, meeting.id, |store| {
        store.update_meeting_details(&meeting)
    })
}

/// Opened by the high-level representative named on the meeting; on a day other than the
/// planned one only once the chair confirmed it in the window (`on_another_day`).
#[tauri::command]
pub fn open_meeting(
    state: State<'_, AppState>,
    id: i64,
    on_another_day: bool,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, id, |store| {
        let by = opener(store, id)?;
        store.open_meeting(id, &by, now(), on_another_day).map(drop)
    })
}

/// Closed by the high-level representative; a backup is taken at once.
#[tauri::command]
pub fn close_meeting(state: State<'_, AppState>, id: i64) -> Result<MeetingView, ApiError> {
    write_then_view(&state, id, |store| {
        let by = opener(store, id)?;
        store.close_meeting(id, &by, now()).map(drop)
    })
}

/// Approved by the focal point; the minutes are frozen from then on.
#[tauri::command]
pub fn approve_minutes(state: State<'_, AppState>, id: i64) -> Result<MeetingView, ApiError> {
    write_then_view(&state, id, |store| {
        let by = focal_point(store)?;
        store.approve_minutes(id, &by, now()).map(drop)
    })
}

fn opener(store: &Store, id: i64) -> Result<String, StoreError> {
    let meeting = store.meeting(id)?.meeting;
    if meeting.representative_name.trim().is_empty() {
        Ok(store.require_dialogue()?.high_level_rep.name_both())
    } else {
        Ok(meeting.representative_name)
    }
}

fn focal_point(store: &Store) -> Result<String, StoreError> {
    let fp = store.require_dialogue()?.focal_point;
    Ok(fp.full_name())
}

#[tauri::command]
pub fn add_agenda_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    item: AgendaDraft,
) -> Result<MeetingView, ApiError> {
    let draft = NewAgendaItem {
        title_zh: item.title_zh,
        title_en: item.title_en,
        presenter: item.presenter,
        planned_minutes: item.planned_minutes,
        notes_zh: String::new(),
        notes_en: String::new(),
    };
    write_then_view(&state, meeting_id, |store| {
        store.add_agenda_item(meeting_id, &draft).map(drop)
    })
}

#[tauri::command]
pub fn update_agenda_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    item: AgendaItem,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| store.update_agenda_item(&item))
}

#[tauri::command]
pub fn move_agenda_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    item_id: i64,
    position: u32,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.move_agenda_item(item_id, position)
    })
}

#[tauri::command]
pub fn remove_agenda_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    item_id: i64,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.remove_agenda_item(item_id)
    })
}

#[tauri::command]
pub fn set_notes(
    state: State<'_, AppState>,
    meeting_id: i64,
    item_id: i64,
    notes_zh: String,
    notes_en: String,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.set_notes(item_id, &notes_zh, &notes_en)
    })
}

#[tauri::command]
pub fn check_in(
    state: State<'_, AppState>,
    meeting_id: i64,
    stakeholder_id: i64,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.check_in(meeting_id, stakeholder_id, now()).map(drop)
    })
}

#[tauri::command]
pub fn check_out(
    state: State<'_, AppState>,
    meeting_id: i64,
    stakeholder_id: i64,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.check_out(meeting_id, stakeholder_id, now()).map(drop)
    })
}

#[tauri::command]
pub fn mark_absent(
    state: State<'_, AppState>,
    meeting_id: i64,
    stakeholder_id: i64,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.mark_absent(meeting_id, stakeholder_id)
    })
}

#[tauri::command]
pub fn set_proxy(
    state: State<'_, AppState>,
    meeting_id: i64,
    holder_id: i64,
    member_id: Option<i64>,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.set_proxy(meeting_id, holder_id, member_id).map(drop)
    })
}

#[tauri::command]
pub fn save_decision(
    state: State<'_, AppState>,
    meeting_id: i64,
    decision: Decision,
) -> Result<MeetingView, ApiError> {
    let errors = decision.validate();
    if !errors.is_empty() {
        return Err(ApiError::validation(&errors, &state.i18n()));
    }
    write_then_view(&state, meeting_id, |store| {
        store.save_decision(meeting_id, &decision).map(drop)
    })
}

#[tauri::command]
pub fn remove_decision(
    state: State<'_, AppState>,
    meeting_id: i64,
    id: i64,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.remove_decision(meeting_id, id)
    })
}

#[tauri::command]
pub fn save_action_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    item: ActionItem,
) -> Result<MeetingView, ApiError> {
    let errors = item.validate();
    if !errors.is_empty() {
        return Err(ApiError::validation(&errors, &state.i18n()));
    }
    write_then_view(&state, meeting_id, |store| {
        store.save_action_item(meeting_id, &item).map(drop)
    })
}

#[tauri::command]
pub fn set_action_status(
    state: State<'_, AppState>,
    meeting_id: i64,
    id: i64,
    status: ActionStatus,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.set_action_status(id, status)
    })
}

#[tauri::command]
pub fn remove_action_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    id: i64,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        store.remove_action_item(meeting_id, id)
    })
}

/// A correction to approved minutes, written by the focal point now.
#[tauri::command]
pub fn add_addendum(
    state: State<'_, AppState>,
    meeting_id: i64,
    corrects: String,
    text_zh: String,
    text_en: String,
) -> Result<MeetingView, ApiError> {
    write_then_view(&state, meeting_id, |store| {
        let addendum = Addendum {
            id: 0,
            number: 0,
            corrects,
            text_zh,
            text_en,
            by: focal_point(store)?,
            at: now(),
        };
        store.add_addendum(meeting_id, &addendum).map(drop)
    })
}

/// The minutes as PDF bytes, from the store as it is now, with a file name for them.
pub(crate) fn minutes_pdf(
    state: &AppState,
    meeting_id: i64,
    language: ExportLanguage,
) -> Result<ExportedPdf, ApiError> {
    state.with_use_case(|store| {
        export_minutes(store, MeetingChoice::Id(meeting_id), language.document())
    })
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        MeetingKind::decl(cfg),
        MeetingState::decl(cfg),
        Meeting::decl(cfg),
        AgendaItem::decl(cfg),
        Attendance::decl(cfg),
        Quorum::decl(cfg),
        Decision::decl(cfg),
        concord_domain::DecisionBasis::decl(cfg),
        ActionItem::decl(cfg),
        ActionStatus::decl(cfg),
        Addendum::decl(cfg),
        MeetingView::decl(cfg),
        CarriedActionView::decl(cfg),
        MeetingSummary::decl(cfg),
        AgendaDraft::decl(cfg),
        ExportLanguage::decl(cfg),
        ExportResult::decl(cfg),
    ]
}
