//! The detached CMS SignedData inside a PDF signature: built with the `cms` crate for signing,
//! decoded and checked for verifying.

use cms::builder::{SignedDataBuilder, SignerInfoBuilder};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::ContentInfo;
use cms::signed_data::{EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo};
use der::asn1::{Any, OctetString, SetOfVec};
use der::oid::ObjectIdentifier;
use der::{Decode, Encode, SliceReader};
use rsa::pkcs1v15::{Signature, SigningKey, VerifyingKey};
use rsa::pkcs8::DecodePublicKey;
use rsa::{Pkcs1v15Sign, RsaPublicKey};
use sha2::{Digest, Sha256, Sha384, Sha512};
use signature::Verifier;
use x509_cert::Certificate;
use x509_cert::attr::Attribute;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::spki::AlgorithmIdentifierOwned;

use crate::ess::{EssCertIdV2, ID_SIGNING_CERTIFICATE_V2, IssuerSerial, SigningCertificateV2};
use crate::keyring::Signer;
use crate::{Result, SigningError};

const ID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const ID_MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const ID_SIGNING_TIME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.5");
pub(crate) const ID_SHA256: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const ID_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const ID_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");
const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const SHA256_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
const SHA384_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.12");
const SHA512_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.13");

/// A CAdES detached signature over `digest` (the SHA-256 of the signed byte ranges), carrying
/// the signer's and the authority's certificates. The signing time is deliberately not a signed
/// attribute: PAdES baseline puts it in the signature dictionary's `/M`.
pub(crate) fn build_detached(signer: &Signer, digest: &[u8]) -> Result<Vec<u8>> {
    let content = EncapsulatedContentInfo {
        econtent_type: ID_DATA,
        econtent: None,
    };
    let tbs = &signer.cert.tbs_certificate;
    let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: tbs.issuer.clone(),
        serial_number: tbs.serial_number.clone(),
    });
    let sha256 = AlgorithmIdentifierOwned {
        oid: ID_SHA256,
        parameters: None,
    };
    let key = SigningKey::<Sha256>::new(signer.key.clone());
    let mut info = SignerInfoBuilder::new(&key, sid, sha256.clone(), &content, Some(digest))
        .map_err(SigningError::crypto)?;
    info.add_signed_attribute(signing_certificate_v2(signer)?)
        .map_err(SigningError::crypto)?;
    SignedDataBuilder::new(&content)
        .add_digest_algorithm(sha256)
        .map_err(SigningError::crypto)?
        .add_certificate(CertificateChoices::Certificate(signer.cert.clone()))
        .map_err(SigningError::crypto)?
        .add_certificate(CertificateChoices::Certificate(signer.ca_cert.clone()))
        .map_err(SigningError::crypto)?
        .add_signer_info::<_, Signature>(info)
        .map_err(SigningError::crypto)?
        .build()
        .map_err(SigningError::crypto)?
        .to_der()
        .map_err(SigningError::crypto)
}

fn signing_certificate_v2(signer: &Signer) -> Result<Attribute> {
    let tbs = &signer.cert.tbs_certificate;
    let value = SigningCertificateV2 {
        certs: vec![EssCertIdV2 {
            hash_algorithm: None,
            cert_hash: OctetString::new(Sha256::digest(&signer.cert_der).to_vec())
                .map_err(SigningError::crypto)?,
            issuer_serial: Some(IssuerSerial {
                issuer: vec![GeneralName::DirectoryName(tbs.issuer.clone())],
                serial_number: tbs.serial_number.clone(),
            }),
        }],
    };
    let any = Any::from_der(&value.to_der().map_err(SigningError::crypto)?)
        .map_err(SigningError::crypto)?;
    Ok(Attribute {
        oid: ID_SIGNING_CERTIFICATE_V2,
        values: SetOfVec::try_from(vec![any]).map_err(SigningError::crypto)?,
    })
}

