//! Checking every signature in a PDF: [`verify_pdf`] checks each signature's bytes;
//! [`verify_document`] also checks who issued each signer's certificate and what every revision
//! after the first signature changed.

use std::ops::Range;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
use der::Encode;

use x509_cert::Certificate;

use crate::fingerprint::Fingerprint;
use crate::names::display_name;
use crate::pdf_scan::{self, RawSignature, ends_a_revision};
use crate::revisions::{self, RevisionReport};
use crate::trust::{Trust, TrustedAuthorities};
use crate::{Result, SigningError};

/// What one signature in a file says and whether it holds.
#[derive(Debug, Clone)]
pub struct SignatureReport {
    /// The signer's common name, when the signature could be read.
    pub signer: Option<String>,
    /// The common name of who issued the signer's certificate.
    pub issuer: Option<String>,
    /// From the signed signing-time attribute, else from the dictionary's `/M`.
    pub signing_time: Option<DateTime<FixedOffset>>,
    pub fingerprint: Option<Fingerprint>,
    /// `ETSI.CAdES.detached`, `adbe.pkcs7.detached`, …
    pub sub_filter: Option<String>,
    /// The signature carries signing-certificate-v2 naming its certificate (PAdES B-B).
    pub binds_certificate: bool,
    pub status: SignatureStatus,
    /// `[start, length, start, length]` as written in the file.
    pub byte_range: [u64; 4],
    /// The signed range starts at byte 0 and ends where a revision ends (`%%EOF`).
    pub covers_revision: bool,
    /// Bytes after the signed range: later revisions, or something appended.
    pub uncovered: Vec<Range<u64>>,
    /// The revision (numbered from 1) the signed bytes end with.
    pub revision: Option<usize>,
    /// Whether a trusted authority issued the certificate ([`Trust::NotChecked`] from
    /// [`verify_pdf`]).
    pub trust: Trust,
}

/// Every signature in a file, whom it is trusted as, and what later revisions changed.
#[derive(Debug, Clone)]
pub struct DocumentReport {
    pub signatures: Vec<SignatureReport>,
    /// Every revision after the first signed one, in order.
    pub revisions: Vec<RevisionReport>,
}

impl DocumentReport {
    /// Every signature is valid and trusted, the last one covers the whole file, and no
    /// revision after the first signature changed anything but signatures.
    pub fn holds(&self) -> bool {
        !self.signatures.is_empty()
            && self
                .signatures
                .iter()
                .all(|s| s.is_valid() && s.trust.is_trusted())
            && self
                .signatures
                .iter()
                .any(|s| s.is_valid() && s.uncovered.is_empty())
            && self.revisions.iter().all(|r| r.changes.is_empty())
    }

    /// The revisions after signature `index` (from 0) that changed content: what its signer
    /// signed is no longer what the file shows.
    pub fn changed_after(&self, index: usize) -> Vec<&RevisionReport> {
        let signed = self.signatures.get(index).and_then(|s| s.revision);
        self.revisions
            .iter()
            .filter(|r| signed.is_some_and(|s| r.number > s) && !r.changes.is_empty())
            .collect()
    }

    /// Signature `index` (from 0) holds: valid, trusted, and nothing changed after it.
    pub fn signature_holds(&self, index: usize) -> bool {
        self.signatures
            .get(index)
            .is_some_and(|s| s.is_valid() && s.trust.is_trusted())
            && self.changed_after(index).is_empty()
    }
}

/// Whether a signature holds, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureStatus {
    Valid,
    /// The signed bytes changed after signing.
    DigestMismatch,
    /// The signature value does not match the certificate's key.
    BadSignature,
    /// The signature could not be read.
    Malformed(String),
    /// Read, but made with something this crate does not check (e.g. ECDSA).
    Unsupported(String),
}

impl SignatureStatus {
    pub fn is_valid(&self) -> bool {
        matches!(self, SignatureStatus::Valid)
    }
}

impl SignatureReport {
    /// Valid, and nothing was changed or added after it that no later signature covers.
    pub fn is_valid(&self) -> bool {
        self.status.is_valid() && self.covers_revision
    }
}

