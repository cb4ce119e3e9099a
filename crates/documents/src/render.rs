//! Laid-out pages → printpdf operations → PDF bytes.
//!
//! printpdf does the font work (CFF subsetting through allsorts, `/W` widths,
//! the ToUnicode CMap that makes the text searchable). We then finish the
//! structure with lopdf: `/Lang`, `/DisplayDocTitle`, a cleaned Info
//! dictionary and a deterministic `/ID`, so the same input gives the same bytes;
//! the outline (`outline`), the XMP packet (`xmp`) and the structure tree of the
//! tagged PDF (`tagged`); `save` writes the file.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};

use lopdf::{Object, StringFormat};
use printpdf::{
    Codepoint, Color as PdfColor, FontId, Greyscale, Line, LineCapStyle, LineJoinStyle, LinePoint,
    Mm, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use crate::DocumentError;
use crate::face::{Face, pdf_font};
use crate::font::{Font, Quote, latin_quotes, quote_trim, squeezes_tight};
use crate::layout::{
    Color, Item, Layout, PAGE_HEIGHT, Page, Strokes, TextRun, is_justification_gap,
};
use crate::model::Document;
use crate::tagged::{PageMarks, Tagger, write_structure};

/// A rendered PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pdf {
    /// The file.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub page_count: usize,
}

pub(crate) fn render(layout: &Layout, doc: &Document) -> Result<Pdf, DocumentError> {
    let title = doc
        .metadata
        .title
        .clone()
        .unwrap_or_else(|| doc.title.clone());
    let mut pdf = PdfDocument::new(&title);
    {
        let info = &mut pdf.metadata.info;
        info.author = doc.metadata.author.clone();
        info.creator = doc.metadata.creator.clone();
        info.producer = crate::xmp::PRODUCER.to_owned();
        info.subject = doc.metadata.subject.clone();
        info.keywords = doc.metadata.keywords.clone();
    }

    // Only the faces the text is drawn in are embedded, each as a subset.
    let mut glyphs = Glyphs::new(layout)?;
    for face in &glyphs.used {
        pdf.resources.fonts.map.insert(
            glyphs.ids[face.index()].clone(),
            PdfFont::new(pdf_font(*face)?.clone()),
        );
    }
    let mut tagger = Tagger::new(layout);
    pdf.pages = layout
        .pages()
        .iter()
        .map(|p| {
            let ops = page_ops(p, &mut glyphs, &mut tagger.page());
            PdfPage::new(Mm(210.0), Mm(297.0), ops)
        })
        .collect();

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    // printpdf falls back to embedding the whole face when subsetting fails,
    // which would silently make a 16 MB file: treat it as an error.
    if let Some(w) = warnings.iter().find(|w| {
        w.severity != PdfParseErrorSeverity::Info && w.msg.to_lowercase().contains("subset")
    }) {
        return Err(DocumentError::Subset(w.msg.clone()));
    }
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(DocumentError::Pdf(w.msg.clone()));
    }

    finish_structure(&mut lo, doc, id_seed(layout, &title))?;
    let mut packed: BTreeSet<lopdf::ObjectId> = BTreeSet::new();
    packed.extend(crate::outline::write_outline(&mut lo, layout, PAGE_HEIGHT)?);
    crate::fields::add_signature_fields(&mut lo, layout, PAGE_HEIGHT)?;
    crate::xmp::write_metadata(&mut lo, doc, &title)?;
    packed.extend(write_structure(&mut lo, &tagger)?);
    // The fonts' dictionaries hold each glyph's width (a long /W array): packed, they deflate.
    packed.extend(
        lo.objects
            .iter()
            .filter(|(_, o)| {
                o.as_dict().is_ok_and(|d| {
                    d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Font".as_slice())
                })
            })
            .map(|(id, _)| *id),
    );
    crate::save::merge_glyph_strings(&mut lo);
    crate::save::compress_streams(&mut lo);
    let bytes = crate::save::save(&mut lo, &packed)?;
    Ok(Pdf {
        bytes,
        page_count: layout.page_count(),
    })
}

/// The Info key that carries the audit chain's head (the store reads it back by this name).
pub const AUDIT_HEAD_KEY: &str = "ConcordAuditHead";

