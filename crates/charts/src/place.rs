//! Finding room for a label: boxes, and whether a box touches a drawn line, a marker or
//! another label. Used where labels sit among the data (a line chart's marks, a radar's
//! ring values), so that nothing drawn runs through their text.

/// An axis-aligned box in points, y downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rect {
    pub(crate) l: f32,
    pub(crate) t: f32,
    pub(crate) r: f32,
    pub(crate) b: f32,
}

impl Rect {
    pub(crate) fn new(l: f32, t: f32, w: f32, h: f32) -> Rect {
        Rect {
            l,
            t,
            r: l + w,
            b: t + h,
        }
    }

    /// The box of `(left, top, right, bottom)`, as [`crate::Label::bounds`] gives it.
    pub(crate) fn from_bounds((l, t, r, b): (f32, f32, f32, f32)) -> Rect {
        Rect { l, t, r, b }
    }

    /// A square of half-side `r` around a point (a marker).
    pub(crate) fn around((x, y): (f32, f32), r: f32) -> Rect {
        Rect::new(x, y, 0.0, 0.0).grow(r)
    }

    pub(crate) fn w(&self) -> f32 {
        self.r - self.l
    }

    pub(crate) fn h(&self) -> f32 {
        self.b - self.t
    }

    pub(crate) fn grow(&self, d: f32) -> Rect {
        Rect {
            l: self.l - d,
            t: self.t - d,
            r: self.r + d,
            b: self.b + d,
        }
    }

    /// The boxes share some area (touching edges do not count).
    pub(crate) fn overlaps(&self, o: &Rect) -> bool {
        self.l < o.r && o.l < self.r && self.t < o.b && o.t < self.b
    }

    /// `o` lies wholly inside this box.
    pub(crate) fn holds(&self, o: &Rect) -> bool {
        o.l >= self.l - 0.01 && o.r <= self.r + 0.01 && o.t >= self.t - 0.01 && o.b <= self.b + 0.01
    }

    /// The box moved (as little as it can) to lie inside `area`.
    pub(crate) fn inside(&self, area: &Rect) -> Rect {
        let dx = shift_into(self.l, self.r, area.l, area.r);
        let dy = shift_into(self.t, self.b, area.t, area.b);
        Rect {
            l: self.l + dx,
            t: self.t + dy,
            r: self.r + dx,
            b: self.b + dy,
        }
    }

    /// The point of the box nearest to `p`.
    pub(crate) fn nearest(&self, (x, y): (f32, f32)) -> (f32, f32) {
        (x.clamp(self.l, self.r), y.clamp(self.t, self.b))
    }

    /// Distance from `p` to the box (0 inside).
    pub(crate) fn distance(&self, p: (f32, f32)) -> f32 {
        let q = self.nearest(p);
        ((q.0 - p.0).powi(2) + (q.1 - p.1).powi(2)).sqrt()
    }

    /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
    pub(crate) fn meets(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let mut lo = 0.0f32;
        let mut hi = 1.0f32;
        for (p, q) in [
            (-dx, a.0 - self.l),
            (dx, self.r - a.0),
            (-dy, a.1 - self.t),
            (dy, self.b - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    lo = lo.max(t);
                } else {
                    hi = hi.min(t);
                }
                if lo > hi {
                    return false;
                }
            }
        }
        true
    }
}

/// How far the span `lo..hi` moves to lie inside `min..max`, the start kept in where the span
/// is longer.
fn shift_into(lo: f32, hi: f32, min: f32, max: f32) -> f32 {
    if lo < min {
        min - lo
    } else if hi > max {
        (max - hi).max(min - lo)
    } else {
        0.0
    }
}

/// A point in points, y downwards.
pub(crate) type Pt = (f32, f32);
/// A line segment from one point to another.
pub(crate) type Segment = [Pt; 2];

/// What a label must keep clear of: drawn lines (with their half-widths), markers, and the
/// labels already placed.
#[derive(Debug, Default)]
pub(crate) struct Obstacles {
    /// Segments with half their stroke width.
    lines: Vec<(Segment, f32)>,
    marks: Vec<Rect>,
    labels: Vec<Rect>,
}

