//! The stakeholder register: add, edit, withdraw, erase, search, and CSV imports applied in
//! one transaction. Search and sort keys (pinyin included) are computed by
//! `concord_domain::search` whenever a row is written.

use chrono::NaiveDate;
use concord_domain::search::{name_sort_key, organisation_sort_key, query_tokens, search_text};
use concord_domain::{
    DisadvantagedGroup, HelixGroup, Role, Sector, Stakeholder, StakeholderQuery, StakeholderSort,
    Status,
};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};

use crate::{Store, StoreError};

/// A stakeholder before it has an id (its `id` is ignored when added).
pub type NewStakeholder = Stakeholder;

const COLUMNS: &str = "id, name_zh, name_en, organisation_zh, organisation_en, sector, helix,
    role, groups, other_group, email, mobile, consent_date, consent_notice, status, note,
    erased_on";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Stakeholder, StoreError>> {
    let sector: String = row.get("sector")?;
    let helix: String = row.get("helix")?;
    let role: String = row.get("role")?;
    let status: String = row.get("status")?;
    let groups: String = row.get("groups")?;
    let (Some(sector), Some(helix), Some(role), Some(status)) = (
        Sector::from_key(&sector),
        HelixGroup::from_key(&helix),
        Role::from_key(&role),
        Status::from_key(&status),
    ) else {
        return Ok(Err(StoreError::Corrupt(format!(
            "stakeholder {sector}/{helix}/{role}/{status}"
        ))));
    };
    let mut parsed = Vec::new();
    for key in groups.split(';').filter(|k| !k.is_empty()) {
        match DisadvantagedGroup::from_key(key) {
            Some(group) => parsed.push(group),
            None => return Ok(Err(StoreError::Corrupt(format!("group {key}")))),
        }
    }
    Ok(Ok(Stakeholder {
        id: row.get("id")?,
        name_zh: row.get("name_zh")?,
        name_en: row.get("name_en")?,
        organisation_zh: row.get("organisation_zh")?,
        organisation_en: row.get("organisation_en")?,
        sector,
        helix,
        role,
        groups: parsed,
        other_group: row.get("other_group")?,
        email: row.get("email")?,
        mobile: row.get("mobile")?,
        consent_date: row.get("consent_date")?,
        consent_notice: row.get("consent_notice")?,
        status,
        note: row.get("note")?,
        erased_on: row.get("erased_on")?,
    }))
}

fn all_stakeholders(conn: &Connection) -> Result<Vec<Stakeholder>, StoreError> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM stakeholder ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?;
    rows.map(|row| row?).collect()
}

fn groups_key(groups: &[DisadvantagedGroup]) -> String {
    groups.iter().map(|g| g.key()).collect::<Vec<_>>().join(";")
}

/// The values written for a person, in the order of `WRITE_COLUMNS`.
fn write_values(p: &Stakeholder) -> Vec<Value> {
    let text = |s: &str| Value::Text(s.trim().to_owned());
    let date = |d: Option<NaiveDate>| {
        d.map_or(Value::Null, |d| {
            Value::Text(d.format("%Y-%m-%d").to_string())
        })
    };
    vec![
        text(&p.name_zh),
        text(&p.name_en),
        text(&p.organisation_zh),
        text(&p.organisation_en),
        text(p.sector.key()),
        text(p.helix.key()),
        text(p.role.key()),
        text(&groups_key(&p.groups)),
        text(&p.other_group),
        text(&p.email),
        text(&p.mobile),
        date(p.consent_date),
        text(&p.consent_notice),
        text(p.status.key()),
        Value::Integer(i64::from(p.withdrawn())),
        text(&p.note),
        date(p.erased_on),
        Value::Text(search_text(p)),
        Value::Text(name_sort_key(p)),
        Value::Text(organisation_sort_key(p)),
    ]
}

const WRITE_COLUMNS: &str = "name_zh, name_en, organisation_zh, organisation_en, sector, helix,
    role, groups, other_group, email, mobile, consent_date, consent_notice, status, withdrawn,
    note, erased_on, search_text, name_sort, org_sort";

fn insert_all(
    tx: &Transaction<'_>,
    dialogue_id: i64,
    people: &[Stakeholder],
) -> Result<Vec<i64>, StoreError> {
    let mut insert = tx.prepare(&format!(
        "INSERT INTO stakeholder (dialogue_id, {WRITE_COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21)"
    ))?;
    let mut ids = Vec::with_capacity(people.len());
    for p in people {
        let mut values = vec![Value::Integer(dialogue_id)];
        values.extend(write_values(p));
        insert.execute(rusqlite::params_from_iter(values))?;
        ids.push(tx.last_insert_rowid());
    }
    Ok(ids)
}

