//! What happens in a meeting: attendance, notes, decisions, action items, and addenda to
//! approved minutes. Each write checks the meeting's state first (the triggers check again).

use chrono::NaiveDateTime;
use concord_domain::{
    ActionItem, ActionStatus, Addendum, Attendance, Decision, DecisionBasis, FieldError,
    LifecycleRefusal, Meeting, NamedQuestion,
};
use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::meetings::{agenda_meeting, load_meeting};
use crate::{Store, StoreError};

fn invalid(errors: Vec<FieldError>) -> Result<(), StoreError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(errors))
    }
}

fn allowed(
    tx: &Transaction<'_>,
    meeting_id: i64,
    rule: fn(&Meeting) -> Result<(), LifecycleRefusal>,
) -> Result<Meeting, StoreError> {
    let meeting = load_meeting(tx, meeting_id)?;
    rule(&meeting).map_err(StoreError::Lifecycle)?;
    Ok(meeting)
}

fn corrupt(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("{what} {value:?}").into(),
    )
}

fn decision_from_row(row: &Row<'_>) -> rusqlite::Result<Decision> {
    let basis: String = row.get("basis")?;
    Ok(Decision {
        id: row.get("id")?,
        agenda_item_id: row.get("agenda_item_id")?,
        text_zh: row.get("text_zh")?,
        text_en: row.get("text_en")?,
        basis: DecisionBasis::from_key(&basis).ok_or_else(|| corrupt("basis", &basis))?,
        question_id: row.get("question_id")?,
    })
}

fn action_from_row(row: &Row<'_>) -> rusqlite::Result<ActionItem> {
    let status: String = row.get("status")?;
    Ok(ActionItem {
        id: row.get("id")?,
        agenda_item_id: row.get("agenda_item_id")?,
        what_zh: row.get("what_zh")?,
        what_en: row.get("what_en")?,
        owner_id: row.get("owner_id")?,
        due: row.get("due")?,
        status: ActionStatus::from_key(&status).ok_or_else(|| corrupt("status", &status))?,
    })
}

fn addendum_from_row(row: &Row<'_>) -> rusqlite::Result<Addendum> {
    Ok(Addendum {
        id: row.get("id")?,
        number: row.get("number")?,
        corrects: row.get("corrects")?,
        text_zh: row.get("text_zh")?,
        text_en: row.get("text_en")?,
        by: row.get("by_name")?,
        at: row.get("at")?,
    })
}

/// An open action item of an earlier meeting, for the next meeting's first agenda item.
#[derive(Debug, Clone, PartialEq)]
pub struct CarriedAction {
    pub meeting_id: i64,
    pub meeting_title_zh: String,
    pub meeting_title_en: String,
    pub item: ActionItem,
}

impl Store {
    // ---- attendance ----------------------------------------------------------------------

