//! The dialogue: its city, partner, focal point and decision rule.

use serde::{Deserialize, Serialize};

use crate::validation::{Checker, FieldError, FieldProblem};

/// One multistakeholder dialogue of a city. A database holds one dialogue for now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Dialogue {
    /// 0 for a dialogue not yet saved.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub city_zh: String,
    pub city_en: String,
    pub economy: String,
    pub partner_city_zh: String,
    pub partner_city_en: String,
    pub focal_point: FocalPoint,
    pub high_level_rep: HighLevelRepresentative,
    pub rule: DecisionRule,
}

/// The focal point, with the fields of the CNSC membership form. Names (the assistant's too),
/// title, administration and address are kept in both languages (李建国 and Li Jianguo): a
/// Chinese document prints the Chinese, an English one the English; either side may still be
/// empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FocalPoint {
    pub family_name_zh: String,
    pub first_name_zh: String,
    pub family_name_en: String,
    pub first_name_en: String,
    pub title_zh: String,
    pub title_en: String,
    pub administration_zh: String,
    pub administration_en: String,
    pub economy: String,
    pub postal_address_zh: String,
    pub postal_address_en: String,
    pub email: String,
    pub mobile: String,
    pub fax: String,
    pub assistant_name_zh: String,
    pub assistant_name_en: String,
    pub assistant_email: String,
}

impl FocalPoint {
    /// The Chinese name, family name first and no space: "李建国".
    pub fn name_zh(&self) -> String {
        person_name(&self.family_name_zh, &self.first_name_zh)
    }

    /// The romanized name, family name first: "Li Jianguo".
    pub fn name_en(&self) -> String {
        person_name(&self.family_name_en, &self.first_name_en)
    }

    /// Both forms, the Chinese first: "李建国 Li Jianguo", or whichever exists. Texts kept in
    /// one field (a meeting's chair, a signer) are written this way and split by script.
    pub fn full_name(&self) -> String {
        join_nonempty(&self.name_zh(), &self.name_en())
    }

    /// The assistant's name in both forms, the Chinese first: "周晓雯 Zhou Xiaowen".
    pub fn assistant_full_name(&self) -> String {
        join_nonempty(&self.assistant_name_zh, &self.assistant_name_en)
    }

    /// The Chinese title without the administration it starts with ("副秘书长" for
    /// "渭南市人民政府副秘书长"), for a sentence that names the administration beside it.
    pub fn position_zh(&self) -> &str {
        let admin = self.administration_zh.trim();
        let title = self.title_zh.trim();
        match title.strip_prefix(admin) {
            Some(rest) if !admin.is_empty() && !rest.trim().is_empty() => rest.trim(),
            _ => title,
        }
    }

    /// The English title without the body it names after a comma when that body starts as
    /// the administration does ("Deputy Secretary-General" for "Deputy Secretary-General,
    /// Weinan Municipal Government" of Weinan Municipal People's Government).
    pub fn position_en(&self) -> &str {
        let title = self.title_en.trim();
        let first_word = |s: &str| s.split_whitespace().next().map(str::to_lowercase);
        match title.rsplit_once(',') {
            Some((position, body))
                if !position.trim().is_empty()
                    && first_word(body).is_some()
                    && first_word(body) == first_word(&self.administration_en) =>
            {
                position.trim()
            }
            _ => title,
        }
    }

    /// The title in both forms, the Chinese first.
    pub fn title_both(&self) -> String {
        join_nonempty(&self.title_zh, &self.title_en)
    }

