//! The PDF's structure read back from the bytes: the outline (bookmarks) of every heading,
//! pointing at the page that prints it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use common::demo_minutes;
use concord_documents::minutes::Language;
use concord_documents::{Block, Document};
use lopdf::{Dictionary, Object, ObjectId};

/// A PDF text string: UTF-16BE with a byte order mark, or PDFDocEncoding (ASCII here).
fn decode(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => String::from_utf16(
            &utf16
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        )
        .unwrap(),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

fn dict<'a>(pdf: &'a lopdf::Document, obj: &'a Object) -> &'a Dictionary {
    match obj {
        Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

/// An outline entry: its level (1 = top), title and 1-based page.
#[derive(Debug)]
struct Entry {
    depth: usize,
    title: String,
    page: usize,
}

fn read_outline(pdf: &lopdf::Document) -> Vec<Entry> {
    let pages: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let catalog = pdf.catalog().unwrap();
    assert_eq!(
        catalog.get(b"PageMode").unwrap().as_name().unwrap(),
        b"UseOutlines"
    );
    let root = dict(pdf, catalog.get(b"Outlines").unwrap());
    let mut out = Vec::new();
    fn walk(
        pdf: &lopdf::Document,
        pages: &[ObjectId],
        parent: &Dictionary,
        depth: usize,
        out: &mut Vec<Entry>,
    ) {
        let mut next = parent.get(b"First").ok().cloned();
        let mut count = 0;
        while let Some(obj) = next {
            let entry = dict(pdf, &obj);
            let title = decode(entry.get(b"Title").unwrap().as_str().unwrap());
            let dest = entry.get(b"Dest").unwrap().as_array().unwrap();
            assert_eq!(dest[1].as_name().unwrap(), b"XYZ");
            let page_ref = dest[0].as_reference().unwrap();
            let page = pages.iter().position(|p| *p == page_ref).unwrap() + 1;
            out.push(Entry { depth, title, page });
            count += 1;
            walk(pdf, pages, entry, depth + 1, out);
            next = entry.get(b"Next").ok().cloned();
        }
        if count > 0 {
            // /Last names the last child.
            assert!(parent.get(b"Last").is_ok());
        }
    }
    walk(pdf, &pages, root, 1, &mut out);
    assert_eq!(
        root.get(b"Count").unwrap().as_i64().unwrap(),
        out.len() as i64
    );
    out
}

fn page_text(path: &std::path::Path, page: usize) -> Option<String> {
    let n = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-f", &n, "-l", &n, "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_outline_lists_every_heading_of_the_minutes_in_order_at_its_page() {
    let doc = demo_minutes(Language::Bilingual);
    let headings: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(match &h.secondary {
                Some(sec) => format!("{} {sec}", h.text),
                None => h.text.clone(),
            }),
            _ => None,
        })
        .collect();
    assert!(headings.len() > 5, "{headings:?}");
    let pdf = doc.render().expect("renders");
    let lo = lopdf::Document::load_mem(&pdf.bytes).expect("parses");
    let outline = read_outline(&lo);
    let titles: Vec<&str> = outline.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, headings, "the outline lists the headings in order");
    // The first heading of the bilingual minutes carries both languages in one entry.
    assert!(
        titles[0].contains(' ') && titles[0].chars().any(|c| c as u32 >= 0x4E00),
        "{}",
        titles[0]
    );
    assert!(
        outline
            .iter()
            .all(|e| e.page >= 1 && e.page <= pdf.page_count)
    );

    let path = std::env::temp_dir().join(format!("concord-outline-{}.pdf", std::process::id()));
    std::fs::write(&path, &pdf.bytes).unwrap();
    for entry in &outline {
        let heading = entry.title.split(' ').next().unwrap();
        if let Some(text) = page_text(&path, entry.page) {
            assert!(
                text.contains(heading),
                "{:?} not printed on page {}:\n{text}",
                entry.title,
                entry.page
            );
        }
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn headings_nest_by_level_and_a_document_without_headings_has_no_outline() {
    let doc = Document::new("Report")
        .with_block(Block::h1("1 One"))
        .with_block(Block::h2("1.1 Sub"))
        .with_block(Block::h3("1.1.1 Subsub"))
        .with_block(Block::h2("1.2 Sub"))
        .with_block(Block::h1("2 Two"));
    let pdf = doc.render().unwrap();
    let lo = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let outline = read_outline(&lo);
    let shape: Vec<(usize, &str)> = outline
        .iter()
        .map(|e| (e.depth, e.title.as_str()))
        .collect();
    assert_eq!(
        shape,
        [
            (1, "1 One"),
            (2, "1.1 Sub"),
            (3, "1.1.1 Subsub"),
            (2, "1.2 Sub"),
            (1, "2 Two")
        ]
    );

    let plain = Document::new("Report")
        .with_block(Block::paragraph("text"))
        .render()
        .unwrap();
    let lo = lopdf::Document::load_mem(&plain.bytes).unwrap();
    let catalog = lo.catalog().unwrap();
    assert!(catalog.get(b"Outlines").is_err());
    assert!(
        catalog
            .get(b"PageMode")
            .map_or(true, |m| m.as_name().unwrap() != b"UseOutlines")
    );
}

/// A value of the XMP packet: the property it belongs to, its `xml:lang` and its text.
#[derive(Debug, PartialEq)]
struct XmpValue {
    property: String,
    lang: Option<String>,
    text: String,
}

/// The XMP packet of the file: found in the bytes, parsed as XML (which fails on anything
/// unescaped or unbalanced), its leaf values listed.
fn read_xmp(pdf: &[u8]) -> Vec<XmpValue> {
    use quick_xml::events::Event;
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("<?xpacket begin=").expect("an XMP packet");
    let end = text[start..]
        .find("<?xpacket end=\"w\"?>")
        .expect("its end")
        + start;
    let packet = &text[start..end + "<?xpacket end=\"w\"?>".len()];
    let mut reader = quick_xml::Reader::from_str(packet);
    let mut path: Vec<(String, Option<String>)> = Vec::new();
    let mut values = Vec::new();
    let mut current = String::new();
    loop {
        match reader.read_event().expect("well-formed XMP") {
            Event::Start(e) => {
                let lang = e.try_get_attribute("xml:lang").unwrap().map(|a| {
                    a.decode_and_unescape_value(reader.decoder())
                        .unwrap()
                        .into_owned()
                });
                path.push((
                    String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    lang,
                ));
                current.clear();
            }
            Event::Text(t) => current.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap();
                current.push(match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => panic!("unexpected entity {other}"),
                });
            }
            Event::End(_) => {
                let (name, lang) = path.pop().expect("balanced");
                if !current.trim().is_empty() {
                    let property = if name == "rdf:li" {
                        path.iter()
                            .rev()
                            .map(|(n, _)| n)
                            .find(|n| !n.starts_with("rdf:"))
                            .cloned()
                            .unwrap_or_default()
                    } else {
                        name
                    };
                    values.push(XmpValue {
                        property,
                        lang,
                        text: std::mem::take(&mut current),
                    });
                }
                current.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(path.is_empty());
    values
}

fn values<'a>(xmp: &'a [XmpValue], property: &str) -> Vec<(Option<&'a str>, &'a str)> {
    xmp.iter()
        .filter(|v| v.property == property)
        .map(|v| (v.lang.as_deref(), v.text.as_str()))
        .collect()
}

#[test]
fn the_xmp_packet_parses_escapes_its_texts_and_agrees_with_the_info_dictionary() {
    use chrono::TimeZone;
    let title = "Fees < 5% & \"quotes\" — 费用 <说明>";
    let mut doc = Document::new(title)
        .with_language("zh-CN")
        .with_author("李建国 Li Jianguo")
        .with_block(Block::paragraph("正文"));
    doc.metadata.other_languages = vec!["en".to_owned()];
    doc.metadata.title_translations = vec![("en".to_owned(), "Fees & charges".to_owned())];
    doc.metadata.created = Some(
        chrono::FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 9, 5, 0)
            .unwrap(),
    );
    let pdf = doc.render().unwrap();
    let xmp = read_xmp(&pdf.bytes);
    assert_eq!(
        values(&xmp, "dc:title"),
        [
            (Some("x-default"), title),
            (Some("zh-CN"), title),
            (Some("en"), "Fees & charges")
        ]
    );
    assert_eq!(values(&xmp, "dc:creator"), [(None, "李建国 Li Jianguo")]);
    assert_eq!(values(&xmp, "dc:language"), [(None, "zh-CN"), (None, "en")]);
    assert_eq!(
        values(&xmp, "xmp:CreateDate"),
        [(None, "2026-11-23T09:05:00+08:00")]
    );
    assert_eq!(
        values(&xmp, "xmp:ModifyDate"),
        [(None, "2026-11-23T09:05:00+08:00")]
    );

    let lo = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let catalog = lo.catalog().unwrap();
    // The catalogue's language stays the main one; the XMP lists both.
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"zh-CN");
    let stream = lo
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    assert_eq!(
        stream.dict.get(b"Type").unwrap().as_name().unwrap(),
        b"Metadata"
    );
    assert_eq!(
        stream.dict.get(b"Subtype").unwrap().as_name().unwrap(),
        b"XML"
    );
    assert!(stream.dict.get(b"Filter").is_err(), "uncompressed");
    let info = lo
        .get_dictionary(lo.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    let info_text = |key: &[u8]| decode(info.get(key).unwrap().as_str().unwrap());
    assert_eq!(info_text(b"Title"), title);
    assert_eq!(info_text(b"Author"), "李建国 Li Jianguo");
    assert_eq!(info_text(b"CreationDate"), "D:20261123090500+08'00'");
    assert_eq!(info_text(b"ModDate"), "D:20261123090500+08'00'");
    assert_eq!(
        values(&xmp, "pdf:Producer"),
        [(None, info_text(b"Producer").as_str())]
    );

    // Without a date given, neither the Info dictionary nor the XMP has one.
    let plain = Document::new("Minutes").render().unwrap();
    assert!(values(&read_xmp(&plain.bytes), "xmp:CreateDate").is_empty());
    let lo = lopdf::Document::load_mem(&plain.bytes).unwrap();
    let info = lo
        .get_dictionary(lo.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    assert!(info.get(b"CreationDate").is_err());
}

#[test]
fn the_bilingual_minutes_list_both_languages_and_both_titles() {
    let pdf = demo_minutes(Language::Bilingual).render().unwrap();
    let xmp = read_xmp(&pdf.bytes);
    assert_eq!(values(&xmp, "dc:language"), [(None, "zh-CN"), (None, "en")]);
    let titles = values(&xmp, "dc:title");
    assert!(
        titles
            .iter()
            .any(|(l, t)| *l == Some("zh-CN") && t.contains("全体会议")),
        "{titles:?}"
    );
    assert!(
        titles
            .iter()
            .any(|(l, t)| *l == Some("en") && t.to_lowercase().contains("plenary")),
        "{titles:?}"
    );
    assert_eq!(values(&xmp, "dc:creator").len(), 1);

    let english = demo_minutes(Language::En).render().unwrap();
    assert_eq!(
        values(&read_xmp(&english.bytes), "dc:language"),
        [(None, "en")]
    );
}

/// A structure element as read back: its type, `/Alt`, `/Lang` and MCIDs.
type Found = (String, Option<String>, Option<String>, Vec<i64>);

/// Every structure element under `obj`, depth first.
fn elements(pdf: &lopdf::Document, obj: &Object, out: &mut Vec<Found>) {
    match obj {
        Object::Array(kids) => kids.iter().for_each(|k| elements(pdf, k, out)),
        Object::Reference(id) => {
            let element = pdf.get_dictionary(*id).unwrap();
            let text = |key: &[u8]| element.get(key).ok().map(|v| decode(v.as_str().unwrap()));
            let kids = element.get(b"K").cloned().unwrap_or(Object::Null);
            let mcids = match &kids {
                Object::Integer(n) => vec![*n],
                Object::Array(a) => a.iter().filter_map(|k| k.as_i64().ok()).collect(),
                _ => Vec::new(),
            };
            out.push((
                String::from_utf8_lossy(element.get(b"S").unwrap().as_name().unwrap()).into_owned(),
                text(b"Alt"),
                text(b"Lang"),
                mcids,
            ));
            elements(pdf, &kids, out);
        }
        _ => {}
    }
}

#[test]
fn the_structure_tree_holds_figures_with_alt_text_tables_and_the_second_language() {
    use concord_charts::{Chart, Lang, samples};
    use concord_documents::{Figure, Table};
    let chart_title = Chart::Line(samples::emissions(Lang::En)).title().to_owned();
    let mut doc = Document::new("报告")
        .with_language("zh-CN")
        .with_block(Block::h1("一、排放").with_secondary("1. Emissions"))
        .with_block(Block::paragraph("正文"))
        .with_block(Block::secondary("Body text"))
        .with_block(Figure::new(
            Chart::Line(samples::emissions(Lang::En)),
            "图 1",
        ))
        .with_block(Table::new([("甲 A", 1.0), ("乙 B", 1.0)]).with_row(["1", "2"]));
    doc.metadata.other_languages = vec!["en".to_owned()];
    let pdf = doc.render().unwrap();
    let lo = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let catalog = lo.catalog().unwrap();
    let mark_info = dict(&lo, catalog.get(b"MarkInfo").unwrap());
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    let root = dict(&lo, catalog.get(b"StructTreeRoot").unwrap());
    let mut found = Vec::new();
    elements(&lo, root.get(b"K").unwrap(), &mut found);
    let roles: Vec<&str> = found.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        roles,
        [
            "Document", "H1", "H1", "Span", "P", "P", "Figure", "Table", "TR", "TH", "TH", "TR",
            "TD", "TD"
        ]
    );
    let figure = found.iter().find(|e| e.0 == "Figure").unwrap();
    assert_eq!(figure.1.as_deref(), Some(chart_title.as_str()));
    let span = found.iter().find(|e| e.0 == "Span").unwrap();
    assert_eq!(span.2.as_deref(), Some("en"), "the secondary heading line");
    assert_eq!(found[5].2.as_deref(), Some("en"), "the secondary paragraph");
    assert_eq!(found[4].2, None, "the main language is the document's");

    // Each page names its entry in the parent tree, which maps every MCID back to its element.
    let tree = dict(&lo, root.get(b"ParentTree").unwrap());
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    for (index, page) in lo.get_pages().values().enumerate() {
        let page = lo.get_dictionary(*page).unwrap();
        assert_eq!(
            page.get(b"StructParents").unwrap().as_i64().unwrap(),
            index as i64
        );
        let parents = nums[index * 2 + 1].as_array().unwrap();
        for (mcid, parent) in parents.iter().enumerate() {
            let mut one = Vec::new();
            elements(&lo, parent, &mut one);
            assert!(one[0].3.contains(&(mcid as i64)), "MCID {mcid}: {one:?}");
        }
    }
}
