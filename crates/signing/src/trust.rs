//! Whose signatures count: the certificate authorities a verifier trusts, and the check that a
//! signer's certificate was issued by one of them.
//!
//! Names prove nothing: anyone can make an authority called "Weinan 渭南 Concord CA". A
//! certificate is trusted only when a trusted authority's key verifies the certificate's
//! signature, and it was valid when it signed.

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};
use der::Encode;
use rsa::RsaPublicKey;
use rsa::pkcs8::DecodePublicKey;
use x509_cert::Certificate;
use x509_cert::ext::pkix::BasicConstraints;

use crate::cms_signature::{ID_SHA256, verify_rsa};
use crate::fingerprint::Fingerprint;
use crate::names::display_name;
use crate::{Result, SigningError};

/// Why an authority is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorityOrigin {
    /// The city's own authority, from `keys/` beside the database.
    City,
    /// A partner city's authority, given with `--trust`.
    Partner,
}

/// One trusted certificate authority.
#[derive(Debug, Clone)]
pub struct TrustedAuthority {
    pub name: String,
    pub fingerprint: Fingerprint,
    pub origin: AuthorityOrigin,
    /// The file it was read from.
    pub source: PathBuf,
    certificate: Certificate,
}

/// The authorities a verification trusts; none by default.
#[derive(Debug, Clone, Default)]
pub struct TrustedAuthorities {
    authorities: Vec<TrustedAuthority>,
}

/// Whether a signer's certificate comes from a trusted authority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// Only the signature was checked ([`crate::verify_pdf`]).
    NotChecked,
    Trusted {
        authority: String,
        fingerprint: Fingerprint,
        origin: AuthorityOrigin,
    },
    NotTrusted(Distrust),
}

impl Trust {
    pub fn is_trusted(&self) -> bool {
        matches!(self, Trust::Trusted { .. })
    }
}

/// Why a certificate is not trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Distrust {
    /// The signature carries no certificate to check.
    NoCertificate,
    /// No trusted authority's key signed the certificate.
    UnknownIssuer {
        /// The issuer the certificate names.
        issuer: String,
        /// A trusted authority of that very name, whose key did not sign it: a forgery.
        same_name_authority: Option<Fingerprint>,
        /// The authority certificate inside the signature that did sign it, if any.
        presented_authority: Option<Fingerprint>,
    },
    /// Issued by a trusted authority, but not valid at the time of signing.
    OutsideValidity {
        subject: String,
        not_before: DateTime<Utc>,
        not_after: DateTime<Utc>,
        at: DateTime<Utc>,
    },
}

impl TrustedAuthorities {
    /// Adds every certificate in `pem` (one or more PEM blocks). Each must be an authority's
    /// (basic constraints with cA set): a signer's own certificate cannot vouch for others.
    pub fn add_pem(&mut self, pem: &[u8], origin: AuthorityOrigin, source: &Path) -> Result<()> {
        let certificates =
            Certificate::load_pem_chain(pem).map_err(|e| SigningError::NoCertificate {
                path: source.to_owned(),
                reason: e.to_string(),
            })?;
        if certificates.is_empty() {
            return Err(SigningError::NoCertificate {
                path: source.to_owned(),
                reason: "no PEM certificate block".to_owned(),
            });
        }
        for certificate in certificates {
            if !is_authority(&certificate) {
                return Err(SigningError::NotAnAuthority {
                    path: source.to_owned(),
                });
            }
            let der = certificate.to_der().map_err(SigningError::crypto)?;
            let fingerprint = Fingerprint::of_der(&der);
            if self
                .authorities
                .iter()
                .any(|a| a.fingerprint == fingerprint)
            {
                continue;
            }
            self.authorities.push(TrustedAuthority {
                name: display_name(&certificate.tbs_certificate.subject),
                fingerprint,
                origin,
                source: source.to_owned(),
                certificate,
            });
        }
        Ok(())
    }

    pub fn authorities(&self) -> &[TrustedAuthority] {
        &self.authorities
    }

