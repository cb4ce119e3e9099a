//! The columns of a register CSV and the header names they are recognised by.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    NameZh,
    NameEn,
    /// One name column: Chinese if it holds Chinese characters, English otherwise.
    Name,
    OrganisationZh,
    OrganisationEn,
    Organisation,
    Sector,
    Helix,
    Role,
    Groups,
    OtherGroup,
    Email,
    Mobile,
    ConsentDate,
    ConsentNotice,
    Status,
    Note,
}

impl Column {
    pub const ALL: &'static [Column] = &[
        Column::NameZh,
        Column::NameEn,
        Column::Name,
        Column::OrganisationZh,
        Column::OrganisationEn,
        Column::Organisation,
        Column::Sector,
        Column::Helix,
        Column::Role,
        Column::Groups,
        Column::OtherGroup,
        Column::Email,
        Column::Mobile,
        Column::ConsentDate,
        Column::ConsentNotice,
        Column::Status,
        Column::Note,
    ];

    /// The columns an export writes, in order.
    pub const EXPORT: &'static [Column] = &[
        Column::NameZh,
        Column::NameEn,
        Column::OrganisationZh,
        Column::OrganisationEn,
        Column::Sector,
        Column::Helix,
        Column::Role,
        Column::Groups,
        Column::OtherGroup,
        Column::Email,
        Column::Mobile,
        Column::ConsentDate,
        Column::ConsentNotice,
        Column::Status,
        Column::Note,
    ];

    /// Stable name; `csv-col-<key>` is its Fluent header.
    pub fn key(self) -> &'static str {
        match self {
            Column::NameZh => "name-zh",
            Column::NameEn => "name-en",
            Column::Name => "name",
            Column::OrganisationZh => "organisation-zh",
            Column::OrganisationEn => "organisation-en",
            Column::Organisation => "organisation",
            Column::Sector => "sector",
            Column::Helix => "helix",
            Column::Role => "role",
            Column::Groups => "groups",
            Column::OtherGroup => "other-group",
            Column::Email => "email",
            Column::Mobile => "mobile",
            Column::ConsentDate => "consent-date",
            Column::ConsentNotice => "consent-notice",
            Column::Status => "status",
            Column::Note => "note",
        }
    }

    pub fn message_id(self) -> String {
        format!("csv-col-{}", self.key())
    }

    /// Which columns can hold the value of a form field (`StakeholderDraft` field path).
    pub(crate) fn for_field(field: &str) -> &'static [Column] {
        match field {
            "nameZh" => &[Column::NameZh, Column::Name, Column::NameEn],
            "nameEn" => &[Column::NameEn, Column::Name],
            "organisationZh" => &[Column::OrganisationZh, Column::Organisation],
            "organisationEn" => &[Column::OrganisationEn, Column::Organisation],
            "sector" => &[Column::Sector],
            "helix" => &[Column::Helix],
            "role" => &[Column::Role],
            "groups" => &[Column::Groups],
            "otherGroup" => &[Column::OtherGroup, Column::Groups],
            "email" => &[Column::Email],
            "mobile" => &[Column::Mobile],
            "consentDate" => &[Column::ConsentDate],
            "consentNotice" => &[Column::ConsentNotice, Column::ConsentDate],
            "status" => &[Column::Status],
            "note" => &[Column::Note],
            _ => &[],
        }
    }

    /// Header names a person may have typed, besides the Fluent headers of both locales.
    pub(crate) fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::NameZh => &[
                "中文名",
                "中文姓名",
                "姓名(中文)",
                "name(zh)",
                "namezh",
                "chinesename",
            ],
            Column::NameEn => &[
                "英文名",
                "英文姓名",
                "姓名(英文)",
                "拼音",
                "name(en)",
                "nameen",
                "englishname",
            ],
            Column::Name => &["姓名", "名字", "name", "fullname", "联系人"],
            Column::OrganisationZh => &[
                "单位(中文)",
                "机构(中文)",
                "中文单位",
                "organisationzh",
                "organizationzh",
            ],
            Column::OrganisationEn => &[
                "单位(英文)",
                "机构(英文)",
                "英文单位",
                "organisationen",
                "organizationen",
            ],
            Column::Organisation => &[
                "单位",
                "机构",
                "单位/机构",
                "工作单位",
                "所在单位",
                "organisation",
                "organization",
                "org",
                "institution",
            ],
            Column::Sector => &[
                "领域",
                "部门",
                "领域/部门",
                "类别",
                "界别",
                "sector",
                "stakeholdergroup",
            ],
            Column::Helix => &[
                "三螺旋",
                "三螺旋群体",
                "三螺旋分组",
                "helix",
                "triplehelix",
                "helixgroup",
            ],
            Column::Role => &["角色", "身份", "role"],
            Column::Groups => &[
                "代表群体",
                "弱势群体",
                "代表的群体",
                "groups",
                "disadvantagedgroups",
                "groupsrepresented",
            ],
            Column::OtherGroup => &["其他群体", "othergroup"],
            Column::Email => &[
                "邮箱",
                "电子邮箱",
                "电子邮件",
                "邮件",
                "email",
                "e-mail",
                "mail",
            ],
            Column::Mobile => &[
                "手机",
                "手机号",
                "手机号码",
                "电话",
                "联系电话",
                "mobile",
                "phone",
                "tel",
                "telephone",
            ],
            Column::ConsentDate => &["同意日期", "同意时间", "consentdate", "consent"],
            Column::ConsentNotice => &[
                "告知书",
                "隐私告知",
                "同意的告知书",
                "notice",
                "consentnotice",
                "privacynotice",
            ],
            Column::Status => &["状态", "status"],
            Column::Note => &["备注", "说明", "note", "notes", "remarks", "comment"],
        }
    }
}

/// Header and value text compared loosely: case, spaces, `*`, `_`, `-` and full-width
/// brackets do not matter.
pub(crate) fn normalize(text: &str) -> String {
    text.trim()
        .trim_start_matches('\u{FEFF}')
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '_' | '-' | '·'))
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '／' => '/',
            '：' => ':',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
