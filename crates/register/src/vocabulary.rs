//! Every word a header or an enumerated value may be written with: the Fluent labels of
//! both locales (so an export in either language reads back) and common synonyms.

use std::collections::HashMap;

use concord_domain::{DisadvantagedGroup, HelixGroup, Role, Sector, Status};
use concord_i18n::{I18n, Locale};

use crate::columns::{Column, normalize};

#[derive(Debug)]
pub(crate) struct Vocabulary {
    pub headers: HashMap<String, Column>,
    pub sectors: HashMap<String, Sector>,
    pub helix: HashMap<String, HelixGroup>,
    pub roles: HashMap<String, Role>,
    pub groups: HashMap<String, DisadvantagedGroup>,
    pub statuses: HashMap<String, Status>,
}

pub(crate) fn status_message_id(status: Status) -> String {
    format!("register-status-{}", status.key())
}

fn table<T: Copy>(
    locales: &[I18n],
    all: &[T],
    key: impl Fn(T) -> &'static str,
    message_id: impl Fn(T) -> String,
    aliases: &[(&str, T)],
) -> HashMap<String, T> {
    let mut map = HashMap::new();
    for (alias, value) in aliases {
        map.insert(normalize(alias), *value);
    }
    for value in all {
        for i18n in locales {
            map.insert(normalize(&i18n.msg(&message_id(*value))), *value);
        }
        map.insert(normalize(key(*value)), *value);
    }
    map
}

impl Vocabulary {
    /// Built once per process: it reads both locales' messages, which costs more than
    /// checking a register.
    pub fn shared() -> &'static Vocabulary {
        static SHARED: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
        SHARED.get_or_init(Vocabulary::new)
    }

    pub fn new() -> Vocabulary {
        let locales = [I18n::new(Locale::En), I18n::new(Locale::ZhCn)];
        let mut headers = HashMap::new();
        for column in Column::ALL {
            for alias in column.aliases() {
                headers.insert(normalize(alias), *column);
            }
        }
        for column in Column::ALL {
            for i18n in &locales {
                headers.insert(normalize(&i18n.msg(&column.message_id())), *column);
            }
            headers.insert(normalize(column.key()), *column);
        }
        use DisadvantagedGroup as G;
        Vocabulary {
            headers,
            sectors: table(
                &locales,
                Sector::ALL,
                Sector::key,
                |s| format!("sector-{}", s.key()),
                &[
                    ("政府", Sector::LocalAuthority),
                    ("政府部门", Sector::LocalAuthority),
                    ("地方当局", Sector::LocalAuthority),
                    ("government", Sector::LocalAuthority),
                    ("社会组织", Sector::CivilSociety),
                    ("民间组织", Sector::CivilSociety),
                    ("非政府组织", Sector::CivilSociety),
                    ("ngo", Sector::CivilSociety),
                    ("civilsocietyorganization", Sector::CivilSociety),
                    ("国企", Sector::PublicCompany),
                    ("公共企业", Sector::PublicCompany),
                    ("publicenterprise", Sector::PublicCompany),
                    ("民企", Sector::PrivateCompany),
                    ("私营企业", Sector::PrivateCompany),
                    ("企业", Sector::PrivateCompany),
                    ("business", Sector::PrivateCompany),
                    ("投资者", Sector::Investor),
                    ("投资机构", Sector::Investor),
                    ("金融机构", Sector::Investor),
                    ("科研", Sector::Research),
                    ("科研机构", Sector::Research),
                    ("高校", Sector::Research),
                    ("scientist", Sector::Research),
                    ("science", Sector::Research),
                    ("教育", Sector::Education),
                    ("培训", Sector::Education),
                    ("教育机构", Sector::Education),
                    ("trainer", Sector::Education),
                    ("training", Sector::Education),
                    ("居民", Sector::Citizen),
                    ("公民", Sector::Citizen),
                    ("resident", Sector::Citizen),
                ],
            ),
            helix: table(
                &locales,
                HelixGroup::ALL,
                HelixGroup::key,
                |h| format!("helix-{}", h.key()),
                &[
                    ("政府部门", HelixGroup::Government),
                    ("产业界", HelixGroup::Industry),
                    ("企业", HelixGroup::Industry),
                    ("business", HelixGroup::Industry),
                    ("学术", HelixGroup::Academia),
                    ("学界", HelixGroup::Academia),
                    ("社会", HelixGroup::CivilSociety),
                    ("公民社会", HelixGroup::CivilSociety),
                ],
            ),
            roles: table(
                &locales,
                Role::ALL,
                Role::key,
                |r| format!("role-{}", r.key()),
                &[
                    ("表决", Role::VotingMember),
                    ("成员", Role::VotingMember),
                    ("voting", Role::VotingMember),
                    ("member", Role::VotingMember),
                    ("列席", Role::Observer),
                    ("顾问", Role::Expert),
                    ("adviser", Role::Expert),
                    ("advisor", Role::Expert),
                ],
            ),
            groups: table(
                &locales,
                DisadvantagedGroup::ALL,
                DisadvantagedGroup::key,
                |g| format!("group-{}", g.key()),
                &[
                    ("妇女", G::Women),
                    ("女性", G::Women),
                    ("woman", G::Women),
                    ("青年", G::Youth),
                    ("青少年", G::Youth),
                    ("young people", G::Youth),
                    ("老年人", G::Elderly),
                    ("老人", G::Elderly),
                    ("older people", G::Elderly),
                    ("残疾人", G::Disabilities),
                    ("disabled", G::Disabilities),
                    ("disability", G::Disabilities),
                    ("外来务工人员", G::Migrants),
                    ("流动人口", G::Migrants),
                    ("农民工", G::Migrants),
                    ("migrant", G::Migrants),
                    ("低收入", G::LowIncome),
                    ("低收入居民", G::LowIncome),
                    ("低收入群体", G::LowIncome),
                    ("少数民族", G::EthnicMinorities),
                    ("其他", G::Other),
                ],
            ),
            statuses: table(
                &locales,
                Status::ALL,
                Status::key,
                status_message_id,
                &[
                    ("在册", Status::Active),
                    ("有效", Status::Active),
                    ("正常", Status::Active),
                    ("已邀请", Status::Invited),
                    ("待确认", Status::Invited),
                    ("退出", Status::Withdrawn),
                    ("已退出", Status::Withdrawn),
                ],
            ),
        }
    }
}
