//! Reading the tables people bring (CSV or .xlsx): indicator values and scenario rows. The
//! shells read the bytes; these readers name every problem by row and column.

pub use concord_register::table::{Table, TableFormat, read_table};
pub use concord_register::{FileProblem, ScenarioFileError, read_scenario_file};

use concord_i18n::{FluentValue, I18n};

/// A problem in one cell of a file a person brought.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    /// The spreadsheet row, the header being row 1.
    pub row: usize,
    /// The column's header as the file writes it.
    pub header: String,
    /// The Fluent id of the reason; its `$value` is the cell's text.
    pub problem: &'static str,
    pub value: String,
}

/// Why a file was refused whole: unreadable, a column missing, or problems in its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    File(FileProblem),
    /// A required column is absent; its English name.
    MissingColumn(&'static str),
    Cells(Vec<CellError>),
}

/// The Fluent ids a kind of file says its problems with.
#[derive(Debug, Clone, Copy)]
pub struct FileWords {
    /// The file has no rows.
    pub empty: &'static str,
    /// A required column is missing (`$header`).
    pub no_header: &'static str,
    /// `Row $row, column $column: $reason`.
    pub at_cell: &'static str,
}

impl FileError {
    /// Each problem as a line in the reader's language.
    pub fn messages(&self, words: &FileWords, i18n: &I18n) -> Vec<String> {
        match self {
            FileError::File(FileProblem::Empty) => vec![i18n.msg(words.empty)],
            FileError::File(problem) => vec![problem.message(i18n)],
            FileError::MissingColumn(header) => {
                vec![i18n.fmt(words.no_header, &[("header", FluentValue::from(*header))])]
            }
            FileError::Cells(cells) => cells
                .iter()
                .map(|cell| {
                    let reason = i18n.fmt(
                        cell.problem,
                        &[("value", FluentValue::from(cell.value.clone()))],
                    );
                    i18n.fmt(
                        words.at_cell,
                        &[
                            ("row", FluentValue::from(cell.row)),
                            ("column", FluentValue::from(cell.header.clone())),
                            ("reason", FluentValue::from(reason)),
                        ],
                    )
                })
                .collect(),
        }
    }
}
