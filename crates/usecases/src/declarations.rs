//! Declarations: what their screen shows (who signed, whose turn it is, what the membership
//! form still lacks) and the export, with the drawn signatures, the audit chain's head in the
//! metadata and, when asked, a digital signature whose certificate's fingerprint is printed in
//! the footer. The window and `concord export declaration` both export through here.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};
use concord_documents::declaration::{DeclarationInput, declaration_document, form_field_label};
use concord_domain::{
    Declaration, DeclarationKind, Dialogue, DrawnSignature, FieldError, membership_form_problems,
};
use concord_i18n::I18n;
use concord_signing::CityRole;
use concord_store::Store;
use serde::Serialize;

use crate::signing::DocumentSigning;
use crate::{ExportedPdf, Language, UseCaseError, city_for_file_name, language_suffix};

/// A declaration with what its screen shows: who has signed, whose turn it is, and for the
/// membership declaration every field of the focal point's form that is missing.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SignatureView {
    pub role: String,
    pub name: String,
    pub signature: DrawnSignature,
    /// Local time, `YYYY-MM-DDTHH:MM:SS`.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub signed_at: chrono::NaiveDateTime,
}

/// One field of the membership form that is missing or wrong.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

/// Which declaration to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeclarationChoice {
    /// By id (refused if it is not of `kind`, when a kind is given) …
    pub id: Option<i64>,
    /// … else the latest of this kind (membership when none is given).
    pub kind: Option<DeclarationKind>,
    /// The date of a membership declaration not saved yet, made from the dialogue.
    pub unsaved_dated: NaiveDate,
}

/// The form's problems said in `i18n`'s language, each with its label.
pub fn describe_form_problems(problems: Vec<FieldError>, i18n: &I18n) -> Vec<FormProblem> {
    problems
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

/// `declaration` with its drawn signatures, the next signer and the form's problems.
pub fn view(
    store: &Store,
    declaration: Declaration,
    i18n: &I18n,
) -> Result<DeclarationView, UseCaseError> {
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
        describe_form_problems(membership_form_problems(&dialogue), i18n)
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

/// Every declaration of the dialogue, oldest first, as its screen shows it.
pub fn list(store: &Store, i18n: &I18n) -> Result<Vec<DeclarationView>, UseCaseError> {
    store
        .declarations()?
        .into_iter()
        .map(|d| view(store, d, i18n))
        .collect()
}

/// The declaration asked for: by id (of the kind asked, if one was), else the latest of its
/// kind. A membership declaration not saved yet is made from the dialogue.
pub fn find(
    store: &Store,
    dialogue: &Dialogue,
    choice: DeclarationChoice,
) -> Result<Declaration, UseCaseError> {
    if let Some(id) = choice.id {
        let declaration = store.declaration(id)?;
        if let Some(kind) = choice.kind
            && kind != declaration.kind
        {
            return Err(UseCaseError::WrongDeclarationKind {
                id,
                kind: kind.key(),
            });
        }
        return Ok(declaration);
    }
    match choice.kind.unwrap_or(DeclarationKind::Membership) {
        DeclarationKind::Membership => Ok(store
            .latest_declaration(DeclarationKind::Membership)?
            .unwrap_or_else(|| Declaration::membership(dialogue, Some(choice.unsaved_dated)))),
        DeclarationKind::Custom => store
            .latest_declaration(DeclarationKind::Custom)?
            .ok_or(UseCaseError::NoCustomDeclaration),
    }
}

/// The declaration's drawn signatures by role; none for one not saved yet.
pub(crate) fn drawn_signatures(
    store: &Store,
    declaration: &Declaration,
) -> Result<HashMap<String, DrawnSignature>, UseCaseError> {
    if declaration.id == 0 {
        return Ok(HashMap::new());
    }
    Ok(store
        .drawn_signatures(declaration.id)?
        .into_iter()
        .map(|s| (s.role, s.signature))
        .collect())
}

/// The PDF of the chosen declaration, refused while the membership form is incomplete. With
/// `signer`, the keys beside `db` sign it (created on first use) and the certificate's
/// fingerprint is printed in the footer first, so the signature covers it.
pub fn export_declaration(
    store: &Store,
    db: &Path,
    choice: DeclarationChoice,
    language: Language,
    signer: Option<CityRole>,
    now: DateTime<FixedOffset>,
) -> Result<ExportedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let declaration = find(store, &dialogue, choice)?;
    if declaration.kind == DeclarationKind::Membership {
        let problems = membership_form_problems(&dialogue);
        if !problems.is_empty() {
            return Err(UseCaseError::MembershipFormIncomplete { problems });
        }
    }
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
    let input = DeclarationInput {
        dialogue: &dialogue,
        declaration: &declaration,
        signatures: drawn_signatures(store, &declaration)?,
        footer_note,
    };
    let mut document = declaration_document(&input, language);
    if let Some(signing) = &signing {
        signing.mark(&mut document, language)?;
    }
    // The chain head in the metadata: the exported declaration proves what the log held.
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = crate::document_style::styled(store, document)?.render()?;
    let bytes = match &signing {
        Some(signing) => signing.sign(&pdf.bytes, language)?,
        None => pdf.bytes,
    };
    Ok(ExportedPdf {
        bytes,
        pages: pdf.page_count,
        file_name: file_name(&dialogue, &declaration, language, signer.is_some()),
    })
}

/// `Weinan-membership-declaration-bilingual-signed.pdf`.
fn file_name(
    dialogue: &Dialogue,
    declaration: &Declaration,
    language: Language,
    signed: bool,
) -> String {
    let city = city_for_file_name(&dialogue.city_en);
    let what = match declaration.kind {
        DeclarationKind::Membership => "membership-declaration".to_owned(),
        DeclarationKind::Custom => format!("declaration-{}", declaration.id),
    };
    let suffix = language_suffix(language);
    let signed = if signed { "-signed" } else { "" };
    format!("{city}-{what}-{suffix}{signed}.pdf")
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
}
