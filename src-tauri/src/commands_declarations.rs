//! Declarations: the CNSC membership declaration filled from the dialogue, declarations made
//! from a template, the signatures their signers draw in turn, a preview built from the same
//! document blocks as the PDF, and the export (optionally signed digitally, exactly as
//! `concord export declaration --sign` signs) with the city's certificate for partners. The
//! views, the preview and the export are use cases of `concord-usecases`.

use concord_domain::{
    BilingualParagraph, Declaration, DeclarationSection, DeclarationSigner, DeclarationTemplate,
    DrawnSignature,
};
use concord_i18n::{I18n, Locale};
use concord_usecases::ExportedPdf;
use concord_usecases::declarations::{
    DeclarationChoice, DeclarationView, FormProblem, SignatureView, export_declaration, list, view,
};
use concord_usecases::preview::{
    DeclarationPreview, PreviewBlock, PreviewField, PreviewSigner, declaration_preview,
};
use concord_usecases::signing::CityRole;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::commands_meetings::{ExportLanguage, now};
use crate::dto::ApiError;
use crate::state::AppState;

/// Who signs a PDF digitally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DigitalSigner {
    FocalPoint,
    Representative,
}

impl DigitalSigner {
    pub(crate) fn city(self) -> CityRole {
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

/// Every declaration of the dialogue, oldest first.
#[tauri::command]
pub fn list_declarations(state: State<'_, AppState>) -> Result<Vec<DeclarationView>, ApiError> {
    let i18n = state.i18n();
    state.with_use_case(|store| list(store, &i18n))
}

#[tauri::command]
pub fn get_declaration(state: State<'_, AppState>, id: i64) -> Result<DeclarationView, ApiError> {
    let i18n = state.i18n();
    state.with_use_case(|store| {
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
    state.with_use_case(|store| {
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
    state.with_use_case(|store| {
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
    state.with_use_case(|store| {
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
    state.with_use_case(|store| {
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
    state.with_use_case(|store| declaration_preview(store, id, language.document()))
}

/// The city's certificate authority (created on first use), for partners to import.
#[tauri::command]
pub fn city_certificate(state: State<'_, AppState>) -> Result<CityCertificate, ApiError> {
    let db = state.db_path();
    let certificate = state.with_use_case(|store| {
        concord_usecases::signing::city_certificate(store, &db, chrono::Local::now().fixed_offset())
    })?;
    Ok(CityCertificate {
        fingerprint: certificate.fingerprint.colon_hex(),
        pem: certificate.pem,
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
) -> Result<ExportedPdf, ApiError> {
    let db = state.db_path();
    let now = chrono::Local::now().fixed_offset();
    let choice = DeclarationChoice {
        id: Some(id),
        kind: None,
        unsaved_dated: now.date_naive(),
    };
    state.with_use_case(|store| {
        export_declaration(
            store,
            &db,
            choice,
            language.document(),
            sign.map(DigitalSigner::city),
            now,
        )
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
