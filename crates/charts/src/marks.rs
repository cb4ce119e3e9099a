//! The labels of a line chart's marks: target points and horizontal goal lines. They are
//! placed after everything else is drawn, where no series line, marker or other label runs
//! through them: beside the mark if there is room there, else in free space nearby with a
//! short leader line back to the mark.

use crate::frame::{Frame, LABEL_SIZE};
use crate::palette;
use crate::place::{Obstacles, Rect, Segment};
use crate::scene::{Anchor, Dash, Path, Stroke};

/// Room kept between a label's text and anything drawn.
const PAD: f32 = 1.5;
/// Half the size of a target's diamond with its outline.
pub(crate) const TARGET_R: f32 = 4.2;
/// Targets' labels are a little smaller than other labels: they sit among the data.
pub(crate) const TARGET_SIZE: f32 = LABEL_SIZE - 0.5;

/// A box is free when it stays in `area` and touches no label, line or marker.
fn free(obs: &Obstacles, area: &Rect, b: &Rect) -> bool {
    let padded = b.grow(PAD);
    area.holds(b) && !obs.hits_label(&padded) && obs.hits_drawing(&padded) == 0
}

/// Where the label (`w` × `h`) of a mark at `at` goes, and the leader line from the mark
/// when the label had to move away from it; `None` when the plot has no free room.
fn place(
    obs: &Obstacles,
    area: &Rect,
    at: (f32, f32),
    w: f32,
    h: f32,
) -> Option<(Rect, Option<Segment>)> {
    let (x, y) = at;
    let g = TARGET_R + 3.0;
    let d = g * 0.7;
    // Right of the mark first (where readers look), then the other sides and corners.
    let near = [
        (x + g, y - h / 2.0),
        (x - g - w, y - h / 2.0),
        (x - w / 2.0, y - g - h),
        (x - w / 2.0, y + g),
        (x + d, y - d - h),
        (x - d - w, y - d - h),
        (x + d, y + d),
        (x - d - w, y + d),
    ];
    for (l, t) in near {
        // Moved into the plot, a box may still sit beside its mark (at the plot's edge).
        let b = Rect::new(l, t, w, h).inside(area);
        if b.distance(at) <= g + 3.0 && free(obs, area, &b) {
            return Some((b, None));
        }
    }
    // Farther away, in sixteen directions: the nearest free box whose leader crosses the
    // fewest lines.
    let reach = area.w().max(area.h());
    let mut best: Option<(f32, Rect, Segment)> = None;
    let mut dist = g + 6.0;
    while dist <= reach {
        if best.as_ref().is_some_and(|(score, ..)| *score < dist - g) {
            break;
        }
        for k in 0..16 {
            let a = k as f32 * std::f32::consts::TAU / 16.0;
            let (c, s) = (a.cos(), a.sin());
            let centre = (x + c * (dist + w / 2.0), y + s * (dist + h / 2.0));
            let b = Rect::new(centre.0 - w / 2.0, centre.1 - h / 2.0, w, h).inside(area);
            let gap = b.distance(at);
            if gap < g || !free(obs, area, &b) {
                continue;
            }
            let end = b.grow(1.0).nearest(at);
            let len = gap + 1.0;
            let start = (
                x + (end.0 - x) / len * TARGET_R,
                y + (end.1 - y) / len * TARGET_R,
            );
            let (crossed, through_label) = obs.crossings(start, end);
            if through_label {
                continue;
            }
            let score = gap + 25.0 * crossed as f32;
            if best.as_ref().is_none_or(|(s, ..)| score < *s) {
                best = Some((score, b, [start, end]));
            }
        }
        dist += 4.0;
    }
    best.map(|(_, b, leader)| (b, Some(leader)))
}

/// The labels of target points at `points` (page coordinates) inside `area`.
pub(crate) fn target_labels(
    f: &mut Frame,
    obs: &mut Obstacles,
    area: &Rect,
    targets: &[((f32, f32), &str)],
) {
    let size = TARGET_SIZE;
    for &(at, label) in targets {
        let text = f.shorten(label, area.w() * 0.7, size);
        if text.is_empty() {
            continue;
        }
        let w = f.measure(&text, size);
        let placed = place(obs, area, at, w, size).or_else(|| {
            // A crowded plot: beside the mark, over a line rather than over a label.
            let b = Rect::new(at.0 + TARGET_R + 3.0, at.1 - size / 2.0, w, size).inside(area);
            (!obs.hits_label(&b.grow(PAD))).then_some((b, None))
        });
        let Some((b, leader)) = placed else {
            continue;
        };
        if let Some([start, end]) = leader {
            let stroke = Stroke {
                color: palette::MUTED,
                width: 0.5,
                dash: Dash::Solid,
            };
            f.path(Path::line(vec![start, end], stroke));
            obs.line(&[start, end], false, 0.5);
        }
        write(f, obs, &text, &b, size, palette::INK);
    }
}

/// The label of a horizontal goal line at `y`, next to the line where nothing runs through
/// it: above its right end first, then below it, then farther left.
pub(crate) fn line_label(f: &mut Frame, obs: &mut Obstacles, area: &Rect, y: f32, label: &str) {
    let size = LABEL_SIZE;
    let text = f.shorten(label, area.w() * 0.6, size);
    if text.is_empty() {
        return;
    }
    let w = f.measure(&text, size);
    let mut candidates = Vec::new();
    let mut right = area.r - 2.0;
    while right - w >= area.l {
        candidates.push(Rect::new(right - w, y - 2.0 - size, w, size));
        candidates.push(Rect::new(right - w, y + 2.0, w, size));
        right -= 8.0;
    }
    let first = candidates.first().map(|b| b.inside(area));
    let chosen = candidates
        .into_iter()
        .find(|b| free(obs, area, b))
        .or_else(|| first.filter(|b| !obs.hits_label(&b.grow(PAD))));
    if let Some(b) = chosen {
        write(f, obs, &text, &b, size, palette::REFERENCE);
    }
}

/// One line of text filling the box `b`, which later labels keep clear of.
fn write(
    f: &mut Frame,
    obs: &mut Obstacles,
    text: &str,
    b: &Rect,
    size: f32,
    color: crate::scene::Rgb,
) {
    f.label(
        text,
        b.l,
        b.t + 0.88 * size,
        size,
        Anchor::Start,
        color,
        false,
    );
    obs.label(*b);
}
