//! The one embedded face: loading it, measuring advances, and replacing
//! characters it cannot draw.
//!
//! Output must never depend on the fonts of the machine, so the face is compiled
//! into the binary. It is Noto Sans CJK SC Regular (CFF outlines, CID-keyed),
//! extracted from Debian's collection; see `assets/fonts/LICENSE-OFL.txt`. Its
//! Latin glyphs are good enough for the English half of bilingual documents, so
//! one face serves both languages, and headings use synthetic bold instead of a
//! second 16 MB face.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::DocumentError;

/// The font program, byte for byte as in `assets/fonts/`.
pub(crate) const FONT_BYTES: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/NotoSansCJKsc-Regular.otf"
));

/// Metrics view of the embedded face (ttf-parser: zero-copy and fast to open).
#[derive(Debug)]
pub(crate) struct Font {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Drawn for characters the face lacks, so a gap is visible rather than a
    /// silently dropped character (printpdf would otherwise emit glyph 0 and no
    /// ToUnicode entry, losing the text on copy).
    replacement: char,
}

static METRICS: OnceLock<Result<Font, String>> = OnceLock::new();
static PDF_FONT: OnceLock<Result<printpdf::ParsedFont, String>> = OnceLock::new();

impl Font {
    /// The process-wide face, parsed on first use.
    pub(crate) fn get() -> Result<&'static Font, DocumentError> {
        METRICS
            .get_or_init(|| {
                let face = ttf_parser::Face::parse(FONT_BYTES, 0).map_err(|e| e.to_string())?;
                let units_per_em = f32::from(face.units_per_em());
                let replacement = ['\u{FFFD}', '\u{25A1}', '?']
                    .into_iter()
                    .find(|c| face.glyph_index(*c).is_some())
                    .unwrap_or(' ');
                Ok(Font {
                    face,
                    units_per_em,
                    replacement,
                })
            })
            .as_ref()
            .map_err(|e| DocumentError::Font(e.clone()))
    }

    /// Advance width of `ch` in em, or `None` when the face has no glyph.
    pub(crate) fn advance(&self, ch: char) -> Option<f32> {
        let gid = self.face.glyph_index(ch)?;
        let adv = self.face.glyph_hor_advance(gid).unwrap_or(0);
        Some(f32::from(adv) / self.units_per_em)
    }

    /// Glyph id of `ch` in the face.
    pub(crate) fn glyph_id(&self, ch: char) -> Option<u16> {
        self.face.glyph_index(ch).map(|g| g.0)
    }

    pub(crate) fn replacement(&self) -> char {
        self.replacement
    }
}

/// printpdf's parsed copy of the same bytes, used for embedding and subsetting.
pub(crate) fn pdf_font() -> Result<&'static printpdf::ParsedFont, DocumentError> {
    PDF_FONT
        .get_or_init(|| {
            let mut warnings = Vec::new();
            printpdf::ParsedFont::from_bytes(FONT_BYTES, 0, &mut warnings)
                .ok_or_else(|| format!("printpdf rejected the face: {warnings:?}"))
        })
        .as_ref()
        .map_err(|e| DocumentError::Font(e.clone()))
}

/// Per-layout measuring cache: a document repeats a few thousand distinct
/// characters tens of thousands of times, and a hash lookup is cheaper than a
/// cmap binary search.
#[derive(Debug)]
pub(crate) struct Metrics {
    font: &'static Font,
    cache: HashMap<char, Option<f32>>,
}

impl Metrics {
    pub(crate) fn new(font: &'static Font) -> Self {
        Metrics {
            font,
            cache: HashMap::with_capacity(2048),
        }
    }

    fn lookup(&mut self, ch: char) -> Option<f32> {
        let font = self.font;
        *self.cache.entry(ch).or_insert_with(|| font.advance(ch))
    }

    /// Advance in em of a character that went through [`Metrics::sanitize`].
    pub(crate) fn advance(&mut self, ch: char) -> f32 {
        self.lookup(ch).unwrap_or(0.0)
    }

    /// Width of `text` in em.
    pub(crate) fn width(&mut self, text: &str) -> f32 {
        text.chars().map(|c| self.advance(c)).sum()
    }

