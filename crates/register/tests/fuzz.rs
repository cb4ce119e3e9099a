//! 10,000 random and mutated CSV files, and 3,000 generated and damaged .xlsx workbooks, through
//! the whole import path: parse, check, write.
//! Nothing may panic, a refused file writes nothing, and an accepted one leaves a sound register.
//! Two kinds of damage must always be refused, by the row that has them: a quote opened and
//! never closed, and a row in another encoding than the rest of the file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_i18n::{I18n, Locale};
use concord_register::{
    FileProblem, ImportReport, OnDuplicate, Unreadable, export_csv, parse_import,
};
use concord_store::{Store, demo};

/// A small deterministic generator, so a failure can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that matter to a CSV reader and to the encodings it detects.
const INTERESTING: &[&[u8]] = &[
    b",",
    b";",
    b"\t",
    b"\"",
    b"\r\n",
    b"\n",
    b"=",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\x81\x30",
    // 测试 in GB18030, Josée's é in GB18030, and a quote opening a cell.
    b"\xB2\xE2\xCA\xD4",
    b"\xA8\xA6",
    b",\"",
    "渭南".as_bytes(),
    "𠮷".as_bytes(),
    b"\x00",
    b"@",
    b"2026-13-45",
    b"voting-member",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] ^= 1 << rng.below(8);
            }
            1 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                bytes.splice(at..at, piece.iter().copied());
            }
            2 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            3 => bytes.truncate(at),
            4 => {
                // Repeat a slice: duplicated rows and cells.
                let end = (at + rng.below(200)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ => {
                let b = rng.next() as u8;
                bytes.insert(at, b);
            }
        }
    }
    bytes
}

/// The export without its BOM, as lines (the demo's cells hold no line breaks).
fn lines_of(bytes: &[u8]) -> Vec<Vec<u8>> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    body.split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

/// A quote at the start of a cell of a data row, never closed: (file, its row).
fn unclosed_quote(rng: &mut Rng, lines: &[Vec<u8>]) -> (Vec<u8>, usize) {
    let row = 1 + rng.below(lines.len() - 1);
    let mut out: Vec<u8> = lines[..row].concat();
    let line = &lines[row];
    // The start of a cell: the line's start or just after a comma outside quotes.
    let mut starts = vec![0];
    let mut in_quotes = false;
    for (i, b) in line.iter().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b',' if !in_quotes => starts.push(i + 1),
            _ => {}
        }
    }
    starts.retain(|&i| line.get(i) != Some(&b'"'));
    let at = starts[rng.below(starts.len())];
    out.extend_from_slice(&line[..at]);
    out.push(b'"');
    // Whatever follows may not hold a quote that would close it.
    for rest in std::iter::once(&line[at..]).chain(lines[row + 1..].iter().map(Vec::as_slice)) {
        out.extend(rest.iter().copied().filter(|b| *b != b'"'));
    }
    (out, row + 1)
}

/// One row with Chinese in it written in the other encoding: (file, its row).
fn mixed_encoding(rng: &mut Rng, lines: &[Vec<u8>], gb_rest: bool) -> Option<(Vec<u8>, usize)> {
    let chinese: Vec<usize> = (1..lines.len())
        .filter(|&i| lines[i].iter().any(|b| *b >= 0xE0))
        .collect();
    if chinese.is_empty() {
        return None;
    }
    let row = chinese[rng.below(chinese.len())];
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text = String::from_utf8_lossy(line);
        let gb = encoding_rs::GB18030.encode(&text).0.into_owned();
        match (i == row, gb_rest) {
            (true, false) | (false, true) => out.extend_from_slice(&gb),
            _ => out.extend_from_slice(line),
        }
    }
    Some((out, row + 1))
}

/// Which problem a damaged file must be refused for.
type Expected = fn(&Unreadable) -> bool;

fn refused_at(report: &ImportReport, row: usize, wanted: Expected) -> bool {
    report
        .file_errors
        .iter()
        .any(|p| matches!(p, FileProblem::Unreadable(t) if t.row == row && wanted(&t.kind)))
}