/// Reports every signature in `pdf`, in the order they were added. A PDF without signatures
/// gives an empty list; bytes that are not a PDF give [`SigningError::NotPdf`].
pub fn verify_pdf(pdf: &[u8]) -> Result<Vec<SignatureReport>> {
    Ok(check_signatures(pdf)?
        .into_iter()
        .map(|checked| checked.report)
        .collect())
}

/// [`verify_pdf`], and for each signature whether one of `trusted` issued its certificate,
/// and for each revision after the first signature what it changed.
pub fn verify_document(pdf: &[u8], trusted: &TrustedAuthorities) -> Result<DocumentReport> {
    let checked = check_signatures(pdf)?;
    let signatures: Vec<SignatureReport> = checked
        .into_iter()
        .map(
            |Checked {
                 mut report,
                 certificate,
                 others,
             }| {
                // Without a time stamp the signer's own claim is the time; else now.
                let at = report
                    .signing_time
                    .map_or_else(Utc::now, |t| t.with_timezone(&Utc));
                report.trust = trusted.assess(certificate.as_ref(), &others, at);
                report
            },
        )
        .collect();
    let ends = revisions::revision_ends(pdf);
    let first_signed = signatures
        .iter()
        .filter(|s| s.status.is_valid())
        .filter_map(|s| s.revision)
        .min();
    let revisions = first_signed.map_or_else(Vec::new, |first| {
        revisions::after_first_signature(pdf, &ends, first, |number| {
            signatures
                .iter()
                .position(|s| s.revision == Some(number))
                .map(|i| i + 1)
        })
    });
    Ok(DocumentReport {
        signatures,
        revisions,
    })
}

/// A signature's report with the certificates it carries, for the trust check.
struct Checked {
    report: SignatureReport,
    certificate: Option<Certificate>,
    others: Vec<Certificate>,
}

fn check_signatures(pdf: &[u8]) -> Result<Vec<Checked>> {
    let head = &pdf[..pdf.len().min(1024)];
    if pdf_scan::find(head, b"%PDF-").is_none() {
        return Err(SigningError::NotPdf("no %PDF- header".to_owned()));
    }
    let ends = revisions::revision_ends(pdf);
    Ok(pdf_scan::find_signatures(pdf)
        .into_iter()
        .map(|found| match found {
            Ok(raw) => report(pdf, &raw, &ends),
            Err(problem) => Checked {
                report: SignatureReport {
                    signer: None,
                    issuer: None,
                    signing_time: None,
                    fingerprint: None,
                    sub_filter: None,
                    binds_certificate: false,
                    status: SignatureStatus::Malformed(problem),
                    byte_range: [0; 4],
                    covers_revision: false,
                    uncovered: Vec::new(),
                    revision: None,
                    trust: Trust::NotChecked,
                },
                certificate: None,
                others: Vec::new(),
            },
        })
        .collect())
}

