//! What an incremental update changed, apart from adding a signature.
//!
//! Adding a signature needs: a signature dictionary, a signature field with its widget (and the
//! widget's appearance, when it has one), the field in the form's `/Fields`, the widget in its
//! page's `/Annots`, `/SigFlags`, and the catalog's `/AcroForm` and `/Extensions`. Anything else
//! that differs (a page's content, a new annotation of another kind, a font, the catalog's
//! outline) is a change to what the earlier signers signed.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Document, Object, ObjectId};

/// Which part of the document a changed object is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjectRole {
    Catalog,
    /// The interactive form (`/AcroForm`).
    Form,
    /// The page with this number (from 1).
    Page(usize),
    /// A content stream of the page with this number.
    PageContent(usize),
    /// Any other object, by its `/Type` and `/Subtype` (or "stream", "dictionary", …).
    Other(String),
}

/// One thing a revision changed besides adding a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentChange {
    /// The revision, or the one before it, cannot be read as a PDF.
    Unreadable(String),
    /// The trailer points at another catalog.
    CatalogReplaced,
    /// Pages were added, removed or reordered.
    PagesChanged { before: usize, after: usize },
    /// An object that existed was changed; `keys` are the dictionary keys that differ
    /// (`stream` for a stream's bytes).
    Changed {
        object: u32,
        role: ObjectRole,
        keys: Vec<String>,
    },
    /// A new object that is not part of a signature.
    Added { object: u32, kind: String },
    /// An object that was there is gone.
    Removed { object: u32, kind: String },
}

/// Keys of the catalog a signature may add or change.
const CATALOG_KEYS: &[&[u8]] = &[b"AcroForm", b"Extensions"];
/// Keys of the form a signature may add or change (`/Fields` only by adding signature fields).
const FORM_KEYS: &[&[u8]] = &[b"Fields", b"SigFlags", b"DR", b"DA"];
/// Keys an empty signature field gets when it is signed.
const FILLED_FIELD_KEYS: &[&[u8]] = &[b"V", b"AP"];

/// Everything `after` changed relative to `before`, apart from adding signatures.
pub(crate) fn content_changes(before: &Document, after: &Document) -> Vec<ContentChange> {
    let mut changes = Vec::new();
    let (root_before, root_after) = (root(before), root(after));
    if root_before != root_after {
        changes.push(ContentChange::CatalogReplaced);
    }
    let pages_before: Vec<ObjectId> = before.get_pages().into_values().collect();
    let pages_after: Vec<ObjectId> = after.get_pages().into_values().collect();
    if pages_before != pages_after {
        changes.push(ContentChange::PagesChanged {
            before: pages_before.len(),
            after: pages_after.len(),
        });
    }
    let signature_parts = signature_parts(before, after);
    // Objects checked key by key below, so the object-by-object pass leaves them alone.
    let mut checked = BTreeSet::new();

    let catalog_before = dictionary_at(before, root_before);
    let catalog_after = dictionary_at(after, root_after);
    checked.extend(root_after);
    let keys = differing_keys(catalog_before, catalog_after, CATALOG_KEYS);
    if !keys.is_empty() {
        changes.push(changed(root_after, ObjectRole::Catalog, keys));
    }

    let (form_before, _) =
        resolve_dictionary(before, catalog_before.and_then(|c| c.get(b"AcroForm").ok()));
    let (form_after, form_id) =
        resolve_dictionary(after, catalog_after.and_then(|c| c.get(b"AcroForm").ok()));
    checked.extend(form_id);
    let mut keys = differing_keys(form_before, form_after, FORM_KEYS);
    let fields = list_at(before, form_before, b"Fields");
    let (new_fields, fields_id) = list_with_id(after, form_after, b"Fields");
    checked.extend(fields_id);
    if !grows_by(&fields, &new_fields, &signature_parts) {
        keys.push("Fields".to_owned());
    }
    if !keys.is_empty() {
        changes.push(changed(form_id, ObjectRole::Form, keys));
    }

    for (number, page_id) in pages_after.iter().enumerate() {
        checked.insert(*page_id);
        let page_before = before.get_dictionary(*page_id).ok();
        let page_after = after.get_dictionary(*page_id).ok();
        let mut keys = differing_keys(page_before, page_after, &[b"Annots"]);
        let annotations = list_at(before, page_before, b"Annots");
        let (new_annotations, annotations_id) = list_with_id(after, page_after, b"Annots");
        checked.extend(annotations_id);
        if !grows_by(&annotations, &new_annotations, &signature_parts) {
            keys.push("Annots".to_owned());
        }
        if !keys.is_empty() {
            changes.push(changed(Some(*page_id), ObjectRole::Page(number + 1), keys));
        }
    }

    let content_pages = content_streams(before);
    let in_use = reachable(after);
    for (id, object) in &after.objects {
        if checked.contains(id) || signature_parts.contains(id) || is_structural(object) {
            continue;
        }
        match before.objects.get(id) {
            // Nothing refers to it, so nothing shows it (some writers leave drafts behind).
            None if !in_use.contains(id) => {}
            None => changes.push(ContentChange::Added {
                object: id.0,
                kind: kind(object),
            }),
            Some(old) if same_object(old, object) => {}
            Some(old) if is_filled_signature_field(old, object, &signature_parts) => {}
            Some(old) => {
                let role = content_pages.get(id).map_or_else(
                    || ObjectRole::Other(kind(old)),
                    |&page| ObjectRole::PageContent(page),
                );
                changes.push(changed(Some(*id), role, object_keys(old, object)));
            }
        }
    }
    for (id, object) in &before.objects {
        if !after.objects.contains_key(id) && !is_structural(object) {
            changes.push(ContentChange::Removed {
                object: id.0,
                kind: kind(object),
            });
        }
    }
    changes
}

