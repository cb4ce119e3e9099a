//! The document model: what a caller builds, independent of pages and PDF.

use std::fmt;
use std::sync::Arc;

pub use crate::doc_style::DocStyle;

/// A document: metadata, running header, footer label, and a flow of blocks.
///
/// ```
/// use concord_documents::{Block, Document, Table};
///
/// let doc = Document::new("渭南市多方利益相关者对话会议纪要")
///     .with_subtitle("Minutes of the Weinan Multistakeholder Dialogue")
///     .with_language("zh-CN")
///     .with_header("渭南市 · Weinan")
///     .with_page_label(|page, total| format!("第 {page} 页 / 共 {total} 页"))
///     .with_block(Block::h1("一、出席情况").with_secondary("1. Attendance"))
///     .with_block(Block::paragraph("会议于上午九时开始。"))
///     .with_block(Block::secondary("The meeting opened at 9 a.m."))
///     .with_block(Table::new([("姓名 Name", 2.0), ("单位 Organisation", 5.0)]).with_row(["李建国", "渭南市人民政府"]));
/// let pdf = doc.render().expect("renders");
/// assert_eq!(pdf.page_count, 1);
/// assert!(pdf.bytes.starts_with(b"%PDF-"));
/// ```
#[derive(Debug, Clone)]
pub struct Document {
    /// Printed large and centred at the top of the first page (unless empty)
    /// and used as the PDF title unless `metadata.title` is set.
    pub title: String,
    /// The title in the document's second language, printed under it in the same weight.
    pub title_translation: Option<String>,
    /// Printed below the title (and its translation) in a lighter style.
    pub subtitle: Option<String>,
    /// PDF metadata (Info dictionary, XMP packet and catalogue `/Lang`).
    pub metadata: Metadata,
    /// Running header printed above a rule on every page.
    pub header: Option<String>,
    /// Footer text of each page, from (page number, total pages), both 1-based.
    pub page_label: PageLabel,
    /// Printed small under the page label of every page (e.g. a certificate fingerprint);
    /// wraps onto a second line rather than being cut.
    pub footer_note: Option<String>,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
    /// Modern or official (GB/T 9704).
    pub style: DocStyle,
}

impl Document {
    /// An empty document with a title, language `zh-CN` and the default
    /// footer "Page N of M".
    pub fn new(title: impl Into<String>) -> Self {
        Document {
            title: title.into(),
            title_translation: None,
            subtitle: None,
            metadata: Metadata::default(),
            header: None,
            page_label: PageLabel::default(),
            footer_note: None,
            blocks: Vec::new(),
            style: DocStyle::Modern,
        }
    }

    /// Set the line printed below the title.
    pub fn with_subtitle(mut self, subtitle: impl Into<String>) -> Self {
        self.subtitle = Some(subtitle.into());
        self
    }

    /// Set the title in the document's second language, printed under the title.
    pub fn with_title_translation(mut self, title: impl Into<String>) -> Self {
        self.title_translation = Some(title.into());
        self
    }

    /// Set the BCP 47 language tag written to the PDF (`zh-CN`, `en`, …).
    pub fn with_language(mut self, tag: impl Into<String>) -> Self {
        self.metadata.language = tag.into();
        self
    }

    /// Set the PDF author.
    pub fn with_author(mut self, author: impl Into<String>) -> Self {
        self.metadata.author = author.into();
        self
    }

    /// Set the running header.
    pub fn with_header(mut self, header: impl Into<String>) -> Self {
        self.header = Some(header.into());
        self
    }

    /// Set the footer label: a closure such as
    /// `|n, total| format!("Page {n} of {total}")`, or a [`PageLabel`].
    pub fn with_page_label(mut self, label: impl Into<PageLabel>) -> Self {
        self.page_label = label.into();
        self
    }

    /// Set the note printed under the page label on every page.
    pub fn with_footer_note(mut self, note: impl Into<String>) -> Self {
        self.footer_note = Some(note.into());
        self
    }

    /// Prints `lines` (who signs digitally, when, with which certificate) under the line of the
    /// signer whose signature field is `field`, and places that empty field over them for the
    /// signing step to fill. Returns whether such a signer was found.
    pub fn mark_digital_signature(&mut self, field: &str, lines: Vec<String>) -> bool {
        let signer = self.blocks.iter_mut().find_map(|block| match block {
            Block::Signatures(signers) => signers
                .iter_mut()
                .find(|s| s.field.as_deref() == Some(field)),
            _ => None,
        });
        match signer {
            Some(signer) => {
                signer.digital_mark = Some(lines);
                true
            }
            None => false,
        }
    }

