//! The two document styles as geometry and text styles: **modern** (Concord's own look) and
//! **official** (GB/T 9704-2012, 党政机关公文格式: A4, top margin 37 mm, binding margin
//! 28 mm, a 156 × 225 mm text block of 22 lines × 28 characters, 2号 title, 3号 body, 4号
//! page numbers "— 1 —" outside: right on odd pages, left on even ones).

use super::{BLACK, Color, Style, TEXT_GREY};
use crate::face::Face;
use crate::model::{DocStyle, HeadingLevel};

/// Points in a millimetre.
const MM: f32 = 72.0 / 25.4;

/// Where the page number goes and how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PageNumbers {
    /// The document's own label ("Page 2 of 7"), centred.
    Label,
    /// "— 2 —", one character in from the outer edge of the text block.
    Official,
}

/// Geometry and text styles of a document style.
#[derive(Debug, Clone, Copy)]
pub(super) struct Theme {
    /// Left edge of the text block.
    pub left: f32,
    /// Width of the text block.
    pub width: f32,
    /// Top of the text block.
    pub top: f32,
    /// Bottom of the text block.
    pub bottom: f32,
    /// Factor on the space between blocks: 0 keeps every line on the official grid.
    pub spacing: f32,
    /// Justified paragraphs start two characters in.
    pub indent: bool,
    pub body: Style,
    pub secondary: Style,
    /// Both columns of a parallel text.
    pub parallel: Style,
    pub title: Style,
    /// The title in the document's second language, with the weight of the first.
    pub title_translation: Style,
    pub subtitle: Style,
    pub h1: Style,
    pub h2: Style,
    pub h3: Style,
    pub cell: Style,
    pub cell_head: Style,
    pub kv_label: Style,
    pub kv_value: Style,
    pub kv_secondary: Style,
    pub sign_role: Style,
    pub sign_name: Style,
    pub sign_title: Style,
    pub marginal: Style,
    pub page_numbers: PageNumbers,
    /// Size of the page number.
    pub page_number_size: f32,
    /// Baseline of the page number.
    pub page_number_baseline: f32,
}

impl Theme {
    pub(super) fn of(style: DocStyle) -> &'static Theme {
        match style {
            DocStyle::Modern => &MODERN,
            DocStyle::Official => &OFFICIAL,
        }
    }

    /// Height of the text block.
    pub(super) fn height(&self) -> f32 {
        self.bottom - self.top
    }

    /// The style of a heading. The official style picks the face by the heading's number as
    /// GB/T 9704 does: "一、" in 黑体, "（一）" in 楷体, "1." and "（1）" in the body face; an
    /// unnumbered heading takes its level's face.
    pub(super) fn heading(&self, level: HeadingLevel, text: &str) -> Style {
        let by_level = match level {
            HeadingLevel::H1 => self.h1,
            HeadingLevel::H2 => self.h2,
            HeadingLevel::H3 => self.h3,
        };
        if self.page_numbers != PageNumbers::Official {
            return by_level;
        }
        let face = match numbering(text) {
            Some(Numbering::Chinese) => Face::SansBold,
            Some(Numbering::ChineseParen) => Face::Kai,
            // An English "4. Draft vision" is no Chinese "1." level: it keeps its level's face.
            Some(Numbering::Arabic) if text.chars().any(concord_i18n::spacing::is_han) => {
                self.body.face
            }
            _ => by_level.face,
        };
        Style { face, ..by_level }
    }
}

/// The numbering a heading starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Numbering {
    /// 一、
    Chinese,
    /// （一）
    ChineseParen,
    /// 1. or （1）
    Arabic,
}

pub(super) fn numbering(text: &str) -> Option<Numbering> {
    const DIGITS: &str = "一二三四五六七八九十百零〇";
    let t = text.trim_start();
    let chinese = t.chars().take_while(|c| DIGITS.contains(*c)).count();
    if chinese > 0 && t.chars().nth(chinese) == Some('、') {
        return Some(Numbering::Chinese);
    }
    if let Some(rest) = t.strip_prefix('（').or_else(|| t.strip_prefix('(')) {
        let n = rest.chars().take_while(|c| DIGITS.contains(*c)).count();
        let closes = |n: usize| matches!(rest.chars().nth(n), Some('）' | ')'));
        if n > 0 && closes(n) {
            return Some(Numbering::ChineseParen);
        }
        let d = rest.chars().take_while(char::is_ascii_digit).count();
        if d > 0 && closes(d) {
            return Some(Numbering::Arabic);
        }
    }
    let d = t.chars().take_while(char::is_ascii_digit).count();
    // "11.6.2 城市细颗粒物" and "7.b.1" are indicators' codes, not headings numbered 11 and 7.
    let code = t
        .chars()
        .nth(d + 1)
        .is_some_and(|c| c.is_ascii_alphanumeric());
    (d > 0 && matches!(t.chars().nth(d), Some('.' | '．')) && !code).then_some(Numbering::Arabic)
}

const fn style(size: f32, leading: f32, color: Color, face: Face) -> Style {
    Style::new(size, leading, color, face)
}

const PAGE_HEIGHT: f32 = super::PAGE_HEIGHT;

