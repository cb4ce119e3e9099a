//! Values typed in the window or read from a file, checked like a row of a file and stored all
//! or nothing; every problem said in the window's language.

use super::*;

/// A problem said in the window's language.
pub(super) fn reason(problem: &ValueProblem, voice: &Voice) -> String {
    let args: Vec<(&'static str, FluentValue<'static>)> = match problem {
        ValueProblem::MissingColumn { column } => {
            vec![("column", FluentValue::from(column.headers()[0]))]
        }
        ValueProblem::UnknownCode { code } => vec![("code", FluentValue::from(code.clone()))],
        ValueProblem::UnitMismatch { unit, expected } => vec![
            ("unit", FluentValue::from(unit.clone())),
            ("expected", FluentValue::from(expected.clone())),
        ],
        ValueProblem::YearOutOfRange { year } => vec![("year", FluentValue::from(year.clone()))],
        ValueProblem::NotANumber { value } | ValueProblem::NotYesOrNo { value } => {
            vec![("value", FluentValue::from(value.clone()))]
        }
        ValueProblem::DuplicateInFile { first_row } => {
            vec![("first_row", FluentValue::from(*first_row))]
        }
        ValueProblem::Empty | ValueProblem::PppBaseYearMissing | ValueProblem::AlreadyStored => {
            Vec::new()
        }
    };
    i18n(voice).fmt(problem.fluent_id(), &args)
}

/// The entry's fields as a file would name its columns.
const ENTRY_HEADERS: [(&str, &str); 7] = [
    ("code", "code"),
    ("year", "year"),
    ("value", "value"),
    ("unit", "unit"),
    ("source", "source"),
    ("note", "note"),
    ("ppp_base_year", "pppBaseYear"),
];

/// Checks one typed value like a row of a file and stores it; a value already stored for the
/// indicator and year is refused unless `replace`.
pub fn enter_value(
    store: &mut Store,
    entry: &ValueEntry,
    replace: bool,
    language: Language,
) -> Result<EntryOutcome, UseCaseError> {
    store.require_dialogue()?;
    let voice = voice(language);
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let headers: Vec<String> = ENTRY_HEADERS.iter().map(|(h, _)| (*h).to_owned()).collect();
    let cells = vec![
        entry.code.clone(),
        entry.year.clone(),
        entry.value.clone(),
        entry.unit.clone(),
        entry.source.clone(),
        entry.note.clone(),
        entry.ppp_base_year.clone(),
    ];
    let field = |column: Option<&String>| {
        let column = column.map(String::as_str).unwrap_or("code");
        ENTRY_HEADERS
            .iter()
            .find(|(h, _)| *h == column)
            .map_or("code", |(_, f)| f)
            .to_owned()
    };
    let values = match check_values(&headers, &[(2, cells)], &catalogue) {
        Ok(values) => values,
        Err(problems) => {
            return Ok(EntryOutcome {
                problems: problems
                    .iter()
                    .map(|p| EntryProblem {
                        field: field(p.column.as_ref()),
                        message: reason(&p.problem, voice),
                    })
                    .collect(),
                stage: None,
            });
        }
    };
    if !replace && !store.stored_value_years(&values)?.is_empty() {
        return Ok(EntryOutcome {
            problems: vec![EntryProblem {
                field: "year".into(),
                message: i18n(voice).msg("deficits-ui-value-stored"),
            }],
            stage: None,
        });
    }
    store.save_indicator_values(&values, OnDuplicateValue::Update)?;
    Ok(EntryOutcome {
        problems: Vec::new(),
        stage: Some(stage(store, language)?),
    })
}

fn import_problem(p: &RowProblem, voice: &Voice) -> ImportProblem {
    ImportProblem {
        row: count(p.row),
        column: p.column.clone().unwrap_or_default(),
        reason: reason(&p.problem, voice),
    }
}

/// Reads and checks a file of values; nothing is written. `replace`: values already stored
/// for the same indicator and year are to be replaced rather than refused.
pub fn check_import(
    store: &Store,
    bytes: &[u8],
    replace: bool,
    language: Language,
) -> Result<(ValuesImport, Vec<concord_deficits::IndicatorValue>), UseCaseError> {
    store.require_dialogue()?;
    let voice = voice(language);
    let format = TableFormat::sniff(bytes);
    let mut report = ValuesImport {
        format: match format {
            TableFormat::Csv => "csv",
            TableFormat::Xlsx => "xlsx",
        }
        .to_owned(),
        rows: 0,
        add: 0,
        update: 0,
        problems: Vec::new(),
        written: false,
    };
    let table = match read_table(bytes, format) {
        Ok(table) => table,
        Err(problem) => {
            report.problems.push(ImportProblem {
                row: 0,
                column: String::new(),
                reason: problem.message(i18n(voice)),
            });
            return Ok((report, Vec::new()));
        }
    };
    let rows: Vec<(usize, Vec<String>)> =
        table.rows.into_iter().map(|r| (r.row, r.cells)).collect();
    report.rows = count(rows.len());
    let catalogue = Catalogue::builtin().map_err(corrupt)?;
    let values = match check_values(&table.headers, &rows, &catalogue) {
        Ok(values) => values,
        Err(problems) => {
            report.problems = problems.iter().map(|p| import_problem(p, voice)).collect();
            return Ok((report, Vec::new()));
        }
    };
    let stored = store.stored_value_years(&values)?;
    if !replace {
        // Every row was read into a value, in order: the row of each is the table's.
        for ((row, _), value) in rows.iter().zip(&values) {
            if stored.contains(&(value.code.clone(), value.year)) {
                report.problems.push(import_problem(
                    &RowProblem {
                        row: *row,
                        column: table.headers.iter().find(|h| !h.trim().is_empty()).cloned(),
                        problem: ValueProblem::AlreadyStored,
                    },
                    voice,
                ));
            }
        }
    }
    report.update = count(if replace { stored.len() } else { 0 });
    report.add = count(values.len() - stored.len());
    if !report.problems.is_empty() {
        report.add = 0;
        report.update = 0;
    }
    Ok((report, values))
}

/// Imports a file of values, all or nothing: with any problem nothing is written and the
/// problems come back as `check_import` names them.
pub fn import_values(
    store: &mut Store,
    bytes: &[u8],
    replace: bool,
    language: Language,
) -> Result<ValuesImport, UseCaseError> {
    let (mut report, values) = check_import(store, bytes, replace, language)?;
    if !report.problems.is_empty() || values.is_empty() {
        return Ok(report);
    }
    let policy = if replace {
        OnDuplicateValue::Update
    } else {
        OnDuplicateValue::Refuse
    };
    let written = store.save_indicator_values(&values, policy)?;
    report.add = count(written.added);
    report.update = count(written.updated);
    report.written = true;
    Ok(report)
}
