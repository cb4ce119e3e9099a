//! Reading the tables people bring (CSV or .xlsx): indicator values and scenario rows. The
//! shells read the bytes; these readers name every problem by row and column.

pub use concord_register::table::{Table, TableFormat, read_table};
pub use concord_register::{FileProblem, ScenarioFileError, read_scenario_file};
