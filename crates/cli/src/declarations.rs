//! `concord export declaration`: the CNSC membership declaration, filled from the dialogue's
//! focal point, or another declaration of the dialogue, with the signatures drawn on it,
//! optionally signed digitally.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use concord_documents::declaration::{
    DeclarationInput, Language, declaration_document, fingerprint_footer, form_field_label,
};
use concord_domain::{
    Declaration, DeclarationKind, Dialogue, FieldError, membership_form_problems,
};
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;

use crate::args::DocLanguage;
use crate::error::CliError;
use crate::signing::SignerRole;

#[derive(Debug, Args)]
pub struct DeclarationArgs {
    /// Which declaration: the CNSC membership declaration, or another one (such as the
    /// circular-economy commitment) [default: the kind of --id, else membership]
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// The declaration's id [default: the latest of its kind]
    #[arg(long, value_name = "ID")]
    pub id: Option<i64>,
    /// Language of the document
    #[arg(long, value_enum, default_value = "bilingual")]
    pub lang: DocLanguage,
    /// The PDF file to write
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    /// Sign the PDF digitally (PAdES); the certificate's fingerprint is printed in the footer
    #[arg(long)]
    pub sign: bool,
    /// Who signs digitally with --sign
    #[arg(long, value_enum, default_value = "focal-point", requires = "sign")]
    pub signer: SignerRole,
    /// Date of a membership declaration not yet saved in the database, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Membership,
    Custom,
}

impl KindArg {
    fn kind(self) -> DeclarationKind {
        match self {
            KindArg::Membership => DeclarationKind::Membership,
            KindArg::Custom => DeclarationKind::Custom,
        }
    }
}

pub fn export_declaration(
    store: &Store,
    db: &Path,
    args: &DeclarationArgs,
    i18n: &I18n,
) -> Result<String, CliError> {
    let dialogue = store.require_dialogue()?;
    let declaration = find(store, &dialogue, args)?;
    if declaration.kind == DeclarationKind::Membership {
        let problems = membership_form_problems(&dialogue);
        if !problems.is_empty() {
            return Err(CliError::MembershipFormIncomplete {
                count: problems.len(),
                fields: describe(&problems, i18n),
            });
        }
    }
    let signatures: HashMap<_, _> = if declaration.id == 0 {
        HashMap::new()
    } else {
        store
            .drawn_signatures(declaration.id)?
            .into_iter()
            .map(|s| (s.role, s.signature))
            .collect()
    };
    let language = match args.lang {
        DocLanguage::En => Language::En,
        DocLanguage::ZhCn => Language::ZhCn,
        DocLanguage::Bilingual => Language::Bilingual,
    };
    let now = chrono::Local::now().fixed_offset();
    // The fingerprint goes into the footer before the bytes are signed: it is part of what
    // the signature covers.
    let footer_note = if args.sign {
        let fingerprint = crate::signing::signer_fingerprint(db, args.signer, now)?;
        Some(fingerprint_footer(language, &fingerprint.colon_hex()))
    } else {
        None
    };
    let input = DeclarationInput {
        dialogue: &dialogue,
        declaration: &declaration,
        signatures,
        footer_note,
    };
    let mut document = declaration_document(&input, language);
    // The chain head in the metadata: the exported declaration proves what the log held.
    document.metadata.audit_head = Some(store.audit_anchor()?.to_string());
    let pdf = document.render()?;
    let bytes = if args.sign {
        crate::signing::sign_bytes(db, &pdf.bytes, args.signer, now)?
    } else {
        pdf.bytes
    };
    crate::commands::write_atomically(&args.out, &bytes)?;
    Ok(i18n.fmt(
        "cli-exported",
        &[
            ("path", FluentValue::from(args.out.display().to_string())),
            ("pages", FluentValue::from(pdf.page_count)),
            ("kilobytes", FluentValue::from(bytes.len().div_ceil(1024))),
        ],
    ))
}

/// The declaration asked for: by id (of the kind asked, if one was), else the latest of its
/// kind. A membership declaration not saved yet is made from the dialogue, dated `--date`.
fn find(
    store: &Store,
    dialogue: &Dialogue,
    args: &DeclarationArgs,
) -> Result<Declaration, CliError> {
    if let Some(id) = args.id {
        let declaration = store.declaration(id)?;
        if let Some(kind) = args.kind.map(KindArg::kind)
            && kind != declaration.kind
        {
            return Err(CliError::WrongDeclarationKind {
                id,
                kind: kind.key(),
            });
        }
        return Ok(declaration);
    }
    match args.kind.map_or(DeclarationKind::Membership, KindArg::kind) {
        DeclarationKind::Membership => Ok(store
            .latest_declaration(DeclarationKind::Membership)?
            .unwrap_or_else(|| {
                let day = args
                    .date
                    .unwrap_or_else(|| chrono::Local::now().date_naive());
                Declaration::membership(dialogue, Some(day))
            })),
        DeclarationKind::Custom => store
            .latest_declaration(DeclarationKind::Custom)?
            .ok_or(CliError::NoCustomDeclaration),
    }
}

/// Every problem of the form on its own line, in the user's language: label, path, what.
fn describe(problems: &[FieldError], i18n: &I18n) -> String {
    problems
        .iter()
        .map(|p| {
            let label =
                form_field_label(&p.field).map_or_else(|| p.field.clone(), |id| i18n.msg(id));
            format!(
                "  - {}",
                i18n.fmt(
                    "decl-error-form-field",
                    &[
                        ("label", FluentValue::from(label)),
                        ("field", FluentValue::from(p.field.as_str())),
                        (
                            "problem",
                            FluentValue::from(i18n.msg(p.problem.message_id()))
                        ),
                    ],
                )
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
