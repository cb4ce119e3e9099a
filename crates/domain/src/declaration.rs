//! Declarations a city signs: the CNSC membership declaration (fixed text, filled from the
//! focal point's form) and declarations written from a template (e.g. a circular-economy
//! commitment), with their signers and the signatures they draw.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dialogue::Dialogue;
use crate::validation::{Checker, FieldError, FieldProblem};

/// Which declaration this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DeclarationKind {
    /// The APEC CNSC membership declaration: its text is fixed, its form comes from the dialogue.
    Membership,
    /// Any other declaration, written as bilingual paragraphs.
    #[default]
    Custom,
}

impl DeclarationKind {
    pub const ALL: [DeclarationKind; 2] = [DeclarationKind::Membership, DeclarationKind::Custom];

    /// Stable name used in the database and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            DeclarationKind::Membership => "membership",
            DeclarationKind::Custom => "custom",
        }
    }

    pub fn from_key(key: &str) -> Option<DeclarationKind> {
        DeclarationKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One paragraph in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BilingualParagraph {
    pub zh: String,
    pub en: String,
    /// Printed as an item of a list (a pledge, a benefit).
    #[serde(default)]
    pub bullet: bool,
}

impl BilingualParagraph {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        BilingualParagraph {
            zh: zh.into(),
            en: en.into(),
            bullet: false,
        }
    }

    pub fn bullet(zh: impl Into<String>, en: impl Into<String>) -> Self {
        BilingualParagraph {
            bullet: true,
            ..BilingualParagraph::new(zh, en)
        }
    }
}

/// A section: an optional heading and its paragraphs. Numbered sections are counted
/// I, II, III… (一、二、三…) in the order they appear.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeclarationSection {
    pub heading_zh: String,
    pub heading_en: String,
    #[serde(default)]
    pub numbered: bool,
    pub paragraphs: Vec<BilingualParagraph>,
}

/// Role keys of the usual signers; a custom declaration may use others.
pub mod roles {
    pub const FOCAL_POINT: &str = "focal-point";
    pub const HIGH_LEVEL_REP: &str = "high-level-rep";
}

/// A person who signs, in signing order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeclarationSigner {
    /// Stable key of the role (`focal-point`, `high-level-rep`, …); unique in a declaration.
    pub role: String,
    pub name: String,
    pub title: String,
}

impl DeclarationSigner {
    pub fn new(role: &str, name: impl Into<String>, title: impl Into<String>) -> Self {
        DeclarationSigner {
            role: role.to_owned(),
            name: name.into(),
            title: title.into(),
        }
    }
}

/// A declaration: what it says, who signs it, where and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Declaration {
    /// 0 for a declaration not yet saved.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub kind: DeclarationKind,
    pub title_zh: String,
    pub title_en: String,
    /// The body of a custom declaration; empty for the membership declaration, whose text is fixed.
    pub sections: Vec<DeclarationSection>,
    /// In signing order: each signs once everyone before has signed.
    pub signers: Vec<DeclarationSigner>,
    pub place_zh: String,
    pub place_en: String,
    pub date: Option<NaiveDate>,
}

/// Longest paragraph accepted (a declaration's paragraph is longer than a form field).
pub const MAX_PARAGRAPH: usize = 4000;
/// Most signers on one declaration.
pub const MAX_SIGNERS: usize = 8;

impl Declaration {
    /// The membership declaration of a dialogue: signed by the focal point, then by the
    /// high-level representative; placed in the dialogue's city.
    pub fn membership(dialogue: &Dialogue, date: Option<NaiveDate>) -> Declaration {
        Declaration {
            id: 0,
            kind: DeclarationKind::Membership,
            title_zh: String::new(),
            title_en: String::new(),
            sections: Vec::new(),
            signers: dialogue_signers(dialogue),
            place_zh: dialogue.city_zh.trim().to_owned(),
            place_en: dialogue.city_en.trim().to_owned(),
            date,
        }
    }

    /// The signer with this role key.
    pub fn signer(&self, role: &str) -> Option<&DeclarationSigner> {
        self.signers.iter().find(|s| s.role == role)
    }

