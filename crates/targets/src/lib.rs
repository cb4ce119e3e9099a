//! concord-targets: the Targets stage's rules. A target belongs to an indicator, a BAU series
//! or a scorecard essential; it has a baseline, a 2030 target and a mid-century target, each of
//! a kind the GHG Protocol Mitigation Goal Standard names ([`target`]). Progress towards a
//! target follows Statistics Canada's method as Open SDG 2.4 adopted it ([`progress`]).
//!
//! *Architecture invariant:* pure: no I/O, no clock, no store; numbers in, numbers out.

pub mod progress;
pub mod target;

pub use progress::{Progress, Status, assess};
pub use target::{Baseline, GoalKind, ResolveError, Subject, resolve};
