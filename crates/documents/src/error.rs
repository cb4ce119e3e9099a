//! The crate's single error type.

/// Everything that can go wrong while laying out or rendering a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// The font shipped in `assets/fonts` could not be read. This is a build
    /// defect (the bytes are compiled in), never a user error.
    #[error("the embedded font could not be parsed: {0}")]
    Font(String),

    /// A table block is malformed (no columns, a bad column width, a row with
    /// more cells than columns).
    #[error("table in block {block}: {reason}")]
    InvalidTable {
        /// Index of the offending block in `Document::blocks`.
        block: usize,
        /// What is wrong, in English (for logs; the UI maps the variant).
        reason: String,
    },

    /// printpdf could not subset the font. We refuse to fall back to embedding
    /// the whole 16 MB face silently.
    #[error("font subsetting failed: {0}")]
    Subset(String),

    /// Writing the PDF structure failed.
    #[error("PDF serialisation failed: {0}")]
    Pdf(String),

    /// Content handed to a helper (the benchmark fixture) is not valid JSON.
    #[error("content is not valid JSON: {0}")]
    Content(#[from] serde_json::Error),
}
