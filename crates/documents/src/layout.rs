//! Blocks → positioned lines on A4 pages.
//!
//! Two passes. First every block becomes a list of *units*: vertical pieces
//! that are never split (a line of a paragraph, a table row or a slice of one,
//! a heading line), each knowing its height, the space above it and whether it
//! must stay on the same page as the next unit. Then a paginator places units
//! top-down, breaking pages where the next unit (or chain of kept units) does
//! not fit, and repeats a table's header row after each break inside it.
//! Only after that is the page count known, so headers and footers ("Page N of
//! M") are added last.
//!
//! Coordinates are PDF points, measured from the top-left corner of the page;
//! `render` flips them.

use crate::DocumentError;
use crate::font::{Font, Metrics, squeeze};
use crate::linebreak::{Line, break_lines};
use crate::model::{
    Align, Block, Document, Heading, HeadingLevel, Ink, KeyValue, Paragraph, Signer, Table,
    TextStyle,
};

/// A4 width in points.
pub const PAGE_WIDTH: f32 = 595.2756;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 841.8898;
/// Left and right margin (20 mm).
pub const MARGIN_X: f32 = 56.6929;
/// Top of the text area (25 mm), below the running header.
pub const BODY_TOP: f32 = 70.8661;
/// Bottom of the text area (22 mm above the page edge), above the footer.
pub const BODY_BOTTOM: f32 = PAGE_HEIGHT - 62.3622;
const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
const BODY_HEIGHT: f32 = BODY_BOTTOM - BODY_TOP;
const HEADER_BASELINE: f32 = 42.0;
const HEADER_RULE_Y: f32 = 48.0;
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 34.0;
/// With a footer note, the page label moves up by this much and the note goes below it.
const FOOTER_NOTE_LIFT: f32 = 7.0;
const FOOTER_NOTE_SIZE: f32 = 7.0;
const FOOTER_NOTE_LEADING: f32 = 9.0;
/// Tolerance for float comparisons of heights.
const EPS: f32 = 0.01;

/// An RGB colour, components 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color {
    /// Red.
    pub r: f32,
    /// Green.
    pub g: f32,
    /// Blue.
    pub b: f32,
}

impl Color {
    /// A grey level (0 black, 1 white).
    pub const fn grey(level: f32) -> Color {
        Color {
            r: level,
            g: level,
            b: level,
        }
    }
}

const BLACK: Color = Color::grey(0.0);
const TEXT_GREY: Color = Color::grey(0.36);
const RULE_GREY: Color = Color::grey(0.55);
const HEADER_FILL: Color = Color::grey(0.92);
/// Dark blue, like a pen's ink.
const INK: Color = Color {
    r: 0.06,
    g: 0.16,
    b: 0.45,
};
/// Pen width of a drawn signature.
const INK_WIDTH: f32 = 1.1;
/// Room above a signature line for the handwritten or drawn signature.
const SIGN_ROOM: f32 = 34.0;

/// A run of text on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left edge.
    pub x: f32,
    /// Baseline, from the top of the page.
    pub baseline: f32,
    /// Font size in points.
    pub size: f32,
    /// Fill colour.
    pub color: Color,
    /// Synthetic bold (fill + stroke).
    pub bold: bool,
    /// Extra space at every justification gap, in points (justified lines with ideographs):
    /// between two characters when either is an ideograph or the first is a space, never
    /// inside a Latin word or a number (see [`is_justification_gap`]).
    pub char_spacing: f32,
    /// Extra space at every U+0020, in points (justified Latin lines).
    pub word_spacing: f32,
    /// The text (already sanitised for the font).
    pub text: String,
}

impl TextRun {
    /// Drawn width in points, including justification and punctuation
    /// compression.
    pub fn width(&self) -> f32 {
        let Ok(font) = Font::get() else {
            return 0.0;
        };
        let glyphs: f32 = self.text.chars().filter_map(|c| font.advance(c)).sum();
        (glyphs - squeeze(&self.text)) * self.size
            + self.char_spacing * justification_gaps(&self.text) as f32
            + self.word_spacing * self.text.matches(' ').count() as f32
    }
}

/// Wide characters: ideographs, kana, hangul and full-width forms (everything from the CJK
/// radicals on).
fn is_wide(c: char) -> bool {
    (c as u32) >= 0x2E80
}

/// Where a justified line with ideographs may stretch, as Chinese typesetting does: between
/// ideographs, at the border of an ideograph and a Latin word, and after a space; never between
/// two letters or digits of a Latin word or a number ("APEC", "2030" stay whole).
pub(crate) fn is_justification_gap(before: char, after: char) -> bool {
    is_wide(before) || is_wide(after) || before == ' '
}

/// How many justification gaps a line has.
pub(crate) fn justification_gaps(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .filter(|pair| is_justification_gap(pair[0], pair[1]))
        .count()
}

/// A straight line.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Start x.
    pub x1: f32,
    /// Start y from the top.
    pub y1: f32,
    /// End x.
    pub x2: f32,
    /// End y from the top.
    pub y2: f32,
    /// Stroke width in points.
    pub width: f32,
    /// Stroke colour.
    pub color: Color,
}

