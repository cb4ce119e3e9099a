//! A measures workbook as Excel or WPS saves it — Chinese headers, dates as date cells, numbers
//! as numbers — imports like the CSV the export writes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Datelike, NaiveDate};
use concord_store::{MeasureStatus, Store, demo};
use concord_usecases::measures::{COLUMNS, import_measures};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

#[test]
fn a_workbook_with_date_cells_updates_a_measure() {
    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    let measure = store
        .measures()
        .unwrap()
        .into_iter()
        .find(|m| m.row.code == "M-03")
        .unwrap();

    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    for (c, (_, zh)) in COLUMNS.iter().enumerate() {
        sheet.write_string(0, c as u16, *zh).unwrap();
    }
    let row = &measure.row;
    let text = [
        row.code.as_str(),
        &row.key_project.code,
        &row.key_project.title_zh,
        &row.key_project.title_en,
        &row.title_zh,
        &row.title_en,
        &row.description_zh,
        &row.description_en,
        "短期",
    ];
    for (c, value) in text.iter().enumerate() {
        sheet.write_string(1, c as u16, *value).unwrap();
    }
    let department = match &row.owner {
        Some(concord_store::MeasureOwner::Department { zh, .. }) => zh.clone(),
        other => panic!("{other:?}"),
    };
    sheet.write_string(1, 10, &department).unwrap();
    sheet.write_number(1, 11, row.budget_cny.unwrap()).unwrap();
    let date = |d: NaiveDate| {
        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).unwrap()
    };
    sheet
        .write_datetime_with_format(1, 12, date(row.start), &date_format)
        .unwrap();
    sheet
        .write_datetime_with_format(1, 13, date(row.end), &date_format)
        .unwrap();
    sheet.write_string(1, 14, "已完成").unwrap();
    sheet
        .write_string(
            1,
            15,
            concord_usecases::measures::targets_text(&row.targets),
        )
        .unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 1, 20).unwrap();
    sheet
        .write_datetime_with_format(1, 16, date(on), &date_format)
        .unwrap();
    sheet.write_number(1, 17, 100).unwrap();
    sheet.write_string(1, 18, "验收完成（示例数据）").unwrap();
    let bytes = book.save_to_buffer().unwrap();

    let at = NaiveDate::from_ymd_opt(2026, 1, 21)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let count = import_measures(&mut store, &bytes, at).unwrap().unwrap();
    assert_eq!(
        (count.added, count.updated, count.progress_added),
        (0, 1, 1)
    );
    let after = store
        .measures()
        .unwrap()
        .into_iter()
        .find(|m| m.row.code == "M-03")
        .unwrap();
    assert_eq!(after.row.status, MeasureStatus::Completed);
    assert_eq!(after.row.start, row.start);
    assert_eq!(after.row.end, row.end);
    // A workbook made before the department had an English column keeps the English name.
    assert_eq!(after.row.owner, row.owner);
    assert!(matches!(
        &after.row.owner,
        Some(concord_store::MeasureOwner::Department { en, .. }) if !en.is_empty()
    ));
    let latest = after.latest_progress().unwrap();
    assert_eq!((latest.on, latest.percent), (on, 100.0));
}
