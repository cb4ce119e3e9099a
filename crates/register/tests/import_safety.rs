//! Files that must be refused whole, each problem named by row, column and field in both
//! languages: unclosed quotes, files in two encodings, control characters in names, and
//! files too large to be a register.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_i18n::{I18n, Locale};
use concord_register::{Limits, parse_import, printable};

fn messages(bytes: &[u8]) -> (Vec<String>, Vec<String>) {
    let report = parse_import(bytes, &[], None);
    assert!(!report.is_ok(), "refused");
    assert!(report.plan().0.is_empty() || !report.is_ok());
    (
        report.messages(&I18n::new(Locale::En)),
        report.messages(&I18n::new(Locale::ZhCn)),
    )
}

const HEADER: &str = "Name,Sector,E-mail,Mobile,Note\n";

#[test]
fn an_unclosed_quote_in_the_last_column_refuses_the_file_at_the_row_it_opened() {
    let csv = format!(
        "{HEADER}Ann,citizen,ann@example.cn,,\n\
         Bo,citizen,bo@example.cn,,ok\n\
         Cai,citizen,cai@example.cn,,\"starts a quote\n\
         Dan,citizen,dan@example.cn,,\n\
         Eve,citizen,eve@example.cn,,\n"
    );
    let (en, zh) = messages(csv.as_bytes());
    assert_eq!(en.len(), 1, "{en:#?}");
    assert!(en[0].starts_with("Row 4, column E (Note)"), "{}", en[0]);
    assert!(en[0].contains("quote"), "{}", en[0]);
    assert!(zh[0].starts_with("第 4 行，E 列（Note）"), "{}", zh[0]);
    assert!(zh[0].contains("引号"), "{}", zh[0]);
}

#[test]
fn an_unclosed_quote_anywhere_is_refused() {
    for (csv, row, column) in [
        ("Name,Sector\n\"Ann,citizen\nBo,citizen\n", 2, "A"),
        ("Name,Sector\nAnn,citizen\nBo,\"citizen\n", 3, "B"),
        ("\"Name,Sector\nAnn,citizen\n", 1, "A"),
        // A closed multi-line note, then a quote that never closes.
        (
            "Name,Note,Sector\nAnn,\"two\nlines\",citizen\nBo,x,\"citizen\n",
            4,
            "C",
        ),
    ] {
        let (en, _) = messages(csv.as_bytes());
        assert!(
            en[0].starts_with(&format!("Row {row}, column {column}")),
            "{csv:?}: {en:#?}"
        );
    }
    // Quotes that close, doubled quotes and a quote inside a value are fine.
    let fine = "Name,Sector,Note\n\"Li, Na\",citizen,\"say \"\"hi\"\"\"\nBo 5\" tall,citizen,\n";
    let report = parse_import(fine.as_bytes(), &[], None);
    assert!(
        report.is_ok(),
        "{:?}",
        report.messages(&I18n::new(Locale::En))
    );
    assert_eq!(report.plan().0.len(), 2);
}

#[test]
fn a_utf8_file_with_one_gb18030_row_is_refused_at_that_row() {
    let mut bytes = "姓名,领域/部门,备注\n测试,市民,第一行\n"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(&encoding_rs::GB18030.encode("王五,市民,GB 行\n").0);
    bytes.extend_from_slice("Josée,市民,最后\n".as_bytes());
    let (en, zh) = messages(&bytes);
    assert_eq!(en.len(), 1, "{en:#?}");
    assert!(en[0].starts_with("Row 3, column A (姓名)"), "{}", en[0]);
    assert!(
        en[0].contains("GB18030") && en[0].contains("UTF-8"),
        "{}",
        en[0]
    );
    assert!(zh[0].starts_with("第 3 行，A 列（姓名）"), "{}", zh[0]);
}

#[test]
fn a_gb18030_row_first_and_utf8_after_is_refused_too() {
    // The mojibake case: read as GB18030 as a whole, 测试 became 娴嬭瘯 and Josée Jos閑.
    let mut bytes = encoding_rs::GB18030
        .encode("姓名,领域/部门\n王五,市民\n")
        .0
        .into_owned();
    bytes.extend_from_slice("测试,市民\nJosée,市民\n张丽,市民\n".as_bytes());
    let (en, _) = messages(&bytes);
    assert!(en[0].starts_with("Row 1, column A"), "{en:#?}");
    // Most rows are UTF-8, so the GB18030 ones are the odd ones out.
    assert!(en[0].contains("GB18030"), "{}", en[0]);
}

