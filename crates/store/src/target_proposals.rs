//! Proposals set one subject at a time (the Targets stage's form), beside the whole-set import:
//! a subject's proposals of the open revision are replaced by the new ones, all or nothing, and
//! a single proposal may be removed. Adopted targets stay frozen (the triggers say so).

use chrono::NaiveDateTime;
use rusqlite::{TransactionBehavior, params};

use crate::targets::{NewTarget, TargetRefusal};
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
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO target (dialogue_id, revision, subject, baseline_year,
                 baseline_value, target_year, target_value, kind, percent, sdgs, advantages_zh,
                 advantages_en, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?;
            for NewTarget { row, details } in targets {
                let sdgs = serde_json::to_string(&details.sdgs)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                insert.execute(params![
                    dialogue_id,
                    revision,
                    row.subject.trim(),
                    row.baseline_year,
                    row.baseline_value,
                    row.target_year,
                    row.target_value,
                    details.kind.key(),
                    details.percent,
                    sdgs,
                    details.advantages_zh.trim(),
                    details.advantages_en.trim(),
                    at
                ])?;
            }
        }
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
