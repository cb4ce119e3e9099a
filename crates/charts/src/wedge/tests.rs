#![allow(clippy::unwrap_used)]

use super::*;
use crate::model::Series;

fn chart(wedges: Vec<Wedge>) -> LineChart {
    LineChart {
        series: vec![
            Series::new("observed", vec![(2018.0, 90.0), (2020.0, 100.0)]),
            Series::new(
                "BAU",
                vec![(2020.0, 100.0), (2025.0, 110.0), (2030.0, 120.0)],
            ),
        ],
        wedges: Some(Wedges { on: 1, wedges }),
        years: true,
        ..LineChart::default()
    }
}

fn wedge(label: &str, effects: &[(f64, f64)]) -> Wedge {
    Wedge {
        label: label.to_owned(),
        effects: effects.to_vec(),
    }
}

fn at(s: &Stacked, x: f64) -> (f64, f64) {
    let k = s.xs.iter().position(|v| *v == x).unwrap();
    (s.near[k], s.far[k])
}

#[test]
fn wedges_stack_from_the_series_downwards_each_as_thick_as_its_effect() {
    let c = chart(vec![
        wedge("A", &[(2024.0, 0.0), (2025.0, -10.0)]),
        wedge("B", &[(2026.0, 0.0), (2027.0, -5.0)]),
    ]);
    let s = stack(&c);
    assert_eq!(s.len(), 2);
    let (a, b) = (&s[0], &s[1]);
    // A lies against the BAU line (straight between its points) and is 10 thick from 2025.
    assert_eq!(at(a, 2024.0), (108.0, 108.0));
    assert_eq!(at(a, 2025.0), (110.0, 100.0));
    assert_eq!(at(a, 2030.0), (120.0, 110.0));
    // B lies against A's far edge, 5 thick from 2027, nothing before 2026.
    assert_eq!(b.xs.first(), Some(&2026.0));
    assert_eq!(at(b, 2026.0), (102.0, 102.0));
    assert_eq!(at(b, 2027.0), (104.0, 99.0));
    assert_eq!(at(b, 2030.0), (110.0, 105.0));
    for (k, x) in b.xs.iter().enumerate() {
        let (near_a, far_a) = at(a, *x);
        assert_eq!(b.near[k], far_a, "B starts where A ends at {x}");
        assert!(far_a <= near_a);
    }
}

#[test]
fn an_effect_of_nothing_draws_no_wedge_and_the_next_still_stacks() {
    let c = chart(vec![
        wedge("none", &[(2024.0, 0.0), (2025.0, 0.0)]),
        wedge("empty", &[]),
        wedge("C", &[(2025.0, 0.0), (2026.0, -4.0)]),
    ]);
    let s = stack(&c);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].index, 2);
    assert_eq!(at(&s[0], 2030.0), (120.0, 116.0));
}

#[test]
fn wedges_without_their_series_or_outside_it_are_not_drawn() {
    let mut c = chart(vec![wedge("A", &[(2024.0, -1.0)])]);
    c.wedges.as_mut().unwrap().on = 9;
    assert!(stack(&c).is_empty());
    // An effect starting after the series ends has nowhere to hang.
    let c = chart(vec![wedge("late", &[(2040.0, 0.0), (2041.0, -3.0)])]);
    assert!(stack(&c).is_empty());
}

#[test]
fn a_rise_stacks_upwards() {
    let c = chart(vec![wedge("up", &[(2025.0, 0.0), (2026.0, 6.0)])]);
    let s = stack(&c);
    assert_eq!(at(&s[0], 2030.0), (120.0, 126.0));
}

