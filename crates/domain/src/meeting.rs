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
    /// Opened by the high-level representative: attendance, notes and decisions are taken.
    Opened,
    /// Closed by the high-level representative: the minutes are drafted.
    Closed,
    /// The focal point approved the minutes: they are frozen; corrections are addenda.
    Approved,
}

impl MeetingState {
    pub const ALL: [MeetingState; 4] = [
        MeetingState::Planned,
        MeetingState::Opened,
        MeetingState::Closed,
        MeetingState::Approved,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MeetingState::Planned => "planned",
            MeetingState::Opened => "opened",
            MeetingState::Closed => "closed",
            MeetingState::Approved => "approved",
        }
    }

    pub fn from_key(key: &str) -> Option<MeetingState> {
        MeetingState::ALL.into_iter().find(|k| k.key() == key)
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
    /// The high-level representative who opens and closes a plenary.
    pub representative_name: String,
    pub representative_title: String,
    pub state: MeetingState,
    /// Who opened the meeting and when (the high-level representative for a plenary).
    pub opened_by: String,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub opened_at: Option<NaiveDateTime>,
    pub closed_by: String,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub closed_at: Option<NaiveDateTime>,
    /// The focal point who approved the minutes, and when; from then on they are frozen.
    pub approved_by: String,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub approved_at: Option<NaiveDateTime>,
}

/// Why a step of the meeting's lifecycle is refused; `message_id` explains it to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum LifecycleRefusal {
    #[error("only a planned meeting can be opened")]
    OpenNotPlanned,
    #[error("the meeting is planned for another day; opening it today needs confirmation")]
    OpenOnAnotherDay,
    #[error("only an open meeting can be closed")]
    CloseNotOpened,
    #[error("a meeting cannot close before it opened")]
    CloseBeforeOpen,
    #[error("only the minutes of a closed meeting can be approved")]
    ApproveNotClosed,
    #[error("attendance cannot change after the meeting closed")]
    AttendanceAfterClose,
    #[error("the minutes are approved and frozen")]
    MinutesFrozen,
    #[error("only a planned meeting's details and agenda can change")]
    NotPlanned,
    #[error("addenda are for approved minutes; edit the draft instead")]
    AddendumBeforeApproval,
    #[error("the person who opens or closes the meeting is not named")]
    NameRequired,
}

impl LifecycleRefusal {
    pub fn message_id(self) -> &'static str {
        match self {
            LifecycleRefusal::OpenNotPlanned => "meeting-refused-open",
            LifecycleRefusal::OpenOnAnotherDay => "meeting-refused-open-another-day",
            LifecycleRefusal::CloseNotOpened => "meeting-refused-close",
            LifecycleRefusal::CloseBeforeOpen => "meeting-refused-close-before-open",
            LifecycleRefusal::ApproveNotClosed => "meeting-refused-approve",
            LifecycleRefusal::AttendanceAfterClose => "meeting-refused-attendance",
            LifecycleRefusal::MinutesFrozen => "meeting-refused-frozen",
            LifecycleRefusal::NotPlanned => "meeting-refused-not-planned",
            LifecycleRefusal::AddendumBeforeApproval => "meeting-refused-addendum",
            LifecycleRefusal::NameRequired => "meeting-refused-name",
        }
    }
}

impl Meeting {
    /// A title in one language at least; short single-line fields.
    pub fn validate(&self) -> Vec<crate::FieldError> {
        let mut check = crate::validation::Checker::default();
        if self.title_zh.trim().is_empty() && self.title_en.trim().is_empty() {
            check.push("title", crate::FieldProblem::Required);
        }
        for (field, value) in [
            ("titleZh", &self.title_zh),
            ("titleEn", &self.title_en),
            ("placeZh", &self.place_zh),
            ("placeEn", &self.place_en),
            ("chair", &self.chair),
            ("secretary", &self.secretary),
            ("representativeName", &self.representative_name),
            ("representativeTitle", &self.representative_title),
        ] {
            check.length(field, value);
        }
        check.errors
    }

