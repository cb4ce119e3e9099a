//! Consensus questions: the positions members take, the tally of one round under the decision
//! rule, and what a question's rounds add up to (its outcome and the actions offered next).
//!
//! Everything here is pure: the store passes in the counts it recorded, and time never enters.
//!
//! How the rules settle a round, with `c` consents, `s` stand-asides and `o` objections among
//! the `n = c + s + o` positions taken, once the quorum of voting members is present:
//! - unanimity: no objection and at least one consent;
//! - consensus minus N: at most N objections and at least one consent;
//! - supermajority p/q: `c / n >= p / q`;
//! - simple majority: `c > n - c`; an exact tie goes to the focal point's casting vote.
//!
//! Under the two consensus rules a failed round is followed by another; after the configured
//! number of failed rounds consensus has persistently failed and the focal point may decide
//! (CNSC Membership Declaration). Under the two majority rules a round is a vote: failing the
//! threshold rejects the question. A round without quorum does not count either way.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::dialogue::{DecisionRule, RuleKind};
use crate::validation::{FieldError, FieldProblem};

pub use crate::tally::{
    Position, PositionCounts, RoundResult, RoundVerdict, tally_counts, tally_round,
};

/// Longest question text, amendment or rationale, in characters.
pub const MAX_QUESTION_TEXT: usize = 4000;

/// Whether a rule treats a round as a vote (majority rules) rather than a search for consent.
pub fn is_majority_rule(kind: RuleKind) -> bool {
    matches!(kind, RuleKind::Supermajority | RuleKind::SimpleMajority)
}

/// The focal point deciding a question alone after consensus persistently failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FocalPointDecision {
    pub adopt: bool,
    /// Why; mandatory, recorded in the minutes as written.
    pub rationale: String,
}

impl FocalPointDecision {
    /// The rationale is mandatory: an empty or over-long one is refused with its field.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        text_problem(&mut errors, "rationale", &self.rationale, true);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// How a question was settled, or where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "how", rename_all = "camelCase")]
pub enum Outcome {
    /// Adopted by consensus (unanimity or consensus minus N).
    Consensus { weak: bool },
    /// Adopted by a supermajority or a simple majority.
    Majority { weak: bool },
    /// An exact tie under a majority rule, settled by the focal point.
    CastingVote { adopt: bool },
    /// Decided by the focal point after consensus persistently failed.
    FocalPointDecision { adopt: bool, rationale: String },
    /// Voted down under a majority rule.
    Rejected,
    /// Not decided: the last round had no quorum and did not count.
    NoQuorum,
}

impl Outcome {
    /// Whether the question was adopted; `None` while it stands undecided.
    pub fn adopted(&self) -> Option<bool> {
        match self {
            Outcome::Consensus { .. } | Outcome::Majority { .. } => Some(true),
            Outcome::CastingVote { adopt } | Outcome::FocalPointDecision { adopt, .. } => {
                Some(*adopt)
            }
            Outcome::Rejected => Some(false),
            Outcome::NoQuorum => None,
        }
    }

    /// Stable name for Fluent ids: `question-outcome-<key>`.
    pub fn key(&self) -> &'static str {
        match self {
            Outcome::Consensus { weak: false } => "consensus",
            Outcome::Consensus { weak: true } => "weak-consensus",
            Outcome::Majority { weak: false } => "majority",
            Outcome::Majority { weak: true } => "weak-majority",
            Outcome::CastingVote { adopt: true } => "casting-vote-adopt",
            Outcome::CastingVote { adopt: false } => "casting-vote-reject",
            Outcome::FocalPointDecision { adopt: true, .. } => "focal-point-adopt",
            Outcome::FocalPointDecision { adopt: false, .. } => "focal-point-reject",
            Outcome::Rejected => "rejected",
            Outcome::NoQuorum => "no-quorum",
        }
    }

