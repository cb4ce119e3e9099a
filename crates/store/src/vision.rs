//! The Vision: numbered versions with their sections and bilingual paragraphs, stakeholders'
//! amendments and adoption through a consensus question (migration 013). The rules are
//! `concord-vision`'s; the schema's triggers refuse the same things again for any other writer.

use chrono::NaiveDateTime;
use concord_vision::{
    AdoptionRefusal, Amendment, AmendmentRefusal, EditRefusal, ParagraphKey, ParagraphText,
    Proposal, Saved, SectionKind, Settlement, Version, VersionState,
};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use crate::questions::question_outcome;
use crate::vision_rows::{
    NewAmendment, StoredAmendment, StoredVersion, insert_version, load_amendment, load_version,
    version_ids,
};
use crate::{Store, StoreError};

/// What the store refuses about the Vision, said by the rules or by a trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VisionRefusal {
    /// The version is adopted or superseded; its text never changes (0: named by a trigger).
    Frozen {
        number: u32,
    },
    /// The question is not decided, or its outcome did not adopt (0: named by a trigger).
    AdoptionRefused {
        question_id: i64,
    },
    /// The question does not agree with how the amendment would be settled.
    SettlementRefused {
        question_id: i64,
    },
    /// The dialogue has no Vision yet.
    NoVersion,
    VersionNotFound {
        number: u32,
    },
    ParagraphNotFound {
        id: i64,
    },
    AmendmentNotFound {
        id: i64,
    },
    Edit(EditRefusal),
    Amendment(AmendmentRefusal),
    Adoption(AdoptionRefusal),
    /// Only an adopted version is signed (0: named by a trigger).
    SignatureNotAdopted {
        number: u32,
    },
    /// A question is about a pending amendment only (0: named by a trigger).
    LinkRefused {
        amendment: i64,
    },
    /// The question is about another amendment, which is the one it settles.
    QuestionAboutAnother {
        question_id: i64,
        amendment: i64,
    },
    /// A question is about the amendment; it stays (0: named by a trigger).
    AmendmentLinked {
        id: i64,
    },
}

impl VisionRefusal {
    /// The Fluent id and variables of the message that says it.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let n = |v: &dyn ToString| v.to_string();
        match self {
            VisionRefusal::Frozen { number } => {
                ("vision-store-frozen", vec![("number", n(number))])
            }
            VisionRefusal::AdoptionRefused { question_id } => (
                "vision-store-adoption-refused",
                vec![("question", n(question_id))],
            ),
            VisionRefusal::SettlementRefused { question_id } => (
                "vision-store-settlement-refused",
                vec![("question", n(question_id))],
            ),
            VisionRefusal::NoVersion => ("vision-store-no-version", vec![]),
            VisionRefusal::VersionNotFound { number } => (
                "vision-adoption-no-such-version",
                vec![("number", n(number))],
            ),
            VisionRefusal::ParagraphNotFound { id } => {
                ("vision-store-no-paragraph", vec![("id", n(id))])
            }
            VisionRefusal::AmendmentNotFound { id } => {
                ("vision-store-no-amendment", vec![("id", n(id))])
            }
            VisionRefusal::Edit(refusal) => (refusal.message_id(), edit_args(refusal)),
            VisionRefusal::Amendment(refusal) => (refusal.message_id(), amendment_args(refusal)),
            VisionRefusal::Adoption(refusal) => (refusal.message_id(), adoption_args(refusal)),
            VisionRefusal::SignatureNotAdopted { number } => {
                ("vision-signature-not-adopted", vec![("number", n(number))])
            }
            VisionRefusal::LinkRefused { amendment } => {
                ("vision-store-link-refused", vec![("id", n(amendment))])
            }
            VisionRefusal::QuestionAboutAnother {
                question_id,
                amendment,
            } => (
                "vision-store-question-about-another",
                vec![("question", n(question_id)), ("id", n(amendment))],
            ),
            VisionRefusal::AmendmentLinked { id } => {
                ("vision-store-amendment-linked", vec![("id", n(id))])
            }
        }
    }

    pub(crate) fn from_trigger_message(message: &str) -> Option<VisionRefusal> {
        match message {
            "concord: vision frozen" => Some(VisionRefusal::Frozen { number: 0 }),
            "concord: vision adoption refused" => {
                Some(VisionRefusal::AdoptionRefused { question_id: 0 })
            }
            "concord: vision amendment to a frozen version" => Some(VisionRefusal::Amendment(
                AmendmentRefusal::VersionNotADraft {
                    number: 0,
                    state: VersionState::Adopted,
                },
            )),
            "concord: vision amendment settled" => {
                Some(VisionRefusal::Amendment(AmendmentRefusal::AlreadySettled {
                    id: 0,
                }))
            }
            "concord: vision signature on a version not adopted" => {
                Some(VisionRefusal::SignatureNotAdopted { number: 0 })
            }
            "concord: vision amendment settlement refused" => {
                Some(VisionRefusal::SettlementRefused { question_id: 0 })
            }
            "concord: vision amendment link refused" => {
                Some(VisionRefusal::LinkRefused { amendment: 0 })
            }
            "concord: vision amendment linked" => Some(VisionRefusal::AmendmentLinked { id: 0 }),
            _ => None,
        }
    }
}