    /// Whether `certificate` (with the other certificates a signature carries) was issued by a
    /// trusted authority and valid at `at`.
    pub(crate) fn assess(
        &self,
        certificate: Option<&Certificate>,
        presented: &[Certificate],
        at: DateTime<Utc>,
    ) -> Trust {
        let Some(certificate) = certificate else {
            return Trust::NotTrusted(Distrust::NoCertificate);
        };
        let issuer = &certificate.tbs_certificate.issuer;
        let issued_by = |authority: &Certificate| {
            &authority.tbs_certificate.subject == issuer && signed_by(certificate, authority)
        };
        if let Some(authority) = self.authorities.iter().find(|a| issued_by(&a.certificate)) {
            for cert in [certificate, &authority.certificate] {
                if let Some(distrust) = outside_validity(cert, at) {
                    return Trust::NotTrusted(distrust);
                }
            }
            return Trust::Trusted {
                authority: authority.name.clone(),
                fingerprint: authority.fingerprint,
                origin: authority.origin,
            };
        }
        let same_name_authority = self
            .authorities
            .iter()
            .find(|a| &a.certificate.tbs_certificate.subject == issuer)
            .map(|a| a.fingerprint);
        let presented_authority = presented
            .iter()
            .find(|c| issued_by(c))
            .and_then(|c| c.to_der().ok())
            .map(|der| Fingerprint::of_der(&der));
        Trust::NotTrusted(Distrust::UnknownIssuer {
            issuer: display_name(issuer),
            same_name_authority,
            presented_authority,
        })
    }
}

/// The authority's key verifies the certificate's signature over its TBS part.
fn signed_by(certificate: &Certificate, authority: &Certificate) -> bool {
    if certificate.signature_algorithm != certificate.tbs_certificate.signature {
        return false;
    }
    let Ok(spki) = authority.tbs_certificate.subject_public_key_info.to_der() else {
        return false;
    };
    let Ok(public) = RsaPublicKey::from_public_key_der(&spki) else {
        return false;
    };
    let Ok(tbs) = certificate.tbs_certificate.to_der() else {
        return false;
    };
    let Some(signature) = certificate.signature.as_bytes() else {
        return false;
    };
    verify_rsa(
        &certificate.signature_algorithm.oid,
        &ID_SHA256,
        &public,
        &tbs,
        signature,
    )
    .unwrap_or(false)
}

fn is_authority(certificate: &Certificate) -> bool {
    matches!(
        certificate.tbs_certificate.get::<BasicConstraints>(),
        Ok(Some((_, constraints))) if constraints.ca
    )
}

fn outside_validity(certificate: &Certificate, at: DateTime<Utc>) -> Option<Distrust> {
    let validity = &certificate.tbs_certificate.validity;
    let time = |t: &x509_cert::time::Time| {
        let seconds = i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX);
        Utc.timestamp_opt(seconds, 0)
            .single()
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    };
    let (not_before, not_after) = (time(&validity.not_before), time(&validity.not_after));
    (at < not_before || at > not_after).then(|| Distrust::OutsideValidity {
        subject: display_name(&certificate.tbs_certificate.subject),
        not_before,
        not_after,
        at,
    })
}

/// Reads the authority certificate in `path`, when the file exists.
pub(crate) fn read_authority_file(
    trusted: &mut TrustedAuthorities,
    path: &Path,
    origin: AuthorityOrigin,
) -> Result<bool> {
    match crate::private_file::read_if_present(path)? {
        Some(pem) => trusted.add_pem(&pem, origin, path).map(|()| true),
        None => Ok(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_without_a_certificate_is_refused() {
        let mut trusted = TrustedAuthorities::default();
        let error = trusted.add_pem(b"hello", AuthorityOrigin::Partner, Path::new("x.pem"));
        assert!(matches!(error, Err(SigningError::NoCertificate { .. })));
        assert!(trusted.authorities().is_empty());
    }
}