    /// Adopted with many stand-asides: the UI and the minutes say so.
    pub fn is_weak(&self) -> bool {
        matches!(
            self,
            Outcome::Consensus { weak: true } | Outcome::Majority { weak: true }
        )
    }
}

/// The actions a question offers next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Offers {
    /// Open a (further) round, possibly with amended text.
    pub next_round: bool,
    /// Record positions in, and close, the round that is open.
    pub record_positions: bool,
    /// The focal point's casting vote: only on an exact tie under a majority rule.
    pub casting_vote: bool,
    /// The focal point's decision: only once consensus has persistently failed.
    pub focal_point_decision: bool,
    /// The rule may still be overridden: no round has been opened yet.
    pub change_rule: bool,
    /// Put the question again with a revised text, as a new question linked to this one: only
    /// once it was settled without being adopted.
    pub ask_again: bool,
}

/// What a question's rounds add up to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionState {
    /// Settled: no further rounds or decisions.
    pub decided: bool,
    /// How it was settled; while undecided, `NoQuorum` if the last round lacked quorum.
    pub outcome: Option<Outcome>,
    /// Rounds with quorum that failed under a consensus rule.
    pub failed_rounds: u32,
    pub max_failed_rounds: u32,
    /// Consensus has failed the configured number of times.
    pub persistent_failure: bool,
    pub round_open: bool,
    pub offers: Offers,
}

/// What the focal point has recorded on a question, besides the rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Interventions<'a> {
    /// The casting vote on a tie: adopt or not.
    pub casting_vote: Option<bool>,
    pub focal_point: Option<&'a FocalPointDecision>,
}

/// Computes a question's state from its closed rounds (in order), whether a further round is
/// open, and what the focal point recorded. Recorded interventions that were not offered at
/// that point are ignored, so the state only ever follows the rule.
pub fn question_state(
    rule: &DecisionRule,
    closed_rounds: &[RoundResult],
    round_open: bool,
    interventions: Interventions<'_>,
) -> QuestionState {
    let max_failed = u32::from(rule.max_failed_rounds.max(1));
    let mut failed = 0u32;
    let mut outcome = None;
    let mut decided = false;
    let mut awaiting_casting_vote = false;
    for round in closed_rounds {
        match round.verdict {
            RoundVerdict::NoQuorum => {
                outcome = Some(Outcome::NoQuorum);
                continue;
            }
            RoundVerdict::Adopted => {
                decided = true;
                outcome = Some(if is_majority_rule(rule.kind) {
                    Outcome::Majority { weak: round.weak }
                } else {
                    Outcome::Consensus { weak: round.weak }
                });
            }
            RoundVerdict::Tie => match interventions.casting_vote {
                Some(adopt) => {
                    decided = true;
                    outcome = Some(Outcome::CastingVote { adopt });
                }
                None => {
                    awaiting_casting_vote = true;
                    outcome = None;
                }
            },
            RoundVerdict::NotAdopted if is_majority_rule(rule.kind) => {
                decided = true;
                outcome = Some(Outcome::Rejected);
            }
            RoundVerdict::NotAdopted => {
                failed += 1;
                outcome = None;
            }
        }
        if decided || awaiting_casting_vote {
            break;
        }
    }
    let persistent_failure = failed >= max_failed;
    if !decided
        && !awaiting_casting_vote
        && !round_open
        && persistent_failure
        && let Some(decision) = interventions.focal_point
    {
        decided = true;
        outcome = Some(Outcome::FocalPointDecision {
            adopt: decision.adopt,
            rationale: decision.rationale.clone(),
        });
    }
    let open_for_more = !decided && !awaiting_casting_vote;
    let ask_again = decided && outcome.as_ref().and_then(Outcome::adopted) == Some(false);
    QuestionState {
        decided,
        outcome,
        failed_rounds: failed,
        max_failed_rounds: max_failed,
        persistent_failure,
        round_open: round_open && open_for_more,
        offers: Offers {
            next_round: open_for_more && !round_open,
            record_positions: open_for_more && round_open,
            casting_vote: awaiting_casting_vote,
            focal_point_decision: open_for_more && !round_open && persistent_failure,
            change_rule: closed_rounds.is_empty() && !round_open,
            ask_again,
        },
    }
}

