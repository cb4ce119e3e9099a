//! A scene as SVG for the window: paths and text elements, every text escaped, sizes in
//! the scene's points so the window scales it with `viewBox`.

use std::fmt::Write;

use crate::scene::{Anchor, Dash, Label, Path, Scene, Shape};

/// The face the window uses for chart text; the same family as the PDF's.
const FONT_FAMILY: &str = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/// Room around the frame: the window's face may set a label a little wider than the
/// layout measured, and it should not be clipped.
const BLEED: f32 = 4.0;

/// The scene as a standalone `<svg>` element.
pub fn render(scene: &Scene) -> String {
    let mut out = String::with_capacity(256 + scene.shapes.len() * 96);
    let origin = num(-BLEED);
    let (w, h) = (
        num(scene.width + 2.0 * BLEED),
        num(scene.height + 2.0 * BLEED),
    );
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{origin} {origin} {w} {h}" width="{w}" height="{h}" role="img" aria-label="{}" font-family="{FONT_FAMILY}">"#,
        escape(&scene.title)
    );
    out.push('\n');
    if !scene.title.is_empty() {
        let _ = writeln!(out, "<title>{}</title>", escape(&scene.title));
    }
    for shape in &scene.shapes {
        match shape {
            Shape::Path(p) => path(&mut out, p),
            Shape::Text(l) => text(&mut out, l),
        }
        out.push('\n');
    }
    out.push_str("</svg>\n");
    out
}

fn path(out: &mut String, p: &Path) {
    out.push_str("<path d=\"");
    for (i, (x, y)) in p.points.iter().enumerate() {
        out.push(if i == 0 { 'M' } else { 'L' });
        push_num(out, *x);
        out.push(' ');
        push_num(out, *y);
    }
    if p.closed {
        out.push('Z');
    }
    out.push('"');
    match p.fill {
        Some(c) => {
            let _ = write!(out, r#" fill="{}""#, c.hex());
        }
        None => out.push_str(r#" fill="none""#),
    }
    if let Some(s) = p.stroke {
        let _ = write!(
            out,
            r#" stroke="{}" stroke-width="{}""#,
            s.color.hex(),
            num(s.width)
        );
        if s.dash != Dash::Solid {
            let dashes: Vec<String> = s.dash.pattern(s.width).iter().map(|d| num(*d)).collect();
            let _ = write!(out, r#" stroke-dasharray="{}""#, dashes.join(" "));
        }
        out.push_str(r#" stroke-linejoin="round""#);
    }
    out.push_str("/>");
}

fn text(out: &mut String, l: &Label) {
    let anchor = match l.anchor {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
        Anchor::End => "end",
    };
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" text-anchor="{anchor}" fill="{}""#,
        num(l.x),
        num(l.baseline),
        num(l.size),
        l.color.hex()
    );
    if l.bold {
        out.push_str(r#" font-weight="bold""#);
    }
    let _ = write!(out, ">{}</text>", escape(&l.text));
}

/// Text for element content and attribute values: the five XML specials, and control
/// characters (not allowed in XML 1.0) dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A coordinate with at most two decimals and no trailing zeros.
fn num(v: f32) -> String {
    let mut s = String::with_capacity(8);
    push_num(&mut s, v);
    s
}

/// Whole hundredths written as integers: float formatting with a precision costs several
/// times more, and a chart writes a few thousand coordinates.
fn push_num(out: &mut String, v: f32) {
    let v = if v.is_finite() { f64::from(v) } else { 0.0 };
    let hundredths = (v * 100.0).round() as i64;
    if hundredths < 0 {
        out.push('-');
    }
    let a = hundredths.unsigned_abs();
    let _ = write!(out, "{}", a / 100);
    match a % 100 {
        0 => {}
        f if f % 10 == 0 => {
            let _ = write!(out, ".{}", f / 10);
        }
        f => {
            let _ = write!(out, ".{f:02}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            escape("<b>\"A&B\"</b>'\u{7}"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;&#39;"
        );
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(-3.5), "-3.5");
        assert_eq!(num(0.05), "0.05");
    }
}