/// Catalogue and Info entries printpdf does not write, and the file ID.
fn finish_structure(
    lo: &mut lopdf::Document,
    doc: &Document,
    file_id: Vec<u8>,
) -> Result<(), DocumentError> {
    let pdf_err = |e: lopdf::Error| DocumentError::Pdf(e.to_string());
    // /Lang is a PDF 1.4 key; printpdf labels its output 1.3.
    lo.version = "1.7".to_owned();
    let catalog = lo.catalog_mut().map_err(pdf_err)?;
    catalog.set(
        "Lang",
        Object::String(
            doc.metadata.language.clone().into_bytes(),
            StringFormat::Literal,
        ),
    );
    catalog.set(
        "ViewerPreferences",
        lopdf::Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
    );

    if let Ok(info_ref) = lo.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(info) = lo.get_object_mut(info_ref).and_then(Object::as_dict_mut)
    {
        // printpdf writes 1970-01-01 dates and a PDF/X version string by
        // default; neither is true of our files, so leave them out.
        for key in [
            "CreationDate",
            "ModDate",
            "GTS_PDFXVersion",
            "Trapped",
            "Identifier",
        ] {
            info.remove(key.as_bytes());
        }
        let empty: Vec<Vec<u8>> = info
            .iter()
            .filter(|(_, v)| is_empty_text(v))
            .map(|(k, _)| k.clone())
            .collect();
        for k in empty {
            info.remove(&k);
        }
        // The dates only when the caller gives them, as the XMP packet says them.
        if let Some(at) = &doc.metadata.created {
            let date = crate::xmp::pdf_date(at).into_bytes();
            for key in ["CreationDate", "ModDate"] {
                info.set(key, Object::String(date.clone(), StringFormat::Literal));
            }
        }
        if let Some(head) = &doc.metadata.audit_head {
            info.set(
                AUDIT_HEAD_KEY,
                Object::String(head.clone().into_bytes(), StringFormat::Literal),
            );
        }
    }

    let id = Object::String(file_id, StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

/// An Info value that is an empty string (printpdf writes UTF-16 with a BOM).
fn is_empty_text(v: &Object) -> bool {
    match v {
        Object::String(bytes, _) => bytes.is_empty() || bytes.as_slice() == [0xFE, 0xFF],
        _ => false,
    }
}

/// Six capital letters derived from the characters drawn in a face.
///
/// The resource name doubles as the subset tag printpdf writes before the font name
/// ("ABCDEF+NotoSansCJKsc-Regular"); it must be six capitals, and deriving it from the
/// glyph set keeps output reproducible.
fn subset_tag(face: Face, chars: &BTreeSet<char>) -> String {
    let mut h = DefaultHasher::new();
    face.hash(&mut h);
    chars.hash(&mut h);
    let mut n = h.finish();
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (n % 26) as u8);
            n /= 26;
            c
        })
        .collect()
}

/// A stable 16-byte file identifier from the title and the page texts.
fn id_seed(layout: &Layout, title: &str) -> Vec<u8> {
    let mut a = DefaultHasher::new();
    let mut b = DefaultHasher::new();
    title.hash(&mut a);
    "concord".hash(&mut b);
    for p in layout.pages() {
        for t in p.texts() {
            t.text.hash(&mut a);
            t.baseline.to_bits().hash(&mut b);
            t.text.hash(&mut b);
        }
        // A different drawn signature is a different file.
        for item in &p.items {
            if let Item::Strokes(s) = item {
                for &(x, y) in s.strokes.iter().flatten() {
                    (x.to_bits(), y.to_bits()).hash(&mut b);
                }
            }
        }
    }
    let mut id = a.finish().to_be_bytes().to_vec();
    id.extend_from_slice(&b.finish().to_be_bytes());
    id
}

fn pdf_color(c: Color) -> PdfColor {
    if c.r == c.g && c.g == c.b {
        PdfColor::Greyscale(Greyscale::new(c.r, None))
    } else {
        PdfColor::Rgb(Rgb::new(c.r, c.g, c.b, None))
    }
}

fn pt(x: f32, y_from_top: f32) -> Point {
    Point {
        x: hundredths(x),
        y: hundredths(PAGE_HEIGHT - y_from_top),
    }
}

/// A length rounded to a hundredth of a point, far below what a printer resolves: the page's
/// content then holds "56.69" where it held "56.6929", which keeps the file small.
pub(crate) fn hundredths(v: f32) -> Pt {
    Pt((v * 100.0).round() / 100.0)
}

