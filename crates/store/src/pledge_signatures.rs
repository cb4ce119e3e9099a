//! The signatures the focal point and the high-level representative drew on the targets
//! pledge. A pledge is the adopted target set, named by the question that adopted it; when a
//! revision is adopted by another question, the new set is signed afresh. The strokes are
//! checked as a declaration's are; the roles are the Vision's.

use chrono::NaiveDateTime;
use concord_domain::DrawnSignature;
use rusqlite::{OptionalExtension, Row, params};

use crate::declarations::checked_signature;
use crate::vision_signatures::VisionSigner;
use crate::{Store, StoreError};

/// What the store refuses about the pledge's signatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PledgeRefusal {
    /// No target is adopted (or, from the schema, the question adopted none): there is no
    /// pledge to sign yet.
    NothingAdopted,
}

impl PledgeRefusal {
    /// The Fluent id and variables of the message that says it.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            PledgeRefusal::NothingAdopted => ("pledge-signature-nothing-adopted", vec![]),
        }
    }

    pub(crate) fn from_trigger_message(message: &str) -> Option<PledgeRefusal> {
        match message {
            "concord: pledge signature on a question that adopted no targets" => {
                Some(PledgeRefusal::NothingAdopted)
            }
            _ => None,
        }
    }
}

/// A signature drawn on the pledge: the adopting question, who, when, the strokes.
#[derive(Debug, Clone, PartialEq)]
pub struct PledgeSignature {
    pub question_id: i64,
    pub role: VisionSigner,
    /// The signer's name when they signed.
    pub name: String,
    pub signature: DrawnSignature,
    pub signed_at: NaiveDateTime,
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<PledgeSignature, StoreError>> {
    let question_id = row.get("question_id")?;
    Ok(
        crate::vision_signatures::drawn_from_row(row, "pledge")?.map(
            |(role, name, signature, signed_at)| PledgeSignature {
                question_id,
                role,
                name,
                signature,
                signed_at,
            },
        ),
    )
}

impl Store {
    /// The question that adopted the target set in force: the latest adoption.
    pub fn pledge_question(&self) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT adopted_by_question_id FROM target
                 WHERE adopted_by_question_id IS NOT NULL
                 ORDER BY adopted_at DESC, adopted_by_question_id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Stores the signature `role` drew on the pledge of the adopted target set, replacing
    /// one drawn before. With nothing adopted, or strokes that are not valid, nothing changes.
    pub fn save_pledge_signature(
        &mut self,
        role: VisionSigner,
        signature: &DrawnSignature,
        signed_at: NaiveDateTime,
    ) -> Result<PledgeSignature, StoreError> {
        let signature = checked_signature(signature)?;
        let question_id = self
            .pledge_question()?
            .ok_or(StoreError::Pledge(PledgeRefusal::NothingAdopted))?;
        let dialogue = self.require_dialogue()?;
        let name = match role {
            VisionSigner::FocalPoint => dialogue.focal_point.full_name().trim().to_owned(),
            VisionSigner::Representative => dialogue.high_level_rep.name_both(),
        };
        let strokes = serde_json::to_string(&signature.strokes)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO pledge_signature (question_id, role, signer_name, strokes, signed_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (question_id, role) DO UPDATE SET
                signer_name = excluded.signer_name, strokes = excluded.strokes,
                signed_at = excluded.signed_at",
            params![question_id, role.key(), name, strokes, signed_at],
        )?;
        tx.commit()?;
        Ok(PledgeSignature {
            question_id,
            role,
            name,
            signature,
            signed_at,
        })
    }

    /// The signatures drawn on the pledge of the adopted target set, focal point first; none
    /// while nothing is adopted.
    pub fn pledge_signatures(&self) -> Result<Vec<PledgeSignature>, StoreError> {
        let Some(question_id) = self.pledge_question()? else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare(
            "SELECT question_id, role, signer_name, strokes, signed_at FROM pledge_signature
             WHERE question_id = ?1
             ORDER BY CASE role WHEN 'focal-point' THEN 0 ELSE 1 END",
        )?;
        let rows = stmt.query_map([question_id], from_row)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }
}
