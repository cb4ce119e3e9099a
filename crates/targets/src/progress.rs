//! Progress towards a target by Statistics Canada's method, as Open SDG 2.4 adopted it: the
//! observed compound annual growth from the baseline, `(yᵢ / y₀)^(1/(tᵢ − t₀)) − 1`, against
//! the growth the target requires, `(y_T / y₀)^(1/(T − t₀)) − 1`; their ratio R says how much
//! of the required pace the indicator keeps. A baseline or target of zero counts as 0.001, as
//! the method says; fewer than two values, or values the formula cannot take (negative ones),
//! cannot be assessed.

use concord_deficits::Direction;
use serde::Serialize;

use crate::target::Baseline;

/// Where a target stands, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Achieved,
    OnTrack,
    AccelerationNeeded,
    LimitedProgress,
    Deterioration,
    CannotAssess,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Achieved,
        Status::OnTrack,
        Status::AccelerationNeeded,
        Status::LimitedProgress,
        Status::Deterioration,
        Status::CannotAssess,
    ];

    /// The key in JSON and the Fluent id's suffix.
    pub fn key(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on-track",
            Status::AccelerationNeeded => "acceleration-needed",
            Status::LimitedProgress => "limited-progress",
            Status::Deterioration => "deterioration",
            Status::CannotAssess => "cannot-assess",
        }
    }

    /// A gauge that reads without colour: how many of four segments are filled (`None` when it
    /// cannot be assessed).
    pub fn gauge(self) -> Option<u8> {
        match self {
            Status::Achieved => Some(4),
            Status::OnTrack => Some(3),
            Status::AccelerationNeeded => Some(2),
            Status::LimitedProgress => Some(1),
            Status::Deterioration => Some(0),
            Status::CannotAssess => None,
        }
    }
}

/// A target's progress: its status, R, and the value it was judged on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Progress {
    pub status: Status,
    /// Observed growth over required growth; `None` when achieved by a target equal to the
    /// baseline, or when it cannot be assessed.
    pub ratio: Option<f64>,
    /// The latest value after the baseline year, up to the year asked for.
    pub latest: Option<(i32, f64)>,
}

/// The share of the required pace that counts as on track, and as progress that only needs
/// to accelerate.
const ON_TRACK: f64 = 0.95;
const ACCELERATE: f64 = 0.60;
/// What a zero baseline or target counts as.
const ZERO: f64 = 0.001;

/// Progress towards `target_value` in `target_year` from `baseline`, judged on the latest of
/// `observations` (year, value) after the baseline year and not after `up_to`. `direction`
/// decides only when the target equals the baseline: whether staying there or better is met.
pub fn assess(
    direction: Direction,
    baseline: Baseline,
    target_year: i32,
    target_value: f64,
    observations: &[(i32, f64)],
    up_to: Option<i32>,
) -> Progress {
    let latest = observations
        .iter()
        .filter(|(year, value)| {
            *year > baseline.year && up_to.is_none_or(|u| *year <= u) && value.is_finite()
        })
        .max_by_key(|(year, _)| *year)
        .copied();
    let cannot = Progress {
        status: Status::CannotAssess,
        ratio: None,
        latest,
    };
    let Some((year, value)) = latest else {
        return cannot;
    };
    if target_year <= baseline.year || !baseline.value.is_finite() || !target_value.is_finite() {
        return cannot;
    }
    if meets(direction, baseline.value, target_value, value) {
        return Progress {
            status: Status::Achieved,
            ratio: None,
            latest,
        };
    }
    let nonzero = |v: f64| if v == 0.0 { ZERO } else { v };
    let (base, target) = (nonzero(baseline.value), nonzero(target_value));
    let growth = |to: f64, years: i32| (to / base).powf(1.0 / f64::from(years)) - 1.0;
    let observed = growth(value, year - baseline.year);
    let required = growth(target, target_year - baseline.year);
    if !observed.is_finite() || !required.is_finite() {
        return cannot;
    }
    if required == 0.0 {
        // Nothing had to change and the value is not where it had to stay.
        return Progress {
            status: Status::Deterioration,
            ratio: None,
            latest,
        };
    }
    let ratio = observed / required;
    let status = if ratio >= ON_TRACK {
        Status::OnTrack
    } else if ratio >= ACCELERATE {
        Status::AccelerationNeeded
    } else if ratio >= 0.0 {
        Status::LimitedProgress
    } else {
        Status::Deterioration
    };
    Progress {
        status,
        ratio: Some(ratio),
        latest,
    }
}

