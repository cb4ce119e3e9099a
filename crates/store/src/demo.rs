//! The demo dialogue: Weinan (渭南) with its IUC partner Reggio Emilia, a register of forty
//! stakeholders, a town-hall plenary with long Chinese notes, decisions, action items and
//! approved minutes, and the next plenary planned. The register deliberately
//! has no investor, so the inclusiveness panel has a gap to point at.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use concord_domain::{
    ActionItem, ActionStatus, Attendance, Decision, DecisionBasis, DecisionRule, Dialogue,
    DisadvantagedGroup, FocalPoint, HelixGroup, HighLevelRepresentative, Meeting, MeetingKind,
    MeetingState, Role, RuleKind, Sector, Stakeholder, Status,
};

pub use crate::demo_declarations::{DemoDeclarations, sample_signature};
use crate::{NewAgendaItem, NewStakeholder, Store, StoreError};

/// What `create` put into the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    pub dialogue_id: i64,
    pub stakeholders: usize,
    pub meetings: usize,
    pub meeting_id: i64,
}

/// A fixed date for reproducible demos in tests.
pub fn sample_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

/// Fills an empty database with the demo; the plenary takes place on `meeting_day`.
/// Refuses a database that already holds a dialogue, and writes nothing then.
pub fn create(store: &mut Store, meeting_day: NaiveDate) -> Result<DemoSummary, StoreError> {
    if let Some(existing) = store.dialogue()? {
        return Err(StoreError::DialogueExists {
            city: existing.city_label(),
        });
    }
    let dialogue = store.save_dialogue(&dialogue())?;
    let people = stakeholders();
    let ids = store.add_stakeholders(&people)?;
    // Three voting members sent apologies, and one invited person has not confirmed yet;
    // everyone else is in the room.
    let absent = [5usize, 17, 26, 39];
    let attendance: Vec<_> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            if absent.contains(&i) {
                Attendance::absent(*id)
            } else {
                Attendance::present(*id)
            }
        })
        .collect();
    let meeting_id = store.add_meeting(&plenary(meeting_day), &agenda(), &attendance)?;
    record_outcomes(store, meeting_id, &ids)?;
    crate::demo_questions::add(store, meeting_id, meeting_day)?;
    crate::demo_vision::add(store, meeting_id, meeting_day)?;
    crate::demo_deficits::add(store, meeting_id, meeting_day)?;
    store.approve_minutes(meeting_id, "李建国 Li Jianguo", at(meeting_day, 16, 30))?;
    // The next plenary is planned, its first item the open action items of the first.
    store.add_meeting(
        &next_plenary(meeting_day + chrono::Days::new(28)),
        &next_agenda(),
        &[],
    )?;
    crate::demo_declarations::add(store, &dialogue, meeting_day)?;
    crate::demo_scenarios::add(store, meeting_day)?;
    crate::demo_targets::add(store, meeting_day)?;
    crate::demo_measures::add(store, meeting_day)?;
    Ok(DemoSummary {
        dialogue_id: dialogue.id,
        stakeholders: ids.len(),
        meetings: 2,
        meeting_id,
    })
}

pub fn dialogue() -> Dialogue {
    Dialogue {
        id: 0,
        city_zh: "渭南".into(),
        city_en: "Weinan".into(),
        economy: "China".into(),
        partner_city_zh: "雷焦艾米利亚".into(),
        partner_city_en: "Reggio Emilia".into(),
        focal_point: FocalPoint {
            family_name_zh: "李".into(),
            first_name_zh: "建国".into(),
            family_name_en: "Li".into(),
            first_name_en: "Jianguo".into(),
            title_zh: "渭南市人民政府副秘书长".into(),
            title_en: "Deputy Secretary-General, Weinan Municipal Government".into(),
            administration_zh: "渭南市人民政府".into(),
            administration_en: "Weinan Municipal People's Government".into(),
            economy: "China".into(),
            postal_address_zh: "陕西省渭南市临渭区朝阳大街1号，邮编714000".into(),
            postal_address_en: "1 Chaoyang Street, Linwei District, Weinan, Shaanxi 714000".into(),
            email: "li.jianguo@weinan.gov.cn".into(),
            mobile: "+86 139 9132 0101".into(),
            fax: "+86 913 212 0102".into(),
            assistant_name_zh: "周晓雯".into(),
            assistant_name_en: "Zhou Xiaowen".into(),
            assistant_email: "zhou.xiaowen@weinan.gov.cn".into(),
        },
        high_level_rep: HighLevelRepresentative {
            name_zh: "王志立".into(),
            name_en: "Wang Zhili".into(),
            title_zh: "渭南市市长".into(),
            title_en: "Mayor of Weinan".into(),
        },
        rule: DecisionRule {
            kind: RuleKind::ConsensusMinus,
            allowed_objections: 1,
            ..DecisionRule::default()
        },
    }
}

