//! A table read from a CSV file (UTF-8, UTF-8 with BOM, GB18030, UTF-16; comma, semicolon or
//! tab) or from the first sheet of an Excel .xlsx workbook (what WPS saves too), as rows of text
//! cells numbered as a spreadsheet numbers them. Imports check the cells; this only reads.
//! A `FileProblem::Malformed` reason from here starts with the Fluent id that says it.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use crate::decode::decode;
use crate::import::FileProblem;

/// Larger files are refused before they are read: a value table is never this big.
pub const MAX_TABLE_BYTES: usize = 64 * 1024 * 1024;
pub const MAX_TABLE_ROWS: usize = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Xlsx,
}

impl TableFormat {
    /// From the file's content, not its name: an .xlsx is a ZIP archive.
    pub fn sniff(bytes: &[u8]) -> TableFormat {
        if bytes.starts_with(b"PK\x03\x04") {
            TableFormat::Xlsx
        } else {
            TableFormat::Csv
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// The spreadsheet row: the header is row 1 (after any leading blank rows).
    pub row: usize,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<TableRow>,
}

impl Table {
    /// The index of the first header that matches one of `names` (case and spaces ignored).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| names.iter().any(|n| normalize(h) == normalize(n)))
    }
}

fn normalize(header: &str) -> String {
    header
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

pub fn read_table(bytes: &[u8], format: TableFormat) -> Result<Table, FileProblem> {
    if bytes.len() > MAX_TABLE_BYTES {
        return Err(FileProblem::Malformed {
            row: 0,
            reason: "table-too-large".into(),
        });
    }
    let rows = match format {
        TableFormat::Csv => csv_rows(bytes)?,
        TableFormat::Xlsx => xlsx_rows(bytes)?,
    };
    let mut rows = rows
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    let header = rows.next().ok_or(FileProblem::Empty)?;
    Ok(Table {
        headers: header.cells.iter().map(|h| h.trim().to_string()).collect(),
        rows: rows.collect(),
    })
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<TableRow>, FileProblem> {
    if let Some(row) = mixed_encoding_row(bytes) {
        return Err(FileProblem::Malformed {
            row,
            reason: "table-mixed-encoding".into(),
        });
    }
    let decoded = decode(bytes)?;
    let text = decoded
        .text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(&decoded.text);
    let delimiter = delimiter_of(text);
    if let Some(row) = unclosed_quote_row(text, delimiter) {
        return Err(FileProblem::Malformed {
            row,
            reason: "table-unclosed-quote".into(),
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileProblem::Malformed {
            row: e.position().map_or(0, |p| line_at(text, p.byte() as usize)),
            reason: e.to_string(),
        })?;
        // The line the record starts on: blank lines the reader skips still count.
        let row = record
            .position()
            .map_or(rows.len() + 1, |p| line_at(text, p.byte() as usize));
        if rows.len() >= MAX_TABLE_ROWS {
            return Err(FileProblem::Malformed {
                row,
                reason: "table-too-many-rows".into(),
            });
        }
        rows.push(TableRow {
            row,
            cells: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(rows)
}

/// A file that reads as UTF-8 up to some row and not from there on is two files pasted
/// together: decoding it all as GB18030 would garble every Chinese cell before that row.
fn mixed_encoding_row(bytes: &[u8]) -> Option<usize> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let error = std::str::from_utf8(body).err()?;
    let valid = &body[..error.valid_up_to()];
    // A BOM, or a character of three bytes or more (every Chinese character in UTF-8), says
    // the file began as UTF-8; GB18030 text almost never decodes that far as UTF-8.
    let utf8_seen = bytes.len() != body.len() || valid.iter().any(|b| *b >= 0xE0);
    utf8_seen.then(|| valid.iter().filter(|b| **b == b'\n').count() + 1)
}

/// The 1-based line where a record starts. The reader reports the offset before the blank
/// lines it skipped, so those are stepped over first.
fn line_at(text: &str, byte: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = byte.min(bytes.len());
    while end < bytes.len() && matches!(bytes[end], b'\n' | b'\r') {
        end += 1;
    }
    bytes[..end].iter().filter(|b| **b == b'\n').count() + 1
}

/// The delimiter used most on the first line that is not blank.
fn delimiter_of(text: &str) -> u8 {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// The line where a quoted field opens and never closes, if any. A quote only opens a field at
/// its start, as RFC 4180 and Excel read it; `""` inside a quoted field is a quote character.
fn unclosed_quote_row(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut line, mut opened_at) = (1usize, None);
    let mut at_field_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match opened_at {
            Some(_) if b == b'"' && bytes.get(i + 1) == Some(&b'"') => i += 1,
            Some(_) if b == b'"' => opened_at = None,
            Some(_) => {}
            None if b == b'"' && at_field_start => opened_at = Some(line),
            None => {}
        }
        if b == b'\n' {
            line += 1;
        }
        at_field_start = opened_at.is_none() && (b == delimiter || b == b'\n' || b == b'\r');
        i += 1;
    }
    opened_at
}

fn xlsx_rows(bytes: &[u8]) -> Result<Vec<TableRow>, FileProblem> {
    let not_a_workbook = |e: &dyn std::fmt::Display| FileProblem::Malformed {
        row: 0,
        reason: format!("table-not-xlsx {e}"),
    };
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| not_a_workbook(&e))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or(FileProblem::Empty)?
        .map_err(|e| not_a_workbook(&e))?;
    // Rows and columns before the used range are blank; keep spreadsheet numbering.
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (index, row) in range.rows().enumerate() {
        if index >= MAX_TABLE_ROWS {
            return Err(FileProblem::Malformed {
                row: index + 1,
                reason: "table-too-many-rows".into(),
            });
        }
        let mut cells = vec![String::new(); first_col as usize];
        cells.extend(row.iter().map(cell_text));
        rows.push(TableRow {
            row: first_row as usize + index + 1,
            cells,
        });
    }
    Ok(rows)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Whole numbers print without ".0", as the spreadsheet shows them.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_quote_names_the_row_where_it_opened() {
        let text = "code,year,value,note\n11.6.2,2021,40,ok\n11.6.2,2022,38,\"starts a quote\n11.6.2,2023,36,x\n";
        assert_eq!(unclosed_quote_row(text, b','), Some(3));
        assert!(matches!(
            read_table(text.as_bytes(), TableFormat::Csv),
            Err(FileProblem::Malformed { row: 3, .. })
        ));
    }

    #[test]
    fn quotes_that_close_and_doubled_quotes_are_fine() {
        let text = "a,b\n\"x, \"\"y\"\"\",2\n5\" pipe,3\n";
        assert_eq!(unclosed_quote_row(text, b','), None);
        let table = read_table(text.as_bytes(), TableFormat::Csv).expect("table");
        assert_eq!(table.rows[0].cells[0], "x, \"y\"");
        assert_eq!(table.rows[1].cells[0], "5\" pipe");
    }

    #[test]
    fn rows_keep_spreadsheet_numbers_and_headers_are_found_in_either_language() {
        let text = "\n指标代码;年份;数值\n11.6.2;2021;40\n\n11.6.2;2022;38\n";
        let table = read_table(text.as_bytes(), TableFormat::Csv).expect("table");
        assert_eq!(table.column(&["code", "指标代码"]), Some(0));
        assert_eq!(
            table.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
            vec![3, 5]
        );
    }

    #[test]
    fn a_file_that_is_not_a_workbook_is_a_clear_error() {
        let bytes = b"PK\x03\x04 not really a zip";
        assert_eq!(TableFormat::sniff(bytes), TableFormat::Xlsx);
        assert!(matches!(
            read_table(bytes, TableFormat::Xlsx),
            Err(FileProblem::Malformed { .. })
        ));
    }
}
