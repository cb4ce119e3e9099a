//! Tables: columns, a header row repeated after each page break inside the table, and grid
//! rows split into slices when taller than a page.

use super::columns::Demand;
use super::{
    Builder, CELL_PAD_X, CELL_PAD_Y, Color, EPS, Fill, HEADER_FILL, Item, PlacedLine, RULE_GREY,
    Role, Rule, Style, Unit,
};
use crate::DocumentError;
use crate::linebreak::break_lines;
use crate::model::{Align, Table};

impl Builder {
    pub(super) fn table(&mut self, t: &Table, block: usize) -> Result<(), DocumentError> {
        let invalid = |reason: String| DocumentError::InvalidTable { block, reason };
        if t.columns.is_empty() {
            return Err(invalid("no columns".to_owned()));
        }
        if let Some(c) = t
            .columns
            .iter()
            .find(|c| !(c.width.is_finite() && c.width > 0.0))
        {
            return Err(invalid(format!(
                "column {:?} has width {}",
                c.title, c.width
            )));
        }
        if let Some((i, r)) = t
            .rows
            .iter()
            .enumerate()
            .find(|(_, r)| r.len() > t.columns.len())
        {
            return Err(invalid(format!(
                "row {i} has {} cells for {} columns",
                r.len(),
                t.columns.len()
            )));
        }
        let (left, width) = (self.t.left, self.t.width);
        let (cell_style, head_style, widths) = self.styles_and_widths(t);
        let mut col_x = Vec::with_capacity(t.columns.len() + 1);
        let mut x = left;
        for w in &widths {
            col_x.push(x);
            x += w;
        }
        col_x.push(left + width);

        let space = self.begin(6.0).max(TABLE_GAP);
        let table_id = self.headers.len();
        let table_element = self.open(Role::Table, None);
        let cells = |b: &mut Builder, texts: &mut dyn Iterator<Item = &str>, style: Style| {
            let row = b.open(Role::TR, Some(table_element));
            let cell_role = if style.face.is_bold() {
                Role::TH
            } else {
                Role::TD
            };
            (0..t.columns.len())
                .map(|i| {
                    b.open(cell_role, Some(row));
                    let text = texts.next().unwrap_or("");
                    let x = col_x[i] + CELL_PAD_X;
                    let w = (col_x[i + 1] - col_x[i] - 2.0 * CELL_PAD_X).max(1.0);
                    // "渭南市残疾人联合 / 会" never: a name keeps two characters together.
                    b.without_lone_char(style, |b| b.lines(text, style, x, w, Align::Left))
                })
                .collect::<Vec<_>>()
        };

        // A header breaks between words ("可持续发展 / 目标"), its column as wide as the
        // widest of them (see `column_widths`).
        let head_cells: Vec<Vec<PlacedLine>> = {
            let row = self.open(Role::TR, Some(table_element));
            t.columns
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    self.open(Role::TH, Some(row));
                    let x = col_x[i] + CELL_PAD_X;
                    let w = (col_x[i + 1] - col_x[i] - 2.0 * CELL_PAD_X).max(1.0);
                    self.lines_between_terms(&c.title, head_style, x, w)
                })
                .collect()
        };
        let head_frame = RowFrame {
            pad_y: CELL_PAD_Y,
            fill: Some(HEADER_FILL),
            borders: Some(col_x.clone()),
            top_rule: true,
        };
        let mut head = grid_row(head_cells, &head_frame, self.t.height() * 0.5);
        // A header taller than half a page is absurd; keep only its first slice.
        head.truncate(1);
        let mut header = head.pop().unwrap_or_default();
        header.keep_with_next = true;
        header.is_header = true;
        header.table = Some(table_id);
        self.headers.push(header.clone());
        header.space_before = space;
        self.units.push(header.clone());

        let row_frame = RowFrame {
            pad_y: CELL_PAD_Y,
            fill: None,
            borders: Some(col_x.clone()),
            top_rule: false,
        };
        // A row taller than a page minus the repeated header is split into
        // slices that each fit under the header on a fresh page.
        let max_row = self.t.height() - header.height;
        let rows: Vec<Vec<Unit>> = t
            .rows
            .iter()
            .map(|row| {
                let row_cells = cells(self, &mut row.iter().map(String::as_str), cell_style);
                grid_row(row_cells, &row_frame, max_row)
            })
            .collect();
        let height = |units: &[Unit]| units.iter().map(|u| u.height).sum::<f32>();
        // A header starts a page's part of a table with at least three rows under it (a reader
        // sees what the table holds), unless rows so tall would leave most of a page empty
        // before it; and a single row never stands alone under a repeated header: the first
        // rows keep together, and the last two.
        let heights: Vec<f32> = rows.iter().map(|u| height(u)).collect();
        let most = OPENING_MOST * self.t.height();
        let mut opening = header.height;
        let n = rows.len();
        for (r, mut units) in rows.into_iter().enumerate() {
            opening += heights[r];
            for u in &mut units {
                u.table = Some(table_id);
            }
            let next_fits = heights.get(r + 1).is_some_and(|h| opening + h <= most);
            let keep = r + 1 < n && (r + 2 == n || (r < 2 && next_fits));
            if keep && let Some(last) = units.last_mut() {
                last.keep_with_next = true;
            }
            self.units.extend(units);
        }
        self.end(12.0);
        // Off the official grid anyway: a table never touches the text after it.
        self.pending = self.pending.max(TABLE_GAP);
        Ok(())
    }
}
/// The most of a page a table's header and first rows ask to start together.
const OPENING_MOST: f32 = 0.4;