fn person(
    name_zh: &str,
    name_en: &str,
    org_zh: &str,
    org_en: &str,
    sector: Sector,
    helix: HelixGroup,
    role: Role,
) -> NewStakeholder {
    let email = format!("{}@example.cn", name_en.to_lowercase().replace(' ', "."));
    NewStakeholder {
        organisation_zh: org_zh.into(),
        organisation_en: org_en.into(),
        helix,
        email,
        consent_date: NaiveDate::from_ymd_opt(2026, 9, 15),
        consent_notice: "Concord 隐私告知书 第1版 / Concord privacy notice v1".into(),
        ..Stakeholder::new(name_zh, name_en, sector, role)
    }
}

/// The disadvantaged groups the demo's people speak for, by Chinese name.
const DEMO_GROUPS: &[(&str, &[DisadvantagedGroup])] = {
    use DisadvantagedGroup::*;
    &[
        ("张丽", &[Women]),
        ("𠮷祥云", &[Disabilities]),
        ("刘洋", &[Youth]),
        ("陈淑芬", &[Elderly]),
        ("阿依古丽", &[Women, Migrants]),
        ("袁立新", &[LowIncome]),
        ("单雪梅", &[Women, LowIncome]),
        ("马晓燕", &[Women, EthnicMinorities]),
        ("李娜", &[Youth]),
        ("郭建华", &[Elderly, LowIncome]),
    ]
};

