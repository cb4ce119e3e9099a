//! Loading and saving the dialogue row.

use concord_domain::{DecisionRule, Dialogue, FocalPoint, HighLevelRepresentative, RuleKind};
use rusqlite::{OptionalExtension, Row, ToSql, named_params};

use crate::{Store, StoreError};

const COLUMNS: &str = "id, city_zh, city_en, economy, partner_city_zh, partner_city_en,
    fp_family_name_zh, fp_first_name_zh, fp_family_name_en, fp_first_name_en, fp_title_zh,
    fp_title_en, fp_administration_zh, fp_administration_en, fp_economy, fp_postal_address_zh,
    fp_postal_address_en, fp_email, fp_mobile, fp_fax, fp_assistant_name_zh, fp_assistant_name_en,
    fp_assistant_email, hlr_name_zh, hlr_name_en, hlr_title_zh, hlr_title_en,
    rule_quorum_percent, rule_kind, rule_allowed_objections, rule_supermajority_num,
    rule_supermajority_den, rule_max_failed_rounds, rule_anonymous";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Dialogue, StoreError>> {
    let kind: String = row.get("rule_kind")?;
    let Some(kind) = RuleKind::from_key(&kind) else {
        return Ok(Err(StoreError::Corrupt(format!(
            "dialogue.rule_kind = {kind:?}"
        ))));
    };
    Ok(Ok(Dialogue {
        id: row.get("id")?,
        city_zh: row.get("city_zh")?,
        city_en: row.get("city_en")?,
        economy: row.get("economy")?,
        partner_city_zh: row.get("partner_city_zh")?,
        partner_city_en: row.get("partner_city_en")?,
        focal_point: FocalPoint {
            family_name_zh: row.get("fp_family_name_zh")?,
            first_name_zh: row.get("fp_first_name_zh")?,
            family_name_en: row.get("fp_family_name_en")?,
            first_name_en: row.get("fp_first_name_en")?,
            title_zh: row.get("fp_title_zh")?,
            title_en: row.get("fp_title_en")?,
            administration_zh: row.get("fp_administration_zh")?,
            administration_en: row.get("fp_administration_en")?,
            economy: row.get("fp_economy")?,
            postal_address_zh: row.get("fp_postal_address_zh")?,
            postal_address_en: row.get("fp_postal_address_en")?,
            email: row.get("fp_email")?,
            mobile: row.get("fp_mobile")?,
            fax: row.get("fp_fax")?,
            assistant_name_zh: row.get("fp_assistant_name_zh")?,
            assistant_name_en: row.get("fp_assistant_name_en")?,
            assistant_email: row.get("fp_assistant_email")?,
        },
        high_level_rep: HighLevelRepresentative {
            name_zh: row.get("hlr_name_zh")?,
            name_en: row.get("hlr_name_en")?,
            title_zh: row.get("hlr_title_zh")?,
            title_en: row.get("hlr_title_en")?,
        },
        rule: DecisionRule {
            quorum_percent: row.get("rule_quorum_percent")?,
            kind,
            allowed_objections: row.get("rule_allowed_objections")?,
            supermajority_num: row.get("rule_supermajority_num")?,
            supermajority_den: row.get("rule_supermajority_den")?,
            max_failed_rounds: row.get("rule_max_failed_rounds")?,
            anonymous: row.get("rule_anonymous")?,
        },
    }))
}

