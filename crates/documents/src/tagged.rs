//! The tagged PDF: marked content in the page streams and the structure tree over it.
//!
//! While a page's operations are written, every stretch of content of one structure element
//! (a paragraph's lines on that page, a table cell, a chart's paths) becomes a marked-content
//! sequence `/P <</MCID n>> BDC … EMC`, and everything else (running header and footer, rules,
//! fills, ink, a repeated table header) an `/Artifact BMC … EMC`. The finishing step then
//! writes the structure tree: `/StructTreeRoot` → `/Document` → the elements in reading order,
//! each with its marked content, `/StructParents` on every page, the parent tree, and
//! `/MarkInfo << /Marked true >>`.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{DictItem, Op};

use crate::DocumentError;
use crate::layout::{Element, Layout, Role};
use crate::outline::text_string;

/// One marked-content sequence: where its content starts in the page's items (reading
/// order), its MCID and its element.
type Seq = (usize, i64, usize);

/// The marked-content sequences written so far, page by page.
#[derive(Debug)]
pub(crate) struct Tagger<'a> {
    elements: &'a [Element],
    pages: Vec<Vec<Seq>>,
}

impl<'a> Tagger<'a> {
    pub(crate) fn new(layout: &'a Layout) -> Self {
        Tagger {
            elements: layout.elements(),
            pages: Vec::with_capacity(layout.page_count()),
        }
    }

    /// Starts the marks of the next page.
    pub(crate) fn page(&mut self) -> PageMarks<'_> {
        self.pages.push(Vec::new());
        let last = self.pages.len() - 1;
        PageMarks {
            elements: self.elements,
            seqs: &mut self.pages[last],
            open: None,
        }
    }
}

/// The marks of the page being written.
pub(crate) struct PageMarks<'t> {
    elements: &'t [Element],
    seqs: &'t mut Vec<Seq>,
    /// The sequence open now: `Some(None)` an artifact, `Some(Some(e))` element `e`.
    open: Option<Option<usize>>,
}

impl PageMarks<'_> {
    /// Content of element `tag` (or an artifact) follows, starting at item `key`: continues
    /// the open sequence when it is the same, else closes it and opens the next.
    pub(crate) fn switch(&mut self, tag: Option<usize>, key: usize, ops: &mut Vec<Op>) {
        let tag = tag.filter(|&e| e < self.elements.len());
        if self.open == Some(tag) {
            return;
        }
        self.close(ops);
        match tag {
            Some(e) => {
                let mcid = self.seqs.len() as i64;
                self.seqs.push((key, mcid, e));
                ops.push(Op::BeginMarkedContentWithProperties {
                    tag: self.elements[e].role.name().to_owned(),
                    properties: DictItem::Dict {
                        map: BTreeMap::from([("MCID".to_owned(), DictItem::Int(mcid))]),
                    },
                });
            }
            None => ops.push(Op::BeginMarkedContent {
                tag: "Artifact".to_owned(),
            }),
        }
        self.open = Some(tag);
    }

    /// Ends the open sequence, if any.
    pub(crate) fn close(&mut self, ops: &mut Vec<Op>) {
        if self.open.take().is_some() {
            ops.push(Op::EndMarkedContent);
        }
    }
}

/// A child of a structure element.
#[derive(Debug, Clone, Copy)]
enum Kid {
    /// Marked content: page index and MCID.
    Content(usize, i64),
    /// Another element.
    Element(usize),
}