pub fn stakeholders() -> Vec<NewStakeholder> {
    use HelixGroup as H;
    use Role::{Expert, Observer, VotingMember as Voting};
    use Sector as S;
    [
        person(
            "王志立",
            "Wang Zhili",
            "渭南市人民政府",
            "Weinan Municipal People's Government",
            S::LocalAuthority,
            H::Government,
            Voting,
        ),
        person(
            "李建国",
            "Li Jianguo",
            "渭南市人民政府办公室",
            "Weinan Municipal Government Office",
            S::LocalAuthority,
            H::Government,
            Voting,
        ),
        person(
            "周晓雯",
            "Zhou Xiaowen",
            "渭南市人民政府办公室",
            "Weinan Municipal Government Office",
            S::LocalAuthority,
            H::Government,
            Observer,
        ),
        person(
            "段宇",
            "Duan Yu",
            "渭南市发展和改革委员会",
            "Weinan Development and Reform Commission",
            S::LocalAuthority,
            H::Government,
            Voting,
        ),
        person(
            "高红梅",
            "Gao Hongmei",
            "渭南市生态环境局",
            "Weinan Ecology and Environment Bureau",
            S::LocalAuthority,
            H::Government,
            Voting,
        ),
        person(
            "马振华",
            "Ma Zhenhua",
            "临渭区住房和城乡建设局",
            "Linwei District Housing and Urban-Rural Development Bureau",
            S::LocalAuthority,
            H::Government,
            Voting,
        ),
        person(
            "张丽",
            "Zhang Li",
            "渭南市妇女联合会",
            "Weinan Women's Federation",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "𠮷祥云",
            "Ji Xiangyun",
            "渭南市残疾人联合会",
            "Weinan Disabled Persons' Federation",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "刘洋",
            "Liu Yang",
            "秦东青年志愿者协会",
            "Qindong Youth Volunteers Association",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "陈淑芬",
            "Chen Shufen",
            "华州区老年人协会",
            "Huazhou District Elderly Association",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "杨帆",
            "Yang Fan",
            "渭南绿色家园环保协会",
            "Weinan Green Home Environmental Association",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "赵国强",
            "Zhao Guoqiang",
            "渭南市热力有限公司",
            "Weinan Heating Company",
            S::PublicCompany,
            H::Industry,
            Voting,
        ),
        person(
            "孙建平",
            "Sun Jianping",
            "国网渭南供电公司",
            "State Grid Weinan Power Supply Company",
            S::PublicCompany,
            H::Industry,
            Voting,
        ),
        person(
            "吴敏",
            "Wu Min",
            "渭南市公共交通集团",
            "Weinan Public Transport Group",
            S::PublicCompany,
            H::Industry,
            Voting,
        ),
        person(
            "郑海涛",
            "Zheng Haitao",
            "陕西渭河煤化工集团",
            "Shaanxi Weihe Coal Chemical Group",
            S::PrivateCompany,
            H::Industry,
            Voting,
        ),
        person(
            "黄蕾",
            "Huang Lei",
            "秦东光伏科技有限公司",
            "Qindong Photovoltaic Technology Co.",
            S::PrivateCompany,
            H::Industry,
            Voting,
        ),
        person(
            "何伟",
            "He Wei",
            "渭南果业合作社联合会",
            "Weinan Fruit Cooperatives Federation",
            S::PrivateCompany,
            H::Industry,
            Voting,
        ),
        person(
            "罗静",
            "Luo Jing",
            "渭南高新区绿色建材有限公司",
            "Weinan Hi-Tech Zone Green Building Materials Co.",
            S::PrivateCompany,
            H::Industry,
            Voting,
        ),
        person(
            "冯志刚",
            "Feng Zhigang",
            "渭南市节能技术服务中心",
            "Weinan Energy Conservation Service Centre",
            S::PublicCompany,
            H::Industry,
            Voting,
        ),
        person(
            "许婷",
            "Xu Ting",
            "渭南市消费者协会",
            "Weinan Consumers' Association",
            S::CivilSociety,
            H::CivilSociety,
            Observer,
        ),
        person(
            "韩磊",
            "Han Lei",
            "渭南师范学院",
            "Weinan Normal University",
            S::Research,
            H::Academia,
            Voting,
        ),
        person(
            "曹雪",
            "Cao Xue",
            "西安交通大学能源与动力工程学院",
            "Xi'an Jiaotong University, School of Energy and Power Engineering",
            S::Research,
            H::Academia,
            Expert,
        ),
        person(
            "Giulia Ferrari",
            "Giulia Ferrari",
            "雷焦艾米利亚市政府",
            "Comune di Reggio Emilia",
            S::LocalAuthority,
            H::Government,
            Observer,
        ),
        person(
            "Marco Bellini",
            "Marco Bellini",
            "雷焦艾米利亚创新园",
            "Tecnopolo di Reggio Emilia",
            S::Research,
            H::Academia,
            Expert,
        ),
        person(
            "彭丽娟",
            "Peng Lijuan",
            "渭南职业技术学院",
            "Weinan Vocational and Technical College",
            S::Education,
            H::Academia,
            Voting,
        ),
        person(
            "蒋涛",
            "Jiang Tao",
            "临渭区第一中学",
            "Linwei District No. 1 Middle School",
            S::Education,
            H::Academia,
            Voting,
        ),
        person(
            "谢春燕",
            "Xie Chunyan",
            "朝阳街道居民",
            "Resident, Chaoyang Subdistrict",
            S::Citizen,
            H::CivilSociety,
            Voting,
        ),
        person(
            "邓小明",
            "Deng Xiaoming",
            "杜桥街道居民",
            "Resident, Duqiao Subdistrict",
            S::Citizen,
            H::CivilSociety,
            Voting,
        ),
        person(
            "阿依古丽",
            "Ayguli",
            "渭南市外来务工人员服务中心",
            "Weinan Migrant Workers Service Centre",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "袁立新",
            "Yuan Lixin",
            "人民路社区居民委员会",
            "Renmin Road Community Residents' Committee",
            S::Citizen,
            H::CivilSociety,
            Voting,
        ),
        person(
            "曾凡荣",
            "Zeng Fanrong",
            "蒲城县人民政府",
            "Pucheng County People's Government",
            S::LocalAuthority,
            H::Government,
            Voting,
        ),
        person(
            "单雪梅",
            "Shan Xuemei",
            "渭南市低收入家庭互助会",
            "Weinan Low-Income Families Mutual Aid Society",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "白玉兰",
            "Bai Yulan",
            "大荔县农民专业合作社",
            "Dali County Farmers' Cooperative",
            S::PrivateCompany,
            H::Industry,
            Voting,
        ),
        person(
            "田野",
            "Tian Ye",
            "陕西省水利电力勘测设计研究院",
            "Shaanxi Water Resources and Electric Power Survey and Design Institute",
            S::Research,
            H::Academia,
            Expert,
        ),
        person(
            "马晓燕",
            "Ma Xiaoyan",
            "渭南市回族文化促进会",
            "Weinan Hui Culture Association",
            S::CivilSociety,
            H::CivilSociety,
            Voting,
        ),
        person(
            "李娜",
            "Li Na",
            "渭南技师学院",
            "Weinan Technician College",
            S::Education,
            H::Academia,
            Voting,
        ),
        person(
            "韦强",
            "Wei Qiang",
            "渭南市城市管理局",
            "Weinan Urban Management Bureau",
            S::LocalAuthority,
            H::Government,
            Voting,
        ),
        person(
            "Chiara Rossi",
            "Chiara Rossi",
            "雷焦艾米利亚能源署",
            "Agenzia per l'Energia di Reggio Emilia",
            S::Research,
            H::Academia,
            Expert,
        ),
        person(
            "郭建华",
            "Guo Jianhua",
            "华阴市居民代表",
            "Resident representative, Huayin",
            S::Citizen,
            H::CivilSociety,
            Voting,
        ),
        person(
            "苏敏",
            "Su Min",
            "渭南新能源汽车有限公司",
            "Weinan New Energy Vehicle Co.",
            S::PrivateCompany,
            H::Industry,
            Voting,
        ),
    ]
    .into_iter()
    .map(complete)
    .collect()
}