/// A filled rectangle (table header background).
#[derive(Debug, Clone, PartialEq)]
pub struct Fill {
    /// Left edge.
    pub x: f32,
    /// Top edge from the top of the page.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Fill colour.
    pub color: Color,
}

/// Pen strokes (a drawn signature): each stroke a polyline through page points, drawn
/// with round caps and joins and smoothed when rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct Strokes {
    /// The strokes, as (x, y from the top) points.
    pub strokes: Vec<Vec<(f32, f32)>>,
    /// Pen width in points.
    pub width: f32,
    /// Ink colour.
    pub color: Color,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text.
    Text(TextRun),
    /// A line.
    Rule(Rule),
    /// A rectangle.
    Fill(Fill),
    /// Pen strokes.
    Strokes(Strokes),
    /// A path of a chart.
    Vector(crate::figure::VectorPath),
}

impl Item {
    fn shift(&mut self, dy: f32) {
        match self {
            Item::Text(t) => t.baseline += dy,
            Item::Rule(r) => {
                r.y1 += dy;
                r.y2 += dy;
            }
            Item::Fill(f) => f.y += dy,
            Item::Strokes(s) => {
                for point in s.strokes.iter_mut().flatten() {
                    point.1 += dy;
                }
            }
            Item::Vector(p) => p.shift(dy),
        }
    }
}

/// One laid-out page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in drawing order (body first, then header and footer).
    pub items: Vec<Item>,
}

impl Page {
    /// The text runs of the page.
    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }

    /// All text of the page, one run per line, in drawing order.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for t in self.texts() {
            out.push_str(&t.text);
            out.push('\n');
        }
        out
    }
}

/// A document laid out on pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pages: Vec<Page>,
}

impl Layout {
    /// Number of pages (at least one).
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The pages.
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }
}

/// Font size, line height, colour and weight of a kind of text.
#[derive(Debug, Clone, Copy)]
struct Style {
    size: f32,
    leading: f32,
    color: Color,
    bold: bool,
}

impl Style {
    const fn new(size: f32, leading: f32, color: Color, bold: bool) -> Style {
        Style {
            size,
            leading,
            color,
            bold,
        }
    }
}

const BODY: Style = Style::new(10.5, 17.0, BLACK, false);
const SECONDARY: Style = Style::new(9.5, 14.5, TEXT_GREY, false);
const TITLE: Style = Style::new(18.0, 27.0, BLACK, true);
const SUBTITLE: Style = Style::new(12.0, 18.0, TEXT_GREY, false);
const H1: Style = Style::new(15.0, 22.0, BLACK, true);
const H2: Style = Style::new(12.5, 19.0, BLACK, true);
const H3: Style = Style::new(11.0, 17.0, BLACK, true);
const CELL: Style = Style::new(9.0, 13.0, BLACK, false);
const CELL_HEAD: Style = Style::new(9.0, 13.0, BLACK, true);
const KV_LABEL: Style = Style::new(10.0, 16.0, BLACK, true);
const KV_VALUE: Style = Style::new(10.0, 16.0, BLACK, false);
const KV_SECONDARY: Style = Style::new(9.0, 13.5, TEXT_GREY, false);
const SIGN_ROLE: Style = Style::new(9.0, 13.0, TEXT_GREY, false);
const SIGN_NAME: Style = Style::new(10.5, 16.0, BLACK, false);
const SIGN_TITLE: Style = Style::new(9.0, 13.0, TEXT_GREY, false);
const MARGINAL: Style = Style::new(8.5, 12.0, TEXT_GREY, false);

/// Table cell padding.
const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.5;
/// Justification never stretches further than this, in em per gap.
const MAX_CHAR_STRETCH: f32 = 0.25;
const MAX_WORD_STRETCH: f32 = 1.0;

/// A vertical piece that the paginator never splits. Item positions are
/// relative to the top of the unit.
#[derive(Debug, Clone, Default)]
struct Unit {
    space_before: f32,
    height: f32,
    items: Vec<Item>,
    keep_with_next: bool,
    /// The table this unit belongs to (index into `Builder::headers`).
    table: Option<usize>,
    is_header: bool,
    page_break: bool,
}

/// A line of a cell or a stacked text block, before vertical placement.
#[derive(Debug, Clone)]
struct PlacedLine {
    run: TextRun,
    /// Line height.
    leading: f32,
    /// Baseline offset from the top of the line box.
    ascent: f32,
}

/// Pass one: blocks to units.
struct Builder {
    metrics: Metrics,
    units: Vec<Unit>,
    headers: Vec<Unit>,
    /// Space owed before the next unit (collapsed: the larger of the previous
    /// block's space after and the next block's space before).
    pending: f32,
}

