//! Wedges: effects stacked on a series (the measures' expected effects hanging from the BAU
//! line towards the target path). Each wedge is filled with a light tint, outlined and
//! hatched in its own direction, so two wedges differ in grey print and for readers who do
//! not tell their colours apart; the legend shows the same hatching.

use crate::model::{LineChart, Wedge, Wedges};
use crate::palette;
use crate::scene::{Dash, Path, Rgb, Stroke};

/// Room between hatch lines, in points.
const HATCH_GAP: f32 = 4.5;

/// The direction of a wedge's hatch lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hatch {
    /// `/`
    Rising,
    /// `\`
    Falling,
    /// `|`
    Vertical,
    /// `—`
    Horizontal,
    /// `X`
    Cross,
    /// `+`
    Grid,
}

const HATCHES: [Hatch; 6] = [
    Hatch::Rising,
    Hatch::Falling,
    Hatch::Vertical,
    Hatch::Horizontal,
    Hatch::Cross,
    Hatch::Grid,
];

/// Wedge `i`'s colour: after the three a progress chart's lines take (observed, path, BAU).
pub(crate) fn color(i: usize) -> Rgb {
    palette::color(i + 3)
}

/// Wedge `i`'s hatching; with six directions and seven colours, the pair repeats only after
/// 42 wedges.
pub(crate) fn hatch(i: usize) -> Hatch {
    HATCHES[i % HATCHES.len()]
}

/// Wedge `i`'s outline: solid, then dashed, then dotted, so neighbours differ there too.
pub(crate) fn outline(i: usize) -> Dash {
    [Dash::Solid, Dash::Dashed, Dash::DashDot][(i / HATCHES.len()) % 3]
}

/// One wedge in data units: over `xs`, from `near` (the side of the series) to `far`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Stacked {
    pub(crate) index: usize,
    pub(crate) xs: Vec<f64>,
    pub(crate) near: Vec<f64>,
    pub(crate) far: Vec<f64>,
}

fn finite(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    points
        .iter()
        .copied()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .collect()
}

/// A series' value at `x`, straight between its points; `None` outside them.
fn on_line(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let first = points.first()?;
    let last = points.last()?;
    if x < first.0 || x > last.0 {
        return None;
    }
    let k = points.partition_point(|p| p.0 < x);
    let b = points.get(k)?;
    if k == 0 || b.0 == x {
        return Some(b.1);
    }
    let a = points[k - 1];
    Some(a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0))
}

/// A wedge's effect at `x`: zero before its first point, held after its last.
pub(crate) fn effect_at(wedge: &Wedge, x: f64) -> f64 {
    let points = finite(&wedge.effects);
    match (points.first(), points.last()) {
        (Some(first), _) if x < first.0 => 0.0,
        (_, Some(last)) if x >= last.0 => last.1,
        _ => on_line(&points, x).unwrap_or(0.0),
    }
}

/// The wedges stacked on their series over its x range, at every x where the series or an
/// effect bends; a wedge is drawn from the x before its effect starts, and not at all when
/// its effect is zero everywhere.
pub(crate) fn stack(c: &LineChart) -> Vec<Stacked> {
    let Some(Wedges { on, wedges }) = &c.wedges else {
        return Vec::new();
    };
    let Some(base) = c.series.get(*on).map(|s| finite(&s.points)) else {
        return Vec::new();
    };
    let (Some(lo), Some(hi)) = (base.first().map(|p| p.0), base.last().map(|p| p.0)) else {
        return Vec::new();
    };
    let mut xs: Vec<f64> = base
        .iter()
        .map(|p| p.0)
        .chain(wedges.iter().flat_map(|w| finite(&w.effects)).map(|p| p.0))
        .filter(|x| (lo..=hi).contains(x))
        .collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    let mut below: Vec<f64> = xs
        .iter()
        .map(|x| on_line(&base, *x).unwrap_or(0.0))
        .collect();
    let mut out = Vec::new();
    for (index, wedge) in wedges.iter().enumerate() {
        let effects: Vec<f64> = xs.iter().map(|x| effect_at(wedge, *x)).collect();
        let far: Vec<f64> = below.iter().zip(&effects).map(|(b, e)| b + e).collect();
        if let Some(first) = effects.iter().position(|e| *e != 0.0) {
            let from = first.saturating_sub(1);
            out.push(Stacked {
                index,
                xs: xs[from..].to_vec(),
                near: below[from..].to_vec(),
                far: far[from..].to_vec(),
            });
        }
        below = far;
    }
    out
}