    /// The high-level representative opens the meeting.
    /// Opening on a day other than the planned one needs the chair's explicit confirmation
    /// (`on_another_day`); the minutes then say when it was held and when it was planned.
    pub fn open(
        &mut self,
        by: &str,
        at: NaiveDateTime,
        on_another_day: bool,
    ) -> Result<(), LifecycleRefusal> {
        if self.state != MeetingState::Planned {
            return Err(LifecycleRefusal::OpenNotPlanned);
        }
        if self.held_on_another_day(at) && !on_another_day {
            return Err(LifecycleRefusal::OpenOnAnotherDay);
        }
        let by = named(by)?;
        self.state = MeetingState::Opened;
        self.opened_by = by;
        self.opened_at = Some(at);
        Ok(())
    }

    /// Whether a meeting opened at `at` is held on a day other than the one it was planned for.
    pub fn held_on_another_day(&self, at: NaiveDateTime) -> bool {
        at.date() != self.starts_at.date()
    }

    /// The high-level representative closes the meeting.
    pub fn close(&mut self, by: &str, at: NaiveDateTime) -> Result<(), LifecycleRefusal> {
        if self.state != MeetingState::Opened {
            return Err(LifecycleRefusal::CloseNotOpened);
        }
        if self.opened_at.is_some_and(|opened| at < opened) {
            return Err(LifecycleRefusal::CloseBeforeOpen);
        }
        let by = named(by)?;
        self.state = MeetingState::Closed;
        self.closed_by = by;
        self.closed_at = Some(at);
        Ok(())
    }

    /// The focal point approves the minutes, which freezes them.
    pub fn approve(&mut self, by: &str, at: NaiveDateTime) -> Result<(), LifecycleRefusal> {
        if self.state != MeetingState::Closed {
            return Err(if self.state == MeetingState::Approved {
                LifecycleRefusal::MinutesFrozen
            } else {
                LifecycleRefusal::ApproveNotClosed
            });
        }
        let by = named(by)?;
        self.state = MeetingState::Approved;
        self.approved_by = by;
        self.approved_at = Some(at);
        Ok(())
    }

    /// Check-in, departure and proxies: before and during the meeting, not after.
    pub fn attendance_allowed(&self) -> Result<(), LifecycleRefusal> {
        match self.state {
            MeetingState::Planned | MeetingState::Opened => Ok(()),
            MeetingState::Closed => Err(LifecycleRefusal::AttendanceAfterClose),
            MeetingState::Approved => Err(LifecycleRefusal::MinutesFrozen),
        }
    }

    /// Notes, decisions and action items: until the minutes are approved.
    pub fn minutes_editable(&self) -> Result<(), LifecycleRefusal> {
        if self.state == MeetingState::Approved {
            Err(LifecycleRefusal::MinutesFrozen)
        } else {
            Ok(())
        }
    }

    /// Title, time, place and the agenda's order: while the meeting is planned.
    pub fn details_editable(&self) -> Result<(), LifecycleRefusal> {
        match self.state {
            MeetingState::Planned => Ok(()),
            MeetingState::Approved => Err(LifecycleRefusal::MinutesFrozen),
            MeetingState::Opened | MeetingState::Closed => Err(LifecycleRefusal::NotPlanned),
        }
    }

    /// Corrections after freezing are addenda; before, the draft itself is corrected.
    pub fn addendum_allowed(&self) -> Result<(), LifecycleRefusal> {
        if self.state == MeetingState::Approved {
            Ok(())
        } else {
            Err(LifecycleRefusal::AddendumBeforeApproval)
        }
    }
}

fn named(by: &str) -> Result<String, LifecycleRefusal> {
    let by = by.trim();
    if by.is_empty() {
        Err(LifecycleRefusal::NameRequired)
    } else {
        Ok(by.to_owned())
    }
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

/// Who was present at a meeting, from when to when, and whose proxy they held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Attendance {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub stakeholder_id: i64,
    pub present: bool,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub arrived_at: Option<NaiveDateTime>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub left_at: Option<NaiveDateTime>,
    /// The absent member whose proxy this person holds.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub proxy_for: Option<i64>,
}

impl Attendance {
    /// Present for the whole meeting (the common case, and history without times).
    pub fn present(stakeholder_id: i64) -> Attendance {
        Attendance {
            stakeholder_id,
            present: true,
            arrived_at: None,
            left_at: None,
            proxy_for: None,
        }
    }

    /// Invited and not there (apologies).
    pub fn absent(stakeholder_id: i64) -> Attendance {
        Attendance {
            present: false,
            ..Attendance::present(stakeholder_id)
        }
    }