#[test]
fn ten_thousand_inputs_no_panic_no_partial_write() {
    let seed = std::env::var("CONCORD_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_C0DE_u64);
    println!("seed {seed} (CONCORD_FUZZ_SEED replays it)");
    let mut rng = Rng(seed | 1);

    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    let existing = store.stakeholders().unwrap();
    let valid = [
        export_csv(&existing, &I18n::new(Locale::En)).bytes,
        export_csv(&existing, &I18n::new(Locale::ZhCn)).bytes,
    ];

    // The register as stored, read again after each write.
    let mut register = existing.clone();
    let lines: Vec<Vec<Vec<u8>>> = valid.iter().map(|v| lines_of(v)).collect();
    let (mut refused, mut accepted, mut written) = (0, 0, 0);
    let (mut quotes, mut mixed) = (0, 0);
    for case in 0..10_000 {
        // What this case must be refused for, and at which row.
        let mut must_refuse: Option<(usize, Expected)> = None;
        let input = match case % 20 {
            0..5 => {
                let len = rng.below(400);
                (0..len).map(|_| rng.next() as u8).collect()
            }
            5..7 => {
                let base = &lines[rng.below(lines.len())];
                let (bytes, row) = unclosed_quote(&mut rng, base);
                must_refuse = Some((row, |k| matches!(k, Unreadable::UnclosedQuote)));
                quotes += 1;
                bytes
            }
            7..9 => {
                // A UTF-8 file with one GB18030 row, or a GB18030 file with one UTF-8 row.
                let gb_rest = case % 2 == 0;
                let base = &lines[1];
                match mixed_encoding(&mut rng, base, gb_rest) {
                    Some((bytes, row)) => {
                        must_refuse =
                            Some((row, |k| matches!(k, Unreadable::MixedEncoding { .. })));
                        mixed += 1;
                        bytes
                    }
                    None => base.concat(),
                }
            }
            _ => {
                let base = &valid[rng.below(valid.len())];
                mutate(&mut rng, base)
            }
        };
        let policy = [None, Some(OnDuplicate::Skip), Some(OnDuplicate::Update)][rng.below(3)];
        let report = parse_import(&input, &register, policy);
        if let Some((row, wanted)) = must_refuse {
            assert!(
                refused_at(&report, row, wanted),
                "case {case}: not refused at row {row}: {:?}",
                report.file_errors
            );
        }
        if !report.is_ok() {
            refused += 1;
            assert_eq!(
                store.stakeholder_count().unwrap(),
                register.len(),
                "case {case}: a refused file changed the register"
            );
            continue;
        }
        accepted += 1;
        let (added, updated) = report.plan();
        for p in added.iter().chain(&updated) {
            let names = [
                &p.name_zh,
                &p.name_en,
                &p.organisation_zh,
                &p.organisation_en,
            ];
            assert!(
                !names.iter().any(|n| n.chars().any(char::is_control)),
                "case {case}: a control character was accepted in {names:?}"
            );
        }
        match store.apply_stakeholder_import(&added, &updated) {
            Ok(ids) => {
                written += 1;
                assert_eq!(ids.len(), added.len(), "case {case}");
                let after = store.stakeholders().unwrap();
                assert_eq!(after.len(), register.len() + added.len(), "case {case}");
                register = after;
            }
            Err(_) => assert_eq!(
                store.stakeholders().unwrap(),
                register,
                "case {case}: a failed write left a part"
            ),
        }
    }
    println!(
        "10000 inputs ({quotes} with an unclosed quote, {mixed} with a row in another encoding): \
         {refused} refused, {accepted} accepted, {written} written, 0 panics"
    );
    assert!(
        refused > 1_000 && accepted > 0,
        "the mix exercised both paths: {refused} refused, {accepted} accepted"
    );
}

/// Text a cell of a workbook may hold that matters to the import.
const CELL_TEXT: &[&str] = &[
    "",
    " ",
    "渭南",
    "𠮷",
    "\u{0}",
    "\u{1b}[2J",
    "=1+1",
    "'=1+1",
    "2026-13-45",
    "2026年9月15日",
    "voting-member",
    "市民",
    "citizen",
    "a@b",
    "PK\u{3}\u{4}",
];

/// The demo register as a workbook whose cells are changed at random: texts from
/// `CELL_TEXT`, numbers where text is expected, dates, cells left out.
fn random_workbook(rng: &mut Rng, rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let dates = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let top = rng.below(3) as u32;
    for (r, row) in rows.iter().enumerate().take(1 + rng.below(rows.len())) {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (top + r as u32, c as u16);
            let written = match rng.below(12) {
                0 => sheet
                    .write_number(r, c, rng.next() as f64 / 7.0)
                    .map(|_| ()),
                1 => sheet
                    .write_number(r, c, 13_800_000_000.0 + rng.below(1000) as f64)
                    .map(|_| ()),
                2 => {
                    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(
                        1900 + rng.below(200) as u16,
                        1 + rng.below(12) as u8,
                        1 + rng.below(28) as u8,
                    );
                    match date {
                        Ok(d) => sheet
                            .write_datetime_with_format(r, c, &d, &dates)
                            .map(|_| ()),
                        Err(_) => Ok(()),
                    }
                }
                3 => sheet
                    .write_string(r, c, CELL_TEXT[rng.below(CELL_TEXT.len())])
                    .map(|_| ()),
                4 => sheet.write_boolean(r, c, rng.below(2) == 0).map(|_| ()),
                5 => Ok(()),
                _ => sheet.write_string(r, c, cell).map(|_| ()),
            };
            // A text too long for a cell is not written; the rest of the row still is.
            let _ = written;
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn mutated_workbooks_no_panic_no_partial_write() {
    let seed = std::env::var("CONCORD_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0xB00C_5EED_u64);
    println!("seed {seed} (CONCORD_FUZZ_SEED replays it)");
    let mut rng = Rng(seed | 1);
    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    let existing = store.stakeholders().unwrap();
    // The demo register as the rows of a sheet, in each language's headers.
    let sheets: Vec<Vec<Vec<String>>> = [Locale::En, Locale::ZhCn]
        .into_iter()
        .map(|locale| {
            let bytes = export_csv(&existing, &I18n::new(locale)).bytes;
            let body = bytes
                .strip_prefix(b"\xEF\xBB\xBF")
                .unwrap_or(&bytes)
                .to_vec();
            csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(body.as_slice())
                .records()
                .map(|r| r.unwrap().iter().map(str::to_owned).collect())
                .collect()
        })
        .collect();
    // Whole workbooks of the register only: people already there are duplicates.
    let clean: Vec<Vec<u8>> = sheets
        .iter()
        .map(|rows| {
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    sheet.write_string(r as u32, c as u16, cell).unwrap();
                }
            }
            book.save_to_buffer().unwrap()
        })
        .collect();
    let update = parse_import(&clean[0], &existing, Some(OnDuplicate::Update));
    assert!(
        update.is_ok(),
        "the demo register as a workbook reads back: {:?}",
        update.messages(&I18n::new(Locale::En))
    );
    let from_csv = export_csv(&existing, &I18n::new(Locale::En)).bytes;
    let csv_update = parse_import(&from_csv, &existing, Some(OnDuplicate::Update));
    assert_eq!(
        update.plan(),
        csv_update.plan(),
        "a workbook reads as its CSV does"
    );
    assert!(!update.rows.is_empty());

    let mut register = existing.clone();
    let (mut refused, mut accepted, mut not_workbooks) = (0, 0, 0);
    for case in 0..3_000 {
        let sheet = &sheets[rng.below(sheets.len())];
        let input = match case % 3 {
            0 => random_workbook(&mut rng, sheet),
            1 => {
                let base = &clean[rng.below(clean.len())];
                mutate(&mut rng, base)
            }
            _ => {
                let mut bytes = random_workbook(&mut rng, sheet);
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
                bytes
            }
        };
        let policy = [None, Some(OnDuplicate::Skip), Some(OnDuplicate::Update)][rng.below(3)];
        let report = parse_import(&input, &register, policy);
        if report
            .file_errors
            .iter()
            .any(|p| matches!(p, FileProblem::Unreadable(t) if t.kind == Unreadable::NotAWorkbook))
        {
            not_workbooks += 1;
        }
        for line in report.messages(&I18n::new(Locale::ZhCn)) {
            assert!(!line.is_empty(), "case {case}");
        }
        if !report.is_ok() {
            refused += 1;
            assert_eq!(
                store.stakeholders().unwrap(),
                register,
                "case {case}: a refused workbook changed the register"
            );
            continue;
        }
        accepted += 1;
        let (added, updated) = report.plan();
        for p in added.iter().chain(&updated) {
            assert!(
                !p.name_zh
                    .chars()
                    .chain(p.name_en.chars())
                    .any(char::is_control),
                "case {case}: a control character was accepted in {p:?}"
            );
        }
        match store.apply_stakeholder_import(&added, &updated) {
            Ok(ids) => {
                assert_eq!(ids.len(), added.len(), "case {case}");
                let after = store.stakeholders().unwrap();
                assert_eq!(after.len(), register.len() + added.len(), "case {case}");
                register = after;
            }
            Err(_) => assert_eq!(
                store.stakeholders().unwrap(),
                register,
                "case {case}: a failed write left a part"
            ),
        }
    }
    println!(
        "3000 workbooks: {refused} refused ({not_workbooks} not readable as a workbook, a \
         panic inside the reader among them), {accepted} accepted, none crashed the import"
    );
    assert!(
        refused > 300 && accepted > 0 && not_workbooks > 100,
        "both paths exercised: {refused} refused, {accepted} accepted, {not_workbooks} damaged"
    );
}
