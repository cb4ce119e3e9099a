//! What every laid-out chart must hold, whatever its data: labels inside the frame and not
//! on top of each other, hostile text escaped, dashes for projections, Chinese numbers.
#![allow(clippy::unwrap_used)]

use concord_charts::model::{Axis, Bar, BarChart, LineChart, RadarChart, RadarSeries, Series};
use concord_charts::{Chart, Dash, Lang, Scene, estimate_width, layout, samples, svg};

mod fixtures;
use fixtures::{essentials, goal_chart};

fn scene(chart: &Chart) -> Scene {
    layout(chart, 480.0, 300.0, &mut estimate_width)
}

fn all_samples() -> Vec<Chart> {
    [Lang::En, Lang::Zh]
        .into_iter()
        .flat_map(|l| {
            [
                Chart::Line(samples::emissions(l)),
                Chart::Bar(samples::deficits(l)),
                Chart::Bar(samples::kaya(l)),
                Chart::Radar(samples::scorecard(l)),
            ]
        })
        .collect()
}

fn assert_tidy(scene: &Scene, what: &str) {
    let boxes: Vec<_> = scene
        .labels()
        .map(|l| (l.text.clone(), l.bounds()))
        .collect();
    for (text, (l, t, r, b)) in &boxes {
        assert!(
            *l >= -0.01 && *r <= scene.width + 0.01 && *t >= -0.01 && *b <= scene.height + 0.01,
            "{what}: {text:?} leaves the frame: {:?}",
            (l, t, r, b)
        );
    }
    for (i, (ta, a)) in boxes.iter().enumerate() {
        for (tb, b) in &boxes[i + 1..] {
            let overlap_x = a.0.max(b.0) < a.2.min(b.2) - 0.5;
            let overlap_y = a.1.max(b.1) < a.3.min(b.3) - 0.5;
            assert!(!(overlap_x && overlap_y), "{what}: {ta:?} overlaps {tb:?}");
        }
    }
}

#[test]
fn sample_charts_keep_labels_apart_and_inside() {
    for chart in all_samples() {
        let s = scene(&chart);
        assert_tidy(&s, chart.title());
        assert!(s.labels().any(|l| l.bold && !l.text.is_empty()), "a title");
    }
}

#[test]
fn narrow_frames_still_keep_labels_apart() {
    for chart in all_samples() {
        for (w, h) in [(260.0, 200.0), (330.0, 240.0)] {
            let s = layout(&chart, w, h, &mut estimate_width);
            assert_tidy(&s, &format!("{} at {w}×{h}", chart.title()));
        }
    }
}

#[test]
fn line_chart_reads_as_the_issue_asks() {
    let s = scene(&Chart::Line(samples::emissions(Lang::En)));
    let texts: Vec<&str> = s.labels().map(|l| l.text.as_str()).collect();
    for want in [
        "Emissions (kt CO2e)",
        "Year",
        "APEC goal 2035",
        "2030 target",
        "Gap to close",
        "Projected",
        "2060",
        "2010",
        "Business as usual (BAU)",
    ] {
        assert!(texts.contains(&want), "{want:?} missing from {texts:?}");
    }
    // Five solid observed lines and five dashed projections.
    let dashed = s
        .paths()
        .filter(|p| p.stroke.is_some_and(|st| st.dash == Dash::Dashed))
        .count();
    assert!(dashed >= 5, "{dashed}");
    // Thousands separators on the y ticks.
    assert!(texts.iter().any(|t| t.contains(",000")), "{texts:?}");
}

#[test]
fn chinese_numbers_use_wan() {
    let s = scene(&Chart::Line(samples::emissions(Lang::Zh)));
    let texts: Vec<&str> = s.labels().map(|l| l.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.ends_with('万')), "{texts:?}");
    assert!(texts.contains(&"排放量（千吨二氧化碳当量）"), "{texts:?}");
    let bars = scene(&Chart::Bar(samples::deficits(Lang::Zh)));
    assert!(
        bars.labels().any(|l| l.text == "1.85万"),
        "{:?}",
        bars.labels().map(|l| &l.text).collect::<Vec<_>>()
    );
}