/// Writes the structure tree of the marks `tagger` recorded, and marks the file as tagged.
/// Returns the objects it added.
pub(crate) fn write_structure(
    lo: &mut lopdf::Document,
    tagger: &Tagger<'_>,
) -> Result<Vec<ObjectId>, DocumentError> {
    let pdf_err = |e: lopdf::Error| DocumentError::Pdf(e.to_string());
    let elements = tagger.elements;
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let root = lo.new_object_id();
    let document = lo.new_object_id();

    // Elements enter the tree when their first content does, parents before children, so
    // the tree follows reading order and holds no empty element.
    let mut ids: Vec<Option<ObjectId>> = vec![None; elements.len()];
    let mut kids: Vec<Vec<Kid>> = vec![Vec::new(); elements.len()];
    let mut first_page: Vec<Option<usize>> = vec![None; elements.len()];
    let mut top: Vec<usize> = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    let mut parent_tree: Vec<Object> = Vec::with_capacity(tagger.pages.len() * 2);
    for (page, seqs) in tagger.pages.iter().enumerate() {
        let mut seqs = seqs.clone();
        seqs.sort_by_key(|s| s.0);
        let mut by_mcid = vec![Object::Null; seqs.len()];
        for &(_, mcid, e) in &seqs {
            register(e, elements, lo, &mut ids, &mut kids, &mut top, &mut order);
            kids[e].push(Kid::Content(page, mcid));
            first_page[e].get_or_insert(page);
            if let (Some(slot), Some(id)) = (by_mcid.get_mut(mcid as usize), ids[e]) {
                *slot = Object::Reference(id);
            }
        }
        parent_tree.push(Object::Integer(page as i64));
        parent_tree.push(Object::Array(by_mcid));
    }

    for &e in &order {
        let element = &elements[e];
        let Some(id) = ids[e] else { continue };
        let mut dict = Dictionary::new();
        dict.set("S", Object::Name(element.role.name().as_bytes().to_vec()));
        let parent = element.parent.and_then(|p| ids[p]).unwrap_or(document);
        dict.set("P", Object::Reference(parent));
        let own_page = first_page[e];
        if let Some(page) = own_page.and_then(|p| pages.get(p)) {
            dict.set("Pg", Object::Reference(*page));
        }
        let k: Vec<Object> = kids[e]
            .iter()
            .map(|kid| match *kid {
                Kid::Element(child) => ids[child].map_or(Object::Null, Object::Reference),
                Kid::Content(page, mcid) if Some(page) == own_page => Object::Integer(mcid),
                Kid::Content(page, mcid) => {
                    let mut mcr = Dictionary::new();
                    mcr.set("Type", Object::Name(b"MCR".to_vec()));
                    if let Some(p) = pages.get(page) {
                        mcr.set("Pg", Object::Reference(*p));
                    }
                    mcr.set("MCID", Object::Integer(mcid));
                    Object::Dictionary(mcr)
                }
            })
            .collect();
        dict.set("K", one_or_array(k));
        if let Some(lang) = &element.lang {
            dict.set(
                "Lang",
                Object::String(lang.as_bytes().to_vec(), StringFormat::Literal),
            );
        }
        if let Some(alt) = element.alt.as_deref().filter(|a| !a.trim().is_empty()) {
            dict.set("Alt", text_string(alt));
        }
        if element.role == Role::TH {
            let mut attributes = Dictionary::new();
            attributes.set("O", Object::Name(b"Table".to_vec()));
            attributes.set("Scope", Object::Name(b"Column".to_vec()));
            dict.set("A", Object::Dictionary(attributes));
        }
        lo.objects.insert(id, Object::Dictionary(dict));
    }

    let mut doc = Dictionary::new();
    doc.set("S", Object::Name(b"Document".to_vec()));
    doc.set("P", Object::Reference(root));
    doc.set(
        "K",
        Object::Array(
            top.iter()
                .filter_map(|&e| ids[e].map(Object::Reference))
                .collect(),
        ),
    );
    lo.objects.insert(document, Object::Dictionary(doc));

    let tree = lo.add_object(Dictionary::from_iter(vec![(
        "Nums",
        Object::Array(parent_tree),
    )]));
    let mut struct_root = Dictionary::new();
    struct_root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    struct_root.set("K", Object::Reference(document));
    struct_root.set("ParentTree", Object::Reference(tree));
    struct_root.set(
        "ParentTreeNextKey",
        Object::Integer(tagger.pages.len() as i64),
    );
    lo.objects.insert(root, Object::Dictionary(struct_root));

    for (index, page) in pages.iter().enumerate().take(tagger.pages.len()) {
        lo.get_object_mut(*page)
            .and_then(Object::as_dict_mut)
            .map_err(pdf_err)?
            .set("StructParents", Object::Integer(index as i64));
    }
    let catalog = lo.catalog_mut().map_err(pdf_err)?;
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter(vec![("Marked", Object::Boolean(true))]),
    );
    catalog.set("StructTreeRoot", Object::Reference(root));
    let mut added: Vec<ObjectId> = ids.into_iter().flatten().collect();
    added.extend([root, document, tree]);
    Ok(added)
}

/// Gives element `e` (and, first, its ancestors) an object and a place in its parent.
fn register(
    e: usize,
    elements: &[Element],
    lo: &mut lopdf::Document,
    ids: &mut [Option<ObjectId>],
    kids: &mut [Vec<Kid>],
    top: &mut Vec<usize>,
    order: &mut Vec<usize>,
) {
    if ids[e].is_some() {
        return;
    }
    ids[e] = Some(lo.new_object_id());
    order.push(e);
    match elements[e].parent.filter(|&p| p < elements.len() && p != e) {
        Some(p) => {
            register(p, elements, lo, ids, kids, top, order);
            kids[p].push(Kid::Element(e));
        }
        None => top.push(e),
    }
}

/// `/K` as one object when there is one kid, else an array.
fn one_or_array(mut k: Vec<Object>) -> Object {
    if k.len() == 1 {
        k.remove(0)
    } else {
        Object::Array(k)
    }
}
