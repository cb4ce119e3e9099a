//! Digital signatures on Concord's PDFs.
//!
//! The city runs a small certificate authority of its own ([`Keyring`]): on first use it creates
//! the authority's key and certificate, and issues each signer (focal point, high-level
//! representative) a certificate from it. The files live in a folder next to the database with
//! mode 0600 and never enter the database or its export. A partner city that imports the
//! authority's certificate (`ca_certificate_pem`) sees every signature of this city as trusted.
//!
//! [`sign_pdf`] adds a PAdES baseline B-B signature (`/SubFilter /ETSI.CAdES.detached`, detached
//! CMS SignedData with SHA-256 and the ESS signing-certificate-v2 attribute) by an incremental
//! update, so earlier signatures stay valid. [`verify_pdf`] reports every signature in a file:
//! who signed, when, the certificate's fingerprint, whether it verifies, and which bytes it
//! leaves uncovered. [`verify_document`] adds whether a trusted authority (the city's own, or a
//! partner's) issued each certificate, checked by key and signature, never by name, and what
//! each revision after the first signature changed besides adding signatures.

pub mod city;
mod cms_signature;
mod error;
mod ess;
mod fingerprint;
mod keyring;
mod keys_lock;
mod names;
mod pdf_scan;
mod private_file;
mod revision_diff;
mod revisions;
mod sign;
mod trust;
mod verify;

pub use city::{
    CityRole, city_authority_path, city_keyring, city_signer_fingerprint, city_trusted_authorities,
    keys_dir, sign_for_city,
};
pub use error::SigningError;
pub use fingerprint::Fingerprint;
pub use keyring::{CityIdentity, Keyring, Signer, SignerIdentity};
pub use revision_diff::{ContentChange, ObjectRole};
pub use revisions::RevisionReport;
pub use sign::{sign_pdf, sign_pdf_in_field};
pub use trust::{AuthorityOrigin, Distrust, Trust, TrustedAuthorities, TrustedAuthority};
pub use verify::{DocumentReport, SignatureReport, SignatureStatus, verify_document, verify_pdf};

/// Result of every fallible operation in this crate.
pub type Result<T> = std::result::Result<T, SigningError>;
