//! Finding signature dictionaries in the raw bytes of a PDF.
//!
//! A signature dictionary is never inside a compressed object stream (its `/ByteRange` counts
//! file offsets and its `/Contents` is patched in place), so reading the bytes is enough, and it
//! still works on a file whose structure someone damaged: the point of verifying.

use std::ops::Range;

/// One `/ByteRange` found in the file, with what surrounds it.
#[derive(Debug, Clone)]
pub(crate) struct RawSignature {
    /// `[start, length, start, length]` as written.
    pub byte_range: [u64; 4],
    /// The value of `/Contents` (the CMS signature, zero-padded), when the range's gap is it.
    pub contents: Result<Vec<u8>, String>,
    /// The bytes of the dictionary holding the `/ByteRange` (for `/M`, `/SubFilter`, …).
    pub dictionary: Range<usize>,
}

/// Every signature dictionary, in file order.
pub(crate) fn find_signatures(pdf: &[u8]) -> Vec<Result<RawSignature, String>> {
    find_all(pdf, b"/ByteRange")
        .into_iter()
        .map(|at| read_signature(pdf, at))
        .collect()
}

fn read_signature(pdf: &[u8], at: usize) -> Result<RawSignature, String> {
    let byte_range = parse_byte_range(pdf, at + b"/ByteRange".len())?;
    let dictionary = dictionary_around(pdf, at);
    let contents = contents_in_gap(pdf, &byte_range, &dictionary);
    Ok(RawSignature {
        byte_range,
        contents,
        dictionary,
    })
}

fn parse_byte_range(pdf: &[u8], from: usize) -> Result<[u64; 4], String> {
    let rest = pdf.get(from..).unwrap_or_default();
    let open = rest
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .filter(|&i| rest[i] == b'[')
        .ok_or("/ByteRange is not an array")?;
    let close = rest[open..]
        .iter()
        .take(200)
        .position(|&b| b == b']')
        .ok_or("/ByteRange has no end")?;
    let inside = String::from_utf8_lossy(&rest[open + 1..open + close]).into_owned();
    let numbers: Vec<u64> = inside
        .split_ascii_whitespace()
        .map(|n| {
            n.parse::<u64>()
                .map_err(|_| format!("/ByteRange holds `{n}`"))
        })
        .collect::<Result<_, _>>()?;
    <[u64; 4]>::try_from(numbers).map_err(|n| format!("/ByteRange has {} numbers, not 4", n.len()))
}

/// From the `obj` before `at` to the `endobj` after it (or a window around it).
fn dictionary_around(pdf: &[u8], at: usize) -> Range<usize> {
    let start = rfind(&pdf[..at], b" obj").unwrap_or(at.saturating_sub(4096));
    let end = find(&pdf[at..], b"endobj").map_or(pdf.len().min(at + 65_536), |i| at + i);
    start..end
}

/// The gap the range leaves must be exactly the hex string that is `/Contents`.
fn contents_in_gap(
    pdf: &[u8],
    range: &[u64; 4],
    dictionary: &Range<usize>,
) -> Result<Vec<u8>, String> {
    let (gap_start, gap_end) = (range[0].saturating_add(range[1]), range[2]);
    let (Ok(start), Ok(end)) = (usize::try_from(gap_start), usize::try_from(gap_end)) else {
        return Err("/ByteRange is out of the file".to_owned());
    };
    if start >= end || end > pdf.len() {
        return Err("/ByteRange leaves no gap for /Contents".to_owned());
    }
    if !(dictionary.start <= start && end <= dictionary.end) {
        return Err("/ByteRange's gap is outside the signature dictionary".to_owned());
    }
    let gap = &pdf[start..end];
    let before = pdf[dictionary.start..start].trim_ascii_end();
    if !before.ends_with(b"/Contents") || gap.first() != Some(&b'<') || gap.last() != Some(&b'>') {
        return Err("/ByteRange's gap is not the /Contents string".to_owned());
    }
    decode_hex(&gap[1..gap.len() - 1])
}

fn decode_hex(hex: &[u8]) -> Result<Vec<u8>, String> {
    let digits: Vec<u8> = hex
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| match b {
            b'0'..=b'9' => Ok(b - b'0'),
            b'a'..=b'f' => Ok(b - b'a' + 10),
            b'A'..=b'F' => Ok(b - b'A' + 10),
            _ => Err(format!("/Contents holds `{}`", b as char)),
        })
        .collect::<Result<_, _>>()?;
    Ok(digits
        .chunks(2)
        .map(|pair| (pair[0] << 4) | pair.get(1).copied().unwrap_or(0))
        .collect())
}

