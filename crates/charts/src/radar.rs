//! Radar charts: one spoke per category clockwise from the top, rings at 1-2-5 steps, one
//! closed outline per series told apart by colour, dash and marker.
//!
//! The wheel is made as large as its labels allow: each category label may wrap to up to
//! five lines, and the radius shrinks until every label fits whole beside its spoke; only
//! a frame too small for that gets shortened labels. The ring values go on the spoke or
//! between spokes where no outline or marker crosses them.

use std::f32::consts::{FRAC_PI_2, PI, TAU};

use crate::frame::{Frame, Key, LABEL_SIZE, LEADING, TICK_SIZE};
use crate::model::RadarChart;
use crate::number::NumberFormat;
use crate::palette;
use crate::place::{Obstacles, Rect, inside_polygon};
use crate::scene::{Anchor, Dash, Path, Rgb, Stroke};
use crate::ticks::nice_ticks;

const DASHES: [Dash; 4] = [Dash::Solid, Dash::Dashed, Dash::DashDot, Dash::Dotted];
/// A category label takes up to this many lines before it is shortened.
const MAX_LINES: usize = 5;
/// From the rim to a category label.
const LABEL_GAP: f32 = 6.0;
const MARKER_R: f32 = 2.4;
const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);

/// The wheel: centre, radius and number of spokes.
#[derive(Debug, Clone, Copy)]
struct Wheel {
    cx: f32,
    cy: f32,
    r: f32,
    n: usize,
}

impl Wheel {
    /// The direction of spoke `k`; a fractional `k` lies between spokes.
    fn angle(&self, k: f32) -> f32 {
        -FRAC_PI_2 + k * TAU / self.n as f32
    }

    fn at(&self, k: f32, radius: f32) -> (f32, f32) {
        let a = self.angle(k);
        (self.cx + radius * a.cos(), self.cy + radius * a.sin())
    }

    fn rim(&self) -> Vec<(f32, f32)> {
        (0..self.n).map(|k| self.at(k as f32, self.r)).collect()
    }
}

/// A category label: its lines, where they are anchored, and the width of the widest.
#[derive(Debug)]
struct Block {
    lines: Vec<String>,
    x: f32,
    top: f32,
    anchor: Anchor,
    width: f32,
    shortened: bool,
}

impl Block {
    fn rect(&self) -> Rect {
        let left = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - self.width / 2.0,
            Anchor::End => self.x - self.width,
        };
        let h = self.lines.len() as f32 * LABEL_SIZE * LEADING;
        Rect::new(left, self.top, self.width, h)
    }
}

