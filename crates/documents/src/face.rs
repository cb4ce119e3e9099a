//! The faces a document is drawn in: the full Noto Sans CJK SC Regular, and subsets of
//! Noto Sans CJK SC Bold (黑体-style headings), Noto Serif CJK SC Regular and Bold
//! (宋体-style body and titles of the official style) and WenKai (楷体). All are compiled in,
//! so output never depends on the machine; `assets/fonts/README.md` says how the subsets
//! were made. A subset lacks rare characters: those are drawn in the full regular face, so
//! no character that prints today ever becomes a box.

use std::sync::OnceLock;

use crate::DocumentError;
use crate::font::Font;

/// One embedded face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Face {
    /// Noto Sans CJK SC Regular, complete: the modern body and the fallback of every face.
    #[default]
    Sans,
    /// Noto Sans CJK SC Bold: headings (黑体).
    SansBold,
    /// Noto Serif CJK SC Regular: the official body (宋体; no open 仿宋 exists).
    Serif,
    /// Noto Serif CJK SC Bold: the official title.
    SerifBold,
    /// WenKai Regular: the official （一） headings (楷体).
    Kai,
}

macro_rules! font_file {
    ($name:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/fonts/",
            $name
        ))
    };
}

impl Face {
    /// Every face, in the order of [`Face::index`].
    pub const ALL: [Face; 5] = [
        Face::Sans,
        Face::SansBold,
        Face::Serif,
        Face::SerifBold,
        Face::Kai,
    ];

    pub(crate) fn index(self) -> usize {
        match self {
            Face::Sans => 0,
            Face::SansBold => 1,
            Face::Serif => 2,
            Face::SerifBold => 3,
            Face::Kai => 4,
        }
    }

    /// File name under `assets/fonts/`.
    pub fn file(self) -> &'static str {
        match self {
            Face::Sans => "NotoSansCJKsc-Regular.otf",
            Face::SansBold => "NotoSansCJKsc-Bold.subset.otf",
            Face::Serif => "NotoSerifCJKsc-Regular.subset.otf",
            Face::SerifBold => "NotoSerifCJKsc-Bold.subset.otf",
            Face::Kai => "WenKai-Regular.subset.ttf",
        }
    }

    /// A bold face (table headers are marked as header cells by it).
    pub fn is_bold(self) -> bool {
        matches!(self, Face::SansBold | Face::SerifBold)
    }

    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Face::Sans => font_file!("NotoSansCJKsc-Regular.otf"),
            Face::SansBold => font_file!("NotoSansCJKsc-Bold.subset.otf"),
            Face::Serif => font_file!("NotoSerifCJKsc-Regular.subset.otf"),
            Face::SerifBold => font_file!("NotoSerifCJKsc-Bold.subset.otf"),
            Face::Kai => font_file!("WenKai-Regular.subset.ttf"),
        }
    }

    /// The face whose glyph of `ch` text set in `self` uses: 楷体's own Latin is a
    /// handwriting, so English in it (a subtitle, a heading) takes the serif face's roman, as
    /// Chinese typesetting pairs 楷体 with a roman.
    pub(crate) fn for_char(self, ch: char) -> Face {
        if self == Face::Kai && ch.is_ascii() {
            Face::Serif
        } else {
            self
        }
    }

    /// The face that draws `ch` for text set in `self`: itself (see [`Face::for_char`]), or
    /// the full regular face for a character its subset lacks.
    pub(crate) fn drawing(self, ch: char) -> Result<Face, DocumentError> {
        let face = self.for_char(ch);
        if face == Face::Sans || Font::of(face)?.glyph_id(ch).is_some() {
            Ok(face)
        } else {
            Ok(Face::Sans)
        }
    }
}

type Loaded<T> = OnceLock<Result<T, String>>;

static METRICS: [Loaded<Font>; 5] = [const { OnceLock::new() }; 5];
static PDF_FONTS: [Loaded<printpdf::ParsedFont>; 5] = [const { OnceLock::new() }; 5];

/// The metrics of `face`, parsed on first use.
pub(crate) fn metrics(face: Face) -> Result<&'static Font, DocumentError> {
    METRICS[face.index()]
        .get_or_init(|| Font::parse(face.bytes()))
        .as_ref()
        .map_err(|e| DocumentError::Font(format!("{}: {e}", face.file())))
}

/// printpdf's parsed copy of `face`, used for embedding and subsetting.
pub(crate) fn pdf_font(face: Face) -> Result<&'static printpdf::ParsedFont, DocumentError> {
    PDF_FONTS[face.index()]
        .get_or_init(|| {
            let mut warnings = Vec::new();
            printpdf::ParsedFont::from_bytes(face.bytes(), 0, &mut warnings)
                .ok_or_else(|| format!("printpdf rejected the face: {warnings:?}"))
        })
        .as_ref()
        .map_err(|e| DocumentError::Font(format!("{}: {e}", face.file())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses_and_covers_chinese_and_latin() {
        for face in Face::ALL {
            let font = metrics(face).expect("face parses");
            for c in ['渭', '南', '议', 'A', 'g', '，', '（', '一', '、', '—', '1'] {
                assert!(font.glyph_id(c).is_some(), "{face:?} lacks {c:?}");
            }
            assert!(pdf_font(face).is_ok(), "printpdf parses {face:?}");
        }
    }

    #[test]
    fn a_character_a_subset_lacks_is_drawn_in_the_full_face() {
        // 龘 (U+9F98) is outside GB 2312 and the sources: only the full face has it.
        assert_eq!(Face::Kai.drawing('龘').expect("faces"), Face::Sans);
        assert_eq!(Face::SerifBold.drawing('龘').expect("faces"), Face::Sans);
        assert_eq!(Face::Kai.drawing('渭').expect("faces"), Face::Kai);
    }

    #[test]
    fn latin_set_in_kai_is_drawn_in_the_serif_roman() {
        for ch in ['A', 'g', '1', ' ', '.'] {
            assert_eq!(Face::Kai.drawing(ch).expect("faces"), Face::Serif, "{ch:?}");
            let kai = crate::font::advance_in(Face::Kai, ch);
            assert_eq!(kai, crate::font::advance_in(Face::Serif, ch), "{ch:?}");
        }
        assert_eq!(Face::Kai.drawing('（').expect("faces"), Face::Kai);
    }

    #[test]
    fn the_faces_are_different_drawings() {
        let gid = |f: Face| metrics(f).expect("face").glyph_id('永');
        let ids: Vec<_> = Face::ALL.iter().map(|f| gid(*f)).collect();
        assert!(ids.iter().all(Option::is_some));
        // The bold face is wider in Latin than the regular one: a real bold, not a stroke.
        let adv = |f: Face, c| metrics(f).expect("face").advance(c).unwrap_or(0.0);
        assert!(adv(Face::SansBold, 'a') > adv(Face::Sans, 'a'));
    }
}