/// Operations of one page: shapes first, then all text in one text object.
fn page_ops(page: &Page, glyphs: &mut Glyphs, marks: &mut PageMarks) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 3 + 8);
    let mut fill: Option<Color> = None;
    let mut stroke: Option<(Color, f32)> = None;
    for (index, item) in page.items.iter().enumerate() {
        let tag = match item {
            Item::Text(_) => continue,
            Item::Vector(p) => p.tag,
            Item::Fill(_) | Item::Rule(_) | Item::Strokes(_) | Item::Field(_) => None,
        };
        marks.switch(tag, index, &mut ops);
        match item {
            Item::Fill(f) => {
                if fill != Some(f.color) {
                    ops.push(Op::SetFillColor {
                        col: pdf_color(f.color),
                    });
                    fill = Some(f.color);
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: hundredths(f.x),
                        y: hundredths(PAGE_HEIGHT - f.y - f.height),
                        width: hundredths(f.width),
                        height: hundredths(f.height),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Item::Rule(r) => {
                if stroke != Some((r.color, r.width)) {
                    ops.push(Op::SetOutlineColor {
                        col: pdf_color(r.color),
                    });
                    ops.push(Op::SetOutlineThickness { pt: Pt(r.width) });
                    stroke = Some((r.color, r.width));
                }
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: pt(r.x1, r.y1),
                                bezier: false,
                            },
                            LinePoint {
                                p: pt(r.x2, r.y2),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
            // Saved and restored around, so the colour, width and round joins of the ink
            // do not leak into the state tracked for rules.
            Item::Strokes(s) => ink_ops(s, &mut ops),
            Item::Vector(p) => crate::figure::path_ops(p, &mut ops),
            Item::Text(_) | Item::Field(_) => {}
        }
    }

    let mut state = TextState {
        fill,
        ..TextState::default()
    };
    marks.close(&mut ops);
    ops.push(Op::StartTextSection);
    for (index, item) in page.items.iter().enumerate() {
        let Item::Text(t) = item else { continue };
        if t.text.is_empty() {
            continue;
        }
        marks.switch(t.tag, index, &mut ops);
        state.apply(t, &mut ops);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(hundredths(t.x), hundredths(PAGE_HEIGHT - t.baseline)),
        });
        // One string per stretch of characters in the same face: a character the run's
        // subset lacks is drawn in the full face, and the text position carries on after it.
        for (face, items) in glyphs.items(t) {
            state.font(face, t.size, &glyphs.ids, &mut ops);
            ops.push(Op::ShowText { items });
        }
    }
    marks.close(&mut ops);
    ops.push(Op::EndTextSection);
    ops
}

/// Pen strokes as smoothed paths: the curve passes through the midpoints between samples
/// with each sample as its control point (a quadratic spline, written as cubic `c`
/// segments). Only numbers and path operators: no `<` or `>` that `merge_glyph_strings`
/// could mistake for the seam between two glyph strings.
fn ink_ops(s: &Strokes, ops: &mut Vec<Op>) {
    if s.strokes.iter().all(Vec::is_empty) {
        return;
    }
    ops.push(Op::SaveGraphicsState);
    ops.push(Op::SetOutlineColor {
        col: pdf_color(s.color),
    });
    ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
    ops.push(Op::SetLineCapStyle {
        cap: LineCapStyle::Round,
    });
    ops.push(Op::SetLineJoinStyle {
        join: LineJoinStyle::Round,
    });
    for stroke in &s.strokes {
        if let Some(line) = smooth_path(stroke) {
            ops.push(Op::DrawLine { line });
        }
    }
    ops.push(Op::RestoreGraphicsState);
}

fn smooth_path(points: &[(f32, f32)]) -> Option<Line> {
    let plain = |p: (f32, f32)| LinePoint {
        p: pt(p.0, p.1),
        bezier: false,
    };
    let handle = |p: (f32, f32)| LinePoint {
        p: pt(p.0, p.1),
        bezier: true,
    };
    let mid = |a: (f32, f32), b: (f32, f32)| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    // Two thirds of the way from `a` to the control point `c`: quadratic → cubic.
    let towards = |a: (f32, f32), c: (f32, f32)| {
        (a.0 + (c.0 - a.0) * 2.0 / 3.0, a.1 + (c.1 - a.1) * 2.0 / 3.0)
    };
    let first = *points.first()?;
    let mut out = vec![plain(first)];
    match points.len() {
        // A dot: a zero-length segment, which round caps draw as a disc.
        1 => out.push(plain(first)),
        2 => out.push(plain(points[1])),
        n => {
            let mut from = mid(points[0], points[1]);
            out.push(plain(from));
            for i in 1..n - 1 {
                let control = points[i];
                let to = mid(points[i], points[i + 1]);
                out.push(handle(towards(from, control)));
                out.push(handle(towards(to, control)));
                out.push(plain(to));
                from = to;
            }
            out.push(plain(points[n - 1]));
        }
    }
    Some(Line {
        points: out,
        is_closed: false,
    })
}

