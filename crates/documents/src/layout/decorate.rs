//! The running header and the footer (page label and note), added once the page count is
//! known.

use super::theme::{PageNumbers, Theme};
use super::{
    FOOTER_BASELINE, FOOTER_NOTE_LEADING, FOOTER_NOTE_LIFT, FOOTER_NOTE_SIZE, HEADER_BASELINE,
    HEADER_RULE_Y, Item, Page, RULE_GREY, Rule, Style, TextRun,
};
use crate::font::Metrics;
use crate::linebreak::break_lines;
use crate::model::Document;

/// Running header and footer label, once the total is known.
pub(super) fn decorate(pages: &mut [Page], doc: &Document, metrics: &mut Metrics, t: &Theme) {
    let total = pages.len();
    let (left, width, marginal) = (t.left, t.width, t.marginal);
    let note = footer_note_lines(doc, metrics, t);
    let header = doc.header.as_deref().map(|h| {
        let h = metrics.sanitize(&h.replace('\n', " "));
        fit_one_line(&h, marginal, width, metrics)
    });
    for (index, page) in pages.iter_mut().enumerate() {
        if let Some(h) = &header {
            page.items.push(Item::Text(marginal_run(
                h.clone(),
                marginal,
                left,
                HEADER_BASELINE,
            )));
            page.items.push(Item::Rule(Rule {
                x1: left,
                y1: HEADER_RULE_Y,
                x2: left + width,
                y2: HEADER_RULE_Y,
                width: 0.4,
                color: RULE_GREY,
            }));
        }
        page.items.push(Item::Text(page_number(
            doc,
            index + 1,
            total,
            metrics,
            t,
            !note.is_empty(),
        )));
        for (i, (line, w)) in note.iter().enumerate() {
            page.items.push(Item::Text(TextRun {
                size: FOOTER_NOTE_SIZE,
                ..marginal_run(
                    line.clone(),
                    marginal,
                    left + (width - w) / 2.0,
                    FOOTER_BASELINE + 4.0 + i as f32 * FOOTER_NOTE_LEADING,
                )
            }));
        }
    }
}

/// Extra space on each side of an official page number's digits, in em.
const OFFICIAL_NUMBER_GAP: f32 = 0.25;

/// The page number of page `n`: the document's label centred (modern), or "— n —" in 4号
/// half-width digits one character in from the outer edge, right on odd pages and left on
/// even ones (official).
fn page_number(
    doc: &Document,
    n: usize,
    total: usize,
    metrics: &mut Metrics,
    t: &Theme,
    lifted: bool,
) -> TextRun {
    let style = Style {
        size: t.page_number_size,
        ..t.marginal
    };
    if t.page_numbers == PageNumbers::Official {
        let label = format!("— {n} —");
        let w = metrics.width_in(style.face, &label) * style.size;
        let em = style.size;
        let x = if n % 2 == 1 {
            t.left + t.width - em - w
        } else {
            t.left + em
        };
        // The dashes stand a clear space off the number.
        let spaces = 2.0 * style.size * OFFICIAL_NUMBER_GAP;
        let x = if n % 2 == 1 { x - spaces } else { x };
        return TextRun {
            color: super::BLACK,
            word_spacing: style.size * OFFICIAL_NUMBER_GAP,
            tight: 0.0,
            ..marginal_run(label, style, x, t.page_number_baseline)
        };
    }
    let label = metrics.sanitize(&doc.page_label.label(n, total).replace('\n', " "));
    let label = fit_one_line(&label, style, t.width, metrics);
    let w = metrics.width_in(style.face, &label) * style.size;
    let x = t.left + (t.width - w) / 2.0;
    let baseline = if lifted {
        t.page_number_baseline - FOOTER_NOTE_LIFT
    } else {
        t.page_number_baseline
    };
    marginal_run(label, style, x, baseline)
}

/// The footer note in at most two centred lines, with their widths: a fingerprint must be
/// printed whole, so it wraps rather than being cut (only a third line would be).
fn footer_note_lines(doc: &Document, metrics: &mut Metrics, t: &Theme) -> Vec<(String, f32)> {
    let Some(note) = doc.footer_note.as_deref().filter(|n| !n.trim().is_empty()) else {
        return Vec::new();
    };
    let note = metrics.sanitize(&note.replace('\n', " "));
    let face = t.marginal.face;
    let note_style = Style {
        size: FOOTER_NOTE_SIZE,
        ..t.marginal
    };
    let mut lines: Vec<String> = break_lines(&note, t.width / FOOTER_NOTE_SIZE, |c| {
        metrics.advance_in(face, c)
    })
    .into_iter()
    .map(|l| l.text)
    .collect();
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit_one_line(&rest, note_style, t.width, metrics));
    }
    lines
        .into_iter()
        .map(|l| {
            let w = metrics.width_in(face, &l) * FOOTER_NOTE_SIZE;
            (l, w)
        })
        .collect()
}

fn marginal_run(text: String, style: Style, x: f32, baseline: f32) -> TextRun {
    TextRun {
        x,
        baseline,
        size: style.size,
        color: style.color,
        face: style.face,
        tracking: 0.0,
        char_spacing: 0.0,
        word_spacing: 0.0,
        tight: 0.0,
        text,
        tag: None,
    }
}

/// `text` cut with an ellipsis to fit `width`.
fn fit_one_line(text: &str, style: Style, width: f32, metrics: &mut Metrics) -> String {
    let (face, size) = (style.face, style.size);
    if metrics.width_in(face, text) * size <= width {
        return text.to_owned();
    }
    let budget = width / size - metrics.advance_in(face, '…');
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += metrics.advance_in(face, c);
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
