//! Meetings: creation, the lifecycle steps, the agenda. Each step checks the domain's rule and
//! writes in one transaction; the schema's triggers refuse frozen minutes whatever the caller.

use chrono::NaiveDateTime;
use concord_domain::{
    ActionItem, Addendum, AgendaItem, Attendance, Decision, Meeting, MeetingKind, MeetingState,
};
use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::backup::{BackupInfo, BackupReason};
use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub decisions: Vec<Decision>,
    pub action_items: Vec<ActionItem>,
    pub addenda: Vec<Addendum>,
}

pub(crate) fn meeting_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Meeting, StoreError>> {
    let kind: String = row.get("kind")?;
    let state: String = row.get("state")?;
    let approved_at: Option<NaiveDateTime> = row.get("approved_at")?;
    let (Some(kind), Some(mut state)) =
        (MeetingKind::from_key(&kind), MeetingState::from_key(&state))
    else {
        return Ok(Err(StoreError::Corrupt(format!(
            "meeting kind {kind:?} state {state:?}"
        ))));
    };
    // The state column stays 'closed' after approval; the approval time marks the freeze.
    if approved_at.is_some() {
        state = MeetingState::Approved;
    }
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
        representative_name: row.get("representative_name")?,
        representative_title: row.get("representative_title")?,
        state,
        opened_by: row.get("opened_by")?,
        opened_at: row.get("opened_at")?,
        closed_by: row.get("closed_by")?,
        closed_at: row.get("closed_at")?,
        approved_by: row.get("approved_by")?,
        approved_at,
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

/// The state column's value: approval is recorded by `approved_at`, not by the state.
fn state_column(state: MeetingState) -> &'static str {
    match state {
        MeetingState::Approved => MeetingState::Closed.key(),
        other => other.key(),
    }
}

pub(crate) fn load_meeting(tx: &rusqlite::Connection, id: i64) -> Result<Meeting, StoreError> {
    tx.query_row(
        "SELECT * FROM meeting WHERE id = ?1",
        [id],
        meeting_from_row,
    )
    .optional()?
    .ok_or(StoreError::MeetingNotFound(id))?
}