/// Is (x, y) between the two edges at x (with a little slack)?
fn inside(a: &[(f32, f32)], b: &[(f32, f32)], (x, y): (f32, f32)) -> bool {
    let edge = |e: &[(f32, f32)]| {
        let k = e
            .windows(2)
            .position(|w| w[0].0 <= x + 0.01 && x - 0.01 <= w[1].0);
        k.map(|k| {
            let (p, q) = (e[k], e[k + 1]);
            p.1 + (q.1 - p.1) * (x - p.0) / (q.0 - p.0)
        })
    };
    match (edge(a), edge(b)) {
        (Some(ya), Some(yb)) => y >= ya.min(yb) - 0.05 && y <= ya.max(yb) + 0.05,
        _ => false,
    }
}

#[test]
fn hatching_stays_inside_the_wedge_in_every_direction() {
    let near = [(0.0, 50.0), (30.0, 40.0), (60.0, 45.0), (90.0, 20.0)];
    // Zero thick at the start, crossing the near edge between 60 and 90.
    let far = [(0.0, 50.0), (30.0, 60.0), (60.0, 55.0), (90.0, 10.0)];
    for h in HATCHES {
        let segs = hatch_segments(&near, &far, h, 4.0);
        assert!(segs.len() >= 4, "{h:?}: {} lines", segs.len());
        for (p, q) in &segs {
            assert!(inside(&near, &far, *p), "{h:?}: {p:?} outside");
            assert!(inside(&near, &far, *q), "{h:?}: {q:?} outside");
            let mid = ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
            assert!(inside(&near, &far, mid), "{h:?}: {mid:?} outside");
        }
    }
}

#[test]
fn hatching_runs_in_the_direction_of_its_kind() {
    let near = [(0.0, 100.0), (100.0, 100.0)];
    let far = [(0.0, 0.0), (100.0, 0.0)];
    let slopes = |h| -> Vec<f32> {
        hatch_segments(&near, &far, h, 10.0)
            .iter()
            .map(|(p, q)| {
                if (q.0 - p.0).abs() < 1e-3 {
                    f32::INFINITY
                } else {
                    (q.1 - p.1) / (q.0 - p.0)
                }
            })
            .collect()
    };
    // y grows downwards: a rising line has a negative slope on the page.
    assert!(slopes(Hatch::Rising).iter().all(|s| (s + 1.0).abs() < 1e-3));
    assert!(
        slopes(Hatch::Falling)
            .iter()
            .all(|s| (s - 1.0).abs() < 1e-3)
    );
    assert!(slopes(Hatch::Vertical).iter().all(|s| s.is_infinite()));
    assert!(slopes(Hatch::Horizontal).iter().all(|s| s.abs() < 1e-3));
    // Lines across the whole square run unbroken from edge to edge: ten of each.
    assert_eq!(slopes(Hatch::Vertical).len(), 11);
    assert_eq!(slopes(Hatch::Horizontal).len(), 11);
}

#[test]
fn no_two_of_the_first_wedges_look_alike_without_colour() {
    for i in 0..18 {
        for j in 0..i {
            assert!(
                (hatch(i), outline(i)) != (hatch(j), outline(j)),
                "wedges {i} and {j}"
            );
        }
    }
}

#[test]
fn a_long_wedge_name_wraps_in_the_legend_rather_than_lose_its_end() {
    let name = "Waste heat recovered at the coal-chemical park heats the eastern district";
    let c = chart(vec![
        wedge(name, &[(2024.0, 0.0), (2025.0, -10.0)]),
        wedge(
            "Combined heat and power network extended",
            &[(2026.0, 0.0), (2027.0, -5.0)],
        ),
    ]);
    let mut measure = |s: &str| crate::text::estimate_width(s);
    let scene = crate::layout(&crate::Chart::Line(c), 420.0, 300.0, &mut measure);
    let texts: Vec<&str> = scene.labels().map(|l| l.text.as_str()).collect();
    assert!(texts.iter().all(|t| !t.ends_with('…')), "{texts:?}");
    // Every word of the name is printed, in order, over its lines.
    let printed = texts.join(" ");
    assert!(printed.contains("Waste heat"), "{texts:?}");
    assert!(printed.contains("eastern district"), "{texts:?}");
}
