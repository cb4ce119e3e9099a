//! What every laid-out chart must hold, whatever its data: labels inside the frame and not
//! on top of each other, hostile text escaped, dashes for projections, Chinese numbers.
#![allow(clippy::unwrap_used)]

use concord_charts::model::{Axis, Bar, BarChart, LineChart, RadarChart, RadarSeries, Series};
use concord_charts::{Chart, Dash, Lang, Scene, estimate_width, layout, samples, svg};

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
    // In a narrower frame two lines are not enough: the second ends in an ellipsis.
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
    assert!(labels[first + 1].ends_with('…'), "{labels:?}");
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
        texts.contains(&"+310") && texts.contains(&"-1,640"),
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
