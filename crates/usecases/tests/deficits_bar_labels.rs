//! The ranked deficits' bars are labelled in the report's languages: the English under the
//! Chinese in a bilingual report, one language otherwise, and a missing name in one language
//! falls back to the other as in the report's table.
#![allow(clippy::unwrap_used)]

use concord_charts::Chart;
use concord_usecases::Language;
use concord_usecases::deficits::{RankedDeficit, deficits_bar};

fn deficit(code: &str, zh: &str, en: &str) -> RankedDeficit {
    RankedDeficit {
        code: code.to_owned(),
        name_en: en.to_owned(),
        name_zh: zh.to_owned(),
        rank: 1,
        tied: false,
        points: 8,
    }
}

fn labels(items: &[RankedDeficit], language: Language) -> Vec<String> {
    let Chart::Bar(bar) = deficits_bar(items, language) else {
        panic!("a bar chart")
    };
    bar.bars.into_iter().map(|b| b.label).collect()
}

#[test]
fn each_bar_is_named_in_the_reports_languages() {
    let items = [
        deficit(
            "13.2.2",
            "每年温室气体排放总量",
            "Total greenhouse gas emissions per year",
        ),
        deficit("7.2.1", "可再生能源份额", ""),
        deficit("9.9.9", "", "Only in English"),
        deficit("1.1.1", "", ""),
    ];
    assert_eq!(
        labels(&items, Language::Bilingual),
        [
            "13.2.2 每年温室气体排放总量\nTotal greenhouse gas emissions per year",
            "7.2.1 可再生能源份额",
            "9.9.9 Only in English",
            "1.1.1",
        ]
    );
    assert_eq!(
        labels(&items, Language::En),
        [
            "13.2.2 Total greenhouse gas emissions per year",
            "7.2.1 可再生能源份额",
            "9.9.9 Only in English",
            "1.1.1",
        ]
    );
    assert_eq!(
        labels(&items, Language::ZhCn),
        [
            "13.2.2 每年温室气体排放总量",
            "7.2.1 可再生能源份额",
            "9.9.9 Only in English",
            "1.1.1",
        ]
    );
}

#[test]
fn the_bilingual_chart_says_its_title_and_axis_in_both_languages() {
    let Chart::Bar(bar) = deficits_bar(&[deficit("1.1.1", "贫困", "Poverty")], Language::Bilingual)
    else {
        panic!("a bar chart")
    };
    assert!(
        bar.title.contains("差距排序") && bar.title.contains("Deficits ranked"),
        "{}",
        bar.title
    );
    assert!(
        bar.value_axis.title.contains("得分") && bar.value_axis.title.contains("Points"),
        "{}",
        bar.value_axis.title
    );
}
