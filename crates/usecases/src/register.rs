//! The stakeholder register in and out: check a CSV file or .xlsx workbook against the
//! register, import it (all rows or none, checked and written in one transaction), export the
//! people who consented as CSV.

use concord_domain::Stakeholder;
use concord_i18n::I18n;
use concord_store::Store;

use crate::UseCaseError;

pub use concord_register::{
    CellProblem, Export, ImportReport, Limits, OnDuplicate, ReadLimited, RowAction, RowReport,
    TableProblem, Unreadable, printable, read_limited,
};

/// What importing `bytes` would do, row by row; nothing is written.
pub fn check_import(
    store: &Store,
    bytes: &[u8],
    on_duplicate: Option<OnDuplicate>,
) -> Result<ImportReport, UseCaseError> {
    Ok(concord_register::parse_import(
        bytes,
        &store.stakeholders()?,
        on_duplicate,
    ))
}

/// Imports `bytes` when no row has a problem; the report says what was done or why nothing
/// was. The check against the register and the writes are one transaction, so two imports at
/// once (two windows, a window and the command line) cannot both add the same person.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    on_duplicate: Option<OnDuplicate>,
) -> Result<ImportReport, UseCaseError> {
    let mut checked = None;
    store.import_stakeholders_with(|existing: &[Stakeholder]| {
        let report = concord_register::parse_import(bytes, existing, on_duplicate);
        let plan = report.is_ok().then(|| report.plan());
        checked = Some(report);
        plan
    })?;
    // The plan runs whenever the transaction began; this only keeps the types honest.
    match checked {
        Some(report) => Ok(report),
        None => check_import(store, bytes, on_duplicate),
    }
}

/// The people who consented, as CSV in `i18n`'s language (UTF-8 with a BOM for Excel).
pub fn export(store: &Store, i18n: &I18n) -> Result<Export, UseCaseError> {
    store.require_dialogue()?;
    Ok(concord_register::export_csv(&store.stakeholders()?, i18n))
}
