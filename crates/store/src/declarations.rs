//! Declarations and the signatures drawn on them.

use chrono::{NaiveDate, NaiveDateTime};
use concord_domain::declaration::MAX_SIGNATURE_POINTS;
use concord_domain::{
    Declaration, DeclarationKind, DeclarationSection, DeclarationSigner, DrawnSignature,
    FieldProblem,
};
use rusqlite::{OptionalExtension, Row, params};

use crate::{Store, StoreError};

/// How far (in box heights) a point may be from the simplified stroke: well under a pixel
/// of a signature printed 11 mm high.
const SIMPLIFY_TOLERANCE: f32 = 0.0015;

/// A signature as stored: who drew it, when, and the strokes.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredSignature {
    pub role: String,
    /// The signer's name when they signed.
    pub name: String,
    pub signature: DrawnSignature,
    pub signed_at: NaiveDateTime,
}

const COLUMNS: &str =
    "id, kind, title_zh, title_en, body, signers, place_zh, place_en, date, created_at";

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Declaration, StoreError>> {
    let id: i64 = row.get("id")?;
    let kind: String = row.get("kind")?;
    let body: String = row.get("body")?;
    let signers: String = row.get("signers")?;
    let date: Option<NaiveDate> = row.get("date")?;
    let Some(kind) = DeclarationKind::from_key(&kind) else {
        return Ok(Err(corrupt(format!("declaration {id} kind {kind:?}"))));
    };
    let sections = match serde_json::from_str::<Vec<DeclarationSection>>(&body) {
        Ok(s) => s,
        Err(e) => return Ok(Err(corrupt(format!("declaration {id} body: {e}")))),
    };
    let signers = match serde_json::from_str::<Vec<DeclarationSigner>>(&signers) {
        Ok(s) => s,
        Err(e) => return Ok(Err(corrupt(format!("declaration {id} signers: {e}")))),
    };
    Ok(Ok(Declaration {
        id,
        kind,
        title_zh: row.get("title_zh")?,
        title_en: row.get("title_en")?,
        sections,
        signers,
        place_zh: row.get("place_zh")?,
        place_en: row.get("place_en")?,
        date,
    }))
}

fn signature_from_row(row: &Row<'_>) -> rusqlite::Result<Result<StoredSignature, StoreError>> {
    let strokes: String = row.get("strokes")?;
    let signature = match serde_json::from_str::<Vec<Vec<(f32, f32)>>>(&strokes) {
        Ok(strokes) => DrawnSignature { strokes },
        Err(e) => return Ok(Err(corrupt(format!("drawn signature: {e}")))),
    };
    Ok(Ok(StoredSignature {
        role: row.get("signer_role")?,
        name: row.get("signer_name")?,
        signature,
        signed_at: row.get("signed_at")?,
    }))
}

/// The strokes as stored: simplified, then checked (too many points is refused before the
/// work of simplifying them).
pub(crate) fn checked_signature(signature: &DrawnSignature) -> Result<DrawnSignature, StoreError> {
    if signature.point_count() > 4 * MAX_SIGNATURE_POINTS {
        return Err(StoreError::InvalidSignature(FieldProblem::TooLong));
    }
    let signature = signature.simplified(SIMPLIFY_TOLERANCE);
    signature
        .validate()
        .map_err(|e| StoreError::InvalidSignature(e.problem))?;
    Ok(signature)
}