impl Store {
    /// The dialogue of this database, if one was created.
    pub fn dialogue(&self) -> Result<Option<Dialogue>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM dialogue ORDER BY id LIMIT 1");
        self.conn
            .query_row(&sql, [], from_row)
            .optional()?
            .transpose()
    }

    /// The dialogue, or [`StoreError::NoDialogue`].
    pub fn require_dialogue(&self) -> Result<Dialogue, StoreError> {
        self.dialogue()?.ok_or(StoreError::NoDialogue)
    }

    /// Creates the dialogue (id 0) or updates it, and returns it as stored.
    /// The caller validates first; the schema's checks are the last line.
    pub fn save_dialogue(&mut self, dialogue: &Dialogue) -> Result<Dialogue, StoreError> {
        let tx = self.conn.transaction()?;
        let existing: Option<(i64, String)> = tx
            .query_row(
                "SELECT id, city_zh || ' ' || city_en FROM dialogue LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let dialogue = dialogue.trimmed();
        let fp = &dialogue.focal_point;
        let rule = &dialogue.rule;
        let rule_kind = rule.kind.key();
        let mut params: Vec<(&str, &dyn ToSql)> = named_params! {
            ":city_zh": dialogue.city_zh,
            ":city_en": dialogue.city_en,
            ":economy": dialogue.economy,
            ":partner_city_zh": dialogue.partner_city_zh,
            ":partner_city_en": dialogue.partner_city_en,
            ":fp_family_name_zh": fp.family_name_zh,
            ":fp_first_name_zh": fp.first_name_zh,
            ":fp_family_name_en": fp.family_name_en,
            ":fp_first_name_en": fp.first_name_en,
            ":fp_title_zh": fp.title_zh,
            ":fp_title_en": fp.title_en,
            ":fp_administration_zh": fp.administration_zh,
            ":fp_administration_en": fp.administration_en,
            ":fp_economy": fp.economy,
            ":fp_postal_address_zh": fp.postal_address_zh,
            ":fp_postal_address_en": fp.postal_address_en,
            ":fp_email": fp.email,
            ":fp_mobile": fp.mobile,
            ":fp_fax": fp.fax,
            ":fp_assistant_name_zh": fp.assistant_name_zh,
            ":fp_assistant_name_en": fp.assistant_name_en,
            ":fp_assistant_email": fp.assistant_email,
            ":hlr_name_zh": dialogue.high_level_rep.name_zh,
            ":hlr_name_en": dialogue.high_level_rep.name_en,
            ":hlr_title_zh": dialogue.high_level_rep.title_zh,
            ":hlr_title_en": dialogue.high_level_rep.title_en,
            ":rule_quorum_percent": rule.quorum_percent,
            ":rule_kind": rule_kind,
            ":rule_allowed_objections": rule.allowed_objections,
            ":rule_supermajority_num": rule.supermajority_num,
            ":rule_supermajority_den": rule.supermajority_den,
            ":rule_max_failed_rounds": rule.max_failed_rounds,
            ":rule_anonymous": rule.anonymous,
        }
        .to_vec();
        let id = match existing {
            Some((id, city)) if dialogue.id != id => {
                return Err(StoreError::DialogueExists { city });
            }
            Some((id, _)) => {
                params.push((":id", &id));
                tx.execute(
                    "UPDATE dialogue SET city_zh = :city_zh, city_en = :city_en, economy = :economy,
                        partner_city_zh = :partner_city_zh, partner_city_en = :partner_city_en,
                        fp_family_name_zh = :fp_family_name_zh, fp_first_name_zh = :fp_first_name_zh,
                        fp_family_name_en = :fp_family_name_en, fp_first_name_en = :fp_first_name_en,
                        fp_title_zh = :fp_title_zh, fp_title_en = :fp_title_en,
                        fp_administration_zh = :fp_administration_zh,
                        fp_administration_en = :fp_administration_en, fp_economy = :fp_economy,
                        fp_postal_address_zh = :fp_postal_address_zh,
                        fp_postal_address_en = :fp_postal_address_en,
                        fp_email = :fp_email, fp_mobile = :fp_mobile, fp_fax = :fp_fax,
                        fp_assistant_name_zh = :fp_assistant_name_zh,
                        fp_assistant_name_en = :fp_assistant_name_en,
                        fp_assistant_email = :fp_assistant_email,
                        hlr_name_zh = :hlr_name_zh, hlr_name_en = :hlr_name_en,
                        hlr_title_zh = :hlr_title_zh, hlr_title_en = :hlr_title_en,
                        rule_quorum_percent = :rule_quorum_percent, rule_kind = :rule_kind,
                        rule_allowed_objections = :rule_allowed_objections,
                        rule_supermajority_num = :rule_supermajority_num,
                        rule_supermajority_den = :rule_supermajority_den,
                        rule_max_failed_rounds = :rule_max_failed_rounds, rule_anonymous = :rule_anonymous
                     WHERE id = :id",
                    params.as_slice(),
                )?;
                id
            }
            None => {
                tx.execute(
                    &format!(
                        "INSERT INTO dialogue ({cols}) VALUES ({vals})",
                        cols = COLUMNS.replacen("id, ", "", 1),
                        vals = COLUMNS
                            .replacen("id, ", "", 1)
                            .split(',')
                            .map(|c| format!(":{}", c.trim()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    params.as_slice(),
                )?;
                tx.last_insert_rowid()
            }
        };
        tx.commit()?;
        self.dialogue()?
            .filter(|d| d.id == id)
            .ok_or(StoreError::NoDialogue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    #[test]
    fn a_new_database_has_no_dialogue() {
        let store = Store::open_in_memory().expect("store");
        assert_eq!(store.dialogue().expect("read"), None);
        assert!(matches!(
            store.require_dialogue(),
            Err(StoreError::NoDialogue)
        ));
    }

    #[test]
    fn saves_then_updates_the_same_row() {
        let mut store = Store::open_in_memory().expect("store");
        let mut dialogue = demo::dialogue();
        dialogue.city_en = "  Weinan ".into();
        let saved = store.save_dialogue(&dialogue).expect("insert");
        assert!(saved.id > 0);
        assert_eq!(saved.city_en, "Weinan", "values are stored trimmed");
        assert_eq!(saved.focal_point, demo::dialogue().focal_point);

        let mut changed = saved.clone();
        changed.rule.kind = RuleKind::Supermajority;
        changed.rule.supermajority_num = 3;
        changed.rule.supermajority_den = 4;
        changed.focal_point.fax = "+86 913 000 0000".into();
        let updated = store.save_dialogue(&changed).expect("update");
        assert_eq!(updated, changed);
        assert_eq!(store.dialogue().expect("read"), Some(changed));
    }

    #[test]
    fn a_second_dialogue_is_refused_and_the_first_kept() {
        let mut store = Store::open_in_memory().expect("store");
        let first = store.save_dialogue(&demo::dialogue()).expect("insert");
        let mut other = demo::dialogue();
        other.city_en = "Xi'an".into();
        assert!(matches!(
            store.save_dialogue(&other),
            Err(StoreError::DialogueExists { .. })
        ));
        assert_eq!(store.dialogue().expect("read"), Some(first));
    }

    #[test]
    fn schema_checks_reject_what_validation_missed() {
        let mut store = Store::open_in_memory().expect("store");
        let mut dialogue = demo::dialogue();
        dialogue.rule.quorum_percent = 0;
        assert!(store.save_dialogue(&dialogue).is_err());
        assert_eq!(
            store.dialogue().expect("read"),
            None,
            "nothing half-written"
        );
    }
}
