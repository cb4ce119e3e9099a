//! Declarations: the CNSC membership declaration filled from the dialogue, declarations made
//! from a template, the signatures their signers draw in turn, a preview built from the same
//! document blocks as the PDF, and the export (optionally signed digitally, exactly as
//! `concord export declaration --sign` signs) with the city's certificate for partners.

use std::collections::HashMap;

use concord_documents::declaration::{
    DeclarationInput, Language, declaration_document, fingerprint_footer, form_field_label,
};
use concord_documents::{Align, Block, HeadingLevel, TextStyle};
use concord_domain::{
    BilingualParagraph, Declaration, DeclarationKind, DeclarationSection, DeclarationSigner,
    DeclarationTemplate, Dialogue, DrawnSignature, membership_form_problems,
};
use concord_i18n::{FluentValue, I18n, Locale};
use concord_signing::{CityRole, SigningError};
use concord_store::{Store, StoreError};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

/// A declaration with what its screen shows: who has signed, whose turn it is, and for the
/// membership declaration every field of the focal point's form that is missing.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeclarationView {
    pub declaration: Declaration,
    /// In the order they were drawn.
    pub signatures: Vec<SignatureView>,
    /// Role key of the signer whose turn it is; `null` once everyone has signed.
    pub next_signer: Option<String>,
    /// The membership form's problems; their `field` is the dialogue form's path.
    pub form_problems: Vec<FormProblem>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignatureView {
    pub role: String,
    pub name: String,
    pub signature: DrawnSignature,
    /// Local time, `YYYY-MM-DDTHH:MM:SS`.
    #[ts(type = "string")]
    pub signed_at: chrono::NaiveDateTime,
}

/// One field of the membership form that is missing or wrong.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FormProblem {
    /// Path in the dialogue form, e.g. `focalPoint.fax`.
    pub field: String,
    /// The field's label on the form, in the interface language.
    pub label: String,
    pub message: String,
    /// Fluent ids of the label and the problem, so the window says them in whichever
    /// language it switches to.
    pub label_id: String,
    pub problem: String,
}

/// The document as the PDF lays it out, block by block, for the preview in the window.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeclarationPreview {
    /// BCP 47 tag of the document's main language.
    pub lang: String,
    pub header: String,
    pub title: String,
    pub subtitle: String,
    pub blocks: Vec<PreviewBlock>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum PreviewBlock {
    Heading {
        level: u8,
        text: String,
        secondary: Option<String>,
    },
    Paragraph {
        text: String,
        /// The second language of a pair, smaller and grey.
        secondary: bool,
        /// `left`, `center`, `right` or `justify`.
        align: String,
    },
    Fields {
        rows: Vec<PreviewField>,
    },
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Signatures {
        signers: Vec<PreviewSigner>,
    },
    Break,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewField {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewSigner {
    pub caption: String,
    pub name: String,
    pub title: String,
    /// The drawn signature placed on the line, if there is one.
    pub strokes: Option<Vec<Vec<(f32, f32)>>>,
}

/// Who signs a PDF digitally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DigitalSigner {
    FocalPoint,
    Representative,
}

impl DigitalSigner {
    fn city(self) -> CityRole {
        match self {
            DigitalSigner::FocalPoint => CityRole::FocalPoint,
            DigitalSigner::Representative => CityRole::Representative,
        }
    }
}

/// Where the city's certificate was saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CertificateExport {
    pub path: String,
    pub fingerprint: String,
}

/// The city's certificate authority, as partners see it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CityCertificate {
    /// SHA-256 of the certificate, `AB:CD:…`.
    pub fingerprint: String,
    pub pem: String,
}

fn language(language: ExportLanguage) -> Language {
    match language {
        ExportLanguage::En => Language::En,
        ExportLanguage::ZhCn => Language::ZhCn,
        ExportLanguage::Bilingual => Language::Bilingual,
    }
}

fn form_problems(dialogue: &Dialogue, i18n: &I18n) -> Vec<FormProblem> {
    membership_form_problems(dialogue)
        .into_iter()
        .map(|p| FormProblem {
            label: form_field_label(&p.field).map_or_else(|| p.field.clone(), |id| i18n.msg(id)),
            message: i18n.msg(p.problem.message_id()),
            label_id: form_field_label(&p.field).unwrap_or_default().to_owned(),
            problem: p.problem.message_id().to_owned(),
            field: p.field,
        })
        .collect()
}

