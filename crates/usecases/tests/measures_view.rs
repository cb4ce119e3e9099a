//! The Measures stage as the window runs it: a new dialogue with no key project yet, a measure
//! added and edited from the form, a form with problems that saves nothing, a progress update
//! dated before the start refused at its field with nothing changed, a delete refused once
//! there is progress, and the demo's plan.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::measures_view::{
    MeasureForm, MeasureProgressForm, MeasureServedForm, add_progress, budget_words, delete,
    export, import, save, stage,
};

fn at() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(11, 0, 0)
        .unwrap()
}

fn new_dialogue() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .save_dialogue(&concord_store::demo::dialogue())
        .unwrap();
    store
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    concord_store::demo::create(&mut store, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    store
}

fn form() -> MeasureForm {
    MeasureForm {
        editing: None,
        code: "M-50".into(),
        project_code: "KP9".into(),
        project_title_zh: "清洁取暖".into(),
        project_title_en: String::new(),
        title_zh: "农村清洁取暖改造".into(),
        title_en: String::new(),
        description_zh: String::new(),
        description_en: String::new(),
        term: "short".into(),
        owner_stakeholder: None,
        owner_department: "渭南市住房和城乡建设局".into(),
        owner_department_en: "Weinan Housing and Urban-Rural Development Bureau".into(),
        budget: "1,250,000".into(),
        start: "2027-03-01".into(),
        end: "2028-12-31".into(),
        status: "not-started".into(),
        targets: Vec::new(),
    }
}

#[test]
fn a_new_dialogue_starts_without_key_projects_and_gains_one_with_its_first_measure() {
    let mut store = new_dialogue();
    let empty = stage(&store, Language::En).unwrap();
    assert!(empty.projects.is_empty());
    assert!(empty.measures.is_empty());
    assert!(empty.subjects.is_empty());

    let saved = save(&mut store, &form(), Language::En, at())
        .unwrap()
        .unwrap();
    assert_eq!(saved.projects.len(), 1);
    assert_eq!(saved.projects[0].title, "清洁取暖");
    let m = &saved.measures[0];
    assert_eq!(m.code, "M-50");
    // Only a Chinese title: the English window shows it, marked as the other language.
    assert_eq!(m.title, "农村清洁取暖改造");
    assert!(m.title_fallback);
    assert_eq!(m.budget_words, "CNY 1,250,000");
    assert_eq!(m.status_words, "not started");
    // The department in the window's language.
    assert_eq!(
        m.owner_words,
        "Weinan Housing and Urban-Rural Development Bureau"
    );
    assert_eq!(m.delete_refused, None);

    let zh = stage(&store, Language::ZhCn).unwrap();
    assert_eq!(zh.measures[0].owner_words, "渭南市住房和城乡建设局");
    assert_eq!(zh.measures[0].budget_words, "125 万元");
    assert!(!zh.measures[0].title_fallback);
    assert_eq!(zh.measures[0].status_words, "未开始");
}

#[test]
fn a_form_with_problems_names_each_field_in_the_window_language_and_saves_nothing() {
    let mut store = new_dialogue();
    let bad = MeasureForm {
        title_zh: String::new(),
        budget: "lots".into(),
        end: "2026-01-01".into(),
        owner_stakeholder: Some(9999),
        targets: vec![MeasureServedForm {
            subject: "11.6.2".into(),
            effect: "-1.5x".into(),
            unit: "µg/m³".into(),
        }],
        ..form()
    };
    let problems = save(&mut store, &bad, Language::ZhCn, at())
        .unwrap()
        .unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["title", "owner", "budget", "end", "targets.0.effect"] {
        assert!(fields.contains(&field), "{field} not in {fields:?}");
    }
    let budget = problems.iter().find(|p| p.field == "budget").unwrap();
    assert_eq!(budget.message, "预算（元）：“lots”不是数字。");
    assert!(stage(&store, Language::En).unwrap().projects.is_empty());
}

#[test]
fn an_edit_changes_the_measure_and_a_code_is_never_taken_twice() {
    let mut store = new_dialogue();
    save(&mut store, &form(), Language::En, at())
        .unwrap()
        .unwrap();
    let twice = save(&mut store, &form(), Language::En, at())
        .unwrap()
        .unwrap_err();
    assert_eq!(twice[0].field, "code");
    let edited = MeasureForm {
        editing: Some("M-50".into()),
        title_en: "Clean heating in villages".into(),
        status: "on-time".into(),
        // The project exists now: its own titles stay whatever the form says.
        project_title_zh: String::new(),
        ..form()
    };
    let view = save(&mut store, &edited, Language::En, at())
        .unwrap()
        .unwrap();
    assert_eq!(view.measures.len(), 1);
    assert_eq!(view.measures[0].title, "Clean heating in villages");
    assert!(!view.measures[0].title_fallback);
    assert_eq!(view.measures[0].status, "on-time");
    assert_eq!(view.projects[0].title_zh, "清洁取暖");
}

