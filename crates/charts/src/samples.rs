//! Fixed charts for the gallery, the snapshots and the benchmarks: a city's emissions
//! 2005–2060 with five series, ranked deficits, and the ten essentials of the resilience
//! scorecard, in English and Chinese.

use crate::model::{
    Axis, Band, Bar, BarChart, Lang, LineChart, RadarChart, RadarSeries, Reference, Series,
    TargetPoint,
};

fn words(lang: Lang, en: &'static str, zh: &'static str) -> String {
    match lang {
        Lang::En => en.to_owned(),
        Lang::Zh => zh.to_owned(),
    }
}

/// A smooth, deterministic path: `start` in 2005 growing by `growth` a year, bending by
/// `bend` a year after 2025.
fn path(start: f64, growth: f64, bend: f64, from: i32, to: i32) -> Vec<(f64, f64)> {
    (from..=to)
        .map(|year| {
            let t = f64::from(year - 2005);
            let late = f64::from((year - 2025).max(0));
            let wobble = (f64::from(year) * 1.7).sin() * start * 0.01;
            (
                f64::from(year),
                start * (1.0 + growth * t - bend * late * late / 100.0) + wobble,
            )
        })
        .collect()
}

/// Emissions 2005–2060: observed to 2024, then BAU, adjusted BAU, existing actions and the
/// plan's path; the gap between BAU and the plan shaded; the APEC goal year and two targets.
pub fn emissions(lang: Lang) -> LineChart {
    let series = |en, zh, pts: Vec<(f64, f64)>| {
        Series::new(words(lang, en, zh), pts).projected_after(2024.0)
    };
    LineChart {
        title: words(
            lang,
            "Weinan: greenhouse gas emissions and pathways, 2005–2060",
            "渭南市温室气体排放及情景路径（2005—2060年）",
        ),
        lang,
        x_axis: Axis::new(words(lang, "Year", "年份"), ""),
        years: true,
        y_axis: Axis::new(
            words(lang, "Emissions", "排放量"),
            words(lang, "kt CO2e", "千吨二氧化碳当量"),
        ),
        series: vec![
            series(
                "Business as usual (BAU)",
                "基准情景（BAU）",
                path(21_000.0, 0.045, 0.0, 2005, 2060),
            ),
            series(
                "Adjusted BAU",
                "调整后基准情景",
                path(21_000.0, 0.045, 0.08, 2005, 2060),
            ),
            series(
                "Existing actions",
                "现有行动",
                path(21_000.0, 0.045, 0.15, 2005, 2060),
            ),
            series(
                "Climate action plan",
                "气候行动方案",
                path(21_000.0, 0.045, 0.22, 2005, 2060),
            ),
            series(
                "Per-capita target path",
                "人均目标路径",
                path(21_000.0, 0.045, 0.27, 2005, 2060),
            ),
        ],
        references: vec![
            Reference::AtX {
                x: 2035.0,
                label: words(lang, "APEC goal 2035", "APEC 2035年目标"),
            },
            Reference::AtX {
                x: 2030.0,
                label: words(lang, "Peak by 2030", "2030年前达峰"),
            },
        ],
        bands: vec![Band {
            from: 0,
            to: 3,
            label: words(lang, "Gap to close", "需弥合的差距"),
        }],
        targets: vec![
            TargetPoint {
                x: 2030.0,
                y: 40_000.0,
                label: words(lang, "2030 target", "2030年目标"),
            },
            TargetPoint {
                x: 2050.0,
                y: 25_000.0,
                label: words(lang, "2050 target", "2050年目标"),
            },
        ],
        wedges: None,
        projected_label: words(lang, "Projected", "预测"),
        target_label: words(lang, "Target", "目标"),
    }
}

