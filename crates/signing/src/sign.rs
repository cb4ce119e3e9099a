//! Adding a signature to a PDF by an incremental update.
//!
//! The original bytes are kept as they are; lopdf's `IncrementalDocument` appends a signature
//! dictionary and a new cross-reference section. A document may carry an empty signature field
//! for the signer, placed over the signature mark printed on their line: the signature goes into
//! that field, so a reader shows it there. Otherwise a field with an invisible widget on page 1
//! is added, with the updated page, form and catalog. `/Contents` is reserved as a run of zeros and `/ByteRange`
//! as wide numbers; both are then patched in place (same length), the covered bytes hashed, and
//! the CMS signature written into the reserved space.

use chrono::{DateTime, FixedOffset};
use lopdf::{Dictionary, Document, IncrementalDocument, Object, ObjectId, StringFormat};
use sha2::{Digest, Sha256};

use crate::keyring::Signer;
use crate::pdf_scan::find;
use crate::{Result, SigningError};

/// Room for the CMS signature: an RSA-2048 signature with two certificates needs about 3 KB.
const CONTENTS_BYTES: usize = 8192;
/// Written into `/ByteRange` first, so the real numbers fit in its place.
const RANGE_PLACEHOLDER: i64 = 9_999_999_999;

/// Signs `pdf` for `signer`, returning the signed file. Signatures already in the file stay
/// valid: everything is appended.
pub fn sign_pdf(
    pdf: &[u8],
    signer: &Signer,
    signing_time: DateTime<FixedOffset>,
    reason: &str,
    location: &str,
) -> Result<Vec<u8>> {
    sign_pdf_in_field(pdf, signer, signing_time, reason, location, None)
}

/// As [`sign_pdf`], into the empty signature field named `field` when the document has one.
pub fn sign_pdf_in_field(
    pdf: &[u8],
    signer: &Signer,
    signing_time: DateTime<FixedOffset>,
    reason: &str,
    location: &str,
    field: Option<&str>,
) -> Result<Vec<u8>> {
    let document = Document::load_mem(pdf).map_err(not_pdf)?;
    if document.is_encrypted() || document.trailer.has(b"Encrypt") {
        return Err(SigningError::Encrypted);
    }
    let mut update = IncrementalDocument::create_from(pdf.to_vec(), document);
    let what = SignatureText {
        reason,
        location,
        field,
    };
    add_signature_objects(&mut update, signer, signing_time, &what)?;
    let mut out = Vec::with_capacity(pdf.len() + 2 * CONTENTS_BYTES + 4096);
    update.save_to(&mut out).map_err(not_pdf)?;
    fill_in_signature(&mut out, pdf.len(), signer)?;
    Ok(out)
}

/// What the signature dictionary says besides who and when, and the field it goes into.
struct SignatureText<'a> {
    reason: &'a str,
    location: &'a str,
    field: Option<&'a str>,
}

