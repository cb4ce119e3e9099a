//! The running header and the footer (page label and note), added once the page count is
//! known.

use super::{
    FOOTER_BASELINE, FOOTER_NOTE_LEADING, FOOTER_NOTE_LIFT, FOOTER_NOTE_SIZE, HEADER_BASELINE,
    HEADER_RULE_Y, Item, MARGIN_X, MARGINAL, Page, RULE_GREY, Rule, TEXT_WIDTH, TextRun,
};
use crate::font::Metrics;
use crate::linebreak::break_lines;
use crate::model::Document;

/// Running header and footer label, once the total is known.
pub(super) fn decorate(pages: &mut [Page], doc: &Document, metrics: &mut Metrics) {
    let total = pages.len();
    let note = footer_note_lines(doc, metrics);
    let header = doc.header.as_deref().map(|h| {
        let h = metrics.sanitize(&h.replace('\n', " "));
        fit_one_line(&h, MARGINAL.size, TEXT_WIDTH, metrics)
    });
    for (index, page) in pages.iter_mut().enumerate() {
        if let Some(h) = &header {
            page.items.push(Item::Text(marginal_run(
                h.clone(),
                MARGIN_X,
                HEADER_BASELINE,
            )));
            page.items.push(Item::Rule(Rule {
                x1: MARGIN_X,
                y1: HEADER_RULE_Y,
                x2: MARGIN_X + TEXT_WIDTH,
                y2: HEADER_RULE_Y,
                width: 0.4,
                color: RULE_GREY,
            }));
        }
        let label = metrics.sanitize(&doc.page_label.label(index + 1, total).replace('\n', " "));
        let label = fit_one_line(&label, MARGINAL.size, TEXT_WIDTH, metrics);
        let w = metrics.width(&label) * MARGINAL.size;
        let x = MARGIN_X + (TEXT_WIDTH - w) / 2.0;
        let baseline = if note.is_empty() {
            FOOTER_BASELINE
        } else {
            FOOTER_BASELINE - FOOTER_NOTE_LIFT
        };
        page.items
            .push(Item::Text(marginal_run(label, x, baseline)));
        for (i, (line, width)) in note.iter().enumerate() {
            page.items.push(Item::Text(TextRun {
                size: FOOTER_NOTE_SIZE,
                ..marginal_run(
                    line.clone(),
                    MARGIN_X + (TEXT_WIDTH - width) / 2.0,
                    FOOTER_BASELINE + 4.0 + i as f32 * FOOTER_NOTE_LEADING,
                )
            }));
        }
    }
}

/// The footer note in at most two centred lines, with their widths: a fingerprint must be
/// printed whole, so it wraps rather than being cut (only a third line would be).
fn footer_note_lines(doc: &Document, metrics: &mut Metrics) -> Vec<(String, f32)> {
    let Some(note) = doc.footer_note.as_deref().filter(|n| !n.trim().is_empty()) else {
        return Vec::new();
    };
    let note = metrics.sanitize(&note.replace('\n', " "));
    let mut lines: Vec<String> =
        break_lines(&note, TEXT_WIDTH / FOOTER_NOTE_SIZE, |c| metrics.advance(c))
            .into_iter()
            .map(|l| l.text)
            .collect();
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit_one_line(&rest, FOOTER_NOTE_SIZE, TEXT_WIDTH, metrics));
    }
    lines
        .into_iter()
        .map(|l| {
            let w = metrics.width(&l) * FOOTER_NOTE_SIZE;
            (l, w)
        })
        .collect()
}

fn marginal_run(text: String, x: f32, baseline: f32) -> TextRun {
    TextRun {
        x,
        baseline,
        size: MARGINAL.size,
        color: MARGINAL.color,
        bold: false,
        char_spacing: 0.0,
        word_spacing: 0.0,
        text,
        tag: None,
    }
}

/// `text` cut with an ellipsis to fit `width`.
fn fit_one_line(text: &str, size: f32, width: f32, metrics: &mut Metrics) -> String {
    if metrics.width(text) * size <= width {
        return text.to_owned();
    }
    let budget = width / size - metrics.advance('…');
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += metrics.advance(c);
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
