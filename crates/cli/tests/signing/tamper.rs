//! Changing a signed PDF the way an editor's "save" would: an incremental update appended after
//! the signatures, written here by hand from what qpdf says about the file.

use std::path::Path;

use crate::util::tool;

/// The value after `key` in a dictionary as qpdf prints it (`/Root 25 0 R` gives 25).
fn number_after(text: &str, key: &str) -> u64 {
    text.split(key)
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no {key} in {text}"))
}

/// Appends an incremental update that paints a red box over page 1: its content stream is
/// replaced by the same drawing plus the box, as an editor's "save" would write it.
pub fn paint_over_page_one(pdf: &Path) -> Vec<u8> {
    let pages = tool("qpdf", &["--show-pages"], pdf).stdout;
    let content: u64 = pages
        .lines()
        .skip_while(|l| !l.starts_with("page 1:"))
        .find_map(|l| l.trim().strip_suffix(" 0 R")?.parse().ok())
        .expect("page 1's content stream");
    let trailer = tool("qpdf", &["--show-object=trailer"], pdf).stdout;
    let drawing = tool(
        "qpdf",
        &[
            &format!("--show-object={content}"),
            "--filtered-stream-data",
        ],
        pdf,
    );
    let mut stream = drawing.stdout.into_bytes();
    stream.extend_from_slice(b"\nq 1 0 0 rg 60 600 300 80 re f Q\n");

    let mut bytes = std::fs::read(pdf).expect("read");
    let last_startxref = bytes
        .windows(9)
        .rposition(|w| w == b"startxref")
        .expect("startxref");
    let previous_xref = number_after(
        &String::from_utf8_lossy(&bytes[last_startxref..]),
        "startxref",
    );
    bytes.extend_from_slice(b"\n");
    let object_at = bytes.len();
    bytes.extend_from_slice(
        format!("{content} 0 obj\n<< /Length {} >>\nstream\n", stream.len()).as_bytes(),
    );
    bytes.extend_from_slice(&stream);
    bytes.extend_from_slice(b"\nendstream\nendobj\n");
    let xref_at = bytes.len();
    bytes.extend_from_slice(
        format!(
            "xref\n0 1\n0000000000 65535 f \n{content} 1\n{object_at:010} 00000 n \ntrailer\n\
             << /Size {} /Root {} 0 R /Info {} 0 R /Prev {previous_xref} >>\n\
             startxref\n{xref_at}\n%%EOF\n",
            number_after(&trailer, "/Size"),
            number_after(&trailer, "/Root"),
            number_after(&trailer, "/Info"),
        )
        .as_bytes(),
    );
    bytes
}
