//! What a chart says, in the caller's words and numbers; nothing about pixels.

/// The language numbers and punctuation are written in. Labels are the caller's and are
/// printed as given (a bilingual chart passes bilingual labels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// `12,500`, `1.2 M` is never used: large numbers keep their digits.
    #[default]
    En,
    /// `1.25万`, `3亿`: large numbers in 万 and 亿 as Chinese readers expect.
    Zh,
}

/// A chart of one of three kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// Series over a numeric x axis (usually years).
    Line(LineChart),
    /// Horizontal bars with their values written at the end.
    Bar(BarChart),
    /// Scores on spokes around a centre (the resilience scorecard's ten essentials).
    Radar(RadarChart),
    /// Items as bars on a calendar of years (the Local Action Plan's measures).
    Roadmap(RoadmapChart),
}

impl Chart {
    /// The title printed at the top.
    pub fn title(&self) -> &str {
        match self {
            Chart::Line(c) => &c.title,
            Chart::Bar(c) => &c.title,
            Chart::Radar(c) => &c.title,
            Chart::Roadmap(c) => &c.title,
        }
    }
}

/// An axis: what it measures and in which unit; printed as "Emissions (Mt CO2e)".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Axis {
    /// What the axis measures.
    pub title: String,
    /// The unit, printed in brackets after the title; empty for none.
    pub unit: String,
}

impl Axis {
    /// An axis with a title and a unit.
    pub fn new(title: impl Into<String>, unit: impl Into<String>) -> Self {
        Axis {
            title: title.into(),
            unit: unit.into(),
        }
    }
}

/// Lines over a numeric x axis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineChart {
    /// Printed at the top.
    pub title: String,
    /// Language of numbers.
    pub lang: Lang,
    /// The x axis; with `years` its ticks are whole years written without separators.
    pub x_axis: Axis,
    /// Whether x values are calendar years.
    pub years: bool,
    /// The y axis.
    pub y_axis: Axis,
    /// The lines, in legend order; each takes the next colour, marker and width.
    pub series: Vec<Series>,
    /// Straight lines across the plot with a label ("APEC goal 2035").
    pub references: Vec<Reference>,
    /// Shaded areas between two series (the gap between BAU and a target path).
    pub bands: Vec<Band>,
    /// Single target points, drawn as open diamonds with a label.
    pub targets: Vec<TargetPoint>,
    /// Effects stacked as wedges on one series (the measures' effects on the BAU).
    pub wedges: Option<Wedges>,
    /// Legend text of the dashed sample when a series has a projection ("Projected").
    pub projected_label: String,
    /// Legend text of the open diamond when there are targets ("Target").
    pub target_label: String,
}

/// One line: observed points drawn solid, then projected points dashed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    /// Legend text.
    pub name: String,
    /// (x, y) in increasing x; points that are not finite are skipped.
    pub points: Vec<(f64, f64)>,
    /// Points with x above this are a projection and drawn dashed; `None`: all observed.
    pub projected_after: Option<f64>,
}

impl Series {
    /// A series of observed points.
    pub fn new(name: impl Into<String>, points: Vec<(f64, f64)>) -> Self {
        Series {
            name: name.into(),
            points,
            projected_after: None,
        }
    }

    /// Draw the points after `x` dashed, as a projection.
    pub fn projected_after(mut self, x: f64) -> Self {
        self.projected_after = Some(x);
        self
    }
}

/// A labelled straight line across the plot.
#[derive(Debug, Clone, PartialEq)]
pub enum Reference {
    /// A vertical line at this x (a target year).
    AtX {
        /// Where.
        x: f64,
        /// Printed at the top of the line.
        label: String,
    },
    /// A horizontal line at this y (a goal level).
    AtY {
        /// Where.
        y: f64,
        /// Printed above or below the line, as far right as nothing runs through it.
        label: String,
    },
}

/// The area between two series, shaded, with its own legend entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// Index of one series in [`LineChart::series`].
    pub from: usize,
    /// Index of the other.
    pub to: usize,
    /// Legend text.
    pub label: String,
}

/// Effects stacked one after the other on a series: the first wedge lies against the
/// series, each next one against the wedge before it. An effect that lowers the value (a
/// negative one) stacks downwards, so measures that cut emissions hang under the BAU line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wedges {
    /// Index of the series they stack on in [`LineChart::series`].
    pub on: usize,
    /// The wedges, nearest the series first; each has its own colour, hatching and outline.
    pub wedges: Vec<Wedge>,
}

/// One effect over x, in the y axis's unit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wedge {
    /// Legend text.
    pub label: String,
    /// (x, effect) in increasing x, straight between points; zero before the first point
    /// and the last effect held after the last one. Points that are not finite are skipped.
    pub effects: Vec<(f64, f64)>,
}

/// A single point to reach, e.g. the 2030 target.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetPoint {
    /// x (year).
    pub x: f64,
    /// y value.
    pub y: f64,
    /// Printed next to the marker, or nearby with a leader line, where no series runs
    /// through it.
    pub label: String,
}

/// Horizontal bars, one per category, top to bottom in the given order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarChart {
    /// Printed at the top.
    pub title: String,
    /// Language of numbers.
    pub lang: Lang,
    /// The value axis (under the bars).
    pub value_axis: Axis,
    /// The bars.
    pub bars: Vec<Bar>,
    /// A waterfall: each bar that is not a total starts where the bars before it left off,
    /// so the steps add up visibly from one total to the next (the Kaya decomposition).
    pub waterfall: bool,
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Category label, at the left; wrapped to as many lines as its row holds (up to
    /// four), shortened only when they are not enough.
    pub label: String,
    /// Its value (negative bars extend left of zero; in a waterfall, a step down).
    pub value: f64,
    /// In a waterfall: a level drawn from zero that the next steps start from.
    pub total: bool,
}

impl Bar {
    /// A bar.
    pub fn new(label: impl Into<String>, value: f64) -> Self {
        Bar {
            label: label.into(),
            value,
            total: false,
        }
    }

    /// A waterfall's level (a start or an end), drawn from zero.
    pub fn total(label: impl Into<String>, value: f64) -> Self {
        Bar {
            total: true,
            ..Bar::new(label, value)
        }
    }
}

/// Scores on spokes, one spoke per category, clockwise from the top.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarChart {
    /// Printed at the top.
    pub title: String,
    /// Language of numbers.
    pub lang: Lang,
    /// Spoke labels (three or more); each wraps to up to five lines (`\n` breaks one),
    /// and the wheel shrinks to make room for them before any is shortened.
    pub categories: Vec<String>,
    /// The value at the rim (e.g. 5 for scores 0–5).
    pub max: f64,
    /// One closed outline per series.
    pub series: Vec<RadarSeries>,
}

/// One outline on a radar chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarSeries {
    /// Legend text.
    pub name: String,
    /// One value per category; missing or non-finite values count as zero.
    pub values: Vec<f64>,
}

/// Items on a calendar of years, one row each, top to bottom in the given order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoadmapChart {
    /// Printed at the top.
    pub title: String,
    /// Under the years (e.g. "Year").
    pub axis_title: String,
    /// Legend names of the groups, in colour order; a row's `group` indexes them.
    pub groups: Vec<String>,
    /// The rows.
    pub rows: Vec<RoadmapRow>,
}

/// One item: a bar from the start of `start` to the end of `end`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoadmapRow {
    /// At the left; wrapped to as many lines as its row holds (up to four), shortened
    /// only when they are not enough.
    pub label: String,
    pub start: i32,
    pub end: i32,
    /// Index into the chart's groups.
    pub group: usize,
}
