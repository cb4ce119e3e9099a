//! `concord export pledge` and `concord export action-plan`: the targets pledge (signed on
//! request, like the vision declaration) and the Local Action Plan, written atomically.

use std::path::{Path, PathBuf};

use clap::Args;
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;
use concord_usecases::{ExportedPdf, Language};

use crate::args::DocLanguage;
use crate::error::CliError;

#[derive(Debug, Args)]
pub struct PledgeArgs {
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
    pub signer: crate::signing::SignerRole,
}

#[derive(Debug, Args)]
pub struct ActionPlanArgs {
    /// Language of the document
    #[arg(long, value_enum, default_value = "bilingual")]
    pub lang: DocLanguage,
    /// The PDF file to write
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

fn language(lang: DocLanguage) -> Language {
    match lang {
        DocLanguage::En => Language::En,
        DocLanguage::ZhCn => Language::ZhCn,
        DocLanguage::Bilingual => Language::Bilingual,
    }
}

fn written(out: &Path, pdf: &ExportedPdf, i18n: &I18n) -> Result<String, CliError> {
    crate::commands::write_atomically(out, &pdf.bytes)?;
    Ok(i18n.fmt(
        "cli-exported",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("pages", FluentValue::from(pdf.pages)),
            ("kilobytes", FluentValue::from(pdf.kilobytes())),
        ],
    ))
}

pub fn export_pledge(
    store: &Store,
    db: &Path,
    args: &PledgeArgs,
    i18n: &I18n,
) -> Result<String, CliError> {
    // Refuse a bad output path before any key is created for signing.
    crate::output::check(&args.out)?;
    let now = chrono::Local::now().fixed_offset();
    let signer = args.sign.then(|| args.signer.city());
    let pdf = concord_usecases::pledge::export_pledge(store, db, language(args.lang), signer, now)?;
    written(&args.out, &pdf, i18n)
}

pub fn export_action_plan(
    store: &Store,
    args: &ActionPlanArgs,
    i18n: &I18n,
) -> Result<String, CliError> {
    let pdf = concord_usecases::action_plan::export_action_plan(store, language(args.lang))?;
    written(&args.out, &pdf, i18n)
}