/// Whether `latest` has reached the target: past it in the direction the target lies from the
/// baseline; for a target equal to the baseline, on the indicator's good side of it.
fn meets(direction: Direction, baseline: f64, target: f64, latest: f64) -> bool {
    if target < baseline {
        latest <= target
    } else if target > baseline {
        latest >= target
    } else {
        match direction {
            Direction::HigherIsBetter => latest >= target,
            Direction::LowerIsBetter => latest <= target,
            Direction::TargetValue(ideal) => (latest - ideal).abs() <= (target - ideal).abs(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Baseline = Baseline {
        year: 2015,
        value: 50.0,
    };

    fn status(observations: &[(i32, f64)]) -> Status {
        assess(
            Direction::LowerIsBetter,
            BASE,
            2030,
            25.0,
            observations,
            None,
        )
        .status
    }

    #[test]
    fn each_status_is_reached() {
        // Halving over 15 years is −4.52 % a year.
        assert_eq!(status(&[(2023, 24.0)]), Status::Achieved);
        assert_eq!(status(&[(2023, 34.0)]), Status::OnTrack);
        assert_eq!(status(&[(2023, 40.0)]), Status::AccelerationNeeded);
        assert_eq!(status(&[(2023, 46.0)]), Status::LimitedProgress);
        assert_eq!(status(&[(2023, 52.0)]), Status::Deterioration);
        assert_eq!(status(&[]), Status::CannotAssess);
        // The baseline year itself is not a second value.
        assert_eq!(status(&[(2015, 20.0)]), Status::CannotAssess);
        // A negative value has no growth rate to compare; below a reduction target it is
        // still past the target.
        assert_eq!(status(&[(2023, -1.0)]), Status::Achieved);
        let raise = assess(
            Direction::HigherIsBetter,
            BASE,
            2030,
            80.0,
            &[(2023, -1.0)],
            None,
        );
        assert_eq!(raise.status, Status::CannotAssess);
    }

    #[test]
    fn the_latest_value_up_to_the_year_asked_for_counts() {
        let seen = [(2019, 52.0), (2021, 34.0)];
        let at = |up_to| assess(Direction::LowerIsBetter, BASE, 2030, 25.0, &seen, up_to);
        assert_eq!(at(Some(2020)).status, Status::Deterioration);
        assert_eq!(at(Some(2020)).latest, Some((2019, 52.0)));
        assert_eq!(at(None).status, Status::OnTrack);
    }

    #[test]
    fn a_zero_baseline_counts_as_a_thousandth() {
        let base = Baseline {
            year: 2015,
            value: 0.0,
        };
        let p = assess(
            Direction::HigherIsBetter,
            base,
            2030,
            30.0,
            &[(2020, 2.0)],
            None,
        );
        assert!(p.ratio.is_some_and(|r| r > 0.0), "{p:?}");
    }

    #[test]
    fn a_target_equal_to_the_baseline_is_held_or_lost() {
        let at = |latest| {
            assess(
                Direction::HigherIsBetter,
                BASE,
                2030,
                50.0,
                &[(2020, latest)],
                None,
            )
            .status
        };
        assert_eq!(at(51.0), Status::Achieved);
        assert_eq!(at(49.0), Status::Deterioration);
    }

    #[test]
    fn statuses_have_keys_and_gauges() {
        let keys: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(
            keys,
            [
                "achieved",
                "on-track",
                "acceleration-needed",
                "limited-progress",
                "deterioration",
                "cannot-assess"
            ]
        );
        assert_eq!(Status::OnTrack.gauge(), Some(3));
        assert_eq!(Status::CannotAssess.gauge(), None);
    }
}