pub(crate) fn layout(c: &RadarChart, f: &mut Frame) {
    f.title(&c.title);
    let legend: Vec<(String, Key)> = c
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let key = Key::Line {
                color: palette::color(i),
                width: palette::line_width(i),
                dash: DASHES[i % DASHES.len()],
                marker: Some(palette::marker(i)),
            };
            (s.name.clone(), key)
        })
        .collect();
    f.legend(&legend);

    let n = c.categories.len();
    if n < 3 {
        return;
    }
    let max = if c.max.is_finite() && c.max > 0.0 {
        c.max
    } else {
        1.0
    };
    let (wheel, blocks) = fit_wheel(f, &c.categories);
    let (cx, cy, r) = (wheel.cx, wheel.cy, wheel.r);

    let ticks = nice_ticks(0.0, max, 6, 0.0);
    let fmt = NumberFormat::for_ticks(c.lang, ticks.last(), ticks.step);
    let scale = |v: f64| (v / ticks.last()).clamp(0.0, 1.0) as f32 * r;
    for (j, v) in ticks.values.iter().enumerate().skip(1) {
        let ring: Vec<(f32, f32)> = (0..n).map(|k| wheel.at(k as f32, scale(*v))).collect();
        let outer = j + 1 == ticks.values.len();
        let color = if outer { palette::AXIS } else { palette::GRID };
        f.path(Path {
            points: ring,
            closed: true,
            fill: None,
            stroke: Some(Stroke {
                color,
                width: 0.6,
                dash: Dash::Solid,
            }),
        });
    }
    for k in 0..n {
        let spoke = Stroke {
            color: palette::GRID,
            width: 0.6,
            dash: Dash::Solid,
        };
        f.path(Path::line(vec![(cx, cy), wheel.at(k as f32, r)], spoke));
    }

    // The first series is shaded lightly so the shape reads at a glance; later ones are
    // outlines only (no transparency in archival PDF).
    let mut obs = Obstacles::default();
    let mut shaded: Option<(Vec<(f32, f32)>, Rgb)> = None;
    for (i, s) in c.series.iter().enumerate() {
        let value = |k: usize| {
            s.values
                .get(k)
                .copied()
                .filter(|v| v.is_finite())
                .unwrap_or(0.0)
        };
        let points: Vec<(f32, f32)> = (0..n)
            .map(|k| wheel.at(k as f32, scale(value(k))))
            .collect();
        let color = palette::color(i);
        let fill = (i == 0).then(|| color.tint(0.85));
        if let Some(tint) = fill {
            shaded = Some((points.clone(), tint));
        }
        let stroke = Stroke {
            color,
            width: palette::line_width(i),
            dash: DASHES[i % DASHES.len()],
        };
        obs.line(&points, true, stroke.width);
        f.path(Path {
            points: points.clone(),
            closed: true,
            fill,
            stroke: Some(stroke),
        });
        let white = Stroke {
            color: WHITE,
            width: 0.6,
            dash: Dash::Solid,
        };
        for (x, y) in points {
            obs.mark(Rect::around((x, y), MARKER_R * 1.3 + 0.3));
            let m = palette::marker(i).polygon(x, y, MARKER_R);
            f.path(Path {
                points: m,
                closed: true,
                fill: Some(color),
                stroke: Some(white),
            });
        }
    }

    for b in &blocks {
        obs.label(b.rect());
        let mut top = b.top;
        for line in &b.lines {
            f.label(
                line,
                b.x,
                Frame::baseline(top, LABEL_SIZE),
                LABEL_SIZE,
                b.anchor,
                palette::INK,
                false,
            );
            top += LABEL_SIZE * LEADING;
        }
    }

    // Ring values, after the outlines: each on an opaque box of what lies under it (the
    // rings' grid lines stop short of the digits), where no outline or marker crosses.
    let values: Vec<(f32, String)> = ticks
        .values
        .iter()
        .skip(1)
        .map(|v| (scale(*v), fmt.format(*v)))
        .collect();
    let sized: Vec<(f32, String, f32)> = values
        .into_iter()
        .map(|(rho, text)| {
            let w = f.measure(&text, TICK_SIZE);
            (rho, text, w)
        })
        .collect();
    for (b, text) in ring_values(&wheel, &sized, &obs) {
        let centre = ((b.l + b.r) / 2.0, (b.t + b.b) / 2.0);
        let under = match &shaded {
            Some((poly, tint)) if inside_polygon(centre, poly) => *tint,
            _ => WHITE,
        };
        f.path(Path::rect(b.l - 1.0, b.t, b.w() + 2.0, b.h(), under));
        f.label(
            &text,
            b.l,
            b.t + 0.88 * TICK_SIZE,
            TICK_SIZE,
            Anchor::Start,
            palette::MUTED,
            false,
        );
    }
}

