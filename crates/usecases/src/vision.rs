//! The vision declaration: one version of the Vision as a PDF in English, Chinese or both
//! (paired paragraphs), how and when it was adopted or, for a version not adopted, a DRAFT mark
//! in the running header of every page; signature lines for the focal point and the high-level
//! representative; the annex "Changes since version N" with insertions and deletions marked by
//! brackets, not colour. Signed digitally through the same path as the declarations. The
//! window's Export button and `concord export vision` both run [`export_vision`].

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use concord_documents::{Align, Block, Document, Ink, KeyValue, Signer, Voice};
use concord_domain::Dialogue;
use concord_i18n::{FluentValue, I18n};
use concord_signing::CityRole;
use concord_store::vision_signatures::{VisionSignature, VisionSigner};
use concord_store::{Store, StoreError, StoredVersion, VisionRefusal};
use concord_vision::{Paragraph, SectionKind, Version, VersionState};

use crate::city_document::{city_document, place_and_date, running_header};
use crate::signing::DocumentSigning;
use crate::{ExportedPdf, Language, UseCaseError, city_for_file_name, language_suffix};

mod annex;
use annex::annex;
pub use annex::marked_spans;
pub(crate) use annex::place_of;

/// Which version to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionChoice {
    Number(u32),
    /// The version adopted now; refused when none is.
    Adopted,
}

/// Where and how a version was adopted, as the declaration states it.
#[derive(Debug, Clone)]
struct AdoptedIn {
    meeting_zh: String,
    meeting_en: String,
    question_number: u32,
    outcome: String,
    at: NaiveDateTime,
}

/// The chosen version of the Vision.
pub fn find_version(store: &Store, choice: VersionChoice) -> Result<StoredVersion, UseCaseError> {
    match choice {
        VersionChoice::Number(number) => Ok(store.vision_version(Some(number))?),
        VersionChoice::Adopted => store
            .vision_versions()?
            .into_iter()
            .find(|v| v.version.state == VersionState::Adopted)
            .ok_or(UseCaseError::NoAdoptedVision),
    }
}

/// The declaration of the chosen version. With `signer`, the keys beside `db` sign it
/// (created on first use) and the certificate's fingerprint is printed in the footer first.
pub fn export_vision(
    store: &Store,
    db: &Path,
    choice: VersionChoice,
    language: Language,
    signer: Option<CityRole>,
    now: DateTime<FixedOffset>,
) -> Result<ExportedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let stored = find_version(store, choice)?;
    let version = &stored.version;
    let previous = match version.number.checked_sub(1).filter(|n| *n > 0) {
        Some(n) => match store.vision_version(Some(n)) {
            Ok(previous) => Some(previous.version),
            Err(StoreError::Vision(VisionRefusal::VersionNotFound { .. })) => None,
            Err(other) => return Err(other.into()),
        },
        None => None,
    };
    let adopted_in = match &stored.adoption {
        Some(adoption) => {
            let question = store.question(adoption.question_id)?;
            let meeting = store.meeting(question.question.meeting_id)?.meeting;
            Some(AdoptedIn {
                meeting_zh: meeting.title_zh,
                meeting_en: meeting.title_en,
                question_number: crate::minutes::printed_number(store, &question)?,
                outcome: adoption.outcome.clone(),
                at: adoption.at,
            })
        }
        None => None,
    };
    let signing = signer.map(|role| DocumentSigning {
        db,
        dialogue: &dialogue,
        role,
        now,
    });
    let footer_note = match &signing {
        Some(signing) => Some(signing.footer_note(language)?),
        None => None,
    };
    let drawn = store.vision_signatures(version.number)?;
    let input = VisionInput {
        dialogue: &dialogue,
        version,
        previous: previous.as_ref(),
        adopted_in: adopted_in.as_ref(),
        drawn: &drawn,
    };
    let mut document = vision_document(&input, language);
    if let Some(note) = footer_note {
        document = document.with_footer_note(note);
    }
    if let Some(signing) = &signing {
        signing.mark(&mut document, language)?;
    }
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, document)?.render()?;
    let bytes = match &signing {
        Some(signing) => signing.sign(&pdf.bytes, language)?,
        None => pdf.bytes,
    };
    Ok(ExportedPdf {
        bytes,
        pages: pdf.page_count,
        file_name: file_name(&dialogue, &stored, language, signer.is_some()),
    })
}

