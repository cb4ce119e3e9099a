//! How a table's width is shared among its columns: from the content, as a browser lays out an
//! automatic table, and where the text cannot all fit on one line, so that the table is as
//! short as it can be.

use super::EPS;

/// What the content of a table asks of each column, in points, padding included.
#[derive(Debug, Default)]
pub(super) struct Demand {
    /// The longest unbreakable piece (a word, an ideograph, a number).
    pub hard_min: Vec<f32>,
    /// The body face's size: floors for longer text are counted in its ems.
    pub em: f32,
    /// The longest line if nothing wrapped.
    pub max: Vec<f32>,
    /// Per row, per column: the width of each paragraph of the cell on one line (no padding).
    pub cells: Vec<Vec<Vec<f32>>>,
    /// Per row, per column: the cell's widest number with its unit, padding included (0 for
    /// none), which a narrower column breaks on an extra line.
    pub whole_pieces: Vec<Vec<f32>>,
}

/// Rows looked at when shortening the table: enough to see its shape, few enough to be quick
/// on a register of thousands.
const SAMPLED_ROWS: usize = 120;

/// The floors tried for a column of longer text, in ems, widest first.
const FLOORS: [f32; 3] = [7.0, 5.0, 3.0];

/// What a number parted from its unit costs, in lines: the line it adds and a line more, for
/// a unit read in two pieces.
const CUT_UNIT: f32 = 2.0;

/// Steps of widening at most: enough for a page-wide table to settle.
const MAX_STEPS: usize = 160;

/// What a wrapped line costs in a cell that does not set its row's height, against a line of
/// the row's height.
const WRAPPED: f32 = 0.35;

/// Word wrapping leaves part of each line empty: a line holds about this share of its width.
const FILL: f32 = 0.92;

/// Lines a cell takes in a column of `room` points, estimated from its paragraphs' widths.
fn lines(paragraphs: &[f32], room: f32) -> f32 {
    let room = room.max(1.0);
    let n: f32 = paragraphs
        .iter()
        .map(|&p| {
            if p <= room {
                1.0
            } else {
                (p / (room * FILL)).ceil()
            }
        })
        .sum();
    n.max(1.0)
}

impl Demand {
    /// Each column's floor with its numbers kept with their units: its longest unbreakable
    /// piece or its widest number with its unit.
    pub(super) fn whole_min(&self) -> Vec<f32> {
        let mut min = self.hard_min.clone();
        for row in &self.whole_pieces {
            for (m, piece) in min.iter_mut().zip(row) {
                *m = m.max(*piece);
            }
        }
        min
    }

    /// The widths of the columns of a table `width` points wide; `hint` are the widths the
    /// table names (any scale), used where nothing in the content asks for room.
    pub(super) fn share(&self, width: f32, hint: &[f32], pad: f32) -> Vec<f32> {
        let n = self.max.len();
        let sum = |v: &[f32]| v.iter().sum::<f32>();
        let total_hint = sum(hint).max(EPS);
        let hint = |i: usize| width * hint[i] / total_hint;
        let sum_max = sum(&self.max);
        if sum_max <= EPS {
            return (0..n).map(hint).collect();
        }
        if sum_max <= width {
            // Everything fits on one line: the spare room goes by the named widths.
            let spare = width - sum_max;
            return (0..n)
                .map(|i| self.max[i] + spare * hint(i) / width)
                .collect();
        }
        // Chinese may break after any character: a column of longer text keeps room for a few
        // words so it does not become a tower; the floor lowers while it would take most of
        // the table's room, leaving too little to share where it saves lines.
        let floor = |hard: &[f32], ems: f32| -> Vec<f32> {
            (0..n)
                .map(|i| hard[i].max(self.max[i].min(ems * self.em + pad)))
                .collect()
        };
        let floors = |hard: &[f32]| {
            FLOORS
                .iter()
                .map(|&ems| floor(hard, ems))
                .find(|f| sum(f) <= 0.75 * width)
                .unwrap_or_else(|| hard.to_vec())
        };
        let loose = self.widen(floors(&self.hard_min), width, pad);
        // Numbers keep their units ("0.8840 万吨标准煤/亿元") unless giving them up makes the
        // table shorter (a long name beside them no longer a tower), each unit cut counted as
        // more than the line it adds.
        let whole_min = self.whole_min();
        let glued = whole_min
            .iter()
            .zip(&self.hard_min)
            .any(|(w, h)| w > &(h + EPS));
        if glued && sum(&whole_min) < width {
            let whole = self.widen(floors(&whole_min), width, pad);
            if self.height(&whole, pad) <= self.height(&loose, pad) {
                return whole;
            }
        }
        loose
    }

