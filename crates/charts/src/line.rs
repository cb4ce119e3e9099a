//! Line charts: series over x (observed solid, projected dashed), shaded bands between two
//! series, wedges stacked on a series, labelled reference lines and target points.

use crate::frame::{Frame, GAP, Key, LABEL_SIZE, LEADING, TICK_SIZE};
use crate::marks::{self, TARGET_R};
use crate::model::{LineChart, Reference, Series};
use crate::number::NumberFormat;
use crate::palette;
use crate::place::{Obstacles, Rect};
use crate::scene::{Anchor, Dash, Path, Rgb, Stroke};
use crate::ticks::{inner_ticks, nice_ticks};
use crate::wedge::{self, Stacked};

/// Markers are drawn on about this many points of a series, not on every year.
const MARKERS_PER_SERIES: usize = 8;
const MARKER_R: f32 = 2.4;

/// The plot rectangle and the data ranges it shows.
struct Plot {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
    x: (f64, f64),
    y: (f64, f64),
}

impl Plot {
    fn sx(&self, x: f64) -> f32 {
        let t = (x - self.x.0) / (self.x.1 - self.x.0);
        self.left + (t as f32) * (self.right - self.left)
    }

    fn sy(&self, y: f64) -> f32 {
        let t = (y - self.y.0) / (self.y.1 - self.y.0);
        self.bottom - (t as f32) * (self.bottom - self.top)
    }

    fn point(&self, (x, y): (f64, f64)) -> (f32, f32) {
        (self.sx(x), self.sy(y))
    }

    /// Where marks' labels may go: the plot, clear of the x axis.
    fn area(&self) -> Rect {
        Rect {
            l: self.left,
            t: self.top,
            r: self.right,
            b: self.bottom - 1.0,
        }
    }
}

fn finite_points(s: &Series) -> impl Iterator<Item = (f64, f64)> + '_ {
    s.points
        .iter()
        .copied()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
}

/// Smallest and largest of some values, or `None` when there are none.
fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