#[test]
fn progress_before_the_start_is_refused_at_the_date_and_changes_nothing() {
    let mut store = new_dialogue();
    save(&mut store, &form(), Language::En, at())
        .unwrap()
        .unwrap();
    let before = stage(&store, Language::En).unwrap();
    let early = MeasureProgressForm {
        code: "M-50".into(),
        date: "2027-02-28".into(),
        percent: "10".into(),
        note: String::new(),
    };
    let refused = add_progress(&mut store, &early, Language::En, at())
        .unwrap()
        .unwrap_err();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].field, "date");
    assert!(refused[0].message.contains("before"), "{refused:?}");
    assert_eq!(stage(&store, Language::En).unwrap(), before);

    let out_of_range = MeasureProgressForm {
        date: "2027-04-01".into(),
        percent: "140".into(),
        ..early.clone()
    };
    let refused = add_progress(&mut store, &out_of_range, Language::En, at())
        .unwrap()
        .unwrap_err();
    assert_eq!(refused[0].field, "percent");
    assert_eq!(stage(&store, Language::En).unwrap(), before);

    let fine = MeasureProgressForm {
        date: "2027-04-01".into(),
        percent: "20".into(),
        note: "Survey done".into(),
        ..early
    };
    let view = add_progress(&mut store, &fine, Language::En, at())
        .unwrap()
        .unwrap();
    let m = &view.measures[0];
    assert_eq!(m.progress.len(), 1);
    assert_eq!(m.progress[0].percent, 20.0);
    assert_eq!(m.progress[0].date_words, "1 April 2027");
    assert!(m.delete_refused.is_some());

    // Moving the start after the update is refused at the start field.
    let later = MeasureForm {
        editing: Some("M-50".into()),
        start: "2027-05-01".into(),
        ..form()
    };
    let refused = save(&mut store, &later, Language::En, at())
        .unwrap()
        .unwrap_err();
    assert_eq!(refused[0].field, "start");
}

#[test]
fn a_measure_with_progress_is_not_deleted_and_one_without_is() {
    let mut store = new_dialogue();
    save(&mut store, &form(), Language::En, at())
        .unwrap()
        .unwrap();
    let other = MeasureForm {
        code: "M-51".into(),
        ..form()
    };
    save(&mut store, &other, Language::En, at())
        .unwrap()
        .unwrap();
    let update = MeasureProgressForm {
        code: "M-50".into(),
        date: "2027-03-02".into(),
        percent: "5".into(),
        note: String::new(),
    };
    add_progress(&mut store, &update, Language::En, at())
        .unwrap()
        .unwrap();
    // The store refuses it (its trigger does too; crates/store/tests/measures.rs).
    assert!(delete(&mut store, "M-50", Language::En).is_err());
    let view = delete(&mut store, "M-51", Language::En).unwrap();
    let codes: Vec<&str> = view.measures.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(codes, ["M-50"]);
}

#[test]
fn the_demo_plan_reads_in_both_languages_and_a_bad_file_changes_nothing() {
    let mut store = demo();
    let view = stage(&store, Language::ZhCn).unwrap();
    assert_eq!(view.projects.len(), 3);
    assert_eq!(view.measures.len(), 12);
    assert!(view.subjects.iter().any(|s| s.key == "11.6.2"));
    assert!(
        view.measures
            .iter()
            .any(|m| m.targets.iter().any(|t| t.subject == "11.6.2"))
    );
    let (bytes, name) = export(&store, Language::En).unwrap();
    assert!(name.ends_with("-measures-en.csv"), "{name}");
    // The export reads back as it is, and a broken copy is refused whole.
    assert!(
        import(&mut store, &bytes, Language::En, at())
            .unwrap()
            .is_ok()
    );
    let text = String::from_utf8(bytes).unwrap();
    let broken = text.replacen("2026-", "2026-13-", 1);
    let problems = import(&mut store, broken.as_bytes(), Language::En, at())
        .unwrap()
        .unwrap_err();
    assert!(
        problems[0].starts_with("Row ") && problems[0].contains("column end"),
        "{problems:?}"
    );
    assert_eq!(stage(&store, Language::ZhCn).unwrap(), view);
    assert_eq!(
        budget_words(9_500.0, concord_i18n::Locale::ZhCn),
        "9,500 元"
    );
}

#[test]
fn a_served_target_offers_the_unit_effects_are_stored_in_whatever_the_window_speaks() {
    // The effect's unit is compared with the target's when the progress chart stacks wedges:
    // the Chinese window must not offer 微克/立方米 where the target is kept in µg/m³.
    let store = demo();
    for language in [Language::En, Language::ZhCn] {
        let view = stage(&store, language).unwrap();
        let pm = view.subjects.iter().find(|s| s.key == "11.6.2").unwrap();
        assert_eq!(pm.unit, "µg/m³", "{language:?}");
    }
}

#[test]
fn an_owner_is_named_with_its_organisation_in_each_language_own_brackets() {
    let store = demo();
    let zh = stage(&store, Language::ZhCn).unwrap();
    let heating = zh
        .owners
        .iter()
        .find(|o| o.name.contains("渭南市热力有限公司"))
        .expect("the heating company is an owner");
    assert!(
        heating.name.ends_with("（渭南市热力有限公司）"),
        "{}",
        heating.name
    );
    let en = stage(&store, Language::En).unwrap();
    let heating = en
        .owners
        .iter()
        .find(|o| o.id == heating.id)
        .expect("the same owner");
    assert!(
        heating.name.ends_with(" (Weinan Heating Company)"),
        "{}",
        heating.name
    );
}