    /// The first signer who has not signed yet, given the roles that have: signers sign in
    /// list order, so this is whose turn it is (`None` once everyone has signed).
    pub fn next_to_sign<'a>(&'a self, signed: &[&str]) -> Option<&'a DeclarationSigner> {
        self.signers
            .iter()
            .find(|s| !signed.contains(&s.role.as_str()))
    }

    /// Checks every field and returns all problems at once. Paths: `titleZh`,
    /// `sections.0.paragraphs.2.en`, `signers.1.name`, `placeZh`, `date`.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        if self.kind == DeclarationKind::Custom {
            if self.title_zh.trim().is_empty() && self.title_en.trim().is_empty() {
                check.push("titleZh", FieldProblem::Required);
            }
            check.length("titleZh", &self.title_zh);
            check.length("titleEn", &self.title_en);
            let has_text = self
                .sections
                .iter()
                .flat_map(|s| &s.paragraphs)
                .any(|p| !p.zh.trim().is_empty() || !p.en.trim().is_empty());
            if !has_text {
                check.push("sections", FieldProblem::Required);
            }
        }
        for (i, section) in self.sections.iter().enumerate() {
            check.length(&format!("sections.{i}.headingZh"), &section.heading_zh);
            check.length(&format!("sections.{i}.headingEn"), &section.heading_en);
            for (j, p) in section.paragraphs.iter().enumerate() {
                for (lang, text) in [("zh", &p.zh), ("en", &p.en)] {
                    if text.chars().count() > MAX_PARAGRAPH {
                        check.push(
                            &format!("sections.{i}.paragraphs.{j}.{lang}"),
                            FieldProblem::TooLong,
                        );
                    }
                }
            }
        }
        if self.signers.is_empty() {
            check.push("signers", FieldProblem::Required);
        } else if self.signers.len() > MAX_SIGNERS {
            check.push("signers", FieldProblem::OutOfRange);
        }
        for (i, s) in self.signers.iter().enumerate() {
            check.required(&format!("signers.{i}.role"), &s.role);
            check.required(&format!("signers.{i}.name"), &s.name);
            check.length(&format!("signers.{i}.title"), &s.title);
            if self.signers[..i].iter().any(|o| o.role == s.role) {
                check.push(&format!("signers.{i}.role"), FieldProblem::OutOfRange);
            }
        }
        if self.place_zh.trim().is_empty() && self.place_en.trim().is_empty() {
            check.push("placeZh", FieldProblem::Required);
        }
        check.length("placeZh", &self.place_zh);
        check.length("placeEn", &self.place_en);
        if self.date.is_none() {
            check.push("date", FieldProblem::Required);
        }
        if check.errors.is_empty() {
            Ok(())
        } else {
            Err(check.errors)
        }
    }
}

/// The focal point, then the high-level representative.
fn dialogue_signers(dialogue: &Dialogue) -> Vec<DeclarationSigner> {
    // Each in both languages, the Chinese first: the document prints its language's part.
    let fp = &dialogue.focal_point;
    let rep = &dialogue.high_level_rep;
    vec![
        DeclarationSigner::new(roles::FOCAL_POINT, fp.full_name(), fp.title_both()),
        DeclarationSigner::new(roles::HIGH_LEVEL_REP, rep.name_both(), rep.title_both()),
    ]
}

/// Every field of the CNSC membership form that is missing or malformed. The form and the
/// dialogue form agree: mobile, fax and the assistant are optional (the seed's form leaves them
/// blank when there are none) and checked only when given. Paths match the dialogue form
/// (`focalPoint.fax`) so the form can point at them.
pub fn membership_form_problems(dialogue: &Dialogue) -> Vec<FieldError> {
    let fp = &dialogue.focal_point;
    let mut check = Checker::default();
    // The form is signed in both languages: each text is asked for in each.
    for (path, zh, en) in fp.bilingual_fields() {
        check.both(path, zh, en);
    }
    check.required("focalPoint.economy", &fp.economy);
    check.email("focalPoint.email", &fp.email, true);
    check.phone("focalPoint.mobile", &fp.mobile);
    check.phone("focalPoint.fax", &fp.fax);
    // The assistant is optional, but a name given in one language is asked for in the other.
    check.both_or_neither(
        "focalPoint.assistantName",
        &fp.assistant_name_zh,
        &fp.assistant_name_en,
    );
    check.email("focalPoint.assistantEmail", &fp.assistant_email, false);
    check.errors
}

