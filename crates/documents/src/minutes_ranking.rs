//! The ranking of the deficits held in a meeting, in its minutes: the method and who took part,
//! the ranked list with ties shown, and each sector's first choice, so the record shows whether
//! industry and civil society want the same things.

use concord_i18n::FluentValue;

use crate::minutes::{Language, MinutesInput};
use crate::voice::Voice;
use crate::{Block, Document, Table};

/// A closed ranking of the meeting, counted by the caller.
#[derive(Debug, Clone, PartialEq)]
pub struct MinutesRanking {
    /// Dots each participant had; `None` for a ranking counted by Borda.
    pub dots_each: Option<u32>,
    pub voters: usize,
    /// In rank order.
    pub items: Vec<RankedLine>,
    /// Per sector that took part: its Fluent label id (`sector-industry`), voters and the codes
    /// it put first (more than one when tied).
    pub by_sector: Vec<(String, usize, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankedLine {
    pub rank: usize,
    pub tied: bool,
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub points: u32,
}

pub(crate) fn ranking(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    let Some(ranking) = input.ranking else {
        return;
    };
    crate::minutes_sections::section(doc, voice, "minutes-ranking");
    let (id, dots) = match ranking.dots_each {
        Some(dots) => ("minutes-ranking-dots", dots),
        None => ("minutes-ranking-borda", 0),
    };
    let lead = voice.fmt_each(id, |_| {
        vec![
            ("voters", FluentValue::from(ranking.voters)),
            ("candidates", FluentValue::from(ranking.items.len())),
            ("dots", FluentValue::from(dots)),
        ]
    });
    doc.push(Block::paragraph(lead));
    if ranking.items.is_empty() {
        return;
    }
    let mut table = Table::new([
        (voice.label_cell("minutes-ranking-col-rank"), 0.1),
        (voice.label_cell("minutes-ranking-col-deficit"), 0.72),
        (voice.label_cell("minutes-ranking-col-points"), 0.18),
    ]);
    for item in &ranking.items {
        let rank = voice.rank_cell(item.rank, item.tied);
        let name = voice.cell(&item.name_zh, &item.name_en);
        table.push_row([
            rank,
            format!("{} {name}", item.code),
            item.points.to_string(),
        ]);
    }
    doc.push(Block::Table(table));
    if ranking.by_sector.len() < 2 {
        return;
    }
    doc.push(Block::paragraph(
        voice.label_lines("minutes-ranking-by-sector"),
    ));
    let mut table = Table::new([
        (voice.label_cell("minutes-ranking-col-sector"), 0.45),
        (voice.label_cell("minutes-ranking-col-voters"), 0.2),
        (voice.label_cell("minutes-ranking-col-first"), 0.35),
    ]);
    let separator = match voice.language {
        Language::En => ", ",
        Language::ZhCn | Language::Bilingual => "、",
    };
    for (label, voters, first) in &ranking.by_sector {
        table.push_row([
            voice.label_cell(label),
            voters.to_string(),
            first.join(separator),
        ]);
    }
    doc.push(Block::Table(table));
}
