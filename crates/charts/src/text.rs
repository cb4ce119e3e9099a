//! Fitting labels into the room they have: wrap at spaces and between ideographs, and
//! shorten with an ellipsis what still does not fit, so that no label overlaps another.

/// Width in em of `text` in a typical CJK face (Noto Sans CJK's Latin is close to this):
/// the SVG renderer's estimate when no real metrics are at hand.
pub fn estimate_width(text: &str) -> f32 {
    text.chars().map(estimate_advance).sum()
}

fn estimate_advance(c: char) -> f32 {
    match c {
        _ if is_wide(c) => 1.0,
        ' ' => 0.23,
        '0'..='9' => 0.555,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.25,
        'm' | 'w' => 0.82,
        'M' | 'W' => 0.9,
        'A'..='Z' => 0.64,
        'a'..='z' => 0.52,
        '(' | ')' | '[' | ']' | '-' => 0.33,
        _ => 0.6,
    }
}

/// Ideographs, kana, Hangul and full-width forms: one em, and a line may break on either
/// side of them.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFF)
}

/// Marks a line may not start with (clreq: closing punctuation).
fn no_break_before(c: char) -> bool {
    "，。、；：！？）」』》〉】〕”’%,.;:!?)]…·".contains(c)
}

/// Marks a line may not end with (opening punctuation).
fn no_break_after(c: char) -> bool {
    "（「『《〈【〔“‘([".contains(c)
}

/// Pieces between break opportunities; a piece keeps its trailing spaces.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(p) = prev {
            let after_space = p == ' ' && c != ' ';
            let beside_wide = (is_wide(p) || is_wide(c)) && c != ' ';
            let opportunity =
                (after_space || beside_wide) && !no_break_before(c) && !no_break_after(p);
            if opportunity && i > start {
                out.push(&text[start..i]);
                start = i;
            }
        }
        prev = Some(c);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// `text` in lines no wider than `width` points at `size`, at most `max_lines` (at least
/// one); the last line is shortened with "…" when the text does not fit. `\n` is a hard
/// break.
pub fn wrap(
    text: &str,
    width: f32,
    size: f32,
    max_lines: usize,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Vec<String> {
    fit(text, width, size, max_lines, measure).0
}

/// As [`wrap`], and whether anything had to be shortened: a layout tries more lines or
/// more room before it settles for that.
pub fn fit(
    text: &str,
    width: f32,
    size: f32,
    max_lines: usize,
    measure: &mut dyn FnMut(&str) -> f32,
) -> (Vec<String>, bool) {
    let max_lines = max_lines.max(1);
    let limit = (width / size.max(0.1)).max(0.0);
    let mut lines: Vec<String> = Vec::new();
    let mut overflow = false;
    let paragraphs: Vec<&str> = text.split('\n').collect();
    'paragraphs: for (i, paragraph) in paragraphs.iter().enumerate() {
        let mut line = String::new();
        for piece in pieces(paragraph.trim()) {
            let candidate = format!("{line}{piece}");
            if line.is_empty() || measure(candidate.trim_end()) <= limit {
                line = candidate;
                continue;
            }
            lines.push(line.trim_end().to_owned());
            if lines.len() == max_lines {
                overflow = true;
                break 'paragraphs;
            }
            line = piece.to_owned();
        }
        lines.push(line.trim_end().to_owned());
        if lines.len() >= max_lines {
            // Paragraphs left over are cut off too, not silently dropped.
            let rest = paragraphs[i + 1..].iter().any(|p| !p.trim().is_empty());
            overflow = lines.len() > max_lines || rest;
            break;
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
    }
    let mut shortened = overflow;
    if overflow && let Some(last) = lines.last_mut() {
        *last = shorten(&format!("{last}…"), width, size, measure);
    }
    // A single piece wider than the room (a long word) is shortened too.
    for line in &mut lines {
        if measure(line) > limit {
            *line = shorten(line, width, size, measure);
            shortened = true;
        }
    }
    (lines, shortened)
}

/// `text` cut to fit `width` points at `size`, ending in "…" when cut.
pub fn shorten(text: &str, width: f32, size: f32, measure: &mut dyn FnMut(&str) -> f32) -> String {
    let limit = width / size.max(0.1);
    if measure(text) <= limit {
        return text.to_owned();
    }
    let body = text.trim_end_matches('…');
    let mut chars: Vec<char> = body.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if measure(&candidate) <= limit {
            return candidate;
        }
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> f32 {
        estimate_width(s)
    }

    #[test]
    fn chinese_wraps_between_ideographs_not_before_closing_marks() {
        let lines = wrap("组织机构，协调防灾减灾工作", 50.0, 10.0, 3, &mut m);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(m(l) * 10.0 <= 50.0 + 1e-3, "{l}");
            assert!(!l.starts_with('，'), "{lines:?}");
        }
        assert_eq!(lines.concat(), "组织机构，协调防灾减灾工作");
    }

    #[test]
    fn latin_wraps_at_spaces() {
        let lines = wrap("Organise for disaster resilience", 80.0, 8.0, 3, &mut m);
        assert_eq!(lines, ["Organise for disaster", "resilience"]);
    }

    #[test]
    fn too_long_is_shortened_with_an_ellipsis() {
        let lines = wrap(
            "一二三四五六七八九十一二三四五六七八九十",
            40.0,
            10.0,
            2,
            &mut m,
        );
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(m(&lines[1]) * 10.0 <= 40.0 + 1e-3);
        let word = wrap("Supercalifragilistic", 30.0, 10.0, 1, &mut m);
        assert!(
            word[0].ends_with('…') && m(&word[0]) * 10.0 <= 30.0,
            "{word:?}"
        );
    }

    #[test]
    fn fit_tells_whether_it_shortened() {
        let text = "Safeguard natural buffers to enhance the protective functions";
        assert!(fit(text, 90.0, 8.0, 2, &mut m).1);
        let (lines, short) = fit(text, 90.0, 8.0, 4, &mut m);
        assert!(!short, "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn hard_breaks_beyond_the_last_line_are_not_dropped() {
        let (lines, short) = fit("第一段\nSecond paragraph", 200.0, 8.0, 1, &mut m);
        assert!(short && lines[0].ends_with('…'), "{lines:?}");
        let (lines, short) = fit("第一段\nSecond paragraph", 200.0, 8.0, 2, &mut m);
        assert!(!short, "{lines:?}");
    }

    #[test]
    fn empty_and_tiny_rooms() {
        assert_eq!(wrap("", 50.0, 10.0, 2, &mut m), [""]);
        assert_eq!(shorten("abc", 0.0, 10.0, &mut m), "");
    }
}