/// The values the stacked wedges reach, for the y axis's range.
pub(crate) fn extent_values(stacked: &[Stacked]) -> impl Iterator<Item = f64> + '_ {
    stacked.iter().flat_map(|s| s.far.iter().copied())
}

/// Draws a wedge between two edges over the same x positions (in points): its tint, its
/// hatching and its outline.
pub(crate) fn draw(index: usize, near: &[(f32, f32)], far: &[(f32, f32)]) -> Vec<Path> {
    let c = color(index);
    let mut outline_points: Vec<(f32, f32)> = near.to_vec();
    outline_points.extend(far.iter().rev());
    let fill = Path {
        points: outline_points,
        closed: true,
        fill: Some(c.tint(0.75)),
        stroke: Some(Stroke {
            color: c,
            width: 0.7,
            dash: outline(index),
        }),
    };
    let line = Stroke {
        color: c,
        width: 0.5,
        dash: Dash::Solid,
    };
    let mut out = vec![fill];
    out.extend(
        hatch_segments(near, far, hatch(index), HATCH_GAP)
            .into_iter()
            .map(|(a, b)| Path::line(vec![a, b], line)),
    );
    out
}

/// A legend key: a small rectangle hatched and outlined as wedge `index` is.
pub(crate) fn key(index: usize, x: f32, mid: f32, w: f32) -> Vec<Path> {
    let (left, right, top, bottom) = (x + 3.0, x + w - 3.0, mid - 4.0, mid + 4.0);
    draw(
        index,
        &[(left, bottom), (right, bottom)],
        &[(left, top), (right, top)],
    )
}

type Segment = ((f32, f32), (f32, f32));

/// Hatch lines clipped to the region between two edges that share their x positions, in
/// points. Where the edges cross, each side is clipped on its own.
pub(crate) fn hatch_segments(
    a: &[(f32, f32)],
    b: &[(f32, f32)],
    hatch: Hatch,
    gap: f32,
) -> Vec<Segment> {
    let families: &[(f32, f32)] = match hatch {
        // (dx, dy) of the lines' direction.
        Hatch::Rising => &[(1.0, -1.0)],
        Hatch::Falling => &[(1.0, 1.0)],
        Hatch::Vertical => &[(0.0, 1.0)],
        Hatch::Horizontal => &[(1.0, 0.0)],
        Hatch::Cross => &[(1.0, -1.0), (1.0, 1.0)],
        Hatch::Grid => &[(0.0, 1.0), (1.0, 0.0)],
    };
    let strips = strips(a, b);
    let mut out = Vec::new();
    for &dir in families {
        out.extend(family(&strips, dir, gap));
    }
    out
}

/// A strip between two x positions where one edge stays above the other: (x0, x1, top at
/// x0, top at x1, bottom at x0, bottom at x1), y downwards.
type Strip = (f32, f32, f32, f32, f32, f32);

fn strips(a: &[(f32, f32)], b: &[(f32, f32)]) -> Vec<Strip> {
    let mut out = Vec::new();
    for (pa, pb) in a.windows(2).zip(b.windows(2)) {
        let (x0, x1) = (pa[0].0, pa[1].0);
        if x1.partial_cmp(&x0) != Some(std::cmp::Ordering::Greater) {
            continue;
        }
        let (a0, a1, b0, b1) = (pa[0].1, pa[1].1, pb[0].1, pb[1].1);
        let (d0, d1) = (a0 - b0, a1 - b1);
        let mut push = |x0: f32, x1: f32, a0: f32, a1: f32, b0: f32, b1: f32| {
            if a0 + a1 <= b0 + b1 {
                out.push((x0, x1, a0, a1, b0, b1));
            } else {
                out.push((x0, x1, b0, b1, a0, a1));
            }
        };
        if d0 * d1 < 0.0 {
            // The edges cross inside the strip: split it there.
            let t = d0 / (d0 - d1);
            let xm = x0 + t * (x1 - x0);
            let ym = a0 + t * (a1 - a0);
            push(x0, xm, a0, ym, b0, ym);
            push(xm, x1, ym, a1, ym, b1);
        } else {
            push(x0, x1, a0, a1, b0, b1);
        }
    }
    out
}