/// What checking one CMS signature found.
#[derive(Debug)]
pub(crate) struct CmsCheck {
    pub certificate: Option<Certificate>,
    /// The other certificates the signature carries (the issuer's, as the signer claims it).
    pub others: Vec<Certificate>,
    /// The digest of the signed bytes equals the one the signer signed.
    pub digest_matches: bool,
    /// The signer's key made the signature over the signed attributes (or the digest).
    pub signature_verifies: bool,
    /// signing-certificate-v2 is present and names the signer's certificate.
    pub binds_certificate: bool,
    /// The signing-time attribute, when a producer included one (UTC seconds).
    pub signing_time: Option<i64>,
    /// Why the signature could not be checked at all.
    pub unsupported: Option<String>,
}

/// Checks a detached signature over `ranges` (the signed parts of the file, in order).
pub(crate) fn check_detached(
    contents: &[u8],
    ranges: &[&[u8]],
) -> std::result::Result<CmsCheck, String> {
    // /Contents is padded with zeros after the DER value: decode one value, ignore the rest.
    let mut reader = SliceReader::new(contents).map_err(|e| e.to_string())?;
    let info: ContentInfo = der::Decode::decode(&mut reader).map_err(|e| e.to_string())?;
    if info.content_type != ID_SIGNED_DATA {
        return Err(format!(
            "content type {} is not signed data",
            info.content_type
        ));
    }
    let signed: SignedData = info.content.decode_as().map_err(|e| e.to_string())?;
    let signer_info = signed
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| "no signer".to_owned())?;
    let certificate = find_certificate(&signed, signer_info);
    let others = signed
        .certificates
        .iter()
        .flat_map(|set| set.0.iter())
        .filter_map(|choice| match choice {
            CertificateChoices::Certificate(cert) if Some(cert) != certificate.as_ref() => {
                Some(cert.clone())
            }
            _ => None,
        })
        .collect();
    let mut check = CmsCheck {
        certificate: certificate.clone(),
        others,
        digest_matches: false,
        signature_verifies: false,
        binds_certificate: false,
        signing_time: None,
        unsupported: None,
    };
    let Some(digest) = digest_ranges(&signer_info.digest_alg.oid, ranges) else {
        check.unsupported = Some(format!("digest {}", signer_info.digest_alg.oid));
        return Ok(check);
    };
    let Some(certificate) = certificate else {
        check.unsupported = Some("the signer's certificate is not in the signature".to_owned());
        return Ok(check);
    };
    let public = certificate
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| e.to_string())
        .and_then(|der| RsaPublicKey::from_public_key_der(&der).map_err(|e| e.to_string()));
    let public = match public {
        Ok(key) => key,
        Err(e) => {
            check.unsupported = Some(format!("public key: {e}"));
            return Ok(check);
        }
    };
    let signature = signer_info.signature.as_bytes();
    match &signer_info.signed_attrs {
        Some(attributes) => {
            check.digest_matches = attribute_values(attributes, ID_MESSAGE_DIGEST)
                .next()
                .and_then(|value| value.decode_as::<OctetString>().ok())
                .is_some_and(|signed| signed.as_bytes() == digest.as_slice());
            check.signing_time = attribute_values(attributes, ID_SIGNING_TIME)
                .next()
                .and_then(|value| value.to_der().ok())
                .and_then(|der| x509_cert::time::Time::from_der(&der).ok())
                .and_then(|time| i64::try_from(time.to_unix_duration().as_secs()).ok());
            let cert_der = certificate.to_der().map_err(|e| e.to_string())?;
            check.binds_certificate = attribute_values(attributes, ID_SIGNING_CERTIFICATE_V2)
                .next()
                .and_then(|value| value.decode_as::<SigningCertificateV2>().ok())
                .and_then(|value| value.certs.into_iter().next())
                .is_some_and(|id| {
                    let hash = id.hash_algorithm.map_or(ID_SHA256, |alg| alg.oid);
                    digest_ranges(&hash, &[&cert_der])
                        .is_some_and(|h| h.as_slice() == id.cert_hash.as_bytes())
                });
            // What was signed is the DER of the attributes as a SET (RFC 5652 §5.4).
            let signed_bytes = attributes.to_der().map_err(|e| e.to_string())?;
            match verify_rsa(
                &signer_info.signature_algorithm.oid,
                &signer_info.digest_alg.oid,
                &public,
                &signed_bytes,
                signature,
            ) {
                Ok(ok) => check.signature_verifies = ok,
                Err(e) => check.unsupported = Some(e),
            }
        }
        None => {
            // A plain PKCS#7 signature signs the content digest itself.
            check.digest_matches = true;
            let scheme = match signer_info.digest_alg.oid {
                ID_SHA256 => Pkcs1v15Sign::new::<Sha256>(),
                ID_SHA384 => Pkcs1v15Sign::new::<Sha384>(),
                ID_SHA512 => Pkcs1v15Sign::new::<Sha512>(),
                _ => unreachable!("digest_ranges knows only these"),
            };
            check.signature_verifies = public.verify(scheme, &digest, signature).is_ok();
        }
    }
    Ok(check)
}