    /// The rows' height in lines with columns `widths` wide, over the rows looked at.
    fn height(&self, widths: &[f32], pad: f32) -> f32 {
        let stride = self.cells.len().div_ceil(SAMPLED_ROWS).max(1);
        (0..self.cells.len())
            .step_by(stride)
            .map(|r| {
                (0..widths.len())
                    .map(|i| self.cell_lines(r, i, widths[i], pad))
                    .fold(1.0, f32::max)
            })
            .sum()
    }

    /// Lines the cell of row `r`, column `i` takes in a column `w` wide: a cell whose number
    /// and unit do not fit costs [`CUT_UNIT`] more than its words, so room goes first where
    /// it keeps a unit whole.
    fn cell_lines(&self, r: usize, i: usize, w: f32, pad: f32) -> f32 {
        let Some(paragraphs) = self.cells.get(r).and_then(|row| row.get(i)) else {
            return 1.0;
        };
        let piece = self
            .whole_pieces
            .get(r)
            .and_then(|row| row.get(i))
            .copied()
            .unwrap_or(0.0);
        let cut = if piece > w + EPS { CUT_UNIT } else { 0.0 };
        lines(paragraphs, w - pad) + cut
    }

    /// Widths from the narrowest `min` up to the table's `width`: the spare room shared as
    /// [`Demand::share`] says.
    fn widen(&self, min: Vec<f32>, width: f32, pad: f32) -> Vec<f32> {
        let n = self.max.len();
        let sum_min: f32 = min.iter().sum();
        if sum_min >= width {
            return min.iter().map(|w| w * width / sum_min).collect();
        }
        let min = &min;
        // Columns that need little more than their narrowest get all of it first, the least
        // needy first: a short label never wraps to leave room a long text would wrap in anyway.
        let mut widths = min.clone();
        let mut spare = width - sum_min;
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| (self.max[a] - min[a]).total_cmp(&(self.max[b] - min[b])));
        // A column is satisfied while its need is no more than an equal share of what is left.
        let mut open = Vec::new();
        for (k, i) in order.into_iter().enumerate() {
            let need = self.max[i] - min[i];
            if open.is_empty() && need <= spare / (n - k) as f32 {
                widths[i] = self.max[i];
                spare -= need;
            } else {
                open.push(i);
            }
        }
        spare = self.shorten(&mut widths, &open, spare, pad);
        // What shortens no row goes to the columns that would still take more.
        let wants: f32 = open.iter().map(|&i| self.max[i] - widths[i]).sum();
        for &i in &open {
            if wants > EPS {
                widths[i] += spare * (self.max[i] - widths[i]) / wants;
            }
        }
        widths
    }

    /// Gives the spare room, step by step, to the column where it saves the most lines per
    /// point, until no step saves a line; returns the room left. A row's height counts most;
    /// a wrapped cell in a row made tall by another counts too ("38 µg/ / m³" reads badly even
    /// where it costs no height), a little.
    fn shorten(&self, widths: &mut [f32], open: &[usize], mut spare: f32, pad: f32) -> f32 {
        let stride = self.cells.len().div_ceil(SAMPLED_ROWS).max(1);
        let rows: Vec<usize> = (0..self.cells.len()).step_by(stride).collect();
        let cell = |r: &usize, i: usize, w: f32| self.cell_lines(*r, i, w, pad);
        // Each step saves at least part of a line, so this ends; the bound keeps it quick.
        for _ in 0..MAX_STEPS {
            let mut best: Option<(f32, usize, f32)> = None;
            for &i in open {
                // The tallest cell of each row among the other columns.
                let others: Vec<f32> = rows
                    .iter()
                    .map(|r| {
                        (0..widths.len())
                            .filter(|&j| j != i)
                            .map(|j| cell(r, j, widths[j]))
                            .fold(1.0, f32::max)
                    })
                    .collect();
                let cost = |w: f32| -> f32 {
                    rows.iter()
                        .zip(&others)
                        .map(|(r, &o)| {
                            let own = cell(r, i, w);
                            o.max(own) + WRAPPED * (own - 1.0)
                        })
                        .sum()
                };
                let now = cost(widths[i]);
                let reach = (widths[i] + spare).min(self.max[i]);
                for r in &rows {
                    let have = cell(r, i, widths[i]);
                    if have <= 1.0 {
                        continue;
                    }
                    // The narrowest width at which this cell takes a line less.
                    let Some(w) = narrowest(|w| cell(r, i, w) < have, widths[i], reach) else {
                        continue;
                    };
                    let gain = (now - cost(w)) / (w - widths[i]).max(EPS);
                    if best.is_none_or(|(g, _, _)| gain > g + EPS * EPS) {
                        best = Some((gain, i, w));
                    }
                }
            }
            let Some((gain, i, w)) = best else { break };
            if gain <= 0.0 {
                break;
            }
            spare -= w - widths[i];
            widths[i] = w;
        }
        spare.max(0.0)
    }
}

