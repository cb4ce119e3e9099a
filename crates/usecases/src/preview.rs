//! Preview a document: the blocks the PDF lays out, as plain values the window draws, so the
//! preview and the PDF can never disagree about what the document says.

use concord_documents::declaration::{DeclarationInput, declaration_document};
use concord_documents::{Align, Block, Document, HeadingLevel, TextStyle};
use concord_store::Store;
use serde::Serialize;

use crate::declarations::drawn_signatures;
use crate::{Language, UseCaseError};

/// The document as the PDF lays it out, block by block, for the preview in the window.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeclarationPreview {
    /// BCP 47 tag of the document's main language.
    pub lang: String,
    pub header: String,
    pub title: String,
    pub subtitle: String,
    pub blocks: Vec<PreviewBlock>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum PreviewBlock {
    Heading {
        level: u8,
        text: String,
        secondary: Option<String>,
    },
    Paragraph {
        text: String,
        /// The second language of a pair, smaller and grey.
        secondary: bool,
        /// `left`, `center`, `right` or `justify`.
        align: String,
    },
    Fields {
        rows: Vec<PreviewField>,
    },
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Signatures {
        signers: Vec<PreviewSigner>,
    },
    Break,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PreviewField {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PreviewSigner {
    pub caption: String,
    pub name: String,
    pub title: String,
    /// The drawn signature placed on the line, if there is one.
    pub strokes: Option<Vec<Vec<(f32, f32)>>>,
}

/// Declaration `id` laid out as its PDF would be, without the digital signature's footer.
pub fn declaration_preview(
    store: &Store,
    id: i64,
    language: Language,
) -> Result<DeclarationPreview, UseCaseError> {
    let dialogue = store.require_dialogue()?;
    let declaration = store.declaration(id)?;
    let input = DeclarationInput {
        dialogue: &dialogue,
        declaration: &declaration,
        signatures: drawn_signatures(store, &declaration)?,
        footer_note: None,
    };
    Ok(preview(&declaration_document(&input, language)))
}

fn preview(doc: &Document) -> DeclarationPreview {
    DeclarationPreview {
        lang: doc.metadata.language.clone(),
        header: doc.header.clone().unwrap_or_default(),
        title: doc.title.clone(),
        subtitle: doc.subtitle.clone().unwrap_or_default(),
        blocks: doc.blocks.iter().filter_map(preview_block).collect(),
    }
}

/// A printed block as the preview shows it; spacers and charts have no place there.
fn preview_block(block: &Block) -> Option<PreviewBlock> {
    Some(match block {
        Block::Heading(h) => PreviewBlock::Heading {
            level: match h.level {
                HeadingLevel::H1 => 1,
                HeadingLevel::H2 => 2,
                HeadingLevel::H3 => 3,
            },
            text: h.text.clone(),
            secondary: h.secondary.clone(),
        },
        Block::Paragraph(p) => PreviewBlock::Paragraph {
            text: p.text.clone(),
            secondary: p.style == TextStyle::Secondary,
            align: match p.align {
                Align::Left => "left",
                Align::Center => "center",
                Align::Right => "right",
                Align::Justify => "justify",
            }
            .to_owned(),
        },
        Block::KeyValue(rows) => PreviewBlock::Fields {
            rows: rows
                .iter()
                .map(|kv| PreviewField {
                    label: kv.label.clone(),
                    value: kv.value.clone(),
                })
                .collect(),
        },
        Block::Table(table) => PreviewBlock::Table {
            columns: table.columns.iter().map(|c| c.title.clone()).collect(),
            rows: table.rows.clone(),
        },
        Block::Signatures(signers) => PreviewBlock::Signatures {
            signers: signers
                .iter()
                .map(|s| PreviewSigner {
                    caption: s.role.clone(),
                    name: s.name.clone(),
                    title: s.title.clone(),
                    strokes: s.drawn.as_ref().map(|ink| ink.strokes.clone()),
                })
                .collect(),
        },
        // The two languages of a parallel paragraph, one under the other.
        Block::Parallel(p) => PreviewBlock::Paragraph {
            text: format!("{}\n{}", p.left, p.right),
            secondary: false,
            align: "left".to_owned(),
        },
        Block::PageBreak => PreviewBlock::Break,
        Block::Spacer(_) | Block::Chart(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_keeps_every_printed_block() {
        let blocks = [
            Block::h2("一、引言")
                .with_secondary("I. Introduction")
                .into(),
            Block::Spacer(4.0),
            Block::secondary("The English").into(),
            Block::PageBreak,
        ];
        let shown: Vec<_> = blocks.iter().filter_map(preview_block).collect();
        assert_eq!(shown.len(), 3);
        assert!(
            matches!(&shown[0], PreviewBlock::Heading { level: 2, secondary: Some(s), .. } if s == "I. Introduction")
        );
        assert!(matches!(
            &shown[1],
            PreviewBlock::Paragraph {
                secondary: true,
                ..
            }
        ));
    }
}