pub(crate) fn layout(c: &LineChart, f: &mut Frame) {
    f.title(&c.title);
    let stacked = wedge::stack(c);
    f.legend(&legend(c, &stacked));

    let xs = c
        .series
        .iter()
        .flat_map(|s| finite_points(s).map(|p| p.0))
        .chain(c.targets.iter().map(|t| t.x))
        .chain(c.references.iter().filter_map(|r| match r {
            Reference::AtX { x, .. } => Some(*x),
            Reference::AtY { .. } => None,
        }))
        .filter(|v| v.is_finite());
    let ys = c
        .series
        .iter()
        .flat_map(|s| finite_points(s).map(|p| p.1))
        .chain(c.targets.iter().map(|t| t.y))
        .chain(c.references.iter().filter_map(|r| match r {
            Reference::AtY { y, .. } => Some(*y),
            Reference::AtX { .. } => None,
        }))
        .chain(wedge::extent_values(&stacked))
        .filter(|v| v.is_finite());
    let (x_lo, x_hi) = extent(xs).unwrap_or((0.0, 1.0));
    let (y_lo, y_hi) = extent(ys).unwrap_or((0.0, 1.0));
    // Quantities like emissions start at zero, so the lines' slopes are not exaggerated.
    let y_lo = if y_lo >= 0.0 { 0.0 } else { y_lo };

    // Y axis title above the plot, reading horizontally.
    let y_title = Frame::axis_title(&c.y_axis);
    if !y_title.is_empty() {
        let line = f.shorten(&y_title, f.width, LABEL_SIZE);
        let base = Frame::baseline(f.top, LABEL_SIZE);
        f.label(
            &line,
            0.0,
            base,
            LABEL_SIZE,
            Anchor::Start,
            palette::MUTED,
            false,
        );
        f.top += LABEL_SIZE * LEADING + 2.0;
    }
    // X axis title centred under the tick labels.
    let x_title = Frame::axis_title(&c.x_axis);
    let x_title_top = f.bottom - LABEL_SIZE * LEADING;
    if !x_title.is_empty() {
        f.bottom = x_title_top;
    }
    let tick_row = TICK_SIZE * LEADING + 3.0;
    let plot_bottom = f.bottom - tick_row;

    // Room above the plot for the labels of vertical reference lines.
    let at_x = c
        .references
        .iter()
        .filter(|r| matches!(r, Reference::AtX { .. }))
        .count();
    let ref_rows = at_x.min(2);
    let plot_top = f.top + ref_rows as f32 * (LABEL_SIZE * LEADING) + 2.0;

    let y_ticks = nice_ticks(
        y_lo,
        y_hi,
        (((plot_bottom - plot_top) / (TICK_SIZE * 3.2)) as usize).clamp(2, 8),
        0.0,
    );
    let y_max_abs = y_ticks.first().abs().max(y_ticks.last().abs());
    let y_fmt = NumberFormat::for_ticks(c.lang, y_max_abs, y_ticks.step);
    let y_labels: Vec<String> = y_ticks.values.iter().map(|v| y_fmt.format(*v)).collect();
    let y_label_w = y_labels
        .iter()
        .map(|l| f.measure(l, TICK_SIZE))
        .fold(0.0f32, f32::max);

    let x_fmt = |v: f64| {
        if c.years {
            NumberFormat::year().format(v)
        } else {
            NumberFormat::for_ticks(c.lang, x_lo.abs().max(x_hi.abs()), 0.0).format(v)
        }
    };
    let widest_x = f
        .measure(&x_fmt(x_hi), TICK_SIZE)
        .max(f.measure(&x_fmt(x_lo), TICK_SIZE));
    // Room for the y tick labels, and for half the first year centred under the axis.
    let left = (y_label_w + 4.0).max(widest_x / 2.0);
    let right = f.width - (widest_x / 2.0).max(GAP);
    let x_count = (((right - left) / (widest_x + 14.0)) as usize).clamp(2, 12);
    let x_ticks = inner_ticks(x_lo, x_hi, x_count, if c.years { 1.0 } else { 0.0 });
    let x_fmt_ticks = if c.years {
        NumberFormat::year()
    } else {
        NumberFormat::for_ticks(c.lang, x_lo.abs().max(x_hi.abs()), x_ticks.step)
    };
    let x_range = if x_hi > x_lo {
        (x_lo, x_hi)
    } else {
        (x_lo - 0.5, x_hi + 0.5)
    };

    let plot = Plot {
        left,
        right,
        top: plot_top,
        bottom: plot_bottom,
        x: x_range,
        y: (y_ticks.first(), y_ticks.last()),
    };

    // Grid and y tick labels.
    for (v, label) in y_ticks.values.iter().zip(&y_labels) {
        let y = plot.sy(*v);
        f.path(Path::line(
            vec![(plot.left, y), (plot.right, y)],
            Stroke {
                color: palette::GRID,
                width: 0.5,
                dash: Dash::Solid,
            },
        ));
        f.label(
            label,
            plot.left - 4.0,
            y + 0.32 * TICK_SIZE,
            TICK_SIZE,
            Anchor::End,
            palette::MUTED,
            false,
        );
    }
    // X axis with ticks.
    let axis = Stroke {
        color: palette::AXIS,
        width: 0.7,
        dash: Dash::Solid,
    };
    f.path(Path::line(
        vec![(plot.left, plot.bottom), (plot.right, plot.bottom)],
        axis,
    ));
    let tick_base = plot.bottom + 3.0 + 0.88 * TICK_SIZE + 1.0;
    for v in &x_ticks.values {
        let x = plot.sx(*v);
        f.path(Path::line(
            vec![(x, plot.bottom), (x, plot.bottom + 3.0)],
            axis,
        ));
        f.label(
            &x_fmt_ticks.format(*v),
            x,
            tick_base,
            TICK_SIZE,
            Anchor::Middle,
            palette::MUTED,
            false,
        );
    }
    if !x_title.is_empty() {
        let line = f.shorten(&x_title, f.width, LABEL_SIZE);
        let mid = (plot.left + plot.right) / 2.0;
        f.label(
            &line,
            mid,
            Frame::baseline(x_title_top, LABEL_SIZE),
            LABEL_SIZE,
            Anchor::Middle,
            palette::MUTED,
            false,
        );
    }

    bands(c, &plot, f);
    for s in &stacked {
        let near: Vec<(f32, f32)> =
            s.xs.iter()
                .zip(&s.near)
                .map(|p| plot.point((*p.0, *p.1)))
                .collect();
        let far: Vec<(f32, f32)> =
            s.xs.iter()
                .zip(&s.far)
                .map(|p| plot.point((*p.0, *p.1)))
                .collect();
        for path in wedge::draw(s.index, &near, &far) {
            f.path(path);
        }
    }
    // Everything a mark's label must keep clear of: the labels so far, the lines and
    // markers drawn below.
    let mut obs = Obstacles::default();
    for b in f.label_boxes() {
        obs.label(b);
    }
    references(c, &plot, f, ref_rows, &mut obs);
    for (i, s) in c.series.iter().enumerate() {
        series(s, i, &plot, f, &mut obs);
    }
    targets(c, &plot, f, &mut obs);
}

