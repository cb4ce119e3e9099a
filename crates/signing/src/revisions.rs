//! The revisions of a signed file, and what each one after the first signature changed.
//!
//! Every signature after the first is added by an incremental update; so could anything else
//! be. A valid countersignature over a file whose page someone changed in between would still
//! verify, so each update after the first signature is loaded and compared with the document
//! before it: only what adding a signature needs may differ ([`crate::revision_diff`]).

use std::ops::Range;

use lopdf::Document;

use crate::revision_diff::{ContentChange, content_changes};

/// One incremental update after the first signed revision.
#[derive(Debug, Clone)]
pub struct RevisionReport {
    /// 1 for the file as first written, 2 for its first update, …
    pub number: usize,
    pub bytes: Range<u64>,
    /// The signature (numbered from 1, in file order) whose signed bytes end with this
    /// revision: the one it added.
    pub signature: Option<usize>,
    /// Everything it changed besides adding a signature; empty when it only adds one.
    pub changes: Vec<ContentChange>,
}

/// Offsets just after each `%%EOF` that closes a revision (`startxref <offset> %%EOF`), in order.
/// A `%%EOF` in the middle of a stream does not follow a `startxref`, so it is not counted.
pub(crate) fn revision_ends(pdf: &[u8]) -> Vec<usize> {
    crate::pdf_scan::find_all(pdf, b"%%EOF")
        .into_iter()
        .filter(|&at| follows_startxref(&pdf[..at]))
        .map(|at| at + b"%%EOF".len())
        .collect()
}

fn follows_startxref(head: &[u8]) -> bool {
    let head = head.trim_ascii_end();
    let digits = head.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    digits > 0
        && head[..head.len() - digits]
            .trim_ascii_end()
            .ends_with(b"startxref")
}

/// The revision (numbered from 1) that signed bytes ending at `end` reach, if they end one.
pub(crate) fn revision_ending_at(ends: &[usize], pdf: &[u8], end: usize) -> Option<usize> {
    let trimmed = pdf.get(..end)?.trim_ascii_end().len();
    ends.iter().position(|&e| e == trimmed).map(|i| i + 1)
}

/// Every revision after `first_signed`, each compared with the one before it. `signature_of`
/// names the signature a revision added.
pub(crate) fn after_first_signature(
    pdf: &[u8],
    ends: &[usize],
    first_signed: usize,
    signature_of: impl Fn(usize) -> Option<usize>,
) -> Vec<RevisionReport> {
    let load = |number: usize| -> Result<Document, String> {
        let end = ends.get(number - 1).copied().unwrap_or(pdf.len());
        Document::load_mem(&pdf[..end]).map_err(|e| e.to_string())
    };
    let mut before = load(first_signed);
    let mut reports = Vec::new();
    for number in first_signed + 1..=ends.len() {
        let after = load(number);
        let changes = match (&before, &after) {
            (Ok(before), Ok(after)) => content_changes(before, after),
            (_, Err(reason)) | (Err(reason), _) => vec![ContentChange::Unreadable(reason.clone())],
        };
        reports.push(RevisionReport {
            number,
            bytes: ends[number - 2] as u64..ends[number - 1] as u64,
            signature: signature_of(number),
            changes,
        });
        before = after;
    }
    reports
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_eof_after_startxref_ends_a_revision() {
        let pdf =
            b"%PDF-1.7\nstream %%EOF endstream\nstartxref\n9\n%%EOF\nmore\nstartxref 77 %%EOF\r\n";
        let ends = revision_ends(pdf);
        assert_eq!(ends.len(), 2);
        assert!(pdf[..ends[0]].ends_with(b"9\n%%EOF"));
        assert_eq!(revision_ending_at(&ends, pdf, pdf.len()), Some(2));
        assert_eq!(revision_ending_at(&ends, pdf, ends[0] + 1), Some(1));
        assert_eq!(revision_ending_at(&ends, pdf, 20), None);
    }
}
