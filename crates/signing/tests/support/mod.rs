//! What the signing tests share: a small PDF made here, a city, its people, and ways to change a
//! signed file the way someone tampering with it would.

#![allow(dead_code, clippy::expect_used)]

use chrono::{DateTime, FixedOffset, Utc};
use concord_signing::{CityIdentity, SignerIdentity};
use lopdf::{Document, IncrementalDocument, Object, Stream, dictionary};

pub fn small_pdf(filler: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let text = format!(
        "BT /F1 12 Tf 72 720 Td (Concord) Tj ET\n% {}\n",
        "x".repeat(filler)
    );
    let content_id = doc.add_object(Stream::new(dictionary! {}, text.into_bytes()));
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

pub fn city() -> CityIdentity {
    CityIdentity {
        city_zh: "渭南".into(),
        city_en: "Weinan".into(),
    }
}

pub fn partner_city() -> CityIdentity {
    CityIdentity {
        city_zh: "西安".into(),
        city_en: "Xi'an".into(),
    }
}

pub fn person(name: &str, role: &str) -> SignerIdentity {
    SignerIdentity {
        name: name.into(),
        role_key: role.into(),
        city_zh: "渭南".into(),
        city_en: "Weinan".into(),
        title: "Director".into(),
        organisation: "Weinan Municipal Government".into(),
        email: "focal@weinan.example".into(),
    }
}

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Signing time: now, inside every certificate's validity.
pub fn signed_at() -> DateTime<FixedOffset> {
    Utc::now().fixed_offset()
}

/// Appends an incremental update that puts a visible note on page 1 (a FreeText annotation).
pub fn add_visible_note(pdf: &[u8]) -> Vec<u8> {
    let previous = Document::load_mem(pdf).expect("load");
    let page_id = *previous.get_pages().values().next().expect("a page");
    let mut page = previous.get_dictionary(page_id).expect("page").clone();
    let mut update = IncrementalDocument::create_from(pdf.to_vec(), previous);
    let note = update.new_document.add_object(dictionary! {
        "Type" => "Annot",
        "Subtype" => "FreeText",
        "Rect" => vec![72.into(), 600.into(), 400.into(), 640.into()],
        "Contents" => Object::string_literal("Approved: 10 million"),
        "DA" => Object::string_literal("/Helv 18 Tf 1 0 0 rg"),
        "F" => 4,
    });
    let mut annotations = match page.get(b"Annots") {
        Ok(Object::Array(items)) => items.clone(),
        _ => Vec::new(),
    };
    annotations.push(note.into());
    page.set("Annots", annotations);
    update.new_document.set_object(page_id, page);
    save(update)
}

/// Appends an incremental update that replaces page 1's content stream with other text.
pub fn replace_page_text(pdf: &[u8]) -> Vec<u8> {
    let previous = Document::load_mem(pdf).expect("load");
    let page_id = *previous.get_pages().values().next().expect("a page");
    let content_id = previous
        .get_dictionary(page_id)
        .expect("page")
        .get(b"Contents")
        .and_then(Object::as_reference)
        .expect("one content stream");
    let mut update = IncrementalDocument::create_from(pdf.to_vec(), previous);
    let text = b"BT /F1 12 Tf 72 720 Td (Forged) Tj ET\n".to_vec();
    update
        .new_document
        .set_object(content_id, Stream::new(dictionary! {}, text));
    save(update)
}

fn save(mut update: IncrementalDocument) -> Vec<u8> {
    let mut out = Vec::new();
    update.save_to(&mut out).expect("save the update");
    out
}

/// Appends an incremental update holding one object nothing refers to, as some writers leave
/// behind (a draft appearance stream).
pub fn add_unreferenced_object(pdf: &[u8]) -> Vec<u8> {
    let previous = Document::load_mem(pdf).expect("load");
    let mut update = IncrementalDocument::create_from(pdf.to_vec(), previous);
    update.new_document.add_object(Stream::new(
        dictionary! { "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 0.into(), 0.into()] },
        Vec::new(),
    ));
    save(update)
}
