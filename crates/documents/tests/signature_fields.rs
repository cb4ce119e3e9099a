//! The empty signature field placed over a digital-signature mark: on the page that prints the
//! mark, around it, named for the signer, with an appearance; none without a mark.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_documents::{Block, Document, Signer};
use lopdf::{Object, ObjectId};

fn signed_document(paragraphs: usize, mark: bool) -> Document {
    let mut doc = Document::new("Declaration").with_language("en");
    for i in 0..paragraphs {
        doc.push(Block::paragraph(format!(
            "Paragraph {i} of the declaration."
        )));
    }
    doc.push(Block::signatures([
        Signer::new("Focal point", "Li Jianguo", "Deputy Secretary-General")
            .signing_in("focal-point"),
        Signer::new("Representative", "Wang Zhili", "Mayor").signing_in("representative"),
    ]));
    if mark {
        let found = doc.mark_digital_signature(
            "representative",
            vec![
                "Signed digitally by Wang Zhili".to_owned(),
                "Signed 2026-11-23 10:05 +08:00".to_owned(),
                "Certificate SHA-256 2D13 3B3C CF01 907F".to_owned(),
            ],
        );
        assert!(found);
        assert!(!doc.mark_digital_signature("nobody", vec!["x".to_owned()]));
    }
    doc
}

/// (page number, name, rect, has appearance, has value) of every field of the form.
fn fields(pdf: &[u8]) -> Vec<(u32, String, Vec<f32>, bool, bool)> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let pages = doc.get_pages();
    let Ok(form) = doc.catalog().unwrap().get(b"AcroForm") else {
        return Vec::new();
    };
    let form = doc.get_dictionary(form.as_reference().unwrap()).unwrap();
    form.get(b"Fields")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let d = doc.get_dictionary(f.as_reference().unwrap()).unwrap();
            let page: ObjectId = d.get(b"P").unwrap().as_reference().unwrap();
            let number = *pages.iter().find(|(_, id)| **id == page).unwrap().0;
            let rect = d
                .get(b"Rect")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_float().unwrap())
                .collect();
            let name = String::from_utf8_lossy(d.get(b"T").unwrap().as_str().unwrap()).into_owned();
            let annotated = doc
                .get_dictionary(page)
                .unwrap()
                .get(b"Annots")
                .unwrap()
                .as_array()
                .unwrap()
                .contains(&Object::Reference(f.as_reference().unwrap()));
            assert!(annotated, "the widget is one of its page's annotations");
            (number, name, rect, d.has(b"AP"), d.has(b"V"))
        })
        .collect()
}

#[test]
fn the_marked_signer_gets_an_empty_field_over_the_mark() {
    // Enough paragraphs to push the signatures onto page 2.
    let pdf = signed_document(60, true).render().unwrap();
    assert!(pdf.page_count >= 2);
    let fields = fields(&pdf.bytes);
    assert_eq!(fields.len(), 1, "{fields:?}");
    let (page, name, rect, appearance, value) = &fields[0];
    assert_eq!(name, "representative");
    assert!(*appearance && !*value);
    assert_eq!(
        *page as usize, pdf.page_count,
        "on the page that prints the mark"
    );
    let (x1, y1, x2, y2) = (rect[0], rect[1], rect[2], rect[3]);
    assert!(
        x1 > 297.0 && x2 < 595.0,
        "in the right-hand signer's column: {rect:?}"
    );
    assert!(y1 > 0.0 && y2 < 842.0 && y2 - y1 > 30.0, "{rect:?}");

    // The mark is text on that page, inside the field's rectangle.
    let file = std::env::temp_dir().join(format!("concord-field-{}.pdf", std::process::id()));
    std::fs::write(&file, &pdf.bytes).unwrap();
    let crop = |v: f32| format!("{}", v.round() as i32);
    let out = std::process::Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string(), "-r", "72"])
        .args(["-x", &crop(x1), "-y", &crop(842.0 - y2)])
        .args(["-W", &crop(x2 - x1), "-H", &crop(y2 - y1)])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    let _ = std::fs::remove_file(&file);
    let inside = String::from_utf8_lossy(&out.stdout);
    assert!(
        inside.contains("Signed digitally by Wang Zhili"),
        "{inside}"
    );
    assert!(inside.contains("2D13 3B3C CF01 907F"), "{inside}");
    assert!(
        !inside.contains("Mayor"),
        "only the mark is inside: {inside}"
    );
}

#[test]
fn no_mark_no_field() {
    let pdf = signed_document(3, false).render().unwrap();
    assert!(fields(&pdf.bytes).is_empty());
}
