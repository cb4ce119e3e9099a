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
//!
//! Modules, one job each: `page` (what a laid-out page holds), this module (the
//! builder, styles and the flow of blocks), `text` (headings, paragraphs,
//! key–value lines and how a line is placed), `table` (tables and grid rows),
//! `signatures` (signature lines and drawn ink), `paginate` (units → pages) and
//! `decorate` (running header and footer).

mod columns;
mod decorate;
#[cfg(test)]
mod flow_tests;
mod page;
mod paginate;
mod parallel;
mod signatures;
#[cfg(test)]
mod style_tests;
mod table;
#[cfg(test)]
mod tests;
mod text;
mod theme;
mod title;

use crate::DocumentError;
use crate::face::Face;
use crate::font::{Font, Metrics};
use crate::linebreak::{Breaking, break_lines, break_lines_with};
use crate::model::{Align, Block, Document};

pub(crate) use page::is_justification_gap;
#[cfg(test)]
use page::justification_gaps;
pub use page::{
    Color, Element, Fill, Item, Layout, Page, Role, Rule, SignatureField, Strokes, TextRun,
};

use decorate::decorate;
use paginate::paginate;
use text::place_line;
use theme::Theme;

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
const HEADER_BASELINE: f32 = 42.0;
const HEADER_RULE_Y: f32 = 48.0;
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 34.0;
/// With a footer note, the page label moves up by this much and the note goes below it.
const FOOTER_NOTE_LIFT: f32 = 7.0;
const FOOTER_NOTE_SIZE: f32 = 7.0;
const FOOTER_NOTE_LEADING: f32 = 9.0;
/// Tolerance for float comparisons of heights.
const EPS: f32 = 0.01;

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

/// Font size, line height, colour and face of a kind of text.
#[derive(Debug, Clone, Copy)]
struct Style {
    size: f32,
    leading: f32,
    color: Color,
    face: Face,
    /// Points added to every character's advance (negative on the official 28-character
    /// grid).
    tracking: f32,
}

impl Style {
    const fn new(size: f32, leading: f32, color: Color, face: Face) -> Style {
        Style {
            size,
            leading,
            color,
            face,
            tracking: 0.0,
        }
    }
}

/// Table cell padding.
const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.5;
/// Justification never stretches further than this, in em per gap.
const MAX_CHAR_STRETCH: f32 = 0.25;
/// How a list item starts: the bullet and its space hang in the margin of the lines after the
/// first.
pub const BULLET: &str = "• ";
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
    /// A row of signature lines: a page holding only these says it has no text.
    signature: bool,
    /// A shorter layout of the same content (a chart drawn less high), taken when it keeps
    /// the unit and what it goes with on the page instead of leaving the page half empty.
    compact: Option<Box<Compact>>,
}

/// A unit's shorter layout: its height and items.
#[derive(Debug, Clone, Default)]
struct Compact {
    height: f32,
    items: Vec<Item>,
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
    /// The structure elements made so far.
    elements: Vec<Element>,
    /// The element the text laid out now belongs to.
    current: Option<usize>,
    /// The second language of a bilingual document: the language of secondary text.
    second_language: Option<String>,
    /// Geometry and text styles of the document's style.
    t: &'static Theme,
    /// The last block laid out was a heading / the block being laid out follows one.
    after_heading: bool,
    follows_heading: bool,
    /// The left column's share of parallel columns.
    parallel_share: f32,
    /// From which line on, and by how many points, a paragraph is broken narrower than it
    /// is set (see `Builder::without_lone_char`).
    narrower: Option<(usize, f32)>,
}

pub(crate) fn layout(doc: &Document) -> Result<Layout, DocumentError> {
    let font = Font::get()?;
    let t = Theme::of(doc.style);
    let mut metrics = Metrics::new(font);
    let parallel_share = parallel::left_share(&doc.blocks, &mut metrics, t.parallel.face);
    let mut b = Builder {
        metrics,
        units: Vec::new(),
        headers: Vec::new(),
        pending: 0.0,
        elements: Vec::new(),
        current: None,
        second_language: doc.metadata.other_languages.first().cloned(),
        t,
        after_heading: false,
        follows_heading: false,
        parallel_share,
        narrower: None,
    };
    b.title(doc);
    // The lines of short text since the last heading: they introduce what follows.
    let mut intro: Option<std::ops::Range<usize>> = None;
    for (index, block) in doc.blocks.iter().enumerate() {
        let before = b.units.len();
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
            Block::Parallel(p) => b.parallel(p),
        }
        intro = introduction(&mut b.units, block, before, intro);
    }
    let units = std::mem::take(&mut b.units);
    let (mut pages, only_signatures) = paginate(units, &b.headers, b.t);
    if only_signatures.iter().skip(1).any(|only| *only) {
        let note = b.no_text_note(doc);
        for (page, only) in pages.iter_mut().zip(only_signatures).skip(1) {
            if only {
                signatures::note_no_text(page, &note, b.t.top);
            }
        }
    }
    decorate(&mut pages, doc, &mut b.metrics, b.t);
    Ok(Layout {
        pages,
        elements: b.elements,
    })
}

/// At most this many lines of text between a heading and a table or figure go with them to
/// the next page rather than stay at the foot of this one ("差距排序" and its one-line note).
const INTRO_LINES: usize = 4;