    /// The form's texts kept in both languages: the field's path without its language
    /// (`focalPoint.title`, checked as `focalPoint.titleZh` and `focalPoint.titleEn`), then
    /// the Chinese and the English.
    pub fn bilingual_fields(&self) -> [(&'static str, &str, &str); 5] {
        [
            (
                "focalPoint.familyName",
                &self.family_name_zh,
                &self.family_name_en,
            ),
            (
                "focalPoint.firstName",
                &self.first_name_zh,
                &self.first_name_en,
            ),
            ("focalPoint.title", &self.title_zh, &self.title_en),
            (
                "focalPoint.administration",
                &self.administration_zh,
                &self.administration_en,
            ),
            (
                "focalPoint.postalAddress",
                &self.postal_address_zh,
                &self.postal_address_en,
            ),
        ]
    }
}

/// A person's name from its two parts, family name first: no space between Chinese parts.
pub fn person_name(family_name: &str, first_name: &str) -> String {
    let (family, first) = (family_name.trim(), first_name.trim());
    if crate::search::has_han(family) || crate::search::has_han(first) {
        format!("{family}{first}")
    } else {
        [family, first]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The high-level representative who opens and closes plenary meetings, named and titled in
/// both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HighLevelRepresentative {
    pub name_zh: String,
    pub name_en: String,
    pub title_zh: String,
    pub title_en: String,
}

impl HighLevelRepresentative {
    /// Both forms, the Chinese first: "王志立 Wang Zhili".
    pub fn name_both(&self) -> String {
        join_nonempty(&self.name_zh, &self.name_en)
    }

    pub fn title_both(&self) -> String {
        join_nonempty(&self.title_zh, &self.title_en)
    }
}

/// What settles a round of a consensus question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum RuleKind {
    /// No objection.
    #[default]
    Unanimity,
    /// At most `allowed_objections` objections.
    ConsensusMinus,
    /// Consents reach `supermajority_num / supermajority_den` of the positions taken.
    Supermajority,
    /// More consents than not; an exact tie goes to the focal point's casting vote.
    SimpleMajority,
}

impl RuleKind {
    pub const ALL: [RuleKind; 4] = [
        RuleKind::Unanimity,
        RuleKind::ConsensusMinus,
        RuleKind::Supermajority,
        RuleKind::SimpleMajority,
    ];

    /// Stable name used in the database and in Fluent ids.
    pub fn key(self) -> &'static str {
        match self {
            RuleKind::Unanimity => "unanimity",
            RuleKind::ConsensusMinus => "consensus-minus",
            RuleKind::Supermajority => "supermajority",
            RuleKind::SimpleMajority => "simple-majority",
        }
    }

