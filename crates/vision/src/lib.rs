//! The Vision stage's pure rules: versions of the bilingual Vision with their sections and
//! paragraphs, APSEC's checklist, the comparison of two versions (Chinese by character,
//! English by word), stakeholders' amendments and how they are settled, adoption by a
//! consensus question, and the command line's two-text input.
//!
//! No I/O, no clock: times are passed in; the store keeps what this crate computes.

pub mod adoption;
pub mod amendment;
pub mod checklist;
pub mod diff;
pub mod input;
pub mod model;

pub use adoption::{Adoption, AdoptionRefusal, adopt, adopting_outcome};
pub use amendment::{
    Amendment, AmendmentRefusal, AmendmentState, Proposal, QuestionId, Settlement, StakeholderId,
    next_draft_with_amendments,
};
pub use checklist::{CheckId, CheckItem, Figure, check};
pub use diff::{Language, Op, ParagraphDiff, Presence, Span, diff_text, diff_versions};
pub use input::{InputError, parse_bilingual};
pub use model::{
    EditRefusal, Paragraph, ParagraphKey, ParagraphText, SEED_SDGS, Saved, Section, SectionIndex,
    SectionKind, Version, VersionState,
};
