//! The city's certificate authority and its signers' keys, kept as PEM files in one folder.
//!
//! ```text
//! keys/city-ca.key.pem        the authority's RSA-2048 key (PKCS#8), 0600
//! keys/city-ca.cert.pem       its self-signed certificate: what partners import
//! keys/<role>.key.pem         a signer's key (focal-point, representative, …), 0600
//! keys/<role>.cert.pem        the signer's certificate, issued by the authority
//! ```
//!
//! Everything is created on first use, under the folder's lock (`keys/.lock`) and never over a
//! file that exists. A damaged file is an error, never a reason to start over: a new authority
//! would silently void what partners have imported.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use der::asn1::{GeneralizedTime, Ia5String};
use der::pem::LineEnding;
use der::{DecodePem, Encode, EncodePem};
use rsa::pkcs1v15::SigningKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use rsa::{RsaPrivateKey, RsaPublicKey};
use sha2::Sha256;
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::ext::pkix::SubjectAltName;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::{EncodePublicKey, SubjectPublicKeyInfoOwned};
use x509_cert::time::{Time, Validity};

use concord_domain::bilingual::split_scripts;

use crate::fingerprint::Fingerprint;
use crate::keys_lock::lock_keys;
use crate::names::{self, COMMON_NAME, LOCALITY, ORGANISATION, ORGANISATIONAL_UNIT, TITLE};
use crate::private_file::{create_private, create_private_dir, read_if_present, write_private};
use crate::{Result, SigningError};

const RSA_BITS: usize = 2048;
const CA_YEARS: u64 = 10;
const SIGNER_YEARS: u64 = 3;
/// A signer's certificate is renewed this long before it runs out.
const RENEW_BEFORE_DAYS: i64 = 30;
const CA_STEM: &str = "city-ca";

/// The city whose authority this is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CityIdentity {
    pub city_zh: String,
    pub city_en: String,
}

/// A person who signs for the city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignerIdentity {
    pub name: String,
    /// Names the key files: `focal-point`, `representative` or another lowercase word.
    pub role_key: String,
    pub city_zh: String,
    pub city_en: String,
    /// The signer's title, Chinese first when it has both ("市长 Mayor"): each language becomes
    /// its own title attribute.
    pub title: String,
    /// The administration the signer signs for, Chinese first when it has both.
    pub organisation: String,
    pub email: String,
}

/// The open key folder: the authority's key and certificate.
pub struct Keyring {
    dir: PathBuf,
    ca_key: RsaPrivateKey,
    ca_cert: Certificate,
    ca_der: Vec<u8>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("dir", &self.dir)
            .field("ca", &Fingerprint::of_der(&self.ca_der).short())
            .finish_non_exhaustive()
    }
}

/// A signer's key with the certificate the authority issued for it.
pub struct Signer {
    pub(crate) key: RsaPrivateKey,
    pub(crate) cert: Certificate,
    pub(crate) cert_der: Vec<u8>,
    pub(crate) ca_cert: Certificate,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("name", &self.name())
            .field("certificate", &self.fingerprint().short())
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// The common name in the certificate.
    pub fn name(&self) -> String {
        names::display_name(&self.cert.tbs_certificate.subject)
    }

    /// The fingerprint of the signer's certificate (what `concord verify` and `pdfsig` show).
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of_der(&self.cert_der)
    }

    pub fn certificate_pem(&self) -> Result<String> {
        self.cert
            .to_pem(LineEnding::LF)
            .map_err(SigningError::crypto)
    }
}

impl Keyring {
    /// Opens the key folder, creating the folder and the city's authority on first use.
    pub fn open_or_create(dir: &Path, city: &CityIdentity, now: DateTime<Utc>) -> Result<Self> {
        create_private_dir(dir)?;
        let _lock = lock_keys(dir)?;
        let key_path = dir.join(format!("{CA_STEM}.key.pem"));
        let cert_path = dir.join(format!("{CA_STEM}.cert.pem"));
        if read_if_present(&key_path)?.is_none() && read_if_present(&cert_path)?.is_none() {
            create_authority(&key_path, &cert_path, city, now)?;
        }
        // What is on disk is the authority, whoever wrote it.
        let (ca_key, ca_cert) = match (read_if_present(&key_path)?, read_if_present(&cert_path)?) {
            (Some(key), Some(cert)) => {
                let key = parse_key(&key_path, &key)?;
                let cert = parse_cert(&cert_path, &cert)?;
                if !cert_matches_key(&cert, &key)? {
                    return Err(damaged(&cert_path, "the certificate is not the key's"));
                }
                (key, cert)
            }
            (Some(_), None) => return Err(damaged(&cert_path, "missing")),
            (None, _) => return Err(damaged(&key_path, "missing")),
        };
        let ca_der = ca_cert.to_der().map_err(SigningError::crypto)?;
        Ok(Keyring {
            dir: dir.to_owned(),
            ca_key,
            ca_cert,
            ca_der,
        })
    }