fn changed(id: Option<ObjectId>, role: ObjectRole, keys: Vec<String>) -> ContentChange {
    ContentChange::Changed {
        object: id.map_or(0, |id| id.0),
        role,
        keys,
    }
}

fn root(doc: &Document) -> Option<ObjectId> {
    doc.trailer.get(b"Root").and_then(Object::as_reference).ok()
}

fn dictionary_at(doc: &Document, id: Option<ObjectId>) -> Option<&Dictionary> {
    id.and_then(|id| doc.get_dictionary(id).ok())
}

/// A dictionary given inline or by reference, with its object id when it has one.
fn resolve_dictionary<'a>(
    doc: &'a Document,
    value: Option<&'a Object>,
) -> (Option<&'a Dictionary>, Option<ObjectId>) {
    match value {
        Some(Object::Dictionary(dict)) => (Some(dict), None),
        Some(Object::Reference(id)) => (doc.get_dictionary(*id).ok(), Some(*id)),
        _ => (None, None),
    }
}

fn list_at(doc: &Document, dict: Option<&Dictionary>, key: &[u8]) -> Vec<Object> {
    list_with_id(doc, dict, key).0
}

/// The items of an array given inline or by reference, with the array's id when it has one.
fn list_with_id(
    doc: &Document,
    dict: Option<&Dictionary>,
    key: &[u8],
) -> (Vec<Object>, Option<ObjectId>) {
    match dict.and_then(|d| d.get(key).ok()) {
        Some(Object::Array(items)) => (items.clone(), None),
        Some(Object::Reference(id)) => (
            doc.get_object(*id)
                .and_then(Object::as_array)
                .cloned()
                .unwrap_or_default(),
            Some(*id),
        ),
        _ => (Vec::new(), None),
    }
}

/// `after` keeps every item of `before` and adds only references to signature fields.
fn grows_by(before: &[Object], after: &[Object], signature_parts: &BTreeSet<ObjectId>) -> bool {
    before.iter().all(|item| after.contains(item))
        && after
            .iter()
            .filter(|item| !before.contains(item))
            .all(|item| {
                item.as_reference()
                    .is_ok_and(|id| signature_parts.contains(&id))
            })
}

/// The keys whose values differ between two dictionaries, except `allowed`.
fn differing_keys(
    before: Option<&Dictionary>,
    after: Option<&Dictionary>,
    allowed: &[&[u8]],
) -> Vec<String> {
    let empty = Dictionary::new();
    let (before, after) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
    let keys: BTreeSet<&Vec<u8>> = before.iter().chain(after.iter()).map(|(k, _)| k).collect();
    keys.into_iter()
        .filter(|key| !allowed.contains(&key.as_slice()))
        .filter(|key| before.get(key).ok() != after.get(key).ok())
        .map(|key| String::from_utf8_lossy(key).into_owned())
        .collect()
}

fn object_keys(before: &Object, after: &Object) -> Vec<String> {
    match (before, after) {
        (Object::Dictionary(a), Object::Dictionary(b)) => differing_keys(Some(a), Some(b), &[]),
        (Object::Stream(a), Object::Stream(b)) => {
            let mut keys = differing_keys(Some(&a.dict), Some(&b.dict), &[]);
            if a.content != b.content {
                keys.push("stream".to_owned());
            }
            keys
        }
        _ => vec!["value".to_owned()],
    }
}

/// Equal as PDF objects: a stream's position in the file does not matter.
fn same_object(a: &Object, b: &Object) -> bool {
    match (a, b) {
        (Object::Stream(a), Object::Stream(b)) => a.dict == b.dict && a.content == b.content,
        _ => a == b,
    }
}

/// Cross-reference and object streams only carry other objects, which are compared themselves.
fn is_structural(object: &Object) -> bool {
    let dict = match object {
        Object::Stream(stream) => &stream.dict,
        _ => return false,
    };
    matches!(
        dict.get(b"Type").and_then(Object::as_name),
        Ok(b"XRef" | b"ObjStm")
    )
}

/// `Annot/FreeText`, `Font/Type1`, `Page`, or what the object is.
fn kind(object: &Object) -> String {
    let dict = match object {
        Object::Dictionary(dict) => dict,
        Object::Stream(stream) => &stream.dict,
        Object::Array(_) => return "array".to_owned(),
        _ => return "value".to_owned(),
    };
    let name = |key: &[u8]| {
        dict.get(key)
            .and_then(Object::as_name)
            .ok()
            .map(|n| String::from_utf8_lossy(n).into_owned())
    };
    let parts: Vec<String> = [name(b"Type"), name(b"Subtype")]
        .into_iter()
        .flatten()
        .collect();
    match (parts.is_empty(), object) {
        (false, _) => parts.join("/"),
        (true, Object::Stream(_)) => "stream".to_owned(),
        (true, _) => "dictionary".to_owned(),
    }
}