/// Groups represented, a mobile for some, and the few without consent or not yet confirmed.
fn complete(mut p: NewStakeholder) -> NewStakeholder {
    if let Some((_, groups)) = DEMO_GROUPS.iter().find(|(name, _)| *name == p.name_zh) {
        p.groups = groups.to_vec();
    }
    match p.name_zh.as_str() {
        "王志立" => p.mobile = "+86 139 9132 0001".into(),
        "李建国" => p.mobile = "+86 139 9132 0101".into(),
        "𠮷祥云" => {
            p.mobile = "+86 135 0913 2288".into();
            p.note = "需要无障碍会场和手语翻译。Needs an accessible venue and sign interpretation."
                .into();
        }
        // Consent not collected yet: their contacts are not exported.
        "谢春燕" | "邓小明" | "郭建华" => {
            p.consent_date = None;
            p.consent_notice.clear();
        }
        "苏敏" => p.status = Status::Invited,
        _ => {}
    }
    p
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
}

pub fn plenary(day: NaiveDate) -> Meeting {
    Meeting {
        id: 0,
        kind: MeetingKind::Plenary,
        title_zh: "渭南市可持续发展与碳中和多方利益相关者对话第一次全体会议".into(),
        title_en: "First plenary of the Weinan multistakeholder dialogue on sustainability and carbon neutrality".into(),
        starts_at: at(day, 9, 0),
        place_zh: "渭南市临渭区市民服务中心三楼市民大厅".into(),
        place_en: "Town Hall, 3rd floor, Citizen Service Centre, Linwei District, Weinan".into(),
        chair: "李建国 Li Jianguo".into(),
        secretary: "周晓雯 Zhou Xiaowen".into(),
        representative_name: "王志立 Wang Zhili".into(),
        representative_title: "渭南市市长 Mayor of Weinan".into(),
        state: MeetingState::Closed,
        opened_by: "王志立 Wang Zhili".into(),
        opened_at: Some(at(day, 9, 5)),
        closed_by: "王志立 Wang Zhili".into(),
        closed_at: Some(at(day, 12, 20)),
        approved_by: String::new(),
        approved_at: None,
    }
}

/// The second plenary, four weeks later: planned, so a person can open and run it.
pub fn next_plenary(day: NaiveDate) -> Meeting {
    Meeting {
        title_zh: "渭南市可持续发展与碳中和多方利益相关者对话第二次全体会议".into(),
        title_en: "Second plenary of the Weinan multistakeholder dialogue on sustainability and carbon neutrality".into(),
        starts_at: at(day, 9, 0),
        state: MeetingState::Planned,
        opened_by: String::new(),
        opened_at: None,
        closed_by: String::new(),
        closed_at: None,
        ..plenary(day)
    }
}

