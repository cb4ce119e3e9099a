//! Pure types and rules of a multistakeholder dialogue.
//!
//! Architecture invariant: this crate does no I/O and reads no clock. Time is passed in.

pub mod bau;
pub mod bilingual;
pub mod consensus;
pub mod declaration;
pub mod dialogue;
pub mod economy;
pub mod inclusiveness;
pub mod meeting;
pub mod record;
pub mod search;
pub mod stakeholder;
pub mod tally;
pub mod validation;

pub use consensus::{
    FocalPointDecision, Interventions, Offers, Outcome, Position, PositionCounts, PositionRecord,
    Question, QuestionLink, QuestionRecord, QuestionRefusal, QuestionState, Round, RoundResult,
    RoundVerdict, Subject, SubjectKind, question_state, tally_counts, tally_round,
};
pub use declaration::{
    BilingualParagraph, Declaration, DeclarationKind, DeclarationSection, DeclarationSigner,
    DeclarationTemplate, DrawnSignature, membership_form_problems,
};
pub use dialogue::{DecisionRule, Dialogue, FocalPoint, HighLevelRepresentative, RuleKind};
pub use inclusiveness::Inclusiveness;
pub use meeting::{
    AgendaItem, Attendance, LifecycleRefusal, Meeting, MeetingKind, MeetingState, Quorum,
};
pub use record::{ActionItem, ActionStatus, Addendum, Decision, DecisionBasis, NamedQuestion};
pub use stakeholder::{
    DisadvantagedGroup, HelixGroup, Role, Sector, Stakeholder, StakeholderDraft, StakeholderQuery,
    StakeholderSort, Status,
};
pub use validation::{FieldError, FieldProblem};
