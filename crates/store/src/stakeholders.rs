//! The stakeholder register (minimal: the register work extends it).

use concord_domain::{HelixGroup, Role, Sector, Stakeholder};
use rusqlite::{Row, params};

use crate::{Store, StoreError};

/// A stakeholder before it has an id.
#[derive(Debug, Clone)]
pub struct NewStakeholder {
    pub name_zh: String,
    pub name_en: String,
    pub organisation_zh: String,
    pub organisation_en: String,
    pub sector: Sector,
    pub helix: HelixGroup,
    pub role: Role,
    pub email: String,
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Stakeholder, StoreError>> {
    let sector: String = row.get("sector")?;
    let helix: String = row.get("helix")?;
    let role: String = row.get("role")?;
    let (Some(sector), Some(helix), Some(role)) = (
        Sector::from_key(&sector),
        HelixGroup::from_key(&helix),
        Role::from_key(&role),
    ) else {
        return Ok(Err(StoreError::Corrupt(format!(
            "stakeholder {sector}/{helix}/{role}"
        ))));
    };
    Ok(Ok(Stakeholder {
        id: row.get("id")?,
        name_zh: row.get("name_zh")?,
        name_en: row.get("name_en")?,
        organisation_zh: row.get("organisation_zh")?,
        organisation_en: row.get("organisation_en")?,
        sector,
        helix,
        role,
        email: row.get("email")?,
        withdrawn: row.get("withdrawn")?,
    }))
}

impl Store {
    /// Adds stakeholders to the dialogue in one transaction; all or nothing.
    pub fn add_stakeholders(&mut self, people: &[NewStakeholder]) -> Result<Vec<i64>, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self.conn.transaction()?;
        let mut ids = Vec::with_capacity(people.len());
        {
            let mut insert = tx.prepare(
                "INSERT INTO stakeholder (dialogue_id, name_zh, name_en, organisation_zh,
                    organisation_en, sector, helix, role, email)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for p in people {
                insert.execute(params![
                    dialogue_id,
                    p.name_zh.trim(),
                    p.name_en.trim(),
                    p.organisation_zh.trim(),
                    p.organisation_en.trim(),
                    p.sector.key(),
                    p.helix.key(),
                    p.role.key(),
                    p.email.trim(),
                ])?;
                ids.push(tx.last_insert_rowid());
            }
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Everyone in the register, in the order they were added.
    pub fn stakeholders(&self) -> Result<Vec<Stakeholder>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT * FROM stakeholder ORDER BY id")?;
        let rows = stmt.query_map([], from_row)?;
        rows.map(|row| row?).collect()
    }

    pub fn stakeholder_count(&self) -> Result<usize, StoreError> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM stakeholder", [], |r| r.get(0))?;
        Ok(usize::try_from(count).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    #[test]
    fn adding_is_all_or_nothing() {
        let mut store = Store::open_in_memory().expect("store");
        store.save_dialogue(&demo::dialogue()).expect("dialogue");
        let mut people = demo::stakeholders();
        people[3].name_zh.clear();
        people[3].name_en = "   ".into();
        assert!(
            store.add_stakeholders(&people).is_err(),
            "a person without any name is refused"
        );
        assert_eq!(store.stakeholder_count().expect("count"), 0);

        people[3].name_en = "Zhang Wei".into();
        let ids = store.add_stakeholders(&people).expect("add");
        assert_eq!(ids.len(), people.len());
        let stored = store.stakeholders().expect("list");
        assert_eq!(stored[3].name_en, "Zhang Wei");
        assert_eq!(stored[0].sector, people[0].sector);
    }

    #[test]
    fn stakeholders_need_a_dialogue() {
        let mut store = Store::open_in_memory().expect("store");
        assert!(matches!(
            store.add_stakeholders(&demo::stakeholders()),
            Err(StoreError::NoDialogue)
        ));
    }
}
