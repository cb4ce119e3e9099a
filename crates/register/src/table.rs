//! A table read from a CSV file (UTF-8, UTF-8 with BOM, GB18030, UTF-16; comma, semicolon or
//! tab) or from the first sheet of an Excel .xlsx workbook (what WPS saves too), as rows of text
//! cells numbered as a spreadsheet numbers them. Imports check the cells; this only reads.
//! A `FileProblem::Malformed` reason from here starts with the Fluent id that says it.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use crate::csv_file::read_csv;
use crate::decode::Encoding;
use crate::limits::Limits;
use crate::report::FileProblem;

/// Larger files are refused before they are read: a value table is never this big.
pub const MAX_TABLE_BYTES: usize = Limits::VALUES.bytes;
pub const MAX_TABLE_ROWS: usize = Limits::VALUES.rows;

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
    match format {
        TableFormat::Csv => read_csv_table(bytes, &Limits::VALUES)
            .map(|csv| csv.table)
            .map_err(|problem| match problem {
                FileProblem::Unreadable(p) => match p.table_reason() {
                    Some(reason) => FileProblem::Malformed {
                        row: p.row,
                        reason: reason.into(),
                    },
                    None => FileProblem::Encoding,
                },
                other => other,
            }),
        TableFormat::Xlsx => {
            if bytes.len() > Limits::VALUES.bytes {
                return Err(FileProblem::Malformed {
                    row: 0,
                    reason: "table-too-large".into(),
                });
            }
            let unpacked = crate::xlsx_file::unpacked_limit(&Limits::VALUES);
            if crate::xlsx_file::declared_size(bytes).is_some_and(|size| size > unpacked) {
                return Err(FileProblem::Malformed {
                    row: 0,
                    reason: "table-too-large".into(),
                });
            }
            let rows = crate::xlsx_file::guarded(|| xlsx_rows(bytes)).unwrap_or_else(|| {
                Err(FileProblem::Malformed {
                    row: 0,
                    reason: "table-not-xlsx".into(),
                })
            })?;
            into_table(rows)
        }
    }
}

/// A CSV table with what was found out about the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    pub table: Table,
    pub encoding: Encoding,
    pub delimiter: char,
}

/// Reads a CSV file within `limits`: a file that cannot be read whole, in one encoding, with
/// every quote closed, is `FileProblem::Unreadable` naming the row and column.
pub fn read_csv_table(bytes: &[u8], limits: &Limits) -> Result<CsvTable, FileProblem> {
    let csv = read_csv(bytes, limits).map_err(FileProblem::Unreadable)?;
    Ok(CsvTable {
        table: into_table(csv.rows)?,
        encoding: csv.encoding,
        delimiter: char::from(csv.delimiter),
    })
}

/// The first row that is not blank is the header; blank rows are left out.
pub(crate) fn into_table(rows: Vec<TableRow>) -> Result<Table, FileProblem> {
    let mut rows = rows
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    let header = rows.next().ok_or(FileProblem::Empty)?;
    Ok(Table {
        headers: header.cells.iter().map(|h| h.trim().to_string()).collect(),
        rows: rows.collect(),
    })
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
        assert!(matches!(
            read_table(text.as_bytes(), TableFormat::Csv),
            Err(FileProblem::Malformed { row: 3, .. })
        ));
    }

    #[test]
    fn quotes_that_close_and_doubled_quotes_are_fine() {
        let text = "a,b\n\"x, \"\"y\"\"\",2\n5\" pipe,3\n";
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
