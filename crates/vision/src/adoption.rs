//! Adoption: a version becomes the city's Vision only through a decided consensus question
//! whose outcome adopts it; the version adopted before it is then superseded.

use chrono::NaiveDateTime;
use concord_domain::consensus::Outcome;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::amendment::QuestionId;
use crate::model::{Version, VersionState};

/// How a version was adopted, for the declaration and the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Adoption {
    pub version: u32,
    pub question_id: QuestionId,
    /// `Outcome::key()`: consensus, weak-consensus, majority, casting-vote-adopt, …
    pub outcome: String,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AdoptionRefusal {
    #[error("there is no version {number}")]
    NoSuchVersion { number: u32 },
    #[error("version {number} is {} already", state.key())]
    NotADraft { number: u32, state: VersionState },
    #[error("question {question_id} is not decided yet")]
    QuestionUndecided { question_id: QuestionId },
    #[error("question {question_id} did not adopt the version ({outcome})")]
    QuestionDidNotAdopt {
        question_id: QuestionId,
        outcome: &'static str,
    },
    #[error("version {number} is older than the adopted version {adopted}")]
    OlderThanAdopted { number: u32, adopted: u32 },
}

impl AdoptionRefusal {
    /// Fluent id of the message that says it.
    pub fn message_id(&self) -> &'static str {
        match self {
            AdoptionRefusal::NoSuchVersion { .. } => "vision-adoption-no-such-version",
            AdoptionRefusal::NotADraft { .. } => "vision-adoption-not-a-draft",
            AdoptionRefusal::QuestionUndecided { .. } => "vision-adoption-question-undecided",
            AdoptionRefusal::QuestionDidNotAdopt { .. } => "vision-adoption-not-adopted",
            AdoptionRefusal::OlderThanAdopted { .. } => "vision-adoption-older",
        }
    }
}

/// Checks that `outcome`, the recorded outcome of question `question_id`, adopts: consensus,
/// weak consensus, a majority, the casting vote or the focal point's decision to adopt.
pub fn adopting_outcome(
    question_id: QuestionId,
    outcome: &Outcome,
) -> Result<&'static str, AdoptionRefusal> {
    match outcome.adopted() {
        Some(true) => Ok(outcome.key()),
        Some(false) => Err(AdoptionRefusal::QuestionDidNotAdopt {
            question_id,
            outcome: outcome.key(),
        }),
        None => Err(AdoptionRefusal::QuestionUndecided { question_id }),
    }
}

/// Adopts version `number` of `versions` by the question's outcome. On success the version
/// is adopted and the one adopted before it superseded; on refusal nothing changes.
pub fn adopt(
    versions: &mut [Version],
    number: u32,
    question_id: QuestionId,
    outcome: &Outcome,
    at: NaiveDateTime,
) -> Result<Adoption, AdoptionRefusal> {
    let version = versions
        .iter()
        .find(|v| v.number == number)
        .ok_or(AdoptionRefusal::NoSuchVersion { number })?;
    if version.state != VersionState::Draft {
        return Err(AdoptionRefusal::NotADraft {
            number,
            state: version.state,
        });
    }
    if let Some(adopted) = versions
        .iter()
        .find(|v| v.state == VersionState::Adopted && v.number > number)
    {
        return Err(AdoptionRefusal::OlderThanAdopted {
            number,
            adopted: adopted.number,
        });
    }
    let outcome_key = adopting_outcome(question_id, outcome)?;
    for version in versions.iter_mut() {
        if version.number == number {
            version.state = VersionState::Adopted;
        } else if version.state == VersionState::Adopted {
            version.state = VersionState::Superseded;
        }
    }
    Ok(Adoption {
        version: number,
        question_id,
        outcome: outcome_key.to_owned(),
        at,
    })
}
