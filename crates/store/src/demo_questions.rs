//! The demo's consensus questions: one ending each way the rule engine knows. The dialogue's
//! rule is consensus minus one objection; three questions override it with a majority rule.
//! The plenary already took place, so these are written as history (`When::History`).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use concord_domain::{DecisionRule, FocalPointDecision, Position, Question, RuleKind, Subject};

use crate::questions::When;
use crate::{Store, StoreError};

/// Who objects and who stands aside, by English name; every other voting member present
/// consents (or, where `silent` names them, takes no position).
pub(crate) struct Positions<'a> {
    pub(crate) object: &'a [&'a str],
    pub(crate) stand_aside: &'a [&'a str],
    pub(crate) silent: &'a [&'a str],
}

pub(crate) const CONSENSUS: Positions<'static> = Positions {
    object: &[],
    stand_aside: &["Ji Xiangyun", "Chen Shufen", "Liu Yang"],
    silent: &[],
};

/// Stand-asides above a third of the positions: adopted, but weakly.
const WEAK: Positions<'static> = Positions {
    object: &["Yang Fan"],
    stand_aside: &[
        "Zhang Li",
        "Zheng Haitao",
        "Zhao Guoqiang",
        "Huang Lei",
        "Liu Yang",
        "Ayguli",
        "Shan Xuemei",
        "Ma Xiaoyan",
        "Yuan Lixin",
        "Deng Xiaoming",
        "Guo Jianhua",
    ],
    silent: &[],
};

/// Five objections would block consensus minus one; two thirds of the positions consent.
const SUPERMAJORITY: Positions<'static> = Positions {
    object: &[
        "Zeng Fanrong",
        "Bai Yulan",
        "Guo Jianhua",
        "Deng Xiaoming",
        "He Wei",
    ],
    stand_aside: &["Wei Qiang", "Jiang Tao", "Peng Lijuan"],
    silent: &[],
};

/// 14 consents against 6 stand-asides and 8 objections; the mayor takes no position.
const TIE: Positions<'static> = Positions {
    object: &[
        "Zhao Guoqiang",
        "Sun Jianping",
        "Zheng Haitao",
        "Wei Qiang",
        "Zeng Fanrong",
        "Bai Yulan",
        "Chen Shufen",
        "Guo Jianhua",
    ],
    stand_aside: &[
        "Duan Yu",
        "Gao Hongmei",
        "Wu Min",
        "Feng Zhigang",
        "Han Lei",
        "Peng Lijuan",
    ],
    silent: &["Wang Zhili"],
};

pub(crate) const REJECTED: Positions<'static> = Positions {
    object: &[
        "Wang Zhili",
        "Li Jianguo",
        "Duan Yu",
        "Gao Hongmei",
        "Zhang Li",
        "Ji Xiangyun",
        "Chen Shufen",
        "Zhao Guoqiang",
        "Sun Jianping",
        "Wu Min",
        "Zheng Haitao",
        "He Wei",
        "Han Lei",
        "Yuan Lixin",
        "Zeng Fanrong",
        "Bai Yulan",
        "Ma Xiaoyan",
        "Guo Jianhua",
    ],
    stand_aside: &["Wei Qiang", "Jiang Tao", "Peng Lijuan", "Feng Zhigang"],
    silent: &[],
};

/// The three failed rounds on doubling the renewables: the coal and heat producers object.
const RENEWABLES_1: Positions<'static> = Positions {
    object: &["Zheng Haitao", "Zhao Guoqiang", "Sun Jianping"],
    stand_aside: &["Zeng Fanrong", "Bai Yulan"],
    silent: &[],
};
const RENEWABLES_2: Positions<'static> = Positions {
    object: &["Zheng Haitao", "Zhao Guoqiang"],
    stand_aside: &["Sun Jianping", "Zeng Fanrong"],
    silent: &[],
};

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
}

