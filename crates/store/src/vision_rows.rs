//! The Vision's rows: a version with its sections and paragraphs, and amendments, read from and
//! written to the tables of migration 013. `vision.rs` holds the operations and their rules.

use chrono::NaiveDateTime;
use concord_vision::{
    Adoption, Amendment, Paragraph, ParagraphKey, Saved, Section, SectionKind, Settlement, Version,
    VersionState,
};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::StoreError;
use crate::vision::VisionRefusal;

/// A version as stored: the crate's value, the row id of each paragraph and its adoption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredVersion {
    pub id: i64,
    pub version: Version,
    /// Each paragraph's row id (what `concord vision amend --paragraph` names), in text order.
    pub paragraph_ids: Vec<(ParagraphKey, i64)>,
    pub adoption: Option<Adoption>,
}

impl StoredVersion {
    pub fn paragraph_id(&self, key: ParagraphKey) -> Option<i64> {
        self.paragraph_ids
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, id)| *id)
    }
}

/// How an amendment stands, as the store names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmendmentStatus {
    Pending,
    Accepted,
    Rejected,
    /// Accepted by the focal point as a correction that changes no meaning.
    Editorial,
}

impl AmendmentStatus {
    pub fn key(self) -> &'static str {
        match self {
            AmendmentStatus::Pending => "pending",
            AmendmentStatus::Accepted => "accepted",
            AmendmentStatus::Rejected => "rejected",
            AmendmentStatus::Editorial => "editorial",
        }
    }

    fn parse(key: &str) -> Option<AmendmentStatus> {
        [
            AmendmentStatus::Pending,
            AmendmentStatus::Accepted,
            AmendmentStatus::Rejected,
            AmendmentStatus::Editorial,
        ]
        .into_iter()
        .find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAmendment {
    pub amendment: Amendment,
    pub paragraph_id: i64,
    pub status: AmendmentStatus,
}

/// A stakeholder's proposal, naming the paragraph by its row id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAmendment {
    pub paragraph_id: i64,
    pub proposed_by: i64,
    pub text_zh: Option<String>,
    pub text_en: Option<String>,
    pub reason: String,
}

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

fn kind_of(key: &str, title_zh: String, title_en: String) -> Result<SectionKind, StoreError> {
    Ok(match key {
        "purpose" => SectionKind::Purpose,
        "core-values" => SectionKind::CoreValues,
        "long-term-goals" => SectionKind::LongTermGoals,
        "sdgs" => SectionKind::Sdgs,
        "commitments" => SectionKind::Commitments,
        "free" => SectionKind::Free { title_zh, title_en },
        other => {
            return Err(StoreError::Corrupt(format!(
                "vision section kind {other:?}"
            )));
        }
    })
}

fn state_of(key: &str) -> Result<VersionState, StoreError> {
    match key {
        "draft" => Ok(VersionState::Draft),
        "adopted" => Ok(VersionState::Adopted),
        "superseded" => Ok(VersionState::Superseded),
        other => Err(StoreError::Corrupt(format!("vision state {other:?}"))),
    }
}

fn sdgs_of(text: &str) -> Result<Vec<u8>, StoreError> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse()
                .map_err(|_| StoreError::Corrupt(format!("vision SDG {s:?}")))
        })
        .collect()
}

fn sdgs_text(sdgs: &[u8]) -> String {
    sdgs.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
}

pub(crate) fn load_version(conn: &Connection, id: i64) -> Result<StoredVersion, StoreError> {
    type Head = (
        u32,
        String,
        String,
        String,
        NaiveDateTime,
        Option<i32>,
        String,
        u32,
    );
    let (number, state, note, by, at, neutrality_year, sdgs, next_key): Head = conn.query_row(
        // A draft is superseded as soon as a later version is saved; only the latest version
        // is a draft, and an adopted version stays adopted until a later one is adopted.
        "SELECT v.number,
                CASE WHEN v.state = 'draft' AND EXISTS (
                         SELECT 1 FROM vision_version l
                         WHERE l.dialogue_id = v.dialogue_id AND l.number > v.number)
                     THEN 'superseded' ELSE v.state END,
                v.note, v.created_by, v.created_at, v.neutrality_year, v.sdgs, v.next_key
         FROM vision_version v WHERE v.id = ?1",
        [id],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        },
    )?;
    let adoption: Option<(i64, NaiveDateTime, Option<String>)> = conn
        .query_row(
            "SELECT v.adopted_by_question_id, v.adopted_at, q.outcome
             FROM vision_version v LEFT JOIN question q ON q.id = v.adopted_by_question_id
             WHERE v.id = ?1 AND v.adopted_by_question_id IS NOT NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let mut sections = Vec::new();
    let mut paragraph_ids = Vec::new();
    let mut section_stmt = conn.prepare_cached(
        "SELECT id, kind, title_zh, title_en FROM vision_section
         WHERE version_id = ?1 ORDER BY position",
    )?;
    let rows = section_stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut paragraph_stmt = conn.prepare_cached(
        "SELECT id, key, text_zh, text_en, not_yet_translated FROM vision_paragraph
         WHERE section_id = ?1 ORDER BY position",
    )?;
    for (section_id, kind, title_zh, title_en) in rows {
        let paragraphs = paragraph_stmt
            .query_map([section_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Paragraph {
                        key: ParagraphKey(r.get(1)?),
                        text_zh: r.get(2)?,
                        text_en: r.get(3)?,
                        not_yet_translated: r.get(4)?,
                    },
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        paragraph_ids.extend(paragraphs.iter().map(|(id, p)| (p.key, *id)));
        sections.push(Section {
            kind: kind_of(&kind, title_zh, title_en)?,
            paragraphs: paragraphs.into_iter().map(|(_, p)| p).collect(),
        });
    }
    Ok(StoredVersion {
        id,
        version: Version {
            number,
            state: state_of(&state)?,
            saved: Saved { by, at, note },
            sections,
            neutrality_year,
            sdgs: sdgs_of(&sdgs)?,
            next_key,
        },
        paragraph_ids,
        adoption: adoption.map(|(question_id, at, outcome)| Adoption {
            version: number,
            question_id,
            outcome: outcome.unwrap_or_default(),
            at,
        }),
    })
}

pub(crate) fn version_ids(conn: &Connection) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.prepare("SELECT id FROM vision_version ORDER BY number")?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ids)
}