#[test]
fn long_chinese_labels_are_wrapped_or_shortened() {
    let s = scene(&Chart::Bar(samples::deficits(Lang::Zh)));
    let labels: Vec<&str> = s.labels().map(|l| l.text.as_str()).collect();
    // The longest category does not fit on one line: it is wrapped onto a second.
    let first = labels
        .iter()
        .position(|t| t.starts_with("部门之间"))
        .unwrap();
    assert_eq!(labels[first + 1], "共享机制", "{labels:?}");
    // In a narrower frame it takes a third line rather than being shortened.
    let narrow = layout(
        &Chart::Bar(samples::deficits(Lang::Zh)),
        240.0,
        300.0,
        &mut estimate_width,
    );
    let labels: Vec<&str> = narrow.labels().map(|l| l.text.as_str()).collect();
    let first = labels
        .iter()
        .position(|t| t.starts_with("部门之间"))
        .unwrap();
    assert_eq!(
        labels[first..first + 3].concat(),
        "部门之间、区县之间以及公用事业单位之间的数据共享机制",
        "{labels:?}"
    );
    // When its row holds one line only, even in a wider column, it ends in an ellipsis.
    let low = layout(
        &Chart::Bar(samples::deficits(Lang::Zh)),
        240.0,
        150.0,
        &mut estimate_width,
    );
    let labels: Vec<&str> = low.labels().map(|l| l.text.as_str()).collect();
    let first = labels
        .iter()
        .position(|t| t.starts_with("部门之间"))
        .unwrap();
    assert!(labels[first].ends_with('…'), "{labels:?}");
}

/// The filled rectangles of a bar chart, top to bottom, as (left, right) in points.
fn bar_extents(scene: &Scene) -> Vec<(f32, f32)> {
    scene
        .paths()
        .filter(|p| p.fill.is_some() && p.points.len() == 4)
        .map(|p| {
            let xs = p.points.iter().map(|(x, _)| *x);
            (
                xs.clone().fold(f32::MAX, f32::min),
                xs.fold(f32::MIN, f32::max),
            )
        })
        .collect()
}

#[test]
fn waterfall_steps_start_where_the_bars_before_them_end() {
    let chart = samples::kaya(Lang::En);
    let s = scene(&Chart::Bar(chart.clone()));
    let bars = bar_extents(&s);
    assert_eq!(bars.len(), 6, "{bars:?}");
    let close = |a: f32, b: f32| (a - b).abs() < 0.01;
    // 3,420 + 310 + 2,150 − 1,640 − 980 = 3,260: each step joins the level before it.
    let (first, rise, growth, fall, drop, last) =
        (bars[0], bars[1], bars[2], bars[3], bars[4], bars[5]);
    assert!(
        close(rise.0, first.1) && close(growth.0, rise.1),
        "{bars:?}"
    );
    assert!(close(fall.1, growth.1) && close(drop.1, fall.0), "{bars:?}");
    assert!(close(last.1, drop.0) && close(last.0, first.0), "{bars:?}");
    // Steps carry their sign; a dotted connector joins each bar to the next.
    let texts: Vec<&str> = s.labels().map(|l| l.text.as_str()).collect();
    assert!(
        texts.contains(&"+310") && texts.contains(&"−1,640"),
        "{texts:?}"
    );
    let dotted = s
        .paths()
        .filter(|p| p.stroke.is_some_and(|k| k.dash == Dash::Dotted))
        .count();
    assert_eq!(dotted, 5);

    // The same bars as a plain chart all start at zero.
    let plain = Chart::Bar(BarChart {
        waterfall: false,
        ..chart
    });
    let bars = bar_extents(&scene(&plain));
    let zero = bars[0].0;
    assert!(
        bars.iter().all(|b| close(b.0, zero) || close(b.1, zero)),
        "{bars:?}"
    );
}

#[test]
fn hostile_text_is_escaped_in_svg() {
    let chart = Chart::Bar(BarChart {
        title: "<script>alert(1)</script>".into(),
        lang: Lang::En,
        value_axis: Axis::new("\"quoted\" & <b>", "'u'"),
        bars: vec![Bar::new("</text><image href=x onerror=alert(1)>", 3.0)],
        waterfall: false,
    });
    let out = svg::render(&scene(&chart));
    assert!(!out.contains("<script"), "{out}");
    assert!(!out.contains("<image"), "{out}");
    assert!(!out.contains("<b>"), "{out}");
    assert!(out.contains("&lt;script&gt;"), "{out}");
    // Every element is one of ours.
    for tag in out.split('<').skip(1) {
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphabetic() || *c == '/')
            .collect();
        assert!(
            ["svg", "/svg", "title", "/title", "path", "text", "/text"].contains(&name.as_str()),
            "{name}"
        );
    }
}

