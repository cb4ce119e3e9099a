//! Proposals set one subject at a time (the Targets stage's form), beside the whole-set import:
//! a subject's proposals of the open revision are replaced by the new ones, all or nothing, and
//! a single proposal may be removed. Adopted targets stay frozen (the triggers say so).

use chrono::NaiveDateTime;
use rusqlite::{TransactionBehavior, params};

use crate::targets::{NewTarget, TargetRefusal, insert_proposals};
use crate::{Store, StoreError};

impl Store {
    /// Replaces the open revision's proposals for the subjects of `targets` with `targets`,
    /// leaving other subjects' proposals as they are; all or nothing.
    pub fn set_target_proposals(
        &mut self,
        targets: &[NewTarget],
        at: NaiveDateTime,
    ) -> Result<usize, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let revision = self.open_target_revision()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for NewTarget { row, .. } in targets {
            tx.execute(
                "DELETE FROM target WHERE adopted_by_question_id IS NULL AND subject = ?1",
                params![row.subject.trim()],
            )?;
        }
        insert_proposals(&tx, dialogue_id, revision, targets, at)?;
        tx.commit()?;
        Ok(targets.len())
    }

    /// Removes one proposal; an adopted target is refused as frozen, an unknown id changes
    /// nothing and says so (`Ok(false)`).
    pub fn remove_target_proposal(&mut self, id: i64) -> Result<bool, StoreError> {
        let adopted: Option<bool> = self
            .conn
            .query_row(
                "SELECT adopted_by_question_id IS NOT NULL FROM target WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                other => Err(other),
            })?;
        match adopted {
            None => Ok(false),
            Some(true) => Err(StoreError::Target(TargetRefusal::Frozen)),
            // The trigger still guards a change behind the app's back.
            Some(false) => Ok(self
                .conn
                .execute("DELETE FROM target WHERE id = ?1", params![id])?
                > 0),
        }
    }
}