fn next_agenda() -> Vec<NewAgendaItem> {
    vec![
        item(
            "上次会议未完成的行动事项",
            "Open action items of the previous meeting",
            "周晓雯 Zhou Xiaowen",
            15,
            "",
            "",
        ),
        item(
            "技术工作组：指标基线与差距",
            "Technical working group: baseline and deficits",
            "韩磊 Han Lei",
            40,
            "",
            "",
        ),
        item(
            "愿景修订稿",
            "Revised vision",
            "李建国 Li Jianguo",
            40,
            "",
            "",
        ),
        item("闭幕", "Closing", "王志立 Wang Zhili", 10, "", ""),
    ]
}

/// Decisions and action items of the first plenary, linked to its agenda items.
fn record_outcomes(store: &mut Store, meeting_id: i64, people: &[i64]) -> Result<(), StoreError> {
    let record = store.meeting(meeting_id)?;
    let item = |n: usize| record.agenda.get(n).map(|i| i.id);
    let person = |n: usize| people.get(n).copied();
    let decisions = [
        (
            2,
            "技术工作组于下次全体会议前提交指标基线报告终稿，包括可再生能源占比、建筑能效和公共交通分担率三项差距。",
            "The technical working group submits the final baseline report before the next plenary, covering the three deficits: renewable share, building efficiency and public transport share.",
            DecisionBasis::Consensus,
        ),
        (
            3,
            "愿景草案作为讨论基础，由联络人根据本次会议意见修订后提交第二次全体会议。",
            "The draft vision is taken as the basis for discussion; the focal point revises it after this meeting's comments and submits it to the second plenary.",
            DecisionBasis::Consensus,
        ),
        (
            4,
            "对话采用“协商一致减一”决策规则：出席表决成员过半数构成法定人数，一项反对不阻止通过。",
            "The dialogue adopts the consensus-minus-one rule: half of the voting members make the quorum, and a single objection does not block.",
            DecisionBasis::Consensus,
        ),
        (
            1,
            "会议注意到雷焦艾米利亚在循环经济和公共交通方面的经验。",
            "The meeting took note of Reggio Emilia's experience with the circular economy and public transport.",
            DecisionBasis::Noted,
        ),
    ];
    for (n, zh, en, basis) in decisions {
        store.save_decision(
            meeting_id,
            &Decision {
                id: 0,
                agenda_item_id: item(n),
                text_zh: zh.into(),
                text_en: en.into(),
                basis,
                question_id: None,
            },
        )?;
    }
    let actions = [
        (
            2,
            "提交指标基线报告终稿",
            "Submit the final baseline report",
            12,
            21,
            ActionStatus::Open,
        ),
        (
            3,
            "根据会议意见修订愿景草案（中英文）",
            "Revise the draft vision after the comments (Chinese and English)",
            1,
            21,
            ActionStatus::Open,
        ),
        (
            1,
            "与雷焦艾米利亚商定专家互访日程",
            "Agree the dates of the expert exchange with Reggio Emilia",
            3,
            14,
            ActionStatus::Done,
        ),
        (
            4,
            "向全体成员发送决策规则说明和会议纪要",
            "Send the decision rule and the minutes to every member",
            1,
            7,
            ActionStatus::Open,
        ),
    ];
    let day = record.meeting.starts_at.date();
    for (n, zh, en, owner, days, status) in actions {
        store.save_action_item(
            meeting_id,
            &ActionItem {
                id: 0,
                agenda_item_id: item(n),
                what_zh: zh.into(),
                what_en: en.into(),
                owner_id: person(owner),
                due: Some(day + chrono::Days::new(days)),
                status,
            },
        )?;
    }
    Ok(())
}

fn item(
    title_zh: &str,
    title_en: &str,
    presenter: &str,
    minutes: u32,
    notes_zh: &str,
    notes_en: &str,
) -> NewAgendaItem {
    NewAgendaItem {
        title_zh: title_zh.into(),
        title_en: title_en.into(),
        presenter: presenter.into(),
        planned_minutes: minutes,
        notes_zh: notes_zh.into(),
        notes_en: notes_en.into(),
    }
}

