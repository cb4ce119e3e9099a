//! Writing the file: glyph strings folded and streams deflated, then every object as lopdf
//! writes it, except the structure tree's and the outline's many small dictionaries, which go
//! deflated into object streams; the file then ends in a cross-reference stream (which object
//! streams need) instead of a table.
//!
//! The catalogue, the Info dictionary (whose audit head is read from the bytes as they are),
//! the pages and their streams stay plain objects.

use std::collections::BTreeSet;
use std::io::Write;

use lopdf::{Object, ObjectId, ObjectStream, StringFormat};

use crate::DocumentError;

/// Objects per object stream.
const PER_STREAM: usize = 200;
/// The object streams hold small dictionaries that deflate well.
const LEVEL: u32 = 6;

/// Where an object is found: at a byte offset (with its generation), or in an object stream
/// at an index.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Plain(u32, u16),
    Packed(u32, u16),
}

/// The bytes of `lo`, with the objects of `packed` in object streams.
pub(crate) fn save(
    lo: &mut lopdf::Document,
    packed: &BTreeSet<ObjectId>,
) -> Result<Vec<u8>, DocumentError> {
    let err = |e: &dyn std::fmt::Display| DocumentError::Pdf(e.to_string());
    let aside: Vec<(ObjectId, Object)> = packed
        .iter()
        .filter(|id| id.1 == 0)
        .filter_map(|id| match lo.objects.get(id) {
            Some(Object::Stream(_)) | None => None,
            Some(_) => lo.objects.remove(id).map(|o| (*id, o)),
        })
        .collect();
    let mut out = Vec::with_capacity(256 * 1024);
    lo.save_to(&mut out).map_err(|e| err(&e))?;
    if aside.is_empty() {
        return Ok(out);
    }
    let (xref_at, mut entries) = read_xref_table(&out)
        .ok_or_else(|| DocumentError::Pdf("no cross-reference table to replace".to_owned()))?;
    out.truncate(xref_at);
    if out.last() != Some(&b'\n') {
        out.push(b'\n');
    }

    let mut next_id = lo.max_id + 1;
    for chunk in aside.chunks(PER_STREAM) {
        let mut stream = ObjectStream::builder()
            .max_objects(PER_STREAM)
            .compression_level(LEVEL)
            .build();
        for (id, object) in chunk {
            stream
                .add_object(*id, object.clone())
                .map_err(|e| err(&e))?;
        }
        let stream = stream.to_stream_object().map_err(|e| err(&e))?;
        let int = |key: &[u8]| stream.dict.get(key).and_then(Object::as_i64).unwrap_or(0);
        let container = next_id;
        next_id += 1;
        // The stream lists its objects by number; their indices follow that order.
        let mut members: Vec<u32> = chunk.iter().map(|(id, _)| id.0).collect();
        members.sort_unstable();
        for (index, id) in members.into_iter().enumerate() {
            entries.push((id, Entry::Packed(container, index as u16)));
        }
        entries.push((container, Entry::Plain(out.len() as u32, 0)));
        let filter = if stream.dict.get(b"Filter").is_ok() {
            "/Filter/FlateDecode"
        } else {
            ""
        };
        write!(
            out,
            "{container} 0 obj\n<</Type/ObjStm/N {}/First {}{filter}/Length {}>>stream\n",
            int(b"N"),
            int(b"First"),
            stream.content.len()
        )
        .map_err(|e| err(&e))?;
        out.extend_from_slice(&stream.content);
        out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    // The cross-reference stream, itself its last entry.
    let xref_id = next_id;
    let xref_at = out.len();
    entries.push((xref_id, Entry::Plain(xref_at as u32, 0)));
    entries.sort_by_key(|(id, _)| *id);
    let mut index: Vec<(u32, u32)> = vec![(0, 1)];
    // Object 0: the head of the free list.
    let mut rows: Vec<u8> = vec![0, 0, 0, 0, 0, 0xFF, 0xFF];
    for (id, entry) in &entries {
        match index.last_mut() {
            Some((start, len)) if *start + *len == *id => *len += 1,
            _ => index.push((*id, 1)),
        }
        let (kind, field2, field3) = match *entry {
            Entry::Plain(offset, generation) => (1u8, offset, generation),
            Entry::Packed(container, at) => (2u8, container, at),
        };
        rows.push(kind);
        rows.extend_from_slice(&field2.to_be_bytes());
        rows.extend_from_slice(&field3.to_be_bytes());
    }
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(LEVEL));
    enc.write_all(&rows).map_err(|e| err(&e))?;
    let rows = enc.finish().map_err(|e| err(&e))?;

    let index = index
        .iter()
        .map(|(start, len)| format!("{start} {len}"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut trailer = String::new();
    for key in ["Root", "Info"] {
        if let Ok(Object::Reference((id, generation))) = lo.trailer.get(key.as_bytes()) {
            trailer.push_str(&format!("/{key} {id} {generation} R"));
        }
    }
    if let Ok(Object::Array(ids)) = lo.trailer.get(b"ID") {
        let hex: Vec<String> = ids
            .iter()
            .filter_map(|o| match o {
                Object::String(bytes, StringFormat::Hexadecimal | StringFormat::Literal) => {
                    Some(format!(
                        "<{}>",
                        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
                    ))
                }
                _ => None,
            })
            .collect();
        trailer.push_str(&format!("/ID[{}]", hex.join("")));
    }
    write!(
        out,
        "{xref_id} 0 obj\n<</Type/XRef/Size {}/W[1 4 2]/Index[{index}]{trailer}/Filter/FlateDecode/Length {}>>stream\n",
        xref_id + 1,
        rows.len()
    )
    .map_err(|e| err(&e))?;
    out.extend_from_slice(&rows);
    write!(out, "\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF").map_err(|e| err(&e))?;
    Ok(out)
}

/// The classic cross-reference table lopdf wrote: where it starts, and the objects in use.
fn read_xref_table(pdf: &[u8]) -> Option<(usize, Vec<(u32, Entry)>)> {
    let tail = pdf.len().saturating_sub(64);
    let key = pdf[tail..].windows(9).rposition(|w| w == b"startxref")? + tail;
    let at: usize = std::str::from_utf8(&pdf[key + 9..])
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    let text = String::from_utf8_lossy(pdf.get(at..key)?);
    let mut lines = text.lines();
    if lines.next()?.trim() != "xref" {
        return None;
    }
    let mut entries = Vec::new();
    let mut next = 0u32;
    for line in lines {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            ["trailer", ..] => break,
            [start, _count] => next = start.parse().ok()?,
            [offset, generation, kind] => {
                if *kind == "n" {
                    entries.push((
                        next,
                        Entry::Plain(offset.parse().ok()?, generation.parse().ok()?),
                    ));
                }
                next += 1;
            }
            _ => return None,
        }
    }
    Some((at, entries))
}

/// printpdf writes every glyph of a `TJ` array as its own string
/// (`[<0a1b><0c2d>]`). Adjacent hex strings in a `TJ` array show the same as
/// their concatenation, so fold them (`[<0a1b0c2d>]`): a third less content
/// to write and deflate. In our page streams `><` occurs only between two
/// hex strings (no inline images; the only dictionaries are the non-empty
/// `<</MCID n>>` of marked content, which never hold `><`).
pub(crate) fn merge_glyph_strings(lo: &mut lopdf::Document) {
    let contents: Vec<lopdf::ObjectId> = lo
        .get_pages()
        .values()
        .filter_map(|page| {
            lo.get_dictionary(*page)
                .ok()?
                .get(b"Contents")
                .ok()?
                .as_reference()
                .ok()
        })
        .collect();
    for id in contents {
        if let Ok(Object::Stream(stream)) = lo.get_object_mut(id)
            && stream.dict.get(b"Filter").is_err()
        {
            let src = &stream.content;
            let mut out = Vec::with_capacity(src.len());
            let mut i = 0;
            while i < src.len() {
                if src[i] == b'>' && src.get(i + 1) == Some(&b'<') {
                    i += 2;
                } else {
                    out.push(src[i]);
                    i += 1;
                }
            }
            stream.set_content(out);
        }
    }
}

/// Deflate every stream printpdf marked compressible. lopdf's own
/// `compress` always uses level 9, which on this content costs several times
/// the time of level 6 for well under 1 % of size.
pub(crate) fn compress_streams(lo: &mut lopdf::Document) {
    for obj in lo.objects.values_mut() {
        let Object::Stream(stream) = obj else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut enc = flate2::write::ZlibEncoder::new(
            Vec::with_capacity(stream.content.len() / 2),
            flate2::Compression::new(DEFLATE_LEVEL),
        );
        let Ok(packed) = enc.write_all(&stream.content).and_then(|()| enc.finish()) else {
            continue;
        };
        if packed.len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
    }
}

const DEFLATE_LEVEL: u32 = 3;