pub(crate) fn layout(doc: &Document) -> Result<Layout, DocumentError> {
    let font = Font::get()?;
    let mut b = Builder {
        metrics: Metrics::new(font),
        units: Vec::new(),
        headers: Vec::new(),
        pending: 0.0,
    };
    b.title(doc);
    for (index, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading(h) => b.heading(h),
            Block::Paragraph(p) => b.paragraph(p),
            Block::KeyValue(kv) => b.key_values(kv),
            Block::Table(t) => b.table(t, index)?,
            Block::Spacer(pt) => b.pending += pt.max(0.0),
            Block::PageBreak => {
                b.units.push(Unit {
                    page_break: true,
                    ..Unit::default()
                });
                b.pending = 0.0;
            }
            Block::Signatures(s) => b.signatures(s),
            Block::Chart(figure) => b.figure(figure),
        }
    }
    let mut pages = paginate(b.units, &b.headers);
    decorate(&mut pages, doc, &mut b.metrics);
    Ok(Layout { pages })
}

impl Builder {
    /// Start a block: returns the space before its first unit.
    fn begin(&mut self, space_before: f32) -> f32 {
        let s = self.pending.max(space_before);
        self.pending = 0.0;
        s
    }

    fn end(&mut self, space_after: f32) {
        self.pending = space_after;
    }

    /// Break `text` into lines of `style` within `width` starting at `x`,
    /// aligned; baselines are relative to each line's top.
    fn lines(
        &mut self,
        text: &str,
        style: Style,
        x: f32,
        width: f32,
        align: Align,
    ) -> Vec<PlacedLine> {
        let text = self.metrics.sanitize(text);
        let metrics = &mut self.metrics;
        let lines = break_lines(&text, width / style.size, |c| metrics.advance(c));
        lines
            .into_iter()
            .map(|line| place_line(line, style, x, width, align))
            .collect()
    }

