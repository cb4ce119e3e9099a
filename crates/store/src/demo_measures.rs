//! The demo's Local Action Plan: twelve illustrative measures in three key projects (clean air,
//! low-carbon transport, circular economy) serving the demo's targets, every status at least
//! once, with progress updates whose notes say they are illustrative. The measures that cut
//! greenhouse gases serve both the indicator and the BAU's emissions, whose progress chart
//! stacks their effects as wedges under the BAU line.

use chrono::NaiveDate;

use crate::{
    KeyProject, MeasureOwner, MeasureRow, MeasureStatus, MeasureTerm, MeasureWrite, ProgressUpdate,
    ServedTarget, Store, StoreError,
};

const PROJECTS: [(&str, &str, &str); 3] = [
    ("KP1", "蓝天保卫：清洁空气", "Blue sky: clean air"),
    ("KP2", "低碳交通", "Low-carbon transport"),
    (
        "KP3",
        "循环经济与绿色建材",
        "Circular economy and green building materials",
    ),
];

/// An owner: a stakeholder of the register (by its Chinese name) or a department.
enum Owner {
    Stakeholder(&'static str),
    /// A department outside the register, in Chinese and English.
    Department(&'static str, &'static str),
}

struct Demo {
    code: &'static str,
    project: usize,
    title: (&'static str, &'static str),
    description: (&'static str, &'static str),
    term: MeasureTerm,
    owner: Owner,
    budget_wan: f64,
    start: (i32, u32, u32),
    end: (i32, u32, u32),
    status: MeasureStatus,
    targets: &'static [(&'static str, f64, &'static str)],
    progress: &'static [((i32, u32, u32), f64, &'static str)],
}

use MeasureStatus::{Cancelled, Completed, Late, NotStarted, OnTime, Postponed};
use MeasureTerm::{Long, Short};
use Owner::{Department, Stakeholder};

