//! Breaking a paragraph into lines by measured width.
//!
//! Break opportunities come from UAX #14 (`unicode-linebreak`), which already
//! allows breaks between ideographs, so Chinese text without spaces breaks
//! anywhere sensible. On top of that we enforce the Chinese rules (GB/T 15834
//! practice, 禁则) explicitly, because UAX #14 leaves some of them to tailoring
//! (quotation marks, for one): no line may start with a closing or pausing mark
//! and no line may end with an opening mark. A break that would violate them is
//! simply not an opportunity, so the mark travels with its neighbour.

use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::font::is_wide;

mod units;
use units::{parts_number_from_unit, unit_words};

/// Characters that must not start a line (closing brackets and quotes,
/// pausing and stopping marks, in full and half width).
pub const NO_LINE_START: &[char] = &[
    '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '》', '〉', '】', '〕', '〗', '〙',
    '〛', '］', '｝', '”', '’', '…', '‥', '·', '〃', '々', '～', '．', '｡', '､', '｣', '.', ',',
    ';', ':', '!', '?', ')', ']', '}',
];

/// Characters that must not end a line (opening brackets and quotes).
pub const NO_LINE_END: &[char] = &[
    '（', '「', '『', '《', '〈', '【', '〔', '〖', '〘', '〚', '［', '｛', '“', '‘', '｢', '(',
    '[', '{',
];

/// Whether `c` may not begin a line.
pub fn forbidden_at_line_start(c: char) -> bool {
    NO_LINE_START.contains(&c)
}

/// Whether `c` may not end a line.
pub fn forbidden_at_line_end(c: char) -> bool {
    NO_LINE_END.contains(&c)
}

/// One output line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The text, without the spaces at which it was broken.
    pub text: String,
    /// Its width in the unit of the measure function.
    pub width: f32,
    /// True when the line ended at an ordinary break inside a paragraph: only
    /// such lines may be stretched to the full width when justifying. The last
    /// line, a line before a hard break and a force-broken line are not.
    pub justifiable: bool,
    /// True when the line ends inside a word broken at a syllable: the hyphen is drawn after
    /// the text (and counted in the width), the text itself is the word's first part.
    pub hyphen: bool,
    /// How much the line's full-width marks must give up for it to fit (in the unit of the
    /// width; see `font::compressible`): a Chinese line that would otherwise end before a
    /// Latin word and be spread out is set tight and takes the word.
    pub tight: f32,
}

impl Line {
    /// The share of its marks' empty halves a tight line gives up, and the em that takes out
    /// (0 and 0 for a line set normally).
    pub fn tight_share(&self) -> (f32, f32) {
        if self.tight <= 0.0 {
            return (0.0, 0.0);
        }
        let chars: Vec<char> = self.text.chars().collect();
        let room: f32 = crate::font::compressible(&chars).iter().sum();
        if room <= 0.0 {
            return (0.0, 0.0);
        }
        let share = (self.tight / room).min(1.0);
        (share, share * room)
    }
}

/// Break `text` into lines no wider than `max_width`.
///
/// `measure` gives the advance of one character in the same unit as
/// `max_width`. `\n` is a hard break (an empty line between two `\n` is kept).
/// Spaces at which a line is broken are dropped; all other characters end up
/// in exactly one line, in order. A line is wider than `max_width` only if it
/// holds a single character that is wider by itself.
pub fn break_lines(text: &str, max_width: f32, measure: impl FnMut(char) -> f32) -> Vec<Line> {
    break_lines_with(text, max_width, measure, Breaking::default())
}

/// How a text is broken, besides its width.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Breaking {
    /// For justified text: a long English word that would leave a line loosely spaced is
    /// broken at a syllable with a hyphen (US English patterns), as book typesetting does;
    /// names (a capital first) and anything not plain letters are never hyphenated.
    pub hyphenate: bool,
    /// Lines from this index on (counted over the whole text) are broken this much narrower,
    /// in the unit of the width: a paragraph's last lines take a few characters from the line
    /// before without respacing the whole paragraph.
    pub narrower_from: Option<(usize, f32)>,
}