fn view(
    store: &Store,
    declaration: Declaration,
    i18n: &I18n,
) -> Result<DeclarationView, StoreError> {
    let dialogue = store.require_dialogue()?;
    let signatures: Vec<SignatureView> = store
        .drawn_signatures(declaration.id)?
        .into_iter()
        .map(|s| SignatureView {
            role: s.role,
            name: s.name,
            signature: s.signature,
            signed_at: s.signed_at,
        })
        .collect();
    let signed: Vec<&str> = signatures.iter().map(|s| s.role.as_str()).collect();
    let next_signer = declaration.next_to_sign(&signed).map(|s| s.role.clone());
    let form_problems = if declaration.kind == DeclarationKind::Membership {
        form_problems(&dialogue, i18n)
    } else {
        Vec::new()
    };
    Ok(DeclarationView {
        declaration,
        signatures,
        next_signer,
        form_problems,
    })
}

/// Every declaration of the dialogue, oldest first.
#[tauri::command]
pub fn list_declarations(state: State<'_, AppState>) -> Result<Vec<DeclarationView>, ApiError> {
    let i18n = state.i18n();
    state.with_store(|store| {
        store
            .declarations()?
            .into_iter()
            .map(|d| view(store, d, &i18n))
            .collect()
    })
}

#[tauri::command]
pub fn get_declaration(state: State<'_, AppState>, id: i64) -> Result<DeclarationView, ApiError> {
    let i18n = state.i18n();
    state.with_store(|store| {
        let declaration = store.declaration(id)?;
        view(store, declaration, &i18n)
    })
}

/// The membership declaration of the dialogue, dated today, saved: signed by the focal point,
/// then the high-level representative.
#[tauri::command]
pub fn create_membership_declaration(
    state: State<'_, AppState>,
) -> Result<DeclarationView, ApiError> {
    let i18n = state.i18n();
    state.with_store(|store| {
        let dialogue = store.require_dialogue()?;
        let draft = Declaration::membership(&dialogue, Some(now().date()));
        let saved = store.save_declaration(&draft, now())?;
        view(store, saved, &i18n)
    })
}

/// A new declaration made from a template, not saved yet: the form shows it to be edited.
#[tauri::command]
pub fn declaration_from_template(
    state: State<'_, AppState>,
    template: DeclarationTemplate,
) -> Result<Declaration, ApiError> {
    let (zh, en) = (I18n::new(Locale::ZhCn), I18n::new(Locale::En));
    state.with_store(|store| {
        let dialogue = store.require_dialogue()?;
        Ok(template.instantiate(
            &dialogue,
            Some(now().date()),
            |id| zh.msg(id),
            |id| en.msg(id),
        ))
    })
}

/// Creates (id 0) or changes a declaration; every field problem is reported at once, and a
/// declaration someone has signed is refused.
#[tauri::command]
pub fn save_declaration(
    state: State<'_, AppState>,
    declaration: Declaration,
) -> Result<DeclarationView, ApiError> {
    let i18n = state.i18n();
    let declaration = trimmed(declaration);
    state.with_store(|store| {
        let saved = store.save_declaration(&declaration, now())?;
        view(store, saved, &i18n)
    })
}

/// Stores the signature `role` drew; the store refuses it out of turn.
#[tauri::command]
pub fn sign_declaration(
    state: State<'_, AppState>,
    id: i64,
    role: String,
    signature: DrawnSignature,
) -> Result<DeclarationView, ApiError> {
    let i18n = state.i18n();
    state.with_store(|store| {
        store.save_drawn_signature(id, &role, &signature, now())?;
        let declaration = store.declaration(id)?;
        view(store, declaration, &i18n)
    })
}

#[tauri::command]
pub fn clear_declaration_signature(
    state: State<'_, AppState>,
    id: i64,
    role: String,
) -> Result<DeclarationView, ApiError> {
    let i18n = state.i18n();
    state.with_store(|store| {
        store.clear_drawn_signature(id, &role)?;
        let declaration = store.declaration(id)?;
        view(store, declaration, &i18n)
    })
}

/// The declaration laid out as the PDF would be, without the digital signature's footer.
#[tauri::command]
pub fn preview_declaration(
    state: State<'_, AppState>,
    id: i64,
    language: ExportLanguage,
) -> Result<DeclarationPreview, ApiError> {
    let (dialogue, declaration, signatures) = load(&state, id)?;
    let input = DeclarationInput {
        dialogue: &dialogue,
        declaration: &declaration,
        signatures,
        footer_note: None,
    };
    let doc = declaration_document(&input, self::language(language));
    Ok(DeclarationPreview {
        lang: doc.metadata.language.clone(),
        header: doc.header.clone().unwrap_or_default(),
        title: doc.title.clone(),
        subtitle: doc.subtitle.clone().unwrap_or_default(),
        blocks: doc.blocks.iter().filter_map(preview_block).collect(),
    })
}