    /// The authority's certificate in PEM, for partners to import.
    pub fn ca_certificate_pem(&self) -> Result<String> {
        self.ca_cert
            .to_pem(LineEnding::LF)
            .map_err(SigningError::crypto)
    }

    /// The fingerprint of the authority's certificate.
    pub fn ca_fingerprint(&self) -> Fingerprint {
        Fingerprint::of_der(&self.ca_der)
    }

    /// The signer for `who`: its key is created on first use, its certificate issued then and
    /// again whenever the name in it no longer matches or it is about to run out.
    pub fn signer(&self, who: &SignerIdentity, now: DateTime<Utc>) -> Result<Signer> {
        let role = &who.role_key;
        let role_ok = !role.is_empty()
            && role.len() <= 40
            && role
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !role_ok {
            return Err(SigningError::BadRole(role.clone()));
        }
        if who.name.trim().is_empty() {
            return Err(SigningError::NoSignerName);
        }
        let _lock = lock_keys(&self.dir)?;
        let key_path = self.dir.join(format!("{role}.key.pem"));
        let cert_path = self.dir.join(format!("{role}.cert.pem"));
        if read_if_present(&key_path)?.is_none() {
            let pem = key_pem(&new_key()?)?;
            if create_private(&key_path, pem.as_bytes())? {
                // A certificate left from an older key is of no use now.
                let _ = std::fs::remove_file(&cert_path);
            }
        }
        let key = match read_if_present(&key_path)? {
            Some(pem) => parse_key(&key_path, &pem)?,
            None => return Err(damaged(&key_path, "missing")),
        };
        let subject = signer_name(who)?;
        let existing = match read_if_present(&cert_path)? {
            Some(pem) => Some(parse_cert(&cert_path, &pem)?),
            None => None,
        };
        let cert = match existing {
            Some(cert) if self.still_good(&cert, &key, &subject, now)? => cert,
            _ => {
                let cert = self.issue(&key, subject, &who.email, now)?;
                write_cert(&cert_path, &cert)?;
                cert
            }
        };
        let cert_der = cert.to_der().map_err(SigningError::crypto)?;
        Ok(Signer {
            key,
            cert,
            cert_der,
            ca_cert: self.ca_cert.clone(),
        })
    }

    fn still_good(
        &self,
        cert: &Certificate,
        key: &RsaPrivateKey,
        subject: &Name,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let tbs = &cert.tbs_certificate;
        let renew_at = now + chrono::Duration::days(RENEW_BEFORE_DAYS);
        let not_after = tbs.validity.not_after.to_unix_duration().as_secs();
        Ok(&tbs.subject == subject
            && tbs.issuer == self.ca_cert.tbs_certificate.subject
            && i64::try_from(not_after).unwrap_or(i64::MAX) > renew_at.timestamp()
            && cert_matches_key(cert, key)?)
    }

    fn issue(
        &self,
        key: &RsaPrivateKey,
        subject: Name,
        email: &str,
        now: DateTime<Utc>,
    ) -> Result<Certificate> {
        let profile = Profile::Leaf {
            issuer: self.ca_cert.tbs_certificate.subject.clone(),
            enable_key_agreement: false,
            enable_key_encipherment: false,
        };
        let ca_signer = SigningKey::<Sha256>::new(self.ca_key.clone());
        let mut builder = CertificateBuilder::new(
            profile,
            random_serial()?,
            validity(now, SIGNER_YEARS)?,
            subject,
            spki(&RsaPublicKey::from(key))?,
            &ca_signer,
        )
        .map_err(SigningError::crypto)?;
        let email = email.trim();
        if !email.is_empty()
            && let Ok(address) = Ia5String::new(email)
        {
            builder
                .add_extension(&SubjectAltName(vec![GeneralName::Rfc822Name(address)]))
                .map_err(SigningError::crypto)?;
        }
        builder
            .build::<rsa::pkcs1v15::Signature>()
            .map_err(SigningError::crypto)
    }
}

