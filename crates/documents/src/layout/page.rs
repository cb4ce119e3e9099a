//! What a laid-out page holds: text runs, rules, fills, ink and chart paths, in page
//! coordinates from the top-left corner.

use crate::face::Face;
use crate::font::{advance_in, squeezes_tight};

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
    /// The face the run is set in (characters its subset lacks are drawn in the full
    /// regular face).
    pub face: Face,
    /// Points added to every character's advance (the official character grid).
    pub tracking: f32,
    /// Extra space at every justification gap, in points (justified lines with ideographs):
    /// between two characters when either is an ideograph or the first is a space, never
    /// inside a Latin word or a number (see [`is_justification_gap`]).
    pub char_spacing: f32,
    /// Extra space at every U+0020, in points (justified Latin lines).
    pub word_spacing: f32,
    /// The share (0 to 1) of their empty halves the full-width marks give up, where a line
    /// fits only set tight (see `font::compressible`).
    pub tight: f32,
    /// The text (already sanitised for the font).
    pub text: String,
    /// The structure element the run belongs to (index into [`Layout::elements`]); `None`
    /// for running headers, footers and repeated table headers, which are artifacts.
    pub tag: Option<usize>,
}

impl TextRun {
    /// Drawn width in points, including justification and punctuation
    /// compression.
    pub fn width(&self) -> f32 {
        let glyphs: f32 = self
            .text
            .chars()
            .filter_map(|c| advance_in(self.face, c))
            .sum();
        let squeezed: f32 = squeezes_tight(&self.text, self.face, self.tight)
            .iter()
            .sum();
        (glyphs - squeezed) * self.size
            + self.tracking * self.text.chars().count() as f32
            + self.char_spacing * justification_gaps(&self.text) as f32
            + self.word_spacing * self.text.matches(' ').count() as f32
    }
}

pub(super) use crate::font::is_wide;

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
    /// Where an empty signature field goes; nothing is drawn for it.
    Field(SignatureField),
}

/// The rectangle of a signature field, named for the signer whose signature fills it.
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureField {
    pub name: String,
    /// Left edge.
    pub x: f32,
    /// Top edge from the top of the page.
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Item {
    pub(super) fn shift(&mut self, dy: f32) {
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
            Item::Field(f) => f.y += dy,
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

/// What a structure element is, as the tagged PDF's standard structure types name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A level 1 heading (also the document's title).
    H1,
    /// A level 2 heading.
    H2,
    /// A level 3 heading.
    H3,
    /// A paragraph (also a key–value line and a signer's block).
    P,
    /// A part of an element in another language.
    Span,
    /// A table.
    Table,
    /// A table row.
    TR,
    /// A header cell.
    TH,
    /// A data cell.
    TD,
    /// A chart with its caption.
    Figure,
}

impl Role {
    /// The structure type's name (`/S`).
    pub fn name(self) -> &'static str {
        match self {
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::Span => "Span",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
        }
    }
}

/// A structure element: what a piece of content is, for the structure tree of the tagged PDF
/// and for the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// Its structure type.
    pub role: Role,
    /// The enclosing element; `None` is the document.
    pub parent: Option<usize>,
    /// The language of its text when it differs from the document's (`/Lang`).
    pub lang: Option<String>,
    /// The alternate text of a figure (`/Alt`).
    pub alt: Option<String>,
    /// A heading of the flow: its bookmark's text, the main text then the secondary.
    pub outline: Option<String>,
}

/// A document laid out on pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub(super) pages: Vec<Page>,
    pub(super) elements: Vec<Element>,
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

    /// The structure elements, parents before their children, in reading order; text runs
    /// and chart paths name theirs by index.
    pub fn elements(&self) -> &[Element] {
        &self.elements
    }
}
