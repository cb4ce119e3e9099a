//! A targets workbook with Chinese headers, numbers as number cells and the optional columns
//! imports like the CSV: the per cent resolves the value, the SDGs and advantages are kept.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_store::{Store, TargetKind, demo};
use concord_usecases::targets::import_targets;
use rust_xlsxwriter::Workbook;

#[test]
fn a_workbook_with_kinds_sdgs_and_advantages_imports() {
    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "指标代码",
        "基准年",
        "基准值",
        "目标年",
        "类型",
        "减排百分比",
        "可持续发展目标",
        "社区效益（中文）",
        "社区效益（英文）",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "11.6.2").unwrap();
    sheet.write_number(1, 1, 2021).unwrap();
    sheet.write_number(1, 2, 44).unwrap();
    sheet.write_number(1, 3, 2030).unwrap();
    sheet.write_string(1, 4, "基准年减排").unwrap();
    sheet.write_number(1, 5, 25).unwrap();
    sheet.write_string(1, 6, "11;3").unwrap();
    sheet.write_string(1, 7, "少生病").unwrap();
    sheet.write_string(1, 8, "Fewer illnesses").unwrap();
    let bytes = book.save_to_buffer().unwrap();

    let at = demo::sample_date().and_hms_opt(12, 0, 0).unwrap();
    let count = import_targets(&mut store, &bytes, at).unwrap().unwrap();
    assert_eq!(count, 1);
    let targets = store.current_targets().unwrap();
    assert_eq!(targets.len(), 1);
    let t = &targets[0];
    assert_eq!(t.row.target_value, 33.0);
    assert_eq!(t.details.kind, TargetKind::BaseYearReduction);
    assert_eq!(t.details.percent, Some(25.0));
    assert_eq!(t.details.sdgs, [11, 3]);
    assert_eq!(t.details.advantages_zh, "少生病");
    assert_eq!(t.details.advantages_en, "Fewer illnesses");
}
