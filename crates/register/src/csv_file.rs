//! A CSV file's bytes into rows of text cells: within limits, every quote closed, and in one
//! encoding from the first row to the last. The encoding is decided row by row: a BOM says
//! it; otherwise the rows with characters beyond ASCII vote between UTF-8 and GB18030 (what
//! Excel and WPS on a Chinese Windows save as "CSV"), and a row in the other one is refused by
//! name rather than decoded into nonsense (测试 read as GB18030 is 娴嬭瘯).

use csv::ByteRecord;

use crate::csv_scan::{detect_delimiter, scan};
use crate::decode::Encoding;
use crate::limits::Limits;
use crate::table::TableRow;
use crate::unreadable::{TableProblem, Unreadable};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CsvRows {
    pub rows: Vec<TableRow>,
    pub encoding: Encoding,
    pub delimiter: u8,
}

pub(crate) fn read_csv(bytes: &[u8], limits: &Limits) -> Result<CsvRows, TableProblem> {
    if bytes.len() > limits.bytes {
        return Err(TableProblem::file(Unreadable::TooLarge {
            limit: limits.bytes,
        }));
    }
    let (utf16, body, declared) = match without_bom(bytes)? {
        Body::Utf16(text) => (text, None, Some(Encoding::Utf16)),
        Body::Utf8Bom(rest) => (String::new(), Some(rest), Some(Encoding::Utf8Bom)),
        Body::Unmarked(all) => (String::new(), Some(all), None),
    };
    let body = body.unwrap_or(utf16.as_bytes());
    let delimiter = detect_delimiter(body);
    let scanned = scan(body, delimiter, limits);
    let header_end = scanned.header_end;
    let named = |problem: TableProblem| name_column(problem, body, delimiter, header_end);
    if let Some(problem) = scanned.problem {
        return Err(named(problem));
    }
    let encoding = match declared {
        Some(encoding) => encoding,
        None => vote(body, delimiter),
    };
    let mut rows = Vec::new();
    let mut lines = LineCursor::default();
    let mut record = ByteRecord::new();
    let mut reader = reader(body, delimiter);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // Reading a slice of bytes that passed the scan has nothing left to fail on; a
            // failure still refuses the file rather than leaving rows out.
            Err(_) => {
                return Err(named(TableProblem::row(
                    lines.line + 1,
                    Unreadable::InvalidBytes { encoding },
                )));
            }
        }
        let start = record.position().map_or(0, |p| p.byte());
        let row = lines.line_at(body, usize::try_from(start).unwrap_or(usize::MAX));
        let cells = decode_record(&record, encoding)
            .map_err(|(column, kind)| named(TableProblem::cell(row, column, kind)))?;
        rows.push(TableRow { row, cells });
    }
    Ok(CsvRows {
        rows,
        encoding,
        delimiter,
    })
}

enum Body<'a> {
    Utf16(String),
    Utf8Bom(&'a [u8]),
    Unmarked(&'a [u8]),
}

fn without_bom(bytes: &[u8]) -> Result<Body<'_>, TableProblem> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(Body::Utf8Bom(rest));
    }
    for (bom, encoding) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            // Excel's "Unicode text" is UTF-16 with a BOM.
            return decode_utf16(rest, encoding).map(Body::Utf16);
        }
    }
    Ok(Body::Unmarked(bytes))
}

fn decode_utf16(
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
) -> Result<String, TableProblem> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let invalid = |text: &str| {
        TableProblem::row(
            text.matches('\n').count() + 1,
            Unreadable::InvalidBytes {
                encoding: Encoding::Utf16,
            },
        )
    };
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .ok_or_else(|| invalid(""))?;
    let mut text = String::with_capacity(capacity);
    match decoder.decode_to_string_without_replacement(bytes, &mut text, true) {
        (encoding_rs::DecoderResult::InputEmpty, _) => Ok(text),
        _ => Err(invalid(&text)),
    }
}

fn reader(bytes: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

/// How a row's cells read as UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowText {
    Ascii,
    Utf8,
    NotUtf8,
}

fn row_text(record: &ByteRecord) -> RowText {
    if record.as_slice().is_ascii() {
        RowText::Ascii
    } else if record.iter().all(|cell| std::str::from_utf8(cell).is_ok()) {
        RowText::Utf8
    } else {
        RowText::NotUtf8
    }
}

/// The encoding most rows beyond ASCII are valid in; on a tie, the first such row's.
fn vote(bytes: &[u8], delimiter: u8) -> Encoding {
    let (mut utf8, mut other, mut first) = (0usize, 0usize, None);
    for record in reader(bytes, delimiter).byte_records().flatten() {
        match row_text(&record) {
            RowText::Ascii => continue,
            RowText::Utf8 => utf8 += 1,
            RowText::NotUtf8 => other += 1,
        }
        first.get_or_insert(row_text(&record));
    }
    if utf8 > other || (utf8 == other && first != Some(RowText::NotUtf8)) {
        Encoding::Utf8
    } else {
        Encoding::Gb18030
    }
}