/// A templated declaration, described by Fluent message ids so the text lives in `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DeclarationTemplate {
    /// A circular-economy commitment, after the Asian Circular Cities Declaration.
    CircularEconomy,
}

/// One section of a template: heading id, paragraph ids, whether they are list items.
#[derive(Debug, Clone, Copy)]
pub struct TemplateSection {
    pub heading: Option<&'static str>,
    pub paragraphs: &'static [&'static str],
    pub bullets: bool,
}

const CIRCULAR: &[TemplateSection] = &[
    TemplateSection {
        heading: None,
        paragraphs: &["decl-ce-intro-1", "decl-ce-intro-2", "decl-ce-intro-3"],
        bullets: false,
    },
    TemplateSection {
        heading: Some("decl-ce-philosophy"),
        paragraphs: &[
            "decl-ce-philosophy-1",
            "decl-ce-philosophy-2",
            "decl-ce-philosophy-3",
            "decl-ce-philosophy-4",
        ],
        bullets: true,
    },
    TemplateSection {
        heading: Some("decl-ce-effects"),
        paragraphs: &[
            "decl-ce-effects-1",
            "decl-ce-effects-2",
            "decl-ce-effects-3",
            "decl-ce-effects-4",
        ],
        bullets: true,
    },
    TemplateSection {
        heading: Some("decl-ce-commitments"),
        paragraphs: &["decl-ce-commitments-intro"],
        bullets: false,
    },
    TemplateSection {
        heading: None,
        paragraphs: &[
            "decl-ce-commit-1",
            "decl-ce-commit-2",
            "decl-ce-commit-3",
            "decl-ce-commit-4",
            "decl-ce-commit-5",
            "decl-ce-commit-6",
            "decl-ce-commit-7",
            "decl-ce-commit-8",
            "decl-ce-commit-9",
            "decl-ce-commit-10",
        ],
        bullets: true,
    },
];

impl DeclarationTemplate {
    pub const ALL: [DeclarationTemplate; 1] = [DeclarationTemplate::CircularEconomy];

    pub fn key(self) -> &'static str {
        match self {
            DeclarationTemplate::CircularEconomy => "circular-economy",
        }
    }

    /// Fluent id of the title.
    pub fn title_id(self) -> &'static str {
        match self {
            DeclarationTemplate::CircularEconomy => "decl-ce-title",
        }
    }

    pub fn sections(self) -> &'static [TemplateSection] {
        match self {
            DeclarationTemplate::CircularEconomy => CIRCULAR,
        }
    }

    /// A new declaration from the template, its texts looked up by Fluent id in each
    /// language; signed by the dialogue's high-level representative, then its focal point.
    pub fn instantiate(
        self,
        dialogue: &Dialogue,
        date: Option<NaiveDate>,
        zh: impl Fn(&str) -> String,
        en: impl Fn(&str) -> String,
    ) -> Declaration {
        let sections = self
            .sections()
            .iter()
            .map(|s| DeclarationSection {
                heading_zh: s.heading.map(&zh).unwrap_or_default(),
                heading_en: s.heading.map(&en).unwrap_or_default(),
                numbered: false,
                paragraphs: s
                    .paragraphs
                    .iter()
                    .map(|id| BilingualParagraph {
                        zh: zh(id),
                        en: en(id),
                        bullet: s.bullets,
                    })
                    .collect(),
            })
            .collect();
        let mut signers = dialogue_signers(dialogue);
        signers.reverse();
        Declaration {
            id: 0,
            kind: DeclarationKind::Custom,
            title_zh: zh(self.title_id()),
            title_en: en(self.title_id()),
            sections,
            signers,
            place_zh: dialogue.city_zh.trim().to_owned(),
            place_en: dialogue.city_en.trim().to_owned(),
            date,
        }
    }
}

/// Width over height of the box a signature is drawn in, on screen and on paper.
pub const SIGNATURE_ASPECT: f32 = 3.0;
/// Most points in one drawn signature (after simplification a signature has a few hundred).
pub const MAX_SIGNATURE_POINTS: usize = 5000;
/// Most strokes in one drawn signature.
pub const MAX_SIGNATURE_STROKES: usize = 200;

