//! Acceptance tests of the register's .xlsx import: the real `concord` binary on workbooks
//! built here byte by byte (as a minimal writer such as WPS's saves them: inline strings,
//! numbers as numbers), what it stored, and what it says when a row or the file is wrong.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

use util::Workspace;

/// CRC-32 as ZIP uses it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A ZIP archive of `files`, stored without compression.
fn zip(files: &[(&str, String)]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, text) in files {
        let (name, data) = (name.as_bytes(), text.as_bytes());
        let offset = out.len() as u32;
        let fixed = |sig: u32, central: bool| {
            let mut h = sig.to_le_bytes().to_vec();
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // version needed
            h.extend(0x0800u16.to_le_bytes()); // UTF-8 names
            h.extend(0u16.to_le_bytes()); // stored
            h.extend([0u8; 4]); // time and date
            h.extend(crc32(data).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            h
        };
        out.extend(fixed(0x0403_4B50, false));
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        let mut entry = fixed(0x0201_4B50, true);
        entry.extend([0u8; 6]); // comment, disk, internal attributes
        entry.extend([0u8; 4]); // external attributes
        entry.extend(offset.to_le_bytes());
        entry.extend_from_slice(name);
        central.push(entry);
    }
    let start = out.len() as u32;
    let size: usize = central.iter().map(Vec::len).sum();
    for entry in &central {
        out.extend_from_slice(entry);
    }
    out.extend(0x0605_4B50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((size as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// A cell: text, or a number as a spreadsheet stores it.
enum Cell<'a> {
    T(&'a str),
    N(&'a str),
}
use Cell::{N, T};

fn column(index: usize) -> char {
    char::from(b'A' + index as u8)
}

/// A workbook with one sheet holding `rows` from A1.
fn workbook(rows: &[Vec<Cell>]) -> Vec<u8> {
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut sheet =
        format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>"#);
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column(c), r + 1);
            match cell {
                T(text) => sheet.push_str(&format!(
                    r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#
                )),
                N(number) => sheet.push_str(&format!(r#"<c r="{at}"><v>{number}</v></c>"#)),
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    zip(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.into(),
        ),
        (
            "_rels/.rels",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ),
        (
            "xl/workbook.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ])
}

fn people(sector_of_second: &str) -> Vec<u8> {
    workbook(&[
        vec![
            T("姓名"),
            T("单位/机构"),
            T("领域/部门"),
            T("邮箱"),
            T("手机"),
            T("同意日期"),
            T("告知书"),
        ],
        vec![
            T("欧阳明"),
            T("陕西绿色发展投资基金"),
            T("投资方"),
            T("ouyang.ming@example.cn"),
            N("13800138000"),
            N("46280"),
            T("隐私告知书 第1版"),
        ],
        vec![
            T("𠮷小云"),
            T("渭南市残疾人联合会"),
            T(sector_of_second),
            T("ji.xiaoyun@example.cn"),
            N("1.3900001111E10"),
            T("2026-09-21"),
            T("隐私告知书 第1版"),
        ],
    ])
}

fn import(ws: &Workspace, lang: &str, flag: &str, file: &str, extra: &[&str]) -> util::Run {
    let path = ws.path(file);
    let mut args = vec!["import", "stakeholders", flag, path.to_str().unwrap()];
    args.extend_from_slice(extra);
    ws.concord(lang, &args)
}

/// The register as `concord export stakeholders` writes it.
fn exported(ws: &Workspace) -> String {
    let out = ws.path("check.csv");
    let run = ws.concord(
        "en",
        &["export", "stakeholders", "--out", out.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::read_to_string(&out).unwrap()
}

#[test]
fn a_workbook_imports_with_the_same_command_and_phone_numbers_as_typed() {
    let ws = Workspace::with_demo();
    let before = exported(&ws);
    std::fs::write(ws.path("people.xlsx"), people("民间社会组织")).unwrap();

    let dry = import(&ws, "en", "--xlsx", "people.xlsx", &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(dry.stdout.contains("Excel .xlsx"), "{}", dry.stdout);
    assert!(dry.stdout.contains("Would add 2"), "{}", dry.stdout);
    assert_eq!(exported(&ws), before, "a dry run writes nothing");

    // `--csv` takes a workbook too: the content decides.
    let run = import(&ws, "zh-CN", "--csv", "people.xlsx", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("已新增 2 人"), "{}", run.stdout);
    let after = exported(&ws);
    assert_eq!(after.lines().count(), before.lines().count() + 2);
    assert!(after.contains("13800138000"), "{after}");
    assert!(after.contains("13900001111"), "{after}");
    assert!(
        !after.contains("E10") && !after.contains("13800138000.0"),
        "{after}"
    );
    assert!(
        after.contains("2026-09-15"),
        "a date serial reads as its date: {after}"
    );
}

#[test]
fn a_bad_row_in_a_workbook_is_named_and_nothing_is_written() {
    let ws = Workspace::with_demo();
    let before = exported(&ws);
    std::fs::write(ws.path("people.xlsx"), people("面包店")).unwrap();

    let zh = import(&ws, "zh-CN", "--xlsx", "people.xlsx", &[]);
    assert_eq!(zh.code, 2, "{}", zh.stdout);
    assert!(
        zh.stderr
            .starts_with("people.xlsx：第 3 行，C 列（领域/部门）：“面包店”不在可选值中"),
        "{}",
        zh.stderr
    );
    let en = import(&ws, "en", "--xlsx", "people.xlsx", &[]);
    assert!(
        en.stderr.contains("Row 3, column C (领域/部门)"),
        "{}",
        en.stderr
    );
    assert_eq!(exported(&ws), before, "nothing imported");
}

#[test]
fn a_damaged_workbook_and_a_csv_called_xlsx() {
    let ws = Workspace::with_demo();
    let before = exported(&ws);
    let bytes = people("民间社会组织");
    std::fs::write(ws.path("cut.xlsx"), &bytes[..bytes.len() / 2]).unwrap();
    let run = import(&ws, "en", "--xlsx", "cut.xlsx", &[]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("cut.xlsx: The file looks like an Excel workbook (.xlsx) but cannot be read"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let zh = import(&ws, "zh-CN", "--xlsx", "cut.xlsx", &[]);
    assert!(zh.stderr.contains("无法读取"), "{}", zh.stderr);

    let mut protected = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    protected.extend([0u8; 504]);
    std::fs::write(ws.path("locked.xlsx"), &protected).unwrap();
    let run = import(&ws, "en", "--xlsx", "locked.xlsx", &[]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("password-protected"), "{}", run.stderr);
    assert_eq!(exported(&ws), before, "nothing imported");

    // Saved as CSV with the wrong name: read as the CSV it is.
    let csv = "姓名,领域/部门,同意日期,告知书\n张丽,市民,2026-09-15,隐私告知书\n";
    std::fs::write(ws.path("named.xlsx"), csv).unwrap();
    let run = import(&ws, "en", "--xlsx", "named.xlsx", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("UTF-8"), "{}", run.stdout);
    assert!(exported(&ws).contains("张丽"));
}