/// The largest wheel whose category labels all fit whole (wrapped, not shortened) in the
/// frame without touching each other or the rim; failing that, the one with the fewest
/// shortened labels.
fn fit_wheel(f: &mut Frame, names: &[String]) -> (Wheel, Vec<Block>) {
    let n = names.len();
    let cx = f.width / 2.0;
    let mid = (f.top + f.bottom) / 2.0;
    let r_max = (f.width / 2.0 - 10.0)
        .min((f.bottom - f.top) / 2.0 - 4.0)
        .max(10.0);
    // Below this the wheel is too small to read: labels are shortened instead.
    let r_min = (r_max * 0.4).max(10.0);
    let mut best: Option<(usize, Wheel, Vec<Block>)> = None;
    let mut r = r_max;
    loop {
        let mut wheel = Wheel { cx, cy: mid, r, n };
        let mut blocks = blocks(f, names, &wheel);
        // Centre labels and wheel together when the top and bottom labels differ in height.
        let top = blocks
            .iter()
            .map(|b| b.rect().t)
            .fold(wheel.cy - r, f32::min);
        let bottom = blocks
            .iter()
            .map(|b| b.rect().b)
            .fold(wheel.cy + r, f32::max);
        let shift = ((f.top - top) + (f.bottom - bottom)) / 2.0;
        wheel.cy += shift;
        for b in &mut blocks {
            b.top += shift;
        }
        if fits(f, &wheel, &blocks) {
            let short = blocks.iter().filter(|b| b.shortened).count();
            if short == 0 {
                balance(f, names, &mut blocks);
                return (wheel, blocks);
            }
            if best.as_ref().is_none_or(|b| short < b.0) {
                best = Some((short, wheel, blocks));
            }
        }
        if r <= r_min {
            break;
        }
        r = (r - 2.0).max(r_min);
    }
    match best {
        Some((_, wheel, blocks)) => (wheel, blocks),
        None => {
            let wheel = Wheel {
                cx,
                cy: mid,
                r: r_min,
                n,
            };
            let blocks = blocks(f, names, &wheel);
            (wheel, blocks)
        }
    }
}

/// The category labels of `wheel`, each wrapped to the room beside its spoke's end.
fn blocks(f: &mut Frame, names: &[String], wheel: &Wheel) -> Vec<Block> {
    let spots: Vec<(f32, f32, f32, Anchor)> = (0..wheel.n)
        .map(|k| {
            let (x, y) = wheel.at(k as f32, wheel.r + LABEL_GAP);
            let a = wheel.angle(k as f32);
            let anchor = if a.cos().abs() < 0.3 {
                Anchor::Middle
            } else if a.cos() > 0.0 {
                Anchor::Start
            } else {
                Anchor::End
            };
            (x, y, a.sin(), anchor)
        })
        .collect();
    let line_h = LABEL_SIZE * LEADING;
    let mut out = Vec::with_capacity(names.len());
    for (name, &(x, y, sin, anchor)) in names.iter().zip(&spots) {
        let room = match anchor {
            Anchor::Start => f.width - x - 1.0,
            Anchor::End => x - 1.0,
            Anchor::Middle => {
                // Centred at the top or bottom: no wider than the gap to the labels beside.
                let beside = spots
                    .iter()
                    .filter(|s| s.3 != Anchor::Middle && s.2 * sin > 0.05)
                    .map(|s| (s.0 - x).abs() - 4.0)
                    .fold(f32::INFINITY, f32::min);
                2.0 * (x.min(f.width - x) - 1.0).min(beside)
            }
        };
        let room = room.min(f.width * 0.4).max(1.0);
        let (lines, shortened) = f.fit(name, room, LABEL_SIZE, MAX_LINES);
        let width = lines
            .iter()
            .map(|l| f.measure(l, LABEL_SIZE))
            .fold(0.0f32, f32::max);
        let block = lines.len() as f32 * line_h;
        // Above the top spoke the block grows upwards, below the bottom one downwards, and
        // beside the side spokes it is centred on the spoke's end.
        let top = if sin < -0.7 {
            y - block
        } else if sin > 0.7 {
            y
        } else {
            y - block / 2.0
        };
        out.push(Block {
            lines,
            x,
            top,
            anchor,
            width,
            shortened,
        });
    }
    out
}

/// Each wrapped label made as narrow as it can be in the same number of lines, so that
/// its lines are even ("…防护功" over a lone "能" becomes two halves). A narrower block
/// stays inside the room it had, so the layout still fits.
fn balance(f: &mut Frame, names: &[String], blocks: &mut [Block]) {
    for (name, b) in names.iter().zip(blocks.iter_mut()) {
        let count = b.lines.len();
        if count < 2 || b.shortened {
            continue;
        }
        let (mut lo, mut hi) = (b.width * 0.4, b.width);
        let mut best = None;
        for _ in 0..8 {
            let w = (lo + hi) / 2.0;
            let (lines, short) = f.fit(name, w, LABEL_SIZE, count);
            if short || lines.len() > count {
                lo = w;
            } else {
                hi = w;
                best = Some(lines);
            }
        }
        if let Some(lines) = best {
            let width = lines
                .iter()
                .map(|l| f.measure(l, LABEL_SIZE))
                .fold(0.0f32, f32::max);
            b.lines = lines;
            b.width = width;
        }
    }
}

