//! The embedded faces: measuring advances, and replacing characters the full face cannot
//! draw. Which faces there are and where they come from: `face`.

use std::collections::HashMap;

use crate::DocumentError;
use crate::face::{Face, metrics};

/// Metrics view of one embedded face (ttf-parser: zero-copy and fast to open).
#[derive(Debug)]
pub(crate) struct Font {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Drawn for characters the face lacks, so a gap is visible rather than a
    /// silently dropped character (printpdf would otherwise emit glyph 0 and no
    /// ToUnicode entry, losing the text on copy).
    replacement: char,
}

impl Font {
    pub(crate) fn parse(bytes: &'static [u8]) -> Result<Font, String> {
        let face = ttf_parser::Face::parse(bytes, 0).map_err(|e| e.to_string())?;
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
    }

    /// The full regular face, which every other face falls back to.
    pub(crate) fn get() -> Result<&'static Font, DocumentError> {
        metrics(Face::Sans)
    }

    /// The metrics of `face`.
    pub(crate) fn of(face: Face) -> Result<&'static Font, DocumentError> {
        metrics(face)
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

    /// The proportional form of `ch` (OpenType `pwid`) and its advance in em: the quotation
    /// marks Latin text sets, where the face's default is full-width for Chinese.
    pub(crate) fn proportional(&self, ch: char) -> Option<(u16, f32)> {
        use ttf_parser::gsub::{SingleSubstitution, SubstitutionSubtable};
        let gid = self.face.glyph_index(ch)?;
        let gsub = self.face.tables().gsub?;
        let feature = gsub
            .features
            .into_iter()
            .find(|f| &f.tag.to_bytes() == b"pwid")?;
        let to = feature.lookup_indices.into_iter().find_map(|index| {
            let lookup = gsub.lookups.get(index)?;
            lookup
                .subtables
                .into_iter::<SubstitutionSubtable>()
                .find_map(|sub| match sub {
                    SubstitutionSubtable::Single(SingleSubstitution::Format1 {
                        coverage,
                        delta,
                    }) => coverage
                        .get(gid)
                        .map(|_| ttf_parser::GlyphId(gid.0.wrapping_add_signed(delta))),
                    SubstitutionSubtable::Single(SingleSubstitution::Format2 {
                        coverage,
                        substitutes,
                    }) => coverage.get(gid).and_then(|i| substitutes.get(i)),
                    _ => None,
                })
        })?;
        let advance = self.face.glyph_hor_advance(to)?;
        Some((to.0, f32::from(advance) / self.units_per_em))
    }

    pub(crate) fn replacement(&self) -> char {
        self.replacement
    }
}

/// Advance in em of `ch` set in `face`: its own, or the full face's for a character its
/// subset lacks (drawn in the full face).
pub(crate) fn advance_in(face: Face, ch: char) -> Option<f32> {
    let own = Font::of(face.for_char(ch)).ok().and_then(|f| f.advance(ch));
    own.or_else(|| Font::get().ok().and_then(|f| f.advance(ch)))
}

/// Per-layout measuring cache: a document repeats a few thousand distinct
/// characters tens of thousands of times, and a hash lookup is cheaper than a
/// cmap binary search.
#[derive(Debug)]
pub(crate) struct Metrics {
    font: &'static Font,
    cache: HashMap<char, Option<f32>>,
    /// Advances in the other faces, by face.
    faces: HashMap<(Face, char), f32>,
}

impl Metrics {
    pub(crate) fn new(font: &'static Font) -> Self {
        Metrics {
            font,
            cache: HashMap::with_capacity(2048),
            faces: HashMap::new(),
        }
    }

    /// Advance in em of a sanitised character set in `face`.
    pub(crate) fn advance_in(&mut self, face: Face, ch: char) -> f32 {
        if face == Face::Sans {
            return self.advance(ch);
        }
        *self
            .faces
            .entry((face, ch))
            .or_insert_with(|| advance_in(face, ch).unwrap_or(0.0))
    }