/// Text state already set in the content stream, to avoid repeating it.
#[derive(Debug, Default)]
struct TextState {
    font: Option<(Face, f32)>,
    fill: Option<Color>,
}

impl TextState {
    fn apply(&mut self, t: &TextRun, ops: &mut Vec<Op>) {
        if self.fill != Some(t.color) {
            ops.push(Op::SetFillColor {
                col: pdf_color(t.color),
            });
            self.fill = Some(t.color);
        }
    }

    fn font(&mut self, face: Face, size: f32, ids: &[FontId], ops: &mut Vec<Op>) {
        if self.font != Some((face, size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(ids[face.index()].clone()),
                size: Pt(size),
            });
            self.font = Some((face, size));
        }
    }
}

/// Glyph ids for the text runs of a document, with a per-render cache.
///
/// We hand printpdf glyph ids rather than strings: its own char → glyph lookup
/// scans the cmap linearly and dominated rendering time. Each glyph carries
/// its character, from which printpdf builds the ToUnicode map.
struct Glyphs {
    /// Per run face and character: the face that draws it and the glyph id there.
    cache: HashMap<(Face, char), (Face, u16)>,
    /// The resource name of each face, by [`Face::index`].
    ids: Vec<FontId>,
    /// The faces some text is drawn in.
    used: BTreeSet<Face>,
}

impl Glyphs {
    /// The faces the layout's text is drawn in, with the resource name of each.
    fn new(layout: &Layout) -> Result<Glyphs, DocumentError> {
        let mut glyphs = Glyphs {
            cache: HashMap::with_capacity(2048),
            ids: Vec::new(),
            used: BTreeSet::new(),
        };
        let mut chars: Vec<BTreeSet<char>> = vec![BTreeSet::new(); Face::ALL.len()];
        for t in layout.pages().iter().flat_map(|p| p.texts()) {
            for ch in t.text.chars() {
                let (face, _) = glyphs.gid(t.face, ch)?;
                chars[face.index()].insert(ch);
            }
            // Latin quotation marks may be drawn in the complete face (see `items`).
            let text: Vec<char> = t.text.chars().collect();
            for (ch, quote) in text.iter().zip(latin_quotes(&text)) {
                if quote.is_some() {
                    chars[Face::Sans.index()].insert(*ch);
                }
            }
        }
        for face in Face::ALL {
            let set = &chars[face.index()];
            if !set.is_empty() {
                glyphs.used.insert(face);
            }
            glyphs.ids.push(FontId(subset_tag(face, set)));
        }
        Ok(glyphs)
    }

    fn gid(&mut self, face: Face, ch: char) -> Result<(Face, u16), DocumentError> {
        if let Some(hit) = self.cache.get(&(face, ch)) {
            return Ok(*hit);
        }
        let drawing = face.drawing(ch)?;
        // Text was sanitised in layout against the full face, so a miss cannot happen;
        // glyph 0 (.notdef) is the safe answer if it ever does.
        let gid = Font::of(drawing)?.glyph_id(ch).unwrap_or(0);
        self.cache.insert((face, ch), (drawing, gid));
        Ok((drawing, gid))
    }

