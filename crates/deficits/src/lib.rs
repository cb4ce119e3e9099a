//! The Deficits stage's pure rules: the SDG indicator catalogue, the UNDRR Disaster Resilience
//! Scorecard, deficits flagged against benchmarks, and the dialogue's ranking of deficits.
//!
//! The catalogues are data files in `assets/catalogue/`, versioned with the repository and
//! embedded at build time; this crate does no I/O and reads no clock.

pub mod catalogue;
pub mod deficit;
pub mod ranking;
pub mod scorecard;
pub mod values;

pub use catalogue::{Catalogue, CatalogueError, Direction, Indicator};
pub use deficit::{Benchmark, BenchmarkKind, Gap, Observation, assess};
pub use ranking::{Ballot, RankedItem, RankingError, borda, dot_vote, rank_by_group};
pub use scorecard::{Essential, Level, ScoreError, Scorecard, ScorecardQuestion, Totals};
pub use values::{IndicatorValue, RowProblem, ValueColumn, ValueProblem, check_values};
