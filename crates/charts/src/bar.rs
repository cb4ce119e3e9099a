//! Horizontal bar charts: category labels at the left (wrapped to fit their rows),
//! bars from zero, each value written at the end of its bar. A waterfall starts each step
//! where the bars before it left off and joins them with dotted connectors.

use crate::frame::{Frame, GAP, LABEL_SIZE, LEADING, TICK_SIZE};
use crate::model::BarChart;
use crate::number::{NumberFormat, format_value};
use crate::palette;
use crate::scene::{Anchor, Dash, Path, Stroke};
use crate::ticks::nice_ticks;

/// Bars take this share of their row; the rest separates them.
const BAR_SHARE: f32 = 0.62;
const MAX_BAR: f32 = 16.0;
const VALUE_SIZE: f32 = 7.5;

/// Where each bar starts and ends on the value axis: from zero, or in a waterfall from the
/// running level (which a total resets).
fn spans(c: &BarChart) -> Vec<(f64, f64)> {
    let mut level = 0.0;
    c.bars
        .iter()
        .map(|b| {
            let v = if b.value.is_finite() { b.value } else { 0.0 };
            if !c.waterfall {
                (0.0, v)
            } else if b.total {
                level = v;
                (0.0, v)
            } else {
                let start = level;
                level += v;
                (start, level)
            }
        })
        .collect()
}

/// A bar's value as written: a waterfall's steps carry their sign, so "+3" reads as a rise.
fn value_text(c: &BarChart, bar: &crate::model::Bar) -> String {
    let text = format_value(c.lang, bar.value);
    if c.waterfall && !bar.total && bar.value > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

pub(crate) fn layout(c: &BarChart, f: &mut Frame) {
    f.title(&c.title);
    let spans = spans(c);
    let lo = spans
        .iter()
        .flat_map(|&(a, b)| [a, b])
        .fold(0.0f64, f64::min);
    let hi = spans
        .iter()
        .flat_map(|&(a, b)| [a, b])
        .fold(0.0f64, f64::max);
    let hi = if lo == 0.0 && hi == 0.0 { 1.0 } else { hi };

    let axis_title = Frame::axis_title(&c.value_axis);
    let title_top = f.bottom - LABEL_SIZE * LEADING;
    if !axis_title.is_empty() {
        f.bottom = title_top;
    }
    let plot_bottom = f.bottom - (TICK_SIZE * LEADING + 3.0);
    let plot_top = f.top;
    let n = c.bars.len().max(1);
    let row = (plot_bottom - plot_top) / n as f32;
    let texts: Vec<&str> = c.bars.iter().map(|b| b.label.as_str()).collect();
    let (labels, leading) = f.row_labels(&texts, row);
    let label_w = labels
        .iter()
        .flatten()
        .map(|l| f.measure(l, LABEL_SIZE))
        .fold(0.0f32, f32::max);

    let values: Vec<String> = c.bars.iter().map(|b| value_text(c, b)).collect();
    let value_w = values
        .iter()
        .map(|v| f.measure(v, VALUE_SIZE))
        .fold(0.0f32, f32::max);
    let left = label_w + GAP;
    let right = f.width - value_w - 4.0;
    let ticks = nice_ticks(lo, hi, (((right - left) / 44.0) as usize).clamp(2, 8), 0.0);
    let fmt = NumberFormat::for_ticks(
        c.lang,
        ticks.first().abs().max(ticks.last().abs()),
        ticks.step,
    );
    let sx = |v: f64| {
        let t = (v - ticks.first()) / (ticks.last() - ticks.first());
        left + t as f32 * (right - left)
    };

    let grid = Stroke {
        color: palette::GRID,
        width: 0.5,
        dash: Dash::Solid,
    };
    let axis = Stroke {
        color: palette::AXIS,
        width: 0.7,
        dash: Dash::Solid,
    };
    let tick_base = plot_bottom + 3.0 + 0.88 * TICK_SIZE + 1.0;
    for v in &ticks.values {
        let x = sx(*v);
        let stroke = if *v == 0.0 { axis } else { grid };
        f.path(Path::line(vec![(x, plot_top), (x, plot_bottom)], stroke));
        f.label(
            &fmt.format(*v),
            x,
            tick_base,
            TICK_SIZE,
            Anchor::Middle,
            palette::MUTED,
            false,
        );
    }
    f.bottom_axis((left, right), plot_bottom, title_top, &axis_title);

    let thickness = (row * BAR_SHARE).min(MAX_BAR);
    let connector = Stroke {
        color: palette::AXIS,
        width: 0.6,
        dash: Dash::Dotted,
    };
    for (i, (((bar, lines), value), &(start, end))) in c
        .bars
        .iter()
        .zip(&labels)
        .zip(&values)
        .zip(&spans)
        .enumerate()
    {
        let mid = plot_top + (i as f32 + 0.5) * row;
        // Negative bars differ in direction and colour, never colour alone; a waterfall's
        // totals take a third colour so levels and steps are told apart.
        let color = if c.waterfall && bar.total {
            palette::color(2)
        } else if end < start {
            palette::color(1)
        } else {
            palette::color(0)
        };
        let (x0, x1) = (sx(start.min(end)), sx(start.max(end)));
        f.path(Path::rect(
            x0,
            mid - thickness / 2.0,
            (x1 - x0).max(0.5),
            thickness,
            color,
        ));
        if c.waterfall && i + 1 < spans.len() {
            let x = sx(end);
            let next = mid + row;
            f.path(Path::line(
                vec![(x, mid + thickness / 2.0), (x, next - thickness / 2.0)],
                connector,
            ));
        }
        let value_base = mid + 0.32 * VALUE_SIZE;
        f.label(
            value,
            x1 + 3.0,
            value_base,
            VALUE_SIZE,
            Anchor::Start,
            palette::INK,
            false,
        );
        f.row_label(lines, left - GAP, mid, leading);
    }
}