    /// In the room now: checked in and not left.
    pub fn in_room(&self) -> bool {
        self.present && self.left_at.is_none()
    }
}

/// Whether enough voting members are present: `present * 100 >= quorum_percent * voting`.
pub fn has_quorum(present_voting: usize, voting_members: usize, quorum_percent: u8) -> bool {
    voting_members > 0 && present_voting * 100 >= usize::from(quorum_percent) * voting_members
}

/// The live quorum indicator: who counts, how many are needed, whether it is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Quorum {
    /// Voting members in the room.
    pub present: u32,
    /// Absent voting members represented by a proxy held by someone in the room.
    pub by_proxy: u32,
    /// Voting members of the dialogue.
    pub members: u32,
    pub quorum_percent: u8,
    /// Voting members (present or represented) the quorum needs.
    pub needed: u32,
    pub reached: bool,
}

impl Quorum {
    /// `voting`: the voting members of the register; `attendance`: the meeting's rows.
    /// A proxy counts only for an absent voting member and only while its holder is in the room.
    pub fn count(voting: &[i64], attendance: &[Attendance], quorum_percent: u8) -> Quorum {
        let in_room = |id: i64| {
            attendance
                .iter()
                .any(|a| a.stakeholder_id == id && a.in_room())
        };
        let present = voting.iter().filter(|id| in_room(**id)).count();
        let by_proxy = voting
            .iter()
            .filter(|id| !in_room(**id))
            .filter(|id| {
                attendance
                    .iter()
                    .any(|a| a.proxy_for == Some(**id) && a.in_room())
            })
            .count();
        let members = voting.len();
        // The smallest count c with c * 100 >= percent * members.
        let needed = (usize::from(quorum_percent) * members).div_ceil(100);
        Quorum {
            present: present as u32,
            by_proxy: by_proxy as u32,
            members: members as u32,
            quorum_percent,
            needed: needed as u32,
            reached: has_quorum(present + by_proxy, members, quorum_percent),
        }
    }
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

    fn meeting() -> Meeting {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .expect("date");
        Meeting {
            id: 1,
            kind: MeetingKind::Plenary,
            title_zh: "全体会议".into(),
            title_en: "Plenary".into(),
            starts_at: at,
            place_zh: String::new(),
            place_en: String::new(),
            chair: "Li Jianguo".into(),
            secretary: "Zhou Xiaowen".into(),
            representative_name: "王志立".into(),
            representative_title: "市长".into(),
            state: MeetingState::Planned,
            opened_by: String::new(),
            opened_at: None,
            closed_by: String::new(),
            closed_at: None,
            approved_by: String::new(),
            approved_at: None,
        }
    }

    fn at(hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .and_then(|d| d.and_hms_opt(hour, 0, 0))
            .expect("time")
    }

    #[test]
    fn the_lifecycle_runs_in_order_and_records_who_and_when() {
        let mut m = meeting();
        m.open("王志立", at(9), false).expect("open");
        assert_eq!(m.opened_at, Some(at(9)));
        m.close(" 王志立 ", at(12)).expect("close");
        assert_eq!(m.closed_by, "王志立");
        m.approve("Li Jianguo", at(15)).expect("approve");
        assert_eq!(m.state, MeetingState::Approved);
        assert_eq!(m.approved_at, Some(at(15)));
    }

    #[test]
    fn every_invalid_transition_is_refused_and_changes_nothing() {
        use LifecycleRefusal::*;
        type Step = fn(&mut Meeting) -> Result<(), LifecycleRefusal>;
        let open: Step = |m| m.open("王", at(9), false);
        let close: Step = |m| m.close("王", at(12));
        let approve: Step = |m| m.approve("李", at(15));
        // (state the meeting is in, step, refusal expected)
        let cases: [(MeetingState, Step, LifecycleRefusal); 8] = [
            (MeetingState::Planned, close, CloseNotOpened),
            (MeetingState::Planned, approve, ApproveNotClosed),
            (MeetingState::Opened, open, OpenNotPlanned),
            (MeetingState::Opened, approve, ApproveNotClosed),
            (MeetingState::Closed, open, OpenNotPlanned),
            (MeetingState::Closed, close, CloseNotOpened),
            (MeetingState::Approved, open, OpenNotPlanned),
            (MeetingState::Approved, approve, MinutesFrozen),
        ];
        for (state, step, refusal) in cases {
            let mut m = meeting();
            m.state = state;
            let before = m.clone();
            assert_eq!(step(&mut m), Err(refusal), "{state:?}");
            assert_eq!(m, before, "a refused step leaves the meeting as it was");
        }
        let mut m = meeting();
        m.state = MeetingState::Approved;
        assert_eq!(close(&mut m), Err(CloseNotOpened));
    }

