//! Reading a register CSV into a report: every row checked, every problem with its row and
//! column, duplicates found against the register and within the file. Nothing is written
//! here; a report without errors becomes one transaction in the store.

use std::collections::HashMap;

use chrono::NaiveDate;
use concord_domain::search::has_han;
use concord_domain::{FieldProblem, Stakeholder, StakeholderDraft};
use concord_i18n::{FluentValue, I18n};
use serde::{Deserialize, Serialize};

use crate::columns::{Column, normalize};
use crate::decode::{Encoding, decode, detect_delimiter};
use crate::vocabulary::Vocabulary;
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
    UnknownValue { column: Column, value: String },
    InvalidDate { value: String },
    ExtraValues,
    DuplicateInFile { row: usize, by: DuplicateBy },
    Duplicate { name: String, by: DuplicateBy },
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
    RepeatedColumn { header: String, first: String },
    Malformed { row: usize, reason: String },
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
    pub encoding: Option<Encoding>,
    pub delimiter: char,
    pub columns: Vec<ColumnReport>,
    pub rows: Vec<RowReport>,
    pub file_errors: Vec<FileProblem>,
}

impl ImportReport {
    fn failed(encoding: Option<Encoding>, problem: FileProblem) -> ImportReport {
        ImportReport {
            encoding,
            delimiter: ',',
            columns: Vec::new(),
            rows: Vec::new(),
            file_errors: vec![problem],
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
            FileProblem::Malformed { row, reason } => i18n.fmt(
                "csv-error-malformed",
                &[
                    ("row", FluentValue::from(*row)),
                    ("reason", FluentValue::from(reason.as_str())),
                ],
            ),
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

/// A leading apostrophe protects a formula-like value from Excel (see the export).
fn unprotect(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => value,
    }
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    for format in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"] {
        if let Ok(date) = NaiveDate::parse_from_str(v, format) {
            return Some(date);
        }
    }
    // An Excel serial day number, when the cell was saved unformatted.
    if v.len() == 5 && v.bytes().all(|b| b.is_ascii_digit()) {
        let days: i64 = v.parse().ok()?;
        return NaiveDate::from_ymd_opt(1899, 12, 30)?
            .checked_add_signed(chrono::Duration::days(days));
    }
    None
}

/// The separators a list of groups may use.
const GROUP_SEPARATORS: &[char] = &[';', '；', '、', ',', '，', '|', '/'];

struct Parsed {
    errors: Vec<(usize, CellProblem)>,
}

/// Writes the cells of a row into a draft; only the columns present are touched.
fn apply_cells(
    draft: &mut StakeholderDraft,
    cells: &[String],
    columns: &[(usize, Column)],
    vocab: &Vocabulary,
) -> Parsed {
    let mut errors = Vec::new();
    let unknown =
        |errors: &mut Vec<(usize, CellProblem)>, index: usize, column: Column, value: &str| {
            errors.push((
                index,
                CellProblem::UnknownValue {
                    column,
                    value: value.to_owned(),
                },
            ));
        };
    for &(index, column) in columns {
        let raw = cells.get(index).map(String::as_str).unwrap_or("");
        let value = unprotect(raw.trim()).to_owned();
        let key = normalize(&value);
        match column {
            Column::NameZh => draft.name_zh = value,
            Column::NameEn => draft.name_en = value,
            Column::Name => {
                if has_han(&value) {
                    draft.name_zh = value;
                } else {
                    draft.name_en = value;
                }
            }
            Column::OrganisationZh => draft.organisation_zh = value,
            Column::OrganisationEn => draft.organisation_en = value,
            Column::Organisation => {
                if has_han(&value) {
                    draft.organisation_zh = value;
                } else {
                    draft.organisation_en = value;
                }
            }
            Column::Sector if key.is_empty() => draft.sector = None,
            Column::Sector => match vocab.sectors.get(&key) {
                Some(s) => draft.sector = Some(*s),
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Helix if key.is_empty() => draft.helix = None,
            Column::Helix => match vocab.helix.get(&key) {
                Some(h) => draft.helix = Some(*h),
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Role if key.is_empty() => {}
            Column::Role => match vocab.roles.get(&key) {
                Some(r) => draft.role = *r,
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Status if key.is_empty() => {}
            Column::Status => match vocab.statuses.get(&key) {
                Some(s) => draft.status = *s,
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Groups => {
                draft.groups.clear();
                for part in value.split(GROUP_SEPARATORS) {
                    let part = part.trim();
                    if part.is_empty() {
                        continue;
                    }
                    // "other: returned farmers" / "其他：返乡农民"
                    let (head, tail) = match part.split_once([':', '：']) {
                        Some((h, t)) => (h, Some(t.trim())),
                        None => (part, None),
                    };
                    match vocab.groups.get(&normalize(head)) {
                        Some(g) => {
                            draft.groups.push(*g);
                            if let (concord_domain::DisadvantagedGroup::Other, Some(t)) = (g, tail)
                                && !t.is_empty()
                            {
                                draft.other_group = t.to_owned();
                            }
                        }
                        None => unknown(&mut errors, index, column, part),
                    }
                }
            }
            Column::OtherGroup => draft.other_group = value,
            Column::Email => draft.email = value,
            Column::Mobile => draft.mobile = value,
            Column::ConsentDate if value.is_empty() => draft.consent_date = None,
            Column::ConsentDate => match parse_date(&value) {
                Some(d) => draft.consent_date = Some(d),
                None => errors.push((index, CellProblem::InvalidDate { value })),
            },
            Column::ConsentNotice => draft.consent_notice = value,
            Column::Note => draft.note = value,
        }
    }
    Parsed { errors }
}

fn email_key(p: &Stakeholder) -> Option<String> {
    let e = p.email.trim().to_lowercase();
    (!e.is_empty()).then_some(e)
}

/// One key per (name, organisation) pair in either script.
fn name_keys(p: &Stakeholder) -> Vec<String> {
    let squash = |s: &str| -> String {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let names: Vec<String> = [&p.name_zh, &p.name_en]
        .into_iter()
        .map(|s| squash(s))
        .filter(|s| !s.is_empty())
        .collect();
    let mut orgs: Vec<String> = [&p.organisation_zh, &p.organisation_en]
        .into_iter()
        .map(|s| squash(s))
        .filter(|s| !s.is_empty())
        .collect();
    if orgs.is_empty() {
        orgs.push(String::new());
    }
    let mut keys = Vec::new();
    for n in &names {
        for o in &orgs {
            keys.push(format!("{n}\u{1}{o}"));
        }
    }
    keys
}

#[derive(Default)]
struct Seen {
    emails: HashMap<String, (i64, usize, String)>,
    names: HashMap<String, (i64, usize, String)>,
}

impl Seen {
    fn add(&mut self, p: &Stakeholder, id: i64, row: usize) {
        let name = p.name(true).to_owned();
        if let Some(e) = email_key(p) {
            self.emails.entry(e).or_insert((id, row, name.clone()));
        }
        for k in name_keys(p) {
            self.names.entry(k).or_insert((id, row, name.clone()));
        }
    }

    fn find(&self, p: &Stakeholder) -> Option<(i64, usize, String, DuplicateBy)> {
        if let Some((id, row, name)) = email_key(p).and_then(|e| self.emails.get(&e)) {
            return Some((*id, *row, name.clone(), DuplicateBy::Email));
        }
        name_keys(p).iter().find_map(|k| {
            self.names
                .get(k)
                .map(|(id, row, name)| (*id, *row, name.clone(), DuplicateBy::NameAndOrganisation))
        })
    }
}

/// Reads `bytes` as a register CSV and checks it against the people already in the register.
/// `on_duplicate: None` reports duplicates as errors, so someone decides.
pub fn parse_import(
    bytes: &[u8],
    existing: &[Stakeholder],
    on_duplicate: Option<OnDuplicate>,
) -> ImportReport {
    let decoded = match decode(bytes) {
        Ok(d) => d,
        Err(problem) => return ImportReport::failed(None, problem),
    };
    let encoding = Some(decoded.encoding);
    let text = decoded
        .text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(&decoded.text);
    if text.trim().is_empty() {
        return ImportReport::failed(encoding, FileProblem::Empty);
    }
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for (index, record) in reader.records().enumerate() {
        match record {
            Ok(r) => records.push(r),
            Err(e) => {
                return ImportReport::failed(
                    encoding,
                    FileProblem::Malformed {
                        row: index + 1,
                        reason: e.to_string(),
                    },
                );
            }
        }
    }
    // Leading blank lines are not the header.
    let Some(header_at) = records
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()))
    else {
        return ImportReport::failed(encoding, FileProblem::Empty);
    };
    let vocab = Vocabulary::new();
    let mut report = ImportReport {
        encoding,
        delimiter: char::from(delimiter),
        columns: Vec::new(),
        rows: Vec::new(),
        file_errors: Vec::new(),
    };
    let mut used: Vec<(usize, Column)> = Vec::new();
    for (index, header) in records[header_at].iter().enumerate() {
        let header = header.trim().to_owned();
        let column = vocab.headers.get(&normalize(&header)).copied();
        if let Some(c) = column {
            if let Some((first, _)) = used.iter().find(|(_, u)| *u == c) {
                report.file_errors.push(FileProblem::RepeatedColumn {
                    header: header.clone(),
                    first: report.columns[*first].header.clone(),
                });
            } else {
                used.push((index, c));
            }
        }
        report.columns.push(ColumnReport {
            letter: column_letter(index),
            header,
            column,
        });
    }
    let has = |cs: &[Column]| used.iter().any(|(_, c)| cs.contains(c));
    if !has(&[Column::Name, Column::NameZh, Column::NameEn]) {
        report.file_errors.push(FileProblem::NoNameColumn);
    }
    if !has(&[Column::Sector]) {
        report.file_errors.push(FileProblem::NoSectorColumn);
    }
    if !report.file_errors.is_empty() {
        return report;
    }
    // Each column a field's error is reported in: the first present of its candidates.
    let column_for = |field: &str| -> (Option<usize>, String) {
        for candidate in Column::for_field(field) {
            if let Some((index, _)) = used.iter().find(|(_, c)| c == candidate) {
                return (Some(*index), report.columns[*index].header.clone());
            }
        }
        (None, field.to_owned())
    };
    let header_of = |index: usize| report.columns[index].header.clone();
    let width = report.columns.len();

    let mut register = Seen::default();
    let by_id: HashMap<i64, &Stakeholder> = existing.iter().map(|p| (p.id, p)).collect();
    for p in existing.iter().filter(|p| !p.erased()) {
        register.add(p, p.id, 0);
    }
    let mut in_file = Seen::default();
    let mut rows = Vec::with_capacity(records.len());

    for (offset, record) in records.iter().enumerate().skip(header_at + 1) {
        let row = offset + 1;
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut errors = Vec::new();
        if cells.iter().skip(width).any(|c| !c.trim().is_empty()) {
            errors.push(RowError {
                row,
                column: Some(width),
                header: String::new(),
                problem: CellProblem::ExtraValues,
            });
        }
        let mut draft = StakeholderDraft::default();
        let parsed = apply_cells(&mut draft, &cells, &used, &vocab);
        let bad_columns: Vec<usize> = parsed.errors.iter().map(|(i, _)| *i).collect();
        errors.extend(parsed.errors.into_iter().map(|(index, problem)| RowError {
            row,
            column: Some(index),
            header: header_of(index),
            problem,
        }));
        let mut person = None;
        match draft.validate() {
            Ok(p) => person = Some(p),
            Err(field_errors) => {
                for fe in field_errors {
                    let (column, header) = column_for(&fe.field);
                    if column.is_some_and(|c| bad_columns.contains(&c)) {
                        continue;
                    }
                    errors.push(RowError {
                        row,
                        column,
                        header,
                        problem: CellProblem::Field(fe.problem),
                    });
                }
            }
        }
        let mut action = RowAction::Invalid;
        let mut duplicate = None;
        if let Some(p) = person.clone().filter(|_| errors.is_empty()) {
            if let Some((_, other_row, _, by)) = in_file.find(&p) {
                let (column, header) = match by {
                    DuplicateBy::Email => column_for("email"),
                    DuplicateBy::NameAndOrganisation => column_for("nameZh"),
                };
                errors.push(RowError {
                    row,
                    column,
                    header,
                    problem: CellProblem::DuplicateInFile { row: other_row, by },
                });
            } else if let Some((id, _, name, by)) = register.find(&p) {
                duplicate = Some(DuplicateOf {
                    id,
                    name: name.clone(),
                    by,
                });
                match on_duplicate {
                    None => {
                        let (column, header) = match by {
                            DuplicateBy::Email => column_for("email"),
                            DuplicateBy::NameAndOrganisation => column_for("nameZh"),
                        };
                        errors.push(RowError {
                            row,
                            column,
                            header,
                            problem: CellProblem::Duplicate { name, by },
                        });
                    }
                    Some(OnDuplicate::Skip) => action = RowAction::Skip,
                    Some(OnDuplicate::Update) => {
                        if let Some(current) = by_id.get(&id) {
                            let mut merged = current.to_draft();
                            apply_cells(&mut merged, &cells, &used, &vocab);
                            match merged.validate() {
                                Ok(m) => {
                                    person = Some(m);
                                    action = RowAction::Update;
                                }
                                Err(field_errors) => {
                                    for fe in field_errors {
                                        let (column, header) = column_for(&fe.field);
                                        errors.push(RowError {
                                            row,
                                            column,
                                            header,
                                            problem: CellProblem::Field(fe.problem),
                                        });
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                action = RowAction::Add;
            }
            in_file.add(&p, 0, row);
        }
        if !errors.is_empty() {
            action = RowAction::Invalid;
        }
        if !matches!(action, RowAction::Add | RowAction::Update) {
            person = None;
        }
        rows.push(RowReport {
            row,
            cells,
            person,
            action,
            duplicate,
            errors,
        });
    }
    report.rows = rows;
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::{DisadvantagedGroup, HelixGroup, Role, Sector, Status};
    use concord_i18n::Locale;

    fn existing() -> Vec<Stakeholder> {
        let mut wang = Stakeholder::new(
            "王志立",
            "Wang Zhili",
            Sector::LocalAuthority,
            Role::VotingMember,
        );
        wang.id = 1;
        wang.organisation_zh = "渭南市人民政府".into();
        wang.email = "wang@weinan.gov.cn".into();
        wang.mobile = "+86 139 0000 0001".into();
        vec![wang]
    }

    #[test]
    fn chinese_headers_and_values_with_semicolons() {
        let csv = "序号;姓名;单位/机构;领域/部门;代表群体;邮箱;手机;同意日期;告知书;角色\n\
                   1;张丽;渭南市妇女联合会;民间社会组织;妇女、青年;zhang.li@example.cn;+86 139 1111 2222;2026/9/15;隐私告知书;表决成员\n\
                   2;Marco Bellini;Tecnopolo;科研人员 / 研究机构;;marco@example.it;;;;专家\n";
        let report = parse_import(csv.as_bytes(), &[], None);
        assert!(
            report.is_ok(),
            "{:?}",
            report.messages(&I18n::new(Locale::En))
        );
        assert_eq!(report.delimiter, ';');
        assert_eq!(report.columns[0].column, None, "序号 is ignored");
        let (added, updated) = report.plan();
        assert!(updated.is_empty());
        let zhang = &added[0];
        assert_eq!(zhang.name_zh, "张丽");
        assert_eq!(zhang.organisation_zh, "渭南市妇女联合会");
        assert_eq!(zhang.sector, Sector::CivilSociety);
        assert_eq!(zhang.helix, HelixGroup::CivilSociety);
        assert_eq!(
            zhang.groups,
            vec![DisadvantagedGroup::Women, DisadvantagedGroup::Youth]
        );
        assert_eq!(zhang.consent_date, NaiveDate::from_ymd_opt(2026, 9, 15));
        let marco = &added[1];
        assert_eq!(
            (marco.name_en.as_str(), marco.organisation_en.as_str()),
            ("Marco Bellini", "Tecnopolo")
        );
        assert_eq!((marco.sector, marco.role), (Sector::Research, Role::Expert));
    }

    #[test]
    fn every_problem_has_row_column_and_reason() {
        let csv = "Name,Sector,E-mail,Consent date,Status\n\
                   Li Na,bakery,li.na@weinan,2026-13-01,maybe\n\
                   ,citizen,,,\n\
                   Zhao,citizen,,,active,surplus\n";
        let report = parse_import(csv.as_bytes(), &[], None);
        let en = I18n::new(Locale::En);
        let lines = report.messages(&en);
        assert_eq!(report.error_count(), 6, "{lines:#?}");
        assert!(
            lines[0].starts_with("Row 2, column B (Sector)"),
            "{}",
            lines[0]
        );
        assert!(
            lines[0].contains("bakery") && lines[0].contains("Local authority"),
            "{}",
            lines[0]
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Row 2, column C (E-mail)")),
            "{lines:#?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Row 2, column D (Consent date)")),
            "{lines:#?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Row 2, column E (Status)")),
            "{lines:#?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Row 3, column A (Name)")),
            "{lines:#?}"
        );
        assert!(
            lines.iter().any(|l| l.starts_with("Row 4, column F")),
            "{lines:#?}"
        );
        let zh = report.messages(&I18n::new(Locale::ZhCn));
        assert!(zh[0].starts_with("第 2 行，B 列"), "{}", zh[0]);
        assert!(report.plan().0.is_empty() || !report.is_ok());
    }

    #[test]
    fn missing_columns_stop_the_file() {
        let report = parse_import("邮箱,手机\na@b.cn,123456\n".as_bytes(), &[], None);
        assert_eq!(
            report.file_errors,
            vec![FileProblem::NoNameColumn, FileProblem::NoSectorColumn]
        );
        assert_eq!(
            parse_import(b"\n\n", &[], None).file_errors,
            vec![FileProblem::Empty]
        );
    }

    #[test]
    fn duplicates_are_reported_skipped_or_updated() {
        let csv = "姓名,单位,领域,邮箱,备注\n\
                   王志立,渭南市人民政府,地方政府,,市长\n\
                   李四,某单位,市民,WANG@weinan.gov.cn,\n\
                   赵五,,市民,zhao@example.cn,\n\
                   赵六,,市民,zhao@example.cn,\n";
        let report = parse_import(csv.as_bytes(), &existing(), None);
        let en = I18n::new(Locale::En);
        let lines = report.messages(&en);
        assert_eq!(lines.len(), 3, "{lines:#?}");
        assert!(
            lines[0].contains("王志立") && lines[0].contains("same name and organisation"),
            "{}",
            lines[0]
        );
        assert!(lines[1].contains("same e-mail"), "{}", lines[1]);
        assert!(
            lines[2].starts_with("Row 5, column D") && lines[2].contains("row 4"),
            "{}",
            lines[2]
        );

        let csv_ok = "姓名,单位,领域,邮箱,备注\n王志立,渭南市人民政府,地方政府,,市长\n赵五,,市民,zhao@example.cn,\n";
        let skip = parse_import(csv_ok.as_bytes(), &existing(), Some(OnDuplicate::Skip));
        assert!(skip.is_ok());
        assert_eq!(
            (skip.count(RowAction::Skip), skip.count(RowAction::Add)),
            (1, 1)
        );
        let update = parse_import(csv_ok.as_bytes(), &existing(), Some(OnDuplicate::Update));
        let (added, updated) = update.plan();
        assert_eq!(added.len(), 1);
        assert_eq!(updated[0].id, 1);
        assert_eq!(updated[0].note, "市长");
        assert_eq!(
            updated[0].mobile, "+86 139 0000 0001",
            "columns not in the file are kept"
        );
        assert_eq!(updated[0].name_en, "Wang Zhili");
        assert_eq!(updated[0].status, Status::Active);
    }

    #[test]
    fn dates_groups_and_protected_values() {
        assert_eq!(
            parse_date("2026年9月15日"),
            NaiveDate::from_ymd_opt(2026, 9, 15)
        );
        assert_eq!(
            parse_date("2026.09.15"),
            NaiveDate::from_ymd_opt(2026, 9, 15)
        );
        assert_eq!(parse_date("46280"), NaiveDate::from_ymd_opt(2026, 9, 15));
        assert_eq!(parse_date("15/09/2026"), None);
        let csv = "name,sector,groups,note\nA,citizen,\"Women; other: returned farmers\",'=1+1\n";
        let report = parse_import(csv.as_bytes(), &[], None);
        assert!(
            report.is_ok(),
            "{:?}",
            report.messages(&I18n::new(Locale::En))
        );
        let p = &report.plan().0[0];
        assert_eq!(
            p.groups,
            vec![DisadvantagedGroup::Women, DisadvantagedGroup::Other]
        );
        assert_eq!(p.other_group, "returned farmers");
        assert_eq!(p.note, "=1+1");
    }
}
