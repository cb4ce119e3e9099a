//! Business-as-usual and alternative scenarios: units, the rows a scenario is made of, the
//! projection to mid-century, the derived intensities, the Kaya decomposition and the goal
//! lines (APEC and China's national lines).

pub mod assumption;
pub mod derived;
pub mod kaya;
pub mod projection;
pub mod references;
pub mod units;
pub mod variable;

pub use assumption::{Assumption, AssumptionError, Column, Problem, Step};
pub use derived::{Derived, DerivedSeries, derive, derive_all};
pub use kaya::{Kaya, KayaGap, decompose};
pub use projection::{MILESTONES, Point, Projection, Series, horizon_end, project};
pub use references::{GOALS, Goal, Measure, MissingBase, Reference, references};
pub use units::{Dimension, Quotient, Unit, after_number, convert, in_english, is_magnitude};
pub use variable::Variable;
