//! Signatures on the command line: `sign`, `verify` and `export certificate`.
//!
//! The keys live in `keys/` next to the database (see `concord_signing::Keyring`): never in the
//! database itself, so neither a backup nor an archive carries them.

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use concord_domain::dialogue::Dialogue;
use concord_i18n::{FluentValue, I18n};
use concord_signing::{CityRole, Fingerprint, SignatureReport, SignatureStatus};

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
    /// Check every signature in a PDF (exit 0: all valid and the whole file signed)
    Verify {
        /// The PDF to check
        #[arg(value_name = "FILE.pdf")]
        file: PathBuf,
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

/// `sign` needs the dialogue; `verify` reads only the file.
pub fn run(command: SigningCommand, db: &Path, i18n: &I18n) -> Result<String, CliError> {
    match command {
        SigningCommand::Sign { pdf, out, signer } => sign(db, &pdf, &out, signer, i18n),
        SigningCommand::Verify { file } => verify(&file, i18n),
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

fn verify(file: &Path, i18n: &I18n) -> Result<String, CliError> {
    let bytes = std::fs::read(file).map_err(|source| CliError::Read {
        path: file.to_owned(),
        source,
    })?;
    let reports = concord_signing::verify_pdf(&bytes).map_err(|e| match e {
        concord_signing::SigningError::NotPdf(reason) => CliError::NotPdf {
            path: file.to_owned(),
            reason,
        },
        other => other.into(),
    })?;
    if reports.is_empty() {
        return Err(CliError::Unsigned {
            path: file.to_owned(),
        });
    }
    let blocks: Vec<String> = reports
        .iter()
        .enumerate()
        .map(|(i, report)| report_block(i + 1, report, i18n))
        .collect();
    println!("{}", blocks.join("\n\n"));
    let size = bytes.len() as u64;
    let whole_file = reports
        .iter()
        .any(|r| r.status.is_valid() && r.byte_range[2] + r.byte_range[3] == size);
    let invalid = reports
        .iter()
        .filter(|r| !(r.status.is_valid() && r.covers_revision))
        .count();
    if invalid > 0 || !whole_file {
        return Err(CliError::SignaturesInvalid {
            path: file.to_owned(),
            invalid,
            total: reports.len(),
        });
    }
    Ok(i18n.fmt(
        "signing-verify-ok",
        &[("count", FluentValue::from(reports.len()))],
    ))
}

fn report_block(number: usize, report: &SignatureReport, i18n: &I18n) -> String {
    let unknown = || i18n.msg("signing-unknown");
    let status = match &report.status {
        SignatureStatus::Valid => i18n.msg("signing-status-valid"),
        SignatureStatus::DigestMismatch => i18n.msg("signing-status-changed"),
        SignatureStatus::BadSignature => i18n.msg("signing-status-bad-signature"),
        SignatureStatus::Malformed(reason) => i18n.fmt(
            "signing-status-malformed",
            &[("reason", FluentValue::from(reason.clone()))],
        ),
        SignatureStatus::Unsupported(what) => i18n.fmt(
            "signing-status-unsupported",
            &[("what", FluentValue::from(what.clone()))],
        ),
    };
    let [_, b, c, d] = report.byte_range;
    let coverage = if !report.covers_revision {
        i18n.msg("signing-coverage-broken")
    } else if let Some(after) = report.uncovered.first() {
        i18n.fmt(
            "signing-coverage-later",
            &[
                ("from", FluentValue::from(after.start)),
                ("to", FluentValue::from(after.end)),
            ],
        )
    } else {
        i18n.msg("signing-coverage-whole")
    };
    let lines = [
        i18n.fmt(
            "signing-report-title",
            &[("number", FluentValue::from(number))],
        ),
        i18n.fmt(
            "signing-report-signer",
            &[(
                "name",
                FluentValue::from(report.signer.clone().unwrap_or_else(unknown)),
            )],
        ),
        i18n.fmt(
            "signing-report-issuer",
            &[(
                "name",
                FluentValue::from(report.issuer.clone().unwrap_or_else(unknown)),
            )],
        ),
        i18n.fmt(
            "signing-report-time",
            &[(
                "time",
                FluentValue::from(
                    report
                        .signing_time
                        .map(|t| t.format("%Y-%m-%d %H:%M:%S %:z").to_string())
                        .unwrap_or_else(unknown),
                ),
            )],
        ),
        i18n.fmt(
            "signing-report-fingerprint",
            &[(
                "fingerprint",
                FluentValue::from(
                    report
                        .fingerprint
                        .map(|f| f.colon_hex())
                        .unwrap_or_else(unknown),
                ),
            )],
        ),
        i18n.fmt(
            "signing-report-format",
            &[(
                "format",
                FluentValue::from(report.sub_filter.clone().unwrap_or_else(unknown)),
            )],
        ),
        i18n.fmt(
            "signing-report-status",
            &[("status", FluentValue::from(status))],
        ),
        i18n.fmt(
            "signing-report-range",
            &[
                ("end1", FluentValue::from(b)),
                ("start2", FluentValue::from(c)),
                ("end2", FluentValue::from(c + d)),
            ],
        ),
        i18n.fmt(
            "signing-report-coverage",
            &[("coverage", FluentValue::from(coverage))],
        ),
    ];
    lines.join("\n")
}

fn open_dialogue(db: &Path) -> Result<Dialogue, CliError> {
    Ok(crate::safety::open_store(db)?.require_dialogue()?)
}
