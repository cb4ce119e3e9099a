//! `concord scorecard show`: the latest workshop's scores per essential, and with `--compare`
//! the workshop before it beside them.

use std::collections::BTreeMap;

use concord_deficits::Scorecard;
use concord_i18n::{FluentValue, I18n};
use concord_store::{Store, StoreError};
use serde::Serialize;

use crate::deficits::json;
use crate::error::CliError;

#[derive(Serialize)]
struct ScoredQuestion<'a> {
    code: &'a str,
    title_en: &'a str,
    title_zh: &'a str,
    score: Option<u8>,
}

#[derive(Serialize)]
struct ScoredEssential<'a> {
    number: u8,
    name_en: &'a str,
    name_zh: &'a str,
    score: u32,
    max: u32,
    questions: Vec<ScoredQuestion<'a>>,
}

/// The latest scored workshop against the one before it, as the report compares them.
#[derive(Serialize)]
struct Compared {
    earlier: serde_json::Value,
    later: serde_json::Value,
    essentials: Vec<serde_json::Value>,
    earlier_total: u32,
    later_total: u32,
    change: i64,
}

fn compared(store: &Store) -> Result<Option<Compared>, CliError> {
    // A database with no dialogue yet has no workshop to compare either.
    if store.dialogue()?.is_none() {
        return Ok(None);
    }
    let summary = concord_usecases::deficits::summary(store)?;
    let Some(s) = summary.scorecard else {
        return Ok(None);
    };
    let Some((earlier, before)) = &s.earlier else {
        return Ok(None);
    };
    let workshop = |w: &concord_store::indicators::Workshop| serde_json::json!({ "id": w.id, "held_on": w.held_on, "title": w.title });
    let essentials = s
        .card
        .essentials
        .iter()
        .zip(before.essentials.iter().zip(&s.totals.essentials))
        .map(|(e, (a, b))| {
            serde_json::json!({
                "number": e.number, "name_en": e.name_en, "name_zh": e.name_zh,
                "earlier": a.score, "later": b.score, "max": b.max,
                "change": i64::from(b.score) - i64::from(a.score),
            })
        })
        .collect();
    Ok(Some(Compared {
        earlier: workshop(earlier),
        later: workshop(&s.workshop),
        essentials,
        earlier_total: before.score,
        later_total: s.totals.score,
        change: i64::from(s.totals.score) - i64::from(before.score),
    }))
}

fn signed(change: i64) -> String {
    if change > 0 {
        format!("+{change}")
    } else {
        change.to_string()
    }
}

/// The preliminary scorecard with the latest workshop's scores; with `compare`, the scored
/// workshop before the latest beside it.
pub fn scorecard_show(
    store: &Store,
    as_json: bool,
    compare: bool,
    i18n: &I18n,
) -> Result<String, CliError> {
    let comparison = if compare { compared(store)? } else { None };
    let card = Scorecard::preliminary()
        .map_err(|e| CliError::Store(StoreError::Corrupt(e.to_string())))?;
    let workshop = store.workshops()?.into_iter().last();
    let scores: BTreeMap<String, u8> = match &workshop {
        Some(w) => store
            .scores(w.id)?
            .into_iter()
            .map(|s| (s.code, s.score))
            .collect(),
        None => BTreeMap::new(),
    };
    let totals = card.totals(&scores);
    let essentials: Vec<ScoredEssential> = card
        .essentials
        .iter()
        .zip(&totals.essentials)
        .map(|(e, t)| ScoredEssential {
            number: e.number,
            name_en: &e.name_en,
            name_zh: &e.name_zh,
            score: t.score,
            max: t.max,
            questions: e
                .questions
                .iter()
                .map(|q| ScoredQuestion {
                    code: &q.code,
                    title_en: &q.title_en,
                    title_zh: &q.title_zh,
                    score: scores.get(&q.code).copied(),
                })
                .collect(),
        })
        .collect();
    if as_json {
        return json(&serde_json::json!({
            "level": card.level,
            "version": card.version,
            "workshop": workshop.as_ref().map(|w| serde_json::json!({
                "id": w.id, "held_on": w.held_on, "title": w.title, "meeting_id": w.meeting_id,
            })),
            "scale": card.scale,
            "essentials": essentials,
            "total": totals.score,
            "max": card.max_total(),
            "percent": totals.percent,
            "compare": comparison,
        }));
    }
    let chinese = i18n.locale().is_chinese();
    let mut out = vec![i18n.fmt(
        "scorecard-show-heading",
        &[
            ("score", FluentValue::from(totals.score)),
            ("max", FluentValue::from(card.max_total())),
        ],
    )];
    for e in &essentials {
        out.push(format!(
            "{:>2}. {}  {}/{}",
            e.number,
            if chinese { e.name_zh } else { e.name_en },
            e.score,
            e.max
        ));
    }
    if compare {
        match &comparison {
            None => out.push(i18n.msg("scorecard-show-no-earlier")),
            Some(c) => {
                out.push(String::new());
                out.push(i18n.fmt(
                    "scorecard-show-compared",
                    &[
                        (
                            "earlier",
                            FluentValue::from(
                                c.earlier["held_on"].as_str().unwrap_or("").to_owned(),
                            ),
                        ),
                        (
                            "later",
                            FluentValue::from(c.later["held_on"].as_str().unwrap_or("").to_owned()),
                        ),
                        ("change", FluentValue::from(signed(c.change))),
                    ],
                ));
                for e in &c.essentials {
                    let name = if chinese {
                        &e["name_zh"]
                    } else {
                        &e["name_en"]
                    };
                    out.push(format!(
                        "{:>2}. {}  {} → {}  ({})",
                        e["number"].as_u64().unwrap_or(0),
                        name.as_str().unwrap_or(""),
                        e["earlier"],
                        e["later"],
                        signed(e["change"].as_i64().unwrap_or(0))
                    ));
                }
            }
        }
    }
    Ok(out.join("\n"))
}
