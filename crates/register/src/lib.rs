//! The stakeholder register's files: reading what Excel and WPS save (CSV in UTF-8, UTF-8
//! with BOM or GB18030, comma, semicolon or tab; or an .xlsx workbook; English or Chinese
//! headers and values), checking every row, finding duplicates, and writing an export Excel
//! opens correctly.
//!
//! No SQLite here: an import is planned against the people already in the register and the
//! caller writes the plan in one transaction (`Store::apply_stakeholder_import`).

mod cells;
mod columns;
mod csv_file;
mod csv_scan;
mod decode;
mod duplicates;
mod export;
mod import;
mod limits;
mod report;
mod scenario_file;
pub mod table;
mod unreadable;
mod vocabulary;
mod xlsx_file;

pub mod synthetic;

pub use columns::Column;
pub use decode::{Decoded, Encoding, decode};
pub use export::{Export, export_csv};
pub use import::parse_import;
pub use limits::{Limits, ReadLimited, read_limited};
pub use report::{
    CellProblem, DuplicateBy, DuplicateOf, FileProblem, ImportReport, OnDuplicate, RowAction,
    RowError, RowReport,
};
pub use scenario_file::{
    ScenarioCellError, ScenarioFileError, read_scenario_file, read_scenario_table,
};
pub use unreadable::{TableProblem, Unreadable};

/// Text from a file or the register as a terminal may print it: without control characters,
/// which could move the cursor, recolour or clear the screen. Line ends stay.
pub fn printable(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

/// Excel's name of a column: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_letters_follow_excel() {
        assert_eq!(super::column_letter(0), "A");
        assert_eq!(super::column_letter(25), "Z");
        assert_eq!(super::column_letter(26), "AA");
        assert_eq!(super::column_letter(27), "AB");
    }
}
