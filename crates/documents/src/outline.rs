//! The PDF outline (bookmarks): one entry per heading of the flow, nested by level, each
//! pointing at the top of the heading on its page.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use crate::DocumentError;
use crate::layout::{Layout, Role};

/// A heading as the outline shows it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bookmark {
    /// 1–3.
    pub level: u8,
    /// The main text, then the secondary.
    pub title: String,
    /// 0-based page index.
    pub page: usize,
    /// The top of the heading's first line, from the top of the page.
    pub y: f32,
}

/// The headings of the flow in reading order, each with the page and height of its first line.
pub(crate) fn bookmarks(layout: &Layout) -> Vec<Bookmark> {
    let elements = layout.elements();
    let mut seen = vec![false; elements.len()];
    let mut found = Vec::new();
    for (page, p) in layout.pages().iter().enumerate() {
        for run in p.texts() {
            // The run's element or the heading it is a part of (the secondary line).
            let mut tag = run.tag;
            while let Some(id) = tag {
                let Some(element) = elements.get(id) else {
                    break;
                };
                if let (Some(title), false) = (&element.outline, seen[id]) {
                    seen[id] = true;
                    let level = match element.role {
                        Role::H1 => 1,
                        Role::H2 => 2,
                        _ => 3,
                    };
                    found.push((
                        id,
                        Bookmark {
                            level,
                            title: title.clone(),
                            page,
                            y: run.baseline - run.size,
                        },
                    ));
                }
                tag = element.parent;
            }
        }
    }
    found.sort_by_key(|(id, _)| *id);
    found.into_iter().map(|(_, b)| b).collect()
}

/// A text string as PDF wants it for any script: UTF-16BE with its byte order mark.
pub(crate) fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Literal)
}

/// Writes `/Outlines` and `/PageMode /UseOutlines` into the catalogue; nothing when the
/// document has no headings. Returns the objects it added.
pub(crate) fn write_outline(
    lo: &mut lopdf::Document,
    layout: &Layout,
    page_height: f32,
) -> Result<Vec<ObjectId>, DocumentError> {
    let marks = bookmarks(layout);
    if marks.is_empty() {
        return Ok(Vec::new());
    }
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let root = lo.new_object_id();
    let ids: Vec<ObjectId> = marks.iter().map(|_| lo.new_object_id()).collect();

    // Each entry's parent (`None`: the root), by the nearest earlier entry of a higher level.
    let mut parents: Vec<Option<usize>> = Vec::with_capacity(marks.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        while stack.last().is_some_and(|&j| marks[j].level >= m.level) {
            stack.pop();
        }
        parents.push(stack.last().copied());
        stack.push(i);
    }
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..marks.len()).filter(|&i| parents[i] == parent).collect()
    };
    // Every entry open: its count is all its descendants.
    let mut descendants = vec![0i64; marks.len()];
    for i in (0..marks.len()).rev() {
        if let Some(p) = parents[i] {
            descendants[p] += descendants[i] + 1;
        }
    }

    let link_siblings = |dict: &mut Dictionary, siblings: &[usize], at: usize| {
        if at > 0 {
            dict.set("Prev", Object::Reference(ids[siblings[at - 1]]));
        }
        if let Some(&next) = siblings.get(at + 1) {
            dict.set("Next", Object::Reference(ids[next]));
        }
    };
    let link_children = |dict: &mut Dictionary, kids: &[usize]| {
        if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
            dict.set("First", Object::Reference(ids[first]));
            dict.set("Last", Object::Reference(ids[last]));
        }
    };

    for (i, m) in marks.iter().enumerate() {
        let siblings = children(parents[i]);
        let at = siblings.iter().position(|&s| s == i).unwrap_or(0);
        let mut dict = Dictionary::new();
        dict.set("Title", text_string(&m.title));
        dict.set(
            "Parent",
            Object::Reference(parents[i].map_or(root, |p| ids[p])),
        );
        link_siblings(&mut dict, &siblings, at);
        let kids = children(Some(i));
        link_children(&mut dict, &kids);
        if !kids.is_empty() {
            dict.set("Count", Object::Integer(descendants[i]));
        }
        let page = pages
            .get(m.page)
            .copied()
            .ok_or_else(|| DocumentError::Pdf(format!("no page {} for a bookmark", m.page)))?;
        let top = (page_height - m.y + 4.0).min(page_height);
        dict.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(page),
                Object::Name(b"XYZ".to_vec()),
                Object::Integer(0),
                Object::Real(top.round()),
                Object::Null,
            ]),
        );
        lo.objects.insert(ids[i], Object::Dictionary(dict));
    }

    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    link_children(&mut outlines, &children(None));
    outlines.set("Count", Object::Integer(marks.len() as i64));
    lo.objects.insert(root, Object::Dictionary(outlines));

    let catalog = lo
        .catalog_mut()
        .map_err(|e| DocumentError::Pdf(e.to_string()))?;
    catalog.set("Outlines", Object::Reference(root));
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    let mut added = ids;
    added.push(root);
    Ok(added)
}