fn edit_args(refusal: &EditRefusal) -> Vec<(&'static str, String)> {
    match refusal {
        EditRefusal::NotADraft { number, state } => vec![
            ("number", number.to_string()),
            ("state", state.key().to_owned()),
        ],
        EditRefusal::NoSuchSection { index } => vec![("index", index.to_string())],
        EditRefusal::PositionOutOfRange { position, len } => {
            vec![("position", position.to_string()), ("len", len.to_string())]
        }
        EditRefusal::NoSuchParagraph { .. } | EditRefusal::FixedSection => vec![],
    }
}

fn amendment_args(refusal: &AmendmentRefusal) -> Vec<(&'static str, String)> {
    match refusal {
        AmendmentRefusal::VersionNotADraft { number, state } => vec![
            ("number", number.to_string()),
            ("state", state.key().to_owned()),
        ],
        AmendmentRefusal::NoSuchParagraph { version, .. } => {
            vec![("version", version.to_string())]
        }
        _ => vec![],
    }
}

fn adoption_args(refusal: &AdoptionRefusal) -> Vec<(&'static str, String)> {
    match refusal {
        AdoptionRefusal::NoSuchVersion { number } => vec![("number", number.to_string())],
        AdoptionRefusal::NotADraft { number, state } => vec![
            ("number", number.to_string()),
            ("state", state.key().to_owned()),
        ],
        AdoptionRefusal::OlderThanAdopted { number, adopted } => vec![
            ("number", number.to_string()),
            ("adopted", adopted.to_string()),
        ],
        AdoptionRefusal::QuestionUndecided { .. } | AdoptionRefusal::QuestionDidNotAdopt { .. } => {
            vec![]
        }
    }
}

fn refused(refusal: VisionRefusal) -> StoreError {
    StoreError::Vision(refusal)
}

/// Names the version in a trigger's refusal where the caller knows it.
fn numbered(error: StoreError, number: u32) -> StoreError {
    match error {
        StoreError::Vision(VisionRefusal::Frozen { .. }) => {
            refused(VisionRefusal::Frozen { number })
        }
        other => other,
    }
}

impl Store {
    /// Every version of the Vision, by number, each with its sections and paragraphs.
    pub fn vision_versions(&self) -> Result<Vec<StoredVersion>, StoreError> {
        version_ids(&self.conn)?
            .into_iter()
            .map(|id| load_version(&self.conn, id))
            .collect()
    }