/// New objects that only add a signature: signature dictionaries, signature fields and widgets,
/// and the new objects their appearances use.
fn signature_parts(before: &Document, after: &Document) -> BTreeSet<ObjectId> {
    let is_new = |id: &ObjectId| !before.objects.contains_key(id);
    let dict_of = |id: &ObjectId| after.get_dictionary(*id).ok();
    let name_is = |dict: &Dictionary, key: &[u8], value: &[u8]| {
        dict.get(key)
            .and_then(Object::as_name)
            .is_ok_and(|n| n == value)
    };
    let signatures: BTreeSet<ObjectId> = after
        .objects
        .keys()
        .filter(|id| is_new(id))
        .filter(|id| {
            dict_of(id).is_some_and(|d| {
                name_is(d, b"Type", b"Sig") || name_is(d, b"Type", b"DocTimeStamp")
            })
        })
        .copied()
        .collect();
    let is_signature_field = |dict: &Dictionary| {
        let field = name_is(dict, b"FT", b"Sig")
            || dict
                .get(b"Parent")
                .and_then(Object::as_reference)
                .ok()
                .and_then(|parent| after.get_dictionary(parent).ok())
                .is_some_and(|parent| name_is(parent, b"FT", b"Sig"));
        let value_ok = match dict.get(b"V") {
            Ok(Object::Reference(id)) => signatures.contains(id),
            Ok(_) => false,
            Err(_) => true,
        };
        field && value_ok
    };
    let fields: Vec<ObjectId> = after
        .objects
        .keys()
        .filter(|id| is_new(id) && dict_of(id).is_some_and(is_signature_field))
        .copied()
        .collect();
    let mut parts: BTreeSet<ObjectId> = signatures
        .union(&fields.iter().copied().collect())
        .copied()
        .collect();
    for field in &fields {
        if let Some(appearance) = dict_of(field).and_then(|d| d.get(b"AP").ok()) {
            collect_new(after, appearance, &is_new, &mut parts);
        }
    }
    parts
}

/// Every object the trailer leads to.
fn reachable(doc: &Document) -> BTreeSet<ObjectId> {
    let mut found = BTreeSet::new();
    let trailer = Object::Dictionary(doc.trailer.clone());
    collect_new(doc, &trailer, &|_| true, &mut found);
    found
}

/// Adds every new object reachable from `object` (through new objects only) to `found`.
fn collect_new(
    doc: &Document,
    object: &Object,
    is_new: &dyn Fn(&ObjectId) -> bool,
    found: &mut BTreeSet<ObjectId>,
) {
    let mut pending = vec![object];
    while let Some(object) = pending.pop() {
        match object {
            Object::Reference(id) if is_new(id) && found.insert(*id) => {
                if let Ok(target) = doc.get_object(*id) {
                    pending.push(target);
                }
            }
            Object::Array(items) => pending.extend(items),
            Object::Dictionary(dict) => pending.extend(dict.iter().map(|(_, v)| v)),
            Object::Stream(stream) => pending.extend(stream.dict.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

/// An empty signature field of the earlier revision that now holds a new signature.
fn is_filled_signature_field(
    before: &Object,
    after: &Object,
    signature_parts: &BTreeSet<ObjectId>,
) -> bool {
    let (Object::Dictionary(before), Object::Dictionary(after)) = (before, after) else {
        return false;
    };
    let was_empty_field = before
        .get(b"FT")
        .and_then(Object::as_name)
        .is_ok_and(|n| n == b"Sig")
        && !before.has(b"V");
    let holds_new_signature = after
        .get(b"V")
        .and_then(Object::as_reference)
        .is_ok_and(|id| signature_parts.contains(&id));
    was_empty_field
        && holds_new_signature
        && differing_keys(Some(before), Some(after), FILLED_FIELD_KEYS).is_empty()
}

/// The content streams of each page, by the page's number (from 1).
fn content_streams(doc: &Document) -> BTreeMap<ObjectId, usize> {
    let mut streams = BTreeMap::new();
    for (number, page_id) in doc.get_pages() {
        let contents = doc
            .get_dictionary(page_id)
            .ok()
            .and_then(|page| page.get(b"Contents").ok());
        let ids: Vec<ObjectId> = match contents {
            Some(Object::Reference(id)) => match doc.get_object(*id) {
                Ok(Object::Array(items)) => {
                    items.iter().filter_map(|i| i.as_reference().ok()).collect()
                }
                _ => vec![*id],
            },
            Some(Object::Array(items)) => {
                items.iter().filter_map(|i| i.as_reference().ok()).collect()
            }
            _ => Vec::new(),
        };
        for id in ids {
            streams.entry(id).or_insert(number as usize);
        }
    }
    streams
}
