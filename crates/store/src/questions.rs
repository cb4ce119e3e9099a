//! Consensus questions: asking, rounds, positions, the casting vote and the focal point's
//! decision. The rule engine is the domain's; this module loads what it needs, asks it what is
//! offered, and writes. Each write is one transaction, committed (WAL, synchronous=FULL) before
//! the call returns, so a position the UI shows as recorded survives a crash. The schema's
//! triggers refuse changes to closed rounds and frozen minutes whatever the code does.

use chrono::NaiveDateTime;
use concord_domain::consensus::{Offers, validate_amendment};
use concord_domain::{
    Attendance, DecisionRule, FocalPointDecision, Interventions, MeetingState, Outcome, Position,
    PositionCounts, PositionRecord, Question, QuestionLink, QuestionRecord, QuestionRefusal, Round,
    RoundResult, RuleKind, Subject, SubjectKind, meeting::Quorum, question_state, tally_counts,
};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};

use crate::{Store, StoreError};

/// Whether a write must happen while the meeting is open (the app), or records history
/// (the demo writes a meeting that already took place). Approved minutes refuse both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Live,
    History,
}

fn refused(refusal: QuestionRefusal) -> StoreError {
    StoreError::Question(refusal)
}

fn corrupt(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("{what} {value:?}").into(),
    )
}

/// A rule from the `rule_*` columns (the dialogue's and the question's share their names);
/// `None` when the question has no rule of its own.
fn rule_from_row(row: &Row<'_>) -> rusqlite::Result<Option<DecisionRule>> {
    let Some(kind) = row.get::<_, Option<String>>("rule_kind")? else {
        return Ok(None);
    };
    Ok(Some(DecisionRule {
        quorum_percent: row.get("rule_quorum_percent")?,
        kind: RuleKind::from_key(&kind).ok_or_else(|| corrupt("rule kind", &kind))?,
        allowed_objections: row.get("rule_allowed_objections")?,
        supermajority_num: row.get("rule_supermajority_num")?,
        supermajority_den: row.get("rule_supermajority_den")?,
        max_failed_rounds: row.get("rule_max_failed_rounds")?,
        anonymous: row.get("rule_anonymous")?,
    }))
}

fn dialogue_rule(conn: &Connection) -> Result<DecisionRule, StoreError> {
    conn.query_row(
        "SELECT * FROM dialogue ORDER BY id LIMIT 1",
        [],
        rule_from_row,
    )
    .optional()?
    .flatten()
    .ok_or(StoreError::NoDialogue)
}

/// The question row as the store keeps it, before its rounds are attached.
struct QuestionRow {
    question: Question,
    number: u32,
    own_rule: Option<DecisionRule>,
    created_at: NaiveDateTime,
    casting_vote: Option<bool>,
    focal_point: Option<FocalPointDecision>,
    decided_at: Option<NaiveDateTime>,
    meeting_state: String,
    approved: bool,
    asked_again_from: Option<i64>,
}

fn question_from_row(row: &Row<'_>) -> rusqlite::Result<QuestionRow> {
    // A pending amendment is kept in a column of its own (migration 018).
    let amendment = row.get::<_, Option<i64>>("vision_amendment_id")?;
    let subject = match (row.get::<_, Option<String>>("subject_kind")?, amendment) {
        (Some(kind), _) => Some(Subject {
            kind: SubjectKind::from_key(&kind).ok_or_else(|| corrupt("subject", &kind))?,
            id: row.get("subject_id")?,
        }),
        (None, Some(id)) => Some(Subject {
            kind: SubjectKind::VisionAmendment,
            id,
        }),
        (None, None) => None,
    };
    let own_rule = rule_from_row(row)?;
    let overridden: bool = row.get("rule_overridden")?;
    let focal_point = match row.get::<_, Option<bool>>("focal_point_adopt")? {
        Some(adopt) => Some(FocalPointDecision {
            adopt,
            rationale: row
                .get::<_, Option<String>>("focal_point_rationale")?
                .unwrap_or_default(),
        }),
        None => None,
    };
    Ok(QuestionRow {
        question: Question {
            id: row.get("id")?,
            meeting_id: row.get("meeting_id")?,
            agenda_item_id: row.get("agenda_item_id")?,
            text_zh: row.get("text_zh")?,
            text_en: row.get("text_en")?,
            subject,
            rule_override: if overridden { own_rule } else { None },
        },
        number: row.get("position")?,
        own_rule,
        created_at: row.get("created_at")?,
        casting_vote: row.get("casting_vote")?,
        focal_point,
        decided_at: row.get("decided_at")?,
        meeting_state: row.get("meeting_state")?,
        approved: row
            .get::<_, Option<String>>("meeting_approved_at")?
            .is_some(),
        asked_again_from: row.get("asked_again_from")?,
    })
}

