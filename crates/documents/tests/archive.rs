//! PDF/A-2b read back from the bytes: the binary header comment, the sRGB output intent, the
//! identification in the XMP packet, embedded fonts, no encryption, no transparency, no
//! scripts, and annotations that print and carry an appearance.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{demo_minutes_of, demo_store};
use concord_documents::declaration::{DeclarationInput, declaration_document};
use concord_documents::minutes::Language;
use concord_store::Store;
use lopdf::{Dictionary, Object};

fn minutes_pdf(store: &Store, language: Language) -> Vec<u8> {
    demo_minutes_of(store, language).render().unwrap().bytes
}

/// A declaration with the focal point's digital-signature mark, so it has a signature field.
fn marked_declaration(store: &Store) -> Vec<u8> {
    let dialogue = store.require_dialogue().unwrap();
    let declaration = store.declarations().unwrap().into_iter().next().unwrap();
    let input = DeclarationInput {
        dialogue: &dialogue,
        declaration: &declaration,
        signatures: Default::default(),
        footer_note: None,
    };
    let mut doc = declaration_document(&input, Language::Bilingual);
    assert!(doc.mark_digital_signature("focal-point", vec!["Signed digitally".to_owned()]));
    doc.render().unwrap().bytes
}

/// Every way the file falls short of PDF/A-2b that can be read from its objects.
fn archive_problems(bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let header_ok = bytes.starts_with(b"%PDF-1.")
        && bytes.get(8) == Some(&b'\n')
        && bytes.get(9) == Some(&b'%')
        && bytes
            .get(10..14)
            .is_some_and(|b| b.iter().all(|&c| c >= 128));
    if !header_ok {
        problems.push("no binary comment after the header".to_owned());
    }
    let pdf = lopdf::Document::load_mem(bytes).unwrap();
    if pdf.trailer.has(b"Encrypt") {
        problems.push("encrypted".to_owned());
    }
    if !pdf.trailer.has(b"ID") {
        problems.push("no file identifier".to_owned());
    }
    let catalog = pdf.catalog().unwrap();
    match catalog.get(b"OutputIntents").and_then(Object::as_array) {
        Ok(intents) if intents.len() == 1 => {
            let intent = match &intents[0] {
                Object::Dictionary(d) => d.clone(),
                other => pdf
                    .get_dictionary(other.as_reference().unwrap())
                    .unwrap()
                    .clone(),
            };
            if intent.get(b"S").and_then(Object::as_name).ok() != Some(b"GTS_PDFA1") {
                problems.push("the output intent is not GTS_PDFA1".to_owned());
            }
            let profile = intent
                .get(b"DestOutputProfile")
                .and_then(Object::as_reference)
                .and_then(|id| pdf.get_object(id))
                .and_then(Object::as_stream)
                .unwrap();
            let icc = profile
                .decompressed_content()
                .unwrap_or(profile.content.clone());
            if profile.dict.get(b"N").and_then(Object::as_i64).ok() != Some(3)
                || icc.get(36..40) != Some(b"acsp")
                || icc.get(16..20) != Some(b"RGB ")
            {
                problems.push("the output profile is not an RGB ICC profile".to_owned());
            }
        }
        _ => problems.push("not exactly one output intent".to_owned()),
    }
    for key in [&b"AA"[..], b"OpenAction", b"Names"] {
        if catalog.has(key) {
            problems.push(format!("catalogue has /{}", String::from_utf8_lossy(key)));
        }
    }
    if let Ok(form) = catalog.get(b"AcroForm") {
        let form = match form {
            Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
            other => other.as_dict().unwrap(),
        };
        if form.get(b"NeedAppearances").and_then(Object::as_bool).ok() == Some(true) {
            problems.push("NeedAppearances".to_owned());
        }
    }
    for (id, object) in &pdf.objects {
        let dict: &Dictionary = match object {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => continue,
        };
        let name = |key: &[u8]| dict.get(key).and_then(Object::as_name).ok();
        for key in [&b"SMask"[..], b"JS", b"JavaScript"] {
            if dict.has(key) {
                problems.push(format!("{id:?} has /{}", String::from_utf8_lossy(key)));
            }
        }
        for key in [&b"CA"[..], b"ca"] {
            if let Ok(v) = dict.get(key).and_then(Object::as_float)
                && v < 1.0
            {
                problems.push(format!("{id:?} is transparent"));
            }
        }
        if name(b"S") == Some(b"Transparency") {
            problems.push(format!("{id:?} is a transparency group"));
        }
        if name(b"Type") == Some(b"FontDescriptor")
            && !(dict.has(b"FontFile") || dict.has(b"FontFile2") || dict.has(b"FontFile3"))
        {
            problems.push(format!("{id:?}: a font is not embedded"));
        }
        if name(b"Type") == Some(b"Annot") {
            let flags = dict.get(b"F").and_then(Object::as_i64).unwrap_or(0);
            if flags & 4 == 0 || flags & (1 | 2 | 32) != 0 {
                problems.push(format!("{id:?}: an annotation that does not print"));
            }
            let rect: Vec<f32> = dict
                .get(b"Rect")
                .and_then(Object::as_array)
                .map(|r| r.iter().filter_map(|v| v.as_float().ok()).collect())
                .unwrap_or_default();
            let empty = rect.len() == 4 && rect[0] == rect[2] && rect[1] == rect[3];
            if !empty && !dict.has(b"AP") {
                problems.push(format!(
                    "{id:?}: a visible annotation without an appearance"
                ));
            }
        }
    }
    problems
}