/// The row's cells in the file's encoding, or the first cell that is not in it.
fn decode_record(
    record: &ByteRecord,
    encoding: Encoding,
) -> Result<Vec<String>, (usize, Unreadable)> {
    let utf8 = matches!(
        encoding,
        Encoding::Utf8 | Encoding::Utf8Bom | Encoding::Utf16
    );
    if !utf8 && row_text(record) == RowText::Utf8 {
        // Valid UTF-8 in a GB18030 file: decoding it as GB18030 would give nonsense.
        let column = record.iter().position(|c| !c.is_ascii()).unwrap_or(0);
        let found = Encoding::Utf8;
        return Err((
            column,
            Unreadable::MixedEncoding {
                found,
                expected: encoding,
            },
        ));
    }
    let mut cells = Vec::with_capacity(record.len());
    for (column, cell) in record.iter().enumerate() {
        let text = if utf8 {
            std::str::from_utf8(cell).ok().map(str::to_owned)
        } else {
            gb18030(cell)
        };
        match text {
            Some(text) => cells.push(text),
            None if utf8 && gb18030(cell).is_some() => {
                let found = Encoding::Gb18030;
                return Err((
                    column,
                    Unreadable::MixedEncoding {
                        found,
                        expected: encoding,
                    },
                ));
            }
            None => return Err((column, Unreadable::InvalidBytes { encoding })),
        }
    }
    Ok(cells)
}

fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| text.into_owned())
}

/// Puts the header's name to a problem's column, when the header row was read before it.
fn name_column(
    mut problem: TableProblem,
    bytes: &[u8],
    delimiter: u8,
    header_end: Option<usize>,
) -> TableProblem {
    let (Some(column), Some(end)) = (problem.column, header_end) else {
        return problem;
    };
    let header = &bytes[..end.min(bytes.len())];
    let header_last_line = header.iter().filter(|b| **b == b'\n').count() + 1;
    if problem.row <= header_last_line {
        return problem;
    }
    let first = reader(header, delimiter)
        .byte_records()
        .flatten()
        .find(|r| r.iter().any(|c| !c.trim_ascii().is_empty()));
    if let Some(cell) = first.as_ref().and_then(|r| r.get(column)) {
        let text = match std::str::from_utf8(cell) {
            Ok(text) => text.to_owned(),
            Err(_) => encoding_rs::GB18030.decode(cell).0.into_owned(),
        };
        problem.header = text.trim().to_owned();
    }
    problem
}

/// The 1-based line where each record starts, counted as the records come in order. The
/// reader reports the offset before the blank lines it skipped, so those are stepped over.
#[derive(Default)]
struct LineCursor {
    offset: usize,
    /// Line ends before `offset`.
    line: usize,
}

impl LineCursor {
    fn line_at(&mut self, bytes: &[u8], byte: usize) -> usize {
        let mut end = byte.clamp(self.offset, bytes.len());
        while end < bytes.len() && matches!(bytes[end], b'\n' | b'\r') {
            end += 1;
        }
        self.line += bytes[self.offset..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = end;
        self.line + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<CsvRows, TableProblem> {
        read_csv(bytes, &Limits::REGISTER)
    }

    #[test]
    fn each_encoding_reads_the_same() {
        let text = "姓名,邮箱\n𠮷祥云,ji@weinan.gov.cn\n";
        let cells = |rows: &CsvRows| rows.rows[1].cells.clone();
        let expected = vec!["𠮷祥云".to_owned(), "ji@weinan.gov.cn".to_owned()];
        let utf8 = read(text.as_bytes()).expect("utf-8");
        assert_eq!(
            (utf8.encoding, cells(&utf8)),
            (Encoding::Utf8, expected.clone())
        );
        let bom = read(&[b"\xEF\xBB\xBF", text.as_bytes()].concat()).expect("bom");
        assert_eq!(
            (bom.encoding, cells(&bom)),
            (Encoding::Utf8Bom, expected.clone())
        );
        let gb = read(&encoding_rs::GB18030.encode(text).0).expect("gb18030");
        assert_eq!(
            (gb.encoding, cells(&gb)),
            (Encoding::Gb18030, expected.clone())
        );
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let utf16 = read(&utf16).expect("utf-16");
        assert_eq!((utf16.encoding, cells(&utf16)), (Encoding::Utf16, expected));
    }

    #[test]
    fn rows_are_numbered_by_line_blank_lines_included() {
        let rows = read(b"\na;b\n\n1;\"two\nlines\"\n3;4\n").expect("rows");
        let numbers: Vec<usize> = rows.rows.iter().map(|r| r.row).collect();
        assert_eq!(numbers, vec![2, 4, 6]);
        assert_eq!(rows.delimiter, b';');
    }

    #[test]
    fn a_row_in_another_encoding_is_named_with_its_column_and_header() {
        let mut bytes = "名,备注\n甲,UTF-8 行\n乙,再一行\n".as_bytes().to_vec();
        bytes.extend_from_slice(&encoding_rs::GB18030.encode("丙,GB 行\n").0);
        let problem = read(&bytes).expect_err("mixed");
        assert_eq!((problem.row, problem.column), (4, Some(0)));
        assert_eq!(problem.header, "名");
        assert_eq!(
            problem.kind,
            Unreadable::MixedEncoding {
                found: Encoding::Gb18030,
                expected: Encoding::Utf8
            }
        );
    }

    #[test]
    fn bytes_that_are_no_text_in_any_encoding() {
        let problem = read(b"ab\x80\xFFcd").expect_err("no text");
        assert_eq!(problem.row, 1);
        assert!(matches!(problem.kind, Unreadable::InvalidBytes { .. }));
        let problem = read(b"\xff\xfe\x00\xd8").expect_err("lone surrogate");
        assert!(matches!(problem.kind, Unreadable::InvalidBytes { .. }));
    }
}