    /// Version `number`, or the latest when `None`.
    pub fn vision_version(&self, number: Option<u32>) -> Result<StoredVersion, StoreError> {
        let id: Option<i64> = match number {
            Some(number) => self
                .conn
                .query_row(
                    "SELECT id FROM vision_version WHERE number = ?1",
                    [number],
                    |r| r.get(0),
                )
                .optional()?,
            None => self
                .conn
                .query_row(
                    "SELECT id FROM vision_version ORDER BY number DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?,
        };
        match (id, number) {
            (Some(id), _) => load_version(&self.conn, id),
            (None, Some(number)) => Err(refused(VisionRefusal::VersionNotFound { number })),
            (None, None) => Err(refused(VisionRefusal::NoVersion)),
        }
    }

    /// Saves `version`'s content as a new draft under the next number (its own number and
    /// state are not used): "Save as version N".
    pub fn save_vision_version(&mut self, version: &Version) -> Result<StoredVersion, StoreError> {
        let dialogue_id = self.require_dialogue()?.id;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id = insert_version(&tx, dialogue_id, version)?;
        let stored = load_version(&tx, id)?;
        tx.commit()?;
        Ok(stored)
    }

    /// A new draft from the command line's paired texts. Paragraph i takes the place (and the
    /// key, so the diff pairs them) of paragraph i of the latest version; more paragraphs are
    /// added at the end of its last section, fewer remove the last ones. A first version has
    /// its first paragraph as the purpose and the others in a free section, for the drafters
    /// to place.
    pub fn new_vision_version_from_texts(
        &mut self,
        texts: Vec<ParagraphText>,
        saved: Saved,
    ) -> Result<StoredVersion, StoreError> {
        let latest = match self.vision_version(None) {
            Ok(latest) => Some(latest.version),
            Err(StoreError::Vision(VisionRefusal::NoVersion)) => None,
            Err(other) => return Err(other),
        };
        let edit = |e: EditRefusal| refused(VisionRefusal::Edit(e));
        let mut version = match &latest {
            Some(latest) => latest.next_draft(saved),
            None => Version::first_draft(saved),
        };
        let keys: Vec<ParagraphKey> = version.paragraphs().map(|p| p.key).collect();
        let mut texts = texts.into_iter();
        if latest.is_none() {
            if let Some(first) = texts.next() {
                version.add_paragraph(0, 0, first).map_err(edit)?;
            }
            let rest: Vec<ParagraphText> = texts.by_ref().collect();
            if !rest.is_empty() {
                let section = version
                    .add_section(
                        version.sections.len(),
                        SectionKind::Free {
                            title_zh: "正文".to_owned(),
                            title_en: "Text".to_owned(),
                        },
                    )
                    .map_err(edit)?;
                for (position, text) in rest.into_iter().enumerate() {
                    version
                        .add_paragraph(section, position, text)
                        .map_err(edit)?;
                }
            }
        } else {
            let mut used = 0;
            for (key, text) in keys.iter().zip(texts.by_ref()) {
                version.edit_paragraph(*key, text).map_err(edit)?;
                used += 1;
            }
            for key in &keys[used..] {
                version.remove_paragraph(*key).map_err(edit)?;
            }
            let last = version.sections.len().saturating_sub(1);
            for text in texts {
                let position = version.sections[last].paragraphs.len();
                version.add_paragraph(last, position, text).map_err(edit)?;
            }
        }
        self.save_vision_version(&version)
    }

    /// "Save draft": the texts of a draft's paragraphs, by key, and its neutrality year, written
    /// in place. Refused (and nothing written) for a version that is adopted or superseded, or
    /// a key the version does not hold.
    pub fn save_vision_draft(
        &mut self,
        number: u32,
        texts: &[(ParagraphKey, ParagraphText)],
        neutrality_year: Option<i32>,
    ) -> Result<StoredVersion, StoreError> {
        let stored = self.vision_version(Some(number))?;
        let mut version = stored.version.clone();
        let edit = |e: EditRefusal| refused(VisionRefusal::Edit(e));
        for (key, text) in texts {
            version.edit_paragraph(*key, text.clone()).map_err(edit)?;
        }
        version.set_neutrality_year(neutrality_year).map_err(edit)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for paragraph in version.paragraphs() {
            tx.execute(
                "UPDATE vision_paragraph SET text_zh = ?3, text_en = ?4, not_yet_translated = ?5
                    WHERE version_id = ?1 AND key = ?2
                      AND (text_zh != ?3 OR text_en != ?4 OR not_yet_translated != ?5)",
                params![
                    stored.id,
                    paragraph.key.0,
                    paragraph.text_zh,
                    paragraph.text_en,
                    paragraph.not_yet_translated
                ],
            )
            .map_err(|e| numbered(StoreError::from(e), number))?;
        }
        tx.execute(
            "UPDATE vision_version SET neutrality_year = ?2 WHERE id = ?1
                AND neutrality_year IS NOT ?2",
            params![stored.id, neutrality_year],
        )
        .map_err(|e| numbered(StoreError::from(e), number))?;
        let saved = load_version(&tx, stored.id)?;
        tx.commit()?;
        Ok(saved)
    }

    /// The next draft of the latest version with its accepted amendments applied.
    pub fn next_vision_version_with_amendments(
        &mut self,
        saved: Saved,
    ) -> Result<StoredVersion, StoreError> {
        let latest = self.vision_version(None)?;
        let amendments: Vec<Amendment> = self
            .vision_amendments()?
            .into_iter()
            .map(|a| a.amendment)
            .filter(|a| a.version == latest.version.number)
            .collect();
        let next = concord_vision::next_draft_with_amendments(&latest.version, &amendments, saved)
            .map_err(|e| refused(VisionRefusal::Amendment(e)))?;
        self.save_vision_version(&next)
    }

    /// Every amendment, in the order they were proposed.
    pub fn vision_amendments(&self) -> Result<Vec<StoredAmendment>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM vision_amendment ORDER BY id")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, i64>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        ids.into_iter()
            .map(|id| load_amendment(&self.conn, id))
            .collect()
    }