fn create_authority(
    key_path: &Path,
    cert_path: &Path,
    city: &CityIdentity,
    now: DateTime<Utc>,
) -> Result<()> {
    let key = new_key()?;
    let city_names = format!("{} {}", city.city_en.trim(), city.city_zh.trim());
    let subject = names::build_name(&[
        (COMMON_NAME, &format!("{} Concord CA", city_names.trim())),
        (ORGANISATION, city_names.trim()),
        (ORGANISATIONAL_UNIT, "Concord"),
    ])?;
    let signer = SigningKey::<Sha256>::new(key.clone());
    let cert = CertificateBuilder::new(
        Profile::Root,
        random_serial()?,
        validity(now, CA_YEARS)?,
        subject,
        spki(&RsaPublicKey::from(&key))?,
        &signer,
    )
    .map_err(SigningError::crypto)?
    .build::<rsa::pkcs1v15::Signature>()
    .map_err(SigningError::crypto)?;
    // The key first: a certificate without its key would read as damage on the next start.
    // Neither replaces a file another writer made; the caller reads back what is on disk.
    if create_private(key_path, key_pem(&key)?.as_bytes())? {
        create_private(cert_path, cert_pem(&cert)?.as_bytes())?;
    }
    Ok(())
}

/// The signer's name: who, their title and administration in each language (one attribute
/// per language keeps each within the 64 characters a name attribute may hold), the role that
/// names the key, and the city.
fn signer_name(who: &SignerIdentity) -> Result<Name> {
    let city = format!("{} {}", who.city_en.trim(), who.city_zh.trim());
    let (title_zh, title_en) = split_scripts(&who.title);
    let (organisation_zh, organisation_en) = split_scripts(&who.organisation);
    names::build_name(&[
        (COMMON_NAME, who.name.as_str()),
        (TITLE, title_zh.as_str()),
        (TITLE, title_en.as_str()),
        (ORGANISATION, organisation_zh.as_str()),
        (ORGANISATION, organisation_en.as_str()),
        (ORGANISATIONAL_UNIT, who.role_key.as_str()),
        (LOCALITY, city.trim()),
    ])
}

fn new_key() -> Result<RsaPrivateKey> {
    RsaPrivateKey::new(&mut rand_core::OsRng, RSA_BITS).map_err(SigningError::crypto)
}

fn spki(public: &RsaPublicKey) -> Result<SubjectPublicKeyInfoOwned> {
    SubjectPublicKeyInfoOwned::from_key(public.clone()).map_err(SigningError::crypto)
}

fn cert_matches_key(cert: &Certificate, key: &RsaPrivateKey) -> Result<bool> {
    let ours = RsaPublicKey::from(key)
        .to_public_key_der()
        .map_err(SigningError::crypto)?;
    let theirs = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(SigningError::crypto)?;
    Ok(ours.as_bytes() == theirs.as_slice())
}

/// Sixteen random bytes, positive and without a leading zero (RFC 5280 §4.1.2.2).
fn random_serial() -> Result<SerialNumber> {
    use rand_core::RngCore;
    let mut bytes = [0u8; 16];
    rand_core::OsRng.fill_bytes(&mut bytes);
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    SerialNumber::new(&bytes).map_err(SigningError::crypto)
}

/// From an hour ago (clocks differ) for `years` years.
fn validity(now: DateTime<Utc>, years: u64) -> Result<Validity> {
    let start = u64::try_from(now.timestamp() - 3600).map_err(SigningError::crypto)?;
    let end = start + years * 365 * 24 * 3600 + 3600;
    let time = |secs: u64| -> Result<Time> {
        let generalized = GeneralizedTime::from_unix_duration(Duration::from_secs(secs))
            .map_err(SigningError::crypto)?;
        Ok(Time::GeneralTime(generalized))
    };
    Ok(Validity {
        not_before: time(start)?,
        not_after: time(end)?,
    })
}

fn parse_key(path: &Path, pem: &[u8]) -> Result<RsaPrivateKey> {
    let text = std::str::from_utf8(pem).map_err(|e| damaged(path, &e.to_string()))?;
    RsaPrivateKey::from_pkcs8_pem(text).map_err(|e| damaged(path, &e.to_string()))
}

fn parse_cert(path: &Path, pem: &[u8]) -> Result<Certificate> {
    Certificate::from_pem(pem).map_err(|e| damaged(path, &e.to_string()))
}

fn key_pem(key: &RsaPrivateKey) -> Result<der::zeroize::Zeroizing<String>> {
    key.to_pkcs8_pem(LineEnding::LF)
        .map_err(SigningError::crypto)
}

fn cert_pem(cert: &Certificate) -> Result<String> {
    cert.to_pem(LineEnding::LF).map_err(SigningError::crypto)
}

fn write_cert(path: &Path, cert: &Certificate) -> Result<()> {
    write_private(path, cert_pem(cert)?.as_bytes())
}

fn damaged(path: &Path, problem: &str) -> SigningError {
    SigningError::Damaged {
        path: path.to_owned(),
        problem: problem.to_owned(),
    }
}