/// [`break_lines`], broken as `how` says.
pub fn break_lines_with(
    text: &str,
    max_width: f32,
    mut measure: impl FnMut(char) -> f32,
    how: Breaking,
) -> Vec<Line> {
    let mut out = Vec::new();
    if text.is_empty() {
        return out;
    }
    let rules = Rules {
        max_width,
        hyphen: how.hyphenate.then(|| measure('-')),
        narrower_from: how.narrower_from,
        em: measure('中'),
    };
    for hard_line in text.split('\n') {
        break_hard_line(hard_line, &rules, &mut measure, &mut out);
    }
    out
}

/// The widths and the hyphen's advance a text is broken with.
#[derive(Debug)]
struct Rules {
    max_width: f32,
    hyphen: Option<f32>,
    narrower_from: Option<(usize, f32)>,
    /// An ideograph's advance: the unit of the room a line leaves.
    em: f32,
}

impl Rules {
    /// The width of the line with index `line`.
    fn width(&self, line: usize) -> f32 {
        match self.narrower_from {
            Some((from, by)) if line >= from => self.max_width - by,
            _ => self.max_width,
        }
    }
}

/// A line left looser than this share of its width has its next word hyphenated if it can.
const LOOSE: f32 = 0.08;
/// The shortest word hyphenated, in letters.
const HYPHENATED_WORD: usize = 6;

/// Where to end a line inside the word that starts at glyph `word` and overflows it: the
/// last syllable boundary that leaves room for the hyphen, as a glyph index, or `None`.
fn syllable_break(
    glyphs: &[Glyph],
    s: &str,
    line_start: usize,
    word: usize,
    max_width: f32,
    hyphen: f32,
) -> Option<usize> {
    let letters = glyphs[word..]
        .iter()
        .take_while(|g| g.ch.is_ascii_alphabetic())
        .count();
    let first = glyphs.get(word)?;
    // A capital marks a name, unless the word opens a sentence ("rationale. Partici-pants").
    let opens_sentence = matches!(char_before(glyphs, word), Some('.' | '!' | '?'));
    let all_caps = glyphs[word..word + letters]
        .iter()
        .all(|g| g.ch.is_ascii_uppercase());
    if letters < HYPHENATED_WORD || first.ch.is_ascii_uppercase() && (!opens_sentence || all_caps) {
        return None;
    }
    // Only a word of running text: one glued to what is around it (an address, a path, a
    // compound with a hyphen or a slash, a number) is left whole.
    let glued = |g: &Glyph| g.ch.is_alphanumeric() || matches!(g.ch, '-' | '/' | '_' | '@' | '.');
    let opens = word == 0
        || glyphs[word - 1].ch.is_whitespace()
        || matches!(glyphs[word - 1].ch, '(' | '[' | '“' | '‘' | '"' | '\'');
    let after = &glyphs[word + letters..];
    let closes = match after {
        [] => true,
        [g, ..] if !glued(g) => true,
        // A full stop ends the word when a space (or nothing) follows it.
        [g, rest @ ..] if g.ch == '.' => rest.first().is_none_or(|n| n.ch.is_whitespace()),
        _ => false,
    };
    if !opens || !closes {
        return None;
    }
    let end = glyphs.get(word + letters).map_or(s.len(), |g| g.at);
    let before: f32 = glyphs[line_start..word].iter().map(|g| g.advance).sum();
    let mut best = None;
    let mut at = word;
    let syllables: Vec<&str> =
        hypher::hyphenate_bounded(&s[first.at..end], hypher::Lang::English, 3, 3).collect();
    for syllable in &syllables[..syllables.len().saturating_sub(1)] {
        at += syllable.chars().count();
        let width = before + glyphs[word..at].iter().map(|g| g.advance).sum::<f32>() + hyphen;
        if width > max_width {
            break;
        }
        best = Some(at);
    }
    best
}

/// The widest pieces of `text` a line break would not split, in the unit of `measure`: how
/// narrow a column can be before its text is broken against the rules.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Pieces {
    /// A word, a number, an ideograph with the marks kept to it: never split but by force.
    pub unbreakable: f32,
    /// The same with each number kept with its unit ("0.8840 万吨标准煤/亿元"), as lines are
    /// broken wherever the line has room for them.
    pub with_units: f32,
}