/// The narrowest width in `from..=to` where `fits` holds, to a tenth of a point, if any
/// (`fits` holds from some width on).
fn narrowest(fits: impl Fn(f32) -> bool, from: f32, to: f32) -> Option<f32> {
    if to <= from || !fits(to) {
        return None;
    }
    let (mut lo, mut hi) = (from, to);
    while hi - lo > 0.1 {
        let mid = (lo + hi) / 2.0;
        if fits(mid) { hi = mid } else { lo = mid }
    }
    Some(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demand(cells: Vec<Vec<Vec<f32>>>, soft: f32) -> Demand {
        let n = cells[0].len();
        let col = |f: &dyn Fn(&[f32]) -> f32| -> Vec<f32> {
            (0..n)
                .map(|i| cells.iter().map(|r| f(&r[i])).fold(0.0, f32::max))
                .collect()
        };
        let max = col(&|p| p.iter().copied().fold(0.0, f32::max));
        Demand {
            hard_min: col(&|_| 20.0),
            whole_pieces: Vec::new(),
            em: soft / 7.0,
            max,
            cells,
        }
    }

    fn height(d: &Demand, widths: &[f32]) -> f32 {
        d.cells
            .iter()
            .map(|r| {
                r.iter()
                    .zip(widths)
                    .map(|(p, &w)| lines(p, w))
                    .fold(1.0, f32::max)
            })
            .sum()
    }

    #[test]
    fn the_long_text_takes_the_room_its_rows_need() {
        // A long target name beside four middling columns: sharing by wants keeps the long
        // column narrow and every row as tall as its name.
        let row = vec![
            vec![900.0],
            vec![180.0],
            vec![60.0],
            vec![200.0],
            vec![200.0],
        ];
        let d = demand(vec![row; 8], 90.0);
        let widths = d.share(440.0, &[1.0; 5], 0.0);
        assert!(
            (widths.iter().sum::<f32>() - 440.0).abs() < 0.5,
            "{widths:?}"
        );
        assert!(widths[0] > widths[1] && widths[0] > widths[3], "{widths:?}");
        // Far fewer lines than sharing the room evenly.
        assert!(
            height(&d, &widths) < 0.7 * height(&d, &[88.0; 5]),
            "{widths:?}"
        );
    }

    #[test]
    fn columns_that_fit_keep_their_longest_line() {
        let d = demand(vec![vec![vec![50.0], vec![70.0], vec![100.0]]; 4], 90.0);
        let widths = d.share(400.0, &[1.0, 1.0, 2.0], 0.0);
        assert!(widths[0] >= 50.0 && widths[1] >= 70.0 && widths[2] >= 100.0);
        assert!((widths.iter().sum::<f32>() - 400.0).abs() < 0.5);
    }

    #[test]
    fn no_column_is_narrower_than_its_longest_word() {
        let d = demand(vec![vec![vec![2000.0], vec![2000.0], vec![30.0]]; 3], 300.0);
        let widths = d.share(300.0, &[1.0; 3], 0.0);
        assert!(widths.iter().all(|&w| w >= 20.0 - EPS), "{widths:?}");
        assert!(widths[2] >= 30.0 - EPS, "{widths:?}");
        assert!(
            (widths.iter().sum::<f32>() - 300.0).abs() < 0.5,
            "{widths:?}"
        );
    }

    #[test]
    fn numbers_give_up_their_units_before_a_column_is_cut_inside_a_word() {
        // Six columns, two of them holding "0.8840 万吨标准煤/亿元" (120 pt kept whole, 40 pt
        // with a break between number and unit), a name column whose longest word is 47 pt:
        // kept whole, the numbers would leave the name less than its word.
        let row = vec![
            vec![440.0],
            vec![160.0],
            vec![60.0],
            vec![180.0],
            vec![180.0],
            vec![50.0],
        ];
        let mut d = demand(vec![row; 6], 90.0);
        d.hard_min = vec![47.0, 45.0, 40.0, 40.0, 40.0, 50.0];
        d.whole_pieces = vec![vec![0.0, 90.0, 60.0, 121.0, 121.0, 0.0]];
        let widths = d.share(440.0, &[1.0; 6], 0.0);
        assert!(
            widths.iter().zip(&d.hard_min).all(|(w, m)| w + EPS >= *m),
            "{widths:?}"
        );
        // The name column gets more than its floor: the room the units gave up.
        assert!(widths[0] > 80.0, "{widths:?}");
        // While the table has room, numbers keep their units.
        let mut d = demand(vec![vec![vec![100.0], vec![130.0]]; 3], 90.0);
        d.hard_min = vec![20.0, 40.0];
        d.whole_pieces = vec![vec![0.0, 121.0]];
        let widths = d.share(300.0, &[1.0; 2], 0.0);
        assert!(widths[1] >= 121.0 - EPS, "{widths:?}");
    }
}
