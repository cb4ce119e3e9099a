//! The Deficits report on the demo and on a new dialogue with nothing stored yet.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use concord_charts::Chart;
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::deficits::{Flag, deficits_bar, export_deficits, scorecard_radar, summary};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, day()).unwrap();
    store
}

fn only_a_dialogue() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    store
}

/// Writes the PDF where `CONCORD_REPORT_DIR` says, to look at its pages.
fn keep(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("CONCORD_REPORT_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}

#[test]
fn the_demo_summary_flags_pm25_ranks_the_deficits_and_counts_by_group() {
    let store = demo();
    let s = summary(&store).unwrap();
    assert_eq!(s.indicators.len(), 15);
    let pm = s.indicators.iter().find(|i| i.code == "11.6.2").unwrap();
    assert_eq!(pm.flag, Flag::Deficit);
    assert_eq!(pm.gap.map(|g| g.units), Some(33.0));
    let at = s.indicators.iter().find(|i| i.code == "7.1.1").unwrap();
    assert_eq!(at.flag, Flag::Met);
    assert_eq!(s.sources.len(), 1, "{:?}", s.sources);
    let card = s.scorecard.as_ref().unwrap();
    assert_eq!(card.totals.max, 141);
    let ranking = s.ranking.as_ref().unwrap();
    assert_eq!(ranking.voters, 20);
    assert_eq!(ranking.items.len(), s.flagged());
    assert_eq!(ranking.items[0].rank, 1);
    assert!(ranking.items.windows(2).all(|w| w[0].points >= w[1].points));
    let voters: usize = ranking.by_sector.iter().map(|g| g.voters).sum();
    assert_eq!(voters, 20);
    let voters: usize = ranking.by_helix.iter().map(|g| g.voters).sum();
    assert_eq!(voters, 20);
}

#[test]
fn the_demo_report_exports_in_every_language() {
    let store = demo();
    for (language, suffix) in [
        (Language::En, "en"),
        (Language::ZhCn, "zh-CN"),
        (Language::Bilingual, "bilingual"),
    ] {
        let pdf = export_deficits(&store, language, now()).unwrap();
        assert!(pdf.bytes.starts_with(b"%PDF"));
        assert!(pdf.pages >= 3, "{language:?}: {} pages", pdf.pages);
        assert_eq!(
            pdf.file_name,
            format!("Weinan-deficits-2026-12-04-{suffix}.pdf")
        );
        keep(&format!("demo-{suffix}.pdf"), &pdf.bytes);
    }
}

#[test]
fn a_new_dialogue_exports_a_report_that_says_nothing_is_stored_yet() {
    let store = only_a_dialogue();
    let s = summary(&store).unwrap();
    assert!(s.indicators.is_empty() && s.sources.is_empty());
    assert!(s.scorecard.is_none() && s.ranking.is_none());
    for (language, suffix) in [
        (Language::En, "en"),
        (Language::ZhCn, "zh-CN"),
        (Language::Bilingual, "bilingual"),
    ] {
        let pdf = export_deficits(&store, language, now()).unwrap();
        assert_eq!(pdf.pages, 1, "{language:?}");
        keep(&format!("empty-{suffix}.pdf"), &pdf.bytes);
    }
}

#[test]
fn the_charts_show_ten_essentials_and_one_bar_per_ranked_deficit() {
    let store = demo();
    let s = summary(&store).unwrap();
    let card = s.scorecard.unwrap();
    let radar = scorecard_radar(
        &card.card,
        &[concord_usecases::deficits::WorkshopScores {
            title: card.workshop.title.clone(),
            totals: card.totals.clone(),
        }],
        Language::ZhCn,
    );
    let Chart::Radar(radar) = radar else {
        panic!("a radar chart")
    };
    assert_eq!(radar.categories.len(), 10);
    assert!(
        radar.categories[0].contains("组织"),
        "{:?}",
        radar.categories
    );
    assert_eq!(radar.max, 100.0);
    let ranking = s.ranking.unwrap();
    let Chart::Bar(bar) = deficits_bar(&ranking.items, Language::En) else {
        panic!("a bar chart")
    };
    assert_eq!(bar.bars.len(), ranking.items.len());
    assert!(bar.bars[0].label.starts_with(&ranking.items[0].code));
}

#[test]
fn a_workshop_named_in_one_language_says_so_in_the_other() {
    let store = only_a_dialogue();
    let card = concord_deficits::Scorecard::preliminary().unwrap();
    let workshop = store
        .add_workshop(
            None,
            "preliminary",
            &card.version,
            "2026-11-20",
            "Spring workshop",
        )
        .unwrap();
    for (_, question) in card.questions() {
        let score = concord_store::indicators::StoredScore {
            code: question.code.clone(),
            score: 2,
            comment: String::new(),
            evidence: String::new(),
        };
        store.set_score(workshop, &score).unwrap();
    }
    let zh = common::pdf_text(
        &export_deficits(&store, Language::ZhCn, now())
            .unwrap()
            .bytes,
    );
    assert!(zh.contains("Spring workshop（仅有英文原文）"), "{zh}");
    let en = common::pdf_text(&export_deficits(&store, Language::En, now()).unwrap().bytes);
    assert!(en.contains("Spring workshop"), "{en}");
    assert!(!en.contains("仅有"), "{en}");
}
