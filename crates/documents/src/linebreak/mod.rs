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
    if letters < HYPHENATED_WORD || first.ch.is_ascii_uppercase() {
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

/// The width of the widest piece of `text` that no line break may split (a word, a number,
/// an ideograph with the marks kept to it), in the unit of `measure`: how narrow a column
/// can be before its text must be broken by force.
pub fn widest_unbreakable(text: &str, mut measure: impl FnMut(char) -> f32) -> f32 {
    let mut widest = 0.0f32;
    for hard_line in text.split('\n') {
        let glyphs = measured(hard_line, &mut measure);
        let allowed = allowed_breaks(hard_line, &glyphs);
        let mut start = 0;
        for end in 1..=glyphs.len() {
            if end == glyphs.len() || allowed[end] {
                let piece: f32 = glyphs[start..end]
                    .iter()
                    .rev()
                    .skip_while(|g| g.ch.is_whitespace())
                    .map(|g| g.advance)
                    .sum();
                widest = widest.max(piece);
                start = end;
            }
        }
    }
    widest
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
/// Chinese, addresses and units forbid.
fn allowed_breaks(s: &str, glyphs: &[Glyph]) -> Vec<bool> {
    let mut allowed = vec![false; glyphs.len() + 1];
    let mut byte_to_glyph = 0usize;
    for (byte, op) in linebreaks(s) {
        if op != BreakOpportunity::Allowed || byte >= s.len() {
            continue;
        }
        while byte_to_glyph < glyphs.len() && glyphs[byte_to_glyph].at < byte {
            byte_to_glyph += 1;
        }
        if byte_to_glyph < glyphs.len() && glyphs[byte_to_glyph].at == byte {
            allowed[byte_to_glyph] = true;
        }
    }
    let units = in_chinese_units(glyphs);
    // A break inside a unit: both neighbours in the same unit word.
    let inside_unit = |i: usize| i > 0 && i < glyphs.len() && units[i - 1] && units[i];
    for (i, slot) in allowed.iter_mut().enumerate() {
        if *slot
            && (!cjk_rules_allow_break(glyphs, i)
                || inside_address_after_hyphen(glyphs, i)
                || parts_number_from_unit(glyphs, i)
                || inside_unit(i))
        {
            *slot = false;
        }
    }
    allowed
}

/// Per glyph: is it part of a short Chinese unit written with a slash ("微克/立方米",
/// "万吨标准煤/亿元"), which reads as one word? Found in one pass over the words.
fn in_chinese_units(glyphs: &[Glyph]) -> Vec<bool> {
    let mut inside = vec![false; glyphs.len()];
    let mut start = 0;
    while start < glyphs.len() {
        let end = glyphs[start..]
            .iter()
            .position(|g| g.ch.is_whitespace())
            .map_or(glyphs.len(), |p| start + p);
        let word = &glyphs[start..end];
        let is_han = |g: &Glyph| concord_i18n::spacing::is_han(g.ch);
        if (2..=8).contains(&word.len())
            && word.iter().any(|g| g.ch == '/')
            && word.iter().any(is_han)
            && word
                .iter()
                .all(|g| g.ch == '/' || is_han(g) || g.ch.is_alphanumeric())
        {
            inside[start..end].fill(true);
        }
        start = end + 1;
    }
    inside
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
    let allowed = allowed_breaks(s, &glyphs);

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
                let loose = |b: usize| {
                    let used: f32 = glyphs[line_start..b]
                        .iter()
                        .rev()
                        .skip_while(|g| g.ch.is_whitespace())
                        .map(|g| g.advance)
                        .sum();
                    max_width - used > LOOSE * max_width
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
    let used = |end: usize| -> f32 {
        glyphs[start..end]
            .iter()
            .rev()
            .skip_while(|g| g.ch.is_whitespace())
            .map(|g| g.advance)
            .sum()
    };
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

/// Units a number is never parted from at the end of a line ("15 / min", "25 / %").
const UNITS: &[&str] = &[
    "%", "‰", "×", "min", "h", "s", "km", "m", "m²", "m³", "kg", "t", "tce", "kWh", "MWh", "GWh",
    "MW", "GW", "°C", "µg/m³", "CNY", "USD", "EUR", "ha", "mm", "cm", "pp",
];

/// The ideographs that count or date the number before them ("2021年", "1 号", "4 项", "3.2 亿元");
/// a longer unit ("38 微克/立方米") may start the next line whole.
const MEASURES: &str = "年月日时分秒天周岁号个项人次名位家座台件条类户所轮票届期倍万亿元吨米";

/// Would a line begin at glyph `i` with what counts the number that ends the line before:
/// a unit ("15 min", "25 %", "3,600 × 10⁴ t"), or a measure word ("2021年", "1 号", "4 项")?
fn parts_number_from_unit(glyphs: &[Glyph], i: usize) -> bool {
    let Some(next) = glyphs.get(i) else {
        return false;
    };
    let before = glyphs[..i].iter().rev().find(|g| !g.ch.is_whitespace());
    match before.map(|g| g.ch) {
        Some('×') => return true,
        Some(c) if c.is_ascii_digit() || is_superscript_digit(c) => {}
        _ => return false,
    }
    if MEASURES.contains(next.ch) {
        return true;
    }
    // The word that would start the line (no unit is longer than eight characters).
    let word: String = glyphs[i..]
        .iter()
        .map(|g| g.ch)
        .take_while(|c| !c.is_whitespace())
        .take(9)
        .collect();
    let word = word.trim_end_matches(|c: char| ",.;:)，。；：）".contains(c));
    // A magnitude is a factor: "3,600 × 10,000 t".
    UNITS.contains(&word) || word.starts_with('×')
}

fn is_superscript_digit(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹')
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
    match glyphs[..i].iter().rev().find(|g| !g.ch.is_whitespace()) {
        Some(prev) => !forbidden_at_line_end(prev.ch),
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
