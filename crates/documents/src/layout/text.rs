//! Text blocks: headings, paragraphs and key–value lines, and how one broken line is placed
//! and justified.

use super::page::{is_wide, justification_gaps};
use super::table::{RowFrame, grid_row};
use super::{Builder, MAX_CHAR_STRETCH, MAX_WORD_STRETCH, PlacedLine, Role, Style, TextRun};
use crate::font::squeeze;
use crate::linebreak::{Breaking, Line, break_lines_with};
use crate::model::{Align, Heading, HeadingLevel, KeyValue, Paragraph, TextStyle};

/// A heading only in English where the official style sets 楷体: 楷体 has no roman of its
/// own and the body's roman would read as body text, so the English takes the bold serif.
fn english_heading(style: Style, text: &str) -> Style {
    if style.face == crate::face::Face::Kai && !text.chars().any(concord_i18n::spacing::is_han) {
        Style {
            face: crate::face::Face::SerifBold,
            ..style
        }
    } else {
        style
    }
}

impl Builder {
    pub(super) fn heading(&mut self, h: &Heading) {
        let text = match &h.official {
            Some(official) if self.t.page_numbers == super::theme::PageNumbers::Official => {
                official
            }
            _ => &h.text,
        };
        let style = self.t.heading(h.level, text);
        let (before, after) = match h.level {
            HeadingLevel::H1 => (18.0, 7.0),
            HeadingLevel::H2 => (13.0, 5.0),
            HeadingLevel::H3 => (10.0, 4.0),
        };
        let space = self.begin(before);
        let role = match h.level {
            HeadingLevel::H1 => Role::H1,
            HeadingLevel::H2 => Role::H2,
            HeadingLevel::H3 => Role::H3,
        };
        let id = self.open(role, None);
        let bookmark = match h.secondary.as_deref().map(str::trim) {
            Some(sec) if !sec.is_empty() => format!("{} {sec}", h.text.trim()),
            _ => text.trim().to_owned(),
        };
        self.elements[id].outline = Some(bookmark.replace('\n', " "));
        let (left, width) = (self.t.left, self.t.width);
        let mut lines = self.lines(text, english_heading(style, text), left, width, Align::Left);
        if let Some(sec) = &h.secondary {
            self.open_second_language(id);
            // The translation has the weight of the original: the same style (under a 楷体
            // heading, the roman of the body face, never bolder than the Chinese above it).
            lines.extend(self.lines(sec, style, left, width, Align::Left));
        }
        // Every heading line keeps with the next unit: the chain reaches the
        // first line(s) of what follows, so a heading never ends a page.
        self.push_lines(lines, space, |_, _| true);
        self.end(after);
        self.after_heading = true;
    }

    pub(super) fn paragraph(&mut self, p: &Paragraph) {
        let (style, before, after) = match p.style {
            TextStyle::Normal => (self.t.body, 0.0, 5.0),
            TextStyle::Secondary => (self.t.secondary, 0.0, 9.0),
        };
        let space = self.begin(before);
        let id = self.open(Role::P, None);
        if p.style == TextStyle::Secondary {
            self.elements[id].lang = self.second_language.clone();
        }
        let lines = if self.t.indent && p.align == Align::Justify {
            self.indented(&p.text, style)
        } else if p.align == Align::Justify {
            self.without_lone_char(style, |b| {
                b.lines(&p.text, style, b.t.left, b.t.width, p.align)
            })
        } else {
            self.lines(&p.text, style, self.t.left, self.t.width, p.align)
        };
        if lines.is_empty() {
            return;
        }
        // A one-line paragraph under a heading (who presents an item, a lead) belongs to the
        // heading: it keeps with the text below too, so the two never end a page together.
        // A paragraph ending in a colon introduces what follows (a table, a list) and keeps
        // with it too.
        let introduces = p.text.trim_end().ends_with([':', '：']);
        let keep_last =
            p.keep_with_next || introduces || (self.follows_heading && lines.len() == 1);
        // Orphans and widows: the first two and the last two lines stay
        // together (a 2- or 3-line paragraph is never split).
        self.push_lines(lines, space, |i, n| {
            if i + 1 == n {
                keep_last
            } else {
                i == 0 || i + 2 == n
            }
        });
        self.end(after);
    }

