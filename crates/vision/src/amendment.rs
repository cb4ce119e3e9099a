//! Amendments: a stakeholder proposes a new text for one paragraph of a draft; a consensus
//! question or the focal point's editorial decision settles it; the accepted ones make the
//! next draft.

use chrono::NaiveDateTime;
use concord_domain::consensus::Outcome;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::{ParagraphKey, Saved, Version, VersionState};

/// A stakeholder of the register, by id.
pub type StakeholderId = i64;
/// A consensus question, by id.
pub type QuestionId = i64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Amendment {
    /// 0 before it is saved.
    pub id: i64,
    /// The number of the version it amends.
    pub version: u32,
    pub paragraph: ParagraphKey,
    pub proposed_by: StakeholderId,
    pub proposed_at: NaiveDateTime,
    /// `None` leaves that language as it is.
    pub text_zh: Option<String>,
    pub text_en: Option<String>,
    pub reason: String,
    pub settlement: Option<Settlement>,
}

/// How an amendment was settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "camelCase")]
pub enum Settlement {
    /// A consensus question of a meeting; its outcome accepts or rejects the amendment.
    #[serde(rename_all = "camelCase")]
    Question {
        question_id: QuestionId,
        accepted: bool,
        /// `Outcome::key()`, for the minutes and the Fluent id.
        outcome: String,
        at: NaiveDateTime,
    },
    /// The focal point, for a correction that changes no meaning.
    #[serde(rename_all = "camelCase")]
    Editorial {
        accepted: bool,
        reason: String,
        at: NaiveDateTime,
    },
}

impl Settlement {
    pub fn accepted(&self) -> bool {
        match self {
            Settlement::Question { accepted, .. } | Settlement::Editorial { accepted, .. } => {
                *accepted
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AmendmentState {
    Pending,
    Accepted,
    Rejected,
}

/// Why an amendment could not be proposed, settled or applied.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AmendmentRefusal {
    #[error("version {number} is {} and cannot be amended", state.key())]
    VersionNotADraft { number: u32, state: VersionState },
    #[error("version {version} has no paragraph {paragraph:?}")]
    NoSuchParagraph {
        version: u32,
        paragraph: ParagraphKey,
    },
    #[error("an amendment needs a new Chinese or English text")]
    NoNewText,
    #[error("an amendment needs a reason")]
    NoReason,
    #[error("amendment {id} was already settled")]
    AlreadySettled { id: i64 },
    #[error("an editorial decision needs a reason")]
    EditorialWithoutReason,
    #[error("question {question_id} is not decided yet")]
    QuestionUndecided { question_id: QuestionId },
    #[error("amendments {first} and {second} both change paragraph {paragraph:?}")]
    ConflictingAmendments {
        paragraph: ParagraphKey,
        first: i64,
        second: i64,
    },
}

impl AmendmentRefusal {
    /// Fluent id of the message that says it.
    pub fn message_id(&self) -> &'static str {
        match self {
            AmendmentRefusal::VersionNotADraft { .. } => "vision-amendment-not-a-draft",
            AmendmentRefusal::NoSuchParagraph { .. } => "vision-amendment-no-such-paragraph",
            AmendmentRefusal::NoNewText => "vision-amendment-no-new-text",
            AmendmentRefusal::NoReason => "vision-amendment-no-reason",
            AmendmentRefusal::AlreadySettled { .. } => "vision-amendment-already-settled",
            AmendmentRefusal::EditorialWithoutReason => "vision-amendment-editorial-no-reason",
            AmendmentRefusal::QuestionUndecided { .. } => "vision-amendment-question-undecided",
            AmendmentRefusal::ConflictingAmendments { .. } => "vision-amendment-conflict",
        }
    }
}

/// What a stakeholder proposes, before it is checked against the version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Proposal {
    pub paragraph: ParagraphKey,
    pub proposed_by: StakeholderId,
    pub text_zh: Option<String>,
    pub text_en: Option<String>,
    pub reason: String,
}

impl Amendment {
    /// Proposes an amendment to a paragraph of a draft; adopted and superseded versions
    /// are revised by a new version, never amended.
    pub fn propose(
        version: &Version,
        proposal: Proposal,
        at: NaiveDateTime,
    ) -> Result<Amendment, AmendmentRefusal> {
        if version.state != VersionState::Draft {
            return Err(AmendmentRefusal::VersionNotADraft {
                number: version.number,
                state: version.state,
            });
        }
        if version.paragraph(proposal.paragraph).is_none() {
            return Err(AmendmentRefusal::NoSuchParagraph {
                version: version.number,
                paragraph: proposal.paragraph,
            });
        }
        if proposal.text_zh.is_none() && proposal.text_en.is_none() {
            return Err(AmendmentRefusal::NoNewText);
        }
        if proposal.reason.trim().is_empty() {
            return Err(AmendmentRefusal::NoReason);
        }
        Ok(Amendment {
            id: 0,
            version: version.number,
            paragraph: proposal.paragraph,
            proposed_by: proposal.proposed_by,
            proposed_at: at,
            text_zh: proposal.text_zh,
            text_en: proposal.text_en,
            reason: proposal.reason,
            settlement: None,
        })
    }

