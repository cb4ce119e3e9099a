//! Tables: columns, a header row repeated after each page break inside the table, and grid
//! rows split into slices when taller than a page.

use super::{
    BODY_HEIGHT, Builder, CELL, CELL_HEAD, CELL_PAD_X, CELL_PAD_Y, Color, EPS, Fill, HEADER_FILL,
    Item, MARGIN_X, PlacedLine, RULE_GREY, Role, Rule, Style, TEXT_WIDTH, Unit,
};
use crate::DocumentError;
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
        let total: f32 = t.columns.iter().map(|c| c.width).sum();
        let mut col_x = Vec::with_capacity(t.columns.len() + 1);
        let mut x = MARGIN_X;
        for c in &t.columns {
            col_x.push(x);
            x += TEXT_WIDTH * c.width / total;
        }
        col_x.push(MARGIN_X + TEXT_WIDTH);

        let space = self.begin(6.0);
        let table_id = self.headers.len();
        let table_element = self.open(Role::Table, None);
        let cells = |b: &mut Builder, texts: &mut dyn Iterator<Item = &str>, style: Style| {
            let row = b.open(Role::TR, Some(table_element));
            let cell_role = if style.bold { Role::TH } else { Role::TD };
            (0..t.columns.len())
                .map(|i| {
                    b.open(cell_role, Some(row));
                    let text = texts.next().unwrap_or("");
                    let x = col_x[i] + CELL_PAD_X;
                    let w = (col_x[i + 1] - col_x[i] - 2.0 * CELL_PAD_X).max(1.0);
                    b.lines(text, style, x, w, Align::Left)
                })
                .collect::<Vec<_>>()
        };

        let head_cells = cells(
            self,
            &mut t.columns.iter().map(|c| c.title.as_str()),
            CELL_HEAD,
        );
        let head_frame = RowFrame {
            pad_y: CELL_PAD_Y,
            fill: Some(HEADER_FILL),
            borders: Some(col_x.clone()),
            top_rule: true,
        };
        let mut head = grid_row(head_cells, &head_frame, BODY_HEIGHT * 0.5);
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
        let max_row = BODY_HEIGHT - header.height;
        for row in &t.rows {
            let row_cells = cells(self, &mut row.iter().map(String::as_str), CELL);
            for mut u in grid_row(row_cells, &row_frame, max_row) {
                u.table = Some(table_id);
                self.units.push(u);
            }
        }
        self.end(12.0);
        Ok(())
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
            cols.first().copied().unwrap_or(MARGIN_X),
            cols.last().copied().unwrap_or(MARGIN_X),
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
