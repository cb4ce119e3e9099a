//! Centred titles: balanced lines, and a Chinese title of two lines broken between words;
//! short Chinese captions broken between words too.

use super::{Align, Builder, PlacedLine, Style, break_lines};

/// Terms of the dialogue's language a title or a caption never breaks inside.
const TERMS: &[&str] = &[
    "主持人",
    "联络人",
    "副秘书长",
    "多方利益相关者",
    "利益相关者",
    "可持续发展",
    "碳中和",
    "碳达峰",
    "全体会议",
    "工作组",
    "会员宣言",
    "合作网络",
    "人民政府",
    "直辖市",
];

impl Builder {
    /// A centred text in as many lines as the full width needs, each about as long as the
    /// others: the narrowest width that keeps that line count, centred on the page, so a
    /// title never ends in a line of two characters.
    pub(super) fn balanced(&mut self, text: &str, style: Style) -> Vec<PlacedLine> {
        let clean = self.metrics.sanitize(text);
        let metrics = &mut self.metrics;
        let track = style.tracking / style.size;
        let mut count = |width: f32| {
            break_lines(&clean, width / style.size, |c| {
                metrics.advance_in(style.face, c) + track
            })
            .len()
        };
        let full = self.t.width;
        let lines = count(full);
        let (mut low, mut high) = (full / (lines as f32 + 1.0), full);
        if lines > 1 {
            for _ in 0..16 {
                let mid = (low + high) / 2.0;
                if count(mid) > lines {
                    low = mid;
                } else {
                    high = mid;
                }
            }
        }
        if lines == 2
            && let Some(cut) = self.cut_between_words(&clean, style, full)
        {
            let (first, second) = clean.split_at(cut);
            let mut placed = self.lines(first.trim_end(), style, self.t.left, full, Align::Center);
            placed.extend(self.lines(second.trim_start(), style, self.t.left, full, Align::Center));
            return placed;
        }
        let width = if lines > 1 { high } else { full };
        let x = self.t.left + (full - width) / 2.0;
        self.lines(text, style, x, width, Align::Center)
    }

    /// A short left-aligned text (a signature's caption) whose Chinese lines break as late as
    /// they can but never inside a term: "联络人（多方利益相关者对话 / 主持人）", not "…对话主 /
    /// 持人）". Each line of the text is set on its own; Latin text breaks as usual.
    pub(super) fn lines_between_terms(
        &mut self,
        text: &str,
        style: Style,
        x: f32,
        width: f32,
    ) -> Vec<PlacedLine> {
        let mut placed = Vec::new();
        for part in text.split('\n') {
            let mut rest = self.metrics.sanitize(part);
            while let Some(cut) = self.last_cut_outside_terms(&rest, style, width) {
                placed.extend(self.lines(rest[..cut].trim_end(), style, x, width, Align::Left));
                rest = rest[cut..].trim_start().to_owned();
            }
            placed.extend(self.lines(&rest, style, x, width, Align::Left));
        }
        placed
    }

    /// The latest break of a Chinese text too wide for `width` that leaves the first line
    /// within it and no term cut, when the plain break would cut one: a byte offset.
    fn last_cut_outside_terms(&mut self, text: &str, style: Style, width: f32) -> Option<usize> {
        if !text.chars().any(concord_i18n::spacing::is_han) {
            return None;
        }
        let (chars, widths) = self.widths_before(text, style);
        if widths[chars.len()] <= width {
            return None;
        }
        let valid = |i: usize| may_break_between(&chars, i) && widths[i] <= width;
        let plain = (1..chars.len()).rev().find(|&i| valid(i))?;
        if !inside_term(text, chars[plain].0) {
            return None;
        }
        (1..plain)
            .rev()
            .find(|&i| valid(i) && !inside_term(text, chars[i].0))
            .map(|i| chars[i].0)
    }

    /// Where a Chinese title of two lines breaks so that no term of the dialogue's language is
    /// cut ("多方利益相关者", "可持续发展") and the lines are as even as that allows: a byte
    /// offset, or `None` when the balanced break already falls between words or the text is
    /// not Chinese.
    fn cut_between_words(&mut self, text: &str, style: Style, full: f32) -> Option<usize> {
        if !text.chars().any(concord_i18n::spacing::is_han) {
            return None;
        }
        let (chars, widths) = self.widths_before(text, style);
        let inside_term = |at: usize| inside_term(text, at);
        let total = widths[chars.len()];
        let valid = |i: &usize| {
            let i = *i;
            may_break_between(&chars, i) && widths[i] <= full && total - widths[i] <= full
        };
        let uneven = |i: usize| (2.0 * widths[i] - total).abs();
        let most_even = |found: Option<usize>, i: usize| match found {
            Some(f) if uneven(f) <= uneven(i) => Some(f),
            _ => Some(i),
        };
        let balanced = (1..chars.len()).filter(valid).fold(None, most_even)?;
        if !inside_term(chars[balanced].0) {
            return None;
        }
        (1..chars.len())
            .filter(valid)
            .filter(|&i| !inside_term(chars[i].0))
            .fold(None, most_even)
            .map(|i| chars[i].0)
    }
}

impl Builder {
    /// A text's characters with their byte offsets, and the width set before each of them
    /// (one more entry: the whole width).
    /// The widest term of [`TERMS`] in `text`, in points (0 when it holds none): a table
    /// header broken between words needs its column at least this wide.
    pub(super) fn widest_term(&mut self, text: &str, style: Style) -> f32 {
        TERMS
            .iter()
            .filter(|term| text.contains(*term))
            .map(|term| {
                let chars = term.chars().count() as f32;
                self.metrics.width_in(style.face, term) * style.size + chars * style.tracking
            })
            .fold(0.0, f32::max)
    }

    fn widths_before(&mut self, text: &str, style: Style) -> (Vec<(usize, char)>, Vec<f32>) {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut widths = Vec::with_capacity(chars.len() + 1);
        let mut sum = 0.0;
        widths.push(0.0);
        for (_, c) in &chars {
            sum += self.metrics.advance_in(style.face, *c) * style.size + style.tracking;
            widths.push(sum);
        }
        (chars, widths)
    }
}

/// May a line break before character `i`: beside an ideograph, and as the Chinese rules on
/// the punctuation that opens and closes a line allow.
fn may_break_between(chars: &[(usize, char)], i: usize) -> bool {
    let (prev, next) = (chars[i - 1].1, chars[i].1);
    (concord_i18n::spacing::is_han(prev) || concord_i18n::spacing::is_han(next))
        && !crate::linebreak::forbidden_at_line_start(next)
        && !crate::linebreak::forbidden_at_line_end(prev)
}

/// Does a break at byte `at` cut one of the terms?
fn inside_term(text: &str, at: usize) -> bool {
    TERMS.iter().any(|term| {
        text.match_indices(term)
            .any(|(start, _)| start < at && at < start + term.len())
    })
}
