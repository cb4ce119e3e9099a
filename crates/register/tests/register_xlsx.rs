//! The register from an .xlsx workbook as Excel and WPS save it: Chinese or English headers,
//! a phone number and a postcode typed as numbers, dates as date cells, blank rows the sheet
//! keeps formatted; every problem named by the spreadsheet's row and column, in the reader's
//! language, with nothing written; a damaged, protected or old workbook refused by name.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use concord_domain::{Role, Sector};
use concord_i18n::{I18n, Locale};
use concord_register::{FileProblem, ImportReport, Unreadable, parse_import, table::TableFormat};
use concord_store::{Store, demo};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Date(u16, u8, u8),
}
use Cell::{Date, Number, Text};

/// A workbook whose first sheet holds `rows` from (`top`, `left`), and a second sheet that must
/// not be read.
fn workbook(top: u32, left: u16, rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    write(sheet, top, left, rows);
    // Formatted but empty rows below the table, as a sheet someone cleared keeps them.
    let bordered = Format::new().set_border(rust_xlsxwriter::FormatBorder::Thin);
    for r in 0..3 {
        for c in 0..4 {
            let row = top + rows.len() as u32 + 2 + r;
            sheet.write_blank(row, left + c, &bordered).unwrap();
        }
    }
    let other = book.add_worksheet();
    other.write_string(0, 0, "not the register").unwrap();
    book.save_to_buffer().unwrap()
}

fn write(sheet: &mut Worksheet, top: u32, left: u16, rows: &[Vec<Cell>]) {
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (top + r as u32, left + c as u16);
            match cell {
                Text("") => {}
                Text(t) => {
                    sheet.write_string(r, c, *t).unwrap();
                }
                Number(n) => {
                    sheet.write_number(r, c, *n).unwrap();
                }
                Date(y, m, d) => {
                    let date = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                    sheet
                        .write_datetime_with_format(r, c, &date, &date_format)
                        .unwrap();
                }
            }
        }
    }
}

fn demo_store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    store
}

/// Checks and writes in one transaction, as the use case does; the report either way.
fn import(store: &mut Store, bytes: &[u8]) -> ImportReport {
    let mut checked = None;
    store
        .import_stakeholders_with(|existing| {
            let report = parse_import(bytes, existing, None);
            let plan = report.is_ok().then(|| report.plan());
            checked = Some(report);
            plan
        })
        .unwrap();
    checked.unwrap()
}

fn chinese_rows<'a>() -> Vec<Vec<Cell<'a>>> {
    vec![
        vec![
            Text("姓名"),
            Text("单位/机构"),
            Text("领域/部门"),
            Text("邮箱"),
            Text("手机"),
            Text("同意日期"),
            Text("告知书"),
            Text("备注"),
            Text("角色"),
        ],
        vec![
            Text("欧阳明"),
            Text("陕西绿色发展投资基金"),
            Text("投资方"),
            Text("ouyang.ming@example.cn"),
            Number(13_800_138_000.0),
            Date(2026, 9, 15),
            Text("隐私告知书 第1版"),
            Number(714_000.0),
            Text("表决成员"),
        ],
        vec![
            Text("𠮷小云"),
            Text("渭南市残疾人联合会"),
            Text("民间社会组织"),
            Text("ji.xiaoyun@example.cn"),
            Text("+86 139 0000 1111"),
            Text("2026年9月21日"),
            Text("隐私告知书 第1版"),
            Number(0.1 + 0.2),
            Text("观察员"),
        ],
    ]
}

#[test]
fn a_wps_workbook_with_chinese_headers_imports_with_numbers_and_dates_as_seen() {
    let bytes = workbook(0, 0, &chinese_rows());
    assert_eq!(TableFormat::sniff(&bytes), TableFormat::Xlsx);
    let mut store = demo_store();
    let before = store.stakeholder_count().unwrap();
    let report = import(&mut store, &bytes);
    assert!(
        report.is_ok(),
        "{:?}",
        report.messages(&I18n::new(Locale::En))
    );
    assert_eq!(report.read_as(), "Excel .xlsx");
    assert_eq!(report.rows.len(), 2, "formatted blank rows are not rows");
    assert_eq!(
        report.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        [2, 3]
    );
    assert_eq!(store.stakeholder_count().unwrap(), before + 2);
    let people = store.stakeholders().unwrap();
    let ouyang = people.iter().find(|p| p.name_zh == "欧阳明").unwrap();
    assert_eq!(ouyang.mobile, "13800138000");
    assert_eq!(ouyang.note, "714000");
    assert_eq!(ouyang.consent_date, NaiveDate::from_ymd_opt(2026, 9, 15));
    assert_eq!(
        (ouyang.sector, ouyang.role),
        (Sector::Investor, Role::VotingMember)
    );
    let ji = people.iter().find(|p| p.name_zh == "𠮷小云").unwrap();
    assert_eq!(ji.note, "0.3");
    assert_eq!(ji.consent_date, NaiveDate::from_ymd_opt(2026, 9, 21));
    assert!(
        !people.iter().any(|p| p.name_en == "not the register"),
        "only the first sheet is read"
    );
}