/// Deficits ranked by the dialogue's votes.
pub fn deficits(lang: Lang) -> BarChart {
    let rows: [(&str, &str, f64); 7] = [
        ("Energy intensity of industry", "工业能源强度偏高", 18_520.0),
        ("Public transport share", "公共交通出行比例低", 12_300.0),
        (
            "Building insulation in older districts",
            "老旧小区建筑保温改造不足",
            9_870.0,
        ),
        ("Early warning for floods", "洪涝灾害预警能力", 7_200.0),
        ("Green finance", "绿色金融", 4_150.0),
        ("Waste separation at source", "生活垃圾源头分类", 2_600.0),
        (
            "Data sharing between agencies, districts and utility providers",
            "部门之间、区县之间以及公用事业单位之间的数据共享机制",
            950.0,
        ),
    ];
    BarChart {
        title: words(
            lang,
            "Deficits ranked by weighted votes",
            "按加权票数排序的短板",
        ),
        lang,
        value_axis: Axis::new(
            words(lang, "Weighted votes", "加权票数"),
            words(lang, "points", "分"),
        ),
        bars: rows
            .iter()
            .map(|(en, zh, v)| Bar::new(words(lang, en, zh), *v))
            .collect(),
        waterfall: false,
    }
}

/// A Kaya decomposition of a city's CO2 emissions, 2020 to 2060, as a waterfall.
pub fn kaya(lang: Lang) -> BarChart {
    let steps: [(&str, &str, f64); 4] = [
        ("Population", "人口", 310.0),
        ("GDP per person", "人均地区生产总值", 2_150.0),
        ("Energy per unit of GDP", "单位GDP能耗", -1_640.0),
        ("CO2 per unit of energy", "单位能耗碳排放", -980.0),
    ];
    let mut bars = vec![Bar::total(
        words(lang, "CO2 emissions in 2020", "2020年二氧化碳排放"),
        3_420.0,
    )];
    bars.extend(
        steps
            .iter()
            .map(|(en, zh, v)| Bar::new(words(lang, en, zh), *v)),
    );
    bars.push(Bar::total(
        words(lang, "CO2 emissions in 2060", "2060年二氧化碳排放"),
        3_260.0,
    ));
    BarChart {
        title: words(
            lang,
            "What changes CO2 emissions, 2020–2060",
            "二氧化碳排放变化因素分解（2020—2060年）",
        ),
        lang,
        value_axis: Axis::new(words(lang, "CO2 emissions", "二氧化碳排放量"), "kt CO2"),
        bars,
        waterfall: true,
    }
}

/// The ten essentials of the disaster-resilience scorecard, two assessments.
pub fn scorecard(lang: Lang) -> RadarChart {
    let essentials: [(&str, &str); 10] = [
        ("Organise for disaster resilience", "组织协调抗灾工作"),
        (
            "Identify, understand and use current and future risk scenarios",
            "识别、理解和运用当前及未来风险情景",
        ),
        (
            "Strengthen financial capacity for resilience",
            "增强抗灾财政能力",
        ),
        (
            "Pursue resilient urban development and design",
            "推进韧性城市开发与设计",
        ),
        ("Safeguard natural buffers", "保护自然缓冲区"),
        (
            "Strengthen institutional capacity for resilience",
            "增强机构抗灾能力",
        ),
        (
            "Understand and strengthen societal capacity",
            "理解并增强社会抗灾能力",
        ),
        ("Increase infrastructure resilience", "提高基础设施韧性"),
        ("Ensure effective disaster response", "确保有效的灾害应对"),
        (
            "Expedite recovery and build back better",
            "加快恢复重建，重建得更好",
        ),
    ];
    RadarChart {
        title: words(
            lang,
            "Disaster resilience scorecard: ten essentials (0–5)",
            "城市抗灾能力记分卡：十项要素（0—5分）",
        ),
        lang,
        categories: essentials
            .iter()
            .map(|(en, zh)| words(lang, en, zh))
            .collect(),
        max: 5.0,
        series: vec![
            RadarSeries {
                name: words(lang, "2024 assessment", "2024年评估"),
                values: vec![3.0, 2.0, 1.5, 2.5, 3.5, 3.0, 2.0, 2.5, 4.0, 3.0],
            },
            RadarSeries {
                name: words(lang, "2027 goal", "2027年目标"),
                values: vec![4.0, 3.5, 3.0, 3.5, 4.0, 4.0, 3.5, 3.5, 4.5, 4.0],
            },
        ],
    }
}