    pub fn from_key(key: &str) -> Option<RuleKind> {
        RuleKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DecisionRule {
    /// Share of voting members who must be present, in percent.
    pub quorum_percent: u8,
    pub kind: RuleKind,
    pub allowed_objections: u8,
    pub supermajority_num: u8,
    pub supermajority_den: u8,
    /// Failed rounds after which consensus has persistently failed.
    pub max_failed_rounds: u8,
    /// Positions are counted, not named.
    pub anonymous: bool,
}

impl Default for DecisionRule {
    fn default() -> Self {
        DecisionRule {
            quorum_percent: 50,
            kind: RuleKind::Unanimity,
            allowed_objections: 1,
            supermajority_num: 2,
            supermajority_den: 3,
            max_failed_rounds: 3,
            anonymous: false,
        }
    }
}

impl Dialogue {
    /// A display name: `渭南 Weinan`, or whichever part exists.
    pub fn city_label(&self) -> String {
        join_nonempty(&self.city_zh, &self.city_en)
    }

    /// The same dialogue with surrounding white space removed from every text field.
    pub fn trimmed(&self) -> Dialogue {
        let t = |s: &String| s.trim().to_owned();
        let fp = &self.focal_point;
        Dialogue {
            id: self.id,
            city_zh: t(&self.city_zh),
            city_en: t(&self.city_en),
            economy: t(&self.economy),
            partner_city_zh: t(&self.partner_city_zh),
            partner_city_en: t(&self.partner_city_en),
            focal_point: FocalPoint {
                family_name_zh: t(&fp.family_name_zh),
                first_name_zh: t(&fp.first_name_zh),
                family_name_en: t(&fp.family_name_en),
                first_name_en: t(&fp.first_name_en),
                title_zh: t(&fp.title_zh),
                title_en: t(&fp.title_en),
                administration_zh: t(&fp.administration_zh),
                administration_en: t(&fp.administration_en),
                economy: t(&fp.economy),
                postal_address_zh: t(&fp.postal_address_zh),
                postal_address_en: t(&fp.postal_address_en),
                email: t(&fp.email),
                mobile: t(&fp.mobile),
                fax: t(&fp.fax),
                assistant_name_zh: t(&fp.assistant_name_zh),
                assistant_name_en: t(&fp.assistant_name_en),
                assistant_email: t(&fp.assistant_email),
            },
            high_level_rep: HighLevelRepresentative {
                name_zh: t(&self.high_level_rep.name_zh),
                name_en: t(&self.high_level_rep.name_en),
                title_zh: t(&self.high_level_rep.title_zh),
                title_en: t(&self.high_level_rep.title_en),
            },
            rule: self.rule,
        }
    }

    /// Checks every field and returns all problems at once, so a form can mark them together.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("cityZh", &self.city_zh);
        check.required("cityEn", &self.city_en);
        check.required("economy", &self.economy);
        check.length("partnerCityZh", &self.partner_city_zh);
        check.length("partnerCityEn", &self.partner_city_en);

        let fp = &self.focal_point;
        // The dialogue can be saved with one language of each text; the membership form asks
        // for both (`membership_form_problems`).
        for (path, zh, en) in fp.bilingual_fields() {
            check.either(path, zh, en);
        }
        check.required("focalPoint.economy", &fp.economy);
        check.email("focalPoint.email", &fp.email, true);
        check.phone("focalPoint.mobile", &fp.mobile);
        check.phone("focalPoint.fax", &fp.fax);
        // The assistant is optional: saved with either language, or none.
        check.length("focalPoint.assistantNameZh", &fp.assistant_name_zh);
        check.length("focalPoint.assistantNameEn", &fp.assistant_name_en);
        check.email("focalPoint.assistantEmail", &fp.assistant_email, false);

        let rep = &self.high_level_rep;
        check.either("highLevelRep.name", &rep.name_zh, &rep.name_en);
        check.either("highLevelRep.title", &rep.title_zh, &rep.title_en);

        let rule = &self.rule;
        if !(1..=100).contains(&rule.quorum_percent) {
            check.push("rule.quorumPercent", FieldProblem::OutOfRange);
        }
        if !(1..=10).contains(&rule.max_failed_rounds) {
            check.push("rule.maxFailedRounds", FieldProblem::OutOfRange);
        }
        if rule.kind == RuleKind::ConsensusMinus && !(1..=10).contains(&rule.allowed_objections) {
            check.push("rule.allowedObjections", FieldProblem::OutOfRange);
        }
        if rule.kind == RuleKind::Supermajority
            && !(rule.supermajority_den >= 2
                && rule.supermajority_den <= 10
                && u16::from(rule.supermajority_num) * 2 > u16::from(rule.supermajority_den)
                && rule.supermajority_num < rule.supermajority_den)
        {
            check.push("rule.supermajority", FieldProblem::OutOfRange);
        }

        if check.errors.is_empty() {
            Ok(())
        } else {
            Err(check.errors)
        }
    }
}

fn join_nonempty(a: &str, b: &str) -> String {
    match (a.trim(), b.trim()) {
        ("", b) => b.to_owned(),
        (a, "") => a.to_owned(),
        (a, b) => format!("{a} {b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_names_take_no_space_and_romanized_ones_one() {
        assert_eq!(person_name("王", "丽"), "王丽");
        assert_eq!(person_name(" 欧阳 ", "明"), "欧阳明");
        assert_eq!(person_name("Li", "Jianguo"), "Li Jianguo");
        assert_eq!(person_name("", "Chiara"), "Chiara");
        assert_eq!(person_name("Rossi", " "), "Rossi");
        assert_eq!(person_name("", ""), "");
    }

    pub(crate) fn complete() -> Dialogue {
        Dialogue {
            id: 0,
            city_zh: "渭南".into(),
            city_en: "Weinan".into(),
            economy: "China".into(),
            partner_city_zh: "雷焦艾米利亚".into(),
            partner_city_en: "Reggio Emilia".into(),
            focal_point: FocalPoint {
                family_name_en: "Li".into(),
                first_name_en: "Na".into(),
                title_en: "Director".into(),
                administration_en: "Weinan Municipal Government".into(),
                economy: "China".into(),
                postal_address_en: "1 Chaoyang Road, Weinan".into(),
                email: "li.na@weinan.gov.cn".into(),
                mobile: "+86 139 1234 5678".into(),
                ..FocalPoint::default()
            },
            high_level_rep: HighLevelRepresentative {
                name_en: "Wang".into(),
                title_en: "Mayor".into(),
                ..HighLevelRepresentative::default()
            },
            rule: DecisionRule::default(),
        }
    }

    #[test]
    fn complete_dialogue_is_valid() {
        assert_eq!(complete().validate(), Ok(()));
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let mut d = complete();
        d.city_zh = "  ".into();
        d.focal_point.email = "li.na@".into();
        d.focal_point.assistant_email = "nope".into();
        d.rule.quorum_percent = 0;
        let errors = d.validate().expect_err("invalid");
        let fields: Vec<_> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.problem))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("cityZh", FieldProblem::Required),
                ("focalPoint.email", FieldProblem::InvalidEmail),
                ("focalPoint.assistantEmail", FieldProblem::InvalidEmail),
                ("rule.quorumPercent", FieldProblem::OutOfRange),
            ]
        );
    }

    #[test]
    fn one_language_of_each_text_saves_and_none_names_both_fields() {
        let mut d = complete();
        d.focal_point.title_en.clear();
        d.focal_point.title_zh = "主任".into();
        assert_eq!(d.validate(), Ok(()));
        d.focal_point.title_zh = " ".into();
        d.high_level_rep.name_en.clear();
        let errors = d.validate().expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "focalPoint.titleZh",
                "focalPoint.titleEn",
                "highLevelRep.nameZh",
                "highLevelRep.nameEn"
            ]
        );
    }

    #[test]
    fn a_position_drops_the_administration_its_title_already_names() {
        let mut fp = complete().focal_point;
        fp.title_zh = "渭南市人民政府副秘书长".into();
        fp.administration_zh = "渭南市人民政府".into();
        fp.title_en = "Deputy Secretary-General, Weinan Municipal Government".into();
        fp.administration_en = "Weinan Municipal People's Government".into();
        assert_eq!(fp.position_zh(), "副秘书长");
        assert_eq!(fp.position_en(), "Deputy Secretary-General");
        // A title that names no administration, or another body, is kept whole.
        fp.title_zh = "主任".into();
        fp.title_en = "Director, Energy Bureau".into();
        assert_eq!(fp.position_zh(), "主任");
        assert_eq!(fp.position_en(), "Director, Energy Bureau");
        // A title that is only the administration's name is kept.
        fp.title_zh = "渭南市人民政府".into();
        fp.title_en = ", Weinan".into();
        assert_eq!(fp.position_zh(), "渭南市人民政府");
        assert_eq!(fp.position_en(), ", Weinan");
    }

    #[test]
    fn names_are_kept_in_each_script() {
        let mut fp = complete().focal_point;
        fp.family_name_zh = "李".into();
        fp.first_name_zh = "娜".into();
        assert_eq!(fp.name_zh(), "李娜");
        assert_eq!(fp.name_en(), "Li Na");
        assert_eq!(fp.full_name(), "李娜 Li Na");
        fp.family_name_en.clear();
        fp.first_name_en.clear();
        assert_eq!(fp.full_name(), "李娜");
        fp.assistant_name_zh = "周晓雯".into();
        fp.assistant_name_en = " Zhou Xiaowen ".into();
        assert_eq!(fp.assistant_full_name(), "周晓雯 Zhou Xiaowen");
        fp.assistant_name_zh.clear();
        assert_eq!(fp.assistant_full_name(), "Zhou Xiaowen");
    }

    #[test]
    fn supermajority_must_be_more_than_half() {
        let mut d = complete();
        d.rule.kind = RuleKind::Supermajority;
        d.rule.supermajority_num = 1;
        d.rule.supermajority_den = 2;
        assert!(d.validate().is_err());
        d.rule.supermajority_num = 3;
        d.rule.supermajority_den = 4;
        assert!(d.validate().is_ok());
    }

    #[test]
    fn rule_keys_round_trip() {
        for kind in RuleKind::ALL {
            assert_eq!(RuleKind::from_key(kind.key()), Some(kind));
        }
    }

    #[test]
    fn city_label_joins_what_exists() {
        let mut d = complete();
        assert_eq!(d.city_label(), "渭南 Weinan");
        d.city_zh.clear();
        assert_eq!(d.city_label(), "Weinan");
    }
}