/// The city's certificate authority (created on first use), for partners to import.
#[tauri::command]
pub fn city_certificate(state: State<'_, AppState>) -> Result<CityCertificate, ApiError> {
    let dialogue = state.with_store(|store| store.require_dialogue())?;
    let keyring = concord_signing::city_keyring(
        &state.db_path(),
        &dialogue,
        chrono::Local::now().fixed_offset(),
    )
    .map_err(|e| signing_error(&e, &state.i18n()))?;
    Ok(CityCertificate {
        fingerprint: keyring.ca_fingerprint().colon_hex(),
        pem: keyring
            .ca_certificate_pem()
            .map_err(|e| signing_error(&e, &state.i18n()))?,
    })
}

/// The PDF of a declaration and its file name: refused while the membership form is
/// incomplete; with `sign`, the certificate's fingerprint goes into the footer and the file
/// is signed for `signer`, as the command line does it.
pub(crate) fn declaration_pdf(
    state: &AppState,
    id: i64,
    language: ExportLanguage,
    sign: Option<DigitalSigner>,
) -> Result<(Vec<u8>, u32, String), ApiError> {
    let i18n = state.i18n();
    let (dialogue, declaration, signatures) = load(state, id)?;
    if declaration.kind == DeclarationKind::Membership {
        let problems = form_problems(&dialogue, &i18n);
        if !problems.is_empty() {
            return Err(ApiError {
                code: "form-incomplete".into(),
                message: i18n.fmt(
                    "decl-ui-form-incomplete",
                    &[("count", FluentValue::from(problems.len()))],
                ),
                fields: problems
                    .into_iter()
                    .map(|p| FieldMessage {
                        field: p.field,
                        message: format!("{}: {}", p.label, p.message),
                    })
                    .collect(),
            });
        }
    }
    let language = self::language(language);
    let at = chrono::Local::now().fixed_offset();
    let footer_note = match sign {
        Some(signer) => {
            let fingerprint = concord_signing::city_signer_fingerprint(
                &state.db_path(),
                &dialogue,
                signer.city(),
                at,
            )
            .map_err(|e| signing_error(&e, &i18n))?;
            Some(fingerprint_footer(language, &fingerprint.colon_hex()))
        }
        None => None,
    };
    let input = DeclarationInput {
        dialogue: &dialogue,
        declaration: &declaration,
        signatures,
        footer_note,
    };
    let pdf = declaration_document(&input, language)
        .render()
        .map_err(|e| ApiError::internal(&e.to_string(), &i18n))?;
    let bytes = match sign {
        Some(signer) => concord_signing::sign_for_city(
            &state.db_path(),
            &dialogue,
            &pdf.bytes,
            signer.city(),
            at,
        )
        .map_err(|e| signing_error(&e, &i18n))?,
        None => pdf.bytes,
    };
    let name = file_name(&dialogue, &declaration, language, sign.is_some());
    Ok((bytes, pdf.page_count as u32, name))
}

/// `Weinan-membership-declaration-bilingual-signed.pdf`.
fn file_name(
    dialogue: &Dialogue,
    declaration: &Declaration,
    language: Language,
    signed: bool,
) -> String {
    let city: String = dialogue
        .city_en
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let what = match declaration.kind {
        DeclarationKind::Membership => "membership-declaration".to_owned(),
        DeclarationKind::Custom => format!("declaration-{}", declaration.id),
    };
    let suffix = match language {
        Language::En => "en",
        Language::ZhCn => "zh-CN",
        Language::Bilingual => "bilingual",
    };
    let city = if city.is_empty() {
        "city".to_owned()
    } else {
        city
    };
    let signed = if signed { "-signed" } else { "" };
    format!("{city}-{what}-{suffix}{signed}.pdf")
}

pub(crate) fn signing_error(error: &SigningError, i18n: &I18n) -> ApiError {
    let (id, args) = error.message();
    ApiError {
        code: "signing".into(),
        message: i18n.fmt_text(id, &args),
        fields: Vec::new(),
    }
}

type Loaded = (Dialogue, Declaration, HashMap<String, DrawnSignature>);

fn load(state: &AppState, id: i64) -> Result<Loaded, ApiError> {
    state.with_store(|store| {
        let dialogue = store.require_dialogue()?;
        let declaration = store.declaration(id)?;
        let signatures = store
            .drawn_signatures(id)?
            .into_iter()
            .map(|s| (s.role, s.signature))
            .collect();
        Ok((dialogue, declaration, signatures))
    })
}

