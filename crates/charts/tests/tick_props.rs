//! Properties of the 1-2-5 tick algorithm.

use concord_charts::ticks::{inner_ticks, nice_ticks};
use proptest::prelude::*;

fn is_125(step: f64) -> bool {
    let magnitude = 10f64.powf(step.log10().floor());
    let m = step / magnitude;
    [1.0, 2.0, 5.0, 10.0].iter().any(|k| (m - k).abs() < 1e-9)
}

proptest! {
    #[test]
    fn ticks_cover_the_range_with_few_round_steps(
        lo in -1e9f64..1e9,
        span in 1e-6f64..1e9,
        max_count in 2usize..12,
    ) {
        // Below a millionth of the magnitude, doubles cannot hold distinct ticks.
        prop_assume!(span >= lo.abs() * 1e-6);
        let hi = lo + span;
        let t = nice_ticks(lo, hi, max_count, 0.0);
        prop_assert!(is_125(t.step), "step {}", t.step);
        let allowed = if lo < 0.0 && hi > 0.0 { max_count.max(3) } else { max_count };
        prop_assert!(t.values.len() >= 2 && t.values.len() <= allowed, "{:?}", t);
        prop_assert!(t.first() <= lo + t.step * 1e-9);
        prop_assert!(t.last() >= hi - t.step * 1e-9);
        for w in t.values.windows(2) {
            prop_assert!(((w[1] - w[0]) - t.step).abs() <= t.step * 1e-6, "{:?}", t);
        }
        // Every tick is a whole multiple of the step.
        for v in &t.values {
            let k = v / t.step;
            prop_assert!((k - k.round()).abs() < 1e-6, "{} / {}", v, t.step);
        }
    }

    #[test]
    fn year_ticks_are_whole_years_inside_the_range(
        from in 1900i32..2100,
        len in 1i32..150,
        max_count in 2usize..14,
    ) {
        let (lo, hi) = (f64::from(from), f64::from(from + len));
        let t = inner_ticks(lo, hi, max_count, 1.0);
        prop_assert!(t.step >= 1.0 && is_125(t.step));
        prop_assert!(!t.values.is_empty());
        for v in &t.values {
            prop_assert!(*v >= lo && *v <= hi && v.fract() == 0.0, "{:?}", t);
        }
    }
}
