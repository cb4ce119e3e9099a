//! Signing into the empty signature fields a document placed on its signature lines: each
//! signer's signature goes into their own field, the fields are not duplicated, and a later
//! signature does not count as a change to what the first signer signed.

mod support;

use std::path::Path;

use concord_signing::{
    AuthorityOrigin, Keyring, TrustedAuthorities, sign_pdf_in_field, verify_document,
};
use lopdf::{Document, Object, ObjectId, Stream, dictionary};
use support::{city, now, person, signed_at, small_pdf};

/// `small_pdf` with an empty signature field per name over a printed mark on page 1.
fn pdf_with_fields(names: &[&str]) -> Vec<u8> {
    let mut doc = Document::load_mem(&small_pdf(300)).expect("load");
    let page_id = *doc.get_pages().values().next().expect("a page");
    let mut fields = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let appearance = doc.add_object(Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 200.into(), 40.into()] },
            Vec::new(),
        ));
        let x = 72 + 250 * i as i64;
        let widget = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Sig",
            "T" => Object::string_literal(*name), "F" => 132,
            "Rect" => vec![x.into(), 100.into(), (x + 200).into(), 140.into()],
            "P" => page_id,
            "AP" => dictionary! { "N" => appearance },
        });
        fields.push(Object::Reference(widget));
    }
    let page = doc.get_dictionary_mut(page_id).expect("page");
    page.set("Annots", Object::Array(fields.clone()));
    let form = doc.add_object(dictionary! { "Fields" => fields });
    doc.catalog_mut().expect("catalog").set("AcroForm", form);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

/// (field name, signed?) of every field of the form, and the number of page 1's annotations.
fn fields_and_annotations(pdf: &[u8]) -> (Vec<(String, bool)>, usize) {
    let doc = Document::load_mem(pdf).expect("load");
    let root: ObjectId = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .expect("root");
    let form = doc
        .get_dictionary(root)
        .and_then(|c| c.get(b"AcroForm"))
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("form");
    let fields = form
        .get(b"Fields")
        .and_then(Object::as_array)
        .expect("fields")
        .iter()
        .map(|f| {
            let d = doc
                .get_dictionary(f.as_reference().expect("ref"))
                .expect("field");
            let name = String::from_utf8_lossy(d.get(b"T").and_then(Object::as_str).expect("T"));
            (name.into_owned(), d.has(b"V"))
        })
        .collect();
    let page_id = *doc.get_pages().values().next().expect("a page");
    let annotations = doc
        .get_dictionary(page_id)
        .and_then(|p| p.get(b"Annots"))
        .and_then(Object::as_array)
        .map_or(0, Vec::len);
    (fields, annotations)
}

#[test]
fn each_signer_fills_their_own_field_and_the_second_changes_nothing_signed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = Keyring::open_or_create(&dir.path().join("keys"), &city(), now()).expect("keyring");
    let focal = keys
        .signer(&person("王芳 Wang Fang", "focal-point"), now())
        .expect("signer");
    let rep = keys
        .signer(&person("Li Ming 李明", "representative"), now())
        .expect("signer");
    let mut trusted = TrustedAuthorities::default();
    let pem = keys.ca_certificate_pem().expect("pem");
    trusted
        .add_pem(pem.as_bytes(), AuthorityOrigin::City, Path::new("ca.pem"))
        .expect("authority");

    let pdf = pdf_with_fields(&["focal-point", "representative"]);
    let once = sign_pdf_in_field(
        &pdf,
        &focal,
        signed_at(),
        "Approval",
        "Weinan",
        Some("focal-point"),
    )
    .expect("sign");
    assert_eq!(
        fields_and_annotations(&once),
        (
            vec![
                ("focal-point".to_owned(), true),
                ("representative".to_owned(), false)
            ],
            2
        )
    );
    let twice = sign_pdf_in_field(
        &once,
        &rep,
        signed_at(),
        "Approval",
        "Weinan",
        Some("representative"),
    )
    .expect("second");
    assert_eq!(
        fields_and_annotations(&twice),
        (
            vec![
                ("focal-point".to_owned(), true),
                ("representative".to_owned(), true)
            ],
            2
        )
    );
    let report = verify_document(&twice, &trusted).expect("verify");
    assert_eq!(report.signatures.len(), 2);
    assert!(report.holds(), "{report:?}");
    assert!(
        report.revisions.iter().all(|r| r.changes.is_empty()),
        "filling the second field is signing, not editing: {:?}",
        report.revisions
    );
}

#[test]
fn a_missing_or_already_signed_field_gets_a_field_of_its_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = Keyring::open_or_create(&dir.path().join("keys"), &city(), now()).expect("keyring");
    let focal = keys
        .signer(&person("王芳 Wang Fang", "focal-point"), now())
        .expect("signer");
    let pdf = pdf_with_fields(&["focal-point"]);

    let elsewhere = sign_pdf_in_field(
        &pdf,
        &focal,
        signed_at(),
        "Approval",
        "Weinan",
        Some("mayor"),
    )
    .expect("sign");
    let (fields, annotations) = fields_and_annotations(&elsewhere);
    assert_eq!(fields.len(), 2, "the empty field stays empty: {fields:?}");
    assert_eq!(fields[0], ("focal-point".to_owned(), false));
    assert!(fields[1].1);
    assert_eq!(annotations, 2);

    let once =
        sign_pdf_in_field(&pdf, &focal, signed_at(), "A", "W", Some("focal-point")).expect("1");
    let again =
        sign_pdf_in_field(&once, &focal, signed_at(), "A", "W", Some("focal-point")).expect("2");
    let (fields, _) = fields_and_annotations(&again);
    assert_eq!(
        fields.len(),
        2,
        "a signed field is never signed over: {fields:?}"
    );
    assert!(fields.iter().all(|(_, signed)| *signed));
}