pub(super) const MODERN: Theme = Theme {
    left: super::MARGIN_X,
    width: super::TEXT_WIDTH,
    top: super::BODY_TOP,
    bottom: super::BODY_BOTTOM,
    spacing: 1.0,
    indent: false,
    body: style(10.5, 17.0, BLACK, Face::Sans),
    // The second language has the weight of the first: same size, same colour.
    secondary: style(10.5, 17.0, BLACK, Face::Sans),
    parallel: style(10.5, 17.0, BLACK, Face::Sans),
    title: style(18.0, 27.0, BLACK, Face::SansBold),
    title_translation: style(14.0, 21.0, BLACK, Face::SansBold),
    subtitle: style(12.0, 18.0, TEXT_GREY, Face::Sans),
    h1: style(15.0, 22.0, BLACK, Face::SansBold),
    h2: style(12.5, 19.0, BLACK, Face::SansBold),
    h3: style(11.0, 17.0, BLACK, Face::SansBold),
    cell: style(9.0, 13.0, BLACK, Face::Sans),
    cell_head: style(9.0, 13.0, BLACK, Face::SansBold),
    kv_label: style(10.0, 16.0, BLACK, Face::SansBold),
    kv_value: style(10.0, 16.0, BLACK, Face::Sans),
    kv_secondary: style(10.0, 16.0, BLACK, Face::Sans),
    sign_role: style(9.0, 13.0, TEXT_GREY, Face::Sans),
    sign_name: style(10.5, 16.0, BLACK, Face::Sans),
    sign_title: style(9.0, 13.0, TEXT_GREY, Face::Sans),
    marginal: style(8.5, 12.0, TEXT_GREY, Face::Sans),
    page_numbers: PageNumbers::Label,
    page_number_size: 8.5,
    page_number_baseline: super::FOOTER_BASELINE,
};

/// 3号 body on a grid of 22 lines of 28 characters in the 156 × 225 mm block.
const OFFICIAL_WIDTH: f32 = 156.0 * MM;
const OFFICIAL_TOP: f32 = 37.0 * MM;
const OFFICIAL_BOTTOM: f32 = OFFICIAL_TOP + 225.0 * MM;
const LINE: f32 = 225.0 * MM / 22.0;
const BODY_SIZE: f32 = 16.0;
/// The body's characters sit on the 28-per-line grid: 16 pt glyphs at a pitch of 156/28 mm
/// (a hair less than their size, as a word processor's document grid sets them).
const GRID_TRACKING: f32 = OFFICIAL_WIDTH / 28.0 - BODY_SIZE - 0.002;

const fn grid(face: Face) -> Style {
    Style {
        size: BODY_SIZE,
        leading: LINE,
        color: BLACK,
        face,
        tracking: GRID_TRACKING,
    }
}

pub(super) const OFFICIAL: Theme = Theme {
    left: 28.0 * MM,
    width: OFFICIAL_WIDTH,
    top: OFFICIAL_TOP,
    bottom: OFFICIAL_BOTTOM,
    spacing: 0.0,
    indent: true,
    body: grid(Face::Serif),
    secondary: grid(Face::Serif),
    // Two columns of 3号 hold some 13 characters a line: parallel texts are set in 小四 on
    // three lines to two of the grid, as bilingual editions set their columns.
    parallel: style(12.0, 2.0 * LINE / 3.0, BLACK, Face::Serif),
    // 2号, bold serif, on two grid lines.
    title: style(22.0, 2.0 * LINE, BLACK, Face::SerifBold),
    // 3号 bold serif, one grid line each.
    title_translation: style(BODY_SIZE, LINE, BLACK, Face::SerifBold),
    subtitle: grid(Face::Kai),
    // Unnumbered headings: sections in 黑体, their subsections in 楷体.
    h1: grid(Face::SansBold),
    h2: grid(Face::SansBold),
    h3: grid(Face::Kai),
    cell: style(12.0, 18.0, BLACK, Face::Serif),
    cell_head: style(12.0, 18.0, BLACK, Face::SansBold),
    kv_label: grid(Face::SansBold),
    kv_value: grid(Face::Serif),
    kv_secondary: grid(Face::Serif),
    sign_role: style(14.0, 21.0, BLACK, Face::Serif),
    sign_name: grid(Face::Serif),
    sign_title: style(14.0, 21.0, BLACK, Face::Serif),
    marginal: style(10.5, 14.0, TEXT_GREY, Face::Serif),
    page_numbers: PageNumbers::Official,
    // 4号; the number's line sits 7 mm below the text block.
    page_number_size: 14.0,
    page_number_baseline: OFFICIAL_BOTTOM + 7.0 * MM + 14.0 * 0.88,
};

const _: () = assert!(OFFICIAL_BOTTOM < PAGE_HEIGHT);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_numbers_are_recognised() {
        assert_eq!(numbering("一、出席情况"), Some(Numbering::Chinese));
        assert_eq!(numbering("十二、其他"), Some(Numbering::Chinese));
        assert_eq!(numbering("（三）表决"), Some(Numbering::ChineseParen));
        assert_eq!(numbering("2. 议程"), Some(Numbering::Arabic));
        assert_eq!(numbering("（1）说明"), Some(Numbering::Arabic));
        assert_eq!(numbering("出席情况"), None);
        assert_eq!(numbering("一个目标"), None);
        assert_eq!(numbering("2030年目标"), None);
        assert_eq!(numbering("11.6.2 城市细颗粒物"), None);
        assert_eq!(numbering("7.b.1 可再生能源"), None);
        assert_eq!(numbering("3.议程"), Some(Numbering::Arabic));
    }
}
