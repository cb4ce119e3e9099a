//! Pure types and rules of a multistakeholder dialogue.
//!
//! Architecture invariant: this crate does no I/O and reads no clock. Time is passed in.

pub mod dialogue;
pub mod meeting;
pub mod stakeholder;
pub mod validation;

pub use dialogue::{DecisionRule, Dialogue, FocalPoint, HighLevelRepresentative, RuleKind};
pub use meeting::{AgendaItem, Attendance, Meeting, MeetingKind, MeetingState};
pub use stakeholder::{HelixGroup, Role, Sector, Stakeholder};
pub use validation::{FieldError, FieldProblem};
