//! Parallel columns: a paragraph and its translation side by side, the Chinese on the left and
//! the English on the right, in the same face, size and colour, so neither language reads as
//! subordinate. Each pair starts on one line, and the pair flows line by line across pages like
//! a paragraph (its first two and last two lines kept together).

use super::{Builder, Item, PlacedLine, Role, Unit};
use crate::model::Parallel;

/// Room between the two columns, in points.
const GUTTER: f32 = 14.0;

impl Builder {
    pub(super) fn parallel(&mut self, p: &Parallel) {
        let mut space = self.begin(0.0);
        let t = self.t;
        let column = (t.width - GUTTER) / 2.0;
        let right_x = t.left + column + GUTTER;
        // The first language as a paragraph, the second as its own paragraph in its language.
        self.open(Role::P, None);
        let left = self.lines(&p.left, t.body, t.left, column, p.align);
        let id = self.open(Role::P, None);
        self.elements[id].lang = self.second_language.clone();
        // English in a half-width column set justified either leaves some lines ragged or
        // spreads their words apart; set ragged-right, as bilingual editions set it.
        let right_align = match p.align {
            crate::Align::Justify => crate::Align::Left,
            other => other,
        };
        let right = self.lines(&p.right, t.secondary, right_x, column, right_align);
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
    }
}
