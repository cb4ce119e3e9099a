//! Why a CSV file or a workbook cannot be read as a table at all, and where: the row, and the column when
//! there is one. A file like that is refused whole; no row of it is checked.

use concord_i18n::{FluentValue, I18n};

use crate::column_letter;
use crate::decode::Encoding;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    TooLarge {
        limit: usize,
    },
    TooManyRows {
        limit: usize,
    },
    TooManyColumns {
        limit: usize,
    },
    TooManyCells {
        limit: usize,
    },
    FieldTooLarge {
        limit: usize,
    },
    /// A quote opened at the start of a cell and never closed: every row after it would be
    /// read into that one cell.
    UnclosedQuote,
    /// The row is in another encoding than the rest of the file.
    MixedEncoding {
        found: Encoding,
        expected: Encoding,
    },
    /// Bytes that are no text in the file's encoding.
    InvalidBytes {
        encoding: Encoding,
    },
    /// A ZIP archive (what an .xlsx is) that holds no readable workbook: damaged, cut short,
    /// or another kind of archive.
    NotAWorkbook,
    /// A workbook whose parts would take more than `limit` bytes once unpacked.
    WorkbookTooLarge {
        limit: u64,
    },
    /// A password-protected workbook, or one in the old .xls format: neither is a ZIP archive.
    ProtectedOrOldWorkbook,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableProblem {
    /// The row as a spreadsheet or text editor numbers it; 0 when the file as a whole.
    pub row: usize,
    pub column: Option<usize>,
    /// The header of `column`, when the header row could be read.
    pub header: String,
    pub kind: Unreadable,
}

impl TableProblem {
    pub(crate) fn file(kind: Unreadable) -> TableProblem {
        TableProblem {
            row: 0,
            column: None,
            header: String::new(),
            kind,
        }
    }

    pub(crate) fn row(row: usize, kind: Unreadable) -> TableProblem {
        TableProblem {
            row,
            column: None,
            header: String::new(),
            kind,
        }
    }

    pub(crate) fn cell(row: usize, column: usize, kind: Unreadable) -> TableProblem {
        TableProblem {
            row,
            column: Some(column),
            header: String::new(),
            kind,
        }
    }

    /// What is wrong, without where.
    pub fn reason(&self, i18n: &I18n) -> String {
        let limit = |id: &str, limit: usize| i18n.fmt(id, &[("limit", FluentValue::from(limit))]);
        match &self.kind {
            Unreadable::TooLarge { limit } => i18n.fmt(
                "import-safety-too-large",
                &[("megabytes", FluentValue::from(limit / (1024 * 1024)))],
            ),
            Unreadable::TooManyRows { limit: n } => limit("import-safety-too-many-rows", *n),
            Unreadable::TooManyColumns { limit: n } => limit("import-safety-too-many-columns", *n),
            Unreadable::TooManyCells { limit: n } => limit("import-safety-too-many-cells", *n),
            Unreadable::FieldTooLarge { limit } => i18n.fmt(
                "import-safety-field-too-large",
                &[("kilobytes", FluentValue::from(limit / 1024))],
            ),
            Unreadable::UnclosedQuote => i18n.msg("import-safety-unclosed-quote"),
            Unreadable::MixedEncoding { found, expected } => i18n.fmt(
                "import-safety-mixed-encoding",
                &[
                    ("found", FluentValue::from(found.label())),
                    ("expected", FluentValue::from(expected.label())),
                ],
            ),
            Unreadable::InvalidBytes { encoding } => i18n.fmt(
                "import-safety-invalid-bytes",
                &[("encoding", FluentValue::from(encoding.label()))],
            ),
            Unreadable::NotAWorkbook => i18n.msg("register-xlsx-not-a-workbook"),
            Unreadable::WorkbookTooLarge { limit } => i18n.fmt(
                "register-xlsx-too-large",
                &[("megabytes", FluentValue::from(limit / (1024 * 1024)))],
            ),
            Unreadable::ProtectedOrOldWorkbook => i18n.msg("register-xlsx-protected-or-old"),
        }
    }

    /// `Row 4, column E (Note): …`, as a cell's problem is said.
    pub fn message(&self, i18n: &I18n) -> String {
        let reason = self.reason(i18n);
        let row = FluentValue::from(self.row);
        match self.column {
            _ if self.row == 0 => reason,
            Some(index) if !self.header.is_empty() => i18n.fmt(
                "csv-error-at-cell",
                &[
                    ("row", row),
                    ("column", FluentValue::from(column_letter(index))),
                    ("header", FluentValue::from(self.header.as_str())),
                    ("reason", FluentValue::from(reason)),
                ],
            ),
            Some(index) => i18n.fmt(
                "import-safety-at-cell",
                &[
                    ("row", row),
                    ("column", FluentValue::from(column_letter(index))),
                    ("reason", FluentValue::from(reason)),
                ],
            ),
            None => i18n.fmt(
                "import-safety-at-row",
                &[("row", row), ("reason", FluentValue::from(reason))],
            ),
        }
    }

    /// The Fluent id `read_table` has always given its callers for this problem (a message
    /// without variables: those tables have the value limits), or `None` when it is an
    /// encoding problem.
    pub(crate) fn table_reason(&self) -> Option<&'static str> {
        Some(match self.kind {
            Unreadable::TooLarge { .. } | Unreadable::WorkbookTooLarge { .. } => "table-too-large",
            Unreadable::TooManyRows { .. } => "table-too-many-rows",
            Unreadable::TooManyColumns { .. } => "table-too-many-columns",
            Unreadable::TooManyCells { .. } => "table-too-many-cells",
            Unreadable::FieldTooLarge { .. } => "table-field-too-large",
            Unreadable::UnclosedQuote => "table-unclosed-quote",
            Unreadable::MixedEncoding { .. } => "table-mixed-encoding",
            Unreadable::NotAWorkbook | Unreadable::ProtectedOrOldWorkbook => "table-not-xlsx",
            Unreadable::InvalidBytes { .. } => return None,
        })
    }
}
