//! The fonts of an archive file as a PDF/A validator reads them: every CIDFont of TrueType
//! outlines maps its CIDs to glyphs, and the widths the PDF states agree with the embedded
//! programs' own (ISO 19005-2, 6.2.11.3.2 and 6.2.11.5).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{demo_minutes_of, demo_store};
use concord_documents::DocStyle;
use concord_documents::minutes::Language;
use lopdf::{Dictionary, Document, Object};

fn resolve<'a>(pdf: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => pdf.get_object(*id).unwrap(),
        other => other,
    }
}

fn dict<'a>(pdf: &'a Document, object: &'a Object) -> &'a Dictionary {
    match resolve(pdf, object) {
        Object::Dictionary(d) => d,
        Object::Stream(s) => &s.dict,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn number(object: &Object) -> f32 {
    match object {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        other => panic!("not a number: {other:?}"),
    }
}

/// The `/W` array as CID → width.
fn widths(pdf: &Document, w: &Object) -> Vec<(u16, f32)> {
    let items = resolve(pdf, w).as_array().unwrap();
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let first = number(&items[i]) as u16;
        match resolve(pdf, &items[i + 1]) {
            Object::Array(list) => {
                for (k, v) in list.iter().enumerate() {
                    out.push((first + k as u16, number(v)));
                }
                i += 2;
            }
            last => {
                let last = number(last) as u16;
                for cid in first..=last {
                    out.push((cid, number(&items[i + 2])));
                }
                i += 3;
            }
        }
    }
    out
}

/// What a validator would refuse in the file's CIDFonts of TrueType outlines, and how many
/// such fonts it read.
fn truetype_problems(bytes: &[u8]) -> (Vec<String>, usize) {
    let pdf = Document::load_mem(bytes).unwrap();
    let mut problems = Vec::new();
    let mut checked = 0;
    // The CIDFonts stand inline in their Type0 fonts' /DescendantFonts, or on their own.
    let mut fonts: Vec<&Dictionary> = Vec::new();
    for object in pdf.objects.values() {
        let Ok(font) = object.as_dict() else { continue };
        if let Ok(descendants) = font.get(b"DescendantFonts") {
            for d in resolve(&pdf, descendants).as_array().unwrap() {
                fonts.push(dict(&pdf, d));
            }
        }
    }
    for font in fonts {
        if font.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"CIDFontType2") {
            continue;
        }
        checked += 1;
        let name = String::from_utf8_lossy(font.get(b"BaseFont").unwrap().as_name().unwrap());
        if !font.has(b"CIDToGIDMap") {
            problems.push(format!("{name}: no CIDToGIDMap"));
        }
        let descriptor = dict(&pdf, font.get(b"FontDescriptor").unwrap());
        let program = resolve(&pdf, descriptor.get(b"FontFile2").unwrap())
            .as_stream()
            .unwrap();
        let data = program
            .decompressed_content()
            .unwrap_or_else(|_| program.content.clone());
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        let per_em = f32::from(face.units_per_em());
        let stated = font.get(b"W").map(|w| widths(&pdf, w)).unwrap_or_default();
        if stated.is_empty() {
            problems.push(format!("{name}: no widths"));
        }
        for (cid, width) in stated {
            // Identity: the CID is the glyph.
            let advance = face
                .glyph_hor_advance(ttf_parser::GlyphId(cid))
                .map(|a| f32::from(a) * 1000.0 / per_em);
            match advance {
                Some(a) if (a - width).abs() <= 1.0 => {}
                other => problems.push(format!(
                    "{name}: CID {cid} is {width} wide, the program says {other:?}"
                )),
            }
        }
    }
    (problems, checked)
}

#[test]
fn the_official_minutes_truetype_faces_state_the_widths_their_programs_have() {
    let store = demo_store();
    for language in [Language::ZhCn, Language::Bilingual] {
        let mut doc = demo_minutes_of(&store, language);
        doc.style = DocStyle::Official;
        let bytes = doc.render().unwrap().bytes;
        let (problems, checked) = truetype_problems(&bytes);
        // The official style sets its （一） headings in the 楷体 face, a TrueType program.
        assert!(checked >= 1, "{language:?}: no TrueType face to check");
        assert_eq!(problems, Vec::<String>::new(), "{language:?}");
    }
}
