//! Colours that colour-blind readers can tell apart (Okabe and Ito's set), each paired with
//! a marker and a line width so that series stay distinct in grey print too.

use crate::scene::Rgb;

/// Series colours in order: blue, vermillion, bluish green, orange, reddish purple, sky
/// blue, black. Okabe–Ito's yellow is left out: it vanishes on white paper.
pub const SERIES: [Rgb; 7] = [
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0x00, 0x9E, 0x73),
    Rgb(0xE6, 0x9F, 0x00),
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0x56, 0xB4, 0xE9),
    Rgb(0x00, 0x00, 0x00),
];

/// Text.
pub const INK: Rgb = Rgb(0x1A, 0x1A, 0x1A);
/// Tick labels, axis titles, notes.
pub const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
/// Axis lines.
pub const AXIS: Rgb = Rgb(0x73, 0x73, 0x73);
/// Grid lines.
pub const GRID: Rgb = Rgb(0xDD, 0xDD, 0xDD);
/// Reference lines.
pub const REFERENCE: Rgb = Rgb(0x44, 0x44, 0x44);

/// Marker shapes, one per series, so a series is known by its shape as well as its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marker {
    /// ●
    Circle,
    /// ■
    Square,
    /// ▲
    Triangle,
    /// ◆
    Diamond,
    /// ▼
    TriangleDown,
    /// ⬟
    Pentagon,
    /// ⬢
    Hexagon,
}

const MARKERS: [Marker; 7] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::TriangleDown,
    Marker::Pentagon,
    Marker::Hexagon,
];

/// The colour of series `i` (repeats after seven, where the marker still differs).
pub fn color(i: usize) -> Rgb {
    SERIES[i % SERIES.len()]
}

/// The marker of series `i`.
pub fn marker(i: usize) -> Marker {
    MARKERS[i % MARKERS.len()]
}

/// The line width of series `i`: the first series (usually the observed history or the
/// baseline) is drawn heaviest.
pub fn line_width(i: usize) -> f32 {
    if i == 0 { 1.8 } else { 1.4 }
}

impl Marker {
    /// The marker's outline as a polygon centred on (x, y) with radius `r`.
    pub fn polygon(self, x: f32, y: f32, r: f32) -> Vec<(f32, f32)> {
        let regular = |n: usize, start: f32, radius: f32| -> Vec<(f32, f32)> {
            (0..n)
                .map(|k| {
                    let a = start + k as f32 * std::f32::consts::TAU / n as f32;
                    (x + radius * a.cos(), y + radius * a.sin())
                })
                .collect()
        };
        let up = -std::f32::consts::FRAC_PI_2;
        match self {
            Marker::Circle => regular(12, 0.0, r),
            Marker::Square => regular(4, std::f32::consts::FRAC_PI_4, r * 1.15),
            Marker::Triangle => regular(3, up, r * 1.3),
            Marker::Diamond => regular(4, up, r * 1.3),
            Marker::TriangleDown => regular(3, -up, r * 1.3),
            Marker::Pentagon => regular(5, up, r * 1.15),
            Marker::Hexagon => regular(6, up, r * 1.1),
        }
    }
}
