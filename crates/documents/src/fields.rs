//! Empty signature fields over the digital-signature marks printed on signature lines.
//!
//! The signing step puts each signer's signature into the field named for them, so a PDF
//! reader shows the signature where the mark is printed and opens its details from there.
//! Each widget has an empty appearance of its own (the mark itself is page content, so it
//! prints and extracts like the rest of the text), as PDF/A asks of every visible annotation.

use lopdf::{Dictionary, Object, ObjectId, Stream};

use crate::DocumentError;
use crate::layout::{Item, Layout};

/// Print + Locked: the field prints and cannot be moved or deleted.
const WIDGET_FLAGS: i64 = 132;

/// Adds a field for every [`crate::layout::SignatureField`] of `layout`; `page_height` turns
/// the layout's top-down coordinates into PDF's.
pub(crate) fn add_signature_fields(
    lo: &mut lopdf::Document,
    layout: &Layout,
    page_height: f32,
) -> Result<(), DocumentError> {
    let pdf_err = |e: lopdf::Error| DocumentError::Pdf(e.to_string());
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let mut fields = Vec::new();
    for (page, page_id) in layout.pages().iter().zip(pages) {
        let mut annotations = Vec::new();
        for item in &page.items {
            let Item::Field(spot) = item else { continue };
            let (w, h) = (spot.width, spot.height);
            let appearance = Stream::new(
                Dictionary::from_iter(vec![
                    ("Type", Object::Name(b"XObject".to_vec())),
                    ("Subtype", Object::Name(b"Form".to_vec())),
                    ("BBox", rect(0.0, 0.0, w, h)),
                    ("Resources", Object::Dictionary(Dictionary::new())),
                ]),
                Vec::new(),
            );
            let appearance = lo.add_object(appearance);
            let bottom = page_height - spot.y - h;
            let widget = Dictionary::from_iter(vec![
                ("Type", Object::Name(b"Annot".to_vec())),
                ("Subtype", Object::Name(b"Widget".to_vec())),
                ("FT", Object::Name(b"Sig".to_vec())),
                ("T", Object::string_literal(spot.name.as_str())),
                ("F", Object::Integer(WIDGET_FLAGS)),
                ("Rect", rect(spot.x, bottom, spot.x + w, bottom + h)),
                ("P", Object::Reference(page_id)),
                (
                    "AP",
                    Object::Dictionary(Dictionary::from_iter(vec![(
                        "N",
                        Object::Reference(appearance),
                    )])),
                ),
            ]);
            let widget = lo.add_object(widget);
            annotations.push(Object::Reference(widget));
            fields.push(Object::Reference(widget));
        }
        if !annotations.is_empty() {
            let page = lo.get_dictionary_mut(page_id).map_err(pdf_err)?;
            page.set("Annots", Object::Array(annotations));
        }
    }
    if fields.is_empty() {
        return Ok(());
    }
    let form = lo.add_object(Dictionary::from_iter(vec![(
        "Fields",
        Object::Array(fields),
    )]));
    lo.catalog_mut()
        .map_err(pdf_err)?
        .set("AcroForm", Object::Reference(form));
    Ok(())
}

fn rect(x1: f32, y1: f32, x2: f32, y2: f32) -> Object {
    Object::Array(
        [x1, y1, x2, y2]
            .into_iter()
            .map(|v| Object::Real((v * 100.0).round() / 100.0))
            .collect(),
    )
}