#[test]
fn empty_and_odd_data_do_not_panic() {
    let charts = [
        Chart::Line(LineChart::default()),
        Chart::Line(LineChart {
            series: vec![
                Series::new("NaN", vec![(f64::NAN, 1.0), (2020.0, f64::INFINITY)]),
                Series::new("one", vec![(2020.0, 5.0)]),
            ],
            years: true,
            ..LineChart::default()
        }),
        Chart::Bar(BarChart::default()),
        Chart::Bar(BarChart {
            bars: vec![
                Bar::new("neg", -5.0),
                Bar::new("nan", f64::NAN),
                Bar::new("", 0.0),
            ],
            ..BarChart::default()
        }),
        Chart::Radar(RadarChart::default()),
        Chart::Radar(RadarChart {
            categories: vec!["a".into(), "b".into(), "c".into()],
            max: f64::NAN,
            series: vec![RadarSeries {
                name: "s".into(),
                values: vec![1e9, -3.0],
            }],
            ..RadarChart::default()
        }),
    ];
    for chart in &charts {
        for (w, h) in [(480.0, 300.0), (0.0, 0.0), (f32::NAN, 10.0)] {
            let s = layout(chart, w, h, &mut estimate_width);
            for p in s.paths() {
                assert!(
                    p.points.iter().all(|(x, y)| x.is_finite() && y.is_finite()),
                    "{chart:?}: {p:?}"
                );
            }
            let _ = svg::render(&s);
        }
    }
}

#[test]
fn series_differ_by_more_than_colour() {
    let s = scene(&Chart::Line(samples::emissions(Lang::En)));
    // Markers of five different shapes: small filled polygons, compared by their points
    // around their centre.
    let shapes: std::collections::BTreeSet<Vec<(i32, i32)>> = s
        .paths()
        .filter(|p| p.closed && p.fill.is_some() && p.points.len() <= 12)
        .map(|p| {
            let n = p.points.len() as f32;
            let cx = p.points.iter().map(|q| q.0).sum::<f32>() / n;
            let cy = p.points.iter().map(|q| q.1).sum::<f32>() / n;
            p.points
                .iter()
                .map(|q| {
                    (
                        ((q.0 - cx) * 2.0).round() as i32,
                        ((q.1 - cy) * 2.0).round() as i32,
                    )
                })
                .collect()
        })
        .filter(|shape: &Vec<(i32, i32)>| shape.iter().all(|(x, y)| x.abs() <= 8 && y.abs() <= 8))
        .collect();
    assert!(shapes.len() >= 5, "{} shapes", shapes.len());
}

fn wedge_chart(count: usize) -> LineChart {
    use concord_charts::{Wedge, Wedges};
    let bau: Vec<(f64, f64)> = (2020..=2060)
        .map(|y| (f64::from(y), 4000.0 + 20.0 * f64::from(y - 2020)))
        .collect();
    LineChart {
        years: true,
        y_axis: Axis::new("CO2 emissions", "万吨CO2"),
        series: vec![
            Series::new("Observed", vec![(2015.0, 3400.0), (2020.0, 4000.0)]),
            Series::new(
                "Path to the target",
                vec![(2020.0, 4000.0), (2030.0, 3400.0)],
            ),
            Series::new("BAU", bau).projected_after(2020.0),
        ],
        wedges: Some(Wedges {
            on: 2,
            wedges: (0..count)
                .map(|i| Wedge {
                    label: format!(
                        "M-{i:02} A measure with a rather long English title number {i}"
                    ),
                    effects: vec![(2024.0 + i as f64, 0.0), (2025.0 + i as f64, -40.0)],
                })
                .collect(),
        }),
        projected_label: "Projected".into(),
        ..LineChart::default()
    }
}