impl Store {
    /// Creates (id 0) or updates a declaration after checking it, and returns it as stored.
    /// A declaration someone has signed is not changed: its signatures are cleared first.
    pub fn save_declaration(
        &mut self,
        declaration: &Declaration,
        now: NaiveDateTime,
    ) -> Result<Declaration, StoreError> {
        declaration.validate().map_err(StoreError::Invalid)?;
        let dialogue_id = self.require_dialogue()?.id;
        let body = serde_json::to_string(&declaration.sections).map_err(corrupt)?;
        let signers = serde_json::to_string(&declaration.signers).map_err(corrupt)?;
        let tx = self.conn.transaction()?;
        let id = if declaration.id == 0 {
            tx.execute(
                "INSERT INTO declaration (dialogue_id, kind, title_zh, title_en, body, signers,
                    place_zh, place_en, date, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                params![
                    dialogue_id,
                    declaration.kind.key(),
                    declaration.title_zh,
                    declaration.title_en,
                    body,
                    signers,
                    declaration.place_zh,
                    declaration.place_en,
                    declaration.date,
                    now,
                ],
            )?;
            tx.last_insert_rowid()
        } else {
            let id = declaration.id;
            let exists: Option<i64> = tx
                .query_row("SELECT id FROM declaration WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .optional()?;
            if exists.is_none() {
                return Err(StoreError::DeclarationNotFound(id));
            }
            let signed: i64 = tx.query_row(
                "SELECT COUNT(*) FROM drawn_signature WHERE declaration_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if signed > 0 {
                return Err(StoreError::DeclarationSigned {
                    id,
                    count: signed as usize,
                });
            }
            tx.execute(
                "UPDATE declaration SET kind = ?2, title_zh = ?3, title_en = ?4, body = ?5,
                    signers = ?6, place_zh = ?7, place_en = ?8, date = ?9, updated_at = ?10
                 WHERE id = ?1",
                params![
                    id,
                    declaration.kind.key(),
                    declaration.title_zh,
                    declaration.title_en,
                    body,
                    signers,
                    declaration.place_zh,
                    declaration.place_en,
                    declaration.date,
                    now,
                ],
            )?;
            id
        };
        tx.commit()?;
        self.declaration(id)
    }

    /// Every declaration of the dialogue, oldest first.
    pub fn declarations(&self) -> Result<Vec<Declaration>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM declaration ORDER BY id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], from_row)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// One declaration, or [`StoreError::DeclarationNotFound`].
    pub fn declaration(&self, id: i64) -> Result<Declaration, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM declaration WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], from_row)
            .optional()?
            .ok_or(StoreError::DeclarationNotFound(id))?
    }

    /// The most recently created declaration of a kind.
    pub fn latest_declaration(
        &self,
        kind: DeclarationKind,
    ) -> Result<Option<Declaration>, StoreError> {
        let sql =
            format!("SELECT {COLUMNS} FROM declaration WHERE kind = ?1 ORDER BY id DESC LIMIT 1");
        self.conn
            .query_row(&sql, [kind.key()], from_row)
            .optional()?
            .transpose()
    }

    /// Stores the signature `role` drew on a declaration, replacing one drawn before. The
    /// signers sign in their order: everyone listed before `role` must have signed.
    pub fn save_drawn_signature(
        &mut self,
        declaration_id: i64,
        role: &str,
        signature: &DrawnSignature,
        signed_at: NaiveDateTime,
    ) -> Result<StoredSignature, StoreError> {
        let signature = checked_signature(signature)?;
        let declaration = self.declaration(declaration_id)?;
        let Some(signer) = declaration.signer(role) else {
            return Err(StoreError::SignerNotFound {
                declaration: declaration_id,
                role: role.to_owned(),
            });
        };
        let signed: Vec<String> = self
            .drawn_signatures(declaration_id)?
            .into_iter()
            .map(|s| s.role)
            .collect();
        let signed: Vec<&str> = signed.iter().map(String::as_str).collect();
        let before = declaration
            .signers
            .iter()
            .take_while(|s| s.role != role)
            .find(|s| !signed.contains(&s.role.as_str()));
        if let Some(waiting) = before {
            return Err(StoreError::SignatureOutOfTurn {
                role: role.to_owned(),
                waiting_for: waiting.name.clone(),
            });
        }
        let strokes = serde_json::to_string(&signature.strokes).map_err(corrupt)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO drawn_signature (declaration_id, signer_role, signer_name, strokes, signed_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (declaration_id, signer_role) DO UPDATE SET
                signer_name = excluded.signer_name, strokes = excluded.strokes,
                signed_at = excluded.signed_at",
            params![declaration_id, role, signer.name, strokes, signed_at],
        )?;
        tx.commit()?;
        Ok(StoredSignature {
            role: role.to_owned(),
            name: signer.name.clone(),
            signature,
            signed_at,
        })
    }

    /// Removes the signature `role` drew; false when there was none.
    pub fn clear_drawn_signature(
        &mut self,
        declaration_id: i64,
        role: &str,
    ) -> Result<bool, StoreError> {
        self.declaration(declaration_id)?;
        let tx = self.conn.transaction()?;
        let removed = tx.execute(
            "DELETE FROM drawn_signature WHERE declaration_id = ?1 AND signer_role = ?2",
            params![declaration_id, role],
        )?;
        tx.commit()?;
        Ok(removed > 0)
    }

    /// The signatures drawn on a declaration, in the order they were made.
    pub fn drawn_signatures(
        &self,
        declaration_id: i64,
    ) -> Result<Vec<StoredSignature>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT signer_role, signer_name, strokes, signed_at FROM drawn_signature
             WHERE declaration_id = ?1 ORDER BY signed_at, id",
        )?;
        let rows = stmt.query_map([declaration_id], signature_from_row)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }
}
