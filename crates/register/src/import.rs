//! Reading a register file (CSV or .xlsx) into a report: every row checked, every problem with its row and
//! column, duplicates found against the register and within the file. Nothing is written
//! here; a report without errors becomes one transaction in the store.

use std::collections::HashMap;

use concord_domain::{Stakeholder, StakeholderDraft};

use crate::cells::apply_cells;
use crate::column_letter;
use crate::columns::{Column, normalize};
use crate::decode::Encoding;
use crate::duplicates::Seen;
use crate::limits::Limits;
use crate::report::{
    CellProblem, ColumnReport, DuplicateBy, DuplicateOf, FileProblem, ImportReport, OnDuplicate,
    RowAction, RowError, RowReport,
};
use crate::table::{Table, TableFormat, into_table, read_csv_table};
use crate::unreadable::{TableProblem, Unreadable};
use crate::vocabulary::Vocabulary;
use crate::xlsx_file::{is_compound_file, read_xlsx};

/// The table of a register file, and what was found out about it.
struct ReadTable {
    table: Table,
    encoding: Option<Encoding>,
    delimiter: char,
}

/// A workbook or a CSV file, by what the bytes are and not by the file's name: a CSV saved
/// with the name ".xlsx" is read as CSV, a damaged workbook is refused by name.
fn read_register_table(bytes: &[u8], format: TableFormat) -> Result<ReadTable, FileProblem> {
    let limits = &Limits::REGISTER;
    match format {
        TableFormat::Xlsx => Ok(ReadTable {
            table: without_title(into_table(
                read_xlsx(bytes, limits).map_err(FileProblem::Unreadable)?,
            )?),
            encoding: None,
            delimiter: ',',
        }),
        TableFormat::Csv if is_compound_file(bytes) => Err(FileProblem::Unreadable(
            TableProblem::file(Unreadable::ProtectedOrOldWorkbook),
        )),
        TableFormat::Csv => read_csv_table(bytes, limits).map(|csv| ReadTable {
            table: without_title(csv.table),
            encoding: Some(csv.encoding),
            delimiter: csv.delimiter,
        }),
    }
}

/// A title above the table (one cell, often merged across the columns so the sheet prints
/// well) is not its header: the first row with more than one cell after it is.
fn without_title(mut table: Table) -> Table {
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.trim().is_empty()).count();
    while filled(&table.headers) == 1 && table.rows.first().is_some_and(|r| filled(&r.cells) > 1) {
        let header = table.rows.remove(0);
        table.headers = header.cells.iter().map(|h| h.trim().to_owned()).collect();
    }
    table
}

/// Reads `bytes` as a register CSV file or .xlsx workbook and checks it against the people already in the register.
/// `on_duplicate: None` reports duplicates as errors, so someone decides.
pub fn parse_import(
    bytes: &[u8],
    existing: &[Stakeholder],
    on_duplicate: Option<OnDuplicate>,
) -> ImportReport {
    let format = TableFormat::sniff(bytes);
    let csv = match read_register_table(bytes, format) {
        Ok(csv) => csv,
        Err(problem) => return ImportReport::failed(format, problem),
    };
    let vocab = Vocabulary::shared();
    let mut report = ImportReport {
        format,
        encoding: csv.encoding,
        delimiter: csv.delimiter,
        columns: Vec::new(),
        rows: Vec::new(),
        file_errors: Vec::new(),
    };
    let mut used: Vec<(usize, Column)> = Vec::new();
    for (index, header) in csv.table.headers.iter().enumerate() {
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
    let mut rows = Vec::with_capacity(csv.table.rows.len());

    // Blank rows are already left out; each row keeps its number in the file.
    for crate::table::TableRow { row, cells } in csv.table.rows {
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
        let parsed = apply_cells(&mut draft, &cells, &used, vocab);
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
                            apply_cells(&mut merged, &cells, &used, vocab);
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
    use crate::cells::parse_date;
    use chrono::NaiveDate;
    use concord_domain::{DisadvantagedGroup, HelixGroup, Role, Sector, Status};
    use concord_i18n::{I18n, Locale};

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