/// The lines of one direction, `gap` apart, clipped to the strips; a line that runs on from
/// one strip into the next is one segment.
fn family(strips: &[Strip], (dx, dy): (f32, f32), gap: f32) -> Vec<Segment> {
    let Some(bounds) = bounds(strips) else {
        return Vec::new();
    };
    let mut out: Vec<Segment> = Vec::new();
    // A line is every point whose offset n·p (n the normal of the direction) is c.
    let len = (dx * dx + dy * dy).sqrt();
    let (nx, ny) = (-dy / len, dx / len);
    let corners = [
        (bounds.0, bounds.1),
        (bounds.2, bounds.1),
        (bounds.0, bounds.3),
        (bounds.2, bounds.3),
    ];
    let offsets = corners.map(|(x, y)| nx * x + ny * y);
    let lo = offsets.iter().copied().fold(f32::INFINITY, f32::min);
    let hi = offsets.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    // Lines on a grid fixed to the page, so neighbouring wedges' hatching lines up.
    let mut c = (lo / gap).ceil() * gap;
    while c <= hi {
        let mut current: Option<Segment> = None;
        for s in strips {
            let Some(seg) = clip(s, (nx, ny), c) else {
                continue;
            };
            current = match current {
                Some((start, end)) if near(end, seg.0) => Some((start, seg.1)),
                Some(done) => {
                    out.push(done);
                    Some(seg)
                }
                None => Some(seg),
            };
        }
        out.extend(current);
        c += gap;
    }
    out.retain(|(p, q)| (p.0 - q.0).abs() + (p.1 - q.1).abs() > 0.05);
    out
}

fn near(p: (f32, f32), q: (f32, f32)) -> bool {
    (p.0 - q.0).abs() < 0.01 && (p.1 - q.1).abs() < 0.01
}

fn bounds(strips: &[Strip]) -> Option<(f32, f32, f32, f32)> {
    let mut it = strips.iter();
    let first = it.next()?;
    let mut b = (first.0, first.2.min(first.3), first.1, first.4.max(first.5));
    for s in it {
        b = (
            b.0.min(s.0),
            b.1.min(s.2.min(s.3)),
            b.2.max(s.1),
            b.3.max(s.4.max(s.5)),
        );
    }
    Some(b)
}

/// The part of the line n·p = c inside one strip, left to right (top to bottom when
/// vertical).
fn clip(s: &Strip, (nx, ny): (f32, f32), c: f32) -> Option<Segment> {
    let &(x0, x1, t0, t1, b0, b1) = s;
    let lerp = |v0: f32, v1: f32, x: f32| v0 + (v1 - v0) * (x - x0) / (x1 - x0);
    if ny.abs() < 1e-6 {
        // Vertical: x = c / nx.
        let x = c / nx;
        if x < x0 || x > x1 {
            return None;
        }
        return Some(((x, lerp(t0, t1, x)), (x, lerp(b0, b1, x))));
    }
    // y = (c − nx·x) / ny is straight in x, as both edges are: top(x) ≤ y(x) ≤ bottom(x)
    // holds on one interval of x, found from the two differences at the strip's ends.
    let y = |x: f32| (c - nx * x) / ny;
    let mut lo = x0;
    let mut hi = x1;
    for (e0, e1, sign) in [(t0, t1, 1.0f32), (b0, b1, -1.0)] {
        // sign · (y − edge) ≥ 0 must hold.
        let g0 = sign * (y(x0) - e0);
        let g1 = sign * (y(x1) - e1);
        match (g0 >= 0.0, g1 >= 0.0) {
            (true, true) => {}
            (false, false) => return None,
            (a, _) => {
                let xm = x0 + g0 / (g0 - g1) * (x1 - x0);
                if a {
                    hi = hi.min(xm);
                } else {
                    lo = lo.max(xm);
                }
            }
        }
    }
    (lo <= hi).then(|| ((lo, y(lo)), (hi, y(hi))))
}

#[cfg(test)]
mod tests;