pub fn agenda() -> Vec<NewAgendaItem> {
    vec![
        item(
            "开幕致辞与对话目标",
            "Opening address and aims of the dialogue",
            "王志立 Wang Zhili",
            15,
            "王志立市长代表市人民政府宣布对话正式开幕。他指出，渭南作为关中平原东部的重要节点城市，长期以来以煤炭、化工和建材等传统产业为支撑，能源结构偏重，单位地区生产总值能耗高于全省平均水平。实现碳达峰、碳中和目标，既是国家的庄严承诺，也是渭南推动高质量发展、改善群众生活环境的内在要求。本次多方利益相关者对话的目的，是让政府部门、企业、科研院校、社会组织和市民代表坐在同一张桌子旁，共同确定城市的可持续发展愿景，找出最突出的差距，并就2030年和本世纪中叶的目标形成共识。市长强调，对话坚持包容原则，特别欢迎妇女、青年、老年人、残疾人和外来务工人员的代表充分发表意见；所有意见都将如实记入会议纪要。",
            "Mayor Wang Zhili opened the dialogue on behalf of the Municipal People's Government. Weinan, a node city of the eastern Guanzhong Plain, has long relied on coal, chemicals and building materials; its energy intensity is above the provincial average. Reaching peak carbon and carbon neutrality is both a national commitment and the city's own need for better growth and a healthier environment. The dialogue brings government, business, research, civil society and residents to one table to agree a vision, identify the most pressing deficits and reach consensus on targets for 2030 and mid-century. He stressed inclusiveness and welcomed in particular the representatives of women, youth, the elderly, persons with disabilities and migrant workers; every view will be recorded in the minutes.",
        ),
        item(
            "伙伴城市经验介绍：雷焦艾米利亚",
            "Experience of the partner city, Reggio Emilia",
            "Giulia Ferrari",
            25,
            "雷焦艾米利亚市政府代表Giulia Ferrari介绍了该市在国际城市合作项目框架下与渭南结对以来的合作情况。雷焦艾米利亚人口约十七万，以“食品谷”农业食品产业闻名，近年来通过曼卡萨莱和维拉焦工业园区的更新改造，推动了既有厂房的节能改造和屋顶光伏建设。她重点介绍了该市的市民参与机制：每个街区设立常设论坛，重大规划须经公开听证，并以年度进展报告向市民通报目标完成情况。与会者对如何在中国城市的行政体制下借鉴这些做法进行了热烈讨论。渭南果业合作社联合会代表何伟提出，两市在农产品冷链和食品加工节能方面有很大的合作空间。",
            "Giulia Ferrari of the Comune di Reggio Emilia presented the cooperation since the two cities were paired under the International Urban Cooperation programme. Reggio Emilia, about 174,000 inhabitants and known for its Food Valley, has regenerated the Mancasale and Villaggio industrial parks with energy retrofits and rooftop solar. She described the city's participation: standing neighbourhood forums, public hearings for major plans, and an annual progress report to residents. Participants discussed how to adapt these practices to a Chinese administration. He Wei of the Fruit Cooperatives Federation saw room for cooperation on cold chains and energy efficiency in food processing.",
        ),
        item(
            "城市现状与差距识别",
            "The city today: identifying deficits",
            "韩磊 Han Lei",
            45,
            "渭南师范学院韩磊教授代表技术工作组报告了指标基线。根据可持续发展目标7、11和13的城市指标，渭南可再生能源在终端能源消费中的占比约为百分之九，明显低于国家平均水平；中心城区细颗粒物年均浓度超过国家二级标准；公共交通分担率不足百分之二十；建筑能耗中供暖占比很高，老旧小区保温性能差。根据联合国减灾署城市韧性记分卡初步评估，渭南在“了解风险情景”和“提升生态系统保护功能”两项上得分最低，渭河沿岸防洪和夏季极端高温是主要风险。讨论中，渭南市残疾人联合会代表𠮷祥云指出，无障碍设施和极端天气预警对残疾人和老年人尤为重要，应在差距清单中单列；秦东青年志愿者协会代表刘洋建议把绿色就业和青年技能培训纳入评估。会议同意由技术工作组在下次会议前提出差距排序建议，供全体会议表决。",
            "Professor Han Lei of Weinan Normal University reported the baseline for the technical working group. On the city indicators of SDGs 7, 11 and 13, renewables are about 9 % of final energy use, well below the national average; annual PM2.5 in the centre exceeds the national Grade II standard; public transport carries under 20 % of trips; heating dominates building energy and older estates are poorly insulated. The preliminary UNDRR resilience scorecard gives the lowest scores to understanding risk scenarios and protecting ecosystem services; Weihe river floods and summer heat waves are the main hazards. Ji Xiangyun of the Disabled Persons' Federation asked that accessibility and early warning for persons with disabilities and the elderly be listed as a deficit of its own; Liu Yang of the Youth Volunteers asked to include green jobs and skills. The working group will propose a ranking of deficits for the plenary's decision at the next meeting.",
        ),
        item(
            "2030年愿景草案",
            "Draft vision for 2030",
            "李建国 Li Jianguo",
            40,
            "联络人李建国介绍了愿景草案的中英文版本：“到2030年，渭南成为关中平原东部绿色低碳、韧性宜居、人人共享的城市。”与会者逐段讨论了草案。渭南市妇女联合会代表张丽建议在愿景中明确“人人共享”包括妇女、儿童和低收入家庭；陕西渭河煤化工集团代表郑海涛表示支持低碳转型，但希望愿景承认传统产业职工的就业转移需要时间和培训支持；渭南绿色家园环保协会代表杨帆则认为2030年的表述应更具雄心，提出写入“可再生能源占比翻一番”。联络人请秘书处汇总修改意见，形成第二稿，在下次全体会议上以共识方式审议。",
            "Focal point Li Jianguo presented the Chinese and English versions of the draft vision: \"By 2030 Weinan is a green, low-carbon, resilient and liveable city of the eastern Guanzhong Plain, shared by all.\" Participants went through it paragraph by paragraph. Zhang Li of the Women's Federation asked that \"shared by all\" name women, children and low-income households; Zheng Haitao of the Weihe Coal Chemical Group supported the transition but asked the vision to recognise that workers in traditional industries need time and training to move to new jobs; Yang Fan of Green Home found the 2030 wording not ambitious enough and proposed to write in doubling the share of renewables. The focal point asked the secretariat to gather the amendments into a second draft for consensus at the next plenary.",
        ),
        item(
            "决策规则与工作安排",
            "Decision rule and work plan",
            "李建国 Li Jianguo",
            30,
            "联络人说明了对话的决策规则：出席的表决成员须达到全体表决成员的一半；每轮表决中，成员可表示同意、保留（不同意但不阻止）或反对；允许至多一票反对即视为达成共识。若连续三轮仍无法形成共识，联络人可根据会员宣言的规定，对该问题作出决定并书面说明理由。与会者同意这一规则，并确定了工作安排：技术工作组每月召开一次会议，下一次全体会议定于三个月后举行，届时审议愿景第二稿和差距排序。",
            "The focal point explained the decision rule: at least half of the voting members must be present; in each round a member consents, stands aside (disagrees but does not block) or objects; consensus is reached with at most one objection. If three rounds in a row fail, the focal point may decide the question as the Membership Declaration provides, with a written rationale. Participants agreed the rule and the work plan: the technical working group meets monthly, and the next plenary in three months will consider the second draft of the vision and the ranking of deficits.",
        ),
        item(
            "闭幕",
            "Closing",
            "王志立 Wang Zhili",
            10,
            "王志立市长感谢各方代表的积极参与，宣布会议闭幕。",
            "Mayor Wang Zhili thanked all participants and closed the meeting.",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_is_complete_and_valid() {
        assert_eq!(dialogue().validate(), Ok(()));
        let people = stakeholders();
        assert_eq!(people.len(), 40);
        for sector in Sector::ALL {
            assert_eq!(
                people.iter().any(|p| p.sector == *sector),
                *sector != Sector::Investor,
                "every sector but the investors, deliberately: {sector:?}"
            );
        }
        for person in &people {
            let draft = person.to_draft();
            assert_eq!(draft.validate().as_ref(), Ok(person), "{}", person.name_en);
        }
        let inclusion = concord_domain::Inclusiveness::of(&people);
        assert_eq!(inclusion.missing_sectors, vec![Sector::Investor]);
        assert!(
            inclusion.missing_groups.is_empty(),
            "{:?}",
            inclusion.missing_groups
        );
        assert!(
            people.iter().any(|p| p.name_zh.contains('𠮷')),
            "the rare character is in the register"
        );
    }

    #[test]
    fn create_fills_an_empty_database_once() {
        let mut store = Store::open_in_memory().expect("store");
        let summary = create(&mut store, sample_date()).expect("demo");
        assert_eq!(summary.stakeholders, 40);
        assert_eq!(store.stakeholder_count().expect("count"), 40);
        assert!(matches!(
            create(&mut store, sample_date()),
            Err(StoreError::DialogueExists { .. })
        ));
        assert_eq!(
            store.stakeholder_count().expect("count"),
            40,
            "the second attempt wrote nothing"
        );
    }
}
