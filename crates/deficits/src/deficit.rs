//! A deficit: the latest value on the wrong side of its benchmark, by the indicator's direction.

use serde::Serialize;

use crate::catalogue::Direction;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Observation {
    pub year: i32,
    pub value: f64,
}

/// Where a benchmark comes from; the report prints it beside the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BenchmarkKind {
    NationalTarget,
    PartnerCity,
    /// e.g. the WHO 2021 air-quality guideline, PM2.5 annual mean 5 µg/m³.
    WhoGuideline,
    /// A reference the dialogue set itself.
    DialogueOwn,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benchmark {
    pub value: f64,
    pub kind: BenchmarkKind,
    pub year: Option<i32>,
    pub source: String,
}

/// How far a value falls short of its benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Gap {
    /// Always positive: the distance on the wrong side, in the indicator's unit.
    pub units: f64,
    /// The same distance in per cent of the benchmark; none when the benchmark is zero.
    pub percent: Option<f64>,
}

/// The gap when `latest` is a deficit against `benchmark`, or `None` when it is not.
///
/// For a target-value indicator the benchmark sets how far from the target is acceptable, so
/// the deficit is the extra distance beyond it.
pub fn assess(direction: Direction, latest: f64, benchmark: f64) -> Option<Gap> {
    if !latest.is_finite() || !benchmark.is_finite() {
        return None;
    }
    let (shortfall, reference) = match direction {
        Direction::HigherIsBetter => (benchmark - latest, benchmark),
        Direction::LowerIsBetter => (latest - benchmark, benchmark),
        Direction::TargetValue(target) => {
            let allowed = (benchmark - target).abs();
            ((latest - target).abs() - allowed, target)
        }
    };
    (shortfall > 0.0).then(|| Gap {
        units: shortfall,
        percent: (reference != 0.0).then(|| shortfall / reference.abs() * 100.0),
    })
}

/// The most recent observation, the one a deficit is judged on.
pub fn latest(observations: &[Observation]) -> Option<Observation> {
    observations.iter().copied().max_by_key(|o| o.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pm25_above_the_who_guideline_is_a_deficit_with_its_gap() {
        let gap = assess(Direction::LowerIsBetter, 38.0, 5.0).expect("deficit");
        assert_eq!(gap.units, 33.0);
        assert_eq!(gap.percent, Some(660.0));
    }

    #[test]
    fn on_the_right_side_or_at_the_benchmark_is_no_deficit() {
        assert_eq!(assess(Direction::LowerIsBetter, 4.0, 5.0), None);
        assert_eq!(assess(Direction::HigherIsBetter, 99.5, 95.0), None);
        assert_eq!(assess(Direction::HigherIsBetter, 95.0, 95.0), None);
    }

    #[test]
    fn access_below_the_benchmark_is_a_deficit() {
        let gap = assess(Direction::HigherIsBetter, 80.0, 100.0).expect("deficit");
        assert_eq!(gap.units, 20.0);
        assert_eq!(gap.percent, Some(20.0));
    }

    #[test]
    fn a_target_value_indicator_counts_distance_beyond_the_tolerated_one() {
        // Land consumption growing 1.4 times as fast as population, tolerated up to 1.1.
        let gap = assess(Direction::TargetValue(1.0), 1.4, 1.1).expect("deficit");
        assert!((gap.units - 0.3).abs() < 1e-12);
        assert_eq!(assess(Direction::TargetValue(1.0), 0.95, 1.1), None);
        // Either side of the target is equally far.
        assert!(assess(Direction::TargetValue(1.0), 0.6, 1.1).is_some());
    }

    #[test]
    fn a_zero_benchmark_gives_a_gap_in_units_only() {
        let gap = assess(Direction::LowerIsBetter, 3.0, 0.0).expect("deficit");
        assert_eq!(gap.percent, None);
    }

    #[test]
    fn a_value_that_is_not_a_number_is_never_flagged() {
        assert_eq!(assess(Direction::LowerIsBetter, f64::NAN, 5.0), None);
    }

    #[test]
    fn the_latest_observation_is_the_latest_year_not_the_last_row() {
        let rows = [
            Observation {
                year: 2023,
                value: 1.0,
            },
            Observation {
                year: 2021,
                value: 2.0,
            },
        ];
        assert_eq!(latest(&rows).map(|o| o.year), Some(2023));
        assert_eq!(latest(&[]), None);
    }
}