/// The least room above and below a table, in points.
const TABLE_GAP: f32 = 6.0;

/// A table whose columns' narrowest widths take more than this share of the line is crowded.
const CROWDED: f32 = 0.85;

/// The size a crowded table's cells step down to where the style's are larger (the official
/// style's 小四, 12 pt, to 五号, 10.5 pt).
const CROWDED_SIZE: f32 = 10.5;

/// The padding of a cell's width, and a point to spare so a text measured to fit exactly is
/// not broken.
const WIDTH_PAD: f32 = 2.0 * CELL_PAD_X + 1.0;

impl Builder {
    /// The styles of a table's cells and header, and its column widths: a crowded table (seven
    /// columns of the official style's 12 pt) sets its cells a size smaller rather than leave
    /// its long column a word a line.
    fn styles_and_widths(&mut self, t: &Table) -> (Style, Style, Vec<f32>) {
        let (cell, head) = (self.t.cell, self.t.cell_head);
        let hint: Vec<f32> = t.columns.iter().map(|c| c.width).collect();
        let demand = self.column_demand(t, cell, head);
        let narrowest: f32 = demand.whole_min().iter().sum();
        if narrowest <= CROWDED * self.t.width || cell.size <= CROWDED_SIZE {
            return (cell, head, demand.share(self.t.width, &hint, WIDTH_PAD));
        }
        let smaller = |s: Style| Style {
            size: CROWDED_SIZE,
            leading: s.leading * CROWDED_SIZE / s.size,
            tracking: s.tracking * CROWDED_SIZE / s.size,
            ..s
        };
        let (cell, head) = (smaller(cell), smaller(head));
        let demand = self.column_demand(t, cell, head);
        (cell, head, demand.share(self.t.width, &hint, WIDTH_PAD))
    }