    pub fn attendance(&self, meeting_id: i64) -> Result<Vec<Attendance>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT stakeholder_id, present, arrived_at, left_at, proxy_for FROM attendance
             WHERE meeting_id = ?1 ORDER BY stakeholder_id",
        )?;
        let rows = stmt.query_map([meeting_id], attendance_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Checks a person in (again, if they had left): present from `at`.
    pub fn check_in(
        &mut self,
        meeting_id: i64,
        stakeholder_id: i64,
        at: NaiveDateTime,
    ) -> Result<Attendance, StoreError> {
        self.require_stakeholder_current(stakeholder_id)?;
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::attendance_allowed)?;
        tx.execute(
            "INSERT INTO attendance (meeting_id, stakeholder_id, present, arrived_at)
             VALUES (?1, ?2, 1, ?3)
             ON CONFLICT (meeting_id, stakeholder_id) DO UPDATE SET present = 1,
                arrived_at = COALESCE(attendance.arrived_at, excluded.arrived_at), left_at = NULL",
            params![meeting_id, stakeholder_id, at],
        )?;
        let row = attendance_row(&tx, meeting_id, stakeholder_id)?;
        tx.commit()?;
        Ok(row)
    }

    /// A person leaves before the end: they stay in the minutes, with their departure time.
    pub fn check_out(
        &mut self,
        meeting_id: i64,
        stakeholder_id: i64,
        at: NaiveDateTime,
    ) -> Result<Attendance, StoreError> {
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::attendance_allowed)?;
        let changed = tx.execute(
            "UPDATE attendance SET left_at = ?3 WHERE meeting_id = ?1 AND stakeholder_id = ?2
                AND present = 1",
            params![meeting_id, stakeholder_id, at],
        )?;
        if changed == 0 {
            return Err(StoreError::RecordNotFound {
                table: "attendance",
                id: stakeholder_id,
            });
        }
        let row = attendance_row(&tx, meeting_id, stakeholder_id)?;
        tx.commit()?;
        Ok(row)
    }

    /// Undoes a check-in made by mistake, or records apologies: invited, not present.
    pub fn mark_absent(&mut self, meeting_id: i64, stakeholder_id: i64) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::attendance_allowed)?;
        tx.execute(
            "INSERT INTO attendance (meeting_id, stakeholder_id, present) VALUES (?1, ?2, 0)
             ON CONFLICT (meeting_id, stakeholder_id) DO UPDATE SET present = 0,
                arrived_at = NULL, left_at = NULL, proxy_for = NULL",
            params![meeting_id, stakeholder_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// `holder` holds the proxy of absent `member`, or of nobody.
    pub fn set_proxy(
        &mut self,
        meeting_id: i64,
        holder: i64,
        member: Option<i64>,
    ) -> Result<Attendance, StoreError> {
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::attendance_allowed)?;
        let changed = tx.execute(
            "UPDATE attendance SET proxy_for = ?3 WHERE meeting_id = ?1 AND stakeholder_id = ?2
                AND present = 1",
            params![meeting_id, holder, member],
        )?;
        if changed == 0 {
            return Err(StoreError::RecordNotFound {
                table: "attendance",
                id: holder,
            });
        }
        let row = attendance_row(&tx, meeting_id, holder)?;
        tx.commit()?;
        Ok(row)
    }

    // ---- notes ---------------------------------------------------------------------------

    pub fn set_notes(&mut self, item_id: i64, zh: &str, en: &str) -> Result<(), StoreError> {
        invalid(concord_domain::record::validate_notes(zh, en))?;
        let tx = self.conn.transaction()?;
        let meeting_id = agenda_meeting(&tx, item_id)?;
        allowed(&tx, meeting_id, Meeting::minutes_editable)?;
        tx.execute(
            "UPDATE agenda_item SET notes_zh = ?2, notes_en = ?3 WHERE id = ?1",
            params![item_id, zh, en],
        )?;
        tx.commit()?;
        Ok(())
    }

    // ---- decisions -----------------------------------------------------------------------

    pub fn decisions(&self, meeting_id: i64) -> Result<Vec<Decision>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM decision WHERE meeting_id = ?1 ORDER BY position, id")?;
        let rows = stmt.query_map([meeting_id], decision_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds (`id` 0) or changes a decision of a meeting whose minutes are not frozen.
    pub fn save_decision(
        &mut self,
        meeting_id: i64,
        decision: &Decision,
    ) -> Result<i64, StoreError> {
        invalid(decision.validate())?;
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::minutes_editable)?;
        check_item_belongs(&tx, meeting_id, decision.agenda_item_id)?;
        check_basis(&tx, meeting_id, decision)?;
        let id = if decision.id == 0 {
            tx.execute(
                "INSERT INTO decision (meeting_id, agenda_item_id, text_zh, text_en, basis,
                    question_id, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6,
                    (SELECT COALESCE(MAX(position), 0) + 1 FROM decision WHERE meeting_id = ?1))",
                params![
                    meeting_id,
                    decision.agenda_item_id,
                    decision.text_zh.trim(),
                    decision.text_en.trim(),
                    decision.basis.key(),
                    decision.question_id,
                ],
            )?;
            tx.last_insert_rowid()
        } else {
            let changed = tx.execute(
                "UPDATE decision SET agenda_item_id = ?3, text_zh = ?4, text_en = ?5, basis = ?6,
                    question_id = ?7 WHERE id = ?1 AND meeting_id = ?2",
                params![
                    decision.id,
                    meeting_id,
                    decision.agenda_item_id,
                    decision.text_zh.trim(),
                    decision.text_en.trim(),
                    decision.basis.key(),
                    decision.question_id,
                ],
            )?;
            not_found_if_zero(changed, "decision", decision.id)?;
            decision.id
        };
        tx.commit()?;
        Ok(id)
    }

    pub fn remove_decision(&mut self, meeting_id: i64, id: i64) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::minutes_editable)?;
        let changed = tx.execute(
            "DELETE FROM decision WHERE id = ?1 AND meeting_id = ?2",
            params![id, meeting_id],
        )?;
        not_found_if_zero(changed, "decision", id)?;
        tx.commit()?;
        Ok(())
    }

    // ---- action items --------------------------------------------------------------------

    pub fn action_items(&self, meeting_id: i64) -> Result<Vec<ActionItem>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM action_item WHERE meeting_id = ?1 ORDER BY position, id")?;
        let rows = stmt.query_map([meeting_id], action_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds (`id` 0) or changes an action item of a meeting whose minutes are not frozen.
    pub fn save_action_item(
        &mut self,
        meeting_id: i64,
        item: &ActionItem,
    ) -> Result<i64, StoreError> {
        invalid(item.validate())?;
        if let Some(owner) = item.owner_id {
            self.require_stakeholder_current(owner)?;
        }
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::minutes_editable)?;
        check_item_belongs(&tx, meeting_id, item.agenda_item_id)?;
        let id = if item.id == 0 {
            tx.execute(
                "INSERT INTO action_item (meeting_id, agenda_item_id, what_zh, what_en, owner_id,
                    due, status, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
                    (SELECT COALESCE(MAX(position), 0) + 1 FROM action_item WHERE meeting_id = ?1))",
                params![
                    meeting_id,
                    item.agenda_item_id,
                    item.what_zh.trim(),
                    item.what_en.trim(),
                    item.owner_id,
                    item.due,
                    item.status.key(),
                ],
            )?;
            tx.last_insert_rowid()
        } else {
            let changed = tx.execute(
                "UPDATE action_item SET agenda_item_id = ?3, what_zh = ?4, what_en = ?5,
                    owner_id = ?6, due = ?7, status = ?8 WHERE id = ?1 AND meeting_id = ?2",
                params![
                    item.id,
                    meeting_id,
                    item.agenda_item_id,
                    item.what_zh.trim(),
                    item.what_en.trim(),
                    item.owner_id,
                    item.due,
                    item.status.key(),
                ],
            )?;
            not_found_if_zero(changed, "action_item", item.id)?;
            item.id
        };
        tx.commit()?;
        Ok(id)
    }

    /// Follows an action item up, also after its meeting's minutes were frozen.
    pub fn set_action_status(&mut self, id: i64, status: ActionStatus) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE action_item SET status = ?2 WHERE id = ?1",
            params![id, status.key()],
        )?;
        not_found_if_zero(changed, "action_item", id)
    }

    pub fn remove_action_item(&mut self, meeting_id: i64, id: i64) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::minutes_editable)?;
        let changed = tx.execute(
            "DELETE FROM action_item WHERE id = ?1 AND meeting_id = ?2",
            params![id, meeting_id],
        )?;
        not_found_if_zero(changed, "action_item", id)?;
        tx.commit()?;
        Ok(())
    }

    /// Open action items of meetings that started before `before`, oldest first.
    pub fn open_actions_before(
        &self,
        before: NaiveDateTime,
    ) -> Result<Vec<CarriedAction>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.*, m.title_zh AS m_title_zh, m.title_en AS m_title_en
             FROM action_item a JOIN meeting m ON m.id = a.meeting_id
             WHERE a.status = 'open' AND m.starts_at < ?1
             ORDER BY m.starts_at, a.position",
        )?;
        let rows = stmt.query_map([before], |r| {
            Ok(CarriedAction {
                meeting_id: r.get("meeting_id")?,
                meeting_title_zh: r.get("m_title_zh")?,
                meeting_title_en: r.get("m_title_en")?,
                item: action_from_row(r)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    // ---- addenda -------------------------------------------------------------------------

    pub fn addenda(&self, meeting_id: i64) -> Result<Vec<Addendum>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM addendum WHERE meeting_id = ?1 ORDER BY number")?;
        let rows = stmt.query_map([meeting_id], addendum_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a numbered correction to approved minutes; the minutes themselves stay as approved.
    pub fn add_addendum(
        &mut self,
        meeting_id: i64,
        addendum: &Addendum,
    ) -> Result<Addendum, StoreError> {
        invalid(addendum.validate())?;
        let tx = self.conn.transaction()?;
        allowed(&tx, meeting_id, Meeting::addendum_allowed)?;
        let number: u32 = tx.query_row(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM addendum WHERE meeting_id = ?1",
            [meeting_id],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO addendum (meeting_id, number, corrects, text_zh, text_en, by_name, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                meeting_id,
                number,
                addendum.corrects.trim(),
                addendum.text_zh.trim(),
                addendum.text_en.trim(),
                addendum.by.trim(),
                addendum.at,
            ],
        )?;
        let id = tx.last_insert_rowid();
        let saved = tx.query_row(
            "SELECT * FROM addendum WHERE id = ?1",
            [id],
            addendum_from_row,
        )?;
        tx.commit()?;
        Ok(saved)
    }

    /// A person who is in the register and has not withdrawn or been erased.
    fn require_stakeholder_current(&self, id: i64) -> Result<(), StoreError> {
        let person = self.stakeholder(id)?;
        if person.erased() {
            return Err(StoreError::StakeholderErased(id));
        }
        Ok(())
    }
}

/// Maps `SELECT stakeholder_id, present, arrived_at, left_at, proxy_for`.
fn attendance_from_row(r: &Row<'_>) -> rusqlite::Result<Attendance> {
    Ok(Attendance {
        stakeholder_id: r.get(0)?,
        present: r.get(1)?,
        arrived_at: r.get(2)?,
        left_at: r.get(3)?,
        proxy_for: r.get(4)?,
    })
}

fn attendance_row(
    tx: &Transaction<'_>,
    meeting_id: i64,
    stakeholder_id: i64,
) -> Result<Attendance, StoreError> {
    tx.query_row(
        "SELECT stakeholder_id, present, arrived_at, left_at, proxy_for FROM attendance
         WHERE meeting_id = ?1 AND stakeholder_id = ?2",
        params![meeting_id, stakeholder_id],
        attendance_from_row,
    )
    .optional()?
    .ok_or(StoreError::RecordNotFound {
        table: "attendance",
        id: stakeholder_id,
    })
}

fn check_item_belongs(
    tx: &Transaction<'_>,
    meeting_id: i64,
    item: Option<i64>,
) -> Result<(), StoreError> {
    match item {
        Some(item) if agenda_meeting(tx, item)? != meeting_id => Err(StoreError::RecordNotFound {
            table: "agenda_item",
            id: item,
        }),
        _ => Ok(()),
    }
}

/// The basis agrees with the question the decision names (the triggers check again).
fn check_basis(
    tx: &Transaction<'_>,
    meeting_id: i64,
    decision: &Decision,
) -> Result<(), StoreError> {
    let named = match decision.question_id {
        Some(id) => Some(crate::questions::question_outcome(tx, id)?),
        None => None,
    };
    let named = named.flatten();
    let question = named.as_ref().map(|(meeting, outcome)| NamedQuestion {
        meeting_id: *meeting,
        outcome: outcome.as_ref(),
    });
    invalid(decision.basis_errors(meeting_id, question))
}

fn not_found_if_zero(changed: usize, table: &'static str, id: i64) -> Result<(), StoreError> {
    if changed == 0 {
        Err(StoreError::RecordNotFound { table, id })
    } else {
        Ok(())
    }
}