    #[test]
    fn opening_on_another_day_needs_confirmation() {
        let mut m = meeting();
        let next_day = at(9) + chrono::TimeDelta::days(1);
        let before = m.clone();
        assert_eq!(
            m.open("王志立", next_day, false),
            Err(LifecycleRefusal::OpenOnAnotherDay)
        );
        assert_eq!(m, before, "refused, nothing changed");
        let earlier = at(9) - chrono::TimeDelta::days(7);
        assert!(m.held_on_another_day(earlier));
        assert!(
            !m.held_on_another_day(at(18)),
            "later the same day is the planned day"
        );
        m.open("王志立", earlier, true).expect("confirmed");
        assert_eq!(m.opened_at, Some(earlier));
        let mut same_day = meeting();
        same_day
            .open("王志立", at(8), false)
            .expect("the planned day");
    }

    #[test]
    fn nameless_and_backwards_steps_are_refused() {
        let mut m = meeting();
        assert_eq!(
            m.open("  ", at(9), false),
            Err(LifecycleRefusal::NameRequired)
        );
        m.open("王志立", at(10), false).expect("open");
        assert_eq!(
            m.close("王志立", at(9)),
            Err(LifecycleRefusal::CloseBeforeOpen)
        );
    }

    #[test]
    fn what_may_change_follows_the_state() {
        let mut m = meeting();
        assert!(m.attendance_allowed().is_ok() && m.details_editable().is_ok());
        assert_eq!(
            m.addendum_allowed(),
            Err(LifecycleRefusal::AddendumBeforeApproval)
        );
        m.open("王", at(9), false).expect("open");
        assert!(m.attendance_allowed().is_ok() && m.minutes_editable().is_ok());
        assert_eq!(m.details_editable(), Err(LifecycleRefusal::NotPlanned));
        m.close("王", at(12)).expect("close");
        assert_eq!(
            m.attendance_allowed(),
            Err(LifecycleRefusal::AttendanceAfterClose)
        );
        assert!(m.minutes_editable().is_ok());
        m.approve("李", at(15)).expect("approve");
        assert_eq!(m.minutes_editable(), Err(LifecycleRefusal::MinutesFrozen));
        assert_eq!(m.attendance_allowed(), Err(LifecycleRefusal::MinutesFrozen));
        assert!(m.addendum_allowed().is_ok());
    }

    #[test]
    fn quorum_counts_the_room_and_proxies_for_absent_members() {
        let voting = [1, 2, 3, 4, 5, 6];
        let mut rows = vec![
            Attendance::present(1),
            Attendance::present(2),
            Attendance::absent(3),
            Attendance::present(10),
        ];
        let q = Quorum::count(&voting, &rows, 50);
        assert_eq!((q.present, q.by_proxy, q.members, q.needed), (2, 0, 6, 3));
        assert!(!q.reached);
        // A non-voting person in the room holds member 3's proxy.
        rows[3].proxy_for = Some(3);
        let q = Quorum::count(&voting, &rows, 50);
        assert_eq!((q.present, q.by_proxy), (2, 1));
        assert!(q.reached);
        // The holder leaves: the proxy leaves with them.
        rows[3].left_at = Some(at(11));
        assert!(!Quorum::count(&voting, &rows, 50).reached);
        // A proxy for someone who is in the room counts once.
        rows[3].left_at = None;
        rows[3].proxy_for = Some(1);
        assert_eq!(Quorum::count(&voting, &rows, 50).by_proxy, 0);
    }

    #[test]
    fn keys_round_trip() {
        for k in [MeetingKind::Plenary, MeetingKind::WorkingGroup] {
            assert_eq!(MeetingKind::from_key(k.key()), Some(k));
        }
        for s in MeetingState::ALL {
            assert_eq!(MeetingState::from_key(s.key()), Some(s));
        }
    }
}
