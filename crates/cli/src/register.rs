//! `concord import stakeholders` and `concord export stakeholders`: the register as CSV.

use std::path::Path;

use concord_i18n::{FluentValue, I18n};
use concord_register::{OnDuplicate, RowAction, export_csv, parse_import};
use concord_store::Store;

use crate::args::OnDuplicateArg;
use crate::commands::write_atomically;
use crate::error::CliError;

/// Reads the file, reports every problem on stderr (row, column, reason), and writes all the
/// rows in one transaction only when there is none.
pub fn import_stakeholders(
    store: &mut Store,
    csv: &Path,
    dry_run: bool,
    on_duplicate: Option<OnDuplicateArg>,
    i18n: &I18n,
) -> Result<String, CliError> {
    let bytes = std::fs::read(csv).map_err(|source| CliError::Read {
        path: csv.to_owned(),
        source,
    })?;
    store.require_dialogue()?;
    let existing = store.stakeholders()?;
    let policy = on_duplicate.map(|d| match d {
        OnDuplicateArg::Skip => OnDuplicate::Skip,
        OnDuplicateArg::Update => OnDuplicate::Update,
    });
    let report = parse_import(&bytes, &existing, policy);
    if !report.is_ok() {
        for line in report.messages(i18n) {
            eprintln!("{line}");
        }
        let undecided = report
            .row_errors()
            .any(|e| matches!(e.problem, concord_register::CellProblem::Duplicate { .. }));
        if undecided {
            eprintln!("{}", i18n.msg("csv-import-duplicate-hint"));
        }
        return Err(CliError::ImportRefused {
            count: report.error_count(),
        });
    }
    let (added, updated) = report.plan();
    if !dry_run {
        store.apply_stakeholder_import(&added, &updated)?;
    }
    let file = csv
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(i18n.fmt(
        if dry_run {
            "csv-import-checked"
        } else {
            "csv-import-written"
        },
        &[
            ("file", FluentValue::from(file)),
            (
                "encoding",
                FluentValue::from(report.encoding.map(|e| e.label()).unwrap_or_default()),
            ),
            ("rows", FluentValue::from(report.rows.len())),
            ("add", FluentValue::from(added.len())),
            ("update", FluentValue::from(updated.len())),
            ("skip", FluentValue::from(report.count(RowAction::Skip))),
        ],
    ))
}

/// Writes the people who consented, in the user's language, UTF-8 with a BOM for Excel.
pub fn export_stakeholders(store: &Store, out: &Path, i18n: &I18n) -> Result<String, CliError> {
    store.require_dialogue()?;
    let people = store.stakeholders()?;
    let export = export_csv(&people, i18n);
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