const QUESTION_SELECT: &str = "SELECT q.*, m.state AS meeting_state,
    m.approved_at AS meeting_approved_at FROM question q JOIN meeting m ON m.id = q.meeting_id";

fn load_question_row(conn: &Connection, id: i64) -> Result<QuestionRow, StoreError> {
    conn.query_row(
        &format!("{QUESTION_SELECT} WHERE q.id = ?1"),
        [id],
        question_from_row,
    )
    .optional()?
    .ok_or(StoreError::QuestionNotFound(id))
}

/// The voting members of the register: active, not erased (`Stakeholder::counts_in_quorum`).
fn voting_members(conn: &Connection) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM stakeholder WHERE role = 'voting-member' AND status = 'active'
            AND erased_on IS NULL ORDER BY id",
    )?;
    let ids = stmt.query_map([], |r| r.get(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

fn meeting_attendance(conn: &Connection, meeting_id: i64) -> Result<Vec<Attendance>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT stakeholder_id, present, arrived_at, left_at, proxy_for FROM attendance
         WHERE meeting_id = ?1",
    )?;
    let rows = stmt.query_map([meeting_id], |r| {
        Ok(Attendance {
            stakeholder_id: r.get(0)?,
            present: r.get(1)?,
            arrived_at: r.get(2)?,
            left_at: r.get(3)?,
            proxy_for: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Who may take positions now, and how many voting members are present and in all.
struct Room {
    voting: Vec<i64>,
    attendance: Vec<Attendance>,
    quorum: Quorum,
}

impl Room {
    fn of(conn: &Connection, meeting_id: i64, rule: &DecisionRule) -> Result<Room, StoreError> {
        let voting = voting_members(conn)?;
        let attendance = meeting_attendance(conn, meeting_id)?;
        let quorum = Quorum::count(&voting, &attendance, rule.quorum_percent);
        Ok(Room {
            voting,
            attendance,
            quorum,
        })
    }

    fn present(&self) -> u32 {
        self.quorum.present + self.quorum.by_proxy
    }

    fn total(&self) -> u32 {
        self.quorum.members
    }

    /// A voting member in the room, or absent and represented by a proxy holder in the room.
    fn may_vote(&self, stakeholder_id: i64) -> bool {
        self.voting.contains(&stakeholder_id)
            && self.attendance.iter().any(|a| {
                a.in_room()
                    && (a.stakeholder_id == stakeholder_id || a.proxy_for == Some(stakeholder_id))
            })
    }
}

struct RoundRow {
    round: Round,
    closed: bool,
    present: u32,
    total: u32,
    /// Stored when the round closed.
    counts: Option<PositionCounts>,
}

fn round_from_row(row: &Row<'_>) -> rusqlite::Result<RoundRow> {
    let closed_at: Option<NaiveDateTime> = row.get("closed_at")?;
    let counts = match closed_at {
        Some(_) => Some(PositionCounts {
            consent: row.get("consent")?,
            stand_aside: row.get("stand_aside")?,
            object: row.get("object")?,
        }),
        None => None,
    };
    let present: u32 = row.get("present")?;
    let total: u32 = row.get("total")?;
    Ok(RoundRow {
        round: Round {
            id: row.get("id")?,
            number: row.get("number")?,
            text_zh: row.get("text_zh")?,
            text_en: row.get("text_en")?,
            opened_at: row.get("opened_at")?,
            closed_at,
            positions: Vec::new(),
            // Replaced by the tally once the rule and the positions are known.
            result: tally_counts(
                &DecisionRule::default(),
                present,
                total,
                PositionCounts::default(),
            ),
        },
        closed: closed_at.is_some(),
        present,
        total,
        counts,
    })
}

fn positions_of(conn: &Connection, round_id: i64) -> Result<Vec<PositionRecord>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT stakeholder_id, position, recorded_at FROM position WHERE round_id = ?1
         ORDER BY recorded_at, id",
    )?;
    let rows = stmt.query_map([round_id], |r| {
        let key: String = r.get(1)?;
        Ok(PositionRecord {
            stakeholder_id: r.get(0)?,
            position: Position::from_key(&key).ok_or_else(|| corrupt("position", &key))?,
            recorded_at: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Loads a question whole and asks the rule engine where it stands.
fn load_record(conn: &Connection, id: i64) -> Result<QuestionRecord, StoreError> {
    let row = load_question_row(conn, id)?;
    let rule = match row.own_rule {
        Some(rule) => rule,
        None => dialogue_rule(conn)?,
    };
    let mut stmt =
        conn.prepare_cached("SELECT * FROM question_round WHERE question_id = ?1 ORDER BY number")?;
    let loaded = stmt
        .query_map([id], round_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    let mut rounds = Vec::with_capacity(loaded.len());
    let mut round_open = false;
    for mut r in loaded {
        r.round.positions = positions_of(conn, r.round.id)?;
        r.round.result = match r.counts {
            Some(counts) => tally_counts(&rule, r.present, r.total, counts),
            None => {
                // An open round is tallied live, against who is in the room now.
                round_open = true;
                let room = Room::of(conn, row.question.meeting_id, &rule)?;
                let positions: Vec<Position> =
                    r.round.positions.iter().map(|p| p.position).collect();
                concord_domain::tally_round(&rule, room.present(), room.total(), &positions)
            }
        };
        rounds.push(r);
    }
    let closed: Vec<RoundResult> = rounds
        .iter()
        .filter(|r| r.closed)
        .map(|r| r.round.result)
        .collect();
    let mut state = question_state(
        &rule,
        &closed,
        round_open,
        Interventions {
            casting_vote: row.casting_vote,
            focal_point: row.focal_point.as_ref(),
        },
    );
    let link = |sql: &str, key: i64| -> Result<Option<QuestionLink>, StoreError> {
        Ok(conn
            .prepare_cached(sql)?
            .query_row([key], |r| {
                Ok(QuestionLink {
                    id: r.get(0)?,
                    number: r.get(1)?,
                })
            })
            .optional()?)
    };
    let asked_again_as = link(
        "SELECT id, position FROM question WHERE asked_again_from = ?1",
        id,
    )?;
    let asked_again_from = match row.asked_again_from {
        Some(from) => link("SELECT id, position FROM question WHERE id = ?1", from)?,
        None => None,
    };
    state.offers.ask_again &= asked_again_as.is_none();
    Ok(QuestionRecord {
        question: row.question,
        number: row.number,
        rule,
        created_at: row.created_at,
        rounds: rounds.into_iter().map(|r| r.round).collect(),
        casting_vote: row.casting_vote,
        focal_point: row.focal_point,
        decided_at: row.decided_at,
        state,
        asked_again_from,
        asked_again_as,
    })
}

/// The meeting and the recorded outcome of a question (`None` while undecided), or `None` when
/// there is no such question.
pub(crate) fn question_outcome(
    conn: &Connection,
    id: i64,
) -> Result<Option<(i64, Option<Outcome>)>, StoreError> {
    if conn
        .query_row("SELECT 1 FROM question WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_none()
    {
        return Ok(None);
    }
    let record = load_record(conn, id)?;
    let outcome = record
        .state
        .decided
        .then_some(record.state.outcome)
        .flatten();
    Ok(Some((record.question.meeting_id, outcome)))
}

/// Refuses writes to approved minutes, and (live) to a meeting that is not open.
fn check_meeting(state: &str, approved: bool, when: When) -> Result<(), StoreError> {
    if approved {
        return Err(StoreError::Lifecycle(
            concord_domain::LifecycleRefusal::MinutesFrozen,
        ));
    }
    if when == When::Live && state != MeetingState::Opened.key() {
        return Err(refused(QuestionRefusal::MeetingNotOpen));
    }
    Ok(())
}

fn check_meeting_of(conn: &Connection, meeting_id: i64, when: When) -> Result<(), StoreError> {
    let (state, approved): (String, Option<String>) = conn
        .query_row(
            "SELECT state, approved_at FROM meeting WHERE id = ?1",
            [meeting_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(StoreError::MeetingNotFound(meeting_id))?;
    check_meeting(&state, approved.is_some(), when)
}

/// Writes the question's outcome once the rule engine says it is decided.
fn store_outcome(
    conn: &Connection,
    record: &QuestionRecord,
    at: NaiveDateTime,
) -> Result<(), StoreError> {
    if let (true, Some(outcome)) = (record.state.decided, &record.state.outcome) {
        conn.execute(
            "UPDATE question SET state = 'decided', outcome = ?2, adopted = ?3, decided_at = ?4
             WHERE id = ?1",
            params![record.question.id, outcome.key(), outcome.adopted(), at],
        )?;
    }
    Ok(())
}

fn round_question(conn: &Connection, round_id: i64) -> Result<(i64, bool), StoreError> {
    conn.query_row(
        "SELECT question_id, closed_at IS NOT NULL FROM question_round WHERE id = ?1",
        [round_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or(StoreError::RoundNotFound(round_id))
}

fn write_rule(
    conn: &Connection,
    question_id: i64,
    rule: Option<&DecisionRule>,
    overridden: bool,
) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE question SET rule_overridden = ?2, rule_kind = ?3, rule_quorum_percent = ?4,
            rule_allowed_objections = ?5, rule_supermajority_num = ?6, rule_supermajority_den = ?7,
            rule_max_failed_rounds = ?8, rule_anonymous = ?9 WHERE id = ?1",
        params![
            question_id,
            overridden,
            rule.map(|r| r.kind.key()),
            rule.map(|r| r.quorum_percent),
            rule.map(|r| r.allowed_objections),
            rule.map(|r| r.supermajority_num),
            rule.map(|r| r.supermajority_den),
            rule.map(|r| r.max_failed_rounds),
            rule.map(|r| r.anonymous),
        ],
    )?;
    Ok(())
}

impl Store {
    /// Asks a question in an open meeting; `question.id` is ignored and the new id returned.
    pub fn add_question(
        &mut self,
        question: &Question,
        at: NaiveDateTime,
    ) -> Result<i64, StoreError> {
        self.add_question_as(question, at, When::Live)
    }

    pub(crate) fn add_question_as(
        &mut self,
        question: &Question,
        at: NaiveDateTime,
        when: When,
    ) -> Result<i64, StoreError> {
        question.validate().map_err(StoreError::Invalid)?;
        self.insert_question(question, None, at, when)
    }

    fn insert_question(
        &mut self,
        question: &Question,
        asked_again_from: Option<i64>,
        at: NaiveDateTime,
        when: When,
    ) -> Result<i64, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        check_meeting_of(&tx, question.meeting_id, when)?;
        if let Some(item) = question.agenda_item_id {
            let of_meeting: Option<i64> = tx
                .query_row(
                    "SELECT meeting_id FROM agenda_item WHERE id = ?1",
                    [item],
                    |r| r.get(0),
                )
                .optional()?;
            if of_meeting != Some(question.meeting_id) {
                return Err(StoreError::RecordNotFound {
                    table: "agenda_item",
                    id: item,
                });
            }
        }
        // A pending amendment is kept in a column of its own (migration 018).
        let amendment = question.vision_amendment();
        if let Some(id) = amendment {
            crate::vision::check_amendment_link(&tx, id)?;
        }
        let subject = question.subject.filter(|_| amendment.is_none());
        tx.execute(
            "INSERT INTO question (meeting_id, agenda_item_id, position, text_zh, text_en,
                subject_kind, subject_id, created_at, asked_again_from, vision_amendment_id)
             VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM question
                WHERE meeting_id = ?1), ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                question.meeting_id,
                question.agenda_item_id,
                question.text_zh.trim(),
                question.text_en.trim(),
                subject.map(|s| s.kind.key()),
                subject.map(|s| s.id),
                at,
                asked_again_from,
                amendment,
            ],
        )?;
        let id = tx.last_insert_rowid();
        if let Some(rule) = &question.rule_override {
            write_rule(&tx, id, Some(rule), true)?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Asks a question that ended without adoption again, with a revised text: a new question
    /// in the same meeting and under the same agenda item, with the first one's own rule if it
    /// had one. Returns the new question's id; its first round opens with `open_round`.
    pub fn ask_again(
        &mut self,
        question_id: i64,
        text_zh: &str,
        text_en: &str,
        at: NaiveDateTime,
    ) -> Result<i64, StoreError> {
        let first = self.question(question_id)?;
        let revised = Question {
            id: 0,
            text_zh: text_zh.to_owned(),
            text_en: text_en.to_owned(),
            ..first.question.clone()
        };
        revised.validate().map_err(StoreError::Invalid)?;
        if !first.state.offers.ask_again {
            return Err(refused(QuestionRefusal::AskAgainNotOffered));
        }
        self.insert_question(&revised, Some(question_id), at, When::Live)
    }

    /// Overrides the dialogue's rule for one question (`None`: back to the dialogue's), before
    /// its first round.
    pub fn set_question_rule(
        &mut self,
        question_id: i64,
        rule: Option<&DecisionRule>,
    ) -> Result<QuestionRecord, StoreError> {
        if let Some(rule) = rule {
            let errors = concord_domain::consensus::validate_rule(rule, "ruleOverride");
            if !errors.is_empty() {
                return Err(StoreError::Invalid(errors));
            }
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row = load_question_row(&tx, question_id)?;
        check_meeting(&row.meeting_state, row.approved, When::History)?;
        let record = load_record(&tx, question_id)?;
        if !record.state.offers.change_rule {
            return Err(refused(QuestionRefusal::RuleFixed));
        }
        write_rule(&tx, question_id, rule, rule.is_some())?;
        let record = load_record(&tx, question_id)?;
        tx.commit()?;
        Ok(record)
    }

    /// Opens the next round, with the amended text if there is one (empty: the text stands).
    /// The first round fixes the question's rule.
    pub fn open_round(
        &mut self,
        question_id: i64,
        text_zh: &str,
        text_en: &str,
        at: NaiveDateTime,
    ) -> Result<QuestionRecord, StoreError> {
        self.open_round_as(question_id, text_zh, text_en, at, When::Live)
    }

    pub(crate) fn open_round_as(
        &mut self,
        question_id: i64,
        text_zh: &str,
        text_en: &str,
        at: NaiveDateTime,
        when: When,
    ) -> Result<QuestionRecord, StoreError> {
        validate_amendment(text_zh, text_en).map_err(StoreError::Invalid)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row = load_question_row(&tx, question_id)?;
        check_meeting(&row.meeting_state, row.approved, when)?;
        let record = load_record(&tx, question_id)?;
        let offers = record.state.offers;
        if !offers.next_round {
            return Err(refused(if record.state.decided {
                QuestionRefusal::Decided
            } else if record.state.round_open {
                QuestionRefusal::RoundOpen
            } else {
                // Waiting for the casting vote on a tie.
                QuestionRefusal::CastingVoteNotOffered
            }));
        }
        if record.rounds.is_empty() && row.own_rule.is_none() {
            // The dialogue's rule as it is now settles this question, whatever changes later.
            write_rule(&tx, question_id, Some(&record.rule), false)?;
        }
        let room = Room::of(&tx, row.question.meeting_id, &record.rule)?;
        let number = record.rounds.len() as u32 + 1;
        tx.execute(
            "INSERT INTO question_round (question_id, number, text_zh, text_en, opened_at, present,
                total) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                question_id,
                number,
                text_zh.trim(),
                text_en.trim(),
                at,
                room.present(),
                room.total()
            ],
        )?;
        let record = load_record(&tx, question_id)?;
        tx.commit()?;
        Ok(record)
    }

    /// Records (or changes) one member's position in an open round, durably, and returns the
    /// round's tally as it now stands.
    pub fn record_position(
        &mut self,
        round_id: i64,
        stakeholder_id: i64,
        position: Position,
        at: NaiveDateTime,
    ) -> Result<RoundResult, StoreError> {
        self.write_positions(
            round_id,
            &[(stakeholder_id, Some(position))],
            at,
            When::Live,
        )
    }

    /// Takes back a position recorded by mistake in an open round.
    pub fn undo_position(
        &mut self,
        round_id: i64,
        stakeholder_id: i64,
        at: NaiveDateTime,
    ) -> Result<RoundResult, StoreError> {
        self.write_positions(round_id, &[(stakeholder_id, None)], at, When::Live)
    }

    /// Writes positions (`None`: taken back) in one transaction: all or nothing.
    pub(crate) fn write_positions(
        &mut self,
        round_id: i64,
        positions: &[(i64, Option<Position>)],
        at: NaiveDateTime,
        when: When,
    ) -> Result<RoundResult, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (question_id, closed) = round_question(&tx, round_id)?;
        let row = load_question_row(&tx, question_id)?;
        check_meeting(&row.meeting_state, row.approved, when)?;
        if closed {
            return Err(refused(QuestionRefusal::RoundClosed));
        }
        let rule = match row.own_rule {
            Some(rule) => rule,
            None => dialogue_rule(&tx)?,
        };
        let room = Room::of(&tx, row.question.meeting_id, &rule)?;
        for (stakeholder_id, position) in positions {
            match position {
                Some(position) => {
                    if !room.may_vote(*stakeholder_id) {
                        return Err(refused(QuestionRefusal::NotAVoterPresent));
                    }
                    tx.prepare_cached(
                        "INSERT INTO position (round_id, stakeholder_id, position, recorded_at)
                         VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (round_id, stakeholder_id) DO UPDATE
                            SET position = excluded.position, recorded_at = excluded.recorded_at
                            WHERE position.position IS NOT excluded.position",
                    )?
                    .execute(params![
                        round_id,
                        stakeholder_id,
                        position.key(),
                        at
                    ])?;
                }
                None => {
                    tx.prepare_cached(
                        "DELETE FROM position WHERE round_id = ?1 AND stakeholder_id = ?2",
                    )?
                    .execute(params![round_id, stakeholder_id])?;
                }
            }
        }
        let counts = round_counts(&tx, round_id)?;
        tx.commit()?;
        Ok(tally_counts(&rule, room.present(), room.total(), counts))
    }

    /// Closes the open round: its counts and verdict are stored and never change again. When
    /// the round settles the question, the outcome is stored with it.
    pub fn close_round(
        &mut self,
        round_id: i64,
        at: NaiveDateTime,
    ) -> Result<QuestionRecord, StoreError> {
        self.close_round_as(round_id, at, When::Live)
    }

    pub(crate) fn close_round_as(
        &mut self,
        round_id: i64,
        at: NaiveDateTime,
        when: When,
    ) -> Result<QuestionRecord, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (question_id, closed) = round_question(&tx, round_id)?;
        let row = load_question_row(&tx, question_id)?;
        check_meeting(&row.meeting_state, row.approved, when)?;
        if closed {
            return Err(refused(QuestionRefusal::RoundClosed));
        }
        let record = load_record(&tx, question_id)?;
        let result = record
            .rounds
            .iter()
            .find(|r| r.id == round_id)
            .map(|r| r.result)
            .ok_or(StoreError::RoundNotFound(round_id))?;
        tx.execute(
            "UPDATE question_round SET closed_at = ?2, present = ?3, total = ?4, consent = ?5,
                stand_aside = ?6, object = ?7, verdict = ?8, weak = ?9 WHERE id = ?1",
            params![
                round_id,
                at,
                result.present,
                result.total,
                result.counts.consent,
                result.counts.stand_aside,
                result.counts.object,
                result.verdict.key(),
                result.weak,
            ],
        )?;
        let record = load_record(&tx, question_id)?;
        store_outcome(&tx, &record, at)?;
        let record = load_record(&tx, question_id)?;
        tx.commit()?;
        Ok(record)
    }

    /// The focal point's casting vote on an exact tie under a majority rule.
    pub fn cast_vote(
        &mut self,
        question_id: i64,
        adopt: bool,
        at: NaiveDateTime,
    ) -> Result<QuestionRecord, StoreError> {
        self.cast_vote_as(question_id, adopt, at, When::Live)
    }

    pub(crate) fn cast_vote_as(
        &mut self,
        question_id: i64,
        adopt: bool,
        at: NaiveDateTime,
        when: When,
    ) -> Result<QuestionRecord, StoreError> {
        self.intervene(
            question_id,
            when,
            at,
            |offers| offers.casting_vote,
            QuestionRefusal::CastingVoteNotOffered,
            |tx| {
                tx.execute(
                    "UPDATE question SET casting_vote = ?2, casting_vote_at = ?3 WHERE id = ?1",
                    params![question_id, adopt, at],
                )
            },
        )
    }

    /// The focal point decides alone, with a written rationale, once consensus has failed the
    /// configured number of rounds (CNSC Membership Declaration).
    pub fn decide_as_focal_point(
        &mut self,
        question_id: i64,
        decision: &FocalPointDecision,
        at: NaiveDateTime,
    ) -> Result<QuestionRecord, StoreError> {
        self.decide_as_focal_point_as(question_id, decision, at, When::Live)
    }

    pub(crate) fn decide_as_focal_point_as(
        &mut self,
        question_id: i64,
        decision: &FocalPointDecision,
        at: NaiveDateTime,
        when: When,
    ) -> Result<QuestionRecord, StoreError> {
        decision.validate().map_err(StoreError::Invalid)?;
        self.intervene(
            question_id,
            when,
            at,
            |offers| offers.focal_point_decision,
            QuestionRefusal::FocalPointNotOffered,
            |tx| {
                tx.execute(
                    "UPDATE question SET focal_point_adopt = ?2, focal_point_rationale = ?3,
                        focal_point_at = ?4 WHERE id = ?1",
                    params![question_id, decision.adopt, decision.rationale.trim(), at],
                )
            },
        )
    }

    /// The focal point's casting vote or decision: refused unless the rounds offer it now;
    /// `write` records it and the outcome is stored from the record as it then stands.
    fn intervene(
        &mut self,
        question_id: i64,
        when: When,
        at: NaiveDateTime,
        offered: fn(&Offers) -> bool,
        not_offered: QuestionRefusal,
        write: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<usize>,
    ) -> Result<QuestionRecord, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row = load_question_row(&tx, question_id)?;
        check_meeting(&row.meeting_state, row.approved, when)?;
        let record = load_record(&tx, question_id)?;
        if record.state.decided {
            return Err(refused(QuestionRefusal::Decided));
        }
        if !offered(&record.state.offers) {
            return Err(refused(not_offered));
        }
        write(&tx)?;
        let record = load_record(&tx, question_id)?;
        store_outcome(&tx, &record, at)?;
        let record = load_record(&tx, question_id)?;
        tx.commit()?;
        Ok(record)
    }

    /// Every question of a meeting, in the order they were asked, with rounds and outcomes.
    pub fn questions(&self, meeting_id: i64) -> Result<Vec<QuestionRecord>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM question WHERE meeting_id = ?1 ORDER BY position")?;
        let ids = stmt
            .query_map([meeting_id], |r| r.get::<_, i64>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        ids.into_iter()
            .map(|id| load_record(&self.conn, id))
            .collect()
    }

    /// One question with its rounds, positions, rule and where it stands.
    pub fn question(&self, id: i64) -> Result<QuestionRecord, StoreError> {
        load_record(&self.conn, id)
    }
}

fn round_counts(conn: &Connection, round_id: i64) -> Result<PositionCounts, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT position, count(*) FROM position WHERE round_id = ?1 GROUP BY position",
    )?;
    let mut counts = PositionCounts::default();
    let rows = stmt.query_map([round_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?))
    })?;
    for row in rows {
        let (key, n) = row?;
        match Position::from_key(&key) {
            Some(Position::Consent) => counts.consent = n,
            Some(Position::StandAside) => counts.stand_aside = n,
            Some(Position::Object) => counts.object = n,
            None => return Err(StoreError::Corrupt(format!("position {key:?}"))),
        }
    }
    Ok(counts)
}
