//! A draft of the Vision written in place with its structure: sections and paragraphs added,
//! moved or removed, texts and the neutrality year. Rows that stay keep their ids, so an
//! amendment keeps naming its paragraph; a paragraph that an amendment names is never removed
//! (the schema's foreign key refuses it too). Everything in one transaction; the schema's
//! triggers refuse any of it on a version that is adopted or superseded.

use std::collections::HashMap;

use concord_vision::{SectionKind, Version, VersionState};
use rusqlite::{TransactionBehavior, params};

use crate::vision::VisionRefusal;
use crate::vision_rows::{StoredVersion, load_version};
use crate::{Store, StoreError};

fn kind_key(kind: &SectionKind) -> &'static str {
    match kind {
        SectionKind::Purpose => "purpose",
        SectionKind::CoreValues => "core-values",
        SectionKind::LongTermGoals => "long-term-goals",
        SectionKind::Sdgs => "sdgs",
        SectionKind::Commitments => "commitments",
        SectionKind::Free { .. } => "free",
    }
}

impl Store {
    /// The keys of version `number`'s paragraphs that an amendment names: they cannot be
    /// removed from the draft.
    pub fn vision_amended_keys(&self, number: u32) -> Result<Vec<u32>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT p.key FROM vision_amendment a
             JOIN vision_paragraph p ON p.id = a.paragraph_id
             JOIN vision_version v ON v.id = p.version_id
             WHERE v.number = ?1 ORDER BY p.key",
        )?;
        let keys = stmt
            .query_map([number], |r| r.get(0))?
            .collect::<Result<Vec<u32>, _>>()?;
        Ok(keys)
    }

    /// Writes draft `version` (its number names the row) as it now is: its sections in order
    /// with their titles, its paragraphs in order with their texts, its neutrality year and its
    /// next key. Paragraphs are matched by key, the standard sections by kind and free sections
    /// in their order. Refused, and nothing written, for a version that is not a draft.
    pub fn save_vision_draft_structure(
        &mut self,
        version: &Version,
    ) -> Result<StoredVersion, StoreError> {
        let number = version.number;
        let stored = self.vision_version(Some(number))?;
        if stored.version.state != VersionState::Draft {
            return Err(StoreError::Vision(VisionRefusal::Frozen { number }));
        }
        let frozen = |e: rusqlite::Error| match StoreError::from(e) {
            StoreError::Vision(VisionRefusal::Frozen { .. }) => {
                StoreError::Vision(VisionRefusal::Frozen { number })
            }
            other => other,
        };
        let version_id = stored.id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let sections: Vec<(i64, String)> = {
            let mut stmt = tx.prepare(
                "SELECT id, kind FROM vision_section WHERE version_id = ?1 ORDER BY position",
            )?;
            stmt.query_map([version_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<Vec<_>, _>>()?
        };
        let paragraphs: HashMap<u32, i64> = {
            let mut stmt =
                tx.prepare("SELECT key, id FROM vision_paragraph WHERE version_id = ?1")?;
            stmt.query_map([version_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<HashMap<_, _>, _>>()?
        };
        // Out of the way of the unique positions while rows change places.
        tx.execute(
            "UPDATE vision_section SET position = -id WHERE version_id = ?1",
            [version_id],
        )
        .map_err(frozen)?;
        tx.execute(
            "UPDATE vision_paragraph SET position = -id WHERE version_id = ?1",
            [version_id],
        )
        .map_err(frozen)?;
        let mut free_rows = sections
            .iter()
            .filter(|(_, kind)| kind == "free")
            .map(|(id, _)| *id)
            .collect::<Vec<_>>()
            .into_iter();
        let mut used_sections = Vec::new();
        let mut kept_keys = Vec::new();
        for (position, section) in version.sections.iter().enumerate() {
            let position = position as i64 + 1;
            let (title_zh, title_en) = match &section.kind {
                SectionKind::Free { title_zh, title_en } => (title_zh.trim(), title_en.trim()),
                _ => ("", ""),
            };
            let key = kind_key(&section.kind);
            let row = if section.kind.is_free() {
                free_rows.next()
            } else {
                sections.iter().find(|(_, k)| k == key).map(|(id, _)| *id)
            };
            let section_id = match row {
                Some(id) => {
                    tx.execute(
                        "UPDATE vision_section SET position = ?2, title_zh = ?3, title_en = ?4
                         WHERE id = ?1",
                        params![id, position, title_zh, title_en],
                    )
                    .map_err(frozen)?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO vision_section (version_id, position, kind, title_zh,
                            title_en) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![version_id, position, key, title_zh, title_en],
                    )
                    .map_err(frozen)?;
                    tx.last_insert_rowid()
                }
            };
            used_sections.push(section_id);
            for (position, p) in section.paragraphs.iter().enumerate() {
                let position = position as i64 + 1;
                match paragraphs.get(&p.key.0) {
                    Some(id) => tx.execute(
                        "UPDATE vision_paragraph SET section_id = ?2, position = ?3,
                            text_zh = ?4, text_en = ?5, not_yet_translated = ?6 WHERE id = ?1",
                        params![
                            id,
                            section_id,
                            position,
                            p.text_zh,
                            p.text_en,
                            p.not_yet_translated
                        ],
                    ),
                    None => tx.execute(
                        "INSERT INTO vision_paragraph (section_id, version_id, position, key,
                            text_zh, text_en, not_yet_translated)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            section_id,
                            version_id,
                            position,
                            p.key.0,
                            p.text_zh,
                            p.text_en,
                            p.not_yet_translated
                        ],
                    ),
                }
                .map_err(frozen)?;
                kept_keys.push(p.key.0);
            }
        }
        for (key, id) in &paragraphs {
            if kept_keys.contains(key) {
                continue;
            }
            // An amended paragraph stays: the amendment's foreign key refuses this.
            tx.execute("DELETE FROM vision_paragraph WHERE id = ?1", [id])
                .map_err(frozen)?;
        }
        for (id, _) in &sections {
            if !used_sections.contains(id) {
                tx.execute("DELETE FROM vision_section WHERE id = ?1", [id])
                    .map_err(frozen)?;
            }
        }
        tx.execute(
            "UPDATE vision_version SET neutrality_year = ?2, next_key = ?3 WHERE id = ?1
                AND (neutrality_year IS NOT ?2 OR next_key != ?3)",
            params![
                version_id,
                version.neutrality_year,
                version.next_key.max(stored.version.next_key)
            ],
        )
        .map_err(frozen)?;
        let saved = load_version(&tx, version_id)?;
        tx.commit()?;
        Ok(saved)
    }
}
