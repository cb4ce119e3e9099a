//! concord-usecases: what a person does with Concord that touches more than one crate —
//! export the minutes of a meeting, export a declaration (optionally signed), preview a
//! document, sign and verify a PDF, import and export the stakeholder register — written once
//! for both shells, the desktop window (`src-tauri`) and the command line (`concord`).
//!
//! Each use case takes the store, the clock and the output language as arguments and returns
//! domain values or bytes: it writes no file of its own (the shells choose where bytes go and
//! guard that path). Failures are [`UseCaseError`], which names its Fluent id so each shell
//! can say it in the person's language. Nothing here knows about Tauri or the terminal.
//!
//! The shells use `concord-documents`, `concord-signing` and `concord-register` only through
//! this crate (`tests/shells_stay_thin.rs` checks it); the types they need from those crates
//! are re-exported by the module of the feature that hands them out.

pub mod action_plan;
pub mod adopting;
pub mod bau;
pub mod bau_charts;
pub mod bau_report;
pub mod bau_view;
mod city_document;
pub mod declarations;
pub mod deficits;
pub mod deficits_view;
pub mod document_style;
mod error;
pub mod measures;
pub mod measures_view;
pub mod minutes;
pub mod minutes_adoptions;
mod plan_subjects;
pub mod pledge;
pub mod pledge_signatures;
pub mod preview;
pub mod progress_report;
pub mod question_subjects;
pub mod question_vision;
pub mod register;
pub mod signing;
pub mod tables;
mod target_essentials;
pub mod targets;
mod targets_bau;
pub mod targets_checks;
mod targets_file;
pub mod targets_form;
pub mod targets_view;
mod targets_words;
mod units_shown;
pub mod vision;
pub mod vision_view;

pub use concord_documents::minutes::Language;
pub use error::{DocumentError, SigningError, UseCaseError};

/// A PDF made by a use case, ready for a shell to save.
#[derive(Debug, Clone)]
pub struct ExportedPdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// A file name that says what the document is, e.g. `Weinan-minutes-2026-11-23-en.pdf`.
    pub file_name: String,
}

impl ExportedPdf {
    /// Size as the shells report it: kilobytes, rounded up.
    pub fn kilobytes(&self) -> usize {
        self.bytes.len().div_ceil(1024)
    }
}

/// The suffix a file name gets for its language.
fn language_suffix(language: Language) -> &'static str {
    match language {
        Language::En => "en",
        Language::ZhCn => "zh-CN",
        Language::Bilingual => "bilingual",
    }
}

/// The city's English name with every character a file name might trip on replaced by `-`;
/// `city` when it has none.
fn city_for_file_name(city_en: &str) -> String {
    let city: String = city_en
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    if city.is_empty() {
        "city".to_owned()
    } else {
        city
    }
}