/// The voting members present, by English name, in register order.
pub(crate) fn voters_present(
    store: &Store,
    meeting_id: i64,
) -> Result<Vec<(i64, String)>, StoreError> {
    let mut stmt = store.conn.prepare(
        "SELECT s.id, s.name_en FROM stakeholder s
         JOIN attendance a ON a.stakeholder_id = s.id AND a.meeting_id = ?1 AND a.present = 1
         WHERE s.role = 'voting-member' AND s.status = 'active' AND s.erased_on IS NULL
         ORDER BY s.id",
    )?;
    let rows = stmt.query_map([meeting_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) struct Demo<'a> {
    pub(crate) store: &'a mut Store,
    pub(crate) meeting_id: i64,
    pub(crate) voters: Vec<(i64, String)>,
    pub(crate) agenda: Vec<i64>,
}

impl Demo<'_> {
    pub(crate) fn ask(
        &mut self,
        item: Option<usize>,
        text_zh: &str,
        text_en: &str,
        rule: Option<DecisionRule>,
        when: NaiveDateTime,
    ) -> Result<i64, StoreError> {
        self.ask_about(item, (text_zh, text_en), rule, None, when)
    }

    /// Asks a question about `subject` (a Vision amendment, a version).
    pub(crate) fn ask_about(
        &mut self,
        item: Option<usize>,
        (text_zh, text_en): (&str, &str),
        rule: Option<DecisionRule>,
        subject: Option<Subject>,
        when: NaiveDateTime,
    ) -> Result<i64, StoreError> {
        let question = Question {
            id: 0,
            meeting_id: self.meeting_id,
            agenda_item_id: item.and_then(|n| self.agenda.get(n).copied()),
            text_zh: text_zh.into(),
            text_en: text_en.into(),
            subject,
            rule_override: rule,
        };
        self.store.add_question_as(&question, when, When::History)
    }

    /// Opens a round at `when`, records everyone's positions a minute later and closes it two
    /// minutes after that.
    pub(crate) fn round(
        &mut self,
        question_id: i64,
        amended: (&str, &str),
        who: &Positions<'_>,
        when: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let record =
            self.store
                .open_round_as(question_id, amended.0, amended.1, when, When::History)?;
        let round_id = record
            .rounds
            .last()
            .map(|r| r.id)
            .ok_or(StoreError::QuestionNotFound(question_id))?;
        let positions: Vec<(i64, Option<Position>)> = self
            .voters
            .iter()
            .filter(|(_, name)| !who.silent.contains(&name.as_str()))
            .map(|(id, name)| {
                let position = if who.object.contains(&name.as_str()) {
                    Position::Object
                } else if who.stand_aside.contains(&name.as_str()) {
                    Position::StandAside
                } else {
                    Position::Consent
                };
                (*id, Some(position))
            })
            .collect();
        let minute = TimeDelta::minutes(1);
        self.store
            .write_positions(round_id, &positions, when + minute, When::History)?;
        self.store
            .close_round_as(round_id, when + minute * 3, When::History)?;
        Ok(())
    }
}

