//! Pass two: units → pages, keeping chains together and repeating table headers.

use super::{EPS, Item, Page, Theme, Unit};

/// Height from the top of unit `i` to the bottom of the last unit it is
/// kept with.
fn chain_height(units: &[Unit], i: usize) -> f32 {
    chain_height_by(units, i, |u| u.height)
}

/// The same with each unit that has a shorter layout in it (see [`Unit::compact`]).
fn compact_chain_height(units: &[Unit], i: usize) -> f32 {
    chain_height_by(units, i, |u| {
        u.compact.as_ref().map_or(u.height, |c| c.height)
    })
}

/// The chain's height, each unit `height` high, with the space before all but the first.
fn chain_height_by(units: &[Unit], i: usize, height: impl Fn(&Unit) -> f32) -> f32 {
    chain(units, i)
        .map(|(u, j)| height(u) + if j == i { 0.0 } else { u.space_before })
        .sum()
}

/// Unit `i` and the units it is kept with, with their indices.
fn chain(units: &[Unit], i: usize) -> impl Iterator<Item = (&Unit, usize)> {
    let mut next = Some(i);
    std::iter::from_fn(move || {
        let j = next?;
        let unit = units.get(j).filter(|u| j == i || !u.page_break)?;
        next = unit.keep_with_next.then_some(j + 1);
        Some((unit, j))
    })
}

/// Takes the shorter layouts of the units in unit `i`'s chain.
fn take_compact(units: &mut [Unit], i: usize) {
    let chained: Vec<usize> = chain(units, i).map(|(_, j)| j).collect();
    for j in chained {
        if let Some(compact) = units[j].compact.take() {
            units[j].height = compact.height;
            units[j].items = compact.items;
        }
    }
}

/// Pass two: place units on pages. Also says, per page, whether it holds nothing but
/// signature lines (and the heading kept with them).
pub(super) fn paginate(
    mut units: Vec<Unit>,
    headers: &[Unit],
    theme: &Theme,
) -> (Vec<Page>, Vec<bool>) {
    let (body_top, body_bottom, body_height) = (theme.top, theme.bottom, theme.height());
    // A unit is part of the signatures when it is a signature row or is kept with one.
    let mut signing = vec![false; units.len()];
    for i in (0..units.len()).rev() {
        signing[i] = units[i].signature
            || (units[i].keep_with_next && signing.get(i + 1).copied().unwrap_or(false));
    }
    // Signatures share their page with the text they sign (GB/T 9704 asks the seal and the
    // body to stand on one page): the last line or row before them goes with them, and the
    // paragraph's own rule brings the line before it. "（此页无正文）" is left for a page
    // that a break or a tall block leaves with signatures alone.
    for i in 1..units.len() {
        if signing[i] && !signing[i - 1] && !units[i - 1].page_break {
            units[i - 1].keep_with_next = true;
        }
    }
    let mut pages = Vec::new();
    let mut only_signatures = Vec::new();
    let mut page_only = true;
    let mut page = Page::default();
    let mut y = body_top;
    let mut empty = true;

    for i in 0..units.len() {
        if units[i].page_break {
            if !empty {
                pages.push(std::mem::take(&mut page));
                only_signatures.push(std::mem::replace(&mut page_only, true));
                y = body_top;
                empty = true;
            }
            continue;
        }
        let space = if empty { 0.0 } else { units[i].space_before };
        // What must fit below the cursor: the unit and everything it keeps
        // with, when that chain fits on a page at all; else the unit and the
        // next one; else the unit alone.
        let chain = chain_height(&units, i);
        let own = units[i].height;
        let with_next = units
            .get(i + 1)
            .filter(|n| units[i].keep_with_next && !n.page_break)
            .map_or(own, |n| own + n.space_before + n.height);
        let need = if chain <= body_height {
            chain
        } else if with_next <= body_height {
            with_next
        } else {
            own
        };
        let mut top = y + space;
        // A chart drawn less high keeps its chain on this page rather than leave it half
        // empty (a target's heading, its status and its chart, two to a page).
        let mut need = need;
        if !empty
            && top + need > body_bottom + EPS
            && chain <= body_height
            && top + compact_chain_height(&units, i) <= body_bottom + EPS
        {
            take_compact(&mut units, i);
            need = chain_height(&units, i);
        }
        if !empty && top + need > body_bottom + EPS {
            pages.push(std::mem::take(&mut page));
            only_signatures.push(std::mem::replace(&mut page_only, true));
            y = body_top;
            top = y;
            // Continue a table under a repeated copy of its header row.
            if let (Some(t), false) = (units[i].table, units[i].is_header)
                && let Some(h) = headers.get(t)
            {
                // The repeated copy is an artifact: the structure tree holds the header once.
                let mut copy = h.items.clone();
                for item in &mut copy {
                    if let Item::Text(t) = item {
                        t.tag = None;
                    }
                }
                place(&mut page, copy, y);
                y += h.height;
                top = y;
            }
        }
        page_only &= signing[i];
        let unit = &mut units[i];
        place(&mut page, std::mem::take(&mut unit.items), top);
        y = top + unit.height;
        empty = false;
    }
    if !page.items.is_empty() || pages.is_empty() {
        pages.push(page);
        only_signatures.push(page_only && !empty);
    }
    (pages, only_signatures)
}

fn place(page: &mut Page, items: Vec<Item>, top: f32) {
    page.items.extend(items.into_iter().map(|mut it| {
        it.shift(top);
        it
    }));
}