/// A signature drawn with a mouse, finger or pen: strokes of points, each coordinate
/// normalised to 0..1 in a box [`SIGNATURE_ASPECT`] times wider than high, y downwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DrawnSignature {
    pub strokes: Vec<Vec<(f32, f32)>>,
}

impl DrawnSignature {
    pub fn point_count(&self) -> usize {
        self.strokes.iter().map(Vec::len).sum()
    }

    /// Not empty, not too many points, every coordinate inside the box.
    pub fn validate(&self) -> Result<(), FieldError> {
        let problem = if self.point_count() == 0 {
            Some(FieldProblem::Required)
        } else if self.point_count() > MAX_SIGNATURE_POINTS
            || self.strokes.len() > MAX_SIGNATURE_STROKES
        {
            Some(FieldProblem::TooLong)
        } else if self
            .strokes
            .iter()
            .flatten()
            .any(|&(x, y)| !(0.0..=1.0).contains(&x) || !(0.0..=1.0).contains(&y))
        {
            Some(FieldProblem::OutOfRange)
        } else {
            None
        };
        match problem {
            Some(problem) => Err(FieldError {
                field: "signature".to_owned(),
                problem,
            }),
            None => Ok(()),
        }
    }

    /// The same signature with points that add nothing visible removed (Ramer–Douglas–Peucker
    /// with `tolerance` in box heights) and coordinates rounded to 1/10000: what is stored.
    pub fn simplified(&self, tolerance: f32) -> DrawnSignature {
        let round = |v: f32| (v * 10_000.0).round() / 10_000.0;
        DrawnSignature {
            strokes: self
                .strokes
                .iter()
                .filter(|s| !s.is_empty())
                .map(|stroke| {
                    let mut keep = vec![false; stroke.len()];
                    mark_kept(stroke, 0, stroke.len() - 1, tolerance, &mut keep);
                    stroke
                        .iter()
                        .zip(keep)
                        .filter(|(_, k)| *k)
                        .map(|(&(x, y), _)| (round(x), round(y)))
                        .collect()
                })
                .collect(),
        }
    }
}

/// Ramer–Douglas–Peucker: keep both ends, and recursively the point farthest from the chord
/// when it is farther than `tolerance`. Distances use the box's real proportions.
fn mark_kept(points: &[(f32, f32)], first: usize, last: usize, tolerance: f32, keep: &mut [bool]) {
    keep[first] = true;
    keep[last] = true;
    if last <= first + 1 {
        return;
    }
    let scale = |(x, y): (f32, f32)| (x * SIGNATURE_ASPECT, y);
    let (ax, ay) = scale(points[first]);
    let (bx, by) = scale(points[last]);
    let (dx, dy) = (bx - ax, by - ay);
    let len = (dx * dx + dy * dy).sqrt();
    let mut far = (first, 0.0f32);
    for (i, &p) in points.iter().enumerate().take(last).skip(first + 1) {
        let (px, py) = scale(p);
        let d = if len > f32::EPSILON {
            ((px - ax) * dy - (py - ay) * dx).abs() / len
        } else {
            ((px - ax).powi(2) + (py - ay).powi(2)).sqrt()
        };
        if d > far.1 {
            far = (i, d);
        }
    }
    if far.1 > tolerance {
        mark_kept(points, first, far.0, tolerance, keep);
        mark_kept(points, far.0, last, tolerance, keep);
    }
}