fn update_all(tx: &Transaction<'_>, people: &[Stakeholder]) -> Result<(), StoreError> {
    let sets: Vec<String> = WRITE_COLUMNS
        .split(',')
        .enumerate()
        .map(|(i, c)| format!("{} = ?{}", c.trim(), i + 1))
        .collect();
    let mut update = tx.prepare(&format!(
        "UPDATE stakeholder SET {} WHERE id = ?21",
        sets.join(", ")
    ))?;
    for p in people {
        let mut values = write_values(p);
        values.push(Value::Integer(p.id));
        if update.execute(rusqlite::params_from_iter(values))? == 0 {
            return Err(StoreError::StakeholderNotFound(p.id));
        }
    }
    Ok(())
}

impl Store {
    /// Adds stakeholders to the dialogue in one transaction; all or nothing.
    /// The caller validates first (`StakeholderDraft::validate`); the schema checks the rest.
    pub fn add_stakeholders(&mut self, people: &[Stakeholder]) -> Result<Vec<i64>, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self.conn.transaction()?;
        let ids = insert_all(&tx, dialogue_id, people)?;
        tx.commit()?;
        Ok(ids)
    }

    /// Adds one person and returns them as stored.
    pub fn add_stakeholder(&mut self, person: &Stakeholder) -> Result<Stakeholder, StoreError> {
        let ids = self.add_stakeholders(std::slice::from_ref(person))?;
        self.stakeholder(ids.first().copied().unwrap_or_default())
    }

    /// Saves the changes to a person. An erased person cannot be edited any more.
    pub fn update_stakeholder(&mut self, person: &Stakeholder) -> Result<Stakeholder, StoreError> {
        let current = self.stakeholder(person.id)?;
        if current.erased() {
            return Err(StoreError::StakeholderErased(person.id));
        }
        let tx = self.conn.transaction()?;
        update_all(&tx, std::slice::from_ref(person))?;
        tx.commit()?;
        self.stakeholder(person.id)
    }

    /// Marks a person as withdrawn: their record, attendance and positions stay.
    pub fn withdraw_stakeholder(&mut self, id: i64) -> Result<Stakeholder, StoreError> {
        let mut person = self.stakeholder(id)?;
        if person.erased() {
            return Err(StoreError::StakeholderErased(id));
        }
        person.status = Status::Withdrawn;
        let tx = self.conn.transaction()?;
        update_all(&tx, std::slice::from_ref(&person))?;
        tx.commit()?;
        self.stakeholder(id)
    }

    /// Erases a person's personal data on request; they stay as a pseudonym, withdrawn.
    pub fn erase_stakeholder(
        &mut self,
        id: i64,
        today: NaiveDate,
    ) -> Result<Stakeholder, StoreError> {
        let person = self.stakeholder(id)?;
        if person.erased() {
            return Ok(person);
        }
        let tx = self.conn.transaction()?;
        update_all(&tx, &[person.erase(today)])?;
        tx.commit()?;
        // The audit log must not keep what was erased; its chain still verifies after redaction.
        self.redact_audit("stakeholder", &id.to_string())?;
        self.stakeholder(id)
    }

    /// Writes an import in one transaction: new people added, existing people updated.
    /// Returns the ids of the added people.
    pub fn apply_stakeholder_import(
        &mut self,
        added: &[Stakeholder],
        updated: &[Stakeholder],
    ) -> Result<Vec<i64>, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        update_all(&tx, updated)?;
        let ids = insert_all(&tx, dialogue_id, added)?;
        tx.commit()?;
        Ok(ids)
    }

    /// Plans and writes an import in one IMMEDIATE transaction. `plan` sees the register as
    /// it is inside that transaction, so two imports at once (two windows, two `concord`
    /// commands) cannot both find a person missing and both add them: the second waits, then
    /// finds the first one's people. `plan` returns `None` to refuse; nothing is written then.
    /// Returns the ids of the added people, or `None` when refused.
    pub fn import_stakeholders_with<F>(&mut self, plan: F) -> Result<Option<Vec<i64>>, StoreError>
    where
        F: FnOnce(&[Stakeholder]) -> Option<(Vec<Stakeholder>, Vec<Stakeholder>)>,
    {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing = all_stakeholders(&tx)?;
        let Some((added, updated)) = plan(&existing) else {
            return Ok(None);
        };
        update_all(&tx, &updated)?;
        let ids = insert_all(&tx, dialogue_id, &added)?;
        tx.commit()?;
        Ok(Some(ids))
    }

    pub fn stakeholder(&self, id: i64) -> Result<Stakeholder, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM stakeholder WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(StoreError::StakeholderNotFound(id))?
    }

    /// Everyone in the register, in the order they were added.
    pub fn stakeholders(&self) -> Result<Vec<Stakeholder>, StoreError> {
        all_stakeholders(&self.conn)
    }

    pub fn stakeholder_count(&self) -> Result<usize, StoreError> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM stakeholder", [], |r| r.get(0))?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// The ids of the people matching the search box and filters, in the chosen order.
    /// Every word of `query.text` must occur in a name (either script, or its pinyin, full or
    /// initials), the organisation, the e-mail or the mobile.
    pub fn search_stakeholders(&self, query: &StakeholderQuery) -> Result<Vec<i64>, StoreError> {
        let mut sql = String::from(
            "SELECT id FROM stakeholder WHERE (?1 IS NULL OR sector = ?1)
               AND (?2 IS NULL OR helix = ?2) AND (?3 IS NULL OR role = ?3)
               AND (?4 IS NULL OR status = ?4)
               AND (?5 IS NULL OR instr(';' || groups || ';', ';' || ?5 || ';') > 0)",
        );
        let mut values: Vec<Value> = vec![
            key_or_null(query.sector.map(Sector::key)),
            key_or_null(query.helix.map(HelixGroup::key)),
            key_or_null(query.role.map(Role::key)),
            key_or_null(query.status.map(Status::key)),
            key_or_null(query.group.map(DisadvantagedGroup::key)),
        ];
        for token in query_tokens(&query.text) {
            values.push(Value::Text(token));
            sql.push_str(&format!(" AND instr(search_text, ?{}) > 0", values.len()));
        }
        sql.push_str(match query.sort {
            StakeholderSort::Name => " ORDER BY name_sort, id",
            StakeholderSort::Organisation => " ORDER BY org_sort = '', org_sort, name_sort, id",
            StakeholderSort::Sector => " ORDER BY sector_rank, name_sort, id",
            StakeholderSort::Recent => " ORDER BY id DESC",
        });
        if query.sort == StakeholderSort::Sector {
            sql = sql.replace(
                "SELECT id FROM",
                &format!("SELECT id, {} AS sector_rank FROM", sector_rank()),
            );
        }
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Computes the search and sort keys of rows written before they existed (migration 4).
    pub(crate) fn reindex_stakeholders(&mut self) -> Result<usize, StoreError> {
        let stale: Vec<i64> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM stakeholder WHERE search_text IS NULL")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        if stale.is_empty() {
            return Ok(0);
        }
        let people = stale
            .iter()
            .map(|id| self.stakeholder(*id))
            .collect::<Result<Vec<_>, _>>()?;
        let tx = self.conn.transaction()?;
        {
            let mut update = tx.prepare(
                "UPDATE stakeholder SET search_text = ?1, name_sort = ?2, org_sort = ?3 WHERE id = ?4",
            )?;
            for p in &people {
                update.execute(params![
                    search_text(p),
                    name_sort_key(p),
                    organisation_sort_key(p),
                    p.id
                ])?;
            }
        }
        tx.commit()?;
        Ok(people.len())
    }
}