    /// Units for a stack of lines, one per line.
    fn push_lines(
        &mut self,
        lines: Vec<PlacedLine>,
        mut space_before: f32,
        keep: impl Fn(usize, usize) -> bool,
    ) {
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let mut run = line.run;
            run.baseline = line.ascent;
            self.units.push(Unit {
                space_before,
                height: line.leading,
                items: vec![Item::Text(run)],
                keep_with_next: keep(i, n),
                ..Unit::default()
            });
            space_before = 0.0;
        }
    }

    fn title(&mut self, doc: &Document) {
        if doc.title.trim().is_empty() {
            return;
        }
        let mut lines = self.lines(&doc.title, TITLE, MARGIN_X, TEXT_WIDTH, Align::Center);
        if let Some(sub) = &doc.subtitle {
            lines.extend(self.lines(sub, SUBTITLE, MARGIN_X, TEXT_WIDTH, Align::Center));
        }
        self.push_lines(lines, 0.0, |_, _| true);
        if let Some(last) = self.units.last_mut() {
            last.keep_with_next = false;
        }
        self.end(18.0);
    }

    fn heading(&mut self, h: &Heading) {
        let (style, before, after) = match h.level {
            HeadingLevel::H1 => (H1, 18.0, 7.0),
            HeadingLevel::H2 => (H2, 13.0, 5.0),
            HeadingLevel::H3 => (H3, 10.0, 4.0),
        };
        let space = self.begin(before);
        let mut lines = self.lines(&h.text, style, MARGIN_X, TEXT_WIDTH, Align::Left);
        if let Some(sec) = &h.secondary {
            let sec_style = Style::new(style.size * 0.78, style.size * 1.2, TEXT_GREY, false);
            lines.extend(self.lines(sec, sec_style, MARGIN_X, TEXT_WIDTH, Align::Left));
        }
        // Every heading line keeps with the next unit: the chain reaches the
        // first line(s) of what follows, so a heading never ends a page.
        self.push_lines(lines, space, |_, _| true);
        self.end(after);
    }

    fn paragraph(&mut self, p: &Paragraph) {
        let (style, before, after) = match p.style {
            TextStyle::Normal => (BODY, 0.0, 5.0),
            TextStyle::Secondary => (SECONDARY, 0.0, 9.0),
        };
        let space = self.begin(before);
        let lines = self.lines(&p.text, style, MARGIN_X, TEXT_WIDTH, p.align);
        if lines.is_empty() {
            return;
        }
        let keep_last = p.keep_with_next;
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

    fn key_values(&mut self, entries: &[KeyValue]) {
        if entries.is_empty() {
            return;
        }
        let mut space = self.begin(4.0);
        let gap = 12.0;
        let widest = entries
            .iter()
            .map(|e| {
                let s = self.metrics.sanitize(&e.label);
                self.metrics.width(&s) * KV_LABEL.size
            })
            .fold(0.0f32, f32::max);
        let label_w = widest.clamp(TEXT_WIDTH * 0.12, TEXT_WIDTH * 0.35) + 1.0;
        let value_x = MARGIN_X + label_w + gap;
        let value_w = TEXT_WIDTH - label_w - gap;
        for e in entries {
            let label = self.lines(&e.label, KV_LABEL, MARGIN_X, label_w, Align::Left);
            let mut value = self.lines(&e.value, KV_VALUE, value_x, value_w, Align::Left);
            if let Some(sec) = &e.secondary {
                value.extend(self.lines(sec, KV_SECONDARY, value_x, value_w, Align::Left));
            }
            let units = grid_row(vec![label, value], &RowFrame::plain(2.0), BODY_HEIGHT);
            for mut u in units {
                u.space_before = space;
                space = 0.0;
                self.units.push(u);
            }
        }
        self.end(12.0);
    }

    fn table(&mut self, t: &Table, block: usize) -> Result<(), DocumentError> {
        let invalid = |reason: String| DocumentError::InvalidTable { block, reason };
        if t.columns.is_empty() {
            return Err(invalid("no columns".to_owned()));
        }
        if let Some(c) = t
            .columns
            .iter()
            .find(|c| !(c.width.is_finite() && c.width > 0.0))
        {
            return Err(invalid(format!(
                "column {:?} has width {}",
                c.title, c.width
            )));
        }
        if let Some((i, r)) = t
            .rows
            .iter()
            .enumerate()
            .find(|(_, r)| r.len() > t.columns.len())
        {
            return Err(invalid(format!(
                "row {i} has {} cells for {} columns",
                r.len(),
                t.columns.len()
            )));
        }
        let total: f32 = t.columns.iter().map(|c| c.width).sum();
        let mut col_x = Vec::with_capacity(t.columns.len() + 1);
        let mut x = MARGIN_X;
        for c in &t.columns {
            col_x.push(x);
            x += TEXT_WIDTH * c.width / total;
        }
        col_x.push(MARGIN_X + TEXT_WIDTH);

        let space = self.begin(6.0);
        let table_id = self.headers.len();
        let cells = |b: &mut Builder, texts: &mut dyn Iterator<Item = &str>, style: Style| {
            (0..t.columns.len())
                .map(|i| {
                    let text = texts.next().unwrap_or("");
                    let x = col_x[i] + CELL_PAD_X;
                    let w = (col_x[i + 1] - col_x[i] - 2.0 * CELL_PAD_X).max(1.0);
                    b.lines(text, style, x, w, Align::Left)
                })
                .collect::<Vec<_>>()
        };

        let head_cells = cells(
            self,
            &mut t.columns.iter().map(|c| c.title.as_str()),
            CELL_HEAD,
        );
        let head_frame = RowFrame {
            pad_y: CELL_PAD_Y,
            fill: Some(HEADER_FILL),
            borders: Some(col_x.clone()),
            top_rule: true,
        };
        let mut head = grid_row(head_cells, &head_frame, BODY_HEIGHT * 0.5);
        // A header taller than half a page is absurd; keep only its first slice.
        head.truncate(1);
        let mut header = head.pop().unwrap_or_default();
        header.keep_with_next = true;
        header.is_header = true;
        header.table = Some(table_id);
        self.headers.push(header.clone());
        header.space_before = space;
        self.units.push(header.clone());

        let row_frame = RowFrame {
            pad_y: CELL_PAD_Y,
            fill: None,
            borders: Some(col_x.clone()),
            top_rule: false,
        };
        // A row taller than a page minus the repeated header is split into
        // slices that each fit under the header on a fresh page.
        let max_row = BODY_HEIGHT - header.height;
        for row in &t.rows {
            let row_cells = cells(self, &mut row.iter().map(String::as_str), CELL);
            for mut u in grid_row(row_cells, &row_frame, max_row) {
                u.table = Some(table_id);
                self.units.push(u);
            }
        }
        self.end(12.0);
        Ok(())
    }

    /// A chart and its caption: one unit, so it is never split across pages.
    fn figure(&mut self, figure: &crate::figure::Figure) {
        let space = self.begin(10.0);
        let (items, height) =
            crate::figure::items(figure, &mut self.metrics, MARGIN_X, TEXT_WIDTH, BODY_HEIGHT);
        self.units.push(Unit {
            space_before: space,
            height,
            items,
            ..Unit::default()
        });
        self.end(12.0);
    }

    fn signatures(&mut self, signers: &[Signer]) {
        if signers.is_empty() {
            return;
        }
        let space = self.begin(26.0);
        let per_row = 2;
        let col_w = TEXT_WIDTH / per_row as f32;
        let line_w = (col_w - 24.0).min(200.0);
        let rows: Vec<&[Signer]> = signers.chunks(per_row).collect();
        let n_rows = rows.len();
        for (r, row) in rows.into_iter().enumerate() {
            let mut unit = Unit {
                space_before: if r == 0 { space } else { 14.0 },
                keep_with_next: r + 1 < n_rows,
                ..Unit::default()
            };
            // The lines of a row share one height, however many lines each caption takes.
            let captions: Vec<Vec<PlacedLine>> = row
                .iter()
                .enumerate()
                .map(|(c, s)| {
                    let x = MARGIN_X + c as f32 * col_w;
                    self.lines(&s.role, SIGN_ROLE, x, line_w, Align::Left)
                })
                .collect();
            let caption_h = captions
                .iter()
                .map(|lines| lines.iter().map(|l| l.leading).sum::<f32>())
                .fold(0.0f32, f32::max);
            for ((c, s), caption) in row.iter().enumerate().zip(captions) {
                let x = MARGIN_X + c as f32 * col_w;
                let mut y = 0.0;
                for l in caption {
                    unit.items.push(Item::Text(TextRun {
                        baseline: y + l.ascent,
                        ..l.run
                    }));
                    y += l.leading;
                }
                // Room for the handwritten signature.
                y = caption_h + SIGN_ROOM;
                if let Some(ink) = &s.drawn {
                    unit.items
                        .push(Item::Strokes(ink_on_line(ink, x, y, line_w)));
                }
                unit.items.push(Item::Rule(Rule {
                    x1: x,
                    y1: y,
                    x2: x + line_w,
                    y2: y,
                    width: 0.6,
                    color: BLACK,
                }));
                y += 3.0;
                let mut below = self.lines(&s.name, SIGN_NAME, x, line_w, Align::Left);
                below.extend(self.lines(&s.title, SIGN_TITLE, x, line_w, Align::Left));
                for l in below {
                    unit.items.push(Item::Text(TextRun {
                        baseline: y + l.ascent,
                        ..l.run
                    }));
                    y += l.leading;
                }
                unit.height = unit.height.max(y);
            }
            self.units.push(unit);
        }
        self.end(12.0);
    }
}