#[test]
fn a_bad_row_is_named_by_spreadsheet_row_and_column_and_nothing_is_written() {
    // The table starts at B3 under a title, as people lay a sheet out to print it.
    let rows = vec![
        vec![
            Text("Name"),
            Text("Organisation"),
            Text("Sector"),
            Text("E-mail"),
            Text("Consent date"),
            Text("Notice"),
        ],
        vec![
            Text("Li Na"),
            Text("Weinan Women's Federation"),
            Text("civil society"),
            Text("li.na.2@example.cn"),
            Date(2026, 9, 1),
            Text("Privacy notice v1"),
        ],
        vec![
            Text("Zhao Lei"),
            Text("Bakery"),
            Text("bakery"),
            Text("zhao@example"),
            Text("2026-13-01"),
            Text("Privacy notice v1"),
        ],
    ];
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "渭南市利益相关方名册").unwrap();
    write(sheet, 2, 1, &rows);
    let bytes = book.save_to_buffer().unwrap();

    let mut store = demo_store();
    let before = store.stakeholders().unwrap();
    let report = import(&mut store, &bytes);
    assert_eq!(store.stakeholders().unwrap(), before, "nothing written");
    let en = report.messages(&I18n::new(Locale::En));
    assert_eq!(en.len(), 3, "{en:#?}");
    assert!(en[0].starts_with("Row 5, column D (Sector)"), "{}", en[0]);
    assert!(en[0].contains("bakery"), "{}", en[0]);
    assert!(
        en[1].starts_with("Row 5, column F (Consent date)") && en[1].contains("2026-13-01"),
        "{}",
        en[1]
    );
    assert!(en[2].starts_with("Row 5, column E (E-mail)"), "{}", en[2]);
    let zh = report.messages(&I18n::new(Locale::ZhCn));
    assert!(zh[0].starts_with("第 5 行，D 列"), "{}", zh[0]);
    assert!(!zh[0].contains("Local authority"), "{}", zh[0]);
}

fn file_problem(bytes: &[u8]) -> (Unreadable, String, String) {
    let mut store = demo_store();
    let before = store.stakeholders().unwrap();
    let report = import(&mut store, bytes);
    assert_eq!(store.stakeholders().unwrap(), before, "nothing written");
    assert!(report.rows.is_empty());
    let kind = match report.file_errors.as_slice() {
        [FileProblem::Unreadable(p)] => p.kind.clone(),
        other => panic!("{other:?}"),
    };
    let en = report.messages(&I18n::new(Locale::En)).join("\n");
    let zh = report.messages(&I18n::new(Locale::ZhCn)).join("\n");
    (kind, en, zh)
}

#[test]
fn a_damaged_workbook_is_refused_by_name() {
    let bytes = workbook(0, 0, &chinese_rows());
    for cut in [bytes.len() / 2, bytes.len() - 30, 8] {
        let (kind, en, zh) = file_problem(&bytes[..cut]);
        assert_eq!(kind, Unreadable::NotAWorkbook, "cut at {cut}");
        assert!(en.contains("cannot be read as one"), "{en}");
        assert!(zh.contains("无法读取"), "{zh}");
    }
    let (kind, ..) = file_problem(b"PK\x03\x04 not really an archive");
    assert_eq!(kind, Unreadable::NotAWorkbook);
    // A byte changed in the middle of the compressed sheet.
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x55;
    let report = parse_import(&flipped, &[], None);
    assert!(!report.is_ok(), "a damaged workbook is never accepted");
}

#[test]
fn a_protected_or_old_workbook_is_refused_by_name() {
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 504));
    bytes.extend_from_slice("EncryptedPackage".as_bytes());
    let (kind, en, zh) = file_problem(&bytes);
    assert_eq!(kind, Unreadable::ProtectedOrOldWorkbook);
    assert!(en.contains("password-protected"), "{en}");
    assert!(zh.contains("密码"), "{zh}");
}

#[test]
fn a_workbook_without_the_columns_or_rows_says_so() {
    let report = parse_import(&workbook(0, 0, &[]), &[], None);
    assert_eq!(report.file_errors, vec![FileProblem::Empty]);
    let report = parse_import(
        &workbook(0, 0, &[vec![Text("邮箱"), Text("手机")]]),
        &[],
        None,
    );
    assert_eq!(
        report.file_errors,
        vec![FileProblem::NoNameColumn, FileProblem::NoSectorColumn]
    );
}

#[test]
fn a_csv_file_reads_as_csv_whatever_it_is_called() {
    // The crate sees only bytes: a CSV saved with the name .xlsx is still text.
    let csv = "姓名,领域\n张丽,市民\n";
    let report = parse_import(csv.as_bytes(), &[], None);
    assert!(report.is_ok());
    assert_eq!(
        (report.format, report.read_as()),
        (TableFormat::Csv, "UTF-8")
    );
    // A title above the header, as a sheet saved as CSV keeps it.
    let titled = parse_import(
        "利益相关方名册,,\n姓名,领域\n张丽,市民\n".as_bytes(),
        &[],
        None,
    );
    assert!(titled.is_ok(), "{:?}", titled.file_errors);
    assert_eq!(titled.rows[0].row, 3);
}

#[test]
fn a_workbook_that_unpacks_beyond_any_register_is_refused_before_it_is_read() {
    let mut bytes = workbook(0, 0, &chinese_rows());
    // The directory entry of the first sheet says it unpacks to almost 4 GB, as an archive
    // made to fill the memory does.
    let name = b"xl/worksheets/sheet1.xml";
    let entry = (0..bytes.len() - name.len())
        .find(|&i| bytes[i..].starts_with(b"PK\x01\x02") && bytes[i + 46..].starts_with(name))
        .expect("the sheet's directory entry");
    bytes[entry + 24..entry + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    let (kind, en, zh) = file_problem(&bytes);
    assert_eq!(kind, Unreadable::WorkbookTooLarge { limit: 256 << 20 });
    assert!(en.contains("more than 256 MB"), "{en}");
    assert!(zh.contains("256 MB"), "{zh}");
    // The same workbook as written reads.
    assert!(parse_import(&workbook(0, 0, &chinese_rows()), &[], None).is_ok());
}
