//! The first sheet of an Excel .xlsx workbook (what Excel and WPS save) as rows of text cells,
//! each cell the text a person sees in it: a phone number typed as a number is its digits, not
//! "1.3800138e10" or "13800138000.0"; a date is its ISO date. Rows keep the spreadsheet's
//! numbers. Within the same limits as a CSV file; a file that is no workbook is refused whole.

use std::io::Cursor;

use calamine::{Data, ExcelDateTime, Reader, Xlsx, open_workbook_from_rs};

use crate::limits::Limits;
use crate::table::TableRow;
use crate::unreadable::{TableProblem, Unreadable};

/// What an encrypted .xlsx and an old .xls both start with: an OLE compound file, not a ZIP.
const COMPOUND_FILE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// A password-protected workbook or one in the format before .xlsx: neither can be read, and
/// reading it as CSV would only say its bytes are no text.
pub(crate) fn is_compound_file(bytes: &[u8]) -> bool {
    bytes.starts_with(COMPOUND_FILE)
}

pub(crate) fn read_xlsx(bytes: &[u8], limits: &Limits) -> Result<Vec<TableRow>, TableProblem> {
    if bytes.len() > limits.bytes {
        return Err(TableProblem::file(Unreadable::TooLarge {
            limit: limits.bytes,
        }));
    }
    if declared_size(bytes).is_some_and(|size| size > unpacked_limit(limits)) {
        return Err(TableProblem::file(Unreadable::WorkbookTooLarge {
            limit: unpacked_limit(limits),
        }));
    }
    guarded(|| read_sheet(bytes, limits))
        .unwrap_or_else(|| Err(TableProblem::file(Unreadable::NotAWorkbook)))
}

/// How large the parts of a workbook may be once unpacked: its XML takes several times the
/// room of the same table as CSV, and far less than an archive made to fill the memory.
pub(crate) fn unpacked_limit(limits: &Limits) -> u64 {
    u64::try_from(limits.bytes.saturating_mul(16)).unwrap_or(u64::MAX)
}

/// The sizes a ZIP archive's directory declares for its files, added up; `None` when there is
/// no directory to read (the workbook reader then refuses the file). An entry too large to say
/// its size in 32 bits counts as that large.
pub(crate) fn declared_size(bytes: &[u8]) -> Option<u64> {
    let u16_at = |at: usize| -> Option<u64> {
        let b = bytes.get(at..at + 2)?;
        Some(u64::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let u32_at = |at: usize| -> Option<u64> {
        let b = bytes.get(at..at + 4)?;
        Some(u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    };
    // The end record is in the last 22 bytes, or before a comment of up to 65,535.
    let last = bytes.len().checked_sub(22)?;
    let end = (last.saturating_sub(65_535)..=last)
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))?;
    let entries = u16_at(end + 10)?;
    let mut at = usize::try_from(u32_at(end + 16)?).ok()?;
    let mut total = 0u64;
    for _ in 0..entries {
        if !bytes.get(at..)?.starts_with(b"PK\x01\x02") {
            return None;
        }
        total = total.saturating_add(u32_at(at + 24)?);
        let variable = u16_at(at + 28)? + u16_at(at + 30)? + u16_at(at + 32)?;
        at = at.checked_add(46 + usize::try_from(variable).ok()?)?;
    }
    Some(total)
}

/// Runs the workbook reader so that a damaged file it was not written for (a cell reference
/// like "A99999999999" overflows its arithmetic) is a refused file, never a crash.
pub(crate) fn guarded<T>(read: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).ok()
}

fn read_sheet(bytes: &[u8], limits: &Limits) -> Result<Vec<TableRow>, TableProblem> {
    let not_a_workbook = |_: calamine::XlsxError| TableProblem::file(Unreadable::NotAWorkbook);
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(not_a_workbook)?;
    let Some(range) = workbook.worksheet_range_at(0) else {
        return Ok(Vec::new());
    };
    let range = range.map_err(not_a_workbook)?;
    // Rows and columns before the used range are blank; keep the spreadsheet's numbering.
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let (first_row, first_col) = (first_row as usize, first_col as usize);
    let (height, width) = range.get_size();
    let last_row = first_row.saturating_add(height);
    if last_row > limits.rows {
        return Err(TableProblem::row(
            limits.rows + 1,
            Unreadable::TooManyRows { limit: limits.rows },
        ));
    }
    if first_col.saturating_add(width) > limits.columns {
        return Err(TableProblem::row(
            first_row + 1,
            Unreadable::TooManyColumns {
                limit: limits.columns,
            },
        ));
    }
    if height.saturating_mul(width) > limits.cells {
        return Err(TableProblem::file(Unreadable::TooManyCells {
            limit: limits.cells,
        }));
    }
    let mut rows = Vec::with_capacity(height);
    for (index, cells) in range.rows().enumerate() {
        let row = first_row + index + 1;
        let mut texts = vec![String::new(); first_col];
        for (offset, cell) in cells.iter().enumerate() {
            let text = cell_text(cell);
            if text.len() > limits.field_bytes {
                return Err(TableProblem::cell(
                    row,
                    first_col + offset,
                    Unreadable::FieldTooLarge {
                        limit: limits.field_bytes,
                    },
                ));
            }
            texts.push(text);
        }
        // Cells a sheet formats but leaves empty make its range wider than what is typed.
        while texts.last().is_some_and(String::is_empty) {
            texts.pop();
        }
        rows.push(TableRow { row, cells: texts });
    }
    Ok(rows)
}

/// The cell as the spreadsheet shows it in a General or date format.
pub(crate) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => number_text(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(true) => "TRUE".into(),
        Data::Bool(false) => "FALSE".into(),
        Data::DateTime(d) => date_text(d),
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_owned(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Whole numbers without ".0" (a phone number, a postcode), others at the 15 significant
/// digits Excel keeps, so 0.1 + 0.2 is "0.3"; never in exponent notation.
fn number_text(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{}", value as i64);
    }
    let rounded: f64 = format!("{value:.14e}").parse().unwrap_or(value);
    rounded.to_string()
}

/// A date cell as its ISO date; with its time when it has one; a duration as its number.
fn date_text(value: &ExcelDateTime) -> String {
    if !value.is_datetime() || !(0.0..3_000_000.0).contains(&value.as_f64()) {
        return number_text(value.as_f64());
    }
    let (y, m, d, hh, mm, ss, _) = value.to_ymd_hms_milli();
    if (hh, mm, ss) == (0, 0, 0) {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    #[test]
    fn numbers_read_as_a_person_sees_them() {
        assert_eq!(number_text(13_800_138_000.0), "13800138000");
        assert_eq!(number_text(714_000.0), "714000");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(-2.5), "-2.5");
        assert_eq!(number_text(1e20), "100000000000000000000");
    }

    #[test]
    fn dates_read_as_iso() {
        let date = ExcelDateTime::new(46_280.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_text(&date), "2026-09-15");
        let noon = ExcelDateTime::new(46_280.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_text(&noon), "2026-09-15 12:00");
        let odd = ExcelDateTime::new(-5.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_text(&odd), "-5");
    }

    #[test]
    fn a_compound_file_is_recognised() {
        assert!(is_compound_file(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"));
        assert!(!is_compound_file(b"PK\x03\x04"));
    }
}