    /// A justified paragraph whose first line starts two characters in (the official style):
    /// broken with two ideographic spaces in front, then placed without them, two characters
    /// in and two characters narrower, so it is justified to the same right edge as the rest
    /// (an English first line included: the spaces are not Latin word gaps to stretch).
    fn indented(&mut self, text: &str, style: Style) -> Vec<PlacedLine> {
        let clean = self.metrics.sanitize(text);
        // Each line of the text is a paragraph of its own and starts indented.
        // Each ends without a line of one character.
        clean
            .split('\n')
            .flat_map(|part| self.without_lone_char(style, |b| b.indented_part(part, style)))
            .collect()
    }

    fn indented_part(&mut self, text: &str, style: Style) -> Vec<PlacedLine> {
        const INDENT: &str = "\u{3000}\u{3000}";
        let (left, width) = (self.t.left, self.t.width);
        let metrics = &mut self.metrics;
        let track = style.tracking / style.size;
        let how = Breaking {
            hyphenate: true,
            narrower_from: self.narrower.map(|(from, by)| (from, by / style.size)),
        };
        let mut broken = break_lines_with(
            &format!("{INDENT}{text}"),
            width / style.size,
            |c| metrics.advance_in(style.face, c) + track,
            how,
        );
        let em = self.metrics.advance_in(style.face, '\u{3000}') + track;
        let indent = 2.0 * em * style.size;
        if let Some(first) = broken.first_mut()
            && let Some(rest) = first.text.strip_prefix(INDENT)
        {
            first.text = rest.to_owned();
            first.width -= 2.0 * em;
        }
        let tag = self.current;
        broken
            .into_iter()
            .enumerate()
            .filter(|(_, line)| !line.text.is_empty())
            .map(|(i, line)| {
                let (x, w) = if i == 0 {
                    (left + indent, width - indent)
                } else {
                    (left, width)
                };
                let mut placed = place_line(line, style, x, w, Align::Justify);
                placed.run.tag = tag;
                placed
            })
            .collect()
    }

    pub(super) fn key_values(&mut self, entries: &[KeyValue]) {
        if entries.is_empty() {
            return;
        }
        let mut space = self.begin(4.0);
        let t = self.t;
        let label_style = t.kv_label;
        // At least one character's width between the longest label and its value.
        let gap = label_style.size.max(12.0);
        let mut width_of = |s: &str| {
            let s = self.metrics.sanitize(s);
            let chars = s.chars().count() as f32;
            self.metrics.width_in(label_style.face, &s) * label_style.size
                + chars * label_style.tracking
        };
        let widths: Vec<f32> = entries.iter().map(|e| width_of(&e.label)).collect();
        let widest = widths.iter().copied().fold(0.0f32, f32::max);
        let most = t.width * 0.35;
        // "伙伴城市 Partner city" too wide for the column breaks between its languages, never
        // inside the English, which then wraps on lines of its own if it must ("助理姓名 /
        // Name of an / assistant", not "助理姓名 Name of an / assistant"): the languages are
        // read apart. The column is as wide as the widest line that leaves; labels set apart
        // may take two fifths of the text, so that more of them keep their English on one line.
        let apart = t.width * 0.4;
        let mut labels: Vec<String> = entries.iter().map(|e| e.label.clone()).collect();
        let (widest, most) = if widest <= most {
            (widest, most)
        } else {
            let mut widest_line = 0.0f32;
            for (label, width) in labels.iter_mut().zip(&widths) {
                if *width > most
                    && let Some(border) = script_border(label)
                {
                    label.replace_range(border..border + 1, "\n");
                }
                // A line that wraps anyway takes the column's whole width.
                widest_line = label
                    .lines()
                    .map(|line| width_of(line).min(apart))
                    .fold(widest_line, f32::max);
            }
            (widest_line, apart)
        };
        let label_w = widest.clamp(t.width * 0.12, most) + 1.0;
        let value_x = t.left + label_w + gap;
        let value_w = t.width - label_w - gap;
        let pad = 2.0 * t.spacing;
        let n = entries.len();
        for (k, (e, label)) in entries.iter().zip(&labels).enumerate() {
            let id = self.open(Role::P, None);
            let label = self.lines(label, label_style, t.left, label_w, Align::Left);
            let mut value = self.lines(&e.value, t.kv_value, value_x, value_w, Align::Left);
            if let Some(sec) = &e.secondary {
                self.open_second_language(id);
                value.extend(self.lines(sec, t.kv_secondary, value_x, value_w, Align::Left));
            }
            let units = grid_row(vec![label, value], &RowFrame::plain(pad), t.height());
            // No row alone at a page's head or foot: the first keeps with the second, the
            // one before the last with the last ("目标数 12" never alone above the signatures).
            let keep = k + 1 < n && (k == 0 || k + 2 == n);
            for mut u in units {
                u.space_before = space;
                u.keep_with_next |= keep;
                space = 0.0;
                self.units.push(u);
            }
        }
        self.end(12.0);
    }
}

