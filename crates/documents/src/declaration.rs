//! Declarations as documents: the CNSC membership declaration (its fixed text I–V from
//! `locales/*/declarations.ftl`, with the focal point's form filled in) and custom
//! declarations written as bilingual paragraphs, in English, Chinese or both (paired
//! paragraphs: the Chinese, then the English in grey). Signers sign on lines, with their
//! drawn signature when they have drawn one.

use std::collections::HashMap;

use concord_domain::declaration::{chinese_numeral, roman};
use concord_domain::{
    BilingualParagraph, Declaration, DeclarationKind, DeclarationSection, Dialogue, DrawnSignature,
    declaration::roles,
};
use concord_i18n::{FluentValue, I18n, Locale};

pub use crate::minutes::Language;
use crate::voice::Voice;
use crate::{Align, Block, Document, Ink, KeyValue, Signer};

/// Everything a declaration shows, loaded by the caller.
#[derive(Debug)]
pub struct DeclarationInput<'a> {
    pub dialogue: &'a Dialogue,
    pub declaration: &'a Declaration,
    /// Drawn signatures by the signer's role key.
    pub signatures: HashMap<String, DrawnSignature>,
    /// Printed under the page label of every page (the signing certificate's fingerprint).
    pub footer_note: Option<String>,
}

/// Fluent ids of the sections I–IV of the membership declaration: heading, paragraphs,
/// then the items of a list.
const MEMBERSHIP_SECTIONS: [(&str, &[&str], &[&str]); 4] = [
    ("decl-membership-s1", &["decl-membership-s1-p1"], &[]),
    (
        "decl-membership-s2",
        &["decl-membership-s2-p1", "decl-membership-s2-p2"],
        &[],
    ),
    (
        "decl-membership-s3",
        &[
            "decl-membership-s3-p1",
            "decl-membership-s3-p2",
            "decl-membership-s3-p3",
            "decl-membership-s3-p4",
            "decl-membership-s3-p5",
            "decl-membership-s3-p6",
            "decl-membership-s3-p7",
            "decl-membership-s3-p8",
            "decl-membership-s3-p9",
        ],
        &[],
    ),
    (
        "decl-membership-s4",
        &["decl-membership-s4-intro"],
        &[
            "decl-membership-s4-b1",
            "decl-membership-s4-b2",
            "decl-membership-s4-b3",
            "decl-membership-s4-b4",
            "decl-membership-s4-b5",
            "decl-membership-s4-b6",
            "decl-membership-s4-b7",
            "decl-membership-s4-b8",
        ],
    ),
];

/// The Fluent id of the label of a membership form field, by its path in the dialogue form.
pub fn form_field_label(path: &str) -> Option<&'static str> {
    Some(match path {
        "focalPoint.familyNameZh" => "decl-form-family-name-zh",
        "focalPoint.familyNameEn" => "decl-form-family-name-en",
        "focalPoint.firstNameZh" => "decl-form-first-name-zh",
        "focalPoint.firstNameEn" => "decl-form-first-name-en",
        "focalPoint.titleZh" => "decl-form-title-zh",
        "focalPoint.titleEn" => "decl-form-title-en",
        "focalPoint.administrationZh" => "decl-form-administration-zh",
        "focalPoint.administrationEn" => "decl-form-administration-en",
        "focalPoint.economy" => "decl-form-economy",
        "focalPoint.postalAddressZh" => "decl-form-postal-address-zh",
        "focalPoint.postalAddressEn" => "decl-form-postal-address-en",
        "focalPoint.email" => "decl-form-email",
        "focalPoint.mobile" => "decl-form-mobile",
        "focalPoint.fax" => "decl-form-fax",
        "focalPoint.assistantNameZh" => "decl-form-assistant-name-zh",
        "focalPoint.assistantNameEn" => "decl-form-assistant-name-en",
        "focalPoint.assistantEmail" => "decl-form-assistant-email",
        _ => return None,
    })
}

/// Lays a declaration out as a document, ready to render. The membership form is not
/// checked here: the caller refuses an incomplete one first
/// ([`concord_domain::membership_form_problems`]).
pub fn declaration_document(input: &DeclarationInput<'_>, language: Language) -> Document {
    let voice = Voice::new(language);
    let mut doc = match input.declaration.kind {
        DeclarationKind::Membership => membership(input, &voice),
        DeclarationKind::Custom => custom(input, &voice),
    };
    closing(&mut doc, input, &voice);
    if let Some(note) = input.footer_note.as_ref().filter(|n| !n.trim().is_empty()) {
        doc = doc.with_footer_note(note.clone());
    }
    doc
}

