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

/// Replaces the operating system's English "No such file or directory (os error 2)" in a
/// message's variables by the person's language, so a Chinese message has no English in it.
pub fn localized_os_errors(
    args: Vec<(&'static str, String)>,
    i18n: &concord_i18n::I18n,
) -> Vec<(&'static str, String)> {
    args.into_iter()
        .map(|(name, value)| {
            let id = os_error_number(&value).and_then(|n| match n {
                1 | 13 => Some("os-error-permission"),
                2 => Some("os-error-not-found"),
                17 => Some("os-error-exists"),
                20 => Some("os-error-not-a-folder"),
                21 => Some("os-error-is-a-folder"),
                28 => Some("os-error-no-space"),
                30 => Some("os-error-read-only"),
                _ => None,
            });
            match id {
                Some(id) => (name, i18n.msg(id)),
                None => (name, value),
            }
        })
        .collect()
}

/// N in a text that ends with "(os error N)".
fn os_error_number(text: &str) -> Option<i32> {
    let inner = text.strip_suffix(')')?;
    let start = inner.rfind("(os error ")?;
    inner[start + "(os error ".len()..].parse().ok()
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
    fn operating_system_errors_are_said_in_the_persons_language() {
        let zh = concord_i18n::I18n::new(concord_i18n::Locale::ZhCn);
        let args = vec![
            (
                "reason",
                "No such file or directory (os error 2)".to_owned(),
            ),
            ("path", "a (os error x)".to_owned()),
            ("other", "Something else (os error 999)".to_owned()),
        ];
        let out = localized_os_errors(args, &zh);
        assert_eq!(out[0].1, zh.msg("os-error-not-found"));
        assert!(!out[0].1.is_empty() && !out[0].1.contains("os error"));
        assert_eq!(out[1].1, "a (os error x)");
        assert_eq!(out[2].1, "Something else (os error 999)");
    }

    #[test]
    fn control_characters_are_dropped_and_lines_kept() {
        assert_eq!(
            printable("Mal\u{0}lory\u{1b}[31m\r\nnext\tcol"),
            "Mallory[31m\nnext\tcol"
        );
    }
}