/// Adds the questions of the demo plenary `meeting_id` (held on `day`).
pub(crate) fn add(store: &mut Store, meeting_id: i64, day: NaiveDate) -> Result<(), StoreError> {
    let voters = voters_present(store, meeting_id)?;
    let agenda = store
        .meeting(meeting_id)?
        .agenda
        .iter()
        .map(|item| item.id)
        .collect();
    let dialogue_rule = store.require_dialogue()?.rule;
    let mut demo = Demo {
        store,
        meeting_id,
        voters,
        agenda,
    };
    let unchanged = ("", "");

    // 1. Consensus: three stand aside, nobody objects.
    let q = demo.ask(
        Some(2),
        "以技术工作组提出的三项差距（可再生能源占比、建筑能效、公共交通分担率）作为下一阶段的工作重点。",
        "The three deficits named by the technical working group (renewable share, building efficiency, public transport share) are the priorities of the next phase.",
        None,
        at(day, 10, 40),
    )?;
    demo.round(q, unchanged, &CONSENSUS, at(day, 10, 42))?;

    // 2. Weak consensus: one objection is allowed, but eleven of 29 stand aside.
    let q = demo.ask(
        Some(3),
        "以愿景草案作为第二稿的基础：“到2030年，渭南成为关中平原东部绿色低碳、韧性宜居、人人共享的城市。”",
        "The draft vision is the basis of the second draft: \"By 2030 Weinan is a green, low-carbon, resilient and liveable city of the eastern Guanzhong Plain, shared by all.\"",
        None,
        at(day, 11, 20),
    )?;
    demo.round(q, unchanged, &WEAK, at(day, 11, 22))?;

    // 3. The focal point decides after three failed rounds (seed 003).
    let q = demo.ask(
        Some(3),
        "在愿景中写入：“到2030年，可再生能源占比翻一番。”",
        "Write into the vision: \"By 2030 the share of renewable energy has doubled.\"",
        None,
        at(day, 11, 30),
    )?;
    demo.round(q, unchanged, &RENEWABLES_1, at(day, 11, 31))?;
    demo.round(
        q,
        (
            "在愿景中写入：“到2030年，可再生能源占比较2025年翻一番。”",
            "Write into the vision: \"By 2030 the share of renewable energy has doubled compared with 2025.\"",
        ),
        &RENEWABLES_2,
        at(day, 11, 36),
    )?;
    demo.round(
        q,
        (
            "在愿景中写入：“到2030年，可再生能源占比较2025年翻一番，传统产业职工获得转岗培训。”",
            "Write into the vision: \"By 2030 the share of renewable energy has doubled compared with 2025, and workers of traditional industries are retrained for new jobs.\"",
        ),
        &RENEWABLES_2,
        at(day, 11, 41),
    )?;
    demo.store.decide_as_focal_point_as(
        q,
        &FocalPointDecision {
            adopt: true,
            rationale: "三轮协商均有两项以上反对，未能达成共识。联络人根据会员宣言采纳第三轮文本：可再生能源占比翻一番是亚太经合组织的能源目标，也体现在可持续发展目标7中；第三轮文本写入了职工转岗培训，回应了反对意见的主要关切。\nThree rounds each met two or more objections, so consensus failed. As the Membership Declaration provides, the focal point adopts the text of the third round: doubling the share of renewables is an APEC energy goal mirrored in SDG 7, and the third text answers the main concern of the objections with retraining for workers.".into(),
        },
        at(day, 11, 46),
        When::History,
    )?;

    // 4. Adopted by a two-thirds majority where consensus minus one would have failed.
    let two_thirds = DecisionRule {
        kind: RuleKind::Supermajority,
        supermajority_num: 2,
        supermajority_den: 3,
        ..dialogue_rule
    };
    let q = demo.ask(
        Some(4),
        "技术工作组每月召开一次会议，会议纪要发送全体成员。",
        "The technical working group meets monthly and sends its minutes to every member.",
        Some(two_thirds),
        at(day, 11, 55),
    )?;
    demo.round(q, unchanged, &SUPERMAJORITY, at(day, 11, 56))?;

    // 5. Rejected by a simple majority.
    let majority = DecisionRule {
        kind: RuleKind::SimpleMajority,
        ..dialogue_rule
    };
    let q = demo.ask(
        Some(4),
        "今后的全体会议改为线上举行。",
        "Hold the plenaries online from now on.",
        Some(majority),
        at(day, 12, 0),
    )?;
    demo.round(q, unchanged, &REJECTED, at(day, 12, 1))?;

    // 6. An exact tie under the simple majority, settled by the focal point's casting vote.
    let q = demo.ask(
        Some(4),
        "第二次全体会议通过网络向公众直播。",
        "The second plenary is streamed live to the public.",
        Some(majority),
        at(day, 12, 6),
    )?;
    demo.round(q, unchanged, &TIE, at(day, 12, 7))?;
    demo.store
        .cast_vote_as(q, true, at(day, 12, 12), When::History)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use concord_domain::Outcome;

    use crate::{Store, demo};

    #[test]
    fn the_demo_questions_end_each_way() {
        let mut store = Store::open_in_memory().expect("store");
        let summary = demo::create(&mut store, demo::sample_date()).expect("demo");
        let questions = store.questions(summary.meeting_id).expect("questions");
        let outcomes: Vec<_> = questions
            .iter()
            .map(|q| q.state.outcome.clone().expect("decided"))
            .collect();
        assert_eq!(
            outcomes.iter().map(Outcome::key).collect::<Vec<_>>(),
            [
                "consensus",
                "weak-consensus",
                "focal-point-adopt",
                "majority",
                "rejected",
                "casting-vote-adopt",
                // The Vision's (demo_vision.rs): an amendment accepted, one rejected, adoption.
                "consensus",
                "rejected",
                "consensus"
            ]
        );
        assert!(questions.iter().all(|q| q.state.decided));
        let renewables = &questions[2];
        assert_eq!(renewables.rounds.len(), 3);
        assert_eq!(renewables.state.failed_rounds, 3);
        assert!(renewables.current_text().1.contains("retrained"));
        let tie = &questions[5];
        assert_eq!(tie.rounds[0].result.counts.consent, 14);
        assert_eq!(tie.rounds[0].result.missing, 1);
    }
}