/// Follows the short text after a heading (`intro`, the units of its lines) through `block`,
/// whose units start at `before`; a table or figure after it keeps the heading and that text
/// with its first rows.
fn introduction(
    units: &mut [Unit],
    block: &Block,
    before: usize,
    intro: Option<std::ops::Range<usize>>,
) -> Option<std::ops::Range<usize>> {
    match (block, intro) {
        (Block::Heading(_), _) => Some(units.len()..units.len()),
        (Block::Spacer(_), intro) => intro,
        (Block::Paragraph(_), Some(lines)) => {
            let lines = lines.start..units.len();
            (lines.len() <= INTRO_LINES).then_some(lines)
        }
        (Block::Table(_) | Block::Chart(_), Some(lines)) => {
            for unit in &mut units[lines] {
                unit.keep_with_next = true;
            }
            if let Some(last) = before.checked_sub(1).and_then(|i| units.get_mut(i)) {
                last.keep_with_next = true;
            }
            None
        }
        _ => None,
    }
}

impl Builder {
    /// Start a block: returns the space before its first unit.
    fn begin(&mut self, space_before: f32) -> f32 {
        let s = self.pending.max(space_before * self.t.spacing);
        self.pending = 0.0;
        self.follows_heading = std::mem::take(&mut self.after_heading);
        self.current = None;
        s
    }

    fn end(&mut self, space_after: f32) {
        self.pending = space_after * self.t.spacing;
        self.current = None;
    }

    /// A new structure element under `parent`, which the text laid out next belongs to.
    fn open(&mut self, role: Role, parent: Option<usize>) -> usize {
        self.elements.push(Element {
            role,
            parent,
            lang: None,
            alt: None,
            outline: None,
        });
        let id = self.elements.len() - 1;
        self.current = Some(id);
        id
    }

    /// A part of element `parent` in the document's second language, when it has one.
    fn open_second_language(&mut self, parent: usize) {
        if let Some(lang) = self.second_language.clone() {
            let id = self.open(Role::Span, Some(parent));
            self.elements[id].lang = Some(lang);
        }
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
        // A list item hangs: its bullet stands in the margin of the lines after the first.
        if let Some(item) = text.strip_prefix(BULLET) {
            let hang = (self.metrics.width_in(style.face, BULLET) * style.size)
                + BULLET.chars().count() as f32 * style.tracking;
            let mut lines = self.lines(item, style, x + hang, width - hang, align);
            if let Some(first) = lines.first_mut() {
                first.run.text.insert_str(0, BULLET);
                first.run.x -= hang;
            }
            return lines;
        }
        let metrics = &mut self.metrics;
        let track = style.tracking / style.size;
        let how = Breaking {
            hyphenate: align == Align::Justify,
            narrower_from: self.narrower.map(|(from, by)| (from, by / style.size)),
        };
        let lines = break_lines_with(
            &text,
            width / style.size,
            |c| metrics.advance_in(style.face, c) + track,
            how,
        );
        let tag = self.current;
        lines
            .into_iter()
            .map(|line| {
                let mut placed = place_line(line, style, x, width, align);
                placed.run.tag = tag;
                placed
            })
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
        let h1 = self.open(Role::H1, None);
        let mut lines = self.balanced(&doc.title, self.t.title);
        if let Some(translation) = doc.title_translation.as_deref().map(str::trim)
            && !translation.is_empty()
        {
            self.open_second_language(h1);
            lines.extend(self.balanced(translation, self.t.title_translation));
        }
        if let Some(sub) = &doc.subtitle {
            self.open(Role::P, None);
            lines.extend(self.balanced(sub, self.t.subtitle));
        }
        self.push_lines(lines, 0.0, |_, _| true);
        if let Some(last) = self.units.last_mut() {
            last.keep_with_next = false;
        }
        self.end(18.0);
        if self.t.spacing == 0.0 {
            // The official style leaves one empty grid line under the title block.
            self.pending = self.t.body.leading;
        }
    }

    /// A chart and its caption: one unit, so it is never split across pages.
    fn figure(&mut self, figure: &crate::figure::Figure) {
        let space = self.begin(10.0);
        let id = self.open(Role::Figure, None);
        let alt = [figure.chart.title(), figure.caption.as_str()]
            .iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        self.elements[id].alt = Some(alt.to_owned());
        let mut laid_out = |figure: &crate::figure::Figure| {
            let (mut items, height) = crate::figure::items(
                figure,
                &mut self.metrics,
                self.t.left,
                self.t.width,
                self.t.height(),
            );
            for item in &mut items {
                match item {
                    Item::Text(t) => t.tag = Some(id),
                    Item::Vector(p) => p.tag = Some(id),
                    _ => {}
                }
            }
            (items, height)
        };
        let (items, height) = laid_out(figure);
        // Labels cut short ("…") where the full height has room for them.
        let cut = |items: &[Item]| {
            items
                .iter()
                .filter(|i| matches!(i, Item::Text(t) if t.text.contains('…')))
                .count()
        };
        let compact = (figure.height * COMPACT_FIGURE >= MIN_COMPACT_FIGURE)
            .then(|| {
                let smaller = crate::figure::Figure {
                    height: figure.height * COMPACT_FIGURE,
                    ..figure.clone()
                };
                let (items, height) = laid_out(&smaller);
                Box::new(Compact { height, items })
            })
            .filter(|c| cut(&c.items) <= cut(&items));
        self.units.push(Unit {
            space_before: space,
            height,
            items,
            compact,
            ..Unit::default()
        });
        self.end(12.0);
        // The caption never touches a heading below it, in the official style's grid too.
        self.pending = self.pending.max(FIGURE_AFTER);
    }
}

/// How much less high a chart may be drawn to stay on its page with what goes with it.
const COMPACT_FIGURE: f32 = 0.8;
/// No chart is drawn less high than this to save its page.
const MIN_COMPACT_FIGURE: f32 = 150.0;

/// Room under a figure's caption, whatever the style's spacing.
const FIGURE_AFTER: f32 = 10.0;