/// A drawn signature scaled into the room above a signature line starting at `x` with its
/// line at `line_y`: the box's bottom sits just below the line, as a pen's would, and it
/// never reaches the name printed under the line nor the caption above the room.
fn ink_on_line(ink: &Ink, x: f32, line_y: f32, line_w: f32) -> Strokes {
    let aspect = if ink.aspect.is_finite() && ink.aspect > 0.0 {
        ink.aspect
    } else {
        1.0
    };
    let inset = 4.0;
    let mut height = SIGN_ROOM - 3.0;
    let mut width = height * aspect;
    if width > line_w - inset {
        width = (line_w - inset).max(1.0);
        height = width / aspect;
    }
    let bottom = line_y + 1.5;
    let (left, top) = (x + inset, bottom - height);
    let clamp = |v: f32| {
        if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    Strokes {
        strokes: ink
            .strokes
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.iter()
                    .map(|&(px, py)| (left + clamp(px) * width, top + clamp(py) * height))
                    .collect()
            })
            .collect(),
        width: INK_WIDTH,
        color: INK,
    }
}

/// Position a broken line horizontally and work out justification.
fn place_line(line: Line, style: Style, x: f32, width: f32, align: Align) -> PlacedLine {
    let w = (line.width - squeeze(&line.text)) * style.size;
    let slack = (width - w).max(0.0);
    let mut run = TextRun {
        x,
        baseline: 0.0,
        size: style.size,
        color: style.color,
        bold: style.bold,
        char_spacing: 0.0,
        word_spacing: 0.0,
        text: line.text,
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

/// How a grid row is framed.
#[derive(Debug, Clone)]
struct RowFrame {
    pad_y: f32,
    fill: Option<Color>,
    /// Column boundaries (x) when the row has cell borders.
    borders: Option<Vec<f32>>,
    /// Only the header row draws a top rule: every other row sits below a
    /// header (first or repeated) or a row whose bottom rule it shares.
    top_rule: bool,
}

impl RowFrame {
    fn plain(pad_y: f32) -> RowFrame {
        RowFrame {
            pad_y,
            fill: None,
            borders: None,
            top_rule: false,
        }
    }
}

/// Units for one row of cells, split into slices no taller than `max_height`
/// (each slice takes, per cell, as many whole lines as fit; at least one).
fn grid_row(cells: Vec<Vec<PlacedLine>>, frame: &RowFrame, max_height: f32) -> Vec<Unit> {
    let max_content = (max_height - 2.0 * frame.pad_y - EPS).max(1.0);
    let mut next: Vec<usize> = vec![0; cells.len()];
    let mut units = Vec::new();
    loop {
        let mut unit = Unit::default();
        let mut content_h = 0.0f32;
        for (cell, start) in cells.iter().zip(next.iter_mut()) {
            let mut y = 0.0;
            while let Some(line) = cell.get(*start) {
                if y > 0.0 && y + line.leading > max_content {
                    break;
                }
                let mut run = line.run.clone();
                run.baseline = frame.pad_y + y + line.ascent;
                unit.items.push(Item::Text(run));
                y += line.leading;
                *start += 1;
            }
            content_h = content_h.max(y);
        }
        unit.height = content_h + 2.0 * frame.pad_y;
        frame_row(&mut unit, frame);
        units.push(unit);
        if cells.iter().zip(&next).all(|(c, n)| *n >= c.len()) {
            break;
        }
    }
    units
}

/// Background and borders of a row (drawn before the text).
fn frame_row(unit: &mut Unit, frame: &RowFrame) {
    let mut deco = Vec::new();
    if let Some(cols) = &frame.borders {
        let (left, right) = (
            cols.first().copied().unwrap_or(MARGIN_X),
            cols.last().copied().unwrap_or(MARGIN_X),
        );
        if let Some(color) = frame.fill {
            deco.push(Item::Fill(Fill {
                x: left,
                y: 0.0,
                width: right - left,
                height: unit.height,
                color,
            }));
        }
        let rule = |x1, y1, x2, y2| {
            Item::Rule(Rule {
                x1,
                y1,
                x2,
                y2,
                width: 0.5,
                color: RULE_GREY,
            })
        };
        if frame.top_rule {
            deco.push(rule(left, 0.0, right, 0.0));
        }
        deco.push(rule(left, unit.height, right, unit.height));
        for &x in cols {
            deco.push(rule(x, 0.0, x, unit.height));
        }
    }
    deco.append(&mut unit.items);
    unit.items = deco;
}

/// Height from the top of unit `i` to the bottom of the last unit it is
/// kept with.
fn chain_height(units: &[Unit], i: usize) -> f32 {
    let mut h = units[i].height;
    let mut j = i;
    while units[j].keep_with_next {
        j += 1;
        match units.get(j) {
            Some(u) if !u.page_break => h += u.space_before + u.height,
            _ => break,
        }
    }
    h
}

/// Pass two: place units on pages.
fn paginate(mut units: Vec<Unit>, headers: &[Unit]) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut page = Page::default();
    let mut y = BODY_TOP;
    let mut empty = true;

    for i in 0..units.len() {
        if units[i].page_break {
            if !empty {
                pages.push(std::mem::take(&mut page));
                y = BODY_TOP;
                empty = true;
            }
            continue;
        }
        let space = if empty { 0.0 } else { units[i].space_before };
        // What must fit below the cursor: the unit and everything it keeps
        // with, when that chain fits on a page at all; else the unit and the
        // next one; else the unit alone.
        let chain = chain_height(&units, i);
        let own = units[i].height;
        let with_next = units
            .get(i + 1)
            .filter(|n| units[i].keep_with_next && !n.page_break)
            .map_or(own, |n| own + n.space_before + n.height);
        let need = if chain <= BODY_HEIGHT {
            chain
        } else if with_next <= BODY_HEIGHT {
            with_next
        } else {
            own
        };
        let mut top = y + space;
        if !empty && top + need > BODY_BOTTOM + EPS {
            pages.push(std::mem::take(&mut page));
            y = BODY_TOP;
            top = y;
            // Continue a table under a repeated copy of its header row.
            if let (Some(t), false) = (units[i].table, units[i].is_header)
                && let Some(h) = headers.get(t)
            {
                place(&mut page, h.items.clone(), y);
                y += h.height;
                top = y;
            }
        }
        let unit = &mut units[i];
        place(&mut page, std::mem::take(&mut unit.items), top);
        y = top + unit.height;
        empty = false;
    }
    if !page.items.is_empty() || pages.is_empty() {
        pages.push(page);
    }
    pages
}

fn place(page: &mut Page, items: Vec<Item>, top: f32) {
    page.items.extend(items.into_iter().map(|mut it| {
        it.shift(top);
        it
    }));
}

/// Running header and footer label, once the total is known.
fn decorate(pages: &mut [Page], doc: &Document, metrics: &mut Metrics) {
    let total = pages.len();
    let note = footer_note_lines(doc, metrics);
    let header = doc.header.as_deref().map(|h| {
        let h = metrics.sanitize(&h.replace('\n', " "));
        fit_one_line(&h, MARGINAL.size, TEXT_WIDTH, metrics)
    });
    for (index, page) in pages.iter_mut().enumerate() {
        if let Some(h) = &header {
            page.items.push(Item::Text(marginal_run(
                h.clone(),
                MARGIN_X,
                HEADER_BASELINE,
            )));
            page.items.push(Item::Rule(Rule {
                x1: MARGIN_X,
                y1: HEADER_RULE_Y,
                x2: MARGIN_X + TEXT_WIDTH,
                y2: HEADER_RULE_Y,
                width: 0.4,
                color: RULE_GREY,
            }));
        }
        let label = metrics.sanitize(&doc.page_label.label(index + 1, total).replace('\n', " "));
        let label = fit_one_line(&label, MARGINAL.size, TEXT_WIDTH, metrics);
        let w = metrics.width(&label) * MARGINAL.size;
        let x = MARGIN_X + (TEXT_WIDTH - w) / 2.0;
        let baseline = if note.is_empty() {
            FOOTER_BASELINE
        } else {
            FOOTER_BASELINE - FOOTER_NOTE_LIFT
        };
        page.items
            .push(Item::Text(marginal_run(label, x, baseline)));
        for (i, (line, width)) in note.iter().enumerate() {
            page.items.push(Item::Text(TextRun {
                size: FOOTER_NOTE_SIZE,
                ..marginal_run(
                    line.clone(),
                    MARGIN_X + (TEXT_WIDTH - width) / 2.0,
                    FOOTER_BASELINE + 4.0 + i as f32 * FOOTER_NOTE_LEADING,
                )
            }));
        }
    }
}

/// The footer note in at most two centred lines, with their widths: a fingerprint must be
/// printed whole, so it wraps rather than being cut (only a third line would be).
fn footer_note_lines(doc: &Document, metrics: &mut Metrics) -> Vec<(String, f32)> {
    let Some(note) = doc.footer_note.as_deref().filter(|n| !n.trim().is_empty()) else {
        return Vec::new();
    };
    let note = metrics.sanitize(&note.replace('\n', " "));
    let mut lines: Vec<String> =
        break_lines(&note, TEXT_WIDTH / FOOTER_NOTE_SIZE, |c| metrics.advance(c))
            .into_iter()
            .map(|l| l.text)
            .collect();
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit_one_line(&rest, FOOTER_NOTE_SIZE, TEXT_WIDTH, metrics));
    }
    lines
        .into_iter()
        .map(|l| {
            let w = metrics.width(&l) * FOOTER_NOTE_SIZE;
            (l, w)
        })
        .collect()
}

