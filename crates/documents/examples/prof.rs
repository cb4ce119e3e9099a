#![allow(clippy::unwrap_used)]
use std::time::Instant;
fn main() {
    let bytes = std::fs::read("/work/main/assets/fonts/NotoSansCJKsc-Regular.otf").unwrap();
    let t = Instant::now();
    let f = printpdf::ParsedFont::from_bytes(&bytes, 0, &mut vec![]).unwrap();
    eprintln!("parse {:?}", t.elapsed());
    let t = Instant::now();
    let g = f.clone();
    eprintln!("clone {:?}", t.elapsed());
    drop(g);
    let json = include_str!("../tests/fixtures/minutes-20p.json");
    let doc = concord_documents::bench_content::minutes_document(json).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let _ = doc.render().unwrap();
        eprintln!("render {:?}", t.elapsed());
    }
    // subset alone
    let chars: std::collections::BTreeSet<char> = json.chars().collect();
    let mut glyphs = std::collections::BTreeMap::new();
    for c in chars {
        if let Some(g) = f.lookup_glyph_index(c as u32) {
            glyphs.insert(g, c.to_string());
        }
    }
    let t = Instant::now();
    let s = printpdf::subset_font(&f, &glyphs).unwrap();
    eprintln!(
        "subset {} glyphs -> {} bytes in {:?}",
        glyphs.len(),
        s.bytes.len(),
        t.elapsed()
    );
    let t = Instant::now();
    let sf = printpdf::ParsedFont::from_bytes(&s.bytes, 0, &mut vec![]).unwrap();
    eprintln!("reparse subset {:?}", t.elapsed());
    drop(sf);
    let t = Instant::now();
    let _ = printpdf::cff_charset_gid_to_cid_map(&s.bytes, 0);
    let _ = printpdf::extract_cid_keyed_cff(&s.bytes, 0);
    eprintln!("cid map {:?}", t.elapsed());
    use std::io::Write;
    for level in [1u32, 3, 6, 9] {
        let t = Instant::now();
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
        e.write_all(&s.bytes).unwrap();
        let out = e.finish().unwrap();
        eprintln!("level {level}: {} bytes in {:?}", out.len(), t.elapsed());
    }
}
#[allow(dead_code)]
fn _unused() {}
