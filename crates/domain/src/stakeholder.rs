//! A member of the stakeholder register (minimal; the register grows it).

use serde::{Deserialize, Serialize};

macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    pub email: String,
    pub withdrawn: bool,
}

impl Stakeholder {
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

    pub fn votes(&self) -> bool {
        self.role == Role::VotingMember && !self.withdrawn
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(Sector::from_key("nobody"), None);
    }

    #[test]
    fn name_falls_back_to_the_other_script() {
        let s = Stakeholder {
            id: 1,
            name_zh: "吉𠮷".into(),
            name_en: String::new(),
            organisation_zh: String::new(),
            organisation_en: "Weinan Normal University".into(),
            sector: Sector::Research,
            helix: HelixGroup::Academia,
            role: Role::VotingMember,
            email: String::new(),
            withdrawn: false,
        };
        assert_eq!(s.name(false), "吉𠮷");
        assert_eq!(s.organisation(true), "Weinan Normal University");
        assert!(s.votes());
    }
}