/// `Weinan-vision-v3-bilingual-signed.pdf`; a version not adopted says `-draft`.
fn file_name(
    dialogue: &Dialogue,
    stored: &StoredVersion,
    language: Language,
    signed: bool,
) -> String {
    let version = &stored.version;
    let city = city_for_file_name(&dialogue.city_en);
    let draft = if stored.adoption.is_none() {
        "-draft"
    } else {
        ""
    };
    let signed = if signed { "-signed" } else { "" };
    format!(
        "{city}-vision-v{}-{}{draft}{signed}.pdf",
        version.number,
        language_suffix(language)
    )
}

/// Everything the declaration shows, loaded by [`export_vision`].
struct VisionInput<'a> {
    dialogue: &'a Dialogue,
    version: &'a Version,
    previous: Option<&'a Version>,
    adopted_in: Option<&'a AdoptedIn>,
    /// The signatures drawn on the version, if any.
    drawn: &'a [VisionSignature],
}

/// The two bundles and the document's language.
struct Speech {
    voice: &'static Voice,
}

impl Speech {
    fn each(&self) -> Vec<&I18n> {
        match self.voice.language {
            Language::En => vec![&self.voice.en],
            Language::ZhCn => vec![&self.voice.zh],
            Language::Bilingual => vec![&self.voice.zh, &self.voice.en],
        }
    }

    /// `zh` then `en` on two lines in bilingual documents, else the one.
    fn both(&self, say: impl Fn(&I18n) -> String) -> String {
        self.each()
            .into_iter()
            .map(say)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A heading: the Chinese with the English below it in bilingual documents.
    fn heading(&self, level: u8, say: impl Fn(&I18n) -> String) -> Block {
        let make = |text: String| match level {
            1 => Block::h1(text),
            2 => Block::h2(text),
            _ => Block::h3(text),
        };
        match self.voice.language {
            Language::En => make(say(&self.voice.en)).into(),
            Language::ZhCn => make(say(&self.voice.zh)).into(),
            Language::Bilingual => make(say(&self.voice.zh))
                .with_secondary(say(&self.voice.en))
                .into(),
        }
    }

    /// A sentence as a paragraph, the English in grey below the Chinese when bilingual.
    fn sentence(&self, doc: &mut Document, say: impl Fn(&I18n) -> String) {
        match self.voice.language {
            Language::En => doc.push(Block::paragraph(say(&self.voice.en))),
            Language::ZhCn => doc.push(Block::paragraph(say(&self.voice.zh))),
            Language::Bilingual => {
                doc.push(Block::paragraph(say(&self.voice.zh)).keep_with_next());
                doc.push(Block::secondary(say(&self.voice.en)))
            }
        };
    }
}

fn arg<'a>(name: &'a str, value: impl Into<FluentValue<'a>>) -> [(&'a str, FluentValue<'a>); 1] {
    [(name, value.into())]
}

