//! Who took which position, round by round: a table under each question of the minutes when
//! the dialogue records positions by name, and only a note (the counts stand above it) when
//! positions are taken anonymously.

use concord_domain::{Position, QuestionRecord, Stakeholder};

use crate::voice::Voice;
use crate::{Block, Table};

/// The blocks that follow a question's account: the named table, the anonymity note, or
/// nothing while no round has closed.
pub(crate) fn position_blocks(
    record: &QuestionRecord,
    people: &[Stakeholder],
    voice: &Voice,
) -> Vec<Block> {
    let closed: Vec<_> = record
        .rounds
        .iter()
        .filter(|r| r.closed_at.is_some())
        .collect();
    if closed.is_empty() {
        return Vec::new();
    }
    if record.rule.anonymous {
        return vec![Block::secondary(voice.label_lines("question-positions-anonymous")).into()];
    }
    // Everyone who took a position in a closed round, in the register's order.
    let members: Vec<&Stakeholder> = people
        .iter()
        .filter(|p| {
            closed
                .iter()
                .any(|r| r.positions.iter().any(|x| x.stakeholder_id == p.id))
        })
        .collect();
    if members.is_empty() {
        return Vec::new();
    }
    let round_width = 0.66 / closed.len() as f32;
    let mut columns = vec![(voice.label_cell("question-col-member"), 0.34)];
    for round in &closed {
        let title = |i18n: &concord_i18n::I18n| {
            i18n.fmt(
                "question-col-round",
                &[("number", concord_i18n::FluentValue::from(round.number))],
            )
        };
        columns.push((
            voice.cell(&title(&voice.zh), &title(&voice.en)),
            round_width,
        ));
    }
    let mut table = Table::new(columns);
    for person in members {
        let mut row = vec![voice.cell(&person.name_zh, &person.name_en)];
        for round in &closed {
            let taken = round
                .positions
                .iter()
                .find(|x| x.stakeholder_id == person.id)
                .map(|x| x.position);
            row.push(match taken {
                Some(position) => voice.label_cell(position_id(position)),
                None => "—".to_owned(),
            });
        }
        table.push_row(row);
    }
    vec![
        Block::secondary(voice.label_lines("question-positions-by-name"))
            .keep_with_next()
            .into(),
        Block::Table(table),
    ]
}

fn position_id(position: Position) -> &'static str {
    match position {
        Position::Consent => "question-position-consent",
        Position::StandAside => "question-position-stand-aside",
        Position::Object => "question-position-object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::minutes::Language;
    use concord_domain::{
        DecisionRule, Interventions, PositionCounts, PositionRecord, Question, Role, Round, Sector,
        question_state, tally_counts,
    };

    fn person(id: i64, zh: &str, en: &str) -> Stakeholder {
        Stakeholder {
            id,
            ..Stakeholder::new(zh, en, Sector::LocalAuthority, Role::VotingMember)
        }
    }

    fn record(anonymous: bool) -> QuestionRecord {
        let rule = DecisionRule {
            anonymous,
            ..DecisionRule::default()
        };
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 21)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap_or_default();
        let round = |number: u32, taken: &[(i64, Position)]| {
            let positions: Vec<PositionRecord> = taken
                .iter()
                .map(|(id, position)| PositionRecord {
                    stakeholder_id: *id,
                    position: *position,
                    recorded_at: at,
                })
                .collect();
            let counts = PositionCounts::of(&taken.iter().map(|(_, p)| *p).collect::<Vec<_>>());
            Round {
                id: i64::from(number),
                number,
                text_zh: String::new(),
                text_en: String::new(),
                opened_at: at,
                closed_at: Some(at),
                positions,
                result: tally_counts(&rule, 3, 3, counts),
            }
        };
        let rounds = vec![
            round(
                1,
                &[
                    (1, Position::Consent),
                    (2, Position::Object),
                    (3, Position::StandAside),
                ],
            ),
            round(2, &[(1, Position::Consent), (2, Position::Consent)]),
        ];
        let results: Vec<_> = rounds.iter().map(|r| r.result).collect();
        let state = question_state(&rule, &results, false, Interventions::default());
        QuestionRecord {
            question: Question {
                id: 1,
                meeting_id: 1,
                agenda_item_id: None,
                text_zh: "采纳愿景。".into(),
                text_en: "Adopt the vision.".into(),
                subject: None,
                rule_override: None,
            },
            number: 1,
            rule,
            created_at: at,
            rounds,
            casting_vote: None,
            focal_point: None,
            decided_at: Some(at),
            state,
            asked_again_from: None,
            asked_again_as: None,
        }
    }

    fn people() -> Vec<Stakeholder> {
        vec![
            person(3, "陈静", "Chen Jing"),
            person(1, "王丽", "Wang Li"),
            person(2, "张伟", "Zhang Wei"),
            person(4, "刘洋", "Liu Yang"),
        ]
    }

    fn table(blocks: &[Block]) -> &Table {
        blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .expect("a table")
    }

    #[test]
    fn named_positions_are_tabled_round_by_round_in_register_order() {
        let blocks = position_blocks(&record(false), &people(), &Voice::new(Language::En));
        let t = table(&blocks);
        let titles: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["Member", "Round 1", "Round 2"]);
        assert_eq!(
            t.rows,
            [
                ["Chen Jing", "Stand aside", "—"],
                ["Wang Li", "Consent", "Consent"],
                ["Zhang Wei", "Object", "Consent"],
            ],
            "Liu Yang took no position and is not listed"
        );
        let zh = position_blocks(&record(false), &people(), &Voice::new(Language::ZhCn));
        assert_eq!(table(&zh).rows[2], ["张伟", "反对", "同意"]);
        let both = position_blocks(&record(false), &people(), &Voice::new(Language::Bilingual));
        assert_eq!(table(&both).rows[2][0], "张伟\nZhang Wei");
        assert_eq!(table(&both).columns[1].title, "第 1 轮\nRound 1");
    }

    #[test]
    fn anonymous_positions_leave_the_counts_alone() {
        let blocks = position_blocks(&record(true), &people(), &Voice::new(Language::En));
        assert_eq!(blocks.len(), 1);
        assert!(!blocks.iter().any(|b| matches!(b, Block::Table(_))));
        match &blocks[0] {
            Block::Paragraph(p) => assert!(p.text.contains("anonymously"), "{}", p.text),
            other => panic!("expected a note, got {other:?}"),
        }
    }
}