    /// Set the document style.
    pub fn with_style(mut self, style: DocStyle) -> Self {
        self.style = style;
        self
    }

    /// Append a block (builder style).
    pub fn with_block(mut self, block: impl Into<Block>) -> Self {
        self.blocks.push(block.into());
        self
    }

    /// Append a block.
    pub fn push(&mut self, block: impl Into<Block>) -> &mut Self {
        self.blocks.push(block.into());
        self
    }

    /// Lay the document out on A4 pages without producing PDF bytes.
    pub fn layout(&self) -> Result<crate::Layout, crate::DocumentError> {
        crate::layout::layout(self)
    }

    /// Lay out and render to PDF bytes.
    pub fn render(&self) -> Result<crate::Pdf, crate::DocumentError> {
        let layout = self.layout()?;
        crate::render::render(&layout, self)
    }
}

impl Extend<Block> for Document {
    fn extend<T: IntoIterator<Item = Block>>(&mut self, iter: T) {
        self.blocks.extend(iter);
    }
}

/// PDF metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// PDF `/Title`; `None` uses the document title.
    pub title: Option<String>,
    /// BCP 47 tag for the catalogue `/Lang` (screen readers, search).
    pub language: String,
    /// PDF `/Author` and the XMP `dc:creator`: a bilingual document names its author in both
    /// languages here.
    pub author: String,
    /// PDF `/Subject`.
    pub subject: String,
    /// PDF `/Keywords`.
    pub keywords: Vec<String>,
    /// PDF `/Creator` (the application).
    pub creator: String,
    /// The document's other languages besides `language` (a bilingual document: `["en"]`):
    /// listed in the XMP metadata; text in them carries its `/Lang` in the structure tree.
    pub other_languages: Vec<String>,
    /// The title in the document's other languages, (language tag, title), for the XMP
    /// `dc:title` beside the PDF title (which stands for `x-default` and `language`).
    pub title_translations: Vec<(String, String)>,
    /// When the document was made: the Info dictionary's `/CreationDate` and `/ModDate` and
    /// the XMP dates. `None` leaves them out, so the same content gives the same bytes.
    pub created: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The head of the database's audit chain (`SEQ:HASH`) when the document was made, written
    /// as `/ConcordAuditHead`: the document then proves what the log held.
    pub audit_head: Option<String>,
}

impl Default for Metadata {
    fn default() -> Self {
        Metadata {
            title: None,
            language: "zh-CN".to_owned(),
            author: String::new(),
            subject: String::new(),
            keywords: Vec::new(),
            creator: "Concord".to_owned(),
            other_languages: Vec::new(),
            title_translations: Vec::new(),
            created: None,
            audit_head: None,
        }
    }
}

/// The footer label function: `(page, total) -> text`, 1-based. Shared and
/// thread-safe so a document can be cloned and rendered on a worker thread.
#[derive(Clone)]
pub struct PageLabel(Arc<dyn Fn(usize, usize) -> String + Send + Sync>);

impl PageLabel {
    /// Wrap a label function.
    pub fn new(label: impl Fn(usize, usize) -> String + Send + Sync + 'static) -> Self {
        PageLabel(Arc::new(label))
    }

    /// The label of page `page` of `total`.
    pub fn label(&self, page: usize, total: usize) -> String {
        (self.0)(page, total)
    }
}

impl<F> From<F> for PageLabel
where
    F: Fn(usize, usize) -> String + Send + Sync + 'static,
{
    fn from(label: F) -> Self {
        PageLabel::new(label)
    }
}

impl Default for PageLabel {
    fn default() -> Self {
        PageLabel::new(|page, total| format!("Page {page} of {total}"))
    }
}

impl fmt::Debug for PageLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PageLabel({:?})", self.label(1, 1))
    }
}

/// One element of the flow.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading; never left alone at the bottom of a page.
    Heading(Heading),
    /// Running text.
    Paragraph(Paragraph),
    /// Label–value lines, like a meeting header.
    KeyValue(Vec<KeyValue>),
    /// A table with a repeating header row.
    Table(Table),
    /// Vertical space in points (dropped at the top of a page).
    Spacer(f32),
    /// Start a new page (ignored when the page is still empty).
    PageBreak,
    /// Lines to sign on, with names and titles below.
    Signatures(Vec<Signer>),
    /// A chart with its caption, kept on one page.
    Chart(Box<crate::figure::Figure>),
    /// Two texts side by side in equal weight: the Chinese on the left, the English on the
    /// right (a bilingual declaration's paragraph).
    Parallel(Parallel),
}