fn legend(c: &LineChart, stacked: &[Stacked]) -> Vec<(String, Key)> {
    let mut entries: Vec<(String, Key)> = c
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let key = Key::Line {
                color: palette::color(i),
                width: palette::line_width(i),
                dash: Dash::Solid,
                marker: Some(palette::marker(i)),
            };
            (s.name.clone(), key)
        })
        .collect();
    for b in &c.bands {
        entries.push((b.label.clone(), Key::Swatch(band_color(b.to))));
    }
    if let Some(w) = &c.wedges {
        for s in stacked {
            if let Some(drawn) = w.wedges.get(s.index) {
                entries.push((drawn.label.clone(), Key::Wedge(s.index)));
            }
        }
    }
    let projected = c.series.iter().any(|s| s.projected_after.is_some());
    if projected && !c.projected_label.trim().is_empty() {
        let key = Key::Line {
            color: palette::MUTED,
            width: 1.4,
            dash: Dash::Dashed,
            marker: None,
        };
        entries.push((c.projected_label.clone(), key));
    }
    if !c.targets.is_empty() && !c.target_label.trim().is_empty() {
        entries.push((c.target_label.clone(), Key::Target));
    }
    entries
}

fn band_color(series: usize) -> Rgb {
    palette::color(series).tint(0.78)
}

/// The area between two series over the x range they share.
fn bands(c: &LineChart, plot: &Plot, f: &mut Frame) {
    for b in &c.bands {
        let (Some(a), Some(z)) = (c.series.get(b.from), c.series.get(b.to)) else {
            continue;
        };
        let ra = extent(finite_points(a).map(|p| p.0));
        let rz = extent(finite_points(z).map(|p| p.0));
        let (Some(ra), Some(rz)) = (ra, rz) else {
            continue;
        };
        let (lo, hi) = (ra.0.max(rz.0), ra.1.min(rz.1));
        let inside = |p: &(f64, f64)| p.0 >= lo && p.0 <= hi;
        let mut points: Vec<(f32, f32)> = finite_points(a)
            .filter(inside)
            .map(|p| plot.point(p))
            .collect();
        let back: Vec<(f32, f32)> = finite_points(z)
            .filter(inside)
            .map(|p| plot.point(p))
            .collect();
        points.extend(back.into_iter().rev());
        if points.len() >= 3 {
            f.path(Path::filled(points, band_color(b.to)));
        }
    }
}

/// Reference lines; the labels of vertical ones in rows above the plot. The labels of
/// horizontal ones wait until the series are drawn, so that they can keep clear of them.
fn references(c: &LineChart, plot: &Plot, f: &mut Frame, rows: usize, obs: &mut Obstacles) {
    let stroke = Stroke {
        color: palette::REFERENCE,
        width: 0.9,
        dash: Dash::Dotted,
    };
    // Right edges of the labels already placed in each row above the plot.
    let mut row_end = vec![f32::NEG_INFINITY; rows.max(1)];
    for r in &c.references {
        match r {
            Reference::AtX { x, label } if x.is_finite() => {
                let sx = plot.sx(*x);
                let line = vec![(sx, plot.top), (sx, plot.bottom)];
                obs.line(&line, false, stroke.width);
                f.path(Path::line(line, stroke));
                let text = f.shorten(label, f.width / 2.0, LABEL_SIZE);
                let w = f.measure(&text, LABEL_SIZE);
                let left = (sx - w / 2.0).clamp(0.0, (f.width - w).max(0.0));
                let Some(row) = row_end.iter().position(|end| left >= end + 6.0) else {
                    continue;
                };
                row_end[row] = left + w;
                let top = plot.top - 2.0 - (rows - row) as f32 * LABEL_SIZE * LEADING;
                f.label(
                    &text,
                    left,
                    Frame::baseline(top, LABEL_SIZE),
                    LABEL_SIZE,
                    Anchor::Start,
                    palette::REFERENCE,
                    false,
                );
            }
            Reference::AtY { y, .. } if y.is_finite() => {
                let sy = plot.sy(*y);
                let line = vec![(plot.left, sy), (plot.right, sy)];
                obs.line(&line, false, stroke.width);
                f.path(Path::line(line, stroke));
            }
            _ => {}
        }
    }
}