    /// A stakeholder proposes a new text for one paragraph of a draft.
    pub fn propose_vision_amendment(
        &mut self,
        new: &NewAmendment,
        at: NaiveDateTime,
    ) -> Result<StoredAmendment, StoreError> {
        let found: Option<(i64, u32)> = self
            .conn
            .query_row(
                "SELECT version_id, key FROM vision_paragraph WHERE id = ?1",
                [new.paragraph_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (version_id, key) = found.ok_or(refused(VisionRefusal::ParagraphNotFound {
            id: new.paragraph_id,
        }))?;
        let version = load_version(&self.conn, version_id)?.version;
        let stakeholder: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT erased_on FROM stakeholder WHERE id = ?1",
                [new.proposed_by],
                |r| r.get(0),
            )
            .optional()?;
        match stakeholder {
            None => return Err(StoreError::StakeholderNotFound(new.proposed_by)),
            Some(Some(_)) => return Err(StoreError::StakeholderErased(new.proposed_by)),
            Some(None) => {}
        }
        let amendment = Amendment::propose(
            &version,
            Proposal {
                paragraph: ParagraphKey(key),
                proposed_by: new.proposed_by,
                text_zh: new.text_zh.clone(),
                text_en: new.text_en.clone(),
                reason: new.reason.trim().to_owned(),
            },
            at,
        )
        .map_err(|e| refused(VisionRefusal::Amendment(e)))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO vision_amendment (paragraph_id, proposed_by, proposed_at, text_zh,
                text_en, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                new.paragraph_id,
                amendment.proposed_by,
                amendment.proposed_at,
                amendment.text_zh,
                amendment.text_en,
                amendment.reason
            ],
        )?;
        let stored = load_amendment(&tx, tx.last_insert_rowid())?;
        tx.commit()?;
        Ok(stored)
    }