impl Block {
    /// A heading of the given level.
    pub fn heading(level: HeadingLevel, text: impl Into<String>) -> Heading {
        Heading {
            level,
            text: text.into(),
            secondary: None,
            official: None,
        }
    }

    /// A level-1 heading.
    pub fn h1(text: impl Into<String>) -> Heading {
        Self::heading(HeadingLevel::H1, text)
    }

    /// A level-2 heading.
    pub fn h2(text: impl Into<String>) -> Heading {
        Self::heading(HeadingLevel::H2, text)
    }

    /// A level-3 heading.
    pub fn h3(text: impl Into<String>) -> Heading {
        Self::heading(HeadingLevel::H3, text)
    }

    /// A justified paragraph in the normal style.
    pub fn paragraph(text: impl Into<String>) -> Paragraph {
        Paragraph::new(text)
    }

    /// A paragraph in the secondary style (smaller, grey): the second language
    /// of a pair.
    pub fn secondary(text: impl Into<String>) -> Paragraph {
        Paragraph::new(text).with_style(TextStyle::Secondary)
    }

    /// A paragraph in two languages side by side.
    pub fn parallel(left: impl Into<String>, right: impl Into<String>) -> Parallel {
        Parallel {
            left: left.into(),
            right: right.into(),
            align: Align::Justify,
        }
    }

    /// A key–value list from `(label, value)` pairs.
    pub fn key_values<L: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (L, V)>,
    ) -> Block {
        Block::KeyValue(
            pairs
                .into_iter()
                .map(|(l, v)| KeyValue::new(l, v))
                .collect(),
        )
    }

    /// A signature block.
    pub fn signatures(signers: impl IntoIterator<Item = Signer>) -> Block {
        Block::Signatures(signers.into_iter().collect())
    }
}

/// Heading level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeadingLevel {
    /// Largest: chapters.
    H1,
    /// Sections.
    H2,
    /// Subsections.
    H3,
}

impl HeadingLevel {
    /// Level from a number; below 1 is H1, above 3 is H3.
    pub fn from_number(n: u8) -> Self {
        match n {
            0 | 1 => HeadingLevel::H1,
            2 => HeadingLevel::H2,
            _ => HeadingLevel::H3,
        }
    }
}

/// A heading, optionally followed by its translation in the secondary style.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// Level 1–3.
    pub level: HeadingLevel,
    /// The heading text (bold).
    pub text: String,
    /// Printed on the next line, smaller and grey (e.g. the English).
    pub secondary: Option<String>,
    /// The text the official style prints instead: numbered as GB/T 9704 numbers the level
    /// ("（一）开幕" for an agenda item the modern style numbers "1. 开幕").
    pub official: Option<String>,
}

impl Heading {
    /// Give the official style its own numbering of this heading.
    pub fn with_official(mut self, text: impl Into<String>) -> Self {
        self.official = Some(text.into());
        self
    }

    /// Add the secondary line.
    pub fn with_secondary(mut self, text: impl Into<String>) -> Self {
        self.secondary = Some(text.into());
        self
    }
}

/// Typographic style of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextStyle {
    /// Body text.
    #[default]
    Normal,
    /// Smaller and grey: the second language of a bilingual pair, notes.
    Secondary,
}

/// Horizontal alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Flush left, ragged right.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
    /// Both edges flush except the last line (the norm for Chinese text).
    #[default]
    Justify,
}

/// Running text. `\n` is a hard line break.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The text.
    pub text: String,
    /// Normal or secondary.
    pub style: TextStyle,
    /// Alignment (default: justified).
    pub align: Align,
    /// Keep the last lines of this paragraph on the same page as the next
    /// block (e.g. a Chinese paragraph with its English translation).
    pub keep_with_next: bool,
}

impl Paragraph {
    /// A normal, justified paragraph.
    pub fn new(text: impl Into<String>) -> Self {
        Paragraph {
            text: text.into(),
            style: TextStyle::Normal,
            align: Align::Justify,
            keep_with_next: false,
        }
    }

    /// Set the style.
    pub fn with_style(mut self, style: TextStyle) -> Self {
        self.style = style;
        self
    }

    /// Set the alignment.
    pub fn with_align(mut self, align: Align) -> Self {
        self.align = align;
        self
    }

    /// Keep with the next block.
    pub fn keep_with_next(mut self) -> Self {
        self.keep_with_next = true;
        self
    }
}

/// A paragraph and its translation in two columns, their first lines on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Parallel {
    /// The left column: the document's first language.
    pub left: String,
    /// The right column: the second language.
    pub right: String,
    /// Alignment of both (default: justified).
    pub align: Align,
}

