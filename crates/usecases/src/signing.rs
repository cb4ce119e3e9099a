//! Digital signatures for the city: sign a PDF, hand the city's certificate to partners, and
//! verify a signed PDF against the authorities this database trusts. The keys live in `keys/`
//! beside the database (`db`), never in it; they are created on first use.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use concord_documents::model::Document;
use concord_domain::Dialogue;
use concord_i18n::{FluentValue, I18n, Locale};
use concord_store::Store;

use crate::{Language, UseCaseError};

pub use concord_signing::{
    AuthorityOrigin, CityRole, ContentChange, Distrust, DocumentReport, Fingerprint, ObjectRole,
    RevisionReport, SignatureReport, SignatureStatus, Trust, TrustedAuthorities, keys_dir,
};

/// The city's certificate authority, as partners see it.
#[derive(Debug, Clone)]
pub struct CityCertificate {
    /// SHA-256 of the certificate.
    pub fingerprint: Fingerprint,
    pub pem: String,
}

/// A PDF signed for `role`, and the fingerprint of the certificate that signed it.
#[derive(Debug, Clone)]
pub struct SignedPdf {
    pub bytes: Vec<u8>,
    pub fingerprint: Fingerprint,
}

/// The city's authority certificate (created on first use), for partners to import.
pub fn city_certificate(
    store: &Store,
    db: &Path,
    now: DateTime<FixedOffset>,
) -> Result<CityCertificate, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let keyring = concord_signing::city_keyring(db, &dialogue, now)?;
    Ok(CityCertificate {
        fingerprint: keyring.ca_fingerprint(),
        pem: keyring.ca_certificate_pem()?,
    })
}

/// Signs `pdf` for `role` with the keys beside `db`.
pub fn sign_pdf(
    store: &Store,
    db: &Path,
    pdf: &[u8],
    role: CityRole,
    now: DateTime<FixedOffset>,
) -> Result<SignedPdf, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    // A PDF of unknown language: the reason in both.
    let bytes = concord_signing::sign_for_city(db, &dialogue, pdf, role, now, &[])?;
    let fingerprint = concord_signing::city_signer_fingerprint(db, &dialogue, role, now)?;
    Ok(SignedPdf { bytes, fingerprint })
}

/// How a document is signed for the city: the signing certificate's fingerprint goes in the
/// footer before the document is rendered, then the rendered bytes are signed, so the signature
/// covers the fingerprint it names. The declarations and the vision declaration sign this way.
pub(crate) struct DocumentSigning<'a> {
    pub db: &'a Path,
    pub dialogue: &'a Dialogue,
    pub role: CityRole,
    pub now: DateTime<FixedOffset>,
}

impl DocumentSigning<'_> {
    /// The footer note naming the certificate (created on first use) in `language`.
    pub fn footer_note(&self, language: Language) -> Result<String, UseCaseError> {
        let fingerprint =
            concord_signing::city_signer_fingerprint(self.db, self.dialogue, self.role, self.now)?;
        Ok(concord_documents::declaration::fingerprint_footer(
            language,
            &fingerprint.colon_hex(),
        ))
    }

    /// Prints the signature's mark (who, when, which certificate) on the signer's line of
    /// `document` and places the empty field the signature then fills over it. A document
    /// without a line for the role is signed with an invisible field instead.
    pub fn mark(&self, document: &mut Document, language: Language) -> Result<(), UseCaseError> {
        let fingerprint =
            concord_signing::city_signer_fingerprint(self.db, self.dialogue, self.role, self.now)?;
        // The signer as the document's language names them ("李建国" in a Chinese one).
        let name = concord_documents::Voice::shared(language)
            .own_split(&concord_signing::city::signer_identity(self.dialogue, self.role).name);
        let time = self.now.format("%Y-%m-%d %H:%M %:z").to_string();
        let (i18n, suffix) = match language {
            Language::En => (I18n::shared(Locale::En), ""),
            Language::ZhCn => (I18n::shared(Locale::ZhCn), ""),
            Language::Bilingual => (I18n::shared(Locale::ZhCn), "-bilingual"),
        };
        let line = |id: &str, key: &'static str, value: &str| {
            i18n.fmt(
                &format!("signature-mark-{id}{suffix}"),
                &[(key, FluentValue::from(value.to_owned()))],
            )
        };
        let lines = vec![
            line("signer", "name", &name),
            line("time", "time", &time),
            line("certificate", "fingerprint", &fingerprint.short()),
        ];
        document.mark_digital_signature(self.role.key(), lines);
        Ok(())
    }

    /// The rendered PDF, signed, the signature's reason in the document's `language`.
    pub fn sign(&self, pdf: &[u8], language: Language) -> Result<Vec<u8>, UseCaseError> {
        let reason_in: &[Locale] = match language {
            Language::En => &[Locale::En],
            Language::ZhCn => &[Locale::ZhCn],
            Language::Bilingual => &[Locale::ZhCn, Locale::En],
        };
        Ok(concord_signing::sign_for_city(
            self.db,
            self.dialogue,
            pdf,
            self.role,
            self.now,
            reason_in,
        )?)
    }
}

/// A partner's authority certificate, read by the shell, with where it came from.
#[derive(Debug, Clone)]
pub struct PartnerAuthority {
    pub pem: Vec<u8>,
    pub source: PathBuf,
}

/// The authorities a verification trusts: the city's own from `keys/` beside `db` (never
/// created by verifying) and every partner's given.
pub fn trusted_authorities(
    db: &Path,
    partners: &[PartnerAuthority],
) -> Result<TrustedAuthorities, UseCaseError> {
    let mut trusted = concord_signing::city_trusted_authorities(db)?;
    for partner in partners {
        trusted.add_pem(&partner.pem, AuthorityOrigin::Partner, &partner.source)?;
    }
    Ok(trusted)
}

/// Every signature in `pdf`: who, when, whether it verifies and is trusted, and what each
/// revision after the first signature changed.
pub fn verify_pdf(
    pdf: &[u8],
    trusted: &TrustedAuthorities,
) -> Result<DocumentReport, UseCaseError> {
    Ok(concord_signing::verify_document(pdf, trusted)?)
}

/// Where the city's authority certificate is kept, as the verification report names it.
pub fn city_authority_path(db: &Path) -> PathBuf {
    concord_signing::city_authority_path(db)
}