/// A section number in the English style: I, II, III, IV, V…
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// A section number in the Chinese style: 一, 二, … 十, 十一, … 九十九.
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let digit = |d: u32| DIGITS[d as usize % 10];
    match n {
        0..=9 => digit(n).to_string(),
        10..=19 => format!(
            "十{}",
            if n == 10 {
                String::new()
            } else {
                digit(n % 10).to_string()
            }
        ),
        20..=99 => format!(
            "{}十{}",
            digit(n / 10),
            if n.is_multiple_of(10) {
                String::new()
            } else {
                digit(n % 10).to_string()
            }
        ),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::{FocalPoint, HighLevelRepresentative};

    fn dialogue() -> Dialogue {
        Dialogue {
            city_zh: "渭南".into(),
            city_en: "Weinan".into(),
            economy: "China".into(),
            focal_point: FocalPoint {
                family_name_zh: "李".into(),
                first_name_zh: "建国".into(),
                family_name_en: "Li".into(),
                first_name_en: "Jianguo".into(),
                title_zh: "副秘书长".into(),
                title_en: "Deputy Secretary-General".into(),
                administration_zh: "渭南市人民政府".into(),
                administration_en: "Weinan Municipal People's Government".into(),
                economy: "China".into(),
                postal_address_zh: "渭南市朝阳大街1号".into(),
                postal_address_en: "1 Chaoyang Street, Weinan".into(),
                email: "li.jianguo@weinan.gov.cn".into(),
                mobile: "+86 139 9132 0101".into(),
                fax: "+86 913 212 0102".into(),
                assistant_name_zh: "周晓雯".into(),
                assistant_name_en: "Zhou Xiaowen".into(),
                assistant_email: "zhou.xiaowen@weinan.gov.cn".into(),
            },
            high_level_rep: HighLevelRepresentative {
                name_zh: "王志立".into(),
                name_en: "Wang Zhili".into(),
                title_zh: "市长".into(),
                title_en: "Mayor".into(),
            },
            ..Dialogue::default()
        }
    }

    #[test]
    fn a_complete_form_has_no_problems() {
        assert_eq!(membership_form_problems(&dialogue()), vec![]);
    }

    #[test]
    fn every_missing_form_field_is_named_with_the_dialogue_form_path() {
        let mut d = dialogue();
        d.focal_point.title_zh.clear();
        d.focal_point.mobile = "call me".into();
        d.focal_point.assistant_email = "zhou@".into();
        let problems: Vec<_> = membership_form_problems(&d)
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect();
        assert_eq!(
            problems,
            vec![
                ("focalPoint.titleZh".to_owned(), FieldProblem::Required),
                ("focalPoint.mobile".to_owned(), FieldProblem::InvalidPhone),
                (
                    "focalPoint.assistantEmail".to_owned(),
                    FieldProblem::InvalidEmail
                ),
            ]
        );
    }

    #[test]
    fn what_the_dialogue_form_calls_optional_never_blocks_the_form() {
        let mut d = dialogue();
        d.focal_point.mobile.clear();
        d.focal_point.fax.clear();
        d.focal_point.assistant_name_zh = "  ".into();
        d.focal_point.assistant_name_en.clear();
        d.focal_point.assistant_email.clear();
        assert_eq!(d.validate(), Ok(()));
        assert_eq!(membership_form_problems(&d), vec![]);
        // And what it requires, the form requires too.
        let mut d = dialogue();
        d.focal_point.postal_address_zh.clear();
        d.focal_point.postal_address_en.clear();
        assert!(d.validate().is_err());
        assert_eq!(membership_form_problems(&d).len(), 2);
        // The dialogue saves with one language; the form asks for the other.
        let mut d = dialogue();
        d.focal_point.administration_en.clear();
        assert_eq!(d.validate(), Ok(()));
        let problems = membership_form_problems(&d);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "focalPoint.administrationEn");
    }

    #[test]
    fn an_assistant_named_in_one_language_is_asked_for_in_the_other() {
        let mut d = dialogue();
        d.focal_point.assistant_name_en.clear();
        assert_eq!(d.validate(), Ok(()));
        let problems = membership_form_problems(&d);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "focalPoint.assistantNameEn");
        assert_eq!(problems[0].problem, FieldProblem::Required);
        let mut d = dialogue();
        d.focal_point.assistant_name_zh = " ".into();
        let fields: Vec<_> = membership_form_problems(&d)
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["focalPoint.assistantNameZh"]);
    }

    #[test]
    fn membership_is_signed_by_the_focal_point_then_the_representative() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 23);
        let decl = Declaration::membership(&dialogue(), date);
        assert_eq!(decl.kind, DeclarationKind::Membership);
        assert_eq!(decl.validate(), Ok(()));
        let roles: Vec<_> = decl.signers.iter().map(|s| s.role.as_str()).collect();
        assert_eq!(roles, [roles::FOCAL_POINT, roles::HIGH_LEVEL_REP]);
        assert_eq!(decl.signers[0].name, "李建国 Li Jianguo");
        assert_eq!(decl.signers[1].title, "市长 Mayor");
        assert_eq!(
            decl.next_to_sign(&[]).map(|s| s.role.as_str()),
            Some(roles::FOCAL_POINT)
        );
        assert_eq!(
            decl.next_to_sign(&[roles::FOCAL_POINT])
                .map(|s| s.role.as_str()),
            Some(roles::HIGH_LEVEL_REP)
        );
        assert_eq!(
            decl.next_to_sign(&[roles::FOCAL_POINT, roles::HIGH_LEVEL_REP]),
            None
        );
    }

    #[test]
    fn a_template_gives_a_valid_custom_declaration() {
        let decl = DeclarationTemplate::CircularEconomy.instantiate(
            &dialogue(),
            NaiveDate::from_ymd_opt(2026, 11, 23),
            |id| format!("中{id}"),
            |id| format!("en {id}"),
        );
        assert_eq!(decl.validate(), Ok(()));
        assert_eq!(decl.title_en, "en decl-ce-title");
        assert_eq!(decl.sections.len(), 5);
        assert!(decl.sections[4].paragraphs.iter().all(|p| p.bullet));
        assert_eq!(decl.signers[0].role, roles::HIGH_LEVEL_REP);
    }

    #[test]
    fn an_empty_custom_declaration_names_every_problem() {
        let mut decl = Declaration {
            signers: vec![
                DeclarationSigner::new("mayor", "", ""),
                DeclarationSigner::new("mayor", "Wang", ""),
            ],
            ..Declaration::default()
        };
        decl.sections.push(DeclarationSection {
            paragraphs: vec![BilingualParagraph::new("长".repeat(MAX_PARAGRAPH + 1), "")],
            ..DeclarationSection::default()
        });
        let fields: Vec<_> = decl
            .validate()
            .expect_err("invalid")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "titleZh",
                "sections.0.paragraphs.0.zh",
                "signers.0.name",
                "signers.1.role",
                "placeZh",
                "date"
            ]
        );
    }

    #[test]
    fn drawn_signatures_are_checked() {
        let empty = DrawnSignature::default();
        assert_eq!(
            empty.validate().map_err(|e| e.problem),
            Err(FieldProblem::Required)
        );
        let outside = DrawnSignature {
            strokes: vec![vec![(0.5, 0.5), (1.2, 0.5)]],
        };
        assert_eq!(
            outside.validate().map_err(|e| e.problem),
            Err(FieldProblem::OutOfRange)
        );
        let nan = DrawnSignature {
            strokes: vec![vec![(f32::NAN, 0.5)]],
        };
        assert!(nan.validate().is_err());
        let huge = DrawnSignature {
            strokes: vec![vec![(0.5, 0.5); MAX_SIGNATURE_POINTS + 1]],
        };
        assert_eq!(
            huge.validate().map_err(|e| e.problem),
            Err(FieldProblem::TooLong)
        );
        let dot = DrawnSignature {
            strokes: vec![vec![(0.5, 0.5)]],
        };
        assert_eq!(dot.validate(), Ok(()));
    }

    #[test]
    fn simplification_keeps_the_shape_and_drops_collinear_points() {
        let line: Vec<(f32, f32)> = (0..=100).map(|i| (i as f32 / 100.0, 0.5)).collect();
        let mut corner = line.clone();
        corner.push((1.0, 0.9));
        let sig = DrawnSignature {
            strokes: vec![line, corner, vec![(0.3, 0.3)]],
        };
        let s = sig.simplified(0.002);
        assert_eq!(s.strokes[0], vec![(0.0, 0.5), (1.0, 0.5)]);
        assert_eq!(s.strokes[1], vec![(0.0, 0.5), (1.0, 0.5), (1.0, 0.9)]);
        assert_eq!(s.strokes[2], vec![(0.3, 0.3)]);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn section_numbers() {
        let romans: Vec<_> = (1..=5).map(roman).collect();
        assert_eq!(romans, ["I", "II", "III", "IV", "V"]);
        assert_eq!(roman(14), "XIV");
        let zh: Vec<_> = [1, 5, 10, 11, 20, 23]
            .into_iter()
            .map(chinese_numeral)
            .collect();
        assert_eq!(zh, ["一", "五", "十", "十一", "二十", "二十三"]);
    }

    #[test]
    fn kinds_round_trip() {
        for kind in DeclarationKind::ALL {
            assert_eq!(DeclarationKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(DeclarationKind::from_key("vision"), None);
    }
}
