//! The PDF's structure read back from the bytes: the outline (bookmarks) of every heading,
//! pointing at the page that prints it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use concord_documents::minutes::{Language, MinutesInput, minutes_document};
use concord_documents::{Block, Document};
use concord_store::{Store, demo};
use lopdf::{Dictionary, Object, ObjectId};

fn demo_minutes(language: Language) -> Document {
    let mut store = Store::open_in_memory().expect("store");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    let dialogue = store.require_dialogue().unwrap();
    let id = store.latest_meeting_id().unwrap();
    let record = store.meeting(id).unwrap();
    let people = store.stakeholders().unwrap();
    let questions = store.questions(id).unwrap();
    let input = MinutesInput::new(
        &dialogue,
        &record.meeting,
        &record.agenda,
        &record.attendance,
        &people,
    )
    .with_records(&record.decisions, &record.action_items, &record.addenda)
    .with_questions(&questions);
    minutes_document(&input, language)
}

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
