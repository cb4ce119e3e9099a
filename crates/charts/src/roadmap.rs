//! A roadmap: one row per item (a measure), a bar from its start year to the end of its end
//! year on a calendar of years, the years written under the plot and each bar's span at its
//! right end. Rows belong to groups (key projects): a colour keyed in the legend, and the
//! caller's label names the group too, so nothing depends on colour alone.

use crate::frame::{Frame, GAP, Key, LABEL_SIZE, LEADING, TICK_SIZE};
use crate::model::RoadmapChart;
use crate::palette;
use crate::scene::{Anchor, Dash, Path, Stroke};

const BAR_SHARE: f32 = 0.62;
const MAX_BAR: f32 = 14.0;
const SPAN_SIZE: f32 = 7.0;

/// The span as written at the bar's end: `2026–2028`, or one year.
pub(crate) fn span_text(start: i32, end: i32) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start}–{end}")
    }
}

pub(crate) fn layout(c: &RoadmapChart, f: &mut Frame) {
    f.title(&c.title);
    let legend: Vec<(String, Key)> = c
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.clone(), Key::Swatch(palette::color(i))))
        .collect();
    f.legend(&legend);
    if c.rows.is_empty() {
        return;
    }
    let first = c.rows.iter().map(|r| r.start.min(r.end)).min().unwrap_or(0);
    let last = c
        .rows
        .iter()
        .map(|r| r.start.max(r.end))
        .max()
        .unwrap_or(first);
    let years = (last - first + 1).max(1) as usize;

    let axis_title = c.axis_title.trim().to_owned();
    let title_top = f.bottom - LABEL_SIZE * LEADING;
    if !axis_title.is_empty() {
        f.bottom = title_top;
    }
    let plot_bottom = f.bottom - (TICK_SIZE * LEADING + 3.0);
    let plot_top = f.top;
    let n = c.rows.len();
    let row = (plot_bottom - plot_top) / n as f32;
    let texts: Vec<&str> = c.rows.iter().map(|r| r.label.as_str()).collect();
    let (labels, leading) = f.row_labels(&texts, row);
    let label_w = labels
        .iter()
        .flatten()
        .map(|l| f.measure(l, LABEL_SIZE))
        .fold(0.0f32, f32::max);
    let spans: Vec<String> = c
        .rows
        .iter()
        .map(|r| span_text(r.start.min(r.end), r.start.max(r.end)))
        .collect();
    let span_w = spans
        .iter()
        .map(|s| f.measure(s, SPAN_SIZE))
        .fold(0.0f32, f32::max);
    let left = label_w + GAP;
    let right = (f.width - span_w - 4.0).max(left + 1.0);
    let column = (right - left) / years as f32;
    let x_of = |year: i32| left + (year - first) as f32 * column;

    // A year label every `step` years, so that no two touch.
    let year_w = f.measure("2000", TICK_SIZE) + 4.0;
    let step = (year_w / column).ceil().max(1.0) as i32;
    let grid = Stroke {
        color: palette::GRID,
        width: 0.5,
        dash: Dash::Solid,
    };
    let tick_base = plot_bottom + 3.0 + 0.88 * TICK_SIZE + 1.0;
    for i in 0..=years as i32 {
        let x = x_of(first + i);
        f.path(Path::line(vec![(x, plot_top), (x, plot_bottom)], grid));
        if i < years as i32 && i % step == 0 {
            f.label(
                &(first + i).to_string(),
                x + column / 2.0,
                tick_base,
                TICK_SIZE,
                Anchor::Middle,
                palette::MUTED,
                false,
            );
        }
    }
    f.bottom_axis((left, right), plot_bottom, title_top, &axis_title);

    let thickness = (row * BAR_SHARE).min(MAX_BAR);
    for (i, ((r, lines), span)) in c.rows.iter().zip(&labels).zip(&spans).enumerate() {
        let mid = plot_top + (i as f32 + 0.5) * row;
        let (x0, x1) = (x_of(r.start.min(r.end)), x_of(r.start.max(r.end) + 1));
        f.path(Path::rect(
            x0,
            mid - thickness / 2.0,
            (x1 - x0).max(0.5),
            thickness,
            palette::color(r.group),
        ));
        f.label(
            span,
            x1 + 3.0,
            mid + 0.32 * SPAN_SIZE,
            SPAN_SIZE,
            Anchor::Start,
            palette::INK,
            false,
        );
        f.row_label(lines, left - GAP, mid, leading);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Chart, RoadmapChart, RoadmapRow};
    use crate::scene::Label;
    use crate::{estimate_width, layout};

    fn chart() -> RoadmapChart {
        let rows = [
            ("KP1-01 Rooftop solar on public buildings", 2026, 2028, 0),
            ("KP1-02 District heating from waste heat", 2027, 2032, 0),
            ("KP2-01 电动公交车队更新", 2026, 2026, 1),
            (
                "KP3-01 Sponge-city retrofits of old neighbourhoods",
                2028,
                2035,
                2,
            ),
        ];
        RoadmapChart {
            title: "Roadmap".into(),
            axis_title: "Year".into(),
            groups: vec!["Energy".into(), "Transport 交通".into(), "Water".into()],
            rows: rows
                .iter()
                .map(|&(label, start, end, group)| RoadmapRow {
                    label: label.into(),
                    start,
                    end,
                    group,
                })
                .collect(),
        }
    }

    fn overlaps(a: &Label, b: &Label) -> bool {
        use crate::place::Rect;
        Rect::from_bounds(a.bounds()).overlaps(&Rect::from_bounds(b.bounds()))
    }

    #[test]
    fn bars_span_their_years_and_labels_stay_apart_inside_the_frame() {
        let chart = Chart::Roadmap(chart());
        let scene = layout(&chart, 480.0, 220.0, &mut |t| estimate_width(t));
        let labels: Vec<&Label> = scene.labels().collect();
        for (i, a) in labels.iter().enumerate() {
            let (l, t, r, b) = a.bounds();
            assert!(
                l >= -0.01 && r <= 480.01 && t >= -0.01 && b <= 220.01,
                "{a:?}"
            );
            for b in &labels[i + 1..] {
                assert!(!overlaps(a, b), "{a:?} overlaps {b:?}");
            }
        }
        // Bars are the filled rectangles of four points that are not legend swatches (8 high).
        let bars: Vec<(f32, f32)> = scene
            .paths()
            .filter(|p| p.fill.is_some() && p.points.len() == 4)
            .map(|p| {
                let xs = p.points.iter().map(|q| q.0);
                (
                    xs.clone().fold(f32::MAX, f32::min),
                    xs.fold(f32::MIN, f32::max),
                )
            })
            .collect();
        // Three swatches, then four bars.
        assert_eq!(bars.len(), 7, "{bars:?}");
        let bars = &bars[3..];
        let year = (bars[2].1 - bars[2].0) / 1.0;
        // 2026–2028 is three years wide, 2027–2032 six, 2028–2035 eight.
        assert!(((bars[0].1 - bars[0].0) - 3.0 * year).abs() < 0.01);
        assert!(((bars[1].1 - bars[1].0) - 6.0 * year).abs() < 0.01);
        assert!(((bars[3].1 - bars[3].0) - 8.0 * year).abs() < 0.01);
        // A later start is further right, by whole years.
        assert!((bars[1].0 - bars[0].0 - year).abs() < 0.01);
        assert!((bars[3].0 - bars[0].0 - 2.0 * year).abs() < 0.01);
        let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        assert!(
            texts.contains(&"2026–2028") && texts.contains(&"2026"),
            "{texts:?}"
        );
    }

    #[test]
    fn an_empty_roadmap_draws_its_legend_only() {
        let mut c = chart();
        c.rows.clear();
        let scene = layout(&Chart::Roadmap(c), 300.0, 120.0, &mut |t| estimate_width(t));
        assert!(scene.labels().all(|l| l.text != "2026"));
    }
}