const MEASURES: [Demo; 12] = [
    Demo {
        code: "M-01",
        project: 0,
        title: (
            "城区燃煤锅炉清洁能源替代",
            "Clean energy for the city's coal-fired boilers",
        ),
        description: (
            "城区 35 蒸吨/小时以下燃煤锅炉改用天然气或电能。",
            "Coal boilers under 35 t/h in the city converted to gas or electricity.",
        ),
        term: Short,
        owner: Stakeholder("渭南市生态环境局"),
        budget_wan: 4_800.0,
        start: (2024, 3, 1),
        end: (2025, 10, 31),
        status: Completed,
        targets: &[
            ("11.6.2", -2.0, "µg/m³"),
            ("13.2.2", -1.8, "Mt CO2e/a"),
            ("emissions", -1.8, "Mt CO2e/a"),
        ],
        progress: &[
            ((2024, 9, 30), 55.0, "已改造 41 台锅炉（示例数据）"),
            ((2025, 10, 31), 100.0, "全部改造完成（示例数据）"),
        ],
    },
    Demo {
        code: "M-02",
        project: 0,
        title: (
            "热电联产集中供热扩网",
            "Combined heat and power network extended",
        ),
        description: (
            "新增供热管网 60 公里，替代分散燃煤取暖。",
            "60 km of new heating mains replace scattered coal stoves.",
        ),
        term: Long,
        owner: Stakeholder("渭南市热力有限公司"),
        budget_wan: 32_000.0,
        start: (2024, 5, 1),
        end: (2027, 10, 31),
        status: OnTime,
        targets: &[
            ("11.6.2", -1.5, "µg/m³"),
            ("13.2.2", -1.2, "Mt CO2e/a"),
            ("emissions", -1.2, "Mt CO2e/a"),
        ],
        progress: &[
            ((2024, 12, 31), 20.0, "完成 12 公里管网（示例数据）"),
            ((2025, 12, 31), 45.0, "完成 27 公里管网（示例数据）"),
        ],
    },
    Demo {
        code: "M-03",
        project: 0,
        title: (
            "工地扬尘在线监测全覆盖",
            "Online dust monitoring on every building site",
        ),
        description: (
            "5000 平方米以上工地安装扬尘在线监测和视频监控。",
            "Dust sensors and cameras on every site above 5,000 m².",
        ),
        term: Short,
        owner: Department(
            "渭南市住房和城乡建设局",
            "Weinan Housing and Urban-Rural Development Bureau",
        ),
        budget_wan: 600.0,
        start: (2025, 1, 1),
        end: (2025, 12, 31),
        status: Late,
        targets: &[("11.6.2", -0.8, "µg/m³")],
        progress: &[((2025, 9, 30), 50.0, "设备采购延误（示例数据）")],
    },
    Demo {
        code: "M-04",
        project: 0,
        title: (
            "城市绿地与口袋公园建设",
            "Urban green space and pocket parks",
        ),
        description: (
            "新建口袋公园 40 处，增加公共绿地。",
            "Forty new pocket parks add public green space.",
        ),
        term: Long,
        owner: Department(
            "渭南市城市管理执法局",
            "Weinan Urban Management and Law Enforcement Bureau",
        ),
        budget_wan: 9_000.0,
        start: (2025, 3, 1),
        end: (2029, 12, 31),
        status: OnTime,
        targets: &[("11.7.1", 1.2, "%")],
        progress: &[((2025, 12, 31), 15.0, "建成 6 处（示例数据）")],
    },
    Demo {
        code: "M-05",
        project: 1,
        title: ("公交车辆全面电动化", "Every city bus electric"),
        description: (
            "更新纯电动公交车 300 辆，配套充电场站。",
            "300 battery-electric buses with their depots' chargers.",
        ),
        term: Long,
        owner: Stakeholder("渭南市公共交通集团"),
        budget_wan: 45_000.0,
        start: (2024, 7, 1),
        end: (2028, 12, 31),
        status: OnTime,
        targets: &[
            ("11.2.1", 4.0, "%"),
            ("13.2.2", -0.3, "Mt CO2e/a"),
            ("emissions", -0.3, "Mt CO2e/a"),
        ],
        progress: &[((2025, 6, 30), 30.0, "已投运 90 辆（示例数据）")],
    },
    Demo {
        code: "M-06",
        project: 1,
        title: ("公交优先道与线网优化", "Bus lanes and a redesigned network"),
        description: (
            "主干道设置公交专用道 45 公里，优化线网覆盖新区。",
            "45 km of bus lanes on arterials; routes reach the new districts.",
        ),
        term: Short,
        owner: Department("渭南市交通运输局", "Weinan Transport Bureau"),
        budget_wan: 1_500.0,
        start: (2025, 4, 1),
        end: (2026, 3, 31),
        status: Late,
        targets: &[("11.2.1", 6.0, "%")],
        progress: &[((2025, 12, 31), 35.0, "专用道划设进度滞后（示例数据）")],
    },
    Demo {
        code: "M-07",
        project: 1,
        title: ("公共充电网络建设", "A public charging network"),
        description: (
            "建设公共充电桩 2000 个，覆盖各区县。",
            "2,000 public chargers across every district and county.",
        ),
        term: Long,
        owner: Stakeholder("国网渭南供电公司"),
        budget_wan: 12_000.0,
        start: (2026, 6, 1),
        end: (2030, 12, 31),
        status: NotStarted,
        targets: &[
            ("13.2.2", -0.25, "Mt CO2e/a"),
            ("emissions", -0.25, "Mt CO2e/a"),
        ],
        progress: &[],
    },
    Demo {
        code: "M-08",
        project: 1,
        title: ("共享单车与慢行系统", "Shared bicycles and walking routes"),
        description: (
            "中心城区慢行道连通，投放共享单车 1 万辆。",
            "Walking and cycling routes joined up; 10,000 shared bicycles.",
        ),
        term: Short,
        owner: Department("渭南市交通运输局", "Weinan Transport Bureau"),
        budget_wan: 800.0,
        start: (2025, 9, 1),
        end: (2026, 8, 31),
        status: Postponed,
        targets: &[("11.2.1", 1.0, "%")],
        progress: &[],
    },
    Demo {
        code: "M-09",
        project: 2,
        title: ("建筑垃圾资源化利用", "Construction waste recycled"),
        description: (
            "建设年处理 100 万吨建筑垃圾再生骨料生产线。",
            "A plant turning one million tonnes of construction waste a year into aggregate.",
        ),
        term: Long,
        owner: Stakeholder("渭南高新区绿色建材有限公司"),
        budget_wan: 15_000.0,
        start: (2024, 10, 1),
        end: (2027, 6, 30),
        status: OnTime,
        targets: &[
            ("13.2.2", -0.6, "Mt CO2e/a"),
            ("emissions", -0.6, "Mt CO2e/a"),
        ],
        progress: &[((2025, 10, 31), 40.0, "主体厂房建成（示例数据）")],
    },
    Demo {
        code: "M-10",
        project: 2,
        title: ("屋顶分布式光伏", "Rooftop solar"),
        description: (
            "公共建筑和工业园区屋顶光伏 150 兆瓦。",
            "150 MW of solar on public buildings and industrial parks.",
        ),
        term: Long,
        owner: Stakeholder("秦东光伏科技有限公司"),
        budget_wan: 60_000.0,
        start: (2024, 4, 1),
        end: (2028, 12, 31),
        status: OnTime,
        targets: &[
            ("7.2.1", 3.5, "%"),
            ("13.2.2", -1.1, "Mt CO2e/a"),
            ("emissions", -1.1, "Mt CO2e/a"),
        ],
        progress: &[
            ((2024, 12, 31), 15.0, "并网 22 兆瓦（示例数据）"),
            ((2025, 12, 31), 38.0, "并网 57 兆瓦（示例数据）"),
        ],
    },
    Demo {
        code: "M-11",
        project: 2,
        title: (
            "煤化工余热回收",
            "Waste heat recovered at the coal-chemical plant",
        ),
        description: (
            "回收煤化工装置余热用于园区供热。",
            "The coal-chemical plant's waste heat heats the industrial park.",
        ),
        term: Short,
        owner: Stakeholder("陕西渭河煤化工集团"),
        budget_wan: 3_200.0,
        start: (2024, 6, 1),
        end: (2025, 6, 30),
        status: Completed,
        targets: &[
            ("13.2.2", -0.9, "Mt CO2e/a"),
            ("emissions", -0.9, "Mt CO2e/a"),
        ],
        progress: &[((2025, 6, 30), 100.0, "投运（示例数据）")],
    },
    Demo {
        code: "M-12",
        project: 2,
        title: (
            "生活垃圾焚烧发电二期",
            "Second line of the waste-to-energy plant",
        ),
        description: (
            "因垃圾分类后焚烧量不足，二期取消，改为扩建厨余处理。",
            "Cancelled: sorting left too little waste to burn; food-waste treatment is extended instead.",
        ),
        term: Long,
        owner: Department(
            "渭南市城市管理执法局",
            "Weinan Urban Management and Law Enforcement Bureau",
        ),
        budget_wan: 0.0,
        start: (2025, 1, 1),
        end: (2027, 12, 31),
        status: Cancelled,
        targets: &[
            ("13.2.2", -0.4, "Mt CO2e/a"),
            ("emissions", -0.4, "Mt CO2e/a"),
        ],
        progress: &[((2025, 5, 31), 5.0, "可研阶段后取消（示例数据）")],
    },
];

