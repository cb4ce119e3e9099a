//! The signatures the focal point and the high-level representative drew on an adopted
//! Vision version. The strokes are checked as a declaration's are.

use chrono::NaiveDateTime;
use concord_domain::DrawnSignature;
use concord_vision::VersionState;
use rusqlite::{Row, params};

use crate::declarations::checked_signature;
use crate::{Store, StoreError, VisionRefusal};

/// Who signs a Vision declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VisionSigner {
    FocalPoint,
    Representative,
}

impl VisionSigner {
    /// Both, in the order they sign on the page.
    pub const ALL: [VisionSigner; 2] = [VisionSigner::FocalPoint, VisionSigner::Representative];

    /// As stored (and as the window and the command line name it).
    pub fn key(self) -> &'static str {
        match self {
            VisionSigner::FocalPoint => "focal-point",
            VisionSigner::Representative => "representative",
        }
    }

    pub fn from_key(key: &str) -> Option<VisionSigner> {
        VisionSigner::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A signature drawn on a Vision version: who, when, the strokes.
#[derive(Debug, Clone, PartialEq)]
pub struct VisionSignature {
    pub role: VisionSigner,
    /// The signer's name when they signed.
    pub name: String,
    pub signature: DrawnSignature,
    pub signed_at: NaiveDateTime,
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<VisionSignature, StoreError>> {
    Ok(
        drawn_from_row(row, "vision")?.map(|(role, name, signature, signed_at)| VisionSignature {
            role,
            name,
            signature,
            signed_at,
        }),
    )
}

/// A drawn signature as a row holds it: the role, the signer's name, the strokes, the time.
pub(crate) type DrawnRow = (VisionSigner, String, DrawnSignature, NaiveDateTime);

/// The drawn signature of a row (vision or pledge); a role or strokes the store did not write
/// are said as corrupt, naming `what`.
pub(crate) fn drawn_from_row(
    row: &Row<'_>,
    what: &str,
) -> rusqlite::Result<Result<DrawnRow, StoreError>> {
    let role: String = row.get("role")?;
    let Some(role) = VisionSigner::from_key(&role) else {
        return Ok(Err(StoreError::Corrupt(format!(
            "{what} signature role {role:?}"
        ))));
    };
    let strokes: String = row.get("strokes")?;
    let strokes = match serde_json::from_str::<Vec<Vec<(f32, f32)>>>(&strokes) {
        Ok(strokes) => strokes,
        Err(e) => {
            return Ok(Err(StoreError::Corrupt(format!(
                "{what} signature strokes: {e}"
            ))));
        }
    };
    Ok(Ok((
        role,
        row.get("signer_name")?,
        DrawnSignature { strokes },
        row.get("signed_at")?,
    )))
}

impl Store {
    /// Stores the signature `role` drew on adopted version `number`, replacing one drawn
    /// before. A version that is not adopted, or strokes that are not valid, change nothing.
    pub fn save_vision_signature(
        &mut self,
        number: u32,
        role: VisionSigner,
        signature: &DrawnSignature,
        signed_at: NaiveDateTime,
    ) -> Result<VisionSignature, StoreError> {
        let signature = checked_signature(signature)?;
        let stored = self.vision_version(Some(number))?;
        if stored.version.state != VersionState::Adopted {
            return Err(StoreError::Vision(VisionRefusal::SignatureNotAdopted {
                number,
            }));
        }
        let dialogue = self.require_dialogue()?;
        let name = match role {
            VisionSigner::FocalPoint => dialogue.focal_point.full_name().trim().to_owned(),
            VisionSigner::Representative => dialogue.high_level_rep.name_both(),
        };
        let strokes = serde_json::to_string(&signature.strokes)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO vision_signature (version_id, role, signer_name, strokes, signed_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (version_id, role) DO UPDATE SET
                signer_name = excluded.signer_name, strokes = excluded.strokes,
                signed_at = excluded.signed_at",
            params![stored.id, role.key(), name, strokes, signed_at],
        )?;
        tx.commit()?;
        Ok(VisionSignature {
            role,
            name,
            signature,
            signed_at,
        })
    }

    /// The signatures drawn on version `number`, focal point first.
    pub fn vision_signatures(&self, number: u32) -> Result<Vec<VisionSignature>, StoreError> {
        let stored = self.vision_version(Some(number))?;
        let mut stmt = self.conn.prepare(
            "SELECT role, signer_name, strokes, signed_at FROM vision_signature
             WHERE version_id = ?1
             ORDER BY CASE role WHEN 'focal-point' THEN 0 ELSE 1 END",
        )?;
        let rows = stmt.query_map([stored.id], from_row)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }
}