fn attribute_values(
    attributes: &SetOfVec<Attribute>,
    oid: ObjectIdentifier,
) -> impl Iterator<Item = &Any> {
    attributes
        .iter()
        .filter(move |a| a.oid == oid)
        .flat_map(|a| a.values.iter())
}

fn find_certificate(signed: &SignedData, info: &SignerInfo) -> Option<Certificate> {
    let certificates = signed.certificates.as_ref()?;
    certificates.0.iter().find_map(|choice| {
        let CertificateChoices::Certificate(cert) = choice else {
            return None;
        };
        let tbs = &cert.tbs_certificate;
        let matches = match &info.sid {
            SignerIdentifier::IssuerAndSerialNumber(id) => {
                id.issuer == tbs.issuer && id.serial_number == tbs.serial_number
            }
            SignerIdentifier::SubjectKeyIdentifier(ski) => tbs
                .extensions
                .iter()
                .flatten()
                .find(|e| e.extn_id == ObjectIdentifier::new_unwrap("2.5.29.14"))
                .and_then(|e| OctetString::from_der(e.extn_value.as_bytes()).ok())
                .is_some_and(|value| value.as_bytes() == ski.0.as_bytes()),
        };
        matches.then(|| cert.clone())
    })
}

fn digest_ranges(algorithm: &ObjectIdentifier, ranges: &[&[u8]]) -> Option<Vec<u8>> {
    fn run<D: Digest>(ranges: &[&[u8]]) -> Vec<u8> {
        let mut hasher = D::new();
        for range in ranges {
            hasher.update(range);
        }
        hasher.finalize().to_vec()
    }
    match *algorithm {
        ID_SHA256 => Some(run::<Sha256>(ranges)),
        ID_SHA384 => Some(run::<Sha384>(ranges)),
        ID_SHA512 => Some(run::<Sha512>(ranges)),
        _ => None,
    }
}

pub(crate) fn verify_rsa(
    signature_algorithm: &ObjectIdentifier,
    digest_algorithm: &ObjectIdentifier,
    public: &RsaPublicKey,
    message: &[u8],
    signature: &[u8],
) -> std::result::Result<bool, String> {
    let Ok(signature) = Signature::try_from(signature) else {
        return Ok(false);
    };
    let hash = match *signature_algorithm {
        SHA256_WITH_RSA => ID_SHA256,
        SHA384_WITH_RSA => ID_SHA384,
        SHA512_WITH_RSA => ID_SHA512,
        RSA_ENCRYPTION => *digest_algorithm,
        other => return Err(format!("signature algorithm {other}")),
    };
    let key = public.clone();
    Ok(match hash {
        ID_SHA256 => VerifyingKey::<Sha256>::new(key)
            .verify(message, &signature)
            .is_ok(),
        ID_SHA384 => VerifyingKey::<Sha384>::new(key)
            .verify(message, &signature)
            .is_ok(),
        ID_SHA512 => VerifyingKey::<Sha512>::new(key)
            .verify(message, &signature)
            .is_ok(),
        other => return Err(format!("digest {other}")),
    })
}