    pub fn state(&self) -> AmendmentState {
        match &self.settlement {
            None => AmendmentState::Pending,
            Some(s) if s.accepted() => AmendmentState::Accepted,
            Some(_) => AmendmentState::Rejected,
        }
    }

    fn ensure_pending(&self) -> Result<(), AmendmentRefusal> {
        match self.settlement {
            None => Ok(()),
            Some(_) => Err(AmendmentRefusal::AlreadySettled { id: self.id }),
        }
    }

    /// Settles it by a decided consensus question: adopting the question accepts it.
    pub fn settle_by_question(
        &mut self,
        question_id: QuestionId,
        outcome: &Outcome,
        at: NaiveDateTime,
    ) -> Result<(), AmendmentRefusal> {
        self.ensure_pending()?;
        let accepted = outcome
            .adopted()
            .ok_or(AmendmentRefusal::QuestionUndecided { question_id })?;
        self.settlement = Some(Settlement::Question {
            question_id,
            accepted,
            outcome: outcome.key().to_owned(),
            at,
        });
        Ok(())
    }

    /// Settles it by the focal point's editorial decision, which must give a reason.
    pub fn settle_editorially(
        &mut self,
        accepted: bool,
        reason: &str,
        at: NaiveDateTime,
    ) -> Result<(), AmendmentRefusal> {
        self.ensure_pending()?;
        if reason.trim().is_empty() {
            return Err(AmendmentRefusal::EditorialWithoutReason);
        }
        self.settlement = Some(Settlement::Editorial {
            accepted,
            reason: reason.to_owned(),
            at,
        });
        Ok(())
    }
}

/// The next draft of `version` with its accepted amendments applied; amendments to other
/// versions, pending and rejected ones are left out. Two accepted amendments to the same
/// paragraph are refused: which text wins is for the drafters to say, not for the order
/// of settlement.
pub fn next_draft_with_amendments(
    version: &Version,
    amendments: &[Amendment],
    saved: Saved,
) -> Result<Version, AmendmentRefusal> {
    let accepted: Vec<&Amendment> = amendments
        .iter()
        .filter(|a| a.version == version.number && a.state() == AmendmentState::Accepted)
        .collect();
    for (i, first) in accepted.iter().enumerate() {
        if let Some(second) = accepted[i + 1..]
            .iter()
            .find(|a| a.paragraph == first.paragraph)
        {
            return Err(AmendmentRefusal::ConflictingAmendments {
                paragraph: first.paragraph,
                first: first.id,
                second: second.id,
            });
        }
    }
    let mut next = version.next_draft(saved);
    for amendment in accepted {
        let paragraph = next
            .sections
            .iter_mut()
            .flat_map(|s| s.paragraphs.iter_mut())
            .find(|p| p.key == amendment.paragraph)
            .ok_or(AmendmentRefusal::NoSuchParagraph {
                version: version.number,
                paragraph: amendment.paragraph,
            })?;
        if let Some(text) = &amendment.text_zh {
            paragraph.text_zh.clone_from(text);
        }
        if let Some(text) = &amendment.text_en {
            paragraph.text_en.clone_from(text);
        }
        // A change of meaning in one language leaves the other's translation to be redone;
        // an editorial correction changes no meaning, so the translation still holds.
        let one_language = amendment.text_zh.is_none() != amendment.text_en.is_none();
        let by_question = matches!(amendment.settlement, Some(Settlement::Question { .. }));
        if one_language && by_question {
            paragraph.not_yet_translated = true;
        }
    }
    Ok(next)
}