/// The footer note of a digitally signed declaration: the signing certificate's fingerprint,
/// in the document's language (both labels in a bilingual one).
pub fn fingerprint_footer(language: Language, fingerprint: &str) -> String {
    let args = [("fingerprint", FluentValue::from(fingerprint))];
    let (zh, en) = (I18n::shared(Locale::ZhCn), I18n::shared(Locale::En));
    match language {
        Language::En => en.fmt("decl-footer-fingerprint", &args),
        Language::ZhCn => zh.fmt("decl-footer-fingerprint", &args),
        Language::Bilingual => zh.fmt("decl-footer-fingerprint-bilingual", &args),
    }
}

/// The signature field of a signer role: the city's two signing roles each have one, named as
/// the signing step names them.
pub fn signature_field(role: &str) -> Option<&'static str> {
    match role {
        roles::FOCAL_POINT => Some("focal-point"),
        roles::HIGH_LEVEL_REP => Some("representative"),
        _ => None,
    }
}

/// A declaration's head: its title, the title's translation in a bilingual one, a subtitle.
fn frame(
    input: &DeclarationInput<'_>,
    voice: &Voice,
    (title, translation): (String, Option<String>),
    subtitle: String,
) -> Document {
    let dialogue = input.dialogue;
    let city = voice.joined(&dialogue.city_zh, &dialogue.city_en);
    let header_args = [("city", FluentValue::from(city.as_str()))];
    // Both languages would not fit one line; the Chinese header stands for the bilingual document.
    let header = match voice.language {
        Language::En => voice.en.fmt("doc-running-header", &header_args),
        Language::ZhCn | Language::Bilingual => voice.zh.fmt("doc-running-header", &header_args),
    };
    let fp = &dialogue.focal_point;
    let mut doc = Document::new(title)
        .with_language(voice.language.tag())
        .with_author(voice.joined(&fp.name_zh(), &fp.name_en()))
        .with_header(header)
        .with_page_label(voice.page_label());
    doc.metadata.other_languages = voice.language.other_tags();
    if !subtitle.trim().is_empty() {
        doc = doc.with_subtitle(subtitle);
    }
    doc.title_translation = translation;
    doc
}

fn membership(input: &DeclarationInput<'_>, voice: &Voice) -> Document {
    let title = match voice.language {
        Language::En | Language::ZhCn => (voice.one("decl-membership-title"), None),
        Language::Bilingual => (
            voice.zh.msg("decl-membership-title"),
            Some(voice.en.msg("decl-membership-title")),
        ),
    };
    let subtitle = voice.caption("decl-membership-subtitle");
    let mut doc = frame(input, voice, title, subtitle);
    for (index, (heading, paragraphs, items)) in MEMBERSHIP_SECTIONS.iter().enumerate() {
        voice.section_heading(&mut doc, Some(index as u32 + 1), heading);
        for id in *paragraphs {
            voice.text(&mut doc, id, &[], false);
        }
        for id in *items {
            voice.text(&mut doc, id, &[], true);
        }
    }

    voice.section_heading(&mut doc, Some(5), "decl-membership-s5");
    // Each language names the undersigned in its own words.
    let fp = &input.dialogue.focal_point;
    let undersigned = |language: Language| {
        let own = Voice::shared(language);
        let args = [
            (
                "name",
                FluentValue::from(own.own(&fp.name_zh(), &fp.name_en())),
            ),
            // The administration is named next: the title says the position only.
            (
                "title",
                FluentValue::from(own.own(fp.position_zh(), fp.position_en())),
            ),
            (
                "administration",
                FluentValue::from(own.own(&fp.administration_zh, &fp.administration_en)),
            ),
            ("economy", FluentValue::from(economy_in(own, &fp.economy))),
        ];
        own.one_fmt("decl-membership-s5-undersigned", &args)
    };
    voice.paragraph(
        &mut doc,
        &BilingualParagraph {
            zh: undersigned(Language::ZhCn),
            en: undersigned(Language::En),
            bullet: false,
        },
    );
    doc.push(Block::h3(voice.label("decl-form-heading")));
    doc.push(Block::KeyValue(form(input.dialogue, voice)));
    voice.text(&mut doc, "decl-membership-s5-efforts", &[], false);
    doc
}

/// The economy in the document's language when it is an APEC economy's name, else as entered.
fn economy_in(voice: &Voice, economy: &str) -> String {
    match concord_domain::economy::economy_names(economy) {
        Some((zh, en)) => voice.own(zh, en),
        None => economy.trim().to_owned(),
    }
}

