//! `concord import stakeholders` (a CSV file or an .xlsx workbook) and `concord export
//! stakeholders` (CSV).

use std::path::Path;

use concord_i18n::{FluentValue, I18n};
use concord_store::Store;
use concord_usecases::register::{
    CellProblem, Limits, OnDuplicate, ReadLimited, RowAction, TableProblem, Unreadable,
    check_import, import, printable, read_limited,
};

use crate::args::OnDuplicateArg;
use crate::commands::write_atomically;
use crate::error::CliError;

/// Reads the file (never more than the register's limit, whatever the file is), reports
/// every problem on stderr (file, row, column, reason), and writes all the rows only when
/// there is none. The check against the register and the writes are one transaction, so two
/// imports at once cannot both add the same person.
pub fn import_stakeholders(
    store: &mut Store,
    csv: &Path,
    dry_run: bool,
    on_duplicate: Option<OnDuplicateArg>,
    i18n: &I18n,
) -> Result<String, CliError> {
    let file = csv
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = match read_limited(csv, Limits::REGISTER.bytes) {
        Ok(bytes) => bytes,
        Err(ReadLimited::Io(source)) => {
            return Err(CliError::Read {
                path: csv.to_owned(),
                source,
            });
        }
        Err(ReadLimited::TooLarge { limit }) => {
            let problem = TableProblem {
                row: 0,
                column: None,
                header: String::new(),
                kind: Unreadable::TooLarge { limit },
            };
            say_problem(&file, &problem.message(i18n), i18n);
            return Err(CliError::ImportRefused { count: 1 });
        }
    };
    store.require_dialogue()?;
    let policy = on_duplicate.map(|d| match d {
        OnDuplicateArg::Skip => OnDuplicate::Skip,
        OnDuplicateArg::Update => OnDuplicate::Update,
    });
    // Checked against the register and written in one transaction (see the use case).
    let report = if dry_run {
        check_import(store, &bytes, policy)?
    } else {
        import(store, &bytes, policy)?
    };
    if !report.is_ok() {
        for line in report.messages(i18n) {
            say_problem(&file, &line, i18n);
        }
        let undecided = report
            .row_errors()
            .any(|e| matches!(e.problem, CellProblem::Duplicate { .. }));
        if undecided {
            crate::print::problem(&i18n.msg("csv-import-duplicate-hint"));
        }
        return Err(CliError::ImportRefused {
            count: report.error_count(),
        });
    }
    let (added, updated) = report.plan();
    let message = i18n.fmt(
        if dry_run {
            "csv-import-checked"
        } else {
            "csv-import-written"
        },
        &[
            ("file", FluentValue::from(file)),
            ("encoding", FluentValue::from(report.read_as())),
            ("rows", FluentValue::from(report.rows.len())),
            ("add", FluentValue::from(added.len())),
            ("update", FluentValue::from(updated.len())),
            ("skip", FluentValue::from(report.count(RowAction::Skip))),
        ],
    );
    Ok(printable(&message))
}

/// One problem on stderr, with the file it is in; whatever the file holds, no control
/// character reaches the terminal.
fn say_problem(file: &str, problem: &str, i18n: &I18n) {
    let line = i18n.fmt(
        "import-safety-in-file",
        &[
            ("file", FluentValue::from(file)),
            ("problem", FluentValue::from(problem)),
        ],
    );
    crate::print::problem(&line);
}

/// Writes the people who consented, in the user's language, UTF-8 with a BOM for Excel.
pub fn export_stakeholders(store: &Store, out: &Path, i18n: &I18n) -> Result<String, CliError> {
    let export = concord_usecases::register::export(store, i18n)?;
    write_atomically(out, &export.bytes)?;
    Ok(i18n.fmt(
        "csv-export-written",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("written", FluentValue::from(export.written)),
            ("left", FluentValue::from(export.left_out)),
        ],
    ))
}