/// Where a bilingual label turns from Chinese to English: the space in "日期 Date".
fn script_border(label: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = label.char_indices().collect();
    let border = chars.windows(3).find_map(|w| {
        let [(_, before), (at, space), (_, after)] = [w[0], w[1], w[2]];
        (is_wide(before) && space == ' ' && after.is_ascii_alphanumeric()).then_some(at)
    })?;
    // "单位 GDP 二氧化碳排放" is one Chinese label with a Latin word in it, not two languages.
    (!label[border..].chars().any(is_wide)).then_some(border)
}

impl Builder {
    /// Lines `set` makes, but never ending a Chinese paragraph in a line of one character:
    /// its last lines are broken again a character or two narrower (and set to the full
    /// width), so a few characters come down from the line before; the lines above keep their
    /// spacing.
    pub(super) fn without_lone_char(
        &mut self,
        style: Style,
        set: impl Fn(&mut Builder) -> Vec<PlacedLine>,
    ) -> Vec<PlacedLine> {
        let lines = set(self);
        let n = lines.len();
        if n < 2 || !lines.last().is_some_and(is_lone_char) {
            return lines;
        }
        let em = style.size + style.tracking;
        for back in 2..=n.min(4) {
            for chars in [1.0, 2.0] {
                self.narrower = Some((n - back, chars * em));
                let again = set(self);
                self.narrower = None;
                if again.len() == n && !again.last().is_some_and(is_lone_char) {
                    return again;
                }
            }
        }
        lines
    }
}

/// A last line holding a single ideograph, with at most its punctuation ("话。").
fn is_lone_char(line: &PlacedLine) -> bool {
    let text = line.run.text.trim();
    let marks = text
        .chars()
        .filter(|c| crate::linebreak::forbidden_at_line_start(*c))
        .count();
    let han = text
        .chars()
        .filter(|c| concord_i18n::spacing::is_han(*c))
        .count();
    han == 1 && text.chars().count() == han + marks
}

/// Position a broken line horizontally and work out justification.
pub(super) fn place_line(line: Line, style: Style, x: f32, width: f32, align: Align) -> PlacedLine {
    // A line set tight gives up that much of its marks' empty halves, spread evenly.
    let (tight, taken) = line.tight_share();
    let w = (line.width - squeeze(&line.text, style.face) - taken) * style.size;
    let slack = (width - w).max(0.0);
    let mut run = TextRun {
        x,
        baseline: 0.0,
        size: style.size,
        color: style.color,
        face: style.face,
        tracking: style.tracking,
        char_spacing: 0.0,
        word_spacing: 0.0,
        tight,
        // A no-break space only glues while breaking; it is drawn, stretched and read as a space.
        text: match (line.hyphen, line.text.contains('\u{a0}')) {
            (true, _) => line.text.replace('\u{a0}', " ") + "-",
            (false, true) => line.text.replace('\u{a0}', " "),
            (false, false) => line.text,
        },
        tag: None,
    };
    match align {
        Align::Left => {}
        Align::Center => run.x += slack / 2.0,
        Align::Right => run.x += slack,
        Align::Justify if line.justifiable && slack > 0.0 => {
            let spaces = run.text.chars().filter(|c| *c == ' ').count();
            // Latin lines stretch at spaces; lines with ideographs stretch at every gap
            // between ideographs and at the borders of Latin words, never inside them.
            let has_wide = run.text.chars().any(is_wide);
            let gaps = justification_gaps(&run.text);
            if !has_wide && spaces > 0 {
                let per = slack / spaces as f32;
                if per <= MAX_WORD_STRETCH * style.size {
                    run.word_spacing = per;
                }
            } else if gaps > 0 {
                let per = slack / gaps as f32;
                if per <= MAX_CHAR_STRETCH * style.size {
                    run.char_spacing = per;
                }
            }
        }
        Align::Justify => {}
    }
    PlacedLine {
        run,
        leading: style.leading,
        // Centre the ideographic em box (0.88 above, 0.12 below the baseline
        // in Noto CJK) in the line box.
        ascent: (style.leading - style.size) / 2.0 + 0.88 * style.size,
    }
}
