//! The glue between a number and its unit ("15 min", "2021年", "38 微克/立方米"): where a line
//! would rather not break. A break here is taken only when nothing else fits the line.

use super::{Glyph, char_before};

/// Units a number is never parted from at the end of a line ("15 / min", "25 / %").
const UNITS: &[&str] = &[
    "%", "‰", "×", "min", "h", "s", "km", "m", "m²", "m³", "kg", "t", "tce", "kWh", "MWh", "GWh",
    "MW", "GW", "°C", "µg/m³", "CNY", "USD", "EUR", "ha", "mm", "cm", "pp",
];

/// The ideographs that count or date the number before them ("2021年", "1 号", "4 项", "3.2 亿元");
/// a longer unit ("38 微克/立方米") may start the next line whole.
const MEASURES: &str = "年月日时分秒天周岁号个项人次名位家座台件条类户所轮票届期倍十百千万亿元吨米";

/// Would a line begin at glyph `i` with what counts the number that ends the line before:
/// a unit ("15 min", "25 %", "3,600 × 10⁴ t"), or a measure word ("2021年", "1 号", "4 项")?
pub(super) fn parts_number_from_unit(glyphs: &[Glyph], i: usize) -> bool {
    let Some(next) = glyphs.get(i) else {
        return false;
    };
    if inside_date(glyphs, i) {
        return true;
    }
    let before = char_before(glyphs, i);
    if before.is_some_and(|c| MAGNITUDES.contains(c)) && after_number(glyphs, i) {
        // "3,600 万吨", "31.50 百万吨": the magnitude and what it counts read as one word.
        return MEASURES.contains(next.ch) || MAGNITUDES.contains(next.ch);
    }
    match before {
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
    let word = word.trim_end_matches(|c: char| AFTER_UNIT.contains(c));
    // A magnitude is a factor: "3,600 × 10,000 t".
    UNITS.contains(&word) || word.starts_with('×')
}

/// Marks that may follow a unit and are no part of it.
const AFTER_UNIT: &str = ",.;:)，。；：）";

/// The ideographs that multiply the number before them ("3,600 万", "31.50 百万").
const MAGNITUDES: &str = "十百千万亿";

/// Do the magnitudes that end before glyph `i` follow a number ("31.50 百万|吨")?
fn after_number(glyphs: &[Glyph], i: usize) -> bool {
    glyphs[..i]
        .iter()
        .rev()
        .filter(|g| !g.ch.is_whitespace())
        .find(|g| !MAGNITUDES.contains(g.ch))
        .is_some_and(|g| g.ch.is_ascii_digit())
}

/// Would a break at glyph `i` part a date: "2026年11月 / 23日", "24 / November 2025"?
fn inside_date(glyphs: &[Glyph], i: usize) -> bool {
    // Quick: most breaks are between ideographs.
    let next = glyphs[i..].iter().find(|g| !g.ch.is_whitespace());
    match (char_before(glyphs, i), next.map(|g| g.ch)) {
        (Some('年' | '月'), Some(n)) if n.is_ascii_digit() => {}
        (Some(p), Some(n)) if p.is_ascii_digit() && n.is_ascii_uppercase() => {}
        _ => return false,
    }
    let text = |range: &[Glyph]| -> String {
        range
            .iter()
            .map(|g| g.ch)
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let before = text(&glyphs[i.saturating_sub(4)..i]);
    let after = text(&glyphs[i..(i + 12).min(glyphs.len())]);
    let digits_then = |s: &str, marks: &str| {
        let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < s.len() && rest.chars().next().is_some_and(|c| marks.contains(c))
    };
    let chinese = (before.ends_with('年') || before.ends_with('月'))
        && before
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit())
        && digits_then(&after, "月日");
    let english = before.ends_with(|c: char| c.is_ascii_digit())
        && concord_i18n::MONTHS_EN.iter().any(|m| after.starts_with(m));
    chinese || english
}

fn is_superscript_digit(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹')
}

/// Chinese units written without a slash, each part of which reads as one word ("28 百万吨 /
/// 二氧化碳当量" may break between the parts, never inside one); `|` parts them.
pub(super) const CHINESE_UNITS: &[&str] = &[
    "百万吨|二氧化碳当量",
    "吨|二氧化碳当量",
    "万吨|标准煤",
    "吨|标准煤",
    "万吨|二氧化碳",
    "立方米",
    "平方公里",
    "千瓦时",
    "兆瓦",
];

/// The first characters of the [`CHINESE_UNITS`].
pub(super) const UNIT_STARTS: &str = "百吨万立平千兆";

/// Where a word ends for the units: a space, a bracket or a pause ("万吨标准煤/亿元（10,000").
fn ends_word(c: char) -> bool {
    c.is_whitespace() || "（()），、；".contains(c)
}

/// Per glyph: the unit word it is part of (0: none), where a unit reads as one word: a part of
/// one of [`CHINESE_UNITS`], a short Chinese unit written with a slash ("微克/立方米",
/// "万吨标准煤/亿元") or a slashed one of [`UNITS`] ("µg/m³"). Found in one pass over the words.
pub(super) fn unit_words(glyphs: &[Glyph]) -> Vec<u32> {
    let mut words = vec![0; glyphs.len()];
    let mut next = 0;
    let mut start = 0;
    while start < glyphs.len() {
        let end = glyphs[start..]
            .iter()
            .position(|g| ends_word(g.ch))
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
            next += 1;
            words[start..end].fill(next);
        } else if let Some(unit) = slashed_latin_unit(word) {
            next += 1;
            words[start..start + unit].fill(next);
        } else if word.iter().any(is_han) {
            mark_chinese_units(word, &mut words[start..end], &mut next);
        }
        start = end + 1;
    }
    words
}

/// Numbers the parts of the [`CHINESE_UNITS`] inside a word, from `next` on.
fn mark_chinese_units(word: &[Glyph], words: &mut [u32], next: &mut u32) {
    let text: String = word.iter().map(|g| g.ch).collect();
    let mut skip = 0;
    for (i, (at, ch)) in text.char_indices().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        // Quick: most characters start no unit.
        if !UNIT_STARTS.contains(ch) {
            continue;
        }
        let unit = CHINESE_UNITS.iter().find(|u| {
            u.split('|')
                .try_fold(&text[at..], |rest, part| rest.strip_prefix(part))
                .is_some()
        });
        if let Some(unit) = unit {
            let mut k = i;
            for part in unit.split('|') {
                let n = part.chars().count();
                *next += 1;
                words[k..k + n].fill(*next);
                k += n;
            }
            skip = k - i - 1;
        }
    }
}

/// The length in glyphs of the slashed unit of [`UNITS`] a word is, less the marks that
/// follow it ("µg/m³),").
fn slashed_latin_unit(word: &[Glyph]) -> Option<usize> {
    if word.len() > 12 || !word.iter().any(|g| g.ch == '/') {
        return None;
    }
    let text: String = word.iter().map(|g| g.ch).collect();
    let unit = text.trim_end_matches(|c: char| AFTER_UNIT.contains(c));
    (unit.contains('/') && UNITS.contains(&unit)).then(|| unit.chars().count())
}