/// The membership form, one line per field, filled from the dialogue.
fn form(dialogue: &Dialogue, voice: &Voice) -> Vec<KeyValue> {
    let fp = &dialogue.focal_point;
    let own = |zh: &str, en: &str| voice.own(zh, en);
    let value = |zh: &str, en: &str| voice.own_value(zh, en);
    [
        (
            "decl-form-family-name",
            own(&fp.family_name_zh, &fp.family_name_en),
        ),
        (
            "decl-form-first-name",
            own(&fp.first_name_zh, &fp.first_name_en),
        ),
        ("decl-form-title", value(&fp.title_zh, &fp.title_en)),
        (
            "decl-form-administration",
            value(&fp.administration_zh, &fp.administration_en),
        ),
        ("decl-form-city", own(&dialogue.city_zh, &dialogue.city_en)),
        ("decl-form-economy", economy_in(voice, &fp.economy)),
        (
            "decl-form-postal-address",
            value(&fp.postal_address_zh, &fp.postal_address_en),
        ),
        ("decl-form-email", fp.email.clone()),
        ("decl-form-mobile", fp.mobile.clone()),
        ("decl-form-fax", fp.fax.clone()),
        (
            "decl-form-assistant-name",
            own(&fp.assistant_name_zh, &fp.assistant_name_en),
        ),
        ("decl-form-assistant-email", fp.assistant_email.clone()),
    ]
    .into_iter()
    .map(|(id, value)| KeyValue::new(voice.label(id), value.trim()))
    .collect()
}

fn custom(input: &DeclarationInput<'_>, voice: &Voice) -> Document {
    let decl = input.declaration;
    let mut doc = frame(
        input,
        voice,
        voice.pair(&decl.title_zh, &decl.title_en),
        String::new(),
    );
    let mut number = 0;
    for section in &decl.sections {
        let numbered = section.numbered.then(|| {
            number += 1;
            number
        });
        custom_section(&mut doc, section, numbered, voice);
    }
    doc
}

fn custom_section(
    doc: &mut Document,
    section: &DeclarationSection,
    number: Option<u32>,
    voice: &Voice,
) {
    let (heading, heading_en) = voice.pair(&section.heading_zh, &section.heading_en);
    if !heading.is_empty() {
        let zh = number.map_or(heading.clone(), |n| {
            voice.numbered(Locale::ZhCn, n, &heading)
        });
        let (main, second) = match voice.language {
            Language::En => (
                number.map_or(heading.clone(), |n| voice.numbered(Locale::En, n, &heading)),
                None,
            ),
            Language::ZhCn => (zh, None),
            Language::Bilingual => (
                zh,
                heading_en
                    .map(|en| number.map_or(en.clone(), |n| voice.numbered(Locale::En, n, &en))),
            ),
        };
        let mut h = Block::h2(main);
        if let Some(second) = second {
            h = h.with_secondary(second);
        }
        doc.push(h);
    }
    for p in &section.paragraphs {
        voice.paragraph(doc, p);
    }
}

/// Place, date and the signers, kept together on one page: what is signed is dated.
fn closing(doc: &mut Document, input: &DeclarationInput<'_>, voice: &Voice) {
    let decl = input.declaration;
    let date = match decl.date {
        Some(date) => match voice.language {
            Language::En => voice.en.date(date),
            Language::ZhCn => voice.zh.date(date),
            Language::Bilingual => format!("{} / {}", voice.zh.date(date), voice.en.date(date)),
        },
        None => voice.label("decl-date-open"),
    };
    let colon = if voice.language == Language::En {
        ": "
    } else {
        "："
    };
    let place_date = format!(
        "{}{colon}{}\n{}{colon}{date}",
        voice.label("decl-place"),
        voice.joined(&decl.place_zh, &decl.place_en),
        voice.label("decl-date"),
    );
    let signers: Vec<Signer> = decl
        .signers
        .iter()
        .map(|s| {
            let id = format!("decl-role-{}", s.role);
            let role = if voice.en.has(&id) {
                voice.caption(&id)
            } else {
                s.role.clone()
            };
            // Signers are kept Chinese first ("李建国 Li Jianguo"): each language its own.
            let mut signer = Signer::new(role, voice.own_split(&s.name), voice.own_split(&s.title));
            if let Some(field) = signature_field(&s.role) {
                signer = signer.signing_in(field);
            }
            match input.signatures.get(&s.role) {
                Some(drawn) => signer.with_drawn(Ink::from(drawn)),
                None => signer,
            }
        })
        .collect();
    if !signers.is_empty() {
        doc.push(Block::h2(voice.label("decl-signatures")));
    }
    doc.push(
        Block::paragraph(place_date)
            .with_align(Align::Left)
            .keep_with_next(),
    );
    if !signers.is_empty() {
        doc.push(Block::signatures(signers));
    }
}

