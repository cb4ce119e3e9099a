//! `concord pledge sign|signatures`: the focal point's and the high-level representative's
//! drawn signatures on the targets pledge, the strokes read from a JSON file (as the window's
//! signing pad sends them), so the pledge's signature lines can be filled without the window.

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Timelike};
use clap::Subcommand;
use concord_domain::DrawnSignature;
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;
use concord_store::vision_signatures::VisionSigner;
use concord_usecases::pledge_signatures::{sign, signatures};

use crate::error::CliError;
use crate::signing::SignerRole;

#[derive(Debug, Subcommand)]
pub enum PledgeCommand {
    /// Draw a signature on the pledge of the adopted targets; signing again replaces it
    Sign {
        /// Who signs
        #[arg(long, value_enum)]
        role: SignerRole,
        /// The strokes: JSON [[[x, y], …], …] with x and y in 0–1 (or {"strokes": …})
        #[arg(long, value_name = "FILE.json")]
        strokes: PathBuf,
    },
    /// The signatures drawn on the pledge of the adopted targets
    Signatures {
        #[arg(long)]
        json: bool,
    },
}

fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

fn role(role: SignerRole) -> VisionSigner {
    match role {
        SignerRole::FocalPoint => VisionSigner::FocalPoint,
        SignerRole::Representative => VisionSigner::Representative,
    }
}

/// The strokes in a file, as bare strokes or as the signing pad's `{"strokes": …}`.
fn read_strokes(path: &Path) -> Result<DrawnSignature, CliError> {
    let text = std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: path.to_owned(),
        source,
    })?;
    let bare = serde_json::from_str::<Vec<Vec<(f32, f32)>>>(&text);
    match bare {
        Ok(strokes) => Ok(DrawnSignature { strokes }),
        Err(first) => {
            serde_json::from_str::<DrawnSignature>(&text).map_err(|_| CliError::BadStrokes {
                path: path.to_owned(),
                reason: first.to_string(),
            })
        }
    }
}

pub fn run(store: &mut Store, command: PledgeCommand, i18n: &I18n) -> Result<String, CliError> {
    match command {
        PledgeCommand::Sign { role: who, strokes } => {
            let drawn = read_strokes(&strokes)?;
            let signed = sign(store, role(who), &drawn, now())?;
            let name = signed
                .iter()
                .find(|s| s.role == role(who).key())
                .map(|s| s.name.clone())
                .unwrap_or_default();
            Ok(i18n.fmt(
                "pledge-cli-signed",
                &[
                    ("name", FluentValue::from(name)),
                    ("count", FluentValue::from(signed.len())),
                ],
            ))
        }
        PledgeCommand::Signatures { json } => {
            let signed = signatures(store)?;
            if json {
                return serde_json::to_string_pretty(&signed).map_err(|e| {
                    CliError::Store(concord_store::StoreError::Corrupt(e.to_string()))
                });
            }
            if signed.is_empty() {
                return Ok(i18n.msg("pledge-cli-unsigned"));
            }
            Ok(signed
                .iter()
                .map(|s| {
                    i18n.fmt(
                        "pledge-cli-signature",
                        &[
                            (
                                "role",
                                FluentValue::from(i18n.msg(&format!("pledge-cli-role-{}", s.role))),
                            ),
                            ("name", FluentValue::from(s.name.clone())),
                            ("at", FluentValue::from(i18n.datetime(s.signed_at))),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"))
        }
    }
}
