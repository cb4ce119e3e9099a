//! `concord export declaration`: the CNSC membership declaration, filled from the dialogue's
//! focal point, or another declaration of the dialogue, with the signatures drawn on it,
//! optionally signed digitally.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use concord_domain::{DeclarationKind, FieldError};
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;
use concord_usecases::declarations::{DeclarationChoice, describe_form_problems};
use concord_usecases::{Language, UseCaseError};

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
    let language = match args.lang {
        DocLanguage::En => Language::En,
        DocLanguage::ZhCn => Language::ZhCn,
        DocLanguage::Bilingual => Language::Bilingual,
    };
    let now = chrono::Local::now().fixed_offset();
    // By id (of the kind asked, if one was), else the latest of its kind; a membership
    // declaration not saved yet is made from the dialogue, dated --date.
    let choice = DeclarationChoice {
        id: args.id,
        kind: args.kind.map(KindArg::kind),
        unsaved_dated: args
            .date
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    let signer = args.sign.then(|| args.signer.city());
    let pdf = concord_usecases::declarations::export_declaration(
        store, db, choice, language, signer, now,
    )
    .map_err(|e| match e {
        UseCaseError::MembershipFormIncomplete { problems } => CliError::MembershipFormIncomplete {
            count: problems.len(),
            fields: describe(&problems, i18n),
        },
        other => other.into(),
    })?;
    crate::commands::write_atomically(&args.out, &pdf.bytes)?;
    Ok(i18n.fmt(
        "cli-exported",
        &[
            ("path", FluentValue::from(args.out.display().to_string())),
            ("pages", FluentValue::from(pdf.pages)),
            ("kilobytes", FluentValue::from(pdf.kilobytes())),
        ],
    ))
}

/// Every problem of the form on its own line, in the user's language: label, path, what.
fn describe(problems: &[FieldError], i18n: &I18n) -> String {
    describe_form_problems(problems.to_vec(), i18n)
        .into_iter()
        .map(|p| {
            format!(
                "  - {}",
                i18n.fmt(
                    "decl-error-form-field",
                    &[
                        ("label", FluentValue::from(p.label)),
                        ("field", FluentValue::from(p.field)),
                        ("problem", FluentValue::from(p.message)),
                    ],
                )
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