#[test]
fn a_gb18030_file_with_one_utf8_row_is_refused() {
    let mut bytes = encoding_rs::GB18030
        .encode("姓名,领域/部门\n王五,市民\n李四,市民\n")
        .0
        .into_owned();
    bytes.extend_from_slice("测试,市民\n".as_bytes());
    bytes.extend_from_slice(&encoding_rs::GB18030.encode("赵六,市民\n").0);
    let (en, _) = messages(&bytes);
    assert!(en[0].starts_with("Row 4, column A (姓名)"), "{en:#?}");
}

#[test]
fn bytes_that_are_no_text_name_their_row() {
    let mut bytes = b"\xEF\xBB\xBFName,Sector\nAnn,citizen\n".to_vec();
    bytes.extend_from_slice(b"Bo,citi\xFFzen\n");
    let (en, _) = messages(&bytes);
    assert!(en[0].starts_with("Row 3, column B (Sector)"), "{en:#?}");
}

#[test]
fn control_characters_in_names_are_a_field_error() {
    let csv = "Name,Organisation,Sector,Note\n\
               Ann\u{0}Lee,Tecnopolo,citizen,\n\
               Bo,Bad\u{1b}[31mOrg,citizen,\n\
               Cai,Org,citizen,\"a note\non two lines\"\n";
    let report = parse_import(csv.as_bytes(), &[], None);
    let en = report.messages(&I18n::new(Locale::En));
    let zh = report.messages(&I18n::new(Locale::ZhCn));
    assert_eq!(en.len(), 2, "{en:#?}");
    assert!(en[0].starts_with("Row 2, column A (Name)"), "{}", en[0]);
    assert!(en[0].contains("control character"), "{}", en[0]);
    assert!(
        en[1].starts_with("Row 3, column B (Organisation)"),
        "{}",
        en[1]
    );
    assert!(zh[0].starts_with("第 2 行，A 列（Name）"), "{}", zh[0]);
    assert!(zh[0].contains("控制字符"), "{}", zh[0]);
    // Nothing a terminal would act on is left in what is printed.
    for line in en.iter().chain(&zh) {
        assert!(!printable(line).chars().any(char::is_control), "{line:?}");
    }
    assert_eq!(printable("a\u{1b}[31mb\u{0}c\u{9b}d"), "a[31mbcd");
}

#[test]
fn limits_refuse_early_and_name_the_limit() {
    let limits = Limits::REGISTER;

    let big = vec![b'a'; limits.bytes + 1];
    let (en, zh) = messages(&big);
    assert!(en[0].contains("16 MB"), "{}", en[0]);
    assert!(zh[0].contains("16 MB"), "{}", zh[0]);

    let mut rows = String::from("Name,Sector\n");
    for i in 0..limits.rows {
        rows.push_str(&format!("p{i},citizen\n"));
    }
    let (en, _) = messages(rows.as_bytes());
    assert!(
        en[0].contains("100,000 rows") || en[0].contains("100000 rows"),
        "{}",
        en[0]
    );

    let long = format!(
        "Name,Sector,Note\nAnn,citizen,{}\n",
        "x".repeat(limits.field_bytes + 1)
    );
    let (en, _) = messages(long.as_bytes());
    assert!(en[0].starts_with("Row 2, column C (Note)"), "{}", en[0]);
    assert!(en[0].contains("64 KB"), "{}", en[0]);

    let wide = format!("Name,Sector\n{}\n", ",".repeat(limits.columns + 1));
    let (en, _) = messages(wide.as_bytes());
    assert!(en[0].starts_with("Row 2"), "{}", en[0]);
    assert!(en[0].contains("200 columns"), "{}", en[0]);

    // Many small cells: the file is small enough, the number of cells is not.
    let per_row = ",".repeat(limits.columns - 1);
    let cells = format!(
        "Name,Sector\n{}",
        format!("{per_row}\n").repeat(limits.cells / limits.columns + 1)
    );
    assert!(cells.len() < limits.bytes);
    let (en, _) = messages(cells.as_bytes());
    assert!(en[0].contains("cells"), "{}", en[0]);
}

#[test]
fn random_bytes_fail_fast() {
    // What /dev/urandom gives, generated so the test is the same every time.
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let bytes: Vec<u8> = (0..Limits::REGISTER.bytes)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let started = std::time::Instant::now();
    let (en, _) = messages(&bytes);
    assert_eq!(en.len(), 1, "{en:#?}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}
