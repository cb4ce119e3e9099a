//! Everything the command line prints goes through here: control characters a file or a
//! tampered row may carry never reach the terminal, and a reader that closed the pipe
//! (`concord audit log | head -1`) ends the command quietly instead of a panic.

use std::io::Write;

/// A line on standard output.
pub fn line(text: &str) {
    emit(&mut std::io::stdout().lock(), text);
}

/// A line on standard error (problems, warnings, progress).
pub fn problem(text: &str) {
    emit(&mut std::io::stderr().lock(), text);
}

fn emit(out: &mut impl Write, text: &str) {
    let clean = printable(text);
    if let Err(error) = writeln!(out, "{clean}").and_then(|()| out.flush())
        && error.kind() == std::io::ErrorKind::BrokenPipe
    {
        // The reader has all it wanted; what was done is done, nothing is half-written.
        std::process::exit(0);
    }
}

/// The text without control characters other than line breaks and tabs.
pub fn printable(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_dropped_and_lines_kept() {
        assert_eq!(
            printable("Mal\u{0}lory\u{1b}[31m\r\nnext\tcol"),
            "Mallory[31m\nnext\tcol"
        );
    }
}
