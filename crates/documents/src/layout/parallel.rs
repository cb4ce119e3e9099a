//! Parallel columns: a paragraph and its translation side by side, the Chinese on the left and
//! the English on the right, in the same face, size and colour, so neither language reads as
//! subordinate. Each pair starts on one line, and the pair flows line by line across pages like
//! a paragraph (its first two and last two lines kept together).

use super::{Builder, Item, PlacedLine, Role, Unit};
use crate::font::Metrics;
use crate::model::{Block, Parallel};

/// Room between the two columns, in points.
const GUTTER: f32 = 14.0;
/// Neither column is narrower than this share of the two.
const MIN_SHARE: f32 = 0.4;

/// The left column's share of the columns' width in a document: each language gets room in
/// proportion to the length of its text, so both columns end about together (English runs
/// half as long again as the same Chinese) and no column stands blank beside the other.
/// One share for the whole document keeps the columns' edges still from page to page.
pub(super) fn left_share(blocks: &[Block], metrics: &mut Metrics, face: crate::face::Face) -> f32 {
    let (mut left, mut right) = (0.0f32, 0.0f32);
    for block in blocks {
        if let Block::Parallel(p) = block {
            left += metrics.width_in(face, &p.left);
            right += metrics.width_in(face, &p.right);
        }
    }
    if left + right <= 0.0 {
        return 0.5;
    }
    (left / (left + right)).clamp(MIN_SHARE, 1.0 - MIN_SHARE)
}

impl Builder {
    pub(super) fn parallel(&mut self, p: &Parallel) {
        let mut space = self.begin(0.0);
        let t = self.t;
        let style = t.parallel;
        let left_width = (t.width - GUTTER) * self.parallel_share;
        let right_width = t.width - GUTTER - left_width;
        let right_x = t.left + left_width + GUTTER;
        // The first language as a paragraph, the second as its own paragraph in its language.
        self.open(Role::P, None);
        let left = self.without_lone_char(style, |b| {
            b.lines(&p.left, style, t.left, left_width, p.align)
        });
        let id = self.open(Role::P, None);
        self.elements[id].lang = self.second_language.clone();
        // English in a half-width column set justified either leaves some lines ragged or
        // spreads their words apart; set ragged-right, as bilingual editions set it.
        let right_align = match p.align {
            crate::Align::Justify => crate::Align::Left,
            other => other,
        };
        let right = self.lines(&p.right, style, right_x, right_width, right_align);
        let n = left.len().max(right.len());
        // One unit per row of lines: the left line, then the right one.
        for i in 0..n {
            let row: Vec<&PlacedLine> = [left.get(i), right.get(i)].into_iter().flatten().collect();
            let height = row.iter().map(|l| l.leading).fold(0.0f32, f32::max);
            let items = row
                .into_iter()
                .map(|l| {
                    let mut run = l.run.clone();
                    run.baseline = l.ascent;
                    Item::Text(run)
                })
                .collect();
            self.units.push(Unit {
                space_before: space,
                height,
                items,
                // Orphans and widows, as in a paragraph.
                keep_with_next: i + 1 < n && (i == 0 || i + 2 == n),
                ..Unit::default()
            });
            space = 0.0;
        }
        self.end(8.0);
        // Off the grid anyway, a pair always ends with half a line of room: the shorter column
        // shows its paragraph's end by the gap, the longer one by this.
        self.pending = self.pending.max(style.leading / 2.0);
    }
}