impl Obstacles {
    /// A polyline (or polygon, `closed`) drawn `width` wide.
    pub(crate) fn line(&mut self, points: &[(f32, f32)], closed: bool, width: f32) {
        let half = width / 2.0;
        for w in points.windows(2) {
            self.lines.push(([w[0], w[1]], half));
        }
        if closed && let (Some(first), Some(last)) = (points.first(), points.last()) {
            self.lines.push(([*last, *first], half));
        }
    }

    pub(crate) fn mark(&mut self, r: Rect) {
        self.marks.push(r);
    }

    pub(crate) fn label(&mut self, r: Rect) {
        self.labels.push(r);
    }

    /// Whether `r` overlaps a label already placed.
    pub(crate) fn hits_label(&self, r: &Rect) -> bool {
        self.labels.iter().any(|l| l.overlaps(r))
    }

    /// How many lines and markers `r` touches.
    pub(crate) fn hits_drawing(&self, r: &Rect) -> usize {
        let lines = self
            .lines
            .iter()
            .filter(|([a, b], half)| r.grow(*half).meets(*a, *b))
            .count();
        lines + self.marks.iter().filter(|m| m.overlaps(r)).count()
    }

    /// How many lines the segment from `a` to `b` crosses, and whether it runs through a
    /// label (a leader line must not).
    pub(crate) fn crossings(&self, a: (f32, f32), b: (f32, f32)) -> (usize, bool) {
        let through_label = self.labels.iter().any(|l| l.meets(a, b));
        let lines = self
            .lines
            .iter()
            .filter(|([p, q], _)| segments_cross(a, b, *p, *q))
            .count();
        (lines, through_label)
    }
}

/// Whether `p` lies inside the polygon `poly` (even–odd rule).
pub(crate) fn inside_polygon((x, y): (f32, f32), poly: &[(f32, f32)]) -> bool {
    let mut inside = false;
    let mut j = poly.len().wrapping_sub(1);
    for (i, &(xi, yi)) in poly.iter().enumerate() {
        let (xj, yj) = poly[j];
        if (yi > y) != (yj > y) && x < xi + (y - yi) / (yj - yi) * (xj - xi) {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// Whether two segments cross (touching at an end counts).
fn segments_cross(a: (f32, f32), b: (f32, f32), c: (f32, f32), d: (f32, f32)) -> bool {
    let side = |p: (f32, f32), q: (f32, f32), r: (f32, f32)| {
        (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
    };
    let (d1, d2) = (side(c, d, a), side(c, d, b));
    let (d3, d4) = (side(a, b, c), side(a, b, d));
    d1 * d2 <= 0.0 && d3 * d4 <= 0.0 && !(d1 == 0.0 && d2 == 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_meet_boxes_they_cross_only() {
        let r = Rect::new(0.0, 0.0, 10.0, 4.0);
        assert!(r.meets((-5.0, 2.0), (15.0, 2.0)));
        assert!(r.meets((5.0, -5.0), (5.0, 9.0)));
        assert!(r.meets((2.0, 1.0), (3.0, 2.0)), "inside");
        assert!(!r.meets((-5.0, -1.0), (15.0, -1.0)));
        assert!(!r.meets((-5.0, 0.0), (0.0, -8.0)));
        assert!(r.meets((-5.0, -2.0), (5.0, 3.0)), "diagonal in");
    }

    #[test]
    fn boxes_move_inside_an_area() {
        let area = Rect::new(0.0, 0.0, 100.0, 50.0);
        let moved = Rect::new(95.0, -3.0, 20.0, 8.0).inside(&area);
        assert!(area.holds(&moved), "{moved:?}");
        assert_eq!((moved.l, moved.t), (80.0, 0.0));
    }

    #[test]
    fn points_inside_polygons() {
        let square = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)];
        assert!(inside_polygon((2.0, 2.0), &square));
        assert!(!inside_polygon((5.0, 2.0), &square));
        assert!(!inside_polygon((1.0, 1.0), &[]));
    }

    #[test]
    fn crossing_segments() {
        assert!(segments_cross(
            (0.0, 0.0),
            (2.0, 2.0),
            (0.0, 2.0),
            (2.0, 0.0)
        ));
        assert!(!segments_cross(
            (0.0, 0.0),
            (1.0, 0.0),
            (0.0, 1.0),
            (1.0, 1.0)
        ));
    }
}