fn key_or_null(key: Option<&str>) -> Value {
    key.map_or(Value::Null, |k| Value::Text(k.to_owned()))
}

fn sector_rank() -> String {
    let mut case = String::from("CASE sector");
    for s in Sector::ALL {
        case.push_str(&format!(" WHEN '{}' THEN {}", s.key(), s.index()));
    }
    case.push_str(" ELSE 99 END");
    case
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn store_with_demo() -> Store {
        let mut store = Store::open_in_memory().expect("store");
        demo::create(&mut store, demo::sample_date()).expect("demo");
        store
    }

    fn names(store: &Store, ids: &[i64]) -> Vec<String> {
        ids.iter()
            .map(|id| {
                store
                    .stakeholder(*id)
                    .expect("person")
                    .name(true)
                    .to_owned()
            })
            .collect()
    }

    fn query(text: &str) -> StakeholderQuery {
        StakeholderQuery {
            text: text.into(),
            ..StakeholderQuery::default()
        }
    }

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

    #[test]
    fn every_field_survives_storage() {
        let mut store = store_with_demo();
        let mut p = Stakeholder::new("吉𠮷", "Ji Ji", Sector::Citizen, Role::Observer);
        p.organisation_zh = "朝阳街道".into();
        p.groups = vec![DisadvantagedGroup::Youth, DisadvantagedGroup::Other];
        p.other_group = "返乡农民工".into();
        p.email = "ji@example.cn".into();
        p.mobile = "+86 139 0000 0000".into();
        p.consent_date = NaiveDate::from_ymd_opt(2026, 10, 1);
        p.consent_notice = "隐私告知书 2026 版".into();
        p.status = Status::Invited;
        p.note = "第一行\n第二行".into();
        let stored = store.add_stakeholder(&p).expect("add");
        assert!(stored.id > 0);
        assert_eq!(
            Stakeholder {
                id: 0,
                ..stored.clone()
            },
            p
        );

        let mut edited = stored.clone();
        edited.role = Role::VotingMember;
        edited.name_en = "Ji Xiaoji".into();
        let saved = store.update_stakeholder(&edited).expect("update");
        assert_eq!(saved, edited);
        assert!(
            store
                .search_stakeholders(&query("xiaoji"))
                .expect("search")
                .contains(&saved.id)
        );
    }

    #[test]
    fn pinyin_and_initials_find_wang_zhili() {
        let store = store_with_demo();
        for q in ["wang", "wzl", "王志立", "Wang Zhili", "wang.zhili@"] {
            let ids = store.search_stakeholders(&query(q)).expect("search");
            assert!(
                names(&store, &ids).contains(&"王志立".to_owned()),
                "{q}: {:?}",
                names(&store, &ids)
            );
        }
        let ids = store.search_stakeholders(&query("wzl")).expect("search");
        assert_eq!(names(&store, &ids), vec!["王志立"]);
    }

    #[test]
    fn filters_and_sorts() {
        let store = store_with_demo();
        let all = store.search_stakeholders(&query("")).expect("all");
        assert_eq!(all.len(), store.stakeholder_count().expect("count"));
        let sorted = names(&store, &all);
        let keys: Vec<String> = all
            .iter()
            .map(|id| name_sort_key(&store.stakeholder(*id).expect("p")))
            .collect();
        let mut expected = keys.clone();
        expected.sort();
        assert_eq!(keys, expected, "{sorted:?}");

        let research = store
            .search_stakeholders(&StakeholderQuery {
                sector: Some(Sector::Research),
                ..StakeholderQuery::default()
            })
            .expect("filter");
        assert!(!research.is_empty());
        for id in &research {
            assert_eq!(store.stakeholder(*id).expect("p").sector, Sector::Research);
        }
        let women = store
            .search_stakeholders(&StakeholderQuery {
                group: Some(DisadvantagedGroup::Women),
                ..StakeholderQuery::default()
            })
            .expect("filter");
        assert!(names(&store, &women).contains(&"张丽".to_owned()));
        let recent = store
            .search_stakeholders(&StakeholderQuery {
                sort: StakeholderSort::Recent,
                ..StakeholderQuery::default()
            })
            .expect("recent");
        assert!(recent.windows(2).all(|w| w[0] > w[1]));
        let by_sector = store
            .search_stakeholders(&StakeholderQuery {
                sort: StakeholderSort::Sector,
                ..StakeholderQuery::default()
            })
            .expect("by sector");
        let ranks: Vec<usize> = by_sector
            .iter()
            .map(|id| store.stakeholder(*id).expect("p").sector.index())
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn withdrawal_keeps_the_record_and_erasure_keeps_a_pseudonym() {
        let mut store = store_with_demo();
        let id = store.search_stakeholders(&query("𠮷祥云")).expect("s")[0];
        let withdrawn = store.withdraw_stakeholder(id).expect("withdraw");
        assert_eq!(withdrawn.status, Status::Withdrawn);
        assert_eq!(withdrawn.name_zh, "𠮷祥云");

        let day = demo::sample_date();
        let erased = store.erase_stakeholder(id, day).expect("erase");
        assert_eq!(erased.name_en, concord_domain::stakeholder::pseudonym(id));
        assert!(erased.email.is_empty() && erased.name_zh.is_empty());
        assert_eq!(erased.erased_on, Some(day));
        assert!(
            store
                .search_stakeholders(&query("xiangyun"))
                .expect("s")
                .is_empty()
        );
        let meeting = store
            .meeting(store.latest_meeting_id().expect("m"))
            .expect("m");
        assert!(
            meeting.attendance.iter().any(|a| a.stakeholder_id == id),
            "attendance stays with the pseudonym"
        );
        assert!(matches!(
            store.update_stakeholder(&erased),
            Err(StoreError::StakeholderErased(_))
        ));
        assert!(matches!(
            store.stakeholder(99_999),
            Err(StoreError::StakeholderNotFound(99_999))
        ));
    }

    #[test]
    fn an_import_is_one_transaction() {
        let mut store = store_with_demo();
        let before = store.stakeholders().expect("list");
        let mut update = before[0].clone();
        update.note = "updated".into();
        let mut ghost = before[1].clone();
        ghost.id = 77_777;
        let new = Stakeholder::new("新人", "", Sector::Investor, Role::Observer);
        assert!(
            store
                .apply_stakeholder_import(std::slice::from_ref(&new), &[update.clone(), ghost])
                .is_err()
        );
        assert_eq!(
            store.stakeholders().expect("list"),
            before,
            "nothing written"
        );
        let ids = store
            .apply_stakeholder_import(&[new], &[update])
            .expect("import");
        assert_eq!(ids.len(), 1);
        assert_eq!(store.stakeholder(before[0].id).expect("p").note, "updated");
    }
}