/// The same declaration with surrounding white space removed from every text.
fn trimmed(d: Declaration) -> Declaration {
    let t = |s: String| s.trim().to_owned();
    Declaration {
        title_zh: t(d.title_zh),
        title_en: t(d.title_en),
        sections: d
            .sections
            .into_iter()
            .map(|s| DeclarationSection {
                heading_zh: t(s.heading_zh),
                heading_en: t(s.heading_en),
                paragraphs: s
                    .paragraphs
                    .into_iter()
                    .map(|p| BilingualParagraph {
                        zh: t(p.zh),
                        en: t(p.en),
                        bullet: p.bullet,
                    })
                    .collect(),
                ..s
            })
            .collect(),
        signers: d
            .signers
            .into_iter()
            .map(|s| DeclarationSigner {
                role: t(s.role),
                name: t(s.name),
                title: t(s.title),
            })
            .collect(),
        place_zh: t(d.place_zh),
        place_en: t(d.place_en),
        ..d
    }
}

fn preview_block(block: &Block) -> Option<PreviewBlock> {
    Some(match block {
        Block::Heading(h) => PreviewBlock::Heading {
            level: match h.level {
                HeadingLevel::H1 => 1,
                HeadingLevel::H2 => 2,
                HeadingLevel::H3 => 3,
            },
            text: h.text.clone(),
            secondary: h.secondary.clone(),
        },
        Block::Paragraph(p) => PreviewBlock::Paragraph {
            text: p.text.clone(),
            secondary: p.style == TextStyle::Secondary,
            align: match p.align {
                Align::Left => "left",
                Align::Center => "center",
                Align::Right => "right",
                Align::Justify => "justify",
            }
            .to_owned(),
        },
        Block::KeyValue(rows) => PreviewBlock::Fields {
            rows: rows
                .iter()
                .map(|kv| PreviewField {
                    label: kv.label.clone(),
                    value: kv.value.clone(),
                })
                .collect(),
        },
        Block::Table(table) => PreviewBlock::Table {
            columns: table.columns.iter().map(|c| c.title.clone()).collect(),
            rows: table.rows.clone(),
        },
        Block::Signatures(signers) => PreviewBlock::Signatures {
            signers: signers
                .iter()
                .map(|s| PreviewSigner {
                    caption: s.role.clone(),
                    name: s.name.clone(),
                    title: s.title.clone(),
                    strokes: s.drawn.as_ref().map(|ink| ink.strokes.clone()),
                })
                .collect(),
        },
        Block::PageBreak => PreviewBlock::Break,
        Block::Spacer(_) | Block::Chart(_) => return None,
    })
}

pub fn typescript_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        concord_domain::DeclarationKind::decl(cfg),
        BilingualParagraph::decl(cfg),
        DeclarationSection::decl(cfg),
        DeclarationSigner::decl(cfg),
        Declaration::decl(cfg),
        DeclarationTemplate::decl(cfg),
        DrawnSignature::decl(cfg),
        DeclarationView::decl(cfg),
        SignatureView::decl(cfg),
        FormProblem::decl(cfg),
        DeclarationPreview::decl(cfg),
        PreviewBlock::decl(cfg),
        PreviewField::decl(cfg),
        PreviewSigner::decl(cfg),
        DigitalSigner::decl(cfg),
        CityCertificate::decl(cfg),
        CertificateExport::decl(cfg),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_what_language_and_whether_signed() {
        let dialogue = Dialogue {
            city_en: "Weinan City".into(),
            ..Dialogue::default()
        };
        let membership = Declaration::membership(&dialogue, None);
        assert_eq!(
            file_name(&dialogue, &membership, Language::Bilingual, true),
            "Weinan-City-membership-declaration-bilingual-signed.pdf"
        );
        let custom = Declaration {
            id: 7,
            ..Declaration::default()
        };
        assert_eq!(
            file_name(&dialogue, &custom, Language::ZhCn, false),
            "Weinan-City-declaration-7-zh-CN.pdf"
        );
    }

    #[test]
    fn the_preview_keeps_every_printed_block() {
        let blocks = [
            Block::h2("一、引言")
                .with_secondary("I. Introduction")
                .into(),
            Block::Spacer(4.0),
            Block::secondary("The English").into(),
            Block::PageBreak,
        ];
        let shown: Vec<_> = blocks.iter().filter_map(preview_block).collect();
        assert_eq!(shown.len(), 3);
        assert!(
            matches!(&shown[0], PreviewBlock::Heading { level: 2, secondary: Some(s), .. } if s == "I. Introduction")
        );
        assert!(matches!(
            &shown[1],
            PreviewBlock::Paragraph {
                secondary: true,
                ..
            }
        ));
    }
}