    /// The `TJ` array of a run. Type 0 fonts with two-byte codes ignore `Tw`,
    /// so word spacing for justified Latin lines is a kerning offset after
    /// each space; and `Tc` would stretch inside Latin words too, so the
    /// justification of lines with ideographs is an offset at each gap.
    fn items(&mut self, t: &TextRun) -> Vec<(Face, Vec<TextItem>)> {
        let per_point = -1000.0 / t.size;
        let word_shift = t.word_spacing * per_point;
        let gap_shift = t.char_spacing * per_point;
        let track = t.tracking * per_point;
        let text: Vec<char> = t.text.chars().collect();
        let mut seams = squeezes_tight(&t.text, t.face, t.tight);
        // A Latin quotation mark is drawn in its proportional form where the complete face has
        // one: the room it was measured with (half its em) is kept by an offset after it, and
        // its seam no longer moves it over the space before it, so text extraction keeps it.
        let mut proportional: Vec<Option<(u16, f32)>> = vec![None; text.len()];
        for (i, quote) in latin_quotes(&text).into_iter().enumerate() {
            let Some(quote) = quote else { continue };
            let Some((gid, advance)) = crate::font::proportional_quote(text[i]) else {
                continue;
            };
            let full = crate::font::advance_in(t.face, text[i]).unwrap_or(1.0);
            let trim = quote_trim(text[i], t.face);
            let seam = if quote == Quote::Opening { i } else { i + 1 };
            seams[seam] -= trim;
            proportional[i] = Some((gid, full - trim - advance));
        }
        let mut chars = text.iter().copied().enumerate().peekable();
        let mut segments: Vec<(Face, Vec<Codepoint>)> = Vec::new();
        while let Some((i, ch)) = chars.next() {
            let next = chars.peek().map(|(_, c)| *c);
            // TJ numbers are thousandths of an em; positive moves left.
            let room = proportional[i].map_or(0.0, |(_, room)| room);
            let squeeze = (seams[i + 1] - room) * 1000.0;
            let word = if ch == ' ' { word_shift } else { 0.0 };
            let gap = match next {
                Some(next) if gap_shift != 0.0 && is_justification_gap(ch, next) => gap_shift,
                _ => 0.0,
            };
            let (face, gid) = match proportional[i] {
                Some((gid, _)) => (Face::Sans, gid),
                None => self.gid(t.face, ch).unwrap_or((Face::Sans, 0)),
            };
            let codepoint = Codepoint {
                gid,
                // A tenth of a thousandth of an em is far below what shows; fewer digits.
                offset: ((squeeze + word + gap + track) * 10.0).round() / 10.0,
                cid: Some(ch.to_string()),
            };
            match segments.last_mut() {
                Some((f, run)) if *f == face => run.push(codepoint),
                _ => segments.push((face, vec![codepoint])),
            }
        }
        // The leading empty string keeps printpdf off its "glyph-run merger",
        // which re-decodes every glyph outline to recompute widths we already
        // placed; it vanishes again in `merge_glyph_strings` (`<><…>` → `<…>`).
        let lead = seams.first().copied().unwrap_or(0.0) * 1000.0;
        segments
            .into_iter()
            .enumerate()
            .map(|(n, (face, codepoints))| {
                let mut items = vec![TextItem::Text(String::new())];
                // A line that opens with a Latin quotation mark starts at its ink.
                if n == 0 && lead != 0.0 {
                    items.push(TextItem::Offset(lead));
                }
                items.push(TextItem::GlyphIds(codepoints));
                (face, items)
            })
            .collect()
    }
}

/// The operations of every page, without building the file: what a chart costs to draw,
/// measured apart from font subsetting and compression.
#[doc(hidden)]
pub fn page_operations(layout: &Layout) -> Result<Vec<Vec<Op>>, DocumentError> {
    let mut glyphs = Glyphs::new(layout)?;
    let mut tagger = Tagger::new(layout);
    Ok(layout
        .pages()
        .iter()
        .map(|p| page_ops(p, &mut glyphs, &mut tagger.page()))
        .collect())
}

#[cfg(test)]
mod audit_head_tests {
    use crate::Document;

    #[test]
    fn the_audit_head_is_written_into_the_info_dictionary_only_when_given() {
        let head = format!("42:{}", "ab".repeat(32));
        let mut doc = Document::new("Minutes");
        doc.metadata.audit_head = Some(head.clone());
        let pdf = doc.render().expect("renders");
        let needle = format!("/{}({head})", super::AUDIT_HEAD_KEY);
        assert!(
            pdf.bytes
                .windows(needle.len())
                .any(|w| w == needle.as_bytes()),
            "the Info dictionary carries the head"
        );
        let plain = Document::new("Minutes").render().expect("renders");
        assert!(
            !plain
                .bytes
                .windows(super::AUDIT_HEAD_KEY.len())
                .any(|w| w == super::AUDIT_HEAD_KEY.as_bytes())
        );
    }
}
