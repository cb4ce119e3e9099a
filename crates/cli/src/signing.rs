//! Signatures on the command line: `sign`, `verify` and `export certificate`.
//!
//! The keys live in `keys/` next to the database (see `concord_signing::Keyring`): never in the
//! database itself, so neither a backup nor an archive carries them. `verify` trusts the city's
//! authority found there and the partners' given with `--trust`; `report` prints what it found.

mod report;

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use concord_domain::dialogue::Dialogue;
use concord_i18n::{FluentValue, I18n};
use concord_signing::{AuthorityOrigin, CityRole, Fingerprint, TrustedAuthorities};

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
    let signed = sign_bytes(db, &bytes, role, now)?;
    crate::commands::write_atomically(out, &signed)?;
    let fingerprint = signer_fingerprint(db, role, now)?;
    Ok(i18n.fmt(
        "signing-signed",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("fingerprint", FluentValue::from(fingerprint.colon_hex())),
        ],
    ))
}

/// Signs `pdf` for `role` with the keys next to `db` (created on first use). For every command
/// that writes a signed document.
pub(crate) fn sign_bytes(
    db: &Path,
    pdf: &[u8],
    role: SignerRole,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<u8>, CliError> {
    let dialogue = open_dialogue(db)?;
    Ok(concord_signing::sign_for_city(
        db,
        &dialogue,
        pdf,
        role.city(),
        now,
    )?)
}

/// The fingerprint of `role`'s certificate (issued now if it is not yet), for a document's footer
/// before it is signed. `Fingerprint::short` is the footer form.
pub(crate) fn signer_fingerprint(
    db: &Path,
    role: SignerRole,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Fingerprint, CliError> {
    let dialogue = open_dialogue(db)?;
    Ok(concord_signing::city_signer_fingerprint(
        db,
        &dialogue,
        role.city(),
        now,
    )?)
}

/// `concord export certificate`: the city authority's certificate, for partners to import.
pub fn export_certificate(
    dialogue: &Dialogue,
    db: &Path,
    out: &Path,
    i18n: &I18n,
) -> Result<String, CliError> {
    let keyring = concord_signing::city_keyring(db, dialogue, chrono::Local::now().fixed_offset())?;
    let pem = keyring.ca_certificate_pem()?;
    crate::commands::write_atomically(out, pem.as_bytes())?;
    Ok(i18n.fmt(
        "signing-certificate-exported",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            (
                "fingerprint",
                FluentValue::from(keyring.ca_fingerprint().colon_hex()),
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
    let document = concord_signing::verify_document(&bytes, &trusted).map_err(|e| match e {
        concord_signing::SigningError::NotPdf(reason) => CliError::NotPdf {
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
    let city_ca = concord_signing::city_authority_path(db);
    println!("{}", report::render(&document, &trusted, &city_ca, i18n));
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
    let mut trusted = concord_signing::city_trusted_authorities(db)?;
    for path in partners {
        let pem = std::fs::read(path).map_err(|source| CliError::Read {
            path: path.to_owned(),
            source,
        })?;
        trusted.add_pem(&pem, AuthorityOrigin::Partner, path)?;
    }
    Ok(trusted)
}

fn open_dialogue(db: &Path) -> Result<Dialogue, CliError> {
    Ok(crate::safety::open_store(db)?.require_dialogue()?)
}