fn series(s: &Series, i: usize, plot: &Plot, f: &mut Frame, obs: &mut Obstacles) {
    let color = palette::color(i);
    let width = palette::line_width(i);
    let points: Vec<(f64, f64)> = finite_points(s).collect();
    let split = s.projected_after.map_or(points.len(), |after| {
        points.iter().take_while(|p| p.0 <= after).count()
    });
    let observed: Vec<(f32, f32)> = points[..split].iter().map(|p| plot.point(*p)).collect();
    // The projection starts where the observation ends, so the line is unbroken.
    let projected: Vec<(f32, f32)> = points[split.saturating_sub(1)..]
        .iter()
        .map(|p| plot.point(*p))
        .collect();
    obs.line(&observed, false, width);
    obs.line(&projected, false, width);
    f.path(Path::line(
        observed,
        Stroke {
            color,
            width,
            dash: Dash::Solid,
        },
    ));
    if split < points.len() {
        f.path(Path::line(
            projected,
            Stroke {
                color,
                width,
                dash: Dash::Dashed,
            },
        ));
    }
    let marked = marked_points(&points);
    let marker = palette::marker(i);
    let white = Stroke {
        color: Rgb(0xFF, 0xFF, 0xFF),
        width: 0.6,
        dash: Dash::Solid,
    };
    for (k, p) in points.iter().enumerate() {
        if marked(k, p.0) {
            let (x, y) = plot.point(*p);
            // Triangles and diamonds reach 1.3 times the radius, plus the white outline.
            obs.mark(Rect::around((x, y), MARKER_R * 1.3 + 0.3));
            f.path(Path {
                points: marker.polygon(x, y, MARKER_R),
                closed: true,
                fill: Some(color),
                stroke: Some(white),
            });
        }
    }
}

/// Which points of a series carry a marker: on a series of years, the round years (every 5,
/// 10, … years, as few as keep within [`MARKERS_PER_SERIES`]), so no marker reads as an
/// observation of an odd year; otherwise every k-th point; and always the last.
fn marked_points(points: &[(f64, f64)]) -> impl Fn(usize, f64) -> bool {
    let n = points.len();
    let whole = points.iter().all(|p| p.0.fract() == 0.0);
    let span = match (points.first(), points.last()) {
        (Some(a), Some(b)) => b.0 - a.0,
        _ => 0.0,
    };
    let step = [1.0f64, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0]
        .into_iter()
        .find(|s| span / s + 1.0 <= MARKERS_PER_SERIES as f64)
        .filter(|_| whole);
    let every = n.div_ceil(MARKERS_PER_SERIES).max(1);
    move |k, x| {
        k + 1 == n
            || match step {
                Some(s) => x % s == 0.0,
                None => k % every == 0,
            }
    }
}

/// Target points as open diamonds, then their labels where nothing runs through them.
fn targets(c: &LineChart, plot: &Plot, f: &mut Frame, obs: &mut Obstacles) {
    let mut placed = Vec::new();
    for t in &c.targets {
        if !(t.x.is_finite() && t.y.is_finite()) {
            continue;
        }
        let at = plot.point((t.x, t.y));
        f.target_marker(at.0, at.1);
        obs.mark(Rect::around(at, TARGET_R));
        placed.push((at, t.label.as_str()));
    }
    marks::target_labels(f, obs, &plot.area(), &placed);
    for r in &c.references {
        if let Reference::AtY { y, label } = r
            && y.is_finite()
        {
            marks::line_label(f, obs, &plot.area(), plot.sy(*y), label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::marked_points;

    #[test]
    fn a_series_of_years_is_marked_on_round_years_and_its_last() {
        let points: Vec<(f64, f64)> = (2005..=2060).map(|y| (f64::from(y), 1.0)).collect();
        let marked = marked_points(&points);
        let years: Vec<f64> = points
            .iter()
            .enumerate()
            .filter(|(k, p)| marked(*k, p.0))
            .map(|(_, p)| p.0)
            .collect();
        assert_eq!(years, [2010.0, 2020.0, 2030.0, 2040.0, 2050.0, 2060.0]);
        // Not years: every k-th point.
        let points: Vec<(f64, f64)> = (0..20).map(|k| (f64::from(k) * 0.5, 1.0)).collect();
        let marked = marked_points(&points);
        let count = points
            .iter()
            .enumerate()
            .filter(|(k, p)| marked(*k, p.0))
            .count();
        assert!((2..=9).contains(&count), "{count}");
    }
}