impl Parallel {
    /// Set the alignment.
    pub fn with_align(mut self, align: Align) -> Self {
        self.align = align;
        self
    }
}

impl From<Parallel> for Block {
    fn from(p: Parallel) -> Self {
        Block::Parallel(p)
    }
}

/// One line of a key–value list.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValue {
    /// Printed in the label column (bold).
    pub label: String,
    /// Printed in the value column.
    pub value: String,
    /// Printed below the value in the secondary style.
    pub secondary: Option<String>,
}

impl KeyValue {
    /// A label and its value.
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        KeyValue {
            label: label.into(),
            value: value.into(),
            secondary: None,
        }
    }

    /// Add a secondary line below the value (e.g. the English).
    pub fn with_secondary(mut self, text: impl Into<String>) -> Self {
        self.secondary = Some(text.into());
        self
    }
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Header text (bold, repeated on every page the table spans).
    pub title: String,
    /// Relative width; the columns share the text width in proportion.
    pub width: f32,
}

/// A table: cells wrap, rows break across pages, the header row repeats.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// Rows of cells (`\n` is a hard break inside a cell). A row with fewer
    /// cells than columns is padded with empty cells; more is an error.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table from `(title, relative width)` pairs.
    pub fn new<T: Into<String>>(columns: impl IntoIterator<Item = (T, f32)>) -> Self {
        Table {
            columns: columns
                .into_iter()
                .map(|(title, width)| Column {
                    title: title.into(),
                    width,
                })
                .collect(),
            rows: Vec::new(),
        }
    }

    /// Append a row (builder style).
    pub fn with_row<C: Into<String>>(mut self, cells: impl IntoIterator<Item = C>) -> Self {
        self.push_row(cells);
        self
    }

    /// Append a row.
    pub fn push_row<C: Into<String>>(&mut self, cells: impl IntoIterator<Item = C>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }
}

/// One person who signs.
#[derive(Debug, Clone, PartialEq)]
pub struct Signer {
    /// Printed above the line (e.g. "主持人 Chair"); may be empty.
    pub role: String,
    /// Printed below the line.
    pub name: String,
    /// Printed below the name in the secondary style.
    pub title: String,
    /// A drawn signature, placed on the line.
    pub drawn: Option<Ink>,
    /// The name of the signature field a digital signature of this signer goes into
    /// (`focal-point`, `representative`).
    pub field: Option<String>,
    /// Printed under the name when the document is signed digitally, with the empty
    /// signature field `field` placed over it.
    pub digital_mark: Option<Vec<String>>,
}

impl Signer {
    /// A signer with a role caption, name and title.
    pub fn new(role: impl Into<String>, name: impl Into<String>, title: impl Into<String>) -> Self {
        Signer {
            role: role.into(),
            name: name.into(),
            title: title.into(),
            drawn: None,
            field: None,
            digital_mark: None,
        }
    }

    /// Name the signature field a digital signature of this signer goes into.
    pub fn signing_in(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Add the drawn signature placed on the line.
    pub fn with_drawn(mut self, ink: Ink) -> Self {
        self.drawn = Some(ink);
        self
    }
}

/// Pen strokes drawn in a box: each point is (x, y) in 0..1 with y downwards, and the box is
/// `aspect` times wider than high. Rendered as vector paths, so they stay crisp and small.
#[derive(Debug, Clone, PartialEq)]
pub struct Ink {
    /// The strokes; a one-point stroke is a dot.
    pub strokes: Vec<Vec<(f32, f32)>>,
    /// Width over height of the box the points are normalised to.
    pub aspect: f32,
}

impl From<&concord_domain::DrawnSignature> for Ink {
    fn from(sig: &concord_domain::DrawnSignature) -> Self {
        Ink {
            strokes: sig.strokes.clone(),
            aspect: concord_domain::declaration::SIGNATURE_ASPECT,
        }
    }
}

impl From<Heading> for Block {
    fn from(h: Heading) -> Self {
        Block::Heading(h)
    }
}

impl From<Paragraph> for Block {
    fn from(p: Paragraph) -> Self {
        Block::Paragraph(p)
    }
}

impl From<crate::figure::Figure> for Block {
    fn from(f: crate::figure::Figure) -> Self {
        Block::Chart(Box::new(f))
    }
}

impl From<Table> for Block {
    fn from(t: Table) -> Self {
        Block::Table(t)
    }
}

impl From<Vec<KeyValue>> for Block {
    fn from(kv: Vec<KeyValue>) -> Self {
        Block::KeyValue(kv)
    }
}