/// The widest pieces of `text`, without and with the units kept to their numbers.
pub fn widest_pieces(text: &str, mut measure: impl FnMut(char) -> f32) -> Pieces {
    let mut widest = Pieces::default();
    for hard_line in text.split('\n') {
        let glyphs = measured(hard_line, &mut measure);
        let breaks = breaks(hard_line, &glyphs);
        for (allowed, out) in [
            (&breaks.loose, &mut widest.unbreakable),
            (&breaks.strict, &mut widest.with_units),
        ] {
            let mut start = 0;
            for end in 1..=glyphs.len() {
                if end == glyphs.len() || allowed[end] {
                    *out = out.max(trimmed_width(&glyphs[start..end]));
                    start = end;
                }
            }
        }
    }
    widest
}

/// The last character before glyph `i` that is not a space: what a line broken at `i` ends
/// with.
fn char_before(glyphs: &[Glyph], i: usize) -> Option<char> {
    glyphs[..i]
        .iter()
        .rev()
        .find(|g| !g.ch.is_whitespace())
        .map(|g| g.ch)
}

/// The width of `glyphs` without the spaces they end with: what a line of them takes.
fn trimmed_width(glyphs: &[Glyph]) -> f32 {
    glyphs
        .iter()
        .rev()
        .skip_while(|g| g.ch.is_whitespace())
        .map(|g| g.advance)
        .sum()
}

/// The characters of `s` with their offsets and advances.
fn measured(s: &str, measure: &mut impl FnMut(char) -> f32) -> Vec<Glyph> {
    s.char_indices()
        .map(|(at, ch)| Glyph {
            at,
            ch,
            advance: measure(ch),
        })
        .collect()
}

/// A character with its byte offset and advance.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    at: usize,
    ch: char,
    advance: f32,
}

/// Glyph indices at which a line may begin: UAX #14's opportunities, less those the rules of
/// Chinese and addresses forbid (`loose`), and less those inside a number with its unit
/// (`strict`, the breaks a line takes while it has a choice).
struct Breaks {
    strict: Vec<bool>,
    loose: Vec<bool>,
}

fn breaks(s: &str, glyphs: &[Glyph]) -> Breaks {
    let mut loose = vec![false; glyphs.len() + 1];
    let mut byte_to_glyph = 0usize;
    for (byte, op) in linebreaks(s) {
        if op != BreakOpportunity::Allowed || byte >= s.len() {
            continue;
        }
        while byte_to_glyph < glyphs.len() && glyphs[byte_to_glyph].at < byte {
            byte_to_glyph += 1;
        }
        if byte_to_glyph < glyphs.len() && glyphs[byte_to_glyph].at == byte {
            loose[byte_to_glyph] = true;
        }
    }
    for (i, slot) in loose.iter_mut().enumerate() {
        if *slot && (!cjk_rules_allow_break(glyphs, i) || inside_address_after_hyphen(glyphs, i)) {
            *slot = false;
        }
    }
    let units = unit_words(glyphs);
    // A break inside a unit: both neighbours in the same unit word.
    let inside_unit =
        |i: usize| i > 0 && i < glyphs.len() && units[i - 1] != 0 && units[i - 1] == units[i];
    let strict = loose
        .iter()
        .enumerate()
        .map(|(i, &ok)| ok && !parts_number_from_unit(glyphs, i) && !inside_unit(i))
        .collect();
    Breaks { strict, loose }
}