/// What a question may decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum SubjectKind {
    VisionVersion,
    TargetSet,
    Measure,
    /// A pending amendment to a Vision paragraph, which the question's outcome settles.
    VisionAmendment,
}

impl SubjectKind {
    pub const ALL: [SubjectKind; 4] = [
        SubjectKind::VisionVersion,
        SubjectKind::TargetSet,
        SubjectKind::Measure,
        SubjectKind::VisionAmendment,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SubjectKind::VisionVersion => "vision-version",
            SubjectKind::TargetSet => "target-set",
            SubjectKind::Measure => "measure",
            SubjectKind::VisionAmendment => "vision-amendment",
        }
    }

    pub fn from_key(key: &str) -> Option<SubjectKind> {
        SubjectKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Subject {
    pub kind: SubjectKind,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
}

/// A question as asked: before it is saved, or as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// 0 for a question not yet saved.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub meeting_id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub agenda_item_id: Option<i64>,
    pub text_zh: String,
    pub text_en: String,
    pub subject: Option<Subject>,
    /// Replaces the dialogue's rule for this question; fixed once the first round opens.
    pub rule_override: Option<DecisionRule>,
}

impl Question {
    /// The pending Vision amendment this question is about, if it is about one.
    pub fn vision_amendment(&self) -> Option<i64> {
        self.subject
            .filter(|s| s.kind == SubjectKind::VisionAmendment)
            .map(|s| s.id)
    }

    /// The rule that settles this question.
    pub fn effective_rule(&self, dialogue_rule: &DecisionRule) -> DecisionRule {
        self.rule_override.unwrap_or(*dialogue_rule)
    }

