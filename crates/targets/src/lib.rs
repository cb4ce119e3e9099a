//! concord-targets: the Targets stage's rules. A target belongs to an indicator, a BAU series
//! or a scorecard essential; it has a baseline, a 2030 target and a mid-century target, each of
//! a kind the GHG Protocol Mitigation Goal Standard names ([`target`]). Progress towards a
//! target follows Statistics Canada's method as Open SDG 2.4 adopted it ([`progress`]); a target
//! set is read against APEC's and national goal lines along its straight path ([`line`]).
//!
//! *Architecture invariant:* pure: no I/O, no clock, no store; numbers in, numbers out.

pub mod line;
pub mod progress;
pub mod target;

pub use line::{Side, meets, parse_sdgs, path_value};
pub use progress::{Progress, Status, assess};
pub use target::{Baseline, Driver, GoalKind, ResolveError, Subject, resolve};