fn add_signature_objects(
    update: &mut IncrementalDocument,
    signer: &Signer,
    signing_time: DateTime<FixedOffset>,
    what: &SignatureText<'_>,
) -> Result<()> {
    let prev = update.get_prev_documents();
    let root_id = prev
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(not_pdf)?;
    let page_id = *prev
        .get_pages()
        .values()
        .next()
        .ok_or_else(|| SigningError::NotPdf("no page".to_owned()))?;
    let mut catalog = prev.get_dictionary(root_id).map_err(not_pdf)?.clone();
    let mut page = prev.get_dictionary(page_id).map_err(not_pdf)?.clone();
    let (form_id, mut form) = match catalog.get(b"AcroForm") {
        Ok(Object::Reference(id)) => (
            Some(*id),
            prev.get_dictionary(*id).map_err(not_pdf)?.clone(),
        ),
        Ok(Object::Dictionary(dict)) => (None, dict.clone()),
        _ => (None, Dictionary::new()),
    };
    let mut fields = array_of(prev, form.get(b"Fields").ok());
    let mut annotations = array_of(prev, page.get(b"Annots").ok());
    let field_name = unused_field_name(prev, &fields);

    let signature = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Sig".to_vec())),
        ("Filter", Object::Name(b"Adobe.PPKLite".to_vec())),
        ("SubFilter", Object::Name(b"ETSI.CAdES.detached".to_vec())),
        (
            "ByteRange",
            Object::Array(vec![
                Object::Integer(0),
                Object::Integer(RANGE_PLACEHOLDER),
                Object::Integer(RANGE_PLACEHOLDER),
                Object::Integer(RANGE_PLACEHOLDER),
            ]),
        ),
        (
            "Contents",
            Object::String(vec![0; CONTENTS_BYTES], StringFormat::Hexadecimal),
        ),
        ("M", Object::string_literal(pdf_date(signing_time))),
        ("Name", lopdf::text_string(&signer.name())),
        ("Reason", lopdf::text_string(what.reason)),
        ("Location", lopdf::text_string(what.location)),
    ]);
    let empty_field = what
        .field
        .and_then(|name| empty_signature_field(prev, &fields, name));
    let new = &mut update.new_document;
    let signature_id = new.add_object(signature);
    if let Some((field_id, mut field)) = empty_field {
        // Only `/V` changes, which a later check counts as signing, not as editing.
        field.set("V", Object::Reference(signature_id));
        new.set_object(field_id, field);
    } else {
        let widget = invisible_widget(signature_id, page_id, field_name);
        let widget_id = new.add_object(widget);
        fields.push(Object::Reference(widget_id));
        annotations.push(Object::Reference(widget_id));
        page.set("Annots", annotations);
        new.set_object(page_id, page);
    }
    form.set("Fields", fields);
    form.set("SigFlags", 3);

    let mut catalog_changed = false;
    match form_id {
        Some(id) => new.set_object(id, form),
        None => {
            let id = new.add_object(form);
            catalog.set("AcroForm", Object::Reference(id));
            catalog_changed = true;
        }
    }
    if !catalog.has(b"Extensions") {
        // ISO 32000-1 with the ETSI extension that defines ETSI.CAdES.detached.
        let esic = Dictionary::from_iter(vec![
            ("BaseVersion", Object::Name(b"1.7".to_vec())),
            ("ExtensionLevel", Object::Integer(2)),
        ]);
        catalog.set(
            "Extensions",
            Dictionary::from_iter(vec![("ESIC", Object::Dictionary(esic))]),
        );
        catalog_changed = true;
    }
    if catalog_changed {
        new.set_object(root_id, catalog);
    }
    Ok(())
}

/// A signature field of its own on page 1 with an empty rectangle: the signature has no
/// appearance on the page.
fn invisible_widget(signature_id: ObjectId, page_id: ObjectId, field_name: String) -> Dictionary {
    Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Annot".to_vec())),
        ("Subtype", Object::Name(b"Widget".to_vec())),
        ("FT", Object::Name(b"Sig".to_vec())),
        ("T", Object::string_literal(field_name)),
        ("V", Object::Reference(signature_id)),
        // Print + Locked.
        ("F", Object::Integer(132)),
        (
            "Rect",
            Object::Array(vec![0.into(), 0.into(), 0.into(), 0.into()]),
        ),
        ("P", Object::Reference(page_id)),
    ])
}

