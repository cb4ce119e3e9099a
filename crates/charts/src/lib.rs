//! concord-charts: one chart model, laid out once into geometry that the window (SVG) and
//! the PDF (vector paths and text) only draw.
//!
//! A [`Chart`] says what to show (series, bars, radar scores) in the caller's words and
//! numbers. [`layout`] turns it into a [`Scene`]: paths and text labels in points, from the
//! top-left corner of a frame of the given size, with ticks, number formats, legends and
//! wrapped labels already decided. Text is measured with a width function passed in, so the
//! PDF can use its real font metrics and the SVG an estimate ([`estimate_width`]).
//! [`svg::render`] writes a scene as SVG; `concord-documents` draws the same scene on a page.
//!
//! Modules, one job each: [`model`] (what a chart says), [`ticks`] (1-2-5 axis steps),
//! [`number`] (thousands separators, 万 and 亿), [`text`] (wrapping and shortening labels),
//! [`palette`] (colours, dashes, markers), [`scene`] (the geometry), `line`, `bar`,
//! `radar` and `roadmap` (one layout each), `wedge` (effects stacked on a line, hatched),
//! `place` (boxes and what they touch), `marks` (a line chart's target and goal labels,
//! placed clear of the data), [`svg`] (scene → SVG).
//!
//! *Architecture invariant:* pure: no I/O, no clock, no fonts, no PDF.

mod bar;
mod frame;
mod line;
mod marks;
pub mod model;
pub mod number;
pub mod palette;
mod place;
mod radar;
mod roadmap;
#[doc(hidden)]
pub mod samples;
pub mod scene;
pub mod svg;
pub mod text;
pub mod ticks;
mod wedge;

pub use model::{
    Axis, Band, Bar, BarChart, Chart, Lang, LineChart, RadarChart, RadarSeries, Reference,
    RoadmapChart, RoadmapRow, Series, TargetPoint, Wedge, Wedges,
};
pub use scene::{Anchor, Dash, Label, Path, Rgb, Scene, Shape, Stroke};
pub use text::estimate_width;

/// Lay `chart` out in a `width` × `height` frame (points). `measure` gives the width of a
/// text in em (multiply by the font size for points); labels are wrapped or shortened so
/// that, measured this way, none overlaps another or leaves the frame.
pub fn layout(
    chart: &Chart,
    width: f32,
    height: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Scene {
    let mut frame = frame::Frame::new(width, height, measure);
    match chart {
        Chart::Line(c) => line::layout(c, &mut frame),
        Chart::Bar(c) => bar::layout(c, &mut frame),
        Chart::Radar(c) => radar::layout(c, &mut frame),
        Chart::Roadmap(c) => roadmap::layout(c, &mut frame),
    }
    frame.finish()
}