/// The text of the XMP packet.
fn xmp(bytes: &[u8]) -> String {
    let pdf = lopdf::Document::load_mem(bytes).unwrap();
    let id = pdf
        .catalog()
        .unwrap()
        .get(b"Metadata")
        .unwrap()
        .as_reference()
        .unwrap();
    let stream = pdf.get_object(id).unwrap().as_stream().unwrap();
    String::from_utf8(stream.content.clone()).unwrap()
}

#[test]
fn the_minutes_in_each_language_and_a_declaration_with_a_signature_field_are_pdf_a_2b() {
    let store = demo_store();
    for (what, bytes) in [
        ("minutes en", minutes_pdf(&store, Language::En)),
        ("minutes zh-CN", minutes_pdf(&store, Language::ZhCn)),
        (
            "minutes bilingual",
            minutes_pdf(&store, Language::Bilingual),
        ),
        (
            "declaration with a signature field",
            marked_declaration(&store),
        ),
    ] {
        assert_eq!(archive_problems(&bytes), Vec::<String>::new(), "{what}");
        let packet = xmp(&bytes);
        assert!(
            packet.contains("<pdfaid:part>2</pdfaid:part>"),
            "{what}: {packet}"
        );
        assert!(
            packet.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
            "{what}"
        );
        assert!(
            packet.contains("xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""),
            "{what}"
        );
        // Well-formed XML, as an archive's reader parses it.
        let mut reader = quick_xml::Reader::from_str(&packet);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{what}: {e}"),
            }
        }
    }
}

#[test]
fn the_check_sees_what_breaks_the_archive_format() {
    // The check itself: a file with a hidden annotation, a transparent state and no output
    // intent is caught on each count.
    let store = demo_store();
    let mut pdf = lopdf::Document::load_mem(&minutes_pdf(&store, Language::En)).unwrap();
    pdf.catalog_mut().unwrap().remove(b"OutputIntents");
    pdf.add_object(Dictionary::from_iter(vec![
        ("Type", Object::Name(b"ExtGState".to_vec())),
        ("ca", Object::Real(0.5)),
    ]));
    pdf.add_object(Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Annot".to_vec())),
        ("Subtype", Object::Name(b"Text".to_vec())),
        ("F", Object::Integer(2)),
        (
            "Rect",
            Object::Array(vec![0.into(), 0.into(), 10.into(), 10.into()]),
        ),
    ]));
    let mut out = Vec::new();
    pdf.save_to(&mut out).unwrap();
    let problems = archive_problems(&out);
    assert!(
        problems.iter().any(|p| p.contains("output intent")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("transparent")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("does not print")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("without an appearance")),
        "{problems:?}"
    );
}
