//! A chart as a block of the document: laid out by `concord-charts` with the embedded face's
//! own metrics, placed as one unit that never breaks across pages, with its caption under
//! it, and drawn as vector paths and real text (searchable, no images).

use printpdf::{
    Color as PdfColor, Line, LineDashPattern, LineJoinStyle, LinePoint, Op, PaintMode, Point,
    Polygon, PolygonRing, Pt, Rgb, WindingOrder,
};

use crate::face::Face;
use crate::font::{Metrics, squeeze};
use crate::layout::{Color, Item, PAGE_HEIGHT, TextRun};
use crate::linebreak::break_lines;

/// A chart with its caption ("Figure 2  Emissions and pathways, 2005–2060").
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What the chart shows.
    pub chart: concord_charts::Chart,
    /// Printed centred under the chart; may be empty.
    pub caption: String,
    /// Height of the chart in points, without the caption (at most a page).
    pub height: f32,
}

impl Figure {
    /// A chart 300 points high (about 10.5 cm) with a caption.
    pub fn new(chart: concord_charts::Chart, caption: impl Into<String>) -> Self {
        Figure {
            chart,
            caption: caption.into(),
            height: 300.0,
        }
    }

    /// Set the chart's height in points.
    pub fn with_height(mut self, height: f32) -> Self {
        self.height = height;
        self
    }
}

/// A path of a chart on the page: points from the top-left corner of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorPath {
    /// The points.
    pub points: Vec<(f32, f32)>,
    /// Closed back to the first point.
    pub closed: bool,
    /// Fill colour.
    pub fill: Option<Color>,
    /// Outline colour, width and dash pattern (dash, gap, …; empty for solid).
    pub stroke: Option<(Color, f32, Vec<f32>)>,
    /// The structure element (the figure) it belongs to, as [`TextRun::tag`].
    pub tag: Option<usize>,
}

impl VectorPath {
    pub(crate) fn shift(&mut self, dy: f32) {
        for p in &mut self.points {
            p.1 += dy;
        }
    }
}

const CAPTION_SIZE: f32 = 9.0;
const CAPTION_LEADING: f32 = 13.5;
const CAPTION_GAP: f32 = 6.0;

fn color(c: concord_charts::Rgb) -> Color {
    let (r, g, b) = c.unit();
    Color { r, g, b }
}

/// The items of a figure `width` wide at `x`, relative to its top, and its height (chart
/// and caption, no taller than `max_height`).
pub(crate) fn items(
    figure: &Figure,
    metrics: &mut Metrics,
    x: f32,
    width: f32,
    max_height: f32,
) -> (Vec<Item>, f32) {
    let caption = metrics.sanitize(&figure.caption.replace('\n', " "));
    let caption_lines = if caption.trim().is_empty() {
        Vec::new()
    } else {
        break_lines(caption.trim(), width / CAPTION_SIZE, |c| {
            metrics.advance_in(Face::SansBold, c)
        })
    };
    let caption_h = if caption_lines.is_empty() {
        0.0
    } else {
        CAPTION_GAP + caption_lines.len() as f32 * CAPTION_LEADING
    };
    let wanted = if figure.height.is_finite() {
        figure.height
    } else {
        300.0
    };
    let chart_h = wanted.clamp(80.0, (max_height - caption_h).max(80.0));

    let scene = {
        let mut measure = |s: &str| {
            let t = metrics.sanitize(s);
            metrics.width(&t) - squeeze(&t, Face::Sans)
        };
        concord_charts::layout(&figure.chart, width, chart_h, &mut measure)
    };
    let mut items = Vec::with_capacity(scene.shapes.len() + caption_lines.len());
    for shape in &scene.shapes {
        match shape {
            concord_charts::Shape::Path(p) => items.push(Item::Vector(VectorPath {
                points: p.points.iter().map(|&(px, py)| (x + px, py)).collect(),
                closed: p.closed,
                fill: p.fill.map(color),
                stroke: p
                    .stroke
                    .map(|s| (color(s.color), s.width, s.dash.pattern(s.width))),
                tag: None,
            })),
            concord_charts::Shape::Text(l) => items.push(Item::Text(TextRun {
                x: x + l.left(),
                baseline: l.baseline,
                size: l.size,
                color: color(l.color),
                face: if l.bold { Face::SansBold } else { Face::Sans },
                tracking: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                tight: 0.0,
                text: metrics.sanitize(&l.text),
                tag: None,
            })),
        }
    }
    let mut baseline =
        chart_h + CAPTION_GAP + (CAPTION_LEADING - CAPTION_SIZE) / 2.0 + 0.88 * CAPTION_SIZE;
    for line in caption_lines {
        let (tight, taken) = line.tight_share();
        let w = (line.width - squeeze(&line.text, Face::SansBold) - taken) * CAPTION_SIZE;
        items.push(Item::Text(TextRun {
            x: x + ((width - w) / 2.0).max(0.0),
            baseline,
            size: CAPTION_SIZE,
            color: Color::grey(0.0),
            face: Face::SansBold,
            tracking: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            tight,
            text: line.text,
            tag: None,
        }));
        baseline += CAPTION_LEADING;
    }
    (items, chart_h + caption_h)
}

fn pdf_color(c: Color) -> PdfColor {
    PdfColor::Rgb(Rgb::new(c.r, c.g, c.b, None))
}

/// A chart path as PDF operations, inside its own graphics state so its colours, width and
/// dashes do not leak into what the page draws next.
pub(crate) fn path_ops(p: &VectorPath, ops: &mut Vec<Op>) {
    if p.points.len() < 2 {
        return;
    }
    ops.push(Op::SaveGraphicsState);
    if let Some(fill) = p.fill {
        ops.push(Op::SetFillColor {
            col: pdf_color(fill),
        });
    }
    if let Some((stroke, width, dash)) = &p.stroke {
        ops.push(Op::SetOutlineColor {
            col: pdf_color(*stroke),
        });
        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
        ops.push(Op::SetLineJoinStyle {
            join: LineJoinStyle::Round,
        });
        if !dash.is_empty() {
            ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, dash),
            });
        }
    }
    let points: Vec<LinePoint> = p
        .points
        .iter()
        .map(|&(x, y)| LinePoint {
            p: Point {
                x: crate::render::hundredths(x),
                y: crate::render::hundredths(PAGE_HEIGHT - y),
            },
            bezier: false,
        })
        .collect();
    let mode = match (p.fill.is_some(), p.stroke.is_some()) {
        (true, true) => Some(PaintMode::FillStroke),
        (true, false) => Some(PaintMode::Fill),
        (false, true) if p.closed => Some(PaintMode::Stroke),
        (false, true) => None,
        (false, false) => {
            ops.pop();
            return;
        }
    };
    match mode {
        Some(mode) => ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        }),
        None => ops.push(Op::DrawLine {
            line: Line {
                points,
                is_closed: false,
            },
        }),
    }
    ops.push(Op::RestoreGraphicsState);
}
