//! Meetings with their agenda and attendance (minimal: the meetings work extends them).

use concord_domain::{AgendaItem, Attendance, Meeting, MeetingKind, MeetingState};
use rusqlite::{OptionalExtension, Row, params};

use crate::{Store, StoreError};

#[derive(Debug, Clone)]
pub struct NewAgendaItem {
    pub title_zh: String,
    pub title_en: String,
    pub presenter: String,
    pub planned_minutes: u32,
    pub notes_zh: String,
    pub notes_en: String,
}

/// A meeting with everything the minutes need from it.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRecord {
    pub meeting: Meeting,
    pub agenda: Vec<AgendaItem>,
    pub attendance: Vec<Attendance>,
}

fn meeting_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Meeting, StoreError>> {
    let kind: String = row.get("kind")?;
    let state: String = row.get("state")?;
    let (Some(kind), Some(state)) = (MeetingKind::from_key(&kind), MeetingState::from_key(&state))
    else {
        return Ok(Err(StoreError::Corrupt(format!(
            "meeting kind {kind:?} state {state:?}"
        ))));
    };
    Ok(Ok(Meeting {
        id: row.get("id")?,
        kind,
        title_zh: row.get("title_zh")?,
        title_en: row.get("title_en")?,
        starts_at: row.get("starts_at")?,
        place_zh: row.get("place_zh")?,
        place_en: row.get("place_en")?,
        chair: row.get("chair")?,
        secretary: row.get("secretary")?,
        state,
        opened_by: row.get("opened_by")?,
        opened_at: row.get("opened_at")?,
        closed_by: row.get("closed_by")?,
        closed_at: row.get("closed_at")?,
    }))
}

fn agenda_from_row(row: &Row<'_>) -> rusqlite::Result<AgendaItem> {
    Ok(AgendaItem {
        id: row.get("id")?,
        position: row.get("position")?,
        title_zh: row.get("title_zh")?,
        title_en: row.get("title_en")?,
        presenter: row.get("presenter")?,
        planned_minutes: row.get("planned_minutes")?,
        notes_zh: row.get("notes_zh")?,
        notes_en: row.get("notes_en")?,
    })
}

impl Store {
    /// Records a meeting with its agenda and attendance in one transaction; `meeting.id` is
    /// ignored and the new id returned.
    pub fn add_meeting(
        &mut self,
        meeting: &Meeting,
        agenda: &[NewAgendaItem],
        attendance: &[Attendance],
    ) -> Result<i64, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO meeting (dialogue_id, kind, title_zh, title_en, starts_at, place_zh,
                place_en, chair, secretary, state, opened_by, opened_at, closed_by, closed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                dialogue_id,
                meeting.kind.key(),
                meeting.title_zh,
                meeting.title_en,
                meeting.starts_at,
                meeting.place_zh,
                meeting.place_en,
                meeting.chair,
                meeting.secretary,
                meeting.state.key(),
                meeting.opened_by,
                meeting.opened_at,
                meeting.closed_by,
                meeting.closed_at,
            ],
        )?;
        let meeting_id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO agenda_item (meeting_id, position, title_zh, title_en, presenter,
                    planned_minutes, notes_zh, notes_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for (index, item) in agenda.iter().enumerate() {
                insert.execute(params![
                    meeting_id,
                    index as u32 + 1,
                    item.title_zh,
                    item.title_en,
                    item.presenter,
                    item.planned_minutes,
                    item.notes_zh,
                    item.notes_en,
                ])?;
            }
            let mut attend = tx.prepare(
                "INSERT INTO attendance (meeting_id, stakeholder_id, present) VALUES (?1, ?2, ?3)",
            )?;
            for a in attendance {
                attend.execute(params![meeting_id, a.stakeholder_id, a.present])?;
            }
        }
        tx.commit()?;
        Ok(meeting_id)
    }

    /// The people invited to a meeting, each with whether they were present, in register order.
    pub fn attendees(
        &self,
        record: &MeetingRecord,
    ) -> Result<Vec<(concord_domain::Stakeholder, bool)>, StoreError> {
        let present: std::collections::HashMap<i64, bool> = record
            .attendance
            .iter()
            .map(|a| (a.stakeholder_id, a.present))
            .collect();
        Ok(self
            .stakeholders()?
            .into_iter()
            .filter_map(|p| present.get(&p.id).map(|here| (p, *here)))
            .collect())
    }

    pub fn meetings(&self) -> Result<Vec<Meeting>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM meeting ORDER BY starts_at, id")?;
        let rows = stmt.query_map([], meeting_from_row)?;
        rows.map(|row| row?).collect()
    }

    /// The most recent meeting by start time.
    pub fn latest_meeting_id(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row(
                "SELECT id FROM meeting ORDER BY starts_at DESC, id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoMeetings)
    }

    pub fn meeting(&self, id: i64) -> Result<MeetingRecord, StoreError> {
        let meeting = self
            .conn
            .query_row(
                "SELECT * FROM meeting WHERE id = ?1",
                [id],
                meeting_from_row,
            )
            .optional()?
            .ok_or(StoreError::MeetingNotFound(id))??;
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM agenda_item WHERE meeting_id = ?1 ORDER BY position")?;
        let agenda = stmt
            .query_map([id], agenda_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT stakeholder_id, present FROM attendance WHERE meeting_id = ?1 ORDER BY stakeholder_id",
        )?;
        let attendance = stmt
            .query_map([id], |r| {
                Ok(Attendance {
                    stakeholder_id: r.get(0)?,
                    present: r.get(1)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(MeetingRecord {
            meeting,
            agenda,
            attendance,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    #[test]
    fn the_demo_meeting_comes_back_whole() {
        let mut store = Store::open_in_memory().expect("store");
        let summary = demo::create(&mut store, demo::sample_date()).expect("demo");
        let id = store.latest_meeting_id().expect("latest");
        assert_eq!(id, summary.meeting_id);
        let record = store.meeting(id).expect("meeting");
        assert_eq!(record.meeting.kind, MeetingKind::Plenary);
        assert!(record.agenda.len() >= 4);
        assert_eq!(record.agenda[0].position, 1);
        assert_eq!(record.attendance.len(), summary.stakeholders);
    }

    #[test]
    fn unknown_meetings_are_reported() {
        let store = Store::open_in_memory().expect("store");
        assert!(matches!(
            store.meeting(42),
            Err(StoreError::MeetingNotFound(42))
        ));
        assert!(matches!(
            store.latest_meeting_id(),
            Err(StoreError::NoMeetings)
        ));
    }

    #[test]
    fn attendance_of_an_unknown_person_rolls_back_the_meeting() {
        let mut store = Store::open_in_memory().expect("store");
        store.save_dialogue(&demo::dialogue()).expect("dialogue");
        let meeting = demo::plenary(demo::sample_date());
        let bad = [Attendance {
            stakeholder_id: 999,
            present: true,
        }];
        assert!(store.add_meeting(&meeting, &[], &bad).is_err());
        assert!(store.meetings().expect("list").is_empty());
    }
}