fn break_hard_line(
    s: &str,
    rules: &Rules,
    measure: &mut impl FnMut(char) -> f32,
    out: &mut Vec<Line>,
) {
    let hyphen = rules.hyphen;
    if s.trim().is_empty() {
        out.push(Line {
            text: String::new(),
            width: 0.0,
            justifiable: false,
            hyphen: false,
            tight: 0.0,
        });
        return;
    }
    let glyphs = measured(s, measure);
    let Breaks {
        strict: allowed,
        loose,
    } = breaks(s, &glyphs);

    let mut line_start = 0usize;
    // Candidate end (exclusive glyph index) of the line being filled and the
    // width up to it without trailing spaces.
    let mut i = 0usize;
    let mut last_break: Option<usize> = None;
    let mut width = 0.0f32;
    while i < glyphs.len() {
        if i > line_start && allowed[i] {
            last_break = Some(i);
        }
        let g = glyphs[i];
        let new_width = width + g.advance;
        let max_width = rules.width(out.len());
        // Trailing spaces never push a line over the limit: they are dropped.
        if new_width > max_width && !g.ch.is_whitespace() && i > line_start {
            if let Some(b) = last_break {
                let b = rather_than_a_gap(&glyphs, &loose, (line_start, b, i), rules, max_width);
                let loose = |b: usize| {
                    max_width - trimmed_width(&glyphs[line_start..b]) > LOOSE * max_width
                };
                // Never three hyphenated lines in a row.
                let ladder = out.len() >= 2 && out[out.len() - 2..].iter().all(|l| l.hyphen);
                let cut = hyphen
                    .filter(|_| loose(b) && !ladder)
                    .and_then(|h| syllable_break(&glyphs, s, line_start, b, max_width, h));
                if let Some((end, tight)) =
                    tight_fit(&glyphs, &allowed, line_start, b, i, rules, max_width)
                {
                    let last = end == glyphs.len();
                    emit(&glyphs, s, line_start, end, !last, out);
                    if let Some(line) = out.last_mut() {
                        line.tight = tight;
                    }
                    line_start = skip_spaces(&glyphs, end);
                } else if let (Some(cut), Some(h)) = (cut, hyphen) {
                    emit(&glyphs, s, line_start, cut, true, out);
                    if let Some(line) = out.last_mut() {
                        line.hyphen = true;
                        line.width += h;
                    }
                    line_start = cut;
                } else {
                    emit(&glyphs, s, line_start, b, true, out);
                    line_start = skip_spaces(&glyphs, b);
                }
            } else if let Some(b) = unit_break(&glyphs, &loose, line_start, i) {
                // A number with its unit wider than the line ("0.8840 万吨标准煤/亿元" in a
                // narrow column) breaks where the rules of the text allow.
                emit(&glyphs, s, line_start, b, true, out);
                line_start = skip_spaces(&glyphs, b);
            } else {
                // One unbreakable run is wider than the line: force a break,
                // still honouring the punctuation rules where possible.
                let b = forced_break(&glyphs, line_start, i);
                emit(&glyphs, s, line_start, b, false, out);
                line_start = skip_spaces(&glyphs, b);
            }
            i = line_start;
            width = 0.0;
            last_break = None;
            continue;
        }
        width = new_width;
        i += 1;
    }
    if line_start < glyphs.len() {
        emit(&glyphs, s, line_start, glyphs.len(), false, out);
    }
}

/// Room a justified line may leave before a number gives up its unit to fill it, in ems:
/// "“到 / 2030 年" would spread four ems over the line's gaps, "“到 2030 / 年" none.
const GAP_BEFORE_UNIT: f32 = 2.0;

/// The break a justified line takes at `b` (`line` is its start, `b`, and the glyph that
/// overflows): a later break inside a number with its unit when `b` would leave the line
/// more than [`GAP_BEFORE_UNIT`] short.
fn rather_than_a_gap(
    glyphs: &[Glyph],
    loose: &[bool],
    (start, b, overflow): (usize, usize, usize),
    rules: &Rules,
    max_width: f32,
) -> usize {
    if rules.hyphen.is_none() {
        return b;
    }
    if max_width - trimmed_width(&glyphs[start..b]) <= GAP_BEFORE_UNIT * rules.em {
        return b;
    }
    unit_break(glyphs, loose, b, overflow).unwrap_or(b).max(b)
}

/// Where a number with its unit that overflows at glyph `overflow` breaks: between the
/// number and its unit ("0.8840 / 万吨标准煤/亿元"), else after a slash of the unit ("万吨标准煤/
/// / 亿元"), else at the last break the text's rules allow.
fn unit_break(glyphs: &[Glyph], loose: &[bool], start: usize, overflow: usize) -> Option<usize> {
    let candidates = || (start + 1..=overflow).rev().filter(|&b| loose[b]);
    let after_digit = |b: usize| char_before(glyphs, b).is_some_and(|c| c.is_ascii_digit());
    candidates()
        .find(|&b| after_digit(b) && parts_number_from_unit(glyphs, b))
        .or_else(|| candidates().find(|&b| glyphs[b - 1].ch == '/'))
        .or_else(|| candidates().next())
}

