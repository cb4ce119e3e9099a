//! Pure types and rules of a multistakeholder dialogue.
//!
//! Architecture invariant: this crate does no I/O and reads no clock. Time is passed in.

pub mod dialogue;
pub mod inclusiveness;
pub mod meeting;
pub mod search;
pub mod stakeholder;
pub mod validation;

pub use dialogue::{DecisionRule, Dialogue, FocalPoint, HighLevelRepresentative, RuleKind};
pub use inclusiveness::Inclusiveness;
pub use meeting::{AgendaItem, Attendance, Meeting, MeetingKind, MeetingState};
pub use stakeholder::{
    DisadvantagedGroup, HelixGroup, Role, Sector, Stakeholder, StakeholderDraft, StakeholderQuery,
    StakeholderSort, Status,
};
pub use validation::{FieldError, FieldProblem};