    /// At least one language is required; every field problem is reported at once.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        check_texts(
            &mut errors,
            "textZh",
            &self.text_zh,
            "textEn",
            &self.text_en,
        );
        if let Some(rule) = &self.rule_override {
            errors.extend(validate_rule(rule, "ruleOverride"));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Checks an amended text of a round: empty means "unchanged", otherwise one language at least.
pub fn validate_amendment(text_zh: &str, text_en: &str) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    if !(text_zh.trim().is_empty() && text_en.trim().is_empty()) {
        check_texts(&mut errors, "textZh", text_zh, "textEn", text_en);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The same checks as the dialogue form applies to its rule, under `prefix`.
pub fn validate_rule(rule: &DecisionRule, prefix: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |field: &str| {
        errors.push(FieldError {
            field: format!("{prefix}.{field}"),
            problem: FieldProblem::OutOfRange,
        })
    };
    if !(1..=100).contains(&rule.quorum_percent) {
        push("quorumPercent");
    }
    if !(1..=10).contains(&rule.max_failed_rounds) {
        push("maxFailedRounds");
    }
    if rule.kind == RuleKind::ConsensusMinus && !(1..=10).contains(&rule.allowed_objections) {
        push("allowedObjections");
    }
    if rule.kind == RuleKind::Supermajority
        && !((2..=10).contains(&rule.supermajority_den)
            && u16::from(rule.supermajority_num) * 2 > u16::from(rule.supermajority_den)
            && rule.supermajority_num < rule.supermajority_den)
    {
        push("supermajority");
    }
    errors
}

fn check_texts(errors: &mut Vec<FieldError>, zh_field: &str, zh: &str, en_field: &str, en: &str) {
    if zh.trim().is_empty() && en.trim().is_empty() {
        for field in [zh_field, en_field] {
            errors.push(FieldError {
                field: field.to_owned(),
                problem: FieldProblem::Required,
            });
        }
    } else {
        text_problem(errors, zh_field, zh, false);
        text_problem(errors, en_field, en, false);
    }
}

fn text_problem(errors: &mut Vec<FieldError>, field: &str, value: &str, required: bool) {
    let problem = if required && value.trim().is_empty() {
        FieldProblem::Required
    } else if value.chars().count() > MAX_QUESTION_TEXT {
        FieldProblem::TooLong
    } else {
        return;
    };
    errors.push(FieldError {
        field: field.to_owned(),
        problem,
    });
}

/// A step on a question that the rule or the record does not allow now. The store's triggers
/// raise the first ones too, so no code path can get round them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum QuestionRefusal {
    /// The positions of a closed round never change.
    RoundClosed,
    /// The rule is fixed once the first round has opened.
    RuleFixed,
    /// A decided question takes no more rounds or decisions.
    Decided,
    /// No round is open to record positions in.
    NoOpenRound,
    /// A round is already open: close it first.
    RoundOpen,
    /// Only a voting member in the room (or represented by a proxy in the room) takes a position.
    NotAVoterPresent,
    /// A casting vote settles an exact tie under a majority rule, nothing else.
    CastingVoteNotOffered,
    /// The focal point decides only after consensus failed the configured number of times.
    FocalPointNotOffered,
    /// Questions are asked and settled while their meeting is open.
    MeetingNotOpen,
    /// Only a question settled without adoption is asked again, and only once.
    AskAgainNotOffered,
}

impl QuestionRefusal {
    /// The text the triggers raise, after `concord: `.
    pub fn trigger_message(self) -> &'static str {
        match self {
            QuestionRefusal::RoundClosed => "concord: round closed",
            QuestionRefusal::RuleFixed => "concord: question rule fixed",
            QuestionRefusal::Decided => "concord: question decided",
            QuestionRefusal::NoOpenRound => "concord: no open round",
            QuestionRefusal::RoundOpen => "concord: round open",
            QuestionRefusal::NotAVoterPresent => "concord: not a voter present",
            QuestionRefusal::CastingVoteNotOffered => "concord: casting vote not offered",
            QuestionRefusal::FocalPointNotOffered => "concord: focal point decision not offered",
            QuestionRefusal::MeetingNotOpen => "concord: meeting not open",
            QuestionRefusal::AskAgainNotOffered => "concord: ask again not offered",
        }
    }

    pub const ALL: [QuestionRefusal; 10] = [
        QuestionRefusal::RoundClosed,
        QuestionRefusal::RuleFixed,
        QuestionRefusal::Decided,
        QuestionRefusal::NoOpenRound,
        QuestionRefusal::RoundOpen,
        QuestionRefusal::NotAVoterPresent,
        QuestionRefusal::CastingVoteNotOffered,
        QuestionRefusal::FocalPointNotOffered,
        QuestionRefusal::MeetingNotOpen,
        QuestionRefusal::AskAgainNotOffered,
    ];

    pub fn from_trigger_message(message: &str) -> Option<QuestionRefusal> {
        QuestionRefusal::ALL
            .into_iter()
            .find(|r| r.trigger_message() == message)
    }

    /// The Fluent id that explains the refusal.
    pub fn message_id(self) -> &'static str {
        match self {
            QuestionRefusal::RoundClosed => "question-refused-round-closed",
            QuestionRefusal::RuleFixed => "question-refused-rule-fixed",
            QuestionRefusal::Decided => "question-refused-decided",
            QuestionRefusal::NoOpenRound => "question-refused-no-open-round",
            QuestionRefusal::RoundOpen => "question-refused-round-open",
            QuestionRefusal::NotAVoterPresent => "question-refused-not-a-voter",
            QuestionRefusal::CastingVoteNotOffered => "question-refused-casting-vote",
            QuestionRefusal::FocalPointNotOffered => "question-refused-focal-point",
            QuestionRefusal::MeetingNotOpen => "question-refused-meeting-not-open",
            QuestionRefusal::AskAgainNotOffered => "question-refused-ask-again",
        }
    }
}

