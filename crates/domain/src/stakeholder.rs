//! A member of the stakeholder register: who they are, which of the Pact's groups they belong
//! to, which disadvantaged groups they speak for, their role in decisions, their contacts and
//! their consent to be kept on file.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::validation::{Checker, FieldError, FieldProblem};

macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Stable name used in the database, CSV files and Fluent ids.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// Position in `ALL`, for tables and stable sorting.
            pub fn index(self) -> usize {
                $name::ALL.iter().position(|v| *v == self).unwrap_or_default()
            }
        }
    };
}

keyed_enum!(
    /// The sectors of the EU-China Pact's stakeholder groups.
    Sector {
        LocalAuthority => "local-authority",
        CivilSociety => "civil-society",
        PublicCompany => "public-company",
        PrivateCompany => "private-company",
        Investor => "investor",
        Research => "research",
        Education => "education",
        Citizen => "citizen",
    }
);

keyed_enum!(
    /// Triple-helix group, with civil society as the fourth strand.
    HelixGroup {
        Government => "government",
        Industry => "industry",
        Academia => "academia",
        CivilSociety => "civil-society",
    }
);

keyed_enum!(
    Role {
        VotingMember => "voting-member",
        Observer => "observer",
        Expert => "expert",
    }
);

keyed_enum!(
    /// The disadvantaged groups a stakeholder speaks for (the Pact asks that they take part).
    DisadvantagedGroup {
        Women => "women",
        Youth => "youth",
        Elderly => "elderly",
        Disabilities => "disabilities",
        Migrants => "migrants",
        LowIncome => "low-income",
        EthnicMinorities => "ethnic-minorities",
        Other => "other",
    }
);

keyed_enum!(
    /// Where a person stands in the register. Withdrawal keeps the record and its history.
    Status {
        Active => "active",
        Invited => "invited",
        Withdrawn => "withdrawn",
    }
);

