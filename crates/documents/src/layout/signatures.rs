//! Signature lines: the caption, room for the signature (with the drawn ink when there is
//! one), the line, and the name and title under it.

use super::{
    BLACK, Builder, INK, INK_WIDTH, Item, PlacedLine, RULE_GREY, Role, Rule, SIGN_ROOM,
    SignatureField, Strokes, Style, TextRun, Unit,
};
use crate::face::Face;
use crate::model::{Align, Ink, Signer};

/// The digital signature's mark under a signer's name: small, in the ink's colour.
const MARK: Style = Style::new(7.5, 10.5, INK, Face::Sans);
/// Room between the frame of the mark and its text.
const MARK_PAD: f32 = 3.0;

impl Builder {
    pub(super) fn signatures(&mut self, signers: &[Signer]) {
        if signers.is_empty() {
            return;
        }
        let space = self.begin(26.0);
        let per_row = 2;
        let col_w = self.t.width / per_row as f32;
        let line_w = (col_w - 24.0).min(200.0);
        let rows: Vec<&[Signer]> = signers.chunks(per_row).collect();
        let n_rows = rows.len();
        for (r, row) in rows.into_iter().enumerate() {
            let mut unit = Unit {
                space_before: if r == 0 { space } else { 14.0 },
                keep_with_next: r + 1 < n_rows,
                signature: true,
                ..Unit::default()
            };
            // One paragraph of the structure tree per signer.
            let ids: Vec<usize> = row.iter().map(|_| self.open(Role::P, None)).collect();
            // The lines of a row share one height, however many lines each caption takes.
            let captions: Vec<Vec<PlacedLine>> = row
                .iter()
                .enumerate()
                .map(|(c, s)| {
                    let x = self.t.left + c as f32 * col_w;
                    self.current = Some(ids[c]);
                    self.lines_between_terms(&s.role, self.t.sign_role, x, line_w)
                })
                .collect();
            let caption_h = captions
                .iter()
                .map(|lines| lines.iter().map(|l| l.leading).sum::<f32>())
                .fold(0.0f32, f32::max);
            for ((c, s), caption) in row.iter().enumerate().zip(captions) {
                let x = self.t.left + c as f32 * col_w;
                let mut y = 0.0;
                for l in caption {
                    unit.items.push(Item::Text(TextRun {
                        baseline: y + l.ascent,
                        ..l.run
                    }));
                    y += l.leading;
                }
                // Room for the handwritten signature.
                y = caption_h + SIGN_ROOM;
                if let Some(ink) = &s.drawn {
                    unit.items
                        .push(Item::Strokes(ink_on_line(ink, x, y, line_w)));
                }
                unit.items.push(Item::Rule(Rule {
                    x1: x,
                    y1: y,
                    x2: x + line_w,
                    y2: y,
                    width: 0.6,
                    color: BLACK,
                }));
                y += 3.0;
                self.current = Some(ids[c]);
                let mut below = self.lines(&s.name, self.t.sign_name, x, line_w, Align::Left);
                below.extend(self.lines(&s.title, self.t.sign_title, x, line_w, Align::Left));
                for l in below {
                    unit.items.push(Item::Text(TextRun {
                        baseline: y + l.ascent,
                        ..l.run
                    }));
                    y += l.leading;
                }
                if let (Some(mark), Some(field)) = (&s.digital_mark, &s.field) {
                    y = self.digital_mark(&mut unit, mark, field, x, y + 4.0, line_w);
                }
                unit.height = unit.height.max(y);
            }
            self.units.push(unit);
        }
        self.end(12.0);
    }
}