    /// Make `text` drawable with the face: line separators become `\n`, tabs
    /// become spaces, control and invisible format characters without a glyph
    /// are dropped, and anything else the face lacks becomes the replacement
    /// character.
    pub(crate) fn sanitize(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(ch) = chars.next() {
            match ch {
                '\r' => {
                    // CR LF and lone CR both end a line.
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                }
                '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}' => out.push('\n'),
                '\t' => out.push(' '),
                c if c.is_control() => {}
                c => match self.lookup(c) {
                    Some(_) => out.push(c),
                    None if is_default_ignorable(c) => {}
                    None => match plain_digit(c) {
                        // The face has no subscript digits: CO₂ prints as CO2, not as CO□.
                        Some(d) if self.lookup(d).is_some() => out.push(d),
                        _ => out.push(self.font.replacement()),
                    },
                },
            }
        }
        out
    }
}

/// The digit a subscript or superscript digit writes (`₂` → `2`), for a face without it.
fn plain_digit(c: char) -> Option<char> {
    let digit = match c {
        '\u{2080}'..='\u{2089}' => u32::from(c) - 0x2080,
        '\u{2070}' => 0,
        '\u{00B9}' => 1,
        '\u{00B2}' => 2,
        '\u{00B3}' => 3,
        '\u{2074}'..='\u{2079}' => u32::from(c) - 0x2070,
        _ => return None,
    };
    char::from_digit(digit, 10)
}

/// Full-width marks whose glyph sits in the left half of its em box.
const LEFT_HALF_MARKS: &[char] = &[
    '，', '。', '、', '；', '：', '）', '」', '』', '》', '〉', '】', '〕',
];
/// Full-width opening marks (glyph in the right half).
const OPENING_MARKS: &[char] = &['（', '「', '『', '《', '〈', '【', '〔', '“', '‘'];

/// Punctuation compression (标点挤压): when a left-half mark such as `）` or
/// `，` is followed by another full-width mark, its empty right half is
/// dropped, so `）：` or `，“` do not leave a full em of white space.
/// Returns the em to remove after `c`.
pub(crate) fn squeeze_after(c: char, next: Option<char>) -> f32 {
    match next {
        Some(n)
            if LEFT_HALF_MARKS.contains(&c)
                && (LEFT_HALF_MARKS.contains(&n) || OPENING_MARKS.contains(&n)) =>
        {
            0.5
        }
        _ => 0.0,
    }
}

/// Total squeeze of a line in em.
pub(crate) fn squeeze(text: &str) -> f32 {
    let mut chars = text.chars().peekable();
    let mut total = 0.0;
    while let Some(c) = chars.next() {
        total += squeeze_after(c, chars.peek().copied());
    }
    total
}

/// Invisible format characters that are fine to drop when the face has no
/// glyph for them (zero-width spaces and joiners, BOM, soft hyphen, variation
/// selectors).
fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn face_covers_chinese_latin_and_supplementary_plane() {
        let font = Font::get().expect("embedded font parses");
        for c in ['渭', '南', 'A', 'g', '，', '。', '（', '𠮷'] {
            assert!(font.advance(c).is_some(), "missing glyph for {c:?}");
        }
        // Ideographs are one em wide; Latin is proportional and narrower.
        assert!((font.advance('渭').unwrap_or(0.0) - 1.0).abs() < 1e-3);
        assert!(font.advance('i').unwrap_or(1.0) < 0.5);
    }

    #[test]
    fn sanitize_normalises_controls_and_replaces_missing_glyphs() {
        let font = Font::get().expect("embedded font parses");
        let mut m = Metrics::new(font);
        assert_eq!(m.sanitize("a\r\nb\rc\td\u{7}e\u{200B}"), "a\nb\nc de");
        // U+10FFFD (private use, plane 16) is not in the face.
        let s = m.sanitize("x\u{10FFFD}y");
        assert_eq!(s, format!("x{}y", font.replacement()));
        assert_ne!(font.replacement(), ' ');
    }

    #[test]
    fn subscript_digits_the_face_lacks_print_as_digits() {
        let font = Font::get().expect("embedded font parses");
        let mut m = Metrics::new(font);
        let expected = if font.advance('₂').is_some() {
            "万吨CO₂"
        } else {
            "万吨CO2"
        };
        assert_eq!(m.sanitize("万吨CO₂"), expected);
        assert_eq!(plain_digit('₉'), Some('9'));
        assert_eq!(plain_digit('⁴'), Some('4'));
        assert_eq!(plain_digit('x'), None);
    }

    #[test]
    fn printpdf_parses_the_same_face() {
        let f = pdf_font().expect("printpdf parses the face");
        assert!(f.lookup_glyph_index('𠮷' as u32).is_some());
    }
}