fn report(pdf: &[u8], raw: &RawSignature, ends: &[usize]) -> Checked {
    let dictionary = &pdf[raw.dictionary.clone()];
    let [a, b, c, d] = raw.byte_range;
    let len = pdf.len() as u64;
    let end = c.saturating_add(d);
    let in_file = a == 0 && b <= c && end <= len;
    let covers_revision =
        in_file && usize::try_from(end).is_ok_and(|end| ends_a_revision(pdf, end));
    let uncovered = if in_file && end < len {
        std::iter::once(end..len).collect()
    } else {
        Vec::new()
    };
    let mut report = SignatureReport {
        signer: None,
        issuer: None,
        signing_time: pdf_scan::literal_value(dictionary, b"/M").and_then(|m| parse_pdf_date(&m)),
        fingerprint: None,
        sub_filter: pdf_scan::name_value(dictionary, b"/SubFilter"),
        binds_certificate: false,
        status: SignatureStatus::Valid,
        byte_range: raw.byte_range,
        covers_revision,
        uncovered,
        revision: usize::try_from(end)
            .ok()
            .filter(|_| covers_revision)
            .and_then(|end| revisions::revision_ending_at(ends, pdf, end)),
        trust: Trust::NotChecked,
    };
    let unchecked = |report| Checked {
        report,
        certificate: None,
        others: Vec::new(),
    };
    if !in_file {
        report.status = SignatureStatus::Malformed("/ByteRange is out of the file".to_owned());
        return unchecked(report);
    }
    let contents = match &raw.contents {
        Ok(contents) => contents,
        Err(problem) => {
            report.status = SignatureStatus::Malformed(problem.clone());
            return unchecked(report);
        }
    };
    let to = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    let ranges = [&pdf[..to(b)], &pdf[to(c)..to(end)]];
    let check = match crate::cms_signature::check_detached(contents, &ranges) {
        Ok(check) => check,
        Err(problem) => {
            report.status = SignatureStatus::Malformed(problem);
            return unchecked(report);
        }
    };
    if let Some(cert) = &check.certificate {
        report.signer = Some(display_name(&cert.tbs_certificate.subject));
        report.issuer = Some(display_name(&cert.tbs_certificate.issuer));
        report.fingerprint = cert.to_der().ok().map(|der| Fingerprint::of_der(&der));
    }
    if let Some(seconds) = check.signing_time
        && let Some(time) = Utc.timestamp_opt(seconds, 0).single()
    {
        report.signing_time = Some(time.fixed_offset());
    }
    report.binds_certificate = check.binds_certificate;
    report.status = if let Some(what) = check.unsupported {
        SignatureStatus::Unsupported(what)
    } else if !check.digest_matches {
        SignatureStatus::DigestMismatch
    } else if !check.signature_verifies {
        SignatureStatus::BadSignature
    } else {
        SignatureStatus::Valid
    };
    Checked {
        report,
        certificate: check.certificate,
        others: check.others,
    }
}

/// `D:YYYYMMDDHHmmSS+HH'mm'`, `…Z` or without a zone (read as UTC); shorter forms are padded.
fn parse_pdf_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.strip_prefix("D:").unwrap_or(text);
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() < 4 {
        return None;
    }
    let padded = format!("{digits:0<14}")
        .char_indices()
        .map(|(i, ch)| match (i, ch) {
            // A month or day padded to 00 becomes 01.
            (5 | 7, '0') if digits.len() < i => '1',
            _ => ch,
        })
        .collect::<String>();
    let naive = NaiveDateTime::parse_from_str(&padded[..14], "%Y%m%d%H%M%S").ok()?;
    let zone = &text[digits.len()..];
    let offset_seconds = match zone.chars().next() {
        Some(sign @ ('+' | '-')) => {
            let numbers: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
            let hours: i32 = numbers.get(..2)?.parse().ok()?;
            let minutes: i32 = numbers.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
            let seconds = hours * 3600 + minutes * 60;
            if sign == '-' { -seconds } else { seconds }
        }
        _ => 0,
    };
    FixedOffset::east_opt(offset_seconds)?
        .from_local_datetime(&naive)
        .single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates() {
        let t = parse_pdf_date("D:20261123101500+08'00'").expect("date");
        assert_eq!(t.to_rfc3339(), "2026-11-23T10:15:00+08:00");
        let t = parse_pdf_date("D:20261123101500Z").expect("date");
        assert_eq!(t.to_rfc3339(), "2026-11-23T10:15:00+00:00");
        let t = parse_pdf_date("D:2026").expect("year only");
        assert_eq!(t.to_rfc3339(), "2026-01-01T00:00:00+00:00");
        assert!(parse_pdf_date("yesterday").is_none());
    }

    #[test]
    fn not_a_pdf_is_an_error_and_no_signature_is_an_empty_list() {
        assert!(matches!(verify_pdf(b"hello"), Err(SigningError::NotPdf(_))));
        assert!(matches!(verify_pdf(b""), Err(SigningError::NotPdf(_))));
        let plain = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
        assert!(verify_pdf(plain).expect("pdf").is_empty());
    }
}