    /// Settles an amendment by a decided question: accepted when it adopted, else rejected.
    pub fn settle_vision_amendment_by_question(
        &mut self,
        id: i64,
        question_id: i64,
        at: NaiveDateTime,
    ) -> Result<StoredAmendment, StoreError> {
        let mut stored = load_amendment(&self.conn, id)?;
        let (_, outcome) = question_outcome(&self.conn, question_id)?
            .ok_or(StoreError::QuestionNotFound(question_id))?;
        if let Some(about) = amendment_of_question(&self.conn, question_id)?
            && about != id
        {
            return Err(refused(VisionRefusal::QuestionAboutAnother {
                question_id,
                amendment: about,
            }));
        }
        let outcome = outcome.ok_or(refused(VisionRefusal::Amendment(
            AmendmentRefusal::QuestionUndecided { question_id },
        )))?;
        stored
            .amendment
            .settle_by_question(question_id, &outcome, at)
            .map_err(|e| refused(VisionRefusal::Amendment(e)))?;
        let accepted = stored
            .amendment
            .settlement
            .as_ref()
            .is_some_and(Settlement::accepted);
        let status = if accepted { "accepted" } else { "rejected" };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE vision_amendment SET status = ?2, question_id = ?3, outcome = ?4,
                settled_at = ?5 WHERE id = ?1",
            params![id, status, question_id, outcome.key(), at],
        )
        .map_err(|e| match StoreError::from(e) {
            StoreError::Vision(VisionRefusal::SettlementRefused { .. }) => {
                refused(VisionRefusal::SettlementRefused { question_id })
            }
            other => other,
        })?;
        let stored = load_amendment(&tx, id)?;
        tx.commit()?;
        Ok(stored)
    }

    /// The focal point accepts an amendment as a correction that changes no meaning.
    pub fn settle_vision_amendment_editorially(
        &mut self,
        id: i64,
        reason: &str,
        at: NaiveDateTime,
    ) -> Result<StoredAmendment, StoreError> {
        let mut stored = load_amendment(&self.conn, id)?;
        stored
            .amendment
            .settle_editorially(true, reason.trim(), at)
            .map_err(|e| refused(VisionRefusal::Amendment(e)))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE vision_amendment SET status = 'editorial', editorial_reason = ?2,
                settled_at = ?3 WHERE id = ?1",
            params![id, reason.trim(), at],
        )?;
        let stored = load_amendment(&tx, id)?;
        tx.commit()?;
        Ok(stored)
    }

    /// Adopts version `number` by a decided question whose outcome adopted; the version
    /// adopted before is superseded. Refused (and nothing written) otherwise; the schema
    /// refuses it too, and freezes the version from then on.
    pub fn adopt_vision_version(
        &mut self,
        number: u32,
        question_id: i64,
        at: NaiveDateTime,
    ) -> Result<StoredVersion, StoreError> {
        let stored = self.vision_versions()?;
        let target = stored
            .iter()
            .find(|s| s.version.number == number)
            .map(|s| s.id)
            .ok_or(refused(VisionRefusal::VersionNotFound { number }))?;
        let (_, outcome) = question_outcome(&self.conn, question_id)?
            .ok_or(StoreError::QuestionNotFound(question_id))?;
        let outcome = outcome.ok_or(refused(VisionRefusal::Adoption(
            AdoptionRefusal::QuestionUndecided { question_id },
        )))?;
        let mut versions: Vec<Version> = stored.into_iter().map(|s| s.version).collect();
        concord_vision::adopt(&mut versions, number, question_id, &outcome, at)
            .map_err(|e| refused(VisionRefusal::Adoption(e)))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE vision_version SET state = 'superseded' WHERE state = 'adopted'",
            [],
        )?;
        let adopted = tx.execute(
            "UPDATE vision_version SET state = 'adopted', adopted_by_question_id = ?2,
                adopted_at = ?3 WHERE id = ?1",
            params![target, question_id, at],
        );
        match adopted.map_err(StoreError::from) {
            Err(StoreError::Vision(VisionRefusal::AdoptionRefused { .. })) => {
                return Err(refused(VisionRefusal::AdoptionRefused { question_id }));
            }
            Err(StoreError::Sqlite(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                return Err(refused(VisionRefusal::AdoptionRefused { question_id }));
            }
            Err(other) => return Err(numbered(other, number)),
            Ok(_) => {}
        }
        let version = load_version(&tx, target)?;
        tx.commit()?;
        Ok(version)
    }
}

/// The pending amendment question `question_id` is about, if it is about one.
pub(crate) fn amendment_of_question(
    conn: &rusqlite::Connection,
    question_id: i64,
) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT vision_amendment_id FROM question WHERE id = ?1",
            [question_id],
            |r| r.get::<_, Option<i64>>(0),
        )
        .optional()?
        .flatten())
}

/// Refuses a question about an amendment that does not exist or is no longer pending, naming it.
pub(crate) fn check_amendment_link(
    conn: &rusqlite::Connection,
    amendment: i64,
) -> Result<(), StoreError> {
    let status: Option<String> = conn
        .query_row(
            "SELECT status FROM vision_amendment WHERE id = ?1",
            [amendment],
            |r| r.get(0),
        )
        .optional()?;
    match status.as_deref() {
        None => Err(refused(VisionRefusal::AmendmentNotFound { id: amendment })),
        Some("pending") => Ok(()),
        Some(_) => Err(refused(VisionRefusal::LinkRefused { amendment })),
    }
}
