//! Measures of the Local Action Plan: a round trip with Chinese text, and the schema's three
//! refusals — deleting a measure with progress updates, an update dated before the measure
//! starts, a per cent outside 0–100 — each changing nothing, through the store and through raw
//! SQL on a second connection.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveDateTime};
use concord_store::{
    KeyProject, MeasureOwner, MeasureRefusal, MeasureRow, MeasureStatus, MeasureTerm, MeasureWrite,
    ProgressUpdate, ServedTarget, Store, StoreError, StoredMeasure, demo,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at() -> NaiveDateTime {
    day(2026, 12, 1).and_hms_opt(10, 0, 0).unwrap()
}

fn row(code: &str) -> MeasureRow {
    MeasureRow {
        code: code.to_owned(),
        key_project: KeyProject {
            code: "T-KP".to_owned(),
            title_zh: "测试：清洁空气".to_owned(),
            title_en: "Test: clean air".to_owned(),
        },
        title_zh: "燃煤锅炉“煤改气”改造".to_owned(),
        title_en: "Coal boilers converted to gas".to_owned(),
        description_zh: "对城区 35 蒸吨以下燃煤锅炉实施清洁能源替代。".to_owned(),
        description_en: "Clean energy for the city's small coal boilers.".to_owned(),
        term: MeasureTerm::Short,
        owner: Some(MeasureOwner::Department {
            zh: "渭南市生态环境局".to_owned(),
            en: "Weinan Ecology and Environment Bureau".to_owned(),
        }),
        budget_cny: Some(12_500_000.0),
        start: day(2026, 3, 1),
        end: day(2027, 12, 31),
        status: MeasureStatus::OnTime,
        targets: vec![
            ServedTarget {
                subject: "11.6.2".to_owned(),
                effect_value: Some(-1.5),
                effect_unit: "µg/m³".to_owned(),
            },
            ServedTarget {
                subject: "13.2.2".to_owned(),
                effect_value: Some(-42_000.0),
                effect_unit: "t CO2/a".to_owned(),
            },
        ],
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    store: Store,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("measures.db");
    let mut store = Store::open(&path).unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    store
        .write_measures(
            &[MeasureWrite {
                row: row("T-1"),
                progress: Some(ProgressUpdate {
                    on: day(2026, 6, 30),
                    percent: 40.0,
                    note: "已完成 12 台锅炉改造（示例）".to_owned(),
                }),
            }],
            at(),
        )
        .unwrap();
    Fixture {
        _dir: dir,
        path,
        store,
    }
}

fn find(store: &Store, code: &str) -> StoredMeasure {
    store
        .measures()
        .unwrap()
        .into_iter()
        .find(|m| m.row.code == code)
        .unwrap()
}

fn counts(path: &std::path::Path) -> (i64, i64, i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    (
        count("measure"),
        count("measure_target"),
        count("measure_progress"),
    )
}

#[test]
fn a_measure_round_trips_with_chinese_text() {
    let mut f = fixture();
    let stored = find(&f.store, "T-1");
    let mut expected = row("T-1");
    expected.targets.sort_by(|a, b| a.subject.cmp(&b.subject));
    assert_eq!(stored.row, expected);
    assert_eq!(stored.progress.len(), 1);
    assert_eq!(stored.progress[0].note, "已完成 12 台锅炉改造（示例）");

    // Writing it again unchanged adds and updates nothing; a new status updates it.
    let same = f
        .store
        .write_measures(
            &[MeasureWrite {
                row: row("T-1"),
                progress: Some(stored.progress[0].clone()),
            }],
            at(),
        )
        .unwrap();
    assert_eq!((same.added, same.updated, same.progress_added), (0, 0, 0));
    let mut late = row("T-1");
    late.status = MeasureStatus::Late;
    late.owner = Some(MeasureOwner::Stakeholder(1));
    let changed = f
        .store
        .write_measures(
            &[MeasureWrite {
                row: late,
                progress: None,
            }],
            at(),
        )
        .unwrap();
    assert_eq!((changed.added, changed.updated), (0, 1));
    let stored = find(&f.store, "T-1");
    assert_eq!(stored.row.status, MeasureStatus::Late);
    assert_eq!(stored.row.owner, Some(MeasureOwner::Stakeholder(1)));
    assert!(
        f.store
            .key_projects()
            .unwrap()
            .iter()
            .any(|k| k.title_zh == "测试：清洁空气")
    );
}

#[test]
fn deleting_a_measure_with_progress_is_refused_and_changes_nothing() {
    let mut f = fixture();
    let before = (f.store.measures().unwrap(), counts(&f.path));
    let refused = f.store.delete_measure("T-1").unwrap_err();
    assert!(matches!(
        refused,
        StoreError::Measure(MeasureRefusal::HasProgress)
    ));
    assert_eq!(refused.message().0, "measures-error-has-progress");
    assert_eq!((f.store.measures().unwrap(), counts(&f.path)), before);

    let conn = rusqlite::Connection::open(&f.path).unwrap();
    let raw = conn
        .execute("DELETE FROM measure WHERE code = 'T-1'", [])
        .unwrap_err();
    assert!(
        raw.to_string().contains("measure has progress updates"),
        "{raw}"
    );
    assert!(matches!(
        StoreError::from(raw),
        StoreError::Measure(MeasureRefusal::HasProgress)
    ));
    assert_eq!((f.store.measures().unwrap(), counts(&f.path)), before);

    // A measure without updates may go.
    f.store
        .write_measures(
            &[MeasureWrite {
                row: row("T-2"),
                progress: None,
            }],
            at(),
        )
        .unwrap();
    f.store.delete_measure("T-2").unwrap();
    assert_eq!(counts(&f.path), before.1);
}

#[test]
fn a_progress_update_before_the_start_is_refused_and_changes_nothing() {
    let mut f = fixture();
    let before = (f.store.measures().unwrap(), counts(&f.path));
    let early = ProgressUpdate {
        on: day(2026, 2, 28),
        percent: 5.0,
        note: "开工前".to_owned(),
    };
    let refused = f
        .store
        .add_measure_progress("T-1", &early, at())
        .unwrap_err();
    assert!(matches!(
        refused,
        StoreError::Measure(MeasureRefusal::ProgressBeforeStart)
    ));
    // Within an import, the whole import is refused: the new measure T-3 is not added either.
    let refused = f
        .store
        .write_measures(
            &[
                MeasureWrite {
                    row: row("T-3"),
                    progress: None,
                },
                MeasureWrite {
                    row: row("T-1"),
                    progress: Some(early),
                },
            ],
            at(),
        )
        .unwrap_err();
    assert!(matches!(
        refused,
        StoreError::Measure(MeasureRefusal::ProgressBeforeStart)
    ));
    // Moving the start after an update is refused too.
    let mut later = row("T-1");
    later.start = day(2026, 7, 1);
    let refused = f
        .store
        .write_measures(
            &[MeasureWrite {
                row: later,
                progress: None,
            }],
            at(),
        )
        .unwrap_err();
    assert!(matches!(
        refused,
        StoreError::Measure(MeasureRefusal::ProgressBeforeStart)
    ));
    assert_eq!((f.store.measures().unwrap(), counts(&f.path)), before);

    let conn = rusqlite::Connection::open(&f.path).unwrap();
    for sql in [
        "INSERT INTO measure_progress (measure_id, on_date, percent, note, created_at)
         SELECT id, '2025-01-01', 10, '', '2026-12-01T10:00:00' FROM measure WHERE code = 'T-1'",
        "UPDATE measure_progress SET on_date = '2020-01-01'",
        "UPDATE measure SET start_date = '2026-12-01' WHERE code = 'T-1'",
    ] {
        let raw = conn.execute(sql, []).unwrap_err();
        assert!(
            raw.to_string().contains("progress before start"),
            "{sql}: {raw}"
        );
    }
    assert_eq!((f.store.measures().unwrap(), counts(&f.path)), before);
}

#[test]
fn a_per_cent_outside_0_to_100_is_refused_and_changes_nothing() {
    let mut f = fixture();
    let before = (f.store.measures().unwrap(), counts(&f.path));
    for percent in [100.5, -1.0] {
        let refused = f
            .store
            .add_measure_progress(
                "T-1",
                &ProgressUpdate {
                    on: day(2026, 9, 30),
                    percent,
                    note: String::new(),
                },
                at(),
            )
            .unwrap_err();
        assert!(
            matches!(
                refused,
                StoreError::Measure(MeasureRefusal::PercentOutOfRange)
            ),
            "{refused:?}"
        );
        assert_eq!(refused.message().0, "measures-error-percent-range");
    }
    assert_eq!((f.store.measures().unwrap(), counts(&f.path)), before);

    let conn = rusqlite::Connection::open(&f.path).unwrap();
    for sql in [
        "INSERT INTO measure_progress (measure_id, on_date, percent, note, created_at)
         SELECT id, '2026-09-30', 101, '', '2026-12-01T10:00:00' FROM measure WHERE code = 'T-1'",
        "INSERT INTO measure_progress (measure_id, on_date, percent, note, created_at)
         SELECT id, '2026-09-30', 'half', '', '2026-12-01T10:00:00' FROM measure WHERE code = 'T-1'",
        "UPDATE measure_progress SET percent = 150",
    ] {
        let raw = conn.execute(sql, []).unwrap_err();
        assert!(raw.to_string().contains("progress percent out of range"), "{sql}: {raw}");
    }
    assert_eq!((f.store.measures().unwrap(), counts(&f.path)), before);
    // The store still opens: nothing was changed behind its back.
    drop(conn);
    let path = f.path.clone();
    drop(f.store);
    Store::open_existing(&path).unwrap();
}