/// One member's recorded position (named unless the rule is anonymous and the round closed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PositionRecord {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub stakeholder_id: i64,
    pub position: Position,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub recorded_at: NaiveDateTime,
}

/// One round as stored, with its tally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Round {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub number: u32,
    /// The amended text put to this round; empty when the question's text stands.
    pub text_zh: String,
    pub text_en: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub opened_at: NaiveDateTime,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub closed_at: Option<NaiveDateTime>,
    pub positions: Vec<PositionRecord>,
    pub result: RoundResult,
}

/// A question with its rounds, the rule in force and where it stands: what the question
/// screen, the tally and the minutes show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionRecord {
    pub question: Question,
    /// Its number within the meeting, from 1.
    pub number: u32,
    /// The rule in force: fixed when the first round opened, else the override or the
    /// dialogue's rule as it is now.
    pub rule: DecisionRule,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub created_at: NaiveDateTime,
    pub rounds: Vec<Round>,
    pub casting_vote: Option<bool>,
    pub focal_point: Option<FocalPointDecision>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub decided_at: Option<NaiveDateTime>,
    pub state: QuestionState,
    /// The question of the same meeting that this one asks again with a revised text.
    pub asked_again_from: Option<QuestionLink>,
    /// The question that asked this one again, once it was not adopted.
    pub asked_again_as: Option<QuestionLink>,
}

/// Another question of the same meeting, by id and by its number in the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionLink {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub number: u32,
}

