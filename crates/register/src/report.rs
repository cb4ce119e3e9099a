//! What an import found: each row's action and problems, the file's problems, and each of
//! them said in the reader's language. Built by `parse_import`; nothing here reads a file.

use concord_domain::{FieldProblem, Stakeholder};
use concord_i18n::{FluentValue, I18n};
use serde::{Deserialize, Serialize};

use crate::columns::Column;
use crate::decode::Encoding;
use crate::table::TableFormat;
use crate::unreadable::TableProblem;
use crate::{column_letter, vocabulary::status_message_id};

/// What to do with a row that is already in the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OnDuplicate {
    /// Keep the register as it is and leave the row out.
    Skip,
    /// Overwrite the person with the row's values (columns the file lacks are kept).
    Update,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowAction {
    Add,
    Update,
    Skip,
    /// The row has errors, or is a duplicate nobody decided about yet.
    Invalid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DuplicateBy {
    Email,
    NameAndOrganisation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DuplicateOf {
    pub id: i64,
    pub name: String,
    pub by: DuplicateBy,
}

/// What is wrong with one cell (or one row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellProblem {
    Field(FieldProblem),
    UnknownValue {
        column: Column,
        value: String,
    },
    InvalidDate {
        value: String,
    },
    ExtraValues,
    /// NUL, escape and the like: nothing a person types, and a terminal would act on them.
    ControlCharacter,
    DuplicateInFile {
        row: usize,
        by: DuplicateBy,
    },
    Duplicate {
        name: String,
        by: DuplicateBy,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The spreadsheet row: the header is row 1.
    pub row: usize,
    /// Index of the column in the file, if the problem has one.
    pub column: Option<usize>,
    /// The header as written in the file (or the column's name when it is missing).
    pub header: String,
    pub problem: CellProblem,
}

/// What is wrong with the file as a whole; no row is read then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    Encoding,
    NoNameColumn,
    NoSectorColumn,
    RepeatedColumn {
        header: String,
        first: String,
    },
    Malformed {
        row: usize,
        reason: String,
    },
    /// The file cannot be read whole: too large, a quote never closed, two encodings.
    Unreadable(TableProblem),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ColumnReport {
    pub letter: String,
    pub header: String,
    /// `None`: a column Concord does not use; it is ignored.
    pub column: Option<Column>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowReport {
    pub row: usize,
    pub cells: Vec<String>,
    /// The person to write: new (id 0) or updated (their id). `None` when invalid or skipped.
    pub person: Option<Stakeholder>,
    pub action: RowAction,
    pub duplicate: Option<DuplicateOf>,
    pub errors: Vec<RowError>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    /// Decided from the file's content: a ZIP archive is a workbook, anything else CSV.
    pub format: TableFormat,
    /// A CSV file's encoding; `None` for a workbook or a file that could not be read.
    pub encoding: Option<Encoding>,
    pub delimiter: char,
    pub columns: Vec<ColumnReport>,
    pub rows: Vec<RowReport>,
    pub file_errors: Vec<FileProblem>,
}

impl ImportReport {
    pub(crate) fn failed(format: TableFormat, problem: FileProblem) -> ImportReport {
        ImportReport {
            format,
            encoding: None,
            delimiter: ',',
            columns: Vec::new(),
            rows: Vec::new(),
            file_errors: vec![problem],
        }
    }

    /// How the file was read, for a summary: its encoding, or that it is a workbook.
    pub fn read_as(&self) -> &'static str {
        match (self.format, self.encoding) {
            (TableFormat::Xlsx, _) => "Excel .xlsx",
            (TableFormat::Csv, Some(encoding)) => encoding.label(),
            (TableFormat::Csv, None) => "CSV",
        }
    }

    pub fn row_errors(&self) -> impl Iterator<Item = &RowError> {
        self.rows.iter().flat_map(|r| r.errors.iter())
    }

    pub fn error_count(&self) -> usize {
        self.file_errors.len() + self.row_errors().count()
    }

    /// Nothing stands in the way of writing the plan.
    pub fn is_ok(&self) -> bool {
        self.error_count() == 0
    }

    pub fn count(&self, action: RowAction) -> usize {
        self.rows.iter().filter(|r| r.action == action).count()
    }

    pub fn duplicates(&self) -> usize {
        self.rows.iter().filter(|r| r.duplicate.is_some()).count()
    }

    /// New people and updated people, as the store takes them.
    pub fn plan(&self) -> (Vec<Stakeholder>, Vec<Stakeholder>) {
        let pick = |action| {
            self.rows
                .iter()
                .filter(|r| r.action == action)
                .filter_map(|r| r.person.clone())
                .collect()
        };
        (pick(RowAction::Add), pick(RowAction::Update))
    }

    /// The name, organisation and e-mail of a row as the file has them, for a preview.
    pub fn display(&self, row: &RowReport) -> [String; 3] {
        if let Some(p) = &row.person {
            return [
                p.name(true).to_owned(),
                p.organisation(true).to_owned(),
                p.email.clone(),
            ];
        }
        let first = |wanted: &[Column]| -> String {
            wanted
                .iter()
                .find_map(|w| {
                    self.columns
                        .iter()
                        .position(|c| c.column == Some(*w))
                        .and_then(|i| row.cells.get(i))
                        .map(|v| v.trim().to_owned())
                        .filter(|v| !v.is_empty())
                })
                .unwrap_or_default()
        };
        [
            first(&[Column::NameZh, Column::Name, Column::NameEn]),
            first(&[
                Column::OrganisationZh,
                Column::Organisation,
                Column::OrganisationEn,
            ]),
            first(&[Column::Email]),
        ]
    }

    /// Every problem, one line each, in the reader's language: file problems first, then
    /// rows in order.
    pub fn messages(&self, i18n: &I18n) -> Vec<String> {
        self.file_errors
            .iter()
            .map(|p| p.message(i18n))
            .chain(self.row_errors().map(|e| e.message(i18n)))
            .collect()
    }
}

impl FileProblem {
    pub fn message(&self, i18n: &I18n) -> String {
        match self {
            FileProblem::Empty => i18n.msg("csv-error-empty"),
            FileProblem::Encoding => i18n.msg("csv-error-encoding"),
            FileProblem::NoNameColumn => i18n.msg("csv-error-no-name-column"),
            FileProblem::NoSectorColumn => i18n.msg("csv-error-no-sector-column"),
            FileProblem::RepeatedColumn { header, first } => i18n.fmt_text(
                "csv-error-repeated-column",
                &[("header", header.clone()), ("first", first.clone())],
            ),
            FileProblem::Malformed { row, reason } => {
                // A reader's reason starts with the Fluent id that says it, when it has one.
                let id = reason.split(' ').next().unwrap_or_default();
                let said = if !id.is_empty() && i18n.has(id) {
                    i18n.msg(id)
                } else {
                    reason.clone()
                };
                i18n.fmt(
                    "csv-error-malformed",
                    &[
                        ("row", FluentValue::from(*row)),
                        ("reason", FluentValue::from(said)),
                    ],
                )
            }
            FileProblem::Unreadable(problem) => problem.message(i18n),
        }
    }
}

fn by_label(by: DuplicateBy) -> &'static str {
    match by {
        DuplicateBy::Email => "email",
        DuplicateBy::NameAndOrganisation => "name",
    }
}

impl CellProblem {
    /// Why the cell is refused, in the reader's language.
    pub fn reason(&self, i18n: &I18n) -> String {
        match self {
            CellProblem::Field(problem) => i18n.msg(problem.message_id()),
            CellProblem::UnknownValue { column, value } => i18n.fmt_text(
                "csv-error-unknown-value",
                &[
                    ("value", value.clone()),
                    ("allowed", allowed(*column, i18n)),
                ],
            ),
            CellProblem::InvalidDate { value } => {
                i18n.fmt_text("csv-error-date", &[("value", value.clone())])
            }
            CellProblem::ExtraValues => i18n.msg("csv-error-extra-values"),
            CellProblem::ControlCharacter => i18n.msg("import-safety-control-character"),
            CellProblem::DuplicateInFile { row, by } => i18n.fmt(
                "csv-error-duplicate-in-file",
                &[
                    ("row", FluentValue::from(*row)),
                    ("by", FluentValue::from(by_label(*by))),
                ],
            ),
            CellProblem::Duplicate { name, by } => i18n.fmt(
                "csv-error-duplicate",
                &[
                    ("name", FluentValue::from(name.as_str())),
                    ("by", FluentValue::from(by_label(*by))),
                ],
            ),
        }
    }
}

impl RowError {
    /// `Row 3, column C (邮箱): …`
    pub fn message(&self, i18n: &I18n) -> String {
        let reason = self.problem.reason(i18n);
        match self.column {
            Some(index) => i18n.fmt(
                "csv-error-at-cell",
                &[
                    ("row", FluentValue::from(self.row)),
                    ("column", FluentValue::from(column_letter(index))),
                    ("header", FluentValue::from(self.header.as_str())),
                    ("reason", FluentValue::from(reason)),
                ],
            ),
            None => i18n.fmt(
                "csv-error-at-row",
                &[
                    ("row", FluentValue::from(self.row)),
                    ("header", FluentValue::from(self.header.as_str())),
                    ("reason", FluentValue::from(reason)),
                ],
            ),
        }
    }
}

/// The values a column accepts, as the reader would write them.
fn allowed(column: Column, i18n: &I18n) -> String {
    use concord_domain::{DisadvantagedGroup, HelixGroup, Role, Sector, Status};
    let labels: Vec<String> = match column {
        Column::Sector => Sector::ALL
            .iter()
            .map(|s| i18n.msg(&format!("sector-{}", s.key())))
            .collect(),
        Column::Helix => HelixGroup::ALL
            .iter()
            .map(|h| i18n.msg(&format!("helix-{}", h.key())))
            .collect(),
        Column::Role => Role::ALL
            .iter()
            .map(|r| i18n.msg(&format!("role-{}", r.key())))
            .collect(),
        Column::Groups => DisadvantagedGroup::ALL
            .iter()
            .map(|g| i18n.msg(&format!("group-{}", g.key())))
            .collect(),
        Column::Status => Status::ALL
            .iter()
            .map(|s| i18n.msg(&status_message_id(*s)))
            .collect(),
        _ => Vec::new(),
    };
    labels.join(&i18n.msg("csv-list-separator"))
}