    /// What a table's content asks of its columns (see `columns`): each column gets at least
    /// its longest unbreakable piece, a column of short labels is never wrapped while another
    /// stays half empty, and the room left goes where it saves the most lines.
    fn column_demand(&mut self, t: &Table, cell: Style, head: Style) -> Demand {
        let n = t.columns.len();
        let mut demand = Demand {
            hard_min: vec![0.0; n],
            em: cell.size,
            max: vec![0.0; n],
            cells: Vec::with_capacity(t.rows.len() + 1),
            whole_pieces: Vec::with_capacity(t.rows.len() + 1),
        };
        let pad = WIDTH_PAD;
        let header = t.columns.iter().map(|c| c.title.as_str());
        let rows = std::iter::once((header.collect::<Vec<_>>(), head)).chain(
            t.rows
                .iter()
                .map(|r| (r.iter().map(String::as_str).collect(), cell)),
        );
        for (texts, style) in rows {
            let mut widths = vec![Vec::new(); n];
            let mut row_pieces = vec![0.0; n];
            for (i, text) in texts.into_iter().enumerate().take(n) {
                if text.trim().is_empty() {
                    continue;
                }
                let text = self.metrics.sanitize(text);
                let metrics = &mut self.metrics;
                let track = style.tracking / style.size;
                let mut advance = |c| metrics.advance_in(style.face, c) + track;
                widths[i] = break_lines(&text, f32::MAX, &mut advance)
                    .iter()
                    .map(|l| l.width * style.size)
                    .collect();
                let longest = widths[i].iter().copied().fold(0.0f32, f32::max);
                demand.max[i] = demand.max[i].max(longest + pad);
                let pieces = crate::linebreak::widest_pieces(&text, &mut advance);
                let term = self.widest_term(&text, style);
                let floor = |piece: f32| (piece * style.size).max(term) + pad;
                demand.hard_min[i] = demand.hard_min[i].max(floor(pieces.unbreakable));
                if pieces.with_units > pieces.unbreakable {
                    row_pieces[i] = floor(pieces.with_units);
                }
            }
            demand.cells.push(widths);
            demand.whole_pieces.push(row_pieces);
        }
        demand
    }
}

/// How a grid row is framed.
#[derive(Debug, Clone)]
pub(super) struct RowFrame {
    pad_y: f32,
    fill: Option<Color>,
    /// Column boundaries (x) when the row has cell borders.
    borders: Option<Vec<f32>>,
    /// Only the header row draws a top rule: every other row sits below a
    /// header (first or repeated) or a row whose bottom rule it shares.
    top_rule: bool,
}

impl RowFrame {
    pub(super) fn plain(pad_y: f32) -> RowFrame {
        RowFrame {
            pad_y,
            fill: None,
            borders: None,
            top_rule: false,
        }
    }
}

/// Units for one row of cells, split into slices no taller than `max_height`
/// (each slice takes, per cell, as many whole lines as fit; at least one).
pub(super) fn grid_row(
    cells: Vec<Vec<PlacedLine>>,
    frame: &RowFrame,
    max_height: f32,
) -> Vec<Unit> {
    let max_content = (max_height - 2.0 * frame.pad_y - EPS).max(1.0);
    let mut next: Vec<usize> = vec![0; cells.len()];
    let mut units = Vec::new();
    loop {
        let mut unit = Unit::default();
        let mut content_h = 0.0f32;
        for (cell, start) in cells.iter().zip(next.iter_mut()) {
            let mut y = 0.0;
            while let Some(line) = cell.get(*start) {
                if y > 0.0 && y + line.leading > max_content {
                    break;
                }
                let mut run = line.run.clone();
                run.baseline = frame.pad_y + y + line.ascent;
                unit.items.push(Item::Text(run));
                y += line.leading;
                *start += 1;
            }
            content_h = content_h.max(y);
        }
        unit.height = content_h + 2.0 * frame.pad_y;
        frame_row(&mut unit, frame);
        units.push(unit);
        if cells.iter().zip(&next).all(|(c, n)| *n >= c.len()) {
            break;
        }
    }
    units
}

/// Background and borders of a row (drawn before the text).
fn frame_row(unit: &mut Unit, frame: &RowFrame) {
    let mut deco = Vec::new();
    if let Some(cols) = &frame.borders {
        let (left, right) = (
            cols.first().copied().unwrap_or_default(),
            cols.last().copied().unwrap_or_default(),
        );
        if let Some(color) = frame.fill {
            deco.push(Item::Fill(Fill {
                x: left,
                y: 0.0,
                width: right - left,
                height: unit.height,
                color,
            }));
        }
        let rule = |x1, y1, x2, y2| {
            Item::Rule(Rule {
                x1,
                y1,
                x2,
                y2,
                width: 0.5,
                color: RULE_GREY,
            })
        };
        if frame.top_rule {
            deco.push(rule(left, 0.0, right, 0.0));
        }
        deco.push(rule(left, unit.height, right, unit.height));
        for &x in cols {
            deco.push(rule(x, 0.0, x, unit.height));
        }
    }
    deco.append(&mut unit.items);
    unit.items = deco;
}