    /// Width of `text` set in `face`, in em.
    pub(crate) fn width_in(&mut self, face: Face, text: &str) -> f32 {
        text.chars().map(|c| self.advance_in(face, c)).sum()
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
    /// character. Han and Western text are then spaced by the one rule of
    /// [`concord_i18n::spacing`], so every text a document lays out goes through it.
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
        concord_i18n::space_mixed_scripts(&curly_quotes(&out))
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

/// The em each seam of a line may still give up when the line is set tight (clreq's
/// compression of full-width punctuation, 标点挤压, before any stretching): the empty half of
/// a mark that is not already squeezed against its neighbour. `[0]` before the first
/// character, `[i + 1]` after character `i`.
pub(crate) fn compressible(chars: &[char]) -> Vec<f32> {
    let latin = latin_quotes(chars);
    let mut seams = vec![0.0; chars.len() + 1];
    for (i, &c) in chars.iter().enumerate() {
        if latin[i].is_some() {
            continue;
        }
        let next = chars.get(i + 1).copied();
        if LEFT_HALF_MARKS.contains(&c) && squeeze_after(c, next) == 0.0 {
            seams[i + 1] += 0.5;
        } else if OPENING_MARKS.contains(&c) {
            seams[i] += 0.5;
        }
    }
    seams
}

/// [`squeezes`] of a line whose marks give up `share` (0 to 1) of what [`compressible`] says.
pub(crate) fn squeezes_tight(text: &str, face: Face, share: f32) -> Vec<f32> {
    let mut seams = squeezes(text, face);
    if share > 0.0 {
        let chars: Vec<char> = text.chars().collect();
        for (seam, more) in seams.iter_mut().zip(compressible(&chars)) {
            *seam += share * more;
        }
    }
    seams
}

/// Total squeeze of a line set in `face`, in em.
pub(crate) fn squeeze(text: &str, face: Face) -> f32 {
    squeezes(text, face).iter().sum()
}

/// The em of white space taken out at each seam of `text`: `[0]` before its first character,
/// `[i + 1]` after character `i`. Punctuation compression, and the quotation marks of Latin
/// text: the faces draw “ ” ‘ ’ full-width, their ink in one half of an em box, as Chinese
/// sets them; beside Latin words the empty half goes, so "under “Shared by all”" reads with
/// the quotes against their words instead of half an em away.
pub(crate) fn squeezes(text: &str, face: Face) -> Vec<f32> {
    let chars: Vec<char> = text.chars().collect();
    let latin = latin_quotes(&chars);
    let mut seams = vec![0.0; chars.len() + 1];
    for (i, &c) in chars.iter().enumerate() {
        seams[i + 1] += squeeze_after(c, chars.get(i + 1).copied());
        let Some(quote) = latin[i] else { continue };
        let trim = quote_trim(c, face);
        match quote {
            Quote::Opening => seams[i] += trim,
            Quote::Closing => seams[i + 1] += trim,
        }
    }
    seams
}

/// How much narrower a Latin quotation mark is set than `face` draws it: down to the
/// proportional form's advance where the complete face has one, else by its empty half.
pub(crate) fn quote_trim(c: char, face: Face) -> f32 {
    let full = advance_in(face, c).unwrap_or(0.0);
    match proportional_quote(c) {
        Some((_, advance)) => (full - advance).max(0.0),
        None if full > 0.9 => 0.5,
        None => 0.0,
    }
}

/// The complete face's proportional form of a quotation mark (“ ” ‘ ’), read from its GSUB
/// once: every measured line with a quotation mark asks for it.
pub(crate) fn proportional_quote(c: char) -> Option<(u16, f32)> {
    const QUOTES: [char; 4] = ['“', '”', '‘', '’'];
    static FORMS: std::sync::OnceLock<[Option<(u16, f32)>; 4]> = std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let font = Font::get().ok();
        QUOTES.map(|q| font.and_then(|f| f.proportional(q)))
    });
    QUOTES.iter().position(|q| *q == c).and_then(|i| forms[i])
}

/// A quotation mark of Latin text, by the side its empty half is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quote {
    /// “ ‘ before a Latin word: the empty half is on the left.
    Opening,
    /// ” ’ after a Latin word: the empty half is on the right.
    Closing,
}