impl Sector {
    /// The triple-helix group a sector usually belongs to: the form's suggestion.
    pub fn usual_helix(self) -> HelixGroup {
        match self {
            Sector::LocalAuthority => HelixGroup::Government,
            Sector::PublicCompany | Sector::PrivateCompany | Sector::Investor => {
                HelixGroup::Industry
            }
            Sector::Research | Sector::Education => HelixGroup::Academia,
            Sector::CivilSociety | Sector::Citizen => HelixGroup::CivilSociety,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Stakeholder {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub name_zh: String,
    pub name_en: String,
    pub organisation_zh: String,
    pub organisation_en: String,
    pub sector: Sector,
    pub helix: HelixGroup,
    pub role: Role,
    /// Disadvantaged groups represented, in `DisadvantagedGroup::ALL` order, without repeats.
    pub groups: Vec<DisadvantagedGroup>,
    /// What "other" means, when `groups` holds `Other`.
    pub other_group: String,
    pub email: String,
    pub mobile: String,
    /// The day they agreed that their data is kept, and which notice they agreed to.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub consent_date: Option<NaiveDate>,
    pub consent_notice: String,
    pub status: Status,
    pub note: String,
    /// Set when their personal data was erased on request; the record stays as a pseudonym.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub erased_on: Option<NaiveDate>,
}

impl Stakeholder {
    /// A person with only the required fields, for demos and tests.
    pub fn new(name_zh: &str, name_en: &str, sector: Sector, role: Role) -> Stakeholder {
        Stakeholder {
            id: 0,
            name_zh: name_zh.into(),
            name_en: name_en.into(),
            organisation_zh: String::new(),
            organisation_en: String::new(),
            sector,
            helix: sector.usual_helix(),
            role,
            groups: Vec::new(),
            other_group: String::new(),
            email: String::new(),
            mobile: String::new(),
            consent_date: None,
            consent_notice: String::new(),
            status: Status::Active,
            note: String::new(),
            erased_on: None,
        }
    }

    /// The name in the preferred script, falling back to the other one.
    pub fn name(&self, prefer_chinese: bool) -> &str {
        let (first, second) = if prefer_chinese {
            (&self.name_zh, &self.name_en)
        } else {
            (&self.name_en, &self.name_zh)
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    pub fn organisation(&self, prefer_chinese: bool) -> &str {
        let (first, second) = if prefer_chinese {
            (&self.organisation_zh, &self.organisation_en)
        } else {
            (&self.organisation_en, &self.organisation_zh)
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    pub fn withdrawn(&self) -> bool {
        self.status == Status::Withdrawn
    }

    pub fn erased(&self) -> bool {
        self.erased_on.is_some()
    }

    /// Counts in the register's balance: not withdrawn (invited people count: they are expected).
    pub fn current(&self) -> bool {
        self.status != Status::Withdrawn
    }

    pub fn votes(&self) -> bool {
        self.role == Role::VotingMember && self.current()
    }

    /// One definition of the voting members a quorum and a round count, used by the live
    /// quorum, every round and the minutes alike: active voting members not erased (people
    /// still invited count in the register's balance, not in the room's arithmetic).
    pub fn counts_in_quorum(&self) -> bool {
        self.role == Role::VotingMember && self.status == Status::Active && !self.erased()
    }

    /// Their contacts may leave the app (CSV export): they consented and were not erased.
    pub fn may_export_contacts(&self) -> bool {
        self.consent_date.is_some() && !self.erased()
    }

    /// The same person as a draft, for editing.
    pub fn to_draft(&self) -> StakeholderDraft {
        StakeholderDraft {
            id: self.id,
            name_zh: self.name_zh.clone(),
            name_en: self.name_en.clone(),
            organisation_zh: self.organisation_zh.clone(),
            organisation_en: self.organisation_en.clone(),
            sector: Some(self.sector),
            helix: Some(self.helix),
            role: self.role,
            groups: self.groups.clone(),
            other_group: self.other_group.clone(),
            email: self.email.clone(),
            mobile: self.mobile.clone(),
            consent_date: self.consent_date,
            consent_notice: self.consent_notice.clone(),
            status: self.status,
            note: self.note.clone(),
        }
    }

    /// Their personal data replaced by a pseudonym: names, organisation, contacts, consent and
    /// note go; sector, helix group, role and groups stay so past outcomes can be checked.
    pub fn erase(&self, today: NaiveDate) -> Stakeholder {
        Stakeholder {
            id: self.id,
            name_zh: String::new(),
            name_en: pseudonym(self.id),
            organisation_zh: String::new(),
            organisation_en: String::new(),
            sector: self.sector,
            helix: self.helix,
            role: self.role,
            groups: self.groups.clone(),
            other_group: String::new(),
            email: String::new(),
            mobile: String::new(),
            consent_date: None,
            consent_notice: String::new(),
            status: Status::Withdrawn,
            note: String::new(),
            erased_on: Some(today),
        }
    }
}

/// The name an erased person keeps: the same in both languages, stable for their id.
pub fn pseudonym(id: i64) -> String {
    format!("P-{id:05}")
}

/// What the add/edit form (or a CSV row) holds before it is checked. `id` 0 is a new person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StakeholderDraft {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub name_zh: String,
    pub name_en: String,
    pub organisation_zh: String,
    pub organisation_en: String,
    pub sector: Option<Sector>,
    /// Left empty, the sector's usual group is taken.
    pub helix: Option<HelixGroup>,
    pub role: Role,
    pub groups: Vec<DisadvantagedGroup>,
    pub other_group: String,
    pub email: String,
    pub mobile: String,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub consent_date: Option<NaiveDate>,
    pub consent_notice: String,
    pub status: Status,
    pub note: String,
}

impl Default for StakeholderDraft {
    fn default() -> Self {
        StakeholderDraft {
            id: 0,
            name_zh: String::new(),
            name_en: String::new(),
            organisation_zh: String::new(),
            organisation_en: String::new(),
            sector: None,
            helix: None,
            role: Role::VotingMember,
            groups: Vec::new(),
            other_group: String::new(),
            email: String::new(),
            mobile: String::new(),
            consent_date: None,
            consent_notice: String::new(),
            status: Status::Active,
            note: String::new(),
        }
    }
}

/// Longest free note.
pub const MAX_NOTE: usize = 2000;

impl StakeholderDraft {
    /// Checks every field at once and gives the person to store, trimmed and normalized.
    /// Field paths match the UI form (`nameZh`, `email`, `consentNotice` …).
    pub fn validate(&self) -> Result<Stakeholder, Vec<FieldError>> {
        let mut check = Checker::default();
        let name_zh = self.name_zh.trim();
        let name_en = self.name_en.trim();
        if name_zh.is_empty() && name_en.is_empty() {
            check.push("nameZh", FieldProblem::NameRequired);
        }
        check.length("nameZh", name_zh);
        check.length("nameEn", name_en);
        check.length("organisationZh", self.organisation_zh.trim());
        check.length("organisationEn", self.organisation_en.trim());
        if self.sector.is_none() {
            check.push("sector", FieldProblem::Required);
        }
        let other_group = self.other_group.trim();
        let mut groups: Vec<DisadvantagedGroup> = DisadvantagedGroup::ALL
            .iter()
            .copied()
            .filter(|g| self.groups.contains(g))
            .collect();
        if !other_group.is_empty() && !groups.contains(&DisadvantagedGroup::Other) {
            groups.push(DisadvantagedGroup::Other);
        }
        if groups.contains(&DisadvantagedGroup::Other) && other_group.is_empty() {
            check.push("otherGroup", FieldProblem::OtherGroupRequired);
        }
        check.length("otherGroup", other_group);
        check.email("email", &self.email, false);
        check.length("email", self.email.trim());
        check.phone("mobile", &self.mobile);
        let notice = self.consent_notice.trim();
        match (self.consent_date.is_some(), notice.is_empty()) {
            (true, true) => check.push("consentNotice", FieldProblem::ConsentNoticeRequired),
            (false, false) => check.push("consentDate", FieldProblem::Required),
            _ => {}
        }
        check.length("consentNotice", notice);
        if self.note.trim().chars().count() > MAX_NOTE {
            check.push("note", FieldProblem::TooLong);
        }
        let Some(sector) = self.sector else {
            return Err(check.errors);
        };
        if !check.errors.is_empty() {
            return Err(check.errors);
        }
        Ok(Stakeholder {
            id: self.id,
            name_zh: name_zh.to_owned(),
            name_en: name_en.to_owned(),
            organisation_zh: self.organisation_zh.trim().to_owned(),
            organisation_en: self.organisation_en.trim().to_owned(),
            sector,
            helix: self.helix.unwrap_or_else(|| sector.usual_helix()),
            role: self.role,
            groups,
            other_group: other_group.to_owned(),
            email: self.email.trim().to_owned(),
            mobile: self.mobile.trim().to_owned(),
            consent_date: self.consent_date,
            consent_notice: notice.to_owned(),
            status: self.status,
            note: self.note.trim().to_owned(),
            erased_on: None,
        })
    }
}

/// How the register list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum StakeholderSort {
    /// By name: Chinese names in pinyin order, mixed with Latin names.
    #[default]
    Name,
    Organisation,
    Sector,
    /// Most recently added first.
    Recent,
}

/// One search box and the filters of the register screen; `None` means "any".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct StakeholderQuery {
    pub text: String,
    pub sector: Option<Sector>,
    pub helix: Option<HelixGroup>,
    pub group: Option<DisadvantagedGroup>,
    pub role: Option<Role>,
    pub status: Option<Status>,
    pub sort: StakeholderSort,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn draft() -> StakeholderDraft {
        StakeholderDraft {
            name_zh: " 王志立 ".into(),
            sector: Some(Sector::LocalAuthority),
            ..StakeholderDraft::default()
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<(&str, FieldProblem)> {
        errors
            .iter()
            .map(|e| (e.field.as_str(), e.problem))
            .collect()
    }

    #[test]
    fn keys_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::from_key(s.key()), Some(*s));
        }
        for h in HelixGroup::ALL {
            assert_eq!(HelixGroup::from_key(h.key()), Some(*h));
        }
        for r in Role::ALL {
            assert_eq!(Role::from_key(r.key()), Some(*r));
        }
        for g in DisadvantagedGroup::ALL {
            assert_eq!(DisadvantagedGroup::from_key(g.key()), Some(*g));
        }
        for s in Status::ALL {
            assert_eq!(Status::from_key(s.key()), Some(*s));
        }
        assert_eq!(Sector::from_key("nobody"), None);
        assert_eq!(Sector::Citizen.index(), 7);
    }

    #[test]
    fn name_falls_back_to_the_other_script() {
        let mut s = Stakeholder::new("吉𠮷", "", Sector::Research, Role::VotingMember);
        s.organisation_en = "Weinan Normal University".into();
        assert_eq!(s.name(false), "吉𠮷");
        assert_eq!(s.organisation(true), "Weinan Normal University");
        assert_eq!(s.helix, HelixGroup::Academia);
        assert!(s.votes());
        s.status = Status::Withdrawn;
        assert!(!s.votes());
    }

    #[test]
    fn only_active_voting_members_count_in_a_quorum() {
        let mut s = Stakeholder::new(
            "王丽",
            "Wang Li",
            Sector::LocalAuthority,
            Role::VotingMember,
        );
        s.status = Status::Active;
        assert!(s.counts_in_quorum());
        s.status = Status::Invited;
        assert!(s.votes() && !s.counts_in_quorum());
        s.status = Status::Active;
        s.erased_on = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
        assert!(!s.counts_in_quorum());
        let observer = Stakeholder::new("周", "Zhou", Sector::LocalAuthority, Role::Observer);
        assert!(!observer.counts_in_quorum());
    }

    #[test]
    fn control_characters_in_a_name_are_refused_line_breaks_in_a_note_are_not() {
        let mut d = draft();
        d.name_en = "Mal\u{0}lory".into();
        d.organisation_zh = "渭南\u{1b}[31m".into();
        let errors = d.validate().expect_err("refused");
        let fields: Vec<(&str, FieldProblem)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.problem))
            .collect();
        assert!(
            fields.contains(&("nameEn", FieldProblem::ControlCharacter)),
            "{fields:?}"
        );
        assert!(
            fields.contains(&("organisationZh", FieldProblem::ControlCharacter)),
            "{fields:?}"
        );
        let mut fine = draft();
        fine.name_en = "Ada\tLovelace".into();
        assert!(fine.validate().is_ok());
    }

    #[test]
    fn a_valid_draft_is_trimmed_and_completed() {
        let person = draft().validate().expect("valid");
        assert_eq!(person.name_zh, "王志立");
        assert_eq!(
            person.helix,
            HelixGroup::Government,
            "helix from the sector"
        );
        assert_eq!(person.role, Role::VotingMember);
        assert_eq!(person.status, Status::Active);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = StakeholderDraft {
            email: "li.na@weinan".into(),
            mobile: "call me".into(),
            groups: vec![DisadvantagedGroup::Other],
            consent_date: NaiveDate::from_ymd_opt(2026, 9, 1),
            ..StakeholderDraft::default()
        };
        let errors = bad.validate().expect_err("invalid");
        assert_eq!(
            fields(&errors),
            vec![
                ("nameZh", FieldProblem::NameRequired),
                ("sector", FieldProblem::Required),
                ("otherGroup", FieldProblem::OtherGroupRequired),
                ("email", FieldProblem::InvalidEmail),
                ("mobile", FieldProblem::InvalidPhone),
                ("consentNotice", FieldProblem::ConsentNoticeRequired),
            ]
        );
    }

    #[test]
    fn a_notice_without_a_date_asks_for_the_date() {
        let d = StakeholderDraft {
            consent_notice: "Privacy notice 2026-01".into(),
            ..draft()
        };
        assert_eq!(
            fields(&d.validate().expect_err("invalid")),
            vec![("consentDate", FieldProblem::Required)]
        );
    }

    #[test]
    fn groups_are_ordered_without_repeats_and_other_text_implies_other() {
        let d = StakeholderDraft {
            groups: vec![
                DisadvantagedGroup::Youth,
                DisadvantagedGroup::Women,
                DisadvantagedGroup::Youth,
            ],
            other_group: "Returned farmers".into(),
            ..draft()
        };
        let p = d.validate().expect("valid");
        assert_eq!(
            p.groups,
            vec![
                DisadvantagedGroup::Women,
                DisadvantagedGroup::Youth,
                DisadvantagedGroup::Other
            ]
        );
    }

    #[test]
    fn erasing_keeps_what_outcomes_need() {
        let mut p = draft().validate().expect("valid");
        p.id = 42;
        p.email = "wang@weinan.gov.cn".into();
        p.groups = vec![DisadvantagedGroup::Elderly];
        p.consent_date = NaiveDate::from_ymd_opt(2026, 1, 2);
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let e = p.erase(day);
        assert_eq!(e.name_en, "P-00042");
        assert!(e.name_zh.is_empty() && e.email.is_empty() && e.organisation_en.is_empty());
        assert_eq!((e.sector, e.role, e.id), (p.sector, p.role, 42));
        assert_eq!(e.groups, p.groups);
        assert!(e.withdrawn() && e.erased() && !e.may_export_contacts());
        assert_eq!(
            e.to_draft().validate().map(|s| s.name_en),
            Ok("P-00042".into())
        );
    }

    proptest! {
        #[test]
        fn a_stakeholder_survives_the_draft_round_trip(
            name in "[\\p{Han}a-zA-Z ]{1,12}",
            sector in 0usize..8,
            groups in proptest::collection::vec(0usize..7, 0..4),
        ) {
            prop_assume!(!name.trim().is_empty());
            let d = StakeholderDraft {
                name_en: name,
                sector: Some(Sector::ALL[sector]),
                groups: groups.into_iter().map(|g| DisadvantagedGroup::ALL[g]).collect(),
                ..StakeholderDraft::default()
            };
            let p = d.validate().expect("valid");
            prop_assert_eq!(p.to_draft().validate(), Ok(p.clone()));
        }

        #[test]
        fn validation_never_panics(
            zh in "\\PC{0,8}", en in "\\PC{0,8}", email in "\\PC{0,12}", mobile in "\\PC{0,12}",
            sector in proptest::option::of(0usize..8),
        ) {
            let d = StakeholderDraft {
                name_zh: zh, name_en: en, email, mobile,
                sector: sector.map(|s| Sector::ALL[s]),
                ..StakeholderDraft::default()
            };
            if let Ok(p) = d.validate() {
                prop_assert!(!p.name_zh.is_empty() || !p.name_en.is_empty());
            }
        }
    }
}