/// The items of an array given inline or by reference (an absent one is empty).
fn array_of(doc: &Document, value: Option<&Object>) -> Vec<Object> {
    match value {
        Some(Object::Array(items)) => items.clone(),
        Some(Object::Reference(id)) => doc
            .get_object(*id)
            .and_then(Object::as_array)
            .cloned()
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The signature field named `name` among `fields` that holds no signature yet.
fn empty_signature_field(
    doc: &Document,
    fields: &[Object],
    name: &str,
) -> Option<(ObjectId, Dictionary)> {
    fields.iter().find_map(|field| {
        let id = field.as_reference().ok()?;
        let dict = doc.get_dictionary(id).ok()?;
        let is_signature = dict.get(b"FT").and_then(Object::as_name).ok() == Some(b"Sig");
        let named = dict.get(b"T").and_then(Object::as_str).ok() == Some(name.as_bytes());
        (is_signature && named && !dict.has(b"V")).then(|| (id, dict.clone()))
    })
}

fn unused_field_name(doc: &Document, fields: &[Object]) -> String {
    let taken: Vec<Vec<u8>> = fields
        .iter()
        .filter_map(|field| {
            let id: ObjectId = field.as_reference().ok()?;
            let name = doc.get_dictionary(id).ok()?.get(b"T").ok()?;
            name.as_str().ok().map(<[u8]>::to_vec)
        })
        .collect();
    (fields.len() + 1..)
        .map(|n| format!("Signature{n}"))
        .find(|name| !taken.iter().any(|t| t == name.as_bytes()))
        .unwrap_or_else(|| "Signature".to_owned())
}

/// `D:YYYYMMDDHHmmSS+HH'mm'` (ISO 32000-1 §7.9.4).
fn pdf_date(time: DateTime<FixedOffset>) -> String {
    let offset = time.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.abs() / 60;
    format!(
        "D:{}{sign}{:02}'{:02}'",
        time.format("%Y%m%d%H%M%S"),
        minutes / 60,
        minutes % 60
    )
}

/// Patches `/ByteRange`, hashes what it covers and writes the CMS signature into `/Contents`.
fn fill_in_signature(out: &mut [u8], appended_from: usize, signer: &Signer) -> Result<()> {
    let placeholder = {
        let mut p = vec![b'0'; 2 * CONTENTS_BYTES + 2];
        p[0] = b'<';
        p[2 * CONTENTS_BYTES + 1] = b'>';
        p
    };
    let lost = || SigningError::Crypto("the signature placeholder was not written".to_owned());
    let gap_start = appended_from + find(&out[appended_from..], &placeholder).ok_or_else(lost)?;
    let gap_end = gap_start + placeholder.len();
    let range_key = appended_from + find(&out[appended_from..], b"/ByteRange").ok_or_else(lost)?;
    let open = range_key + find(&out[range_key..], b"[").ok_or_else(lost)?;
    let close = open + find(&out[open..], b"]").ok_or_else(lost)?;

    let range = format!("[0 {gap_start} {gap_end} {}", out.len() - gap_end);
    let width = close - open;
    if range.len() > width {
        return Err(lost());
    }
    out[open..close].copy_from_slice(format!("{range:<width$}").as_bytes());

    let mut hasher = Sha256::new();
    hasher.update(&out[..gap_start]);
    hasher.update(&out[gap_end..]);
    let cms = crate::cms_signature::build_detached(signer, &hasher.finalize())?;
    if cms.len() > CONTENTS_BYTES {
        return Err(SigningError::Crypto(format!(
            "the signature needs {} bytes, {CONTENTS_BYTES} are reserved",
            cms.len()
        )));
    }
    for (i, byte) in cms.iter().enumerate() {
        let hex = format!("{byte:02X}");
        out[gap_start + 1 + 2 * i..gap_start + 3 + 2 * i].copy_from_slice(hex.as_bytes());
    }
    Ok(())
}

fn not_pdf(error: impl std::fmt::Display) -> SigningError {
    SigningError::NotPdf(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_carry_their_offset() {
        let time = DateTime::parse_from_rfc3339("2026-11-23T10:15:00+08:00").expect("time");
        assert_eq!(pdf_date(time), "D:20261123101500+08'00'");
        let time = DateTime::parse_from_rfc3339("2026-11-23T10:15:00-03:30").expect("time");
        assert_eq!(pdf_date(time), "D:20261123101500-03'30'");
    }
}