/// Which characters of `chars` are quotation marks of Latin text: “ before a Latin word and
/// not after an ideograph, ” after one and not before an ideograph. Chinese quotation marks
/// (“渭南”, 写入“APEC”。) stay full-width.
pub(crate) fn latin_quotes(chars: &[char]) -> Vec<Option<Quote>> {
    (0..chars.len())
        .map(|i| {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            match chars[i] {
                '“' | '‘' if next.is_some_and(is_latin) && !prev.is_some_and(is_wide) => {
                    Some(Quote::Opening)
                }
                '”' | '’' if prev.is_some_and(is_latin_or_mark) && !next.is_some_and(is_wide) => {
                    Some(Quote::Closing)
                }
                _ => None,
            }
        })
        .collect()
}

/// Straight double quotes as typeset ones: “ where a quotation opens (at the start, after a
/// space or an opening bracket), ” elsewhere. A person types "…"; a filed document prints “…”.
fn curly_quotes(text: &str) -> String {
    if !text.contains(['"', '\'']) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let typeset = match c {
            '"' if prev.is_none_or(|p| p.is_whitespace() || "([{（【《“‘—–-/".contains(p)) => {
                '“'
            }
            '"' => '”',
            // An apostrophe ("People's") and a closing single quote are the same mark.
            '\'' if prev.is_none_or(|p| p.is_whitespace() || "([{（【《“‘—–-/".contains(p)) => {
                '‘'
            }
            '\'' => '’',
            other => other,
        };
        out.push(typeset);
        prev = Some(c);
    }
    out
}

/// A letter or digit of a Latin word (not an ideograph or a full-width form).
fn is_latin(c: char) -> bool {
    c.is_alphanumeric() && !is_wide(c)
}

/// What may end a quoted Latin phrase: a letter, a digit or a Latin stop.
fn is_latin_or_mark(c: char) -> bool {
    is_latin(c) || matches!(c, '.' | ',' | '!' | '?' | ')' | ']' | '%')
}

/// Wide characters: ideographs, kana, hangul and full-width forms (everything from the CJK
/// radicals on).
pub(crate) fn is_wide(c: char) -> bool {
    (c as u32) >= 0x2E80
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
    fn straight_double_quotes_are_typeset() {
        assert_eq!(
            curly_quotes(r#"the draft vision: "By 2030 Weinan is green." Then"#),
            "the draft vision: “By 2030 Weinan is green.” Then"
        );
        assert_eq!(curly_quotes(r#"("shared by all")"#), "(“shared by all”)");
        assert_eq!(curly_quotes("no quotes"), "no quotes");
        assert_eq!(
            curly_quotes("Weinan Municipal People's Government, 'shared'"),
            "Weinan Municipal People’s Government, ‘shared’"
        );
    }

    #[test]
    fn quotes_beside_latin_words_lose_their_empty_half_and_chinese_ones_keep_it() {
        let face = Face::Sans;
        let (open, close) = (quote_trim('“', face), quote_trim('”', face));
        // The complete face's proportional quotes are about half an em wide.
        assert!(open > 0.4 && open < 0.6 && close > 0.4 && close < 0.6);
        let seams = squeezes("under “Shared by all”.", face);
        // Before “ (seam 6) and after ” (seam 21).
        assert_eq!(seams[6], open);
        assert_eq!(seams[21], close);
        assert!((seams.iter().sum::<f32>() - open - close).abs() < 1e-6);
        // A line that opens with the quote: its leading seam.
        assert_eq!(squeezes("“By 2030”", face)[0], open);
        // An apostrophe is as narrow as its proportional form, no wider.
        assert!(quote_trim('’', face) > 0.6);
        // Chinese quotation marks are full-width, as Chinese sets them.
        assert_eq!(squeeze("称为“渭南”的城市", face), 0.0);
        assert_eq!(squeeze("写入“APEC”。", face), 0.0);
    }

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
            "万吨 CO₂"
        } else {
            "万吨 CO2"
        };
        assert_eq!(m.sanitize("万吨CO₂"), expected);
        assert_eq!(plain_digit('₉'), Some('9'));
        assert_eq!(plain_digit('⁴'), Some('4'));
        assert_eq!(plain_digit('x'), None);
    }

    #[test]
    fn printpdf_parses_the_same_face() {
        let f = crate::face::pdf_font(Face::Sans).expect("printpdf parses the face");
        assert!(f.lookup_glyph_index('𠮷' as u32).is_some());
    }
}