impl Builder {
    /// The framed lines saying who signed digitally, when and with which certificate, with
    /// the empty signature field `field` over them; returns the bottom of the frame.
    fn digital_mark(
        &mut self,
        unit: &mut Unit,
        mark: &[String],
        field: &str,
        x: f32,
        top: f32,
        width: f32,
    ) -> f32 {
        let mut y = top + MARK_PAD;
        for text in mark {
            for l in self.lines(
                text,
                MARK,
                x + MARK_PAD,
                width - 2.0 * MARK_PAD,
                Align::Left,
            ) {
                unit.items.push(Item::Text(TextRun {
                    baseline: y + l.ascent,
                    ..l.run
                }));
                y += l.leading;
            }
        }
        let bottom = y + MARK_PAD;
        let (left, right) = (x, x + width);
        for (x1, y1, x2, y2) in [
            (left, top, right, top),
            (right, top, right, bottom),
            (right, bottom, left, bottom),
            (left, bottom, left, top),
        ] {
            unit.items.push(Item::Rule(Rule {
                x1,
                y1,
                x2,
                y2,
                width: 0.5,
                color: RULE_GREY,
            }));
        }
        unit.items.push(Item::Field(SignatureField {
            name: field.to_owned(),
            x: left,
            y: top,
            width,
            height: bottom - top,
        }));
        bottom
    }
}

/// A drawn signature scaled into the room above a signature line starting at `x` with its
/// line at `line_y`: the box's bottom sits just below the line, as a pen's would, and it
/// never reaches the name printed under the line nor the caption above the room.
fn ink_on_line(ink: &Ink, x: f32, line_y: f32, line_w: f32) -> Strokes {
    let aspect = if ink.aspect.is_finite() && ink.aspect > 0.0 {
        ink.aspect
    } else {
        1.0
    };
    let inset = 4.0;
    let mut height = SIGN_ROOM - 3.0;
    let mut width = height * aspect;
    if width > line_w - inset {
        width = (line_w - inset).max(1.0);
        height = width / aspect;
    }
    let bottom = line_y + 1.5;
    let (left, top) = (x + inset, bottom - height);
    let clamp = |v: f32| {
        if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    Strokes {
        strokes: ink
            .strokes
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.iter()
                    .map(|&(px, py)| (left + clamp(px) * width, top + clamp(py) * height))
                    .collect()
            })
            .collect(),
        width: INK_WIDTH,
        color: INK,
    }
}

impl Builder {
    /// "（此页无正文）" in the document's language(s), laid out as the page's first line.
    pub(super) fn no_text_note(&mut self, doc: &crate::Document) -> Vec<PlacedLine> {
        use concord_i18n::{I18n, Locale};
        let msg = |locale| I18n::shared(locale).msg("doc-no-text-on-page");
        let zh = doc.metadata.language.starts_with("zh");
        let text = match (zh, doc.metadata.other_languages.iter().any(|l| l == "en")) {
            (true, true) => format!("{}{}", msg(Locale::ZhCn), msg(Locale::En)),
            (true, false) => msg(Locale::ZhCn),
            (false, _) => msg(Locale::En),
        };
        self.open(Role::P, None);
        // A Chinese page says it two characters in, as GB/T 9704 sets it; an English one at
        // the margin, as an English page starts.
        let body = self.t.body;
        let indent = if zh {
            2.0 * (body.size + body.tracking)
        } else {
            0.0
        };
        self.lines(
            &text,
            body,
            self.t.left + indent,
            self.t.width - indent,
            Align::Left,
        )
    }
}

/// Moves a page's body down by the note's lines and writes the note above it.
pub(super) fn note_no_text(page: &mut super::Page, note: &[PlacedLine], top: f32) {
    let height: f32 = note.iter().map(|l| l.leading).sum::<f32>() + 6.0;
    for item in &mut page.items {
        item.shift(height);
    }
    // First in the page's content, so it also reads first.
    let mut y = top;
    let lines: Vec<Item> = note
        .iter()
        .map(|line| {
            let run = TextRun {
                baseline: y + line.ascent,
                ..line.run.clone()
            };
            y += line.leading;
            Item::Text(run)
        })
        .collect();
    page.items.splice(0..0, lines);
}
