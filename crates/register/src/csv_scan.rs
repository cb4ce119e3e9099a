//! One pass over a CSV file's bytes before anything is parsed or allocated for its rows:
//! which separator it uses, whether every quote closes, and whether it stays within the
//! limits. It reads bytes, not text: the separators, quotes and line ends are ASCII, and
//! neither UTF-8 nor GB18030 uses those bytes inside a character.

use crate::limits::Limits;
use crate::unreadable::{TableProblem, Unreadable};

/// The separator of the first line that is not blank: comma, semicolon or tab, whichever
/// it has most of outside quotes; a comma when it has none.
pub(crate) fn detect_delimiter(bytes: &[u8]) -> u8 {
    let header = bytes
        .split(|b| *b == b'\n')
        .find(|line| line.iter().any(|b| !b.is_ascii_whitespace()))
        .unwrap_or_default();
    let mut best = (b',', 0usize);
    for delimiter in [b',', b';', b'\t'] {
        let mut in_quotes = false;
        let mut count = 0;
        for b in header {
            if *b == b'"' {
                in_quotes = !in_quotes;
            } else if *b == delimiter && !in_quotes {
                count += 1;
            }
        }
        if count > best.1 {
            best = (delimiter, count);
        }
    }
    best.0
}

/// What the pass learnt: the first problem, if any, and where the header ends (so a
/// problem's column can be named by its header).
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    pub problem: Option<TableProblem>,
    /// Where the first row that is not blank (the header) ends.
    pub header_end: Option<usize>,
}

struct Scan<'a> {
    limits: &'a Limits,
    line: usize,
    record_line: usize,
    field: usize,
    field_start: usize,
    record_bytes: usize,
    record_has_text: bool,
    rows: usize,
    cells: usize,
    scanned: Scanned,
}

impl Scan<'_> {
    /// A separator: one more cell starts in this row.
    fn next_field(&mut self, at: usize) -> Result<(), TableProblem> {
        self.end_field(at)?;
        if self.field >= self.limits.columns {
            let limit = self.limits.columns;
            return Err(TableProblem::row(
                self.record_line,
                Unreadable::TooManyColumns { limit },
            ));
        }
        Ok(())
    }

    fn end_field(&mut self, at: usize) -> Result<(), TableProblem> {
        self.cells += 1;
        self.field += 1;
        self.field_start = at + 1;
        if self.cells > self.limits.cells {
            let limit = self.limits.cells;
            return Err(TableProblem::row(
                self.record_line,
                Unreadable::TooManyCells { limit },
            ));
        }
        Ok(())
    }

    /// A line end outside quotes: the record is complete (blank lines are no record).
    fn end_record(&mut self, at: usize) -> Result<(), TableProblem> {
        if self.record_bytes > 0 {
            self.end_field(at)?;
            self.rows += 1;
            if self.rows > self.limits.rows {
                let limit = self.limits.rows;
                return Err(TableProblem::row(
                    self.record_line,
                    Unreadable::TooManyRows { limit },
                ));
            }
            if self.record_has_text && self.scanned.header_end.is_none() {
                self.scanned.header_end = Some(at);
            }
        }
        self.field = 0;
        self.field_start = at + 1;
        self.record_bytes = 0;
        self.record_has_text = false;
        self.record_line = self.line;
        Ok(())
    }

    fn check_field_size(&self, at: usize) -> Result<(), TableProblem> {
        if at + 1 - self.field_start > self.limits.field_bytes {
            let limit = self.limits.field_bytes;
            return Err(TableProblem::cell(
                self.record_line,
                self.field,
                Unreadable::FieldTooLarge { limit },
            ));
        }
        Ok(())
    }
}

/// Checks the whole file in one pass. A quote opens a cell only at its start, as RFC 4180
/// and Excel read it; `""` inside a quoted cell is a quote character.
pub(crate) fn scan(bytes: &[u8], delimiter: u8, limits: &Limits) -> Scanned {
    let mut s = Scan {
        limits,
        line: 1,
        record_line: 1,
        field: 0,
        field_start: 0,
        record_bytes: 0,
        record_has_text: false,
        rows: 0,
        cells: 0,
        scanned: Scanned::default(),
    };
    let problem = walk(bytes, delimiter, &mut s).err();
    Scanned {
        problem,
        ..s.scanned
    }
}

fn walk(bytes: &[u8], delimiter: u8, s: &mut Scan<'_>) -> Result<(), TableProblem> {
    // Where the quote that is open now was opened: (line, column).
    let mut open_quote: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if open_quote.is_some() {
            s.check_field_size(i)?;
            s.record_bytes += 1;
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => open_quote = None,
                b'\n' => s.line += 1,
                _ => s.record_has_text = true,
            }
            i += 1;
            continue;
        }
        match b {
            b'\n' | b'\r' => {
                if b == b'\n' {
                    s.line += 1;
                } else if bytes.get(i + 1) == Some(&b'\n') {
                    // \r\n is one line end.
                    i += 1;
                    s.line += 1;
                }
                s.end_record(i)?;
            }
            _ if b == delimiter => {
                s.record_bytes += 1;
                s.next_field(i)?;
            }
            _ => {
                s.check_field_size(i)?;
                if b == b'"' && i == s.field_start {
                    open_quote = Some((s.line, s.field));
                } else if !b.is_ascii_whitespace() {
                    s.record_has_text = true;
                }
                s.record_bytes += 1;
            }
        }
        i += 1;
    }
    if let Some((line, column)) = open_quote {
        return Err(TableProblem::cell(line, column, Unreadable::UnclosedQuote));
    }
    s.end_record(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Option<(usize, Option<usize>, Unreadable)> {
        let bytes = text.as_bytes();
        scan(bytes, detect_delimiter(bytes), &Limits::REGISTER)
            .problem
            .map(|p| (p.row, p.column, p.kind))
    }

    #[test]
    fn detects_the_separator() {
        assert_eq!(detect_delimiter(b"a,b,c\n1,2,3"), b',');
        assert_eq!(detect_delimiter(b"a;b;c\n1;2;3"), b';');
        assert_eq!(detect_delimiter(b"\n\na\tb\tc"), b'\t');
        assert_eq!(detect_delimiter(b"\"a;b\",c\n"), b',');
        assert_eq!(detect_delimiter(b"name"), b',');
    }

    #[test]
    fn an_unclosed_quote_names_the_line_and_column_it_opened() {
        assert_eq!(
            problem("a,b\n1,\"x\n2,3\n"),
            Some((2, Some(1), Unreadable::UnclosedQuote))
        );
        assert_eq!(problem("a,b\n\"x,\"\"y\"\"\",2\n5\" pipe,3\n"), None);
        assert_eq!(problem("a,b\r\n\"two\r\nlines\",2\r\n"), None);
    }

    #[test]
    fn the_header_is_the_first_row_that_is_not_blank() {
        let bytes = b"\n,,\nName,Sector\nAnn,citizen\n";
        let scanned = scan(bytes, b',', &Limits::REGISTER);
        assert_eq!(scanned.problem, None);
        assert_eq!(scanned.header_end, Some(15));
    }
}