#[test]
fn wedges_hang_under_the_bau_line_with_a_legend_entry_each() {
    let s = scene(&Chart::Line(wedge_chart(3)));
    let texts: Vec<&str> = s.labels().map(|l| l.text.as_str()).collect();
    for i in 0..3 {
        assert!(
            texts.iter().any(|t| t.starts_with(&format!("M-{i:02}"))),
            "{texts:?}"
        );
    }
    // Filled, outlined polygons: the three wedges and their three legend keys.
    let wedges: Vec<_> = s
        .paths()
        .filter(|p| p.closed && p.fill.is_some() && p.points.len() > 4)
        .filter(|p| {
            p.stroke
                .is_some_and(|s| s.color != concord_charts::Rgb(255, 255, 255))
        })
        .collect();
    assert_eq!(wedges.len(), 3, "{wedges:?}");
    for w in &wedges {
        // The far edge (second half, reversed) lies below the near edge on the page.
        let n = w.points.len() / 2;
        let (near_last, far_last) = (w.points[n - 1], w.points[n]);
        assert!((near_last.0 - far_last.0).abs() < 0.01);
        assert!(far_last.1 > near_last.1 + 1.0, "{near_last:?} {far_last:?}");
    }
}

#[test]
fn many_wedges_keep_their_labels_apart() {
    for count in [1, 6, 12] {
        for (w, h) in [(480.0, 300.0), (330.0, 240.0)] {
            let s = layout(&Chart::Line(wedge_chart(count)), w, h, &mut estimate_width);
            assert_tidy(&s, &format!("{count} wedges at {w}×{h}"));
        }
    }
}

/// Whether the segment from `a` to `b` passes through the box (Liang–Barsky).
fn meets((l, t, r, b): (f32, f32, f32, f32), a: (f32, f32), z: (f32, f32)) -> bool {
    let (dx, dy) = (z.0 - a.0, z.1 - a.1);
    let (mut lo, mut hi) = (0.0f32, 1.0f32);
    for (p, q) in [(-dx, a.0 - l), (dx, r - a.0), (-dy, a.1 - t), (dy, b - a.1)] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else if p < 0.0 {
            lo = lo.max(q / p);
        } else {
            hi = hi.min(q / p);
        }
    }
    lo <= hi
}

/// The series' lines (as segments with half their width) and markers (as boxes) drawn in
/// a scene: paths stroked or filled in a series colour, and the targets' open diamonds.
type Drawn = (
    Vec<((f32, f32), (f32, f32), f32)>,
    Vec<(f32, f32, f32, f32)>,
);
fn data_drawn(scene: &Scene) -> Drawn {
    use concord_charts::palette::{INK, SERIES};
    let mut segments = Vec::new();
    let mut marks = Vec::new();
    for p in scene.paths() {
        let stroke = p.stroke.filter(|s| SERIES.contains(&s.color));
        if let Some(s) = stroke {
            let mut pts = p.points.clone();
            if p.closed {
                pts.push(pts[0]);
            }
            for w in pts.windows(2) {
                segments.push((w[0], w[1], s.width / 2.0));
            }
        }
        let (xs, ys): (Vec<f32>, Vec<f32>) = p.points.iter().copied().unzip();
        let bx = (
            xs.iter().copied().fold(f32::MAX, f32::min),
            ys.iter().copied().fold(f32::MAX, f32::min),
            xs.iter().copied().fold(f32::MIN, f32::max),
            ys.iter().copied().fold(f32::MIN, f32::max),
        );
        let small = bx.2 - bx.0 <= 10.0 && bx.3 - bx.1 <= 10.0;
        let marker = p.fill.is_some_and(|f| SERIES.contains(&f))
            || p.stroke.is_some_and(|s| s.color == INK && s.width > 1.0);
        if p.closed && small && marker {
            marks.push(bx);
        }
    }
    (segments, marks)
}

/// No label's box is crossed by a series line or covers a marker.
fn assert_clear_of_data(scene: &Scene, what: &str) {
    let (segments, marks) = data_drawn(scene);
    for l in scene.labels() {
        let (x0, y0, x1, y1) = l.bounds();
        for (a, b, half) in &segments {
            let grown = (x0 - half, y0 - half, x1 + half, y1 + half);
            assert!(
                !meets(grown, *a, *b),
                "{what}: a line {a:?}–{b:?} runs through {:?} at {:?}",
                l.text,
                l.bounds()
            );
        }
        for m in &marks {
            let hit = x0 < m.2 && m.0 < x1 && y0 < m.3 && m.1 < y1;
            assert!(!hit, "{what}: {:?} covers a marker at {m:?}", l.text);
        }
    }
}