impl QuestionRecord {
    /// The text put to the last round: its amendment where it has one, else the question's.
    pub fn current_text(&self) -> (&str, &str) {
        self.rounds
            .iter()
            .rev()
            .find(|r| !(r.text_zh.is_empty() && r.text_en.is_empty()))
            .map_or((&self.question.text_zh, &self.question.text_en), |r| {
                (&r.text_zh, &r.text_en)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(kind: RuleKind) -> DecisionRule {
        DecisionRule {
            kind,
            ..DecisionRule::default()
        }
    }

    fn counts(consent: u32, stand_aside: u32, object: u32) -> PositionCounts {
        PositionCounts {
            consent,
            stand_aside,
            object,
        }
    }

    #[test]
    fn position_keys_round_trip() {
        for p in Position::ALL {
            assert_eq!(Position::from_key(p.key()), Some(p));
        }
        assert_eq!(Position::from_key("abstain"), None);
        for k in SubjectKind::ALL {
            assert_eq!(SubjectKind::from_key(k.key()), Some(k));
        }
    }

    fn consensus_rule() -> DecisionRule {
        DecisionRule {
            kind: RuleKind::ConsensusMinus,
            allowed_objections: 1,
            max_failed_rounds: 3,
            ..DecisionRule::default()
        }
    }

    #[test]
    fn the_focal_point_decides_only_after_the_configured_failures() {
        let r = consensus_rule();
        let failed = tally_counts(&r, 30, 36, counts(20, 5, 5));
        let no_quorum = tally_counts(&r, 10, 36, counts(10, 0, 0));
        let decision = FocalPointDecision {
            adopt: true,
            rationale: "Persistent disagreement; the vision needs a text.".into(),
        };
        let with = Interventions {
            focal_point: Some(&decision),
            ..Interventions::default()
        };

        let two = question_state(&r, &[failed, no_quorum, failed], false, with);
        assert_eq!(
            two.failed_rounds, 2,
            "a round without quorum does not count"
        );
        assert!(!two.offers.focal_point_decision);
        assert!(two.offers.next_round);
        assert!(!two.decided, "a premature decision is ignored");

        let three = [failed, failed, failed];
        let offered = question_state(&r, &three, false, Interventions::default());
        assert!(offered.persistent_failure);
        assert!(offered.offers.focal_point_decision);
        assert!(!offered.offers.casting_vote);

        let decided = question_state(&r, &three, false, with);
        assert!(decided.decided);
        assert_eq!(
            decided.outcome,
            Some(Outcome::FocalPointDecision {
                adopt: true,
                rationale: decision.rationale.clone()
            })
        );
        assert_eq!(decided.offers, Offers::default());
    }

    #[test]
    fn a_casting_vote_is_offered_only_on_a_tie() {
        let r = rule(RuleKind::SimpleMajority);
        let tie = tally_counts(&r, 20, 30, counts(10, 4, 6));
        let state = question_state(&r, &[tie], false, Interventions::default());
        assert!(state.offers.casting_vote);
        assert!(!state.offers.next_round);
        assert!(!state.offers.focal_point_decision);
        let cast = Interventions {
            casting_vote: Some(true),
            ..Interventions::default()
        };
        let settled = question_state(&r, &[tie], false, cast);
        assert_eq!(settled.outcome, Some(Outcome::CastingVote { adopt: true }));

        let won = tally_counts(&r, 20, 30, counts(12, 4, 4));
        let state = question_state(&r, &[won], false, cast);
        assert_eq!(state.outcome, Some(Outcome::Majority { weak: false }));
        assert!(!state.offers.casting_vote);
    }

    #[test]
    fn a_majority_round_that_fails_rejects() {
        let r = rule(RuleKind::SimpleMajority);
        let lost = tally_counts(&r, 20, 30, counts(6, 4, 10));
        let state = question_state(&r, &[lost], false, Interventions::default());
        assert!(state.decided);
        assert_eq!(state.outcome, Some(Outcome::Rejected));
        assert_eq!(
            state.outcome.as_ref().and_then(Outcome::adopted),
            Some(false)
        );
    }

    #[test]
    fn offers_follow_the_open_round() {
        let r = consensus_rule();
        let fresh = question_state(&r, &[], false, Interventions::default());
        assert!(fresh.offers.next_round && fresh.offers.change_rule);
        let open = question_state(&r, &[], true, Interventions::default());
        assert!(open.offers.record_positions);
        assert!(!open.offers.next_round && !open.offers.change_rule);
        let weak = tally_counts(&r, 30, 36, counts(18, 11, 1));
        let state = question_state(&r, &[weak], false, Interventions::default());
        assert_eq!(state.outcome, Some(Outcome::Consensus { weak: true }));
        assert!(state.outcome.as_ref().is_some_and(Outcome::is_weak));
    }

    #[test]
    fn a_focal_point_decision_needs_a_rationale() {
        let bare = FocalPointDecision {
            adopt: false,
            rationale: "   ".into(),
        };
        assert_eq!(
            bare.validate(),
            Err(vec![FieldError {
                field: "rationale".into(),
                problem: FieldProblem::Required
            }])
        );
        let long = FocalPointDecision {
            adopt: false,
            rationale: "理".repeat(MAX_QUESTION_TEXT + 1),
        };
        assert_eq!(
            long.validate().map_err(|e| e[0].problem),
            Err(FieldProblem::TooLong)
        );
    }

    #[test]
    fn a_question_needs_text_in_one_language_and_a_sane_rule() {
        let mut q = Question {
            id: 0,
            meeting_id: 1,
            agenda_item_id: None,
            text_zh: " ".into(),
            text_en: String::new(),
            subject: None,
            rule_override: Some(DecisionRule {
                quorum_percent: 0,
                ..DecisionRule::default()
            }),
        };
        let fields: Vec<_> = q
            .validate()
            .expect_err("invalid")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["textZh", "textEn", "ruleOverride.quorumPercent"]);
        q.text_en = "Adopt the vision".into();
        q.rule_override = None;
        assert_eq!(q.validate(), Ok(()));
        assert_eq!(validate_amendment("", ""), Ok(()));
    }
}
