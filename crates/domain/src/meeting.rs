//! Meetings and their agenda (minimal; the meetings issue grows it).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    Plenary,
    WorkingGroup,
}

impl MeetingKind {
    pub fn key(self) -> &'static str {
        match self {
            MeetingKind::Plenary => "plenary",
            MeetingKind::WorkingGroup => "working-group",
        }
    }

    pub fn from_key(key: &str) -> Option<MeetingKind> {
        [MeetingKind::Plenary, MeetingKind::WorkingGroup]
            .into_iter()
            .find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum MeetingState {
    Planned,
    Opened,
    Closed,
}

impl MeetingState {
    pub fn key(self) -> &'static str {
        match self {
            MeetingState::Planned => "planned",
            MeetingState::Opened => "opened",
            MeetingState::Closed => "closed",
        }
    }

    pub fn from_key(key: &str) -> Option<MeetingState> {
        [
            MeetingState::Planned,
            MeetingState::Opened,
            MeetingState::Closed,
        ]
        .into_iter()
        .find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub kind: MeetingKind,
    pub title_zh: String,
    pub title_en: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub starts_at: NaiveDateTime,
    pub place_zh: String,
    pub place_en: String,
    pub chair: String,
    pub secretary: String,
    pub state: MeetingState,
    /// Who opened the meeting and when (the high-level representative for a plenary).
    pub opened_by: String,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub opened_at: Option<NaiveDateTime>,
    pub closed_by: String,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub closed_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub position: u32,
    pub title_zh: String,
    pub title_en: String,
    pub presenter: String,
    pub planned_minutes: u32,
    pub notes_zh: String,
    pub notes_en: String,
}

/// Who was present at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Attendance {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub stakeholder_id: i64,
    pub present: bool,
}

/// Whether enough voting members are present: `present * 100 >= quorum_percent * voting`.
pub fn has_quorum(present_voting: usize, voting_members: usize, quorum_percent: u8) -> bool {
    voting_members > 0 && present_voting * 100 >= usize::from(quorum_percent) * voting_members
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quorum_is_inclusive_of_the_threshold() {
        assert!(has_quorum(5, 10, 50));
        assert!(!has_quorum(4, 10, 50));
        assert!(has_quorum(1, 1, 100));
        assert!(!has_quorum(0, 0, 50));
    }

    #[test]
    fn keys_round_trip() {
        for k in [MeetingKind::Plenary, MeetingKind::WorkingGroup] {
            assert_eq!(MeetingKind::from_key(k.key()), Some(k));
        }
        for s in [
            MeetingState::Planned,
            MeetingState::Opened,
            MeetingState::Closed,
        ] {
            assert_eq!(MeetingState::from_key(s.key()), Some(s));
        }
    }
}