fn insert_agenda_item(
    tx: &Transaction<'_>,
    meeting_id: i64,
    position: u32,
    item: &NewAgendaItem,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO agenda_item (meeting_id, position, title_zh, title_en, presenter,
            planned_minutes, notes_zh, notes_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            meeting_id,
            position,
            item.title_zh.trim(),
            item.title_en.trim(),
            item.presenter.trim(),
            item.planned_minutes,
            item.notes_zh,
            item.notes_en,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The setting that says a closed meeting still waits for its backup.
const CLOSE_BACKUP_OWED: &str = "backup.owed-after-close";

impl NewAgendaItem {
    fn validate(&self) -> Vec<concord_domain::FieldError> {
        let mut errors = Vec::new();
        if self.title_zh.trim().is_empty() && self.title_en.trim().is_empty() {
            errors.push(concord_domain::FieldError {
                field: "title".into(),
                problem: concord_domain::FieldProblem::Required,
            });
        }
        errors
    }
}

impl Store {
    /// Records a meeting with its agenda and attendance in one transaction; `meeting.id` is
    /// ignored and the new id returned. History (the demo, imports) may arrive already closed
    /// or approved: the rows are written first, the state last, as the lifecycle would.
    pub fn add_meeting(
        &mut self,
        meeting: &Meeting,
        agenda: &[NewAgendaItem],
        attendance: &[Attendance],
    ) -> Result<i64, StoreError> {
        let errors = meeting.validate();
        if !errors.is_empty() {
            return Err(StoreError::Invalid(errors));
        }
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO meeting (dialogue_id, kind, title_zh, title_en, starts_at, place_zh,
                place_en, chair, secretary, representative_name, representative_title, state)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'planned')",
            params![
                dialogue_id,
                meeting.kind.key(),
                meeting.title_zh.trim(),
                meeting.title_en.trim(),
                meeting.starts_at,
                meeting.place_zh.trim(),
                meeting.place_en.trim(),
                meeting.chair.trim(),
                meeting.secretary.trim(),
                meeting.representative_name.trim(),
                meeting.representative_title.trim(),
            ],
        )?;
        let meeting_id = tx.last_insert_rowid();
        for (index, item) in agenda.iter().enumerate() {
            insert_agenda_item(&tx, meeting_id, index as u32 + 1, item)?;
        }
        {
            let mut attend = tx.prepare(
                "INSERT INTO attendance (meeting_id, stakeholder_id, present, arrived_at, left_at,
                    proxy_for) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for a in attendance {
                attend.execute(params![
                    meeting_id,
                    a.stakeholder_id,
                    a.present,
                    a.arrived_at,
                    a.left_at,
                    a.proxy_for
                ])?;
            }
        }
        write_state(&tx, meeting_id, meeting)?;
        tx.commit()?;
        Ok(meeting_id)
    }

    /// Title, kind, time, place and people of a planned meeting.
    pub fn update_meeting_details(&mut self, meeting: &Meeting) -> Result<(), StoreError> {
        let errors = meeting.validate();
        if !errors.is_empty() {
            return Err(StoreError::Invalid(errors));
        }
        let tx = self.conn.transaction()?;
        load_meeting(&tx, meeting.id)?
            .details_editable()
            .map_err(StoreError::Lifecycle)?;
        tx.execute(
            "UPDATE meeting SET kind = ?2, title_zh = ?3, title_en = ?4, starts_at = ?5,
                place_zh = ?6, place_en = ?7, chair = ?8, secretary = ?9,
                representative_name = ?10, representative_title = ?11 WHERE id = ?1",
            params![
                meeting.id,
                meeting.kind.key(),
                meeting.title_zh.trim(),
                meeting.title_en.trim(),
                meeting.starts_at,
                meeting.place_zh.trim(),
                meeting.place_en.trim(),
                meeting.chair.trim(),
                meeting.secretary.trim(),
                meeting.representative_name.trim(),
                meeting.representative_title.trim(),
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The high-level representative opens the meeting; on a day other than the planned one
    /// only with `on_another_day` (the chair confirmed it).
    pub fn open_meeting(
        &mut self,
        id: i64,
        by: &str,
        at: NaiveDateTime,
        on_another_day: bool,
    ) -> Result<Meeting, StoreError> {
        self.lifecycle_step(id, |m| m.open(by, at, on_another_day))
    }

    /// The high-level representative closes the meeting; a backup is taken at once (when the
    /// database is a file), so the record of a meeting survives whatever happens to the laptop.
    pub fn close_meeting(
        &mut self,
        id: i64,
        by: &str,
        at: NaiveDateTime,
    ) -> Result<(Meeting, Option<BackupInfo>), StoreError> {
        // Owed before the close is saved, paid after the backup: a process killed in between
        // leaves the debt, and the next start pays it (`take_owed_close_backup`).
        if self.path().is_some() {
            self.set_setting(CLOSE_BACKUP_OWED, &id.to_string())?;
        }
        let meeting = self.lifecycle_step(id, |m| m.close(by, at))?;
        let backup = match self.path() {
            Some(_) => {
                let backup = self.backup_now(BackupReason::MeetingClosed, at)?;
                self.set_setting(CLOSE_BACKUP_OWED, "")?;
                Some(backup)
            }
            None => None,
        };
        Ok((meeting, backup))
    }

    /// Takes the backup a closing did not get to take (the process was killed after the close
    /// was saved). Called at every start of the app and the command line.
    pub fn take_owed_close_backup(
        &self,
        now: NaiveDateTime,
    ) -> Result<Option<BackupInfo>, StoreError> {
        let owed = self.setting(CLOSE_BACKUP_OWED)?.unwrap_or_default();
        if owed.is_empty() || self.path().is_none() {
            return Ok(None);
        }
        let backup = self.backup_now(BackupReason::MeetingClosed, now)?;
        self.set_setting(CLOSE_BACKUP_OWED, "")?;
        Ok(Some(backup))
    }

    /// The focal point approves the minutes: from now on they are frozen.
    pub fn approve_minutes(
        &mut self,
        id: i64,
        by: &str,
        at: NaiveDateTime,
    ) -> Result<Meeting, StoreError> {
        self.lifecycle_step(id, |m| m.approve(by, at))
    }

    fn lifecycle_step(
        &mut self,
        id: i64,
        step: impl FnOnce(&mut Meeting) -> Result<(), concord_domain::LifecycleRefusal>,
    ) -> Result<Meeting, StoreError> {
        let tx = self.conn.transaction()?;
        let mut meeting = load_meeting(&tx, id)?;
        step(&mut meeting).map_err(StoreError::Lifecycle)?;
        write_state(&tx, id, &meeting)?;
        tx.commit()?;
        Ok(meeting)
    }

    // ---- the agenda ----------------------------------------------------------------------

    /// Appends an item to the agenda of a meeting that has not closed.
    pub fn add_agenda_item(
        &mut self,
        meeting_id: i64,
        item: &NewAgendaItem,
    ) -> Result<i64, StoreError> {
        let errors = item.validate();
        if !errors.is_empty() {
            return Err(StoreError::Invalid(errors));
        }
        let tx = self.conn.transaction()?;
        load_meeting(&tx, meeting_id)?
            .minutes_editable()
            .map_err(StoreError::Lifecycle)?;
        let next: u32 = tx.query_row(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_item WHERE meeting_id = ?1",
            [meeting_id],
            |r| r.get(0),
        )?;
        let id = insert_agenda_item(&tx, meeting_id, next, item)?;
        tx.commit()?;
        Ok(id)
    }

    /// Title, presenter and planned minutes of an item (its notes: [`Store::set_notes`]).
    pub fn update_agenda_item(&mut self, item: &AgendaItem) -> Result<(), StoreError> {
        let draft = NewAgendaItem {
            title_zh: item.title_zh.clone(),
            title_en: item.title_en.clone(),
            presenter: item.presenter.clone(),
            planned_minutes: item.planned_minutes,
            notes_zh: String::new(),
            notes_en: String::new(),
        };
        let errors = draft.validate();
        if !errors.is_empty() {
            return Err(StoreError::Invalid(errors));
        }
        let tx = self.conn.transaction()?;
        let meeting_id = agenda_meeting(&tx, item.id)?;
        load_meeting(&tx, meeting_id)?
            .minutes_editable()
            .map_err(StoreError::Lifecycle)?;
        tx.execute(
            "UPDATE agenda_item SET title_zh = ?2, title_en = ?3, presenter = ?4,
                planned_minutes = ?5 WHERE id = ?1",
            params![
                item.id,
                item.title_zh.trim(),
                item.title_en.trim(),
                item.presenter.trim(),
                item.planned_minutes
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Moves an item to `position` (1-based) while the meeting is planned; the others close up.
    pub fn move_agenda_item(&mut self, item_id: i64, position: u32) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let meeting_id = agenda_meeting(&tx, item_id)?;
        load_meeting(&tx, meeting_id)?
            .details_editable()
            .map_err(StoreError::Lifecycle)?;
        let mut ids: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT id FROM agenda_item WHERE meeting_id = ?1 ORDER BY position, id",
            )?;
            stmt.query_map([meeting_id], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        ids.retain(|id| *id != item_id);
        let index = (position.max(1) as usize - 1).min(ids.len());
        ids.insert(index, item_id);
        renumber(&tx, &ids)?;
        tx.commit()?;
        Ok(())
    }

    /// Removes an item from a planned meeting's agenda.
    pub fn remove_agenda_item(&mut self, item_id: i64) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let meeting_id = agenda_meeting(&tx, item_id)?;
        load_meeting(&tx, meeting_id)?
            .details_editable()
            .map_err(StoreError::Lifecycle)?;
        tx.execute("DELETE FROM agenda_item WHERE id = ?1", [item_id])?;
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT id FROM agenda_item WHERE meeting_id = ?1 ORDER BY position, id",
            )?;
            stmt.query_map([meeting_id], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        renumber(&tx, &ids)?;
        tx.commit()?;
        Ok(())
    }

    // ---- reading -------------------------------------------------------------------------

    pub fn meetings(&self) -> Result<Vec<Meeting>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM meeting ORDER BY starts_at, id")?;
        let rows = stmt.query_map([], meeting_from_row)?;
        rows.map(|row| row?).collect()
    }

    /// The most recent meeting that was held (opened), by start time; if none was held yet,
    /// the most recent planned one. "The latest minutes" are those of a meeting that took place.
    pub fn latest_meeting_id(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row(
                "SELECT id FROM meeting ORDER BY opened_at IS NULL, starts_at DESC, id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoMeetings)
    }

    pub fn meeting(&self, id: i64) -> Result<MeetingRecord, StoreError> {
        let meeting = load_meeting(&self.conn, id)?;
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM agenda_item WHERE meeting_id = ?1 ORDER BY position")?;
        let agenda = stmt
            .query_map([id], agenda_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(MeetingRecord {
            meeting,
            agenda,
            attendance: self.attendance(id)?,
            decisions: self.decisions(id)?,
            action_items: self.action_items(id)?,
            addenda: self.addenda(id)?,
        })
    }
}

/// Writes the lifecycle columns of a meeting as the domain left them.
fn write_state(tx: &Transaction<'_>, id: i64, meeting: &Meeting) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE meeting SET state = ?2, opened_by = ?3, opened_at = ?4, closed_by = ?5,
            closed_at = ?6, approved_by = ?7, approved_at = ?8 WHERE id = ?1",
        params![
            id,
            state_column(meeting.state),
            meeting.opened_by,
            meeting.opened_at,
            meeting.closed_by,
            meeting.closed_at,
            meeting.approved_by,
            meeting.approved_at,
        ],
    )?;
    Ok(())
}

pub(crate) fn agenda_meeting(tx: &rusqlite::Connection, item_id: i64) -> Result<i64, StoreError> {
    tx.query_row(
        "SELECT meeting_id FROM agenda_item WHERE id = ?1",
        [item_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(StoreError::RecordNotFound {
        table: "agenda_item",
        id: item_id,
    })
}

/// Gives `ids` the positions 1, 2, 3… in order, through negative positions so the UNIQUE
/// constraint on (meeting, position) never sees two items in one place.
fn renumber(tx: &Transaction<'_>, ids: &[i64]) -> Result<(), StoreError> {
    let mut set = tx.prepare("UPDATE agenda_item SET position = ?2 WHERE id = ?1")?;
    for (index, id) in ids.iter().enumerate() {
        set.execute(params![id, -(index as i64) - 1])?;
    }
    for (index, id) in ids.iter().enumerate() {
        set.execute(params![id, index as i64 + 1])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn nine_am() -> NaiveDateTime {
        demo::sample_date().and_hms_opt(9, 0, 0).expect("time") + chrono::TimeDelta::days(28)
    }

    /// The demo in a file, with its planned plenary opened at nine; returns the store and the
    /// plenary's id.
    fn demo_with_an_open_plenary(path: &std::path::Path) -> (Store, i64) {
        let mut store = Store::open(path).expect("open");
        let summary = demo::create(&mut store, demo::sample_date()).expect("demo");
        let id = store
            .meetings()
            .expect("meetings")
            .iter()
            .map(|m| m.id)
            .find(|id| *id != summary.meeting_id)
            .expect("the planned plenary");
        store
            .open_meeting(id, "王志立", nine_am(), false)
            .expect("open");
        (store, id)
    }

    #[test]
    fn a_close_killed_before_its_backup_gets_the_backup_at_the_next_start() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.db");
        {
            let (mut store, id) = demo_with_an_open_plenary(&path);
            // What `close_meeting` does up to the moment the process is killed: the debt is
            // recorded and the close saved, the backup not yet taken.
            store
                .set_setting(CLOSE_BACKUP_OWED, &id.to_string())
                .expect("owed");
            store
                .lifecycle_step(id, |m| {
                    m.close("王志立", nine_am() + chrono::TimeDelta::hours(2))
                })
                .expect("close");
        }
        let store = Store::open_existing(&path).expect("reopen");
        assert!(store.backups().expect("list").is_empty());
        let later = nine_am() + chrono::TimeDelta::hours(3);
        let taken = store
            .take_owed_close_backup(later)
            .expect("take")
            .expect("the owed backup");
        assert_eq!(taken.reason, BackupReason::MeetingClosed);
        let preview = crate::backup::preview(&taken.path).expect("preview");
        assert!(preview.meetings >= 2, "both meetings are in the backup");
        assert!(
            store
                .take_owed_close_backup(later)
                .expect("again")
                .is_none()
        );
        assert_eq!(store.backups().expect("list").len(), 1);
    }

    #[test]
    fn a_normal_close_owes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut store, id) = demo_with_an_open_plenary(&dir.path().join("c.db"));
        let (_, backup) = store
            .close_meeting(id, "王志立", nine_am() + chrono::TimeDelta::hours(2))
            .expect("close");
        assert!(backup.is_some());
        assert!(
            store
                .take_owed_close_backup(nine_am())
                .expect("take")
                .is_none()
        );
    }
}
