//! Radar charts: one spoke per category clockwise from the top, rings at 1-2-5 steps, one
//! closed outline per series told apart by colour, dash and marker.

use crate::frame::{Frame, GAP, Key, LABEL_SIZE, LEADING, TICK_SIZE};
use crate::model::RadarChart;
use crate::number::NumberFormat;
use crate::palette;
use crate::scene::{Anchor, Dash, Path, Rgb, Stroke};
use crate::ticks::nice_ticks;

const DASHES: [Dash; 4] = [Dash::Solid, Dash::Dashed, Dash::DashDot, Dash::Dotted];
const LABEL_LINES: usize = 3;

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
    let label_w = (f.width * 0.24).min(120.0);
    let line_h = LABEL_SIZE * LEADING;
    let room_y = (f.bottom - f.top) / 2.0 - LABEL_LINES as f32 * line_h - 4.0;
    let room_x = f.width / 2.0 - label_w - GAP - 6.0;
    let r = room_x.min(room_y).max(10.0);
    let cx = f.width / 2.0;
    let cy = (f.top + f.bottom) / 2.0;
    let angle =
        |k: usize| -std::f32::consts::FRAC_PI_2 + k as f32 * std::f32::consts::TAU / n as f32;
    let at = |k: usize, radius: f32| (cx + radius * angle(k).cos(), cy + radius * angle(k).sin());

    let ticks = nice_ticks(0.0, max, 6, 0.0);
    let fmt = NumberFormat::for_ticks(c.lang, ticks.last(), ticks.step);
    let scale = |v: f64| (v / ticks.last()).clamp(0.0, 1.0) as f32 * r;
    for (j, v) in ticks.values.iter().enumerate().skip(1) {
        let ring: Vec<(f32, f32)> = (0..n).map(|k| at(k, scale(*v))).collect();
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
        f.path(Path::line(vec![(cx, cy), at(k, r)], spoke));
    }

    // The first series is shaded lightly so the shape reads at a glance; later ones are
    // outlines only (no transparency in archival PDF).
    for (i, s) in c.series.iter().enumerate() {
        let value = |k: usize| {
            s.values
                .get(k)
                .copied()
                .filter(|v| v.is_finite())
                .unwrap_or(0.0)
        };
        let points: Vec<(f32, f32)> = (0..n).map(|k| at(k, scale(value(k)))).collect();
        let color = palette::color(i);
        let fill = (i == 0).then(|| color.tint(0.85));
        let stroke = Stroke {
            color,
            width: palette::line_width(i),
            dash: DASHES[i % DASHES.len()],
        };
        f.path(Path {
            points: points.clone(),
            closed: true,
            fill,
            stroke: Some(stroke),
        });
        let white = Stroke {
            color: Rgb(0xFF, 0xFF, 0xFF),
            width: 0.6,
            dash: Dash::Solid,
        };
        for (x, y) in points {
            let m = palette::marker(i).polygon(x, y, 2.4);
            f.path(Path {
                points: m,
                closed: true,
                fill: Some(color),
                stroke: Some(white),
            });
        }
    }
    // Ring values along the top spoke, after the outlines so they stay legible.
    for v in ticks.values.iter().skip(1) {
        let y = cy - scale(*v);
        f.label(
            &fmt.format(*v),
            cx + 3.0,
            y + TICK_SIZE * 0.9,
            TICK_SIZE,
            Anchor::Start,
            palette::MUTED,
            false,
        );
    }

    for (k, name) in c.categories.iter().enumerate() {
        let (x, y) = at(k, r + 6.0);
        let (cos, sin) = (angle(k).cos(), angle(k).sin());
        let anchor = if cos.abs() < 0.3 {
            Anchor::Middle
        } else if cos > 0.0 {
            Anchor::Start
        } else {
            Anchor::End
        };
        let lines = f.wrap(name, label_w, LABEL_SIZE, LABEL_LINES);
        let block = lines.len() as f32 * line_h;
        // Above the top spoke the block grows upwards, below the bottom one downwards, and
        // beside the side spokes it is centred on the spoke's end.
        let mut top = if sin < -0.7 {
            y - block
        } else if sin > 0.7 {
            y
        } else {
            y - block / 2.0
        };
        for line in lines {
            f.label(
                &line,
                x,
                Frame::baseline(top, LABEL_SIZE),
                LABEL_SIZE,
                anchor,
                palette::INK,
                false,
            );
            top += line_h;
        }
    }
}
