//! A target on a scorecard essential: its values are mean scores on the level's scale (0–3 at
//! the preliminary level, 0–5 at the detailed one), a value off the scale or a kind that makes
//! no sense for a score is refused at its cell and nothing changes, its progress is read from
//! the workshops held at that level, and the window and the documents name it.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::Store;
use concord_store::indicators::StoredScore;
use concord_usecases::Language;
use concord_usecases::targets::{import_targets, progress};
use concord_usecases::targets_form::{TargetForm, save, subjects};
use concord_usecases::targets_view::stage;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn new_dialogue() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    store
}

/// A preliminary workshop on `held_on` scoring essential 5's three questions.
fn workshop(store: &Store, held_on: &str, scores: [u8; 3]) {
    let id = store
        .add_workshop(None, "preliminary", "2024", held_on, "Workshop")
        .unwrap();
    for (n, score) in scores.into_iter().enumerate() {
        store
            .set_score(
                id,
                &StoredScore {
                    code: format!("P5.{}", n + 1),
                    score,
                    comment: String::new(),
                    evidence: String::new(),
                },
            )
            .unwrap();
    }
}

const HEADER: &str =
    "indicator,baseline_year,baseline_value,target_year,target_value,kind,reduction_percent\n";

fn import(store: &mut Store, rows: &str) -> Result<usize, Vec<String>> {
    let file = format!("{HEADER}{rows}");
    import_targets(store, file.as_bytes(), now())
        .unwrap()
        .map_err(|e| {
            e.messages(
                &concord_usecases::targets::FILE_WORDS,
                &concord_i18n::I18n::new(concord_i18n::Locale::En),
            )
        })
}

#[test]
fn an_essential_target_is_judged_on_the_workshops_mean_scores() {
    let mut store = new_dialogue();
    // Essential 5: a mean of 1.0 in 2022, 2.0 in 2024 (the year's later workshop counts).
    workshop(&store, "2022-05-10", [1, 1, 1]);
    workshop(&store, "2024-03-01", [1, 1, 2]);
    workshop(&store, "2024-11-20", [2, 2, 2]);
    let imported = import(
        &mut store,
        "E5,2022,1,2030,2.5,fixed-level,\n要素5,2022,1,2050,3,fixed-level,\n",
    )
    .unwrap();
    assert_eq!(imported, 2);
    let rows = progress(&store, None).unwrap();
    let row = rows.iter().find(|r| r.target_year == 2030).unwrap();
    assert_eq!(row.indicator, "essential-5");
    assert_eq!((row.latest_year, row.latest_value), (Some(2024), Some(2.0)));
    // Growth of 2.0/1.0 over two years is far beyond the 2.5/1.0 over eight years needed.
    assert_eq!(row.status, "on-track");
    let upto_2023 = progress(&store, Some(2023)).unwrap();
    assert!(upto_2023.iter().all(|r| r.status == "cannot-assess"));

    // Worse than the baseline: deterioration.
    workshop(&store, "2025-06-01", [0, 1, 0]);
    let rows = progress(&store, None).unwrap();
    assert!(rows.iter().all(|r| r.status == "deterioration"), "{rows:?}");

    // The window names the essential with its level and scale, and its unit, in each language.
    for (language, name, unit) in [
        (
            Language::En,
            "Essential 5 (preliminary, 0–3): Safeguard natural buffers",
            "points",
        ),
        (
            Language::ZhCn,
            "要素 5（初步级，0–3 分）：保护自然缓冲区",
            "分",
        ),
    ] {
        let view = stage(&store, None, language).unwrap();
        let item = view
            .targets
            .iter()
            .find(|t| t.subject == "essential-5")
            .unwrap();
        assert!(item.name.starts_with(name), "{}", item.name);
        assert_eq!(item.unit, unit);
    }
}

#[test]
fn scores_off_the_scale_and_kinds_without_meaning_are_refused_and_nothing_changes() {
    let mut store = new_dialogue();
    let problems = import(
        &mut store,
        "E5,2022,4,2030,2.5,fixed-level,\n\
         E6,2022,1,2030,3.5,fixed-level,\n\
         E7,2022,1,2030,,base-year-reduction,-300\n\
         E8,2022,1,2030,,below-bau,10\n\
         E9 detailed,2022,1,2030,4.5,fixed-level,\n",
    )
    .unwrap_err();
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[0].starts_with("Row 2, column baseline_value: \"4\" is not a score"));
    assert!(problems[1].starts_with("Row 3, column target_value: \"3.5\" is not a score"));
    assert!(problems[2].starts_with("Row 4, column reduction_percent: \"-300\" is not a score"));
    assert!(problems[3].starts_with("Row 5, column kind: An essential's target is a score"));
    assert!(store.current_targets().unwrap().is_empty());

    // The detailed level's scale reaches 5.
    assert_eq!(
        import(&mut store, "E9 detailed,2022,1,2030,4.5,fixed-level,\n"),
        Ok(1)
    );
    let stored = store.current_targets().unwrap();
    assert_eq!(stored[0].row.subject, "essential-9-detailed");
    // A rise of 150 % from 1.0 is 2.5 on the preliminary scale.
    assert_eq!(
        import(&mut store, "E7,2022,1,2030,,base-year-reduction,-150\n"),
        Ok(1)
    );
}

#[test]
fn the_form_offers_the_essentials_with_their_latest_score_and_names_a_bad_one_at_its_field() {
    let mut store = new_dialogue();
    workshop(&store, "2024-11-20", [2, 1, 1]);
    let offered = subjects(&store, Language::ZhCn).unwrap();
    let essentials: Vec<_> = offered.iter().filter(|s| s.group == "essential").collect();
    assert_eq!(essentials.len(), 10);
    let five = essentials.iter().find(|s| s.key == "essential-5").unwrap();
    assert_eq!(
        (five.latest_year, five.latest_value, five.goal),
        (Some(2024), Some(1.33), Some(11))
    );
    assert!(
        five.name.starts_with("要素 5（初步级，0–3 分）："),
        "{}",
        five.name
    );
    let form = TargetForm {
        subject: "essential-5".into(),
        baseline_year: "2024".into(),
        baseline_value: "1.33".into(),
        kind: "fixed-level".into(),
        value_2030: "2.5".into(),
        mid_year: "2050".into(),
        value_mid: "7".into(),
        sdgs: vec![11],
        ..TargetForm::default()
    };
    let problems = save(&mut store, &form, Language::En, now())
        .unwrap()
        .unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "valueMid");
    assert!(
        problems[0]
            .message
            .contains("is not a score of this essential")
    );
    assert!(store.current_targets().unwrap().is_empty());
    let form = TargetForm {
        value_mid: "3".into(),
        ..form
    };
    save(&mut store, &form, Language::En, now())
        .unwrap()
        .unwrap();
    assert_eq!(store.current_targets().unwrap().len(), 2);
}