fn marginal_run(text: String, x: f32, baseline: f32) -> TextRun {
    TextRun {
        x,
        baseline,
        size: MARGINAL.size,
        color: MARGINAL.color,
        bold: false,
        char_spacing: 0.0,
        word_spacing: 0.0,
        text,
    }
}

/// `text` cut with an ellipsis to fit `width`.
fn fit_one_line(text: &str, size: f32, width: f32, metrics: &mut Metrics) -> String {
    if metrics.width(text) * size <= width {
        return text.to_owned();
    }
    let budget = width / size - metrics.advance('…');
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += metrics.advance(c);
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Signer, Table};

    fn long_zh(n: usize) -> String {
        "渭南市城市发展多方利益相关者对话会议，".repeat(n)
    }

    fn body_texts(page: &Page) -> Vec<String> {
        page.texts()
            .filter(|t| t.baseline > BODY_TOP - 1.0 && t.baseline < BODY_BOTTOM + 1.0)
            .map(|t| t.text.clone())
            .collect()
    }

    #[test]
    fn empty_document_has_one_page_with_footer() {
        let doc = Document::new("");
        let l = doc.layout().expect("layout");
        assert_eq!(l.page_count(), 1);
        assert!(l.pages()[0].text().contains("Page 1 of 1"));
    }

    #[test]
    fn page_labels_know_the_total() {
        let mut doc =
            Document::new("标题").with_page_label(|n, t| format!("第 {n} 页 / 共 {t} 页"));
        for _ in 0..12 {
            doc.push(Block::paragraph(long_zh(20)));
        }
        let l = doc.layout().expect("layout");
        let total = l.page_count();
        assert!(total >= 3, "{total}");
        for (i, p) in l.pages().iter().enumerate() {
            assert!(
                p.text()
                    .contains(&format!("第 {} 页 / 共 {total} 页", i + 1))
            );
        }
    }

    #[test]
    fn nothing_runs_off_the_text_area() {
        let mut doc = Document::new("标题").with_header("页眉");
        doc.push(Block::paragraph(long_zh(40)));
        doc.push(Block::secondary("word ".repeat(800)));
        let l = doc.layout().expect("layout");
        for p in l.pages() {
            for t in p.texts() {
                let w = t.width();
                assert!(t.x >= MARGIN_X - 0.01, "{t:?}");
                assert!(
                    t.x + w <= MARGIN_X + TEXT_WIDTH + 0.05,
                    "{} > {}: {t:?}",
                    t.x + w,
                    MARGIN_X + TEXT_WIDTH
                );
                assert!(t.baseline <= PAGE_HEIGHT - 20.0);
            }
        }
    }

    #[test]
    fn table_header_repeats_on_every_page() {
        let mut t = Table::new([("编号 No.", 1.0), ("事项 Item", 5.0)]);
        for i in 0..120 {
            t.push_row([format!("A-{i:03}"), format!("第{i}项 item {i}")]);
        }
        let l = Document::new("").with_block(t).layout().expect("layout");
        assert!(l.page_count() >= 3, "{}", l.page_count());
        for p in l.pages() {
            let texts = body_texts(p);
            assert_eq!(
                texts.first().map(String::as_str),
                Some("编号 No."),
                "{texts:?}"
            );
            assert_eq!(texts.iter().filter(|t| *t == "编号 No.").count(), 1);
        }
        // Every row appears exactly once.
        let all: Vec<String> = l.pages().iter().flat_map(body_texts).collect();
        for i in 0..120 {
            assert_eq!(all.iter().filter(|t| **t == format!("A-{i:03}")).count(), 1);
        }
    }

    #[test]
    fn row_taller_than_a_page_is_split_under_repeated_headers() {
        let tall = (0..150)
            .map(|i| format!("第{i}行"))
            .collect::<Vec<_>>()
            .join("\n");
        let t = Table::new([("甲", 1.0), ("乙", 1.0)]).with_row([tall.as_str(), "短"]);
        let l = Document::new("").with_block(t).layout().expect("layout");
        assert!(l.page_count() >= 2);
        let all: Vec<String> = l.pages().iter().flat_map(body_texts).collect();
        for i in 0..150 {
            assert_eq!(
                all.iter().filter(|t| **t == format!("第{i}行")).count(),
                1,
                "line {i}"
            );
        }
        for p in l.pages() {
            assert_eq!(body_texts(p).first().map(String::as_str), Some("甲"));
            for t in p.texts() {
                assert!(
                    t.baseline < BODY_BOTTOM + 1.0 || t.size == MARGINAL.size,
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn heading_is_never_last_on_a_page() {
        // Fill most of a page, then a heading: it must move to the next page
        // together with the first lines of its paragraph.
        for filler_lines in 30..44 {
            let mut doc = Document::new("");
            let filler = (0..filler_lines)
                .map(|_| "行")
                .collect::<Vec<_>>()
                .join("\n");
            doc.push(Block::paragraph(filler));
            doc.push(Block::h2("二、议程").with_secondary("2. Agenda"));
            doc.push(Block::paragraph(long_zh(6)));
            let l = doc.layout().expect("layout");
            for p in l.pages() {
                let texts = body_texts(p);
                if let Some(pos) = texts.iter().position(|t| t == "二、议程") {
                    assert!(
                        pos + 3 < texts.len(),
                        "heading orphaned with {filler_lines} lines: {texts:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn paragraph_keeps_two_lines_at_page_ends() {
        for filler_lines in 35..45 {
            let mut doc = Document::new("");
            let filler = (0..filler_lines)
                .map(|_| "行")
                .collect::<Vec<_>>()
                .join("\n");
            doc.push(Block::paragraph(filler));
            doc.push(Block::paragraph(long_zh(8)));
            let l = doc.layout().expect("layout");
            for p in l.pages() {
                let n = body_texts(p).iter().filter(|t| *t != "行").count();
                assert!(
                    n == 0 || n >= 2,
                    "{filler_lines}: {n} lines of the paragraph on a page"
                );
            }
        }
    }

    #[test]
    fn page_break_and_signatures() {
        let doc = Document::new("")
            .with_block(Block::paragraph("一"))
            .with_block(Block::PageBreak)
            .with_block(Block::PageBreak)
            .with_block(Block::signatures([
                Signer::new("主持人 Chair", "李建国", "副秘书长"),
                Signer::new("记录人 Recorder", "周晓雯", "市政府办公室"),
                Signer::new("", "𠮷", ""),
            ]));
        let l = doc.layout().expect("layout");
        assert_eq!(l.page_count(), 2);
        let text = l.pages()[1].text();
        assert!(text.contains("李建国") && text.contains("周晓雯") && text.contains("𠮷"));
        let rules = l.pages()[1]
            .items
            .iter()
            .filter(|i| matches!(i, Item::Rule(_)))
            .count();
        assert_eq!(rules, 3);
    }

    #[test]
    fn bad_tables_are_errors() {
        let no_cols = Document::new("").with_block(Table::new(Vec::<(String, f32)>::new()));
        assert!(matches!(
            no_cols.layout(),
            Err(DocumentError::InvalidTable { block: 0, .. })
        ));
        let bad_width = Document::new("").with_block(Table::new([("a", f32::NAN)]));
        assert!(bad_width.layout().is_err());
        let too_many = Document::new("").with_block(Table::new([("a", 1.0)]).with_row(["1", "2"]));
        assert!(too_many.layout().is_err());
        let short_row =
            Document::new("").with_block(Table::new([("a", 1.0), ("b", 1.0)]).with_row(["1"]));
        assert!(short_row.layout().is_ok());
    }

    #[test]
    fn justified_chinese_lines_fill_the_width() {
        let l = Document::new("")
            .with_block(Block::paragraph(long_zh(10)))
            .layout()
            .expect("layout");
        let runs: Vec<&TextRun> = l.pages()[0]
            .texts()
            .filter(|t| t.text.contains('渭') || t.text.contains('会'))
            .collect();
        assert!(runs.len() > 3);
        for t in &runs[..runs.len() - 1] {
            let w = t.width();
            assert!((w - TEXT_WIDTH).abs() < 0.05, "{w} vs {TEXT_WIDTH}: {t:?}");
        }
    }

    #[test]
    fn latin_words_and_numbers_in_justified_chinese_lines_are_never_letter_spaced() {
        assert!(!is_justification_gap('A', 'P'));
        assert!(!is_justification_gap('2', '0'));
        assert!(is_justification_gap('C', '经'));
        assert!(is_justification_gap('经', '济'));
        assert!(is_justification_gap(' ', 'C'));
        assert_eq!(justification_gaps("APEC经济体 China"), 5);
        let text = "亚太经合组织 APEC 经济体承诺到 2035 年能源强度比 2005 年下降 45%，China 与 Italy 的城市".repeat(4);
        let l = Document::new("")
            .with_block(Block::paragraph(text))
            .layout()
            .expect("layout");
        let runs: Vec<&TextRun> = l.pages()[0]
            .texts()
            .filter(|t| t.text.contains('经'))
            .collect();
        assert!(runs.len() > 1);
        for t in &runs[..runs.len() - 1] {
            assert!(t.char_spacing > 0.0, "{t:?}");
            assert!(
                (t.width() - TEXT_WIDTH).abs() < 0.05,
                "{} vs {TEXT_WIDTH}: {t:?}",
                t.width()
            );
        }
    }

    #[test]
    fn adjacent_full_width_marks_are_compressed() {
        let l = Document::new("")
            .with_block(Block::paragraph("李建国（副秘书长）：“好”").with_align(Align::Left))
            .layout()
            .expect("layout");
        let run = l.pages()[0]
            .texts()
            .find(|t| t.text.starts_with('李'))
            .expect("run");
        // 13 full-width characters, two pairs squeezed by half an em each.
        assert!(
            (run.width() - 12.0 * run.size).abs() < 0.01,
            "{}",
            run.width()
        );
    }
}
