//! The parts every chart shares: the frame with its measuring function, the title at the
//! top, the legend at the bottom, and labels measured as they are placed.

use crate::palette::{self, Marker};
use crate::scene::{Anchor, Dash, Label, Path, Rgb, Scene, Shape, Stroke};
use crate::text;

/// Font sizes in points.
pub(crate) const TITLE_SIZE: f32 = 10.5;
pub(crate) const LABEL_SIZE: f32 = 8.0;
pub(crate) const TICK_SIZE: f32 = 7.5;
pub(crate) const LEGEND_SIZE: f32 = 8.0;
/// Line height as a multiple of the font size.
pub(crate) const LEADING: f32 = 1.3;
/// Line height of row labels that take a third line in a low row.
pub(crate) const TIGHT_LEADING: f32 = 1.1;
/// Room around the plot and between parts.
pub(crate) const GAP: f32 = 6.0;

/// How a legend entry is keyed.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Key {
    /// A line sample with its marker.
    Line {
        color: Rgb,
        width: f32,
        dash: Dash,
        marker: Option<Marker>,
    },
    /// A filled square (a band or bars).
    Swatch(Rgb),
    /// An open diamond (target points).
    Target,
    /// A hatched, outlined rectangle: wedge `i`.
    Wedge(usize),
}

pub(crate) struct Frame<'m> {
    pub(crate) width: f32,
    pub(crate) height: f32,
    measure: &'m mut dyn FnMut(&str) -> f32,
    shapes: Vec<Shape>,
    title: String,
    /// Top of the free area (below the title).
    pub(crate) top: f32,
    /// Bottom of the free area (above the legend).
    pub(crate) bottom: f32,
}

impl<'m> Frame<'m> {
    pub(crate) fn new(width: f32, height: f32, measure: &'m mut dyn FnMut(&str) -> f32) -> Self {
        let width = if width.is_finite() {
            width.max(60.0)
        } else {
            400.0
        };
        let height = if height.is_finite() {
            height.max(60.0)
        } else {
            250.0
        };
        Frame {
            width,
            height,
            measure,
            shapes: Vec::new(),
            title: String::new(),
            top: 0.0,
            bottom: height,
        }
    }

    pub(crate) fn finish(self) -> Scene {
        Scene {
            width: self.width,
            height: self.height,
            shapes: self.shapes,
            title: self.title,
        }
    }

    /// Width of `text` in points at `size`.
    pub(crate) fn measure(&mut self, text: &str, size: f32) -> f32 {
        (self.measure)(text) * size
    }

    pub(crate) fn wrap(&mut self, text: &str, width: f32, size: f32, lines: usize) -> Vec<String> {
        text::wrap(text, width, size, lines, self.measure)
    }

    pub(crate) fn fit(
        &mut self,
        text: &str,
        width: f32,
        size: f32,
        lines: usize,
    ) -> (Vec<String>, bool) {
        text::fit(text, width, size, lines, self.measure)
    }

    pub(crate) fn shorten(&mut self, text: &str, width: f32, size: f32) -> String {
        text::shorten(text, width, size, self.measure)
    }

