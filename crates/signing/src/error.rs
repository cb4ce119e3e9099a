//! What can go wrong while keeping keys, signing or verifying, named so it can be said in the
//! user's language ([`SigningError::message`] gives the Fluent id and its variables).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    /// The key folder or a file in it cannot be read or written.
    #[error("cannot use {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A key or certificate file exists but cannot be used. It is never replaced silently: a
    /// new authority would make every partner's imported certificate useless.
    #[error("{path} is damaged: {problem}")]
    Damaged { path: PathBuf, problem: String },
    /// The signer's role names a file, so it is limited to a-z, 0-9 and '-'.
    #[error("`{0}` is not a usable signer role")]
    BadRole(String),
    /// The signer has no name to put in the certificate.
    #[error("the signer has no name")]
    NoSignerName,
    /// The bytes are not a PDF this crate can read.
    #[error("not a readable PDF: {0}")]
    NotPdf(String),
    /// Encrypted PDFs are not signed (the update would need the document's password).
    #[error("the PDF is encrypted")]
    Encrypted,
    /// Another signing kept the key folder's lock for too long.
    #[error("the key folder lock {path} was held for {seconds} s")]
    KeysBusy { path: PathBuf, seconds: u64 },
    /// A file given as a trusted authority holds no certificate.
    #[error("{path} holds no certificate: {reason}")]
    NoCertificate { path: PathBuf, reason: String },
    /// A certificate given as a trusted authority may not issue certificates.
    #[error("{path} is not a certificate authority")]
    NotAnAuthority { path: PathBuf },
    /// Building a key, certificate or signature failed.
    #[error("cryptography failed: {0}")]
    Crypto(String),
}

impl SigningError {
    /// The Fluent id (in `signing.ftl` or `signing-trust.ftl`) and variables of the message for this error.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            SigningError::Io { path, source } => (
                "signing-error-io",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            SigningError::Damaged { path, problem } => (
                "signing-error-damaged",
                vec![
                    ("path", path.display().to_string()),
                    ("problem", problem.clone()),
                ],
            ),
            SigningError::BadRole(role) => ("signing-error-role", vec![("role", role.clone())]),
            SigningError::NoSignerName => ("signing-error-no-name", vec![]),
            SigningError::NotPdf(reason) => {
                ("signing-error-not-pdf", vec![("reason", reason.clone())])
            }
            SigningError::Encrypted => ("signing-error-encrypted", vec![]),
            SigningError::KeysBusy { path, seconds } => (
                "signing-error-keys-busy",
                vec![
                    ("path", path.display().to_string()),
                    ("seconds", seconds.to_string()),
                ],
            ),
            SigningError::NoCertificate { path, reason } => (
                "signing-trust-error-no-certificate",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            SigningError::NotAnAuthority { path } => (
                "signing-trust-error-not-authority",
                vec![("path", path.display().to_string())],
            ),
            SigningError::Crypto(reason) => {
                ("signing-error-crypto", vec![("reason", reason.clone())])
            }
        }
    }

    pub(crate) fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Self + '_ {
        move |source| SigningError::Io {
            path: path.to_owned(),
            source,
        }
    }

    pub(crate) fn crypto(error: impl std::fmt::Display) -> Self {
        SigningError::Crypto(error.to_string())
    }
}
