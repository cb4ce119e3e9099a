//! A target set read against a goal line: the value the targets' straight path reaches in the
//! line's year, and whether that is on the right side of the line. The path runs from the
//! baseline through each target year; after the last target year it holds the last value.

use serde::Serialize;

use crate::target::Baseline;

/// Which side of a goal line is good: below for intensities, above for shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    AtMost,
    AtLeast,
}

/// The value of the straight path from `baseline` through `targets` (year, value) in `year`;
/// `None` before the baseline year or with no target.
pub fn path_value(baseline: Baseline, targets: &[(i32, f64)], year: i32) -> Option<f64> {
    let mut points: Vec<(i32, f64)> = targets
        .iter()
        .copied()
        .filter(|(y, v)| *y > baseline.year && v.is_finite())
        .collect();
    points.sort_by_key(|(y, _)| *y);
    points.dedup_by_key(|(y, _)| *y);
    let last = *points.last()?;
    if year < baseline.year {
        return None;
    }
    if year >= last.0 {
        return Some(last.1);
    }
    let mut from = (baseline.year, baseline.value);
    for to in points {
        if year <= to.0 {
            let share = f64::from(year - from.0) / f64::from(to.0 - from.0);
            return Some(from.1 + (to.1 - from.1) * share);
        }
        from = to;
    }
    Some(last.1)
}

/// Whether `value` is on the good side of `line`.
pub fn meets(side: Side, value: f64, line: f64) -> bool {
    // A rounding of the last decimal does not turn a target that meets the line into one that
    // misses it.
    let slack = line.abs() * 1e-9;
    match side {
        Side::AtMost => value <= line + slack,
        Side::AtLeast => value >= line - slack,
    }
}

/// The goal numbers of a cell such as `11;3`, `11, 3` or `11、3`: each 1–17, each once, in the
/// order given. `Err` holds the first piece that is not a goal.
pub fn parse_sdgs(text: &str) -> Result<Vec<u8>, String> {
    let mut goals = Vec::new();
    let cleaned = text.to_uppercase().replace("SDG", " ");
    for piece in cleaned
        .split([',', ';', '，', '；', '、', '/', ' '])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match piece.parse::<u8>() {
            Ok(goal) if (1..=17).contains(&goal) => {
                if !goals.contains(&goal) {
                    goals.push(goal);
                }
            }
            _ => return Err(piece.to_owned()),
        }
    }
    Ok(goals)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Baseline = Baseline {
        year: 2020,
        value: 100.0,
    };

    #[test]
    fn the_path_runs_straight_between_targets_and_holds_after_the_last() {
        let targets = [(2030, 80.0), (2050, 20.0)];
        assert_eq!(path_value(BASE, &targets, 2020), Some(100.0));
        assert_eq!(path_value(BASE, &targets, 2025), Some(90.0));
        assert_eq!(path_value(BASE, &targets, 2030), Some(80.0));
        assert_eq!(path_value(BASE, &targets, 2035), Some(65.0));
        assert_eq!(path_value(BASE, &targets, 2060), Some(20.0));
        assert_eq!(path_value(BASE, &targets, 2010), None);
        assert_eq!(path_value(BASE, &[], 2030), None);
    }

    #[test]
    fn a_line_is_met_on_its_good_side_only() {
        assert!(meets(Side::AtMost, 0.55, 0.55));
        assert!(!meets(Side::AtMost, 0.56, 0.55));
        assert!(meets(Side::AtLeast, 25.0, 25.0));
        assert!(!meets(Side::AtLeast, 24.9, 25.0));
    }

    #[test]
    fn goals_are_read_in_any_separator_and_checked() {
        assert_eq!(parse_sdgs("11;3"), Ok(vec![11, 3]));
        assert_eq!(parse_sdgs("11,3, 11"), Ok(vec![11, 3]));
        assert_eq!(parse_sdgs("SDG 7、13"), Ok(vec![7, 13]));
        assert_eq!(parse_sdgs(""), Ok(vec![]));
        assert_eq!(parse_sdgs("11;18"), Err("18".to_owned()));
        assert_eq!(parse_sdgs("0"), Err("0".to_owned()));
        assert_eq!(parse_sdgs("eleven"), Err("ELEVEN".to_owned()));
    }
}
