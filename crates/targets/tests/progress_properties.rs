//! The progress method's promises, for any baseline, target and years: a series exactly on the
//! straight growth path to the target is on track (or achieved at the target year), and moving
//! the latest value away from the target never improves the status.

use concord_deficits::Direction;
use concord_targets::{Baseline, Status, assess};
use proptest::prelude::*;

fn direction(target: f64, base: f64) -> Direction {
    if target < base {
        Direction::LowerIsBetter
    } else {
        Direction::HigherIsBetter
    }
}

proptest! {
    #[test]
    fn a_series_on_the_target_path_is_on_track(
        base in 1.0f64..1e6,
        factor in 0.05f64..5.0,
        t0 in 1990i32..2020,
        span in 5i32..40,
        at in 1i32..40,
    ) {
        prop_assume!((factor - 1.0).abs() > 1e-3);
        let target_year = t0 + span;
        let year = t0 + at.min(span);
        let target = base * factor;
        let on_path = base * factor.powf(f64::from(year - t0) / f64::from(span));
        let progress = assess(
            direction(target, base),
            Baseline { year: t0, value: base },
            target_year,
            target,
            &[(year, on_path)],
            None,
        );
        if year == target_year {
            prop_assert!(matches!(progress.status, Status::Achieved | Status::OnTrack), "{progress:?}");
        } else {
            prop_assert!(matches!(progress.status, Status::OnTrack | Status::Achieved), "{progress:?}");
            if let Some(ratio) = progress.ratio {
                prop_assert!((ratio - 1.0).abs() < 1e-6, "{ratio}");
            }
        }
    }

    #[test]
    fn moving_away_from_the_target_never_improves_the_status(
        base in 1.0f64..1e6,
        factor in 0.05f64..5.0,
        t0 in 1990i32..2020,
        span in 5i32..40,
        at in 1i32..40,
        latest_share in 0.01f64..6.0,
        away in 0.0f64..1.0,
    ) {
        let target = base * factor;
        let year = t0 + at;
        let latest = base * latest_share;
        // Away from the target: up for a target below the baseline, down for one above.
        let moved = if target < base { latest * (1.0 + away) } else { latest * (1.0 - away * 0.99) };
        let judge = |value: f64| assess(
            direction(target, base),
            Baseline { year: t0, value: base },
            t0 + span,
            target,
            &[(year, value)],
            None,
        ).status;
        // `Status` is ordered best first.
        prop_assert!(judge(moved) >= judge(latest), "{latest} → {moved}: {:?} → {:?}", judge(latest), judge(moved));
    }
}
