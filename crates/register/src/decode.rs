//! Which encoding a file is in: a BOM says so; otherwise valid UTF-8 is UTF-8, and anything
//! else is read as GB18030 (what Excel and WPS on a Chinese Windows save as "CSV").

use serde::Serialize;

use crate::report::FileProblem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16,
    Gb18030,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16 => "UTF-16",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, FileProblem> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|text| Decoded {
                text: text.to_owned(),
                encoding: Encoding::Utf8Bom,
            })
            .map_err(|_| FileProblem::Encoding);
    }
    for (bom, encoding) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            // Excel's "Unicode text" is UTF-16 with a BOM.
            return encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .map(|text| Decoded {
                    text: text.into_owned(),
                    encoding: Encoding::Utf16,
                })
                .ok_or(FileProblem::Encoding);
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
        });
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| Decoded {
            text: text.into_owned(),
            encoding: Encoding::Gb18030,
        })
        .ok_or(FileProblem::Encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_encoding() {
        let text = "姓名,邮箱\n王志立,wang@weinan.gov.cn\n";
        assert_eq!(
            decode(text.as_bytes()).expect("utf-8").encoding,
            Encoding::Utf8
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(text.as_bytes());
        let d = decode(&bom).expect("bom");
        assert_eq!((d.encoding, d.text.as_str()), (Encoding::Utf8Bom, text));
        let (gb, _, _) = encoding_rs::GB18030.encode(text);
        let d = decode(&gb).expect("gb18030");
        assert_eq!((d.encoding, d.text.as_str()), (Encoding::Gb18030, text));
        let (gb, _, _) = encoding_rs::GB18030.encode("𠮷祥云");
        assert_eq!(decode(&gb).expect("4-byte").text, "𠮷祥云");
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&utf16).expect("utf-16").text, text);
    }

    #[test]
    fn refuses_bytes_that_are_no_text() {
        assert_eq!(
            decode(b"\xEF\xBB\xBF\xFF\xFE\x00"),
            Err(FileProblem::Encoding)
        );
        assert_eq!(decode(b"ab\x80\xFFcd"), Err(FileProblem::Encoding));
    }
}