/// Lays the declaration out, ready to render.
fn vision_document(input: &VisionInput<'_>, language: Language) -> Document {
    let speech = Speech {
        voice: Voice::shared(language),
    };
    let voice = &speech.voice;
    let version = input.version;
    let dialogue = input.dialogue;
    let city = |i18n: &I18n| match i18n.locale() {
        concord_i18n::Locale::En => dialogue.city_en.trim().to_owned(),
        concord_i18n::Locale::ZhCn => dialogue.city_zh.trim().to_owned(),
    };
    let number = version.number;
    let title = |i18n: &I18n| i18n.fmt("vision-doc-title", &arg("city", city(i18n)));
    let subtitle = |i18n: &I18n| i18n.fmt("vision-doc-subtitle", &arg("number", number));
    let (main_title, subtitle_text) = match language {
        Language::En => (title(&voice.en), subtitle(&voice.en)),
        Language::ZhCn => (title(&voice.zh), subtitle(&voice.zh)),
        Language::Bilingual => (
            title(&voice.zh),
            format!("{}\n{}", subtitle(&voice.zh), subtitle(&voice.en)),
        ),
    };
    // Never adopted, whether still the draft or superseded by a later version.
    let draft = input.adopted_in.is_none();
    // The running header is on every page: a draft says so there, in each of its languages.
    let header = if draft {
        speech
            .each()
            .into_iter()
            .map(|i18n| {
                i18n.fmt(
                    "vision-doc-draft-header",
                    &[
                        ("city", FluentValue::from(city(i18n))),
                        ("number", FluentValue::from(number)),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    } else {
        running_header(dialogue, voice)
    };
    let mut doc = city_document(
        dialogue,
        voice,
        main_title,
        subtitle_text,
        header,
        title(&voice.en),
    );

    if draft {
        speech.sentence(&mut doc, |i18n| i18n.msg("vision-doc-draft-note"));
    }
    about(&mut doc, input, &speech);
    for section in &version.sections {
        doc.push(speech.heading(2, |i18n| section_title(i18n, &section.kind)));
        match section.kind {
            SectionKind::LongTermGoals => {
                if let Some(year) = version.neutrality_year {
                    speech.sentence(&mut doc, |i18n| {
                        i18n.fmt("vision-doc-neutrality", &arg("year", year))
                    });
                }
            }
            SectionKind::Sdgs if !version.sdgs.is_empty() => {
                let list = |i18n: &I18n| {
                    version
                        .sdgs
                        .iter()
                        .map(u8::to_string)
                        .collect::<Vec<_>>()
                        .join(i18n.locale().list_separator())
                };
                speech.sentence(&mut doc, |i18n| {
                    i18n.fmt("vision-doc-sdgs", &arg("list", list(i18n)))
                });
            }
            _ => {}
        }
        if section.paragraphs.is_empty() {
            doc.push(
                Block::secondary(speech.both(|i18n| i18n.msg("vision-doc-no-paragraphs")))
                    .with_align(Align::Left),
            );
        }
        for paragraph in &section.paragraphs {
            push_paragraph(&mut doc, paragraph, &speech);
        }
    }
    signatures(&mut doc, input, &speech);
    annex(&mut doc, input, &speech);
    doc
}

pub(crate) fn section_title(i18n: &I18n, kind: &SectionKind) -> String {
    let id = match kind {
        SectionKind::Purpose => "vision-doc-section-purpose",
        SectionKind::CoreValues => "vision-doc-section-core-values",
        SectionKind::LongTermGoals => "vision-doc-section-long-term-goals",
        SectionKind::Sdgs => "vision-doc-section-sdgs",
        SectionKind::Commitments => "vision-doc-section-commitments",
        SectionKind::Free { title_zh, title_en } => {
            let (zh, en) = (title_zh.trim(), title_en.trim());
            return match i18n.locale() {
                concord_i18n::Locale::En if !en.is_empty() => en.to_owned(),
                concord_i18n::Locale::ZhCn if !zh.is_empty() => zh.to_owned(),
                _ if zh.is_empty() => en.to_owned(),
                _ => zh.to_owned(),
            };
        }
    };
    i18n.msg(id)
}

/// One paragraph: in its language, or the Chinese kept with its English below in grey. A
/// language that is missing says so where it would stand; a one-language document then gives
/// the other text in grey, never silently in place of its own.
fn push_paragraph(doc: &mut Document, paragraph: &Paragraph, speech: &Speech) {
    let voice = &speech.voice;
    let (zh, en) = (paragraph.text_zh.trim(), paragraph.text_en.trim());
    let text_or_mark = |text: &str, i18n: &I18n| -> String {
        if text.is_empty() {
            i18n.msg("vision-doc-untranslated")
        } else if paragraph.not_yet_translated {
            format!("{text} {}", i18n.msg("vision-doc-translation-pending"))
        } else {
            text.to_owned()
        }
    };
    match voice.language {
        Language::En | Language::ZhCn => {
            let (own, other, i18n) = if voice.language == Language::En {
                (en, zh, &voice.en)
            } else {
                (zh, en, &voice.zh)
            };
            if own.is_empty() && other.is_empty() {
                return;
            }
            if own.is_empty() {
                doc.push(Block::paragraph(text_or_mark(own, i18n)).keep_with_next());
                doc.push(Block::secondary(other.to_owned()));
            } else {
                doc.push(Block::paragraph(text_or_mark(own, i18n)));
            }
        }
        Language::Bilingual => {
            if zh.is_empty() && en.is_empty() {
                return;
            }
            doc.push(Block::paragraph(text_or_mark(zh, &voice.zh)).keep_with_next());
            doc.push(Block::secondary(text_or_mark(en, &voice.en)));
        }
    }
}

/// The version, its state, who saved it, and where and how it was adopted.
fn about(doc: &mut Document, input: &VisionInput<'_>, speech: &Speech) {
    let voice = &speech.voice;
    let version = input.version;
    doc.push(speech.heading(3, |i18n| i18n.msg("vision-doc-about")));
    let state_id = match (version.state, input.adopted_in) {
        (VersionState::Superseded, None) => "vision-doc-state-superseded-draft".to_owned(),
        (state, _) => format!("vision-doc-state-{}", state.key()),
    };
    let saved = &version.saved;
    let mut lines = vec![
        KeyValue::new(
            voice.label("vision-doc-version"),
            version.number.to_string(),
        ),
        KeyValue::new(
            voice.label("vision-doc-state"),
            speech.both(|i| i.msg(&state_id)),
        ),
        KeyValue::new(
            voice.label("vision-doc-saved"),
            speech.both(|i18n| {
                i18n.fmt(
                    "vision-doc-saved-by",
                    &[
                        // "周晓雯 Zhou Xiaowen": each language names the person its way.
                        (
                            "by",
                            FluentValue::from(Voice::own_split_in(&saved.by, i18n)),
                        ),
                        ("at", FluentValue::from(i18n.datetime(saved.at))),
                    ],
                )
            }),
        ),
    ];
    if let Some(adopted) = input.adopted_in {
        let meeting = voice.pair(&adopted.meeting_zh, &adopted.meeting_en);
        let meeting = match meeting {
            (main, Some(second)) => format!("{main}\n{second}"),
            (main, None) => main,
        };
        let question = speech.both(|i18n| {
            i18n.fmt(
                "vision-doc-question",
                &arg("number", adopted.question_number),
            )
        });
        lines.push(KeyValue::new(
            voice.label("vision-doc-adopted-in"),
            format!("{meeting}\n{question}"),
        ));
        lines.push(KeyValue::new(
            voice.label("vision-doc-adopted-on"),
            speech.both(|i18n| i18n.date(adopted.at.date())),
        ));
        let outcome_id = format!("question-outcome-{}", adopted.outcome);
        lines.push(KeyValue::new(
            voice.label("vision-doc-outcome"),
            speech.both(|i18n| {
                if i18n.has(&outcome_id) {
                    i18n.msg(&outcome_id)
                } else {
                    adopted.outcome.clone()
                }
            }),
        ));
    }
    doc.push(Block::KeyValue(lines));
}

/// Signature lines for the focal point and the high-level representative, dated on adoption.
fn signatures(doc: &mut Document, input: &VisionInput<'_>, speech: &Speech) {
    let voice = &speech.voice;
    let dialogue = input.dialogue;
    let fp = &dialogue.focal_point;
    let hlr = &dialogue.high_level_rep;
    doc.push(Block::h2(voice.label("decl-signatures")));
    let date = match input.adopted_in {
        Some(adopted) => speech.both(|i18n| i18n.date(adopted.at.date())),
        None => voice.label("decl-date-open"),
    };
    place_and_date(doc, dialogue, voice, &date.replace('\n', " / "));
    let drawn =
        |role: VisionSigner, signer: Signer| match input.drawn.iter().find(|s| s.role == role) {
            Some(signed) => signer.with_drawn(Ink::from(&signed.signature)),
            None => signer,
        };
    doc.push(Block::signatures([
        drawn(
            VisionSigner::FocalPoint,
            Signer::new(
                voice.caption("decl-role-focal-point"),
                voice.own(&fp.name_zh(), &fp.name_en()),
                voice.own(&fp.title_zh, &fp.title_en),
            )
            .signing_in(CityRole::FocalPoint.key()),
        ),
        drawn(
            VisionSigner::Representative,
            Signer::new(
                voice.caption("decl-role-high-level-rep"),
                voice.own(&hlr.name_zh, &hlr.name_en),
                voice.own(&hlr.title_zh, &hlr.title_en),
            )
            .signing_in(CityRole::Representative.key()),
        ),
    ]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_vision::{ParagraphText, Saved};

    fn saved() -> Saved {
        Saved {
            by: "秘书处".into(),
            at: chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
                .and_then(|d| d.and_hms_opt(10, 0, 0))
                .unwrap_or_default(),
            note: String::new(),
        }
    }

    fn dialogue() -> Dialogue {
        Dialogue {
            city_zh: "渭南".into(),
            city_en: "Weinan".into(),
            ..Dialogue::default()
        }
    }

    fn texts(doc: &Document) -> String {
        doc.blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text.clone(),
                Block::Heading(h) => {
                    format!("{} {}", h.text, h.secondary.clone().unwrap_or_default())
                }
                _ => String::new(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn marks_say_inserted_and_deleted_without_colour() {
        let spans =
            concord_vision::diff_text("渭南𠮷祥", "渭南吉祥", concord_vision::Language::Chinese);
        assert_eq!(marked_spans(&spans), "渭南[−𠮷−][+吉+]祥");
    }

    #[test]
    fn a_missing_translation_is_said_in_the_documents_language() {
        let mut v1 = Version::first_draft(saved());
        let key = v1
            .add_paragraph(
                0,
                0,
                ParagraphText {
                    text_zh: "共建绿色渭南。".into(),
                    text_en: String::new(),
                    not_yet_translated: true,
                },
            )
            .unwrap_or(concord_vision::ParagraphKey(0));
        let d = dialogue();
        let input = VisionInput {
            dialogue: &d,
            version: &v1,
            previous: None,
            adopted_in: None,
            drawn: &[],
        };
        let en = texts(&vision_document(&input, Language::En));
        assert!(en.contains("[Not yet translated into English.]"), "{en}");
        let bilingual = texts(&vision_document(&input, Language::Bilingual));
        assert!(bilingual.contains("共建绿色渭南。"));
        assert!(bilingual.contains("[Not yet translated into English.]"));
        let mut v2 = v1.next_draft(saved());
        let _ = v2.edit_paragraph(
            key,
            ParagraphText {
                text_zh: "共建绿色韧性渭南。".into(),
                text_en: "A green, resilient Weinan.".into(),
                not_yet_translated: false,
            },
        );
        let input = VisionInput {
            dialogue: &d,
            version: &v2,
            previous: Some(&v1),
            adopted_in: None,
            drawn: &[],
        };
        let doc = vision_document(&input, Language::Bilingual);
        assert!(doc.header.as_deref().unwrap_or_default().contains("草案"));
        assert!(doc.header.as_deref().unwrap_or_default().contains("DRAFT"));
        let text = texts(&doc);
        assert!(text.contains("共建绿色[+韧性+]渭南。"), "{text}");
        assert!(text.contains("[+A green, resilient Weinan.+]"), "{text}");
    }
}
