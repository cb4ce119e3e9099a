//! concord-documents: the PDF layout engine of Concord.
//!
//! Build a [`Document`] from [`Block`]s, then [`Document::render`] it to A4 PDF
//! bytes. The output embeds subsets of the CJK faces it uses (Noto Sans and Serif CJK SC,
//! WenKai; compiled in, so output never depends on the machine), carries a ToUnicode
//! map so text can be copied and searched, breaks Chinese lines by the
//! punctuation rules, and numbers pages with a caller-supplied label
//! ("Page 2 of 7", "第 2 页 / 共 7 页").
//!
//! Modules, one job each: [`model`] (the blocks), [`linebreak`] (lines by
//! width), [`layout`] (blocks → pages), `render` (pages → PDF), `font` (the
//! embedded face).

mod archive;
pub mod declaration;
mod doc_style;
mod error;
mod face;
mod fields;
pub mod figure;
mod font;
pub mod layout;
pub mod linebreak;
pub mod minutes;
mod minutes_attendance;
mod minutes_decisions;
mod minutes_positions;
pub mod minutes_questions;
pub mod minutes_ranking;
mod minutes_sections;
pub mod model;
mod outline;
mod render;
mod save;
mod tagged;
mod voice;
mod xmp;

#[doc(hidden)]
pub mod bench_content;

pub use doc_style::DocStyle;
pub use error::DocumentError;
pub use face::Face;
pub use figure::Figure;
pub use layout::{Layout, Page};
pub use model::{
    Align, Block, Column, Document, Heading, HeadingLevel, Ink, KeyValue, Metadata, PageLabel,
    Paragraph, Parallel, Signer, Table, TextStyle,
};
pub use render::Pdf;
#[doc(hidden)]
pub use render::page_operations;
pub use voice::Voice;

/// File name of the embedded face (under `assets/fonts/` of the workspace).
pub const FONT_FILE: &str = "NotoSansCJKsc-Regular.otf";
