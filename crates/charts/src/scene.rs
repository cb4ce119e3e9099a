//! The laid-out geometry both renderers draw: paths and labels in points, y downwards
//! from the top-left corner of the chart's frame.

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Components in 0–1 (for PDF colour operators).
    pub fn unit(self) -> (f32, f32, f32) {
        (
            f32::from(self.0) / 255.0,
            f32::from(self.1) / 255.0,
            f32::from(self.2) / 255.0,
        )
    }

    /// This colour mixed with white: `amount` 0 is the colour, 1 is white. Used instead of
    /// transparency, which archival PDF forbids.
    pub fn tint(self, amount: f32) -> Rgb {
        let mix = |c: u8| (f32::from(c) + (255.0 - f32::from(c)) * amount).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }
}

/// A line's dash pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Dash {
    /// Unbroken.
    #[default]
    Solid,
    /// Long dashes: projections.
    Dashed,
    /// Short dots: reference lines.
    Dotted,
    /// Dash and dot: a second kind of projection or outline.
    DashDot,
}

impl Dash {
    /// Dash and gap lengths for a line of `width` points; empty when solid.
    pub fn pattern(self, width: f32) -> Vec<f32> {
        let w = width.max(0.5);
        match self {
            Dash::Solid => Vec::new(),
            Dash::Dashed => vec![5.0 * w, 3.0 * w],
            Dash::Dotted => vec![1.0 * w, 2.0 * w],
            Dash::DashDot => vec![5.0 * w, 2.0 * w, 1.0 * w, 2.0 * w],
        }
    }
}

/// How a path's outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub color: Rgb,
    /// Width in points.
    pub width: f32,
    /// Dash pattern.
    pub dash: Dash,
}

/// A polyline or polygon.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// Points (x, y from the top).
    pub points: Vec<(f32, f32)>,
    /// Closed back to the first point.
    pub closed: bool,
    /// Fill colour of a closed path.
    pub fill: Option<Rgb>,
    /// Outline.
    pub stroke: Option<Stroke>,
}

impl Path {
    /// An open line.
    pub fn line(points: Vec<(f32, f32)>, stroke: Stroke) -> Path {
        Path {
            points,
            closed: false,
            fill: None,
            stroke: Some(stroke),
        }
    }

    /// A filled polygon without outline.
    pub fn filled(points: Vec<(f32, f32)>, fill: Rgb) -> Path {
        Path {
            points,
            closed: true,
            fill: Some(fill),
            stroke: None,
        }
    }

    /// A filled rectangle.
    pub fn rect(x: f32, y: f32, w: f32, h: f32, fill: Rgb) -> Path {
        Path::filled(vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)], fill)
    }
}

/// Which point of a label its `x` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// x is the left edge.
    Start,
    /// x is the centre.
    Middle,
    /// x is the right edge.
    End,
}

/// One line of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Anchor point.
    pub x: f32,
    /// Baseline, from the top.
    pub baseline: f32,
    /// Font size in points.
    pub size: f32,
    /// Which point `x` is.
    pub anchor: Anchor,
    /// Width as measured during layout, in points.
    pub width: f32,
    /// Colour.
    pub color: Rgb,
    /// Bold (titles).
    pub bold: bool,
    /// The text, one line.
    pub text: String,
}

impl Label {
    /// Left edge, from the anchor and the measured width.
    pub fn left(&self) -> f32 {
        match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - self.width / 2.0,
            Anchor::End => self.x - self.width,
        }
    }

    /// The box the label occupies: (left, top, right, bottom), using the em box of the
    /// embedded face (0.88 above, 0.12 below the baseline).
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        let left = self.left();
        (
            left,
            self.baseline - 0.88 * self.size,
            left + self.width,
            self.baseline + 0.12 * self.size,
        )
    }
}

/// Something drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A path.
    Path(Path),
    /// A line of text.
    Text(Label),
}

/// A laid-out chart: shapes in drawing order within a `width` × `height` frame.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    /// Frame width in points.
    pub width: f32,
    /// Frame height in points.
    pub height: f32,
    /// What is drawn, back to front.
    pub shapes: Vec<Shape>,
    /// The chart's title (also the SVG's accessible name).
    pub title: String,
}

impl Scene {
    /// The labels, in drawing order.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text(l) => Some(l),
            Shape::Path(_) => None,
        })
    }

    /// The paths, in drawing order.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Path(p) => Some(p),
            Shape::Text(_) => None,
        })
    }
}
