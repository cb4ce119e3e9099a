//! Axis ticks a reader can count in: steps of 1, 2 or 5 × 10ⁿ.

/// Evenly spaced tick values with a 1-2-5 step.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// The step between ticks.
    pub step: f64,
    /// The ticks, increasing.
    pub values: Vec<f64>,
}

impl Ticks {
    /// The first tick.
    pub fn first(&self) -> f64 {
        self.values.first().copied().unwrap_or(0.0)
    }

    /// The last tick.
    pub fn last(&self) -> f64 {
        self.values.last().copied().unwrap_or(1.0)
    }
}

/// The smallest 1-2-5 step that covers `[lo, hi]` with at most `max_count` ticks, the
/// ticks extended outwards to whole steps (so the axis starts and ends on a tick).
/// At least `min_step` apart (1 for years). A degenerate or non-finite range gives a
/// range around it; `max_count` below 2 is taken as 2, and a range across zero gets three
/// ticks even when fewer were asked for.
pub fn nice_ticks(lo: f64, hi: f64, max_count: usize, min_step: f64) -> Ticks {
    let (lo, hi) = sane_range(lo, hi);
    // A range across zero needs three ticks at least (one below, zero, one above).
    let max_count = max_count.max(if lo < 0.0 && hi > 0.0 { 3 } else { 2 });
    let span = hi - lo;
    // Start one decade below the step a plain division would give and walk up.
    let rough = span / (max_count - 1) as f64;
    let mut exponent = rough.log10().floor() as i32 - 1;
    loop {
        let magnitude = 10f64.powi(exponent);
        for m in [1.0, 2.0, 5.0] {
            let step = m * magnitude;
            if step < min_step {
                continue;
            }
            let first = (lo / step).floor();
            let last = (hi / step).ceil();
            let count = (last - first) as usize + 1;
            if count <= max_count {
                return Ticks {
                    step,
                    values: (0..count)
                        .map(|i| tick(first + i as f64, m, magnitude))
                        .collect(),
                };
            }
        }
        exponent += 1;
    }
}

/// Ticks at whole steps inside `[lo, hi]` without extending it (an x axis of years that
/// starts at 2005 keeps 2005 as its left edge and labels 2010, 2020, …).
pub fn inner_ticks(lo: f64, hi: f64, max_count: usize, min_step: f64) -> Ticks {
    let (lo, hi) = sane_range(lo, hi);
    let mut count = max_count.max(2);
    loop {
        let outer = nice_ticks(lo, hi, count, min_step);
        let values: Vec<f64> = outer
            .values
            .iter()
            .copied()
            .filter(|v| *v >= lo - outer.step * 1e-9 && *v <= hi + outer.step * 1e-9)
            .collect();
        // Dropping the outer ticks can leave room for a finer step.
        if values.len() >= 2 || count > 4 * max_count.max(2) {
            return Ticks {
                step: outer.step,
                values,
            };
        }
        count += 1;
    }
}

fn sane_range(lo: f64, hi: f64) -> (f64, f64) {
    let (lo, hi) = match (lo.is_finite(), hi.is_finite()) {
        (true, true) => (lo.min(hi), lo.max(hi)),
        (true, false) => (lo, lo),
        (false, true) => (hi, hi),
        (false, false) => (0.0, 1.0),
    };
    if hi - lo > f64::EPSILON * hi.abs().max(1.0) * 16.0 {
        (lo, hi)
    } else if lo == 0.0 {
        (0.0, 1.0)
    } else {
        let pad = lo.abs() * 0.1;
        (lo - pad, hi + pad)
    }
}

/// `k × m × magnitude` without floating-point dust: for a magnitude below one, dividing the
/// whole number `k × m` by an exact power of ten gives the nearest double to the decimal
/// (3 × 0.1 → 0.3, not 0.30000000000000004).
fn tick(k: f64, m: f64, magnitude: f64) -> f64 {
    if magnitude >= 1.0 {
        return k * m * magnitude;
    }
    let decimals = (-magnitude.log10()).round() as i32;
    let v = k * m / 10f64.powi(decimals);
    if v == 0.0 { 0.0 } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_ranges() {
        assert_eq!(
            nice_ticks(0.0, 97.0, 6, 0.0).values,
            [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(nice_ticks(0.0, 1.0, 6, 0.0).step, 0.2);
        assert_eq!(nice_ticks(0.0, 0.3, 4, 0.0).values, [0.0, 0.1, 0.2, 0.3]);
    }

    #[test]
    fn negative_and_mixed_ranges() {
        let t = nice_ticks(-3.0, 7.0, 7, 0.0);
        assert_eq!(t.step, 2.0);
        assert_eq!(t.values, [-4.0, -2.0, 0.0, 2.0, 4.0, 6.0, 8.0]);
    }

    #[test]
    fn a_range_across_zero_with_room_for_two_ticks_gets_three() {
        let t = nice_ticks(-34_908.0, 60_273.0, 2, 0.0);
        assert_eq!(t.values, [-100_000.0, 0.0, 100_000.0]);
    }

    #[test]
    fn years_inside_the_range() {
        let t = inner_ticks(2005.0, 2060.0, 8, 1.0);
        assert_eq!(t.values, [2010.0, 2020.0, 2030.0, 2040.0, 2050.0, 2060.0]);
        let t = inner_ticks(2020.0, 2023.0, 10, 1.0);
        assert_eq!(t.values, [2020.0, 2021.0, 2022.0, 2023.0]);
    }

    #[test]
    fn degenerate_ranges_still_give_an_axis() {
        for (lo, hi) in [
            (5.0, 5.0),
            (0.0, 0.0),
            (f64::NAN, f64::NAN),
            (f64::NEG_INFINITY, 3.0),
        ] {
            let t = nice_ticks(lo, hi, 5, 0.0);
            assert!(t.values.len() >= 2, "{lo} {hi}: {t:?}");
            assert!(t.step > 0.0);
        }
    }
}