/// A line with ideographs that overflows inside a Latin word (or number) and would end at
/// `b` with more than an ideograph's room left: where setting its full-width marks tight makes
/// room for the word up to its end (the next break after `overflow`), the line takes it.
/// Returns the line's end and the room its marks give up.
fn tight_fit(
    glyphs: &[Glyph],
    allowed: &[bool],
    start: usize,
    b: usize,
    overflow: usize,
    rules: &Rules,
    max_width: f32,
) -> Option<(usize, f32)> {
    let used = |end: usize| trimmed_width(&glyphs[start..end]);
    let latin = |g: &Glyph| g.ch.is_alphanumeric() && !is_wide(g.ch);
    if !latin(&glyphs[overflow]) || max_width - used(b) <= rules.em {
        return None;
    }
    if !glyphs[start..b].iter().any(|g| is_wide(g.ch)) {
        return None;
    }
    let end = (overflow + 1..=glyphs.len()).find(|&k| k == glyphs.len() || allowed[k])?;
    let need = used(end) - max_width;
    let chars: Vec<char> = glyphs[start..end].iter().map(|g| g.ch).collect();
    let room: f32 = crate::font::compressible(&chars).iter().sum::<f32>() * rules.em;
    (need > 0.0 && need <= room).then_some((end, need))
}

/// A break after the hyphen of a web address ("www.esci-" / "ksp.org") reads as a hyphenated
/// word: an address breaks after its slashes and dots instead.
fn inside_address_after_hyphen(glyphs: &[Glyph], i: usize) -> bool {
    if i == 0 || glyphs[i - 1].ch != '-' {
        return false;
    }
    let word: String = glyphs[..i]
        .iter()
        .rev()
        .take_while(|g| !g.ch.is_whitespace())
        .map(|g| g.ch)
        .collect();
    // Reversed: "://", "www." and "@" read backwards.
    word.contains("//:") || word.contains(".www") || word.contains('@')
}

/// UAX #14 tailoring for Chinese: may a line begin at glyph `i`?
fn cjk_rules_allow_break(glyphs: &[Glyph], i: usize) -> bool {
    let Some(next) = glyphs.get(i) else {
        return true;
    };
    if forbidden_at_line_start(next.ch) {
        return false;
    }
    // The line before the break ends with its last non-space character.
    match char_before(glyphs, i) {
        Some(prev) => !forbidden_at_line_end(prev),
        // Only spaces before: breaking would produce an empty first line.
        None => false,
    }
}

/// Where to cut an unbreakable run that starts at `start` and no longer fits
/// at glyph `overflow`: the last position that keeps the punctuation rules,
/// else right before the overflowing glyph. Always at least one glyph.
fn forced_break(glyphs: &[Glyph], start: usize, overflow: usize) -> usize {
    ((start + 1)..=overflow)
        .rev()
        .find(|&b| {
            !forbidden_at_line_start(glyphs[b].ch) && !forbidden_at_line_end(glyphs[b - 1].ch)
        })
        .unwrap_or(overflow.max(start + 1))
}

fn skip_spaces(glyphs: &[Glyph], mut i: usize) -> usize {
    while i < glyphs.len() && glyphs[i].ch.is_whitespace() {
        i += 1;
    }
    i
}

fn emit(
    glyphs: &[Glyph],
    s: &str,
    start: usize,
    end: usize,
    justifiable: bool,
    out: &mut Vec<Line>,
) {
    let mut end_trim = end;
    while end_trim > start && glyphs[end_trim - 1].ch.is_whitespace() {
        end_trim -= 1;
    }
    let from = glyphs[start].at;
    let to = glyphs.get(end_trim).map_or(s.len(), |g| g.at);
    let width = glyphs[start..end_trim].iter().map(|g| g.advance).sum();
    out.push(Line {
        text: s[from..to].to_owned(),
        width,
        justifiable,
        hyphen: false,
        tight: 0.0,
    });
}

#[cfg(test)]
mod tests;