#[test]
fn mark_labels_keep_clear_of_lines_markers_and_each_other() {
    for which in 0..3 {
        let chart = Chart::Line(goal_chart(Lang::Zh, which));
        for (w, h) in [(450.0, 230.0), (480.0, 300.0), (330.0, 240.0)] {
            let s = layout(&chart, w, h, &mut estimate_width);
            let what = format!("goal chart {which} at {w}×{h}");
            assert_tidy(&s, &what);
            assert_clear_of_data(&s, &what);
            let Chart::Line(c) = &chart else { continue };
            // Every target keeps its label, whole.
            for t in &c.targets {
                assert!(s.labels().any(|l| l.text == t.label), "{what}: {}", t.label);
            }
        }
    }
    for chart in all_samples() {
        let s = scene(&chart);
        assert_clear_of_data(&s, chart.title());
    }
}

#[test]
fn radar_labels_wrap_before_they_are_shortened() {
    for (bilingual, w, h) in [(false, 445.0, 340.0), (true, 480.0, 340.0)] {
        let chart = essentials(bilingual);
        let s = layout(&Chart::Radar(chart.clone()), w, h, &mut estimate_width);
        let what = format!("bilingual {bilingual} at {w}×{h}");
        assert_tidy(&s, &what);
        let texts: Vec<&str> = s.labels().map(|l| l.text.as_str()).collect();
        assert!(!texts.iter().any(|t| t.contains('…')), "{what}: {texts:?}");
        // Every word of every category is printed (Chinese ones may wrap mid-phrase).
        let printed = texts.concat();
        for name in &chart.categories {
            for word in name.split_whitespace() {
                assert!(printed.contains(word), "{what}: {word:?} of {name:?}");
            }
        }
    }
}

#[test]
fn radar_ring_values_stay_clear_of_the_outlines() {
    for chart in [
        essentials(false),
        essentials(true),
        samples::scorecard(Lang::En),
    ] {
        let s = layout(&Chart::Radar(chart), 450.0, 340.0, &mut estimate_width);
        assert_clear_of_data(&s, "radar");
        // The ring values are there: digits on boxes that hide the grid under them.
        assert!(s.labels().any(|l| l.text == "60" || l.text == "3"));
    }
}

#[test]
fn long_bar_labels_take_a_third_line_before_an_ellipsis() {
    let names = [
        "6.1.1 Proportion of population using safely managed drinking water services",
        "7.1.2 Proportion of population with primary reliance on clean fuels and technology",
        "11.1.1 Proportion of urban population living in slums, informal settlements or inadequate housing",
        "11.2.1 Proportion of population that has convenient access to public transport, by sex, age and persons with disabilities",
        "11.6.2 Annual mean levels of fine particulate matter (e.g. PM2.5 and PM10) in cities (population weighted)",
        "13.2.2 Total greenhouse gas emissions per year",
        "7.2.1 Renewable energy share in the total final energy consumption",
        "7.b.1 Installed renewable energy-generating capacity in developing and developed countries (in watts per capita)",
    ];
    let chart = Chart::Bar(BarChart {
        title: "Deficits ranked by the dialogue".into(),
        lang: Lang::En,
        value_axis: Axis::new("Points", ""),
        bars: names
            .iter()
            .zip([52.0, 26.0, 22.0, 20.0, 8.0, 8.0, 8.0, 8.0])
            .map(|(n, v)| Bar::new(*n, v))
            .collect(),
        waterfall: false,
    });
    // The report's height for eight bars: 80 + 24 a bar.
    let s = layout(&chart, 445.0, 272.0, &mut estimate_width);
    assert_tidy(&s, "deficits");
    let texts: Vec<&str> = s.labels().map(|l| l.text.as_str()).collect();
    assert!(!texts.iter().any(|t| t.contains('…')), "{texts:?}");
    let printed = texts.join(" ");
    for word in names.iter().flat_map(|n| n.split_whitespace()) {
        assert!(printed.contains(word), "{word:?} missing from {texts:?}");
    }
}