    /// The boxes of the labels placed so far.
    pub(crate) fn label_boxes(&self) -> Vec<crate::place::Rect> {
        self.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text(l) => Some(crate::place::Rect::from_bounds(l.bounds())),
                Shape::Path(_) => None,
            })
            .collect()
    }

    pub(crate) fn path(&mut self, path: Path) {
        if path.points.len() >= 2 {
            self.shapes.push(Shape::Path(path));
        }
    }

    /// Place one line of text; returns its width in points.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn label(
        &mut self,
        text: &str,
        x: f32,
        baseline: f32,
        size: f32,
        anchor: Anchor,
        color: Rgb,
        bold: bool,
    ) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let width = self.measure(text, size);
        self.shapes.push(Shape::Text(Label {
            x,
            baseline,
            size,
            anchor,
            width,
            color,
            bold,
            text: text.to_owned(),
        }));
        width
    }

    /// Baseline of a line of `size` whose line box starts at `top`.
    pub(crate) fn baseline(top: f32, size: f32) -> f32 {
        top + (LEADING - 1.0) / 2.0 * size + 0.88 * size
    }

    /// The title, centred, in up to two lines.
    pub(crate) fn title(&mut self, title: &str) {
        self.title = title.to_owned();
        if title.trim().is_empty() {
            return;
        }
        let lines = self.wrap(title, self.width, TITLE_SIZE, 2);
        for line in lines {
            let base = Self::baseline(self.top, TITLE_SIZE);
            self.label(
                &line,
                self.width / 2.0,
                base,
                TITLE_SIZE,
                Anchor::Middle,
                palette::INK,
                true,
            );
            self.top += TITLE_SIZE * LEADING;
        }
        self.top += GAP;
    }

    /// The legend, centred at the bottom, entries flowing into as many rows as needed; a long
    /// name wraps to a few lines before it is shortened.
    pub(crate) fn legend(&mut self, entries: &[(String, Key)]) {
        if entries.is_empty() {
            return;
        }
        const KEY_W: f32 = 22.0;
        const KEY_GAP: f32 = 4.0;
        const ENTRY_GAP: f32 = 14.0;
        const ENTRY_LINES: usize = 4;
        let line_h = LEGEND_SIZE * LEADING;
        let max_text = self.width - KEY_W - KEY_GAP;
        let sized: Vec<(Vec<String>, f32, Key)> = entries
            .iter()
            .map(|(name, key)| {
                // Wedges come many to a chart (one per measure): two to a row at most.
                let max = match key {
                    Key::Wedge(_) => (self.width - ENTRY_GAP) / 2.0 - KEY_W - KEY_GAP,
                    _ => max_text,
                };
                let (lines, _) = self.fit(name, max.max(1.0), LEGEND_SIZE, ENTRY_LINES);
                let text_w = lines
                    .iter()
                    .map(|l| self.measure(l, LEGEND_SIZE))
                    .fold(0.0f32, f32::max);
                (lines, KEY_W + KEY_GAP + text_w, *key)
            })
            .collect();
        let mut rows: Vec<Vec<(Vec<String>, f32, Key)>> = vec![Vec::new()];
        let mut used = 0.0;
        for entry in sized {
            let add = if used > 0.0 {
                ENTRY_GAP + entry.1
            } else {
                entry.1
            };
            if used > 0.0 && used + add > self.width {
                rows.push(Vec::new());
                used = entry.1;
            } else {
                used += add;
            }
            if let Some(row) = rows.last_mut() {
                row.push(entry);
            }
        }
        let row_h = |row: &[(Vec<String>, f32, Key)]| {
            row.iter().map(|e| e.0.len()).max().unwrap_or(1) as f32 * line_h + 2.0
        };
        let total_h: f32 = rows.iter().map(|r| row_h(r)).sum();
        let mut top = self.bottom - total_h;
        self.bottom = top - GAP;
        for row in rows {
            let row_w: f32 = row.iter().map(|e| e.1).sum::<f32>()
                + ENTRY_GAP * (row.len().saturating_sub(1)) as f32;
            let mut x = (self.width - row_w) / 2.0;
            let first_base = Self::baseline(top, LEGEND_SIZE);
            let mid = first_base - 0.32 * LEGEND_SIZE;
            let height = row_h(&row);
            for (lines, w, key) in row {
                self.key(key, x, mid, KEY_W);
                for (n, line) in lines.iter().enumerate() {
                    self.label(
                        line,
                        x + KEY_W + KEY_GAP,
                        first_base + n as f32 * line_h,
                        LEGEND_SIZE,
                        Anchor::Start,
                        palette::INK,
                        false,
                    );
                }
                x += w + ENTRY_GAP;
            }
            top += height;
        }
    }

    fn key(&mut self, key: Key, x: f32, mid: f32, w: f32) {
        match key {
            Key::Line {
                color,
                width,
                dash,
                marker,
            } => {
                self.path(Path::line(
                    vec![(x, mid), (x + w, mid)],
                    Stroke { color, width, dash },
                ));
                if let Some(m) = marker {
                    self.path(Path::filled(m.polygon(x + w / 2.0, mid, 2.6), color));
                }
            }
            Key::Swatch(color) => {
                self.path(Path::rect(x + 3.0, mid - 4.0, w - 6.0, 8.0, color));
            }
            Key::Target => self.target_marker(x + w / 2.0, mid),
            Key::Wedge(i) => {
                for path in crate::wedge::key(i, x, mid, w) {
                    self.path(path);
                }
            }
        }
    }

    /// An open diamond in black: a target point.
    pub(crate) fn target_marker(&mut self, x: f32, y: f32) {
        self.path(Path {
            points: Marker::Diamond.polygon(x, y, 3.6),
            closed: true,
            fill: Some(Rgb(0xFF, 0xFF, 0xFF)),
            stroke: Some(Stroke {
                color: palette::INK,
                width: 1.2,
                dash: Dash::Solid,
            }),
        });
    }

    /// The axis line under a plot from `left` to `right`, and its title centred under the
    /// ticks at `title_top` (none when empty).
    pub(crate) fn bottom_axis(
        &mut self,
        (left, right): (f32, f32),
        plot_bottom: f32,
        title_top: f32,
        title: &str,
    ) {
        let axis = Stroke {
            color: palette::AXIS,
            width: 0.7,
            dash: Dash::Solid,
        };
        self.path(Path::line(
            vec![(left, plot_bottom), (right, plot_bottom)],
            axis,
        ));
        if !title.is_empty() {
            let text = self.shorten(title, self.width, LABEL_SIZE);
            let base = Frame::baseline(title_top, LABEL_SIZE);
            self.label(
                &text,
                (left + right) / 2.0,
                base,
                LABEL_SIZE,
                Anchor::Middle,
                palette::MUTED,
                false,
            );
        }
    }

    /// The labels of rows `row` high at the left of a plot, and their line height. Before
    /// a label is shortened it gets as many lines as its row holds, then a wider column (at
    /// most 45 % of the frame), then tighter lines if that makes room for another line.
    pub(crate) fn row_labels(&mut self, labels: &[&str], row: f32) -> (Vec<Vec<String>>, f32) {
        let longest = labels
            .iter()
            .map(|l| self.measure(l, LABEL_SIZE))
            .fold(0.0f32, f32::max);
        let lines_in = |leading: f32| {
            // Blocks of tight lines keep a little room from the next row's.
            let gap = if leading < LEADING { 1.5 } else { 0.0 };
            (((row - gap) / (LABEL_SIZE * leading) + 1e-3).floor()).clamp(1.0, 5.0) as usize
        };
        let mut best: Option<(usize, Vec<Vec<String>>, f32)> = None;
        // The widest column before tighter lines: it gives fewer labels the extra line.
        for (share, leading) in [(0.38, LEADING), (0.45, LEADING), (0.45, TIGHT_LEADING)] {
            let lines = lines_in(leading);
            if leading < LEADING && lines == lines_in(LEADING) {
                continue;
            }
            let width = longest.min(self.width * share).max(1.0);
            let mut short = 0;
            let fitted: Vec<Vec<String>> = labels
                .iter()
                .map(|l| {
                    let (fitted, shortened) = self.fit(l, width, LABEL_SIZE, lines);
                    short += usize::from(shortened);
                    fitted
                })
                .collect();
            if best.as_ref().is_none_or(|b| short < b.0) {
                best = Some((short, fitted, leading));
            }
            if short == 0 {
                break;
            }
        }
        best.map_or_else(|| (Vec::new(), LEADING), |b| (b.1, b.2))
    }

    /// A row's label, its lines right-aligned at `right` and centred on `mid`.
    pub(crate) fn row_label(&mut self, lines: &[String], right: f32, mid: f32, leading: f32) {
        let block = lines.len() as f32 * LABEL_SIZE * leading;
        let mut top = mid - block / 2.0;
        for line in lines {
            let base = top + (leading - 1.0) / 2.0 * LABEL_SIZE + 0.88 * LABEL_SIZE;
            self.label(
                line,
                right,
                base,
                LABEL_SIZE,
                Anchor::End,
                palette::INK,
                false,
            );
            top += LABEL_SIZE * leading;
        }
    }

    /// An axis title with its unit: "Emissions (Mt CO2e)" or "排放量（万吨）".
    pub(crate) fn axis_title(axis: &crate::model::Axis) -> String {
        match (axis.title.trim(), axis.unit.trim()) {
            (t, "") => t.to_owned(),
            ("", u) => u.to_owned(),
            (t, u) if t.chars().any(text::is_wide) => format!("{t}（{u}）"),
            (t, u) => format!("{t} ({u})"),
        }
    }
}