/// Every label inside the frame, clear of the others and of the rim.
fn fits(f: &Frame, wheel: &Wheel, blocks: &[Block]) -> bool {
    let area = Rect {
        l: 0.0,
        t: f.top,
        r: f.width,
        b: f.bottom,
    };
    let rects: Vec<Rect> = blocks.iter().map(Block::rect).collect();
    let mut rim = Obstacles::default();
    rim.line(&wheel.rim(), true, 0.6);
    rects.iter().enumerate().all(|(i, a)| {
        area.holds(a)
            && rim.hits_drawing(&a.grow(1.0)) == 0
            && rects[i + 1..].iter().all(|b| !a.grow(1.0).overlaps(b))
    })
}

/// Boxes for the ring values (`radius`, text, width): all along the direction nearest the
/// top spoke where no outline, marker or label crosses them, each centred on its ring or
/// just inside or outside it; failing such a direction, each value on its own.
fn ring_values(
    wheel: &Wheel,
    values: &[(f32, String, f32)],
    obs: &Obstacles,
) -> Vec<(Rect, String)> {
    let n = wheel.n as f32;
    // The top spoke, then the directions beside it, half a spoke further each time.
    let mut directions = vec![0.0f32];
    for step in 1..wheel.n {
        let half = step as f32 / 2.0;
        directions.push(half);
        directions.push(n - half);
    }
    // A box's cost: lines and markers it touches, and (heavily) labels and boxes chosen.
    let cost = |b: &Rect, taken: &[Rect]| {
        let padded = b.grow(1.0);
        let crowded = obs.hits_label(&padded) || taken.iter().any(|t| t.overlaps(&padded));
        obs.hits_drawing(&padded) + 100 * usize::from(crowded)
    };
    let options = |k: f32, rho: f32, w: f32| {
        // Between spokes the rings are nearer the centre: at their edges' midpoints.
        let shrink = if k.fract() != 0.0 {
            (PI / n).cos()
        } else {
            1.0
        };
        let h = TICK_SIZE;
        [0.0, -(h / 2.0 + 1.5), h / 2.0 + 1.5].map(|shift| {
            let (x, y) = wheel.at(k, rho * shrink + shift);
            Rect::new(x - w / 2.0, y - h / 2.0, w, h)
        })
    };
    // The cheapest option for one value, the first free one winning.
    let pick = |ks: &[f32], rho: f32, w: f32, taken: &[Rect]| {
        let mut best: Option<(usize, Rect)> = None;
        for &k in ks {
            for b in options(k, rho, w) {
                let c = cost(&b, taken);
                if best.is_none_or(|(bc, _)| c < bc) {
                    best = Some((c, b));
                }
                if c == 0 {
                    return best;
                }
            }
        }
        best
    };
    let mut along: Option<(usize, Vec<(Rect, String)>)> = None;
    for &k in &directions {
        let mut taken: Vec<Rect> = Vec::new();
        let mut total = 0;
        let mut boxes = Vec::new();
        for (rho, text, w) in values {
            if let Some((c, b)) = pick(&[k], *rho, *w, &taken) {
                total += c;
                taken.push(b);
                boxes.push((b, text.clone()));
            }
        }
        if total == 0 {
            return boxes;
        }
        if along.as_ref().is_none_or(|a| total < a.0) {
            along = Some((total, boxes));
        }
    }
    // No direction holds them all: each value where it is free, nearest the top.
    let mut taken: Vec<Rect> = Vec::new();
    let mut total = 0;
    let mut boxes = Vec::new();
    for (rho, text, w) in values {
        if let Some((c, b)) = pick(&directions, *rho, *w, &taken) {
            total += c;
            taken.push(b);
            boxes.push((b, text.clone()));
        }
    }
    match along {
        Some(a) if a.0 <= total => a.1,
        _ => boxes,
    }
}