fn date((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub(crate) fn add(store: &mut Store, day: NaiveDate) -> Result<(), StoreError> {
    let at = day.and_hms_opt(17, 45, 0).unwrap_or_default();
    let people = store.stakeholders()?;
    let writes: Vec<MeasureWrite> = MEASURES
        .iter()
        .map(|m| {
            let (code, zh, en) = PROJECTS[m.project];
            let owner = match m.owner {
                // An organisation of the register, by its Chinese name.
                Stakeholder(name) => people
                    .iter()
                    .find(|p| p.organisation_zh == name || p.name_zh == name)
                    .map(|p| MeasureOwner::Stakeholder(p.id))
                    .unwrap_or_else(|| MeasureOwner::Department {
                        zh: name.to_owned(),
                        en: String::new(),
                    }),
                Department(zh, en) => MeasureOwner::Department {
                    zh: zh.to_owned(),
                    en: en.to_owned(),
                },
            };
            MeasureWrite {
                row: MeasureRow {
                    code: m.code.to_owned(),
                    key_project: KeyProject {
                        code: code.to_owned(),
                        title_zh: zh.to_owned(),
                        title_en: en.to_owned(),
                    },
                    title_zh: m.title.0.to_owned(),
                    title_en: m.title.1.to_owned(),
                    description_zh: m.description.0.to_owned(),
                    description_en: m.description.1.to_owned(),
                    term: m.term,
                    owner: Some(owner),
                    budget_cny: Some(m.budget_wan * 10_000.0),
                    start: date(m.start),
                    end: date(m.end),
                    status: m.status,
                    targets: m
                        .targets
                        .iter()
                        .map(|&(subject, value, unit)| ServedTarget {
                            subject: subject.to_owned(),
                            effect_value: Some(value),
                            effect_unit: unit.to_owned(),
                        })
                        .collect(),
                },
                progress: None,
            }
        })
        .collect();
    store.write_measures(&writes, at)?;
    for m in &MEASURES {
        for &(on, percent, note) in m.progress {
            store.add_measure_progress(
                m.code,
                &ProgressUpdate {
                    on: date(on),
                    percent,
                    note: note.to_owned(),
                },
                at,
            )?;
        }
    }
    Ok(())
}
