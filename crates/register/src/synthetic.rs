//! A large made-up register for benchmarks and tests: Chinese and Latin names, every sector,
//! groups, contacts and consent, reproducible for a given size.

use chrono::NaiveDate;
use concord_domain::{DisadvantagedGroup, Role, Sector, Stakeholder, Status};

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "曾",
    "欧阳",
];
const GIVEN: &[&str] = &[
    "志立", "建国", "晓雯", "丽", "伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰",
    "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "雪梅", "海涛", "文", "婷", "鹏",
    "华",
];
const ORGS: &[(&str, &str)] = &[
    ("渭南市人民政府", "Weinan Municipal People's Government"),
    ("渭南师范学院", "Weinan Normal University"),
    ("国网渭南供电公司", "State Grid Weinan Power Supply Company"),
    ("渭南市妇女联合会", "Weinan Women's Federation"),
    (
        "秦东光伏科技有限公司",
        "Qindong Photovoltaic Technology Co.",
    ),
    (
        "陕西绿色发展投资基金",
        "Shaanxi Green Development Investment Fund",
    ),
    ("临渭区第一中学", "Linwei District No. 1 Middle School"),
    ("朝阳街道居民", "Resident, Chaoyang Subdistrict"),
];
const LATIN: &[&str] = &[
    "Giulia", "Marco", "Chiara", "Luca", "Anna", "Paolo", "Sofia", "Matteo", "Elena", "Davide",
];
const LATIN_FAMILY: &[&str] = &["Rossi", "Bianchi", "Ferrari", "Romano", "Colombo", "Ricci"];

/// `n` people; every tenth has a Latin name, every seventh no consent.
pub fn people(n: usize) -> Vec<Stakeholder> {
    (0..n)
        .map(|i| {
            let sector = Sector::ALL[i % Sector::ALL.len()];
            let role = Role::ALL[(i / 8) % Role::ALL.len()];
            let (zh, en) = if i % 10 == 9 {
                let name = format!(
                    "{} {}",
                    LATIN[i % LATIN.len()],
                    LATIN_FAMILY[(i / 10) % LATIN_FAMILY.len()]
                );
                (String::new(), name)
            } else {
                let s = SURNAMES[i % SURNAMES.len()];
                let g = GIVEN[(i / SURNAMES.len()) % GIVEN.len()];
                (format!("{s}{g}"), String::new())
            };
            let (org_zh, org_en) = ORGS[(i / 3) % ORGS.len()];
            let mut p = Stakeholder::new(&zh, &en, sector, role);
            p.organisation_zh = format!("{org_zh}{}", i % 97);
            p.organisation_en = format!("{org_en} {}", i % 97);
            p.email = format!("person{i}@example.cn");
            p.mobile = format!("+86 139 {:04} {:04}", i / 10_000, i % 10_000);
            if i % 5 == 0 {
                p.groups = vec![DisadvantagedGroup::ALL[(i / 5) % 7]];
            }
            if i % 7 != 0 {
                p.consent_date = NaiveDate::from_ymd_opt(2026, 9, 1 + (i % 28) as u32);
                p.consent_notice = "隐私告知书 第1版".into();
            }
            if i % 50 == 0 {
                p.status = Status::Withdrawn;
            }
            p
        })
        .collect()
}

/// The same people as a Chinese-headed CSV, the way a spreadsheet of the register looks.
pub fn csv(n: usize) -> String {
    let mut out =
        String::from("姓名,单位/机构,领域/部门,代表群体,邮箱,手机,同意日期,告知书,角色\n");
    for p in people(n) {
        let groups = p
            .groups
            .iter()
            .map(|g| g.key())
            .collect::<Vec<_>>()
            .join(";");
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\n",
            p.name(true),
            p.organisation_zh,
            p.sector.key(),
            groups,
            p.email,
            p.mobile,
            p.consent_date.map(|d| d.to_string()).unwrap_or_default(),
            p.consent_notice,
            p.role.key()
        ));
    }
    out
}
