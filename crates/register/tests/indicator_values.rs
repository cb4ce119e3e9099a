//! Indicator values from CSV and .xlsx files into the store: all or nothing, every problem
//! named by row and column, and no panic on any file.

use concord_deficits::{Catalogue, check_values};
use concord_register::table::{TableFormat, read_table};
use concord_store::{OnDuplicateValue, Store, StoreError};
use proptest::prelude::*;

fn rows_of(bytes: &[u8]) -> Result<Vec<concord_deficits::IndicatorValue>, String> {
    let table = read_table(bytes, TableFormat::sniff(bytes)).map_err(|e| format!("{e:?}"))?;
    let rows: Vec<(usize, Vec<String>)> =
        table.rows.into_iter().map(|r| (r.row, r.cells)).collect();
    let catalogue = Catalogue::builtin().map_err(|e| e.to_string())?;
    check_values(&table.headers, &rows, &catalogue).map_err(|p| format!("{p:?}"))
}

fn xlsx(rows: &[[&str; 4]]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell.parse::<f64>() {
                Ok(n) if r > 0 => sheet.write_number(r, c, n).map(|_| ()),
                _ => sheet.write_string(r, c, *cell).map(|_| ()),
            }
            .expect("cell");
        }
    }
    book.save_to_buffer().expect("workbook")
}

#[test]
fn a_wps_xlsx_with_chinese_headers_imports() {
    let bytes = xlsx(&[
        ["指标代码", "年份", "数值", "来源"],
        ["11.6.2", "2021", "41.2", "示例数据"],
        ["11.6.2", "2022", "38", "示例数据"],
    ]);
    let values = rows_of(&bytes).expect("valid");
    assert_eq!(values.len(), 2);
    assert_eq!((values[1].year, values[1].value), (2022, 38.0));
    let mut store = Store::open_in_memory().expect("store");
    let count = store
        .save_indicator_values(&values, OnDuplicateValue::Refuse)
        .expect("saved");
    assert_eq!(count.added, 2);
}

#[test]
fn a_gb18030_file_with_one_bad_row_names_it_and_imports_nothing() {
    let text = "指标代码,年份,数值,备注\n11.6.2,2021,41,渭南\n11.6.2,二〇二二,38,渭南\n";
    let (bytes, _, _) = encoding_rs::GB18030.encode(text);
    let error = rows_of(&bytes).expect_err("refused");
    assert!(error.contains("row: 3"), "{error}");
    assert!(error.contains("年份"), "{error}");
}

#[test]
fn a_stored_value_is_refused_unless_update_and_nothing_changes() {
    let mut store = Store::open_in_memory().expect("store");
    let first = rows_of(b"code,year,value\n11.6.2,2021,41\n").expect("valid");
    store
        .save_indicator_values(&first, OnDuplicateValue::Refuse)
        .expect("saved");
    let second = rows_of(b"code,year,value\n11.6.2,2022,38\n11.6.2,2021,40\n").expect("valid");
    let refused = store.save_indicator_values(&second, OnDuplicateValue::Refuse);
    assert!(
        matches!(refused, Err(StoreError::ValuesAlreadyStored(ref p)) if p == &vec![("11.6.2".to_string(), 2021)])
    );
    assert_eq!(
        store.indicator_values().expect("values").len(),
        1,
        "the new 2022 row was not kept"
    );
    let skipped = store
        .save_indicator_values(&second, OnDuplicateValue::Skip)
        .expect("skip");
    assert_eq!((skipped.added, skipped.skipped), (1, 1));
    assert_eq!(store.indicator_values().expect("values")[0].value, 41.0);
    let updated = store
        .save_indicator_values(&second, OnDuplicateValue::Update)
        .expect("update");
    assert_eq!(updated.updated, 2);
    assert_eq!(store.indicator_values().expect("values")[0].value, 40.0);
}

#[test]
fn a_utf8_file_with_one_gb18030_row_is_refused_not_garbled() {
    let mut bytes = "code,year,value,note\n11.6.2,2021,41,测试\n"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(&encoding_rs::GB18030.encode("11.6.2,2022,38,测试\n").0);
    let error = rows_of(&bytes).expect_err("a file in two encodings is refused");
    assert!(
        error.contains("row: 3"),
        "the first row that is not UTF-8: {error}"
    );
}

/// Generated and mutated files: valid rows, junk cells, quotes left open, other encodings,
/// random bytes and broken workbooks.
fn file() -> impl Strategy<Value = Vec<u8>> {
    let cell = prop_oneof![
        Just("11.6.2".to_string()),
        Just("7.3.1".to_string()),
        Just("13.1.3".to_string()),
        Just("\"open".to_string()),
        Just("是".to_string()),
        (1985i32..2105).prop_map(|y| y.to_string()),
        any::<f64>().prop_map(|f| f.to_string()),
        "[a-z0-9 ,;\"\\n测试]{0,8}",
    ];
    let row = prop::collection::vec(cell, 0..6).prop_map(|c| c.join(","));
    let csv = prop::collection::vec(row, 0..8)
        .prop_map(|rows| format!("code,year,value,unit,note\n{}", rows.join("\n")));
    prop_oneof![
        csv.clone().prop_map(String::into_bytes),
        csv.clone()
            .prop_map(|t| encoding_rs::GB18030.encode(&t).0.into_owned()),
        (csv, any::<prop::sample::Index>(), any::<u8>()).prop_map(|(t, at, b)| {
            let mut bytes = t.into_bytes();
            if !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            bytes
        }),
        prop::collection::vec(any::<u8>(), 0..200),
        (
            prop::collection::vec(any::<u8>(), 0..40),
            any::<prop::sample::Index>()
        )
            .prop_map(|(junk, at)| {
                let mut bytes = xlsx(&[
                    ["code", "year", "value", "note"],
                    ["11.6.2", "2021", "40", "x"],
                ]);
                let i = at.index(bytes.len());
                bytes.splice(i..i, junk);
                bytes
            }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn no_file_panics_or_leaves_part_of_an_import(bytes in file()) {
        thread_local! {
            static STORE: std::cell::RefCell<Store> =
                std::cell::RefCell::new(Store::open_in_memory().expect("store"));
        }
        STORE.with(|store| {
            let mut store = store.borrow_mut();
            let before = store.indicator_values().expect("values").len();
            match rows_of(&bytes) {
                Err(_) => prop_assert_eq!(store.indicator_values().expect("values").len(), before),
                Ok(values) => match store.save_indicator_values(&values, OnDuplicateValue::Refuse) {
                    Ok(count) => prop_assert_eq!(
                        store.indicator_values().expect("values").len(),
                        before + count.added
                    ),
                    Err(_) => prop_assert_eq!(store.indicator_values().expect("values").len(), before),
                },
            }
            Ok(())
        })?;
    }
}