/// What only declarations say, on the documents' shared voice.
impl Voice {
    /// `I. Introduction` or `一、引言`.
    fn numbered(&self, locale: Locale, number: u32, title: &str) -> String {
        let (i18n, number) = match locale {
            Locale::En => (&self.en, roman(number)),
            Locale::ZhCn => (&self.zh, chinese_numeral(number)),
        };
        i18n.fmt(
            "decl-section-heading",
            &[
                ("number", FluentValue::from(number)),
                ("title", FluentValue::from(title)),
            ],
        )
    }

    /// A section heading from a Fluent id, numbered in each language's style.
    fn section_heading(&self, doc: &mut Document, number: Option<u32>, id: &str) {
        let title = |locale: Locale| {
            let i18n = match locale {
                Locale::En => &self.en,
                Locale::ZhCn => &self.zh,
            };
            let text = i18n.msg(id);
            number.map_or(text.clone(), |n| self.numbered(locale, n, &text))
        };
        let heading = match self.language {
            Language::En => Block::h2(title(Locale::En)),
            Language::ZhCn => Block::h2(title(Locale::ZhCn)),
            Language::Bilingual => Block::h2(title(Locale::ZhCn)).with_secondary(title(Locale::En)),
        };
        doc.push(heading);
    }

    /// A paragraph of the fixed text from a Fluent id, in one or both languages.
    fn text(&self, doc: &mut Document, id: &str, args: &[(&str, FluentValue<'_>)], bullet: bool) {
        let p = BilingualParagraph {
            zh: self.zh.fmt(id, args),
            en: self.en.fmt(id, args),
            bullet,
        };
        self.paragraph(doc, &p);
    }

    /// A bilingual paragraph: in bilingual documents the Chinese and the English side by side;
    /// list items get a bullet.
    fn paragraph(&self, doc: &mut Document, p: &BilingualParagraph) {
        let (main, second) = self.pair(&p.zh, &p.en);
        if main.is_empty() {
            return;
        }
        let mark = |text: String| {
            if p.bullet {
                format!("{}{text}", crate::layout::BULLET)
            } else {
                text
            }
        };
        let align = if p.bullet {
            Align::Left
        } else {
            Align::Justify
        };
        match second {
            // Parallel columns: the Chinese left, the English right, in equal weight.
            Some(en) => {
                doc.push(Block::parallel(mark(main), mark(en)).with_align(align));
            }
            None => {
                doc.push(Block::paragraph(mark(main)).with_align(align));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::{DeclarationTemplate, FocalPoint, HighLevelRepresentative};

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
                title_zh: "渭南市市长".into(),
                title_en: "Mayor of Weinan".into(),
            },
            ..Dialogue::default()
        }
    }

    fn text_of(doc: &Document) -> String {
        let layout = doc.layout().expect("layout");
        layout.pages().iter().map(|p| p.text()).collect()
    }

    #[test]
    fn membership_sections_are_numbered_in_each_language() {
        let d = dialogue();
        let decl = Declaration::membership(&d, chrono::NaiveDate::from_ymd_opt(2026, 11, 23));
        let input = DeclarationInput {
            dialogue: &d,
            declaration: &decl,
            signatures: HashMap::new(),
            footer_note: None,
        };
        let en = text_of(&declaration_document(&input, Language::En));
        for heading in [
            "I. Introduction",
            "III. Main Activities",
            "V. How to join the network",
        ] {
            assert!(en.contains(heading), "{heading} missing");
        }
        assert!(en.contains("23 November 2026"));
        let zh = text_of(&declaration_document(&input, Language::ZhCn));
        for heading in ["一、引言", "四、会员权益", "五、如何加入网络"] {
            assert!(zh.contains(heading), "{heading} missing");
        }
        assert!(zh.contains("2026 年 11 月 23 日"));
        let both = text_of(&declaration_document(&input, Language::Bilingual));
        assert!(both.contains("二、宗旨") && both.contains("II. Purpose"));
        assert!(both.contains("2026 年 11 月 23 日 / 23 November 2026"));
    }

    fn membership_input(d: &Dialogue) -> Declaration {
        Declaration::membership(d, chrono::NaiveDate::from_ymd_opt(2026, 11, 23))
    }

    fn export(d: &Dialogue, language: Language) -> (String, Document) {
        let decl = membership_input(d);
        let input = DeclarationInput {
            dialogue: d,
            declaration: &decl,
            signatures: HashMap::new(),
            footer_note: None,
        };
        let doc = declaration_document(&input, language);
        (text_of(&doc), doc)
    }

    #[test]
    fn a_chinese_declaration_names_its_people_in_chinese_only() {
        let (zh, doc) = export(&dialogue(), Language::ZhCn);
        for chinese in [
            "李建国",
            "周晓雯",
            "副秘书长",
            "渭南市人民政府",
            "渭南市朝阳大街 1 号",
            "王志立",
            "渭南市市长",
        ] {
            assert!(zh.contains(chinese), "{chinese} missing");
        }
        for latin in [
            "Li Jianguo",
            "Jianguo",
            "Zhou Xiaowen",
            "Deputy Secretary",
            "Wang Zhili",
            "Mayor",
            "Chaoyang Street",
        ] {
            assert!(!zh.contains(latin), "{latin} in the Chinese declaration");
        }
        assert_eq!(doc.metadata.author, "李建国");
        let (en, doc) = export(&dialogue(), Language::En);
        for chinese in ["李建国", "周晓雯", "副秘书长", "王志立", "渭南市市长"] {
            assert!(
                !en.contains(chinese),
                "{chinese} in the English declaration"
            );
        }
        assert!(en.contains("Li Jianguo") && en.contains("Mayor of Weinan"));
        assert!(en.contains("Zhou Xiaowen"));
        assert_eq!(doc.metadata.author, "Li Jianguo");
        let (both, doc) = export(&dialogue(), Language::Bilingual);
        assert!(both.contains("李建国") && both.contains("Li Jianguo"));
        assert_eq!(doc.metadata.author, "李建国 Li Jianguo");
    }

    #[test]
    fn a_missing_translation_is_said_beside_the_text() {
        let mut d = dialogue();
        d.focal_point.title_zh.clear();
        d.high_level_rep.name_en.clear();
        let (zh, _) = export(&d, Language::ZhCn);
        assert!(
            zh.contains("Deputy Secretary-General（仅有英文原文）"),
            "{zh}"
        );
        let (en, _) = export(&d, Language::En);
        assert!(en.contains("王志立 (Chinese original only)"), "{en}");
        assert!(!en.contains("English original only"));
    }

    #[test]
    fn drawn_signature_and_footer_note_are_placed() {
        let d = dialogue();
        let decl = Declaration::membership(&d, None);
        let sig = DrawnSignature {
            strokes: vec![vec![(0.0, 0.0), (0.5, 1.0), (1.0, 0.5)]],
        };
        let input = DeclarationInput {
            dialogue: &d,
            declaration: &decl,
            signatures: HashMap::from([("focal-point".to_owned(), sig)]),
            footer_note: Some("Certificate SHA-256 AB:CD".into()),
        };
        let layout = declaration_document(&input, Language::En)
            .layout()
            .expect("layout");
        let last = layout.pages().last().expect("a page");
        let strokes: Vec<_> = last
            .items
            .iter()
            .filter_map(|i| match i {
                crate::layout::Item::Strokes(s) => Some(s),
                _ => None,
            })
            .collect();
        assert_eq!(strokes.len(), 1, "only the focal point has drawn");
        for page in layout.pages() {
            assert!(page.text().contains("Certificate SHA-256 AB:CD"));
        }
        assert!(text_of(&declaration_document(&input, Language::En)).contains("(to be dated)"));
    }

    #[test]
    fn a_custom_declaration_pairs_its_paragraphs() {
        let d = dialogue();
        let decl = DeclarationTemplate::CircularEconomy.instantiate(
            &d,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
            |id| I18n::new(Locale::ZhCn).msg(id),
            |id| I18n::new(Locale::En).msg(id),
        );
        let input = DeclarationInput {
            dialogue: &d,
            declaration: &decl,
            signatures: HashMap::new(),
            footer_note: None,
        };
        let both = text_of(&declaration_document(&input, Language::Bilingual));
        assert!(both.contains("亚洲循环城市宣言") && both.contains("Asian Circular Cities"));
        let zh_at = both.find("• 制定明确的循环经济目标").expect("zh item");
        let en_at = both.find("• Establishing clear circular").expect("en item");
        assert!(zh_at < en_at, "the Chinese comes first");
        let en = text_of(&declaration_document(&input, Language::En));
        assert!(
            !en.contains("循环"),
            "an English document has no Chinese text"
        );
    }
}
