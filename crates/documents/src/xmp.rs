//! The XMP metadata packet of the catalogue: title in each language, author, the document's
//! languages, dates and producer, agreeing with the Info dictionary.

use lopdf::{Dictionary, Object, Stream};

use crate::DocumentError;
use crate::model::Document;

/// What the Info dictionary's `/Producer` and the XMP `pdf:Producer` say.
pub(crate) const PRODUCER: &str = "concord-documents (printpdf 0.12)";

/// `text` escaped for XML character data and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow are left out.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A date as the Info dictionary writes it: `D:20261123090500+08'00'`.
pub(crate) fn pdf_date(at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    let offset = at.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.abs();
    format!(
        "D:{}{sign}{:02}'{:02}'",
        at.format("%Y%m%d%H%M%S"),
        offset / 3600,
        offset % 3600 / 60
    )
}

/// The XMP packet of `doc`, whose PDF title is `title`.
pub(crate) fn packet(doc: &Document, title: &str) -> String {
    let meta = &doc.metadata;
    let mut x = String::with_capacity(2048);
    x.push_str("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.push_str("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.push_str(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.push_str("  <rdf:Description rdf:about=\"\"");
    x.push_str(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
    x.push_str(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
    x.push_str(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
    x.push_str(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
    x.push_str(&format!(
        "   <pdfaid:part>{}</pdfaid:part><pdfaid:conformance>{}</pdfaid:conformance>\n",
        crate::archive::PART,
        crate::archive::CONFORMANCE
    ));
    x.push_str("   <dc:format>application/pdf</dc:format>\n");

    // The title: x-default and the main language say the PDF title; other languages their own.
    x.push_str("   <dc:title><rdf:Alt>");
    let mut titles = vec![("x-default", title), (meta.language.as_str(), title)];
    for (lang, t) in &meta.title_translations {
        if !titles.iter().any(|(l, _)| l == lang) && !t.trim().is_empty() {
            titles.push((lang.as_str(), t.as_str()));
        }
    }
    for (lang, t) in titles {
        x.push_str(&format!(
            "<rdf:li xml:lang=\"{}\">{}</rdf:li>",
            escape(lang),
            escape(t)
        ));
    }
    x.push_str("</rdf:Alt></dc:title>\n");

    // One entry, as the Info dictionary's /Author: a bilingual document names its author in
    // both languages there.
    if !meta.author.trim().is_empty() {
        x.push_str(&format!(
            "   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
            escape(&meta.author)
        ));
    }
    if !meta.subject.trim().is_empty() {
        x.push_str(&format!(
            "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n",
            escape(&meta.subject)
        ));
    }
    x.push_str("   <dc:language><rdf:Bag>");
    let mut languages = vec![meta.language.as_str()];
    for lang in &meta.other_languages {
        if !languages.contains(&lang.as_str()) {
            languages.push(lang);
        }
    }
    for lang in languages {
        x.push_str(&format!("<rdf:li>{}</rdf:li>", escape(lang)));
    }
    x.push_str("</rdf:Bag></dc:language>\n");

    if let Some(at) = &meta.created {
        let at = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
        for key in ["xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"] {
            x.push_str(&format!("   <{key}>{at}</{key}>\n"));
        }
    }
    if !meta.creator.trim().is_empty() {
        x.push_str(&format!(
            "   <xmp:CreatorTool>{}</xmp:CreatorTool>\n",
            escape(&meta.creator)
        ));
    }
    if !meta.keywords.is_empty() {
        x.push_str(&format!(
            "   <pdf:Keywords>{}</pdf:Keywords>\n",
            escape(&meta.keywords.join(", "))
        ));
    }
    x.push_str(&format!(
        "   <pdf:Producer>{}</pdf:Producer>\n",
        escape(PRODUCER)
    ));
    x.push_str("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n");
    x.push_str("<?xpacket end=\"w\"?>");
    x
}

/// Adds the packet as the catalogue's `/Metadata` stream, uncompressed so any tool finds it,
/// and the output intent the packet's PDF/A identification needs.
pub(crate) fn write_metadata(
    lo: &mut lopdf::Document,
    doc: &Document,
    title: &str,
) -> Result<(), DocumentError> {
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Metadata".to_vec()));
    dict.set("Subtype", Object::Name(b"XML".to_vec()));
    let stream = Stream::new(dict, packet(doc, title).into_bytes()).with_compression(false);
    let id = lo.add_object(Object::Stream(stream));
    lo.catalog_mut()
        .map_err(|e| DocumentError::Pdf(e.to_string()))?
        .set("Metadata", Object::Reference(id));
    crate::archive::add_output_intent(lo)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_carry_their_offset() {
        let at = chrono::FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 9, 5, 0)
            .unwrap();
        assert_eq!(pdf_date(&at), "D:20261123090500+08'00'");
        let west = chrono::FixedOffset::west_opt(5 * 3600 + 1800)
            .unwrap()
            .with_ymd_and_hms(2026, 1, 2, 3, 4, 5)
            .unwrap();
        assert_eq!(pdf_date(&west), "D:20260102030405-05'30'");
    }

    #[test]
    fn every_text_is_escaped() {
        assert_eq!(
            escape("A & B <c> \"d\" 'e'\u{1}"),
            "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;"
        );
    }
}