/// Writes `version` as a new draft under the next number; returns its row id.
pub(crate) fn insert_version(
    tx: &Transaction<'_>,
    dialogue_id: i64,
    version: &Version,
) -> Result<i64, StoreError> {
    let number: u32 = tx.query_row(
        "SELECT coalesce(max(number), 0) + 1 FROM vision_version WHERE dialogue_id = ?1",
        [dialogue_id],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO vision_version (dialogue_id, number, note, created_by, created_at,
            neutrality_year, sdgs, next_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            dialogue_id,
            number,
            version.saved.note.trim(),
            version.saved.by.trim(),
            version.saved.at,
            version.neutrality_year,
            sdgs_text(&version.sdgs),
            version.next_key.max(1),
        ],
    )?;
    let version_id = tx.last_insert_rowid();
    let mut section_insert = tx.prepare_cached(
        "INSERT INTO vision_section (version_id, position, kind, title_zh, title_en)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut paragraph_insert = tx.prepare_cached(
        "INSERT INTO vision_paragraph (section_id, version_id, position, key, text_zh, text_en,
            not_yet_translated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, section) in version.sections.iter().enumerate() {
        let (title_zh, title_en) = match &section.kind {
            SectionKind::Free { title_zh, title_en } => (title_zh.as_str(), title_en.as_str()),
            _ => ("", ""),
        };
        section_insert.execute(params![
            version_id,
            position as i64 + 1,
            kind_key(&section.kind),
            title_zh,
            title_en
        ])?;
        let section_id = tx.last_insert_rowid();
        for (position, p) in section.paragraphs.iter().enumerate() {
            paragraph_insert.execute(params![
                section_id,
                version_id,
                position as i64 + 1,
                p.key.0,
                p.text_zh,
                p.text_en,
                p.not_yet_translated
            ])?;
        }
    }
    Ok(version_id)
}

pub(crate) fn load_amendment(conn: &Connection, id: i64) -> Result<StoredAmendment, StoreError> {
    conn.query_row(
        "SELECT a.id, a.paragraph_id, a.proposed_by, a.proposed_at, a.text_zh, a.text_en,
                a.reason, a.status, a.question_id, a.outcome, a.editorial_reason,
                a.settled_at, v.number, p.key
         FROM vision_amendment a
         JOIN vision_paragraph p ON p.id = a.paragraph_id
         JOIN vision_version v ON v.id = p.version_id
         WHERE a.id = ?1",
        [id],
        amendment_from_row,
    )
    .optional()?
    .ok_or(StoreError::Vision(VisionRefusal::AmendmentNotFound { id }))?
}

fn amendment_from_row(
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<Result<StoredAmendment, StoreError>> {
    let status: String = r.get(7)?;
    let Some(status) = AmendmentStatus::parse(&status) else {
        return Ok(Err(StoreError::Corrupt(format!(
            "vision amendment status {status:?}"
        ))));
    };
    let at: Option<NaiveDateTime> = r.get(11)?;
    let settlement = match (status, at) {
        (AmendmentStatus::Pending, _) | (_, None) => None,
        (AmendmentStatus::Editorial, Some(at)) => Some(Settlement::Editorial {
            accepted: true,
            reason: r.get::<_, Option<String>>(10)?.unwrap_or_default(),
            at,
        }),
        (accepted_or_not, Some(at)) => Some(Settlement::Question {
            question_id: r.get::<_, Option<i64>>(8)?.unwrap_or_default(),
            accepted: accepted_or_not == AmendmentStatus::Accepted,
            outcome: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
            at,
        }),
    };
    Ok(Ok(StoredAmendment {
        amendment: Amendment {
            id: r.get(0)?,
            version: r.get(12)?,
            paragraph: ParagraphKey(r.get(13)?),
            proposed_by: r.get(2)?,
            proposed_at: r.get(3)?,
            text_zh: r.get(4)?,
            text_en: r.get(5)?,
            reason: r.get(6)?,
            settlement,
        },
        paragraph_id: r.get(1)?,
        status,
    }))
}
