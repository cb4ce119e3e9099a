//! Signatures on the command line: `sign`, `verify` and `export certificate`.
//!
//! The keys live in `keys/` next to the database (created on first use): never in the
//! database itself, so neither a backup nor an archive carries them. `verify` trusts the city's
//! authority found there and the partners' given with `--trust`; `report` prints what it found.

mod report;

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;
use concord_usecases::signing::{
    CityRole, PartnerAuthority, TrustedAuthorities, city_authority_path, city_certificate,
    sign_pdf, verify_pdf,
};
use concord_usecases::{SigningError, UseCaseError};

use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum SigningCommand {
    /// Sign a PDF for the city (PAdES; the key and certificate are created on first use)
    Sign {
        /// The PDF to sign
        #[arg(long, value_name = "FILE.pdf")]
        pdf: PathBuf,
        /// The signed PDF to write
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Who signs
        #[arg(long, value_enum, default_value = "focal-point")]
        signer: SignerRole,
    },
    /// Check every signature in a PDF (exit 0: all valid, issued by a trusted CA, later
    /// revisions only add signatures, and the whole file signed)
    Verify {
        /// The PDF to check
        #[arg(value_name = "FILE.pdf")]
        file: PathBuf,
        /// Also trust this CA certificate (PEM), e.g. a partner city's; repeat for several.
        /// The city's own CA in `keys/` beside the database is always trusted
        #[arg(long = "trust", value_name = "FILE.pem")]
        trust: Vec<PathBuf>,
    },
}

/// Who signs for the city.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SignerRole {
    /// The dialogue's focal point
    FocalPoint,
    /// The high-level representative
    Representative,
}

impl SignerRole {
    pub(crate) fn city(self) -> CityRole {
        match self {
            SignerRole::FocalPoint => CityRole::FocalPoint,
            SignerRole::Representative => CityRole::Representative,
        }
    }
}

/// `sign` needs the dialogue; `verify` reads only the file and the certificates it trusts.
pub fn run(command: SigningCommand, db: &Path, i18n: &I18n) -> Result<String, CliError> {
    match command {
        SigningCommand::Sign { pdf, out, signer } => sign(db, &pdf, &out, signer, i18n),
        SigningCommand::Verify { file, trust } => verify(db, &file, &trust, i18n),
    }
}

fn sign(
    db: &Path,
    pdf: &Path,
    out: &Path,
    role: SignerRole,
    i18n: &I18n,
) -> Result<String, CliError> {
    let bytes = std::fs::read(pdf).map_err(|source| CliError::Read {
        path: pdf.to_owned(),
        source,
    })?;
    let now = chrono::Local::now().fixed_offset();
    let store = crate::safety::open_store(db)?;
    let signed = sign_pdf(&store, db, &bytes, role.city(), now)?;
    crate::commands::write_atomically(out, &signed.bytes)?;
    let fingerprint = signed.fingerprint;
    Ok(i18n.fmt(
        "signing-signed",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("fingerprint", FluentValue::from(fingerprint.colon_hex())),
        ],
    ))
}

/// `concord export certificate`: the city authority's certificate, for partners to import.
pub fn export_certificate(
    store: &Store,
    db: &Path,
    out: &Path,
    i18n: &I18n,
) -> Result<String, CliError> {
    let certificate = city_certificate(store, db, chrono::Local::now().fixed_offset())?;
    crate::commands::write_atomically(out, certificate.pem.as_bytes())?;
    Ok(i18n.fmt(
        "signing-certificate-exported",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            (
                "fingerprint",
                FluentValue::from(certificate.fingerprint.colon_hex()),
            ),
        ],
    ))
}

fn verify(db: &Path, file: &Path, partners: &[PathBuf], i18n: &I18n) -> Result<String, CliError> {
    let bytes = std::fs::read(file).map_err(|source| CliError::Read {
        path: file.to_owned(),
        source,
    })?;
    let trusted = trusted_authorities(db, partners)?;
    let document = verify_pdf(&bytes, &trusted).map_err(|e| match e {
        UseCaseError::Signing(SigningError::NotPdf(reason)) => CliError::NotPdf {
            path: file.to_owned(),
            reason,
        },
        other => other.into(),
    })?;
    if document.signatures.is_empty() {
        return Err(CliError::Unsigned {
            path: file.to_owned(),
        });
    }
    let city_ca = city_authority_path(db);
    crate::print::line(&report::render(&document, &trusted, &city_ca, i18n));
    let total = document.signatures.len();
    if !document.holds() {
        return Err(CliError::SignaturesInvalid {
            path: file.to_owned(),
            invalid: (0..total).filter(|&i| !document.signature_holds(i)).count(),
            total,
        });
    }
    Ok(i18n.fmt(
        "signing-trust-verify-ok",
        &[("count", FluentValue::from(total))],
    ))
}

/// The city's CA from `keys/` beside the database (never created by verifying) and each
/// `--trust` file.
fn trusted_authorities(db: &Path, partners: &[PathBuf]) -> Result<TrustedAuthorities, CliError> {
    let mut read = Vec::with_capacity(partners.len());
    for path in partners {
        let pem = std::fs::read(path).map_err(|source| CliError::Read {
            path: path.to_owned(),
            source,
        })?;
        read.push(PartnerAuthority {
            pem,
            source: path.to_owned(),
        });
    }
    Ok(concord_usecases::signing::trusted_authorities(db, &read)?)
}