/// A name value like `/SubFilter /ETSI.CAdES.detached` in a dictionary's bytes.
pub(crate) fn name_value(dictionary: &[u8], key: &[u8]) -> Option<String> {
    let at = find_key(dictionary, key)?;
    let rest = dictionary[at..].trim_ascii_start();
    let rest = rest.strip_prefix(b"/")?;
    let end = rest
        .iter()
        .position(|b| b.is_ascii_whitespace() || b"/<>[]()".contains(b))
        .unwrap_or(rest.len());
    Some(String::from_utf8_lossy(&rest[..end]).into_owned())
}

/// A literal string value like `/M (D:20261123101500+08'00')`, without escapes in it.
pub(crate) fn literal_value(dictionary: &[u8], key: &[u8]) -> Option<String> {
    let at = find_key(dictionary, key)?;
    let rest = dictionary[at..].trim_ascii_start().strip_prefix(b"(")?;
    let end = rest.iter().position(|&b| b == b')')?;
    Some(String::from_utf8_lossy(&rest[..end]).into_owned())
}

/// The offset just after `key` used as a key (not a prefix of a longer name).
fn find_key(dictionary: &[u8], key: &[u8]) -> Option<usize> {
    find_all(dictionary, key).into_iter().find_map(|at| {
        let after = at + key.len();
        let next = dictionary.get(after).copied().unwrap_or(b' ');
        (next.is_ascii_whitespace() || b"/<([".contains(&next)).then_some(after)
    })
}

/// Whether a revision ends at `offset`: `%%EOF` right before it, give or take an end of line.
pub(crate) fn ends_a_revision(pdf: &[u8], offset: usize) -> bool {
    pdf.get(..offset)
        .is_some_and(|head| head.trim_ascii_end().ends_with(b"%%EOF"))
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

pub(crate) fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    haystack
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n5 0 obj\n<</Type/Sig/SubFilter/ETSI.CAdES.detached/M(D:20261123101500+08'00')/ByteRange[0 AAAA BBBB CCCC]/Contents<0A0B00>>>\nendobj\n%%EOF\n".to_vec();
        let gap_start = find(&pdf, b"<0A0B").unwrap_or_default();
        let gap_end = gap_start + b"<0A0B00>".len();
        let tail = pdf.len() - gap_end;
        let text = String::from_utf8_lossy(&pdf)
            .replace("AAAA", &format!("{gap_start:<4}"))
            .replace("BBBB", &format!("{gap_end:<4}"))
            .replace("CCCC", &format!("{tail:<4}"));
        pdf = text.into_bytes();
        pdf
    }

    #[test]
    fn reads_range_contents_and_keys() {
        let pdf = sample();
        let found = find_signatures(&pdf);
        assert_eq!(found.len(), 1);
        let sig = found[0].as_ref().expect("signature");
        assert_eq!(sig.contents.as_deref(), Ok(&[0x0A, 0x0B, 0x00][..]));
        let dict = &pdf[sig.dictionary.clone()];
        assert_eq!(
            name_value(dict, b"/SubFilter").as_deref(),
            Some("ETSI.CAdES.detached")
        );
        assert_eq!(
            literal_value(dict, b"/M").as_deref(),
            Some("D:20261123101500+08'00'")
        );
        let end = usize::try_from(sig.byte_range[2] + sig.byte_range[3]).unwrap_or_default();
        assert!(ends_a_revision(&pdf, end));
    }

    #[test]
    fn malformed_ranges_are_reported_not_panicked_on() {
        for text in [
            &b"/ByteRange"[..],
            b"/ByteRange [0 1 2]",
            b"/ByteRange [0 x 2 3]",
            b"/ByteRange 7",
            b"/ByteRange [0 99999999999999999999 2 3]",
        ] {
            let found = find_signatures(text);
            assert_eq!(found.len(), 1);
            assert!(found[0].is_err(), "{}", String::from_utf8_lossy(text));
        }
        let far = b"1 0 obj <</ByteRange [0 5 900 3] /Contents <00>>> endobj";
        let sig = find_signatures(far).remove(0).expect("parsed");
        assert!(sig.contents.is_err());
    }
}
