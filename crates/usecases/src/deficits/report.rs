//! The Deficits report laid out as a document: a header, then four sections — indicators,
//! scorecard, ranked deficits, sources — each saying so when it has nothing to show yet.

use crate::units_shown::with_unit;
use chrono::{NaiveDate, NaiveDateTime};
use concord_deficits::{BenchmarkKind, RankedItem};
use concord_documents::{Align, Block, Document, Figure, Heading, HeadingLevel, Table, Voice};
use concord_i18n::{FluentValue, I18n};

use super::charts::{WorkshopScores, deficits_bar, scorecard_radar};
use super::number;
use super::{DeficitsSummary, Flag, GroupRanking, IndicatorLine, RankingSummary, ScorecardSummary};
use crate::Language;

/// The report of `summary` in `language`, prepared on `now`.
pub(super) fn document(
    summary: &DeficitsSummary,
    language: Language,
    now: NaiveDateTime,
) -> Document {
    let voice = Voice::new(language);
    let dialogue = &summary.dialogue;
    let city = voice.joined(&dialogue.city_zh, &dialogue.city_en);
    let partner = voice.joined(&dialogue.partner_city_zh, &dialogue.partner_city_en);
    let header_args = [("city", FluentValue::from(city.clone()))];
    let header = match language {
        Language::En => voice.en.fmt("doc-running-header", &header_args),
        Language::ZhCn | Language::Bilingual => voice.zh.fmt("doc-running-header", &header_args),
    };
    let subtitle_id = if partner.is_empty() {
        "deficits-report-subtitle-alone"
    } else {
        "deficits-report-subtitle"
    };
    let subtitle = voice.fmt_each(subtitle_id, |l| {
        vec![
            (
                "city",
                FluentValue::from(in_own(l, &dialogue.city_zh, &dialogue.city_en)),
            ),
            (
                "partner",
                FluentValue::from(in_own(
                    l,
                    &dialogue.partner_city_zh,
                    &dialogue.partner_city_en,
                )),
            ),
        ]
    });
    let mut doc = Document::new(voice.one("deficits-report-title"))
        .with_subtitle(subtitle)
        .with_language(language.tag())
        .with_author(voice.joined(
            &dialogue.focal_point.name_zh(),
            &dialogue.focal_point.name_en(),
        ))
        .with_header(header)
        .with_page_label(voice.page_label());
    if language == Language::Bilingual {
        let english = voice.en.msg("deficits-report-title");
        doc.metadata.title_translations = vec![("en".to_owned(), english.clone())];
        doc.title_translation = Some(english);
    }
    doc.metadata.other_languages = language.other_tags();
    doc.metadata.subject = voice.en.msg("deficits-report-title");

    let workshop = summary.scorecard.as_ref().map_or_else(
        || voice.label("deficits-report-none-yet"),
        |s| workshop_line(&voice, &s.workshop.title, &s.workshop.held_on),
    );
    let mut lines = vec![(voice.label("deficits-report-city"), city)];
    if !partner.is_empty() {
        lines.push((voice.label("deficits-report-partner"), partner));
    }
    lines.extend([
        (
            voice.label("deficits-report-prepared"),
            date(&voice, now.date()),
        ),
        (
            voice.label("deficits-report-catalogue"),
            summary.catalogue_version.clone(),
        ),
        (voice.label("deficits-report-workshop"), workshop),
    ]);
    doc.push(Block::key_values(lines));

    indicators(&mut doc, summary, &voice);
    scorecard(&mut doc, summary.scorecard.as_ref(), &voice);
    ranking(&mut doc, summary, &voice);
    sources(&mut doc, summary, &voice);
    doc
}

/// A text held in both languages, in `l`'s language, falling back to the other.
fn in_own(l: &I18n, zh: &str, en: &str) -> String {
    let (zh, en) = (zh.trim(), en.trim());
    let chinese = l.locale().is_chinese();
    if (chinese && !zh.is_empty()) || en.is_empty() {
        zh.to_owned()
    } else {
        en.to_owned()
    }
}

fn heading(voice: &Voice, level: HeadingLevel, id: &str) -> Heading {
    match voice.language {
        Language::Bilingual => {
            Block::heading(level, voice.zh.msg(id)).with_secondary(voice.en.msg(id))
        }
        _ => Block::heading(level, voice.one(id)),
    }
}

fn date(voice: &Voice, day: NaiveDate) -> String {
    match voice.language {
        Language::En => voice.en.date(day),
        Language::ZhCn => voice.zh.date(day),
        Language::Bilingual => format!("{}\n{}", voice.zh.date(day), voice.en.date(day)),
    }
}

fn workshop_line(voice: &Voice, title: &str, held_on: &str) -> String {
    let day = NaiveDate::parse_from_str(held_on, "%Y-%m-%d").ok();
    voice.fmt_each("deficits-report-workshop-value", |l| {
        vec![
            ("title", FluentValue::from(Voice::typed_in(title, l))),
            (
                "date",
                FluentValue::from(day.map_or_else(|| held_on.to_owned(), |d| l.date(d))),
            ),
        ]
    })
}

/// A per cent's figure: whole from 10 up, else one decimal.
pub(crate) fn percent_number(value: f64) -> String {
    if value.abs() >= 10.0 {
        format!("{value:.0}")
    } else {
        number((value * 10.0).round() / 10.0)
    }
}

/// A per cent as the language writes it: `660 %`, `660%`.
fn percent(voice: &Voice, value: f64) -> String {
    voice.percent(&percent_number(value))
}

fn value_text(voice: &Voice, line: &IndicatorLine, value: f64) -> String {
    if line.yes_no {
        let id = if value >= 0.5 {
            "deficits-report-yes"
        } else {
            "deficits-report-no"
        };
        voice.label(id)
    } else {
        with_unit(
            number(value),
            &crate::deficits::unit_words(&line.unit, &line.unit_zh, voice),
            voice,
        )
    }
}

fn kind_id(kind: BenchmarkKind) -> &'static str {
    match kind {
        BenchmarkKind::NationalTarget => "deficits-report-kind-national-target",
        BenchmarkKind::PartnerCity => "deficits-report-kind-partner-city",
        BenchmarkKind::WhoGuideline => "deficits-report-kind-who-guideline",
        BenchmarkKind::DialogueOwn => "deficits-report-kind-dialogue-own",
    }
}

fn indicators(doc: &mut Document, summary: &DeficitsSummary, voice: &Voice) {
    doc.push(heading(
        voice,
        HeadingLevel::H1,
        "deficits-report-indicators",
    ));
    if summary.indicators.is_empty() {
        voice.sentence(doc, false, "deficits-report-no-values", &[]);
        return;
    }
    voice.sentence(
        doc,
        false,
        "deficits-report-indicators-count",
        &[
            ("count", FluentValue::from(summary.indicators.len())),
            ("flagged", FluentValue::from(summary.flagged())),
        ],
    );
    let mut table = Table::new([
        (voice.label_cell("deficits-report-col-code"), 1.1),
        (voice.label_cell("deficits-report-col-indicator"), 4.2),
        (voice.label_cell("deficits-report-col-latest"), 1.7),
        (voice.label_cell("deficits-report-col-year"), 0.9),
        (voice.label_cell("deficits-report-col-benchmark"), 1.9),
        (voice.label_cell("deficits-report-col-gap"), 1.6),
        (voice.label_cell("deficits-report-col-flag"), 1.4),
    ]);
    for line in &summary.indicators {
        let benchmark = line.benchmark.as_ref().map_or_else(
            || "—".to_owned(),
            |b| {
                format!(
                    "{}\n{}",
                    value_text(voice, line, b.value),
                    voice.label_cell(kind_id(b.kind))
                )
            },
        );
        let unit = crate::deficits::unit_words(&line.unit, &line.unit_zh, voice);
        let gap = line.gap.map_or_else(
            || "—".to_owned(),
            |g| match g.percent {
                Some(p) if !line.yes_no => {
                    let share = voice.fmt_each("deficits-report-gap-percent", |_| {
                        vec![("percent", FluentValue::from(percent_number(p)))]
                    });
                    format!("{}\n{share}", with_unit(number(g.units), &unit, voice))
                }
                _ if line.yes_no => "—".to_owned(),
                _ => with_unit(number(g.units), &unit, voice),
            },
        );
        let flag = match line.flag {
            Flag::Deficit => "deficits-report-flag-deficit",
            Flag::Met => "deficits-report-flag-met",
            Flag::NoBenchmark => "deficits-report-flag-no-benchmark",
        };
        table.push_row([
            line.code.clone(),
            voice.cell(&line.name_zh, &line.name_en),
            value_text(voice, line, line.value),
            line.year.to_string(),
            benchmark,
            gap,
            voice.label_cell(flag),
        ]);
    }
    doc.push(table);
}

fn scorecard(doc: &mut Document, scorecard: Option<&ScorecardSummary>, voice: &Voice) {
    doc.push(heading(
        voice,
        HeadingLevel::H1,
        "deficits-report-scorecard",
    ));
    let Some(s) = scorecard else {
        voice.sentence(doc, false, "deficits-report-no-scorecard", &[]);
        return;
    };
    let day = NaiveDate::parse_from_str(&s.workshop.held_on, "%Y-%m-%d").ok();
    let total = voice.fmt_each("deficits-report-scorecard-total", |l| {
        vec![
            (
                "title",
                FluentValue::from(Voice::typed_in(&s.workshop.title, l)),
            ),
            (
                "date",
                FluentValue::from(day.map_or_else(|| s.workshop.held_on.clone(), |d| l.date(d))),
            ),
            ("score", FluentValue::from(s.totals.score)),
            ("max", FluentValue::from(s.totals.max)),
            (
                "percent",
                FluentValue::from(number(s.totals.percent.round())),
            ),
        ]
    });
    let mut lines = total.lines();
    if let Some(first) = lines.next() {
        doc.push(Block::paragraph(first));
    }
    for other in lines {
        doc.push(Block::secondary(other));
    }
    // With last year's workshop, its outline second: dashed where this one is solid.
    let mut outlines = vec![WorkshopScores {
        title: format!(
            "{} ({})",
            voice.typed(&s.workshop.title),
            s.workshop.held_on
        ),
        totals: s.totals.clone(),
    }];
    if let Some((w, t)) = &s.earlier {
        let change = i64::from(s.totals.score) - i64::from(t.score);
        let day = NaiveDate::parse_from_str(&w.held_on, "%Y-%m-%d").ok();
        let text = voice.fmt_each("deficits-report-compared", |l| {
            vec![
                ("title", FluentValue::from(Voice::typed_in(&w.title, l))),
                (
                    "date",
                    FluentValue::from(day.map_or_else(|| w.held_on.clone(), |d| l.date(d))),
                ),
                ("score", FluentValue::from(t.score)),
                ("change", FluentValue::from(signed(change))),
            ]
        });
        let mut lines = text.lines();
        if let Some(first) = lines.next() {
            doc.push(Block::paragraph(first));
        }
        for other in lines {
            doc.push(Block::secondary(other));
        }
        outlines.push(WorkshopScores {
            title: format!("{} ({})", voice.typed(&w.title), w.held_on),
            totals: t.clone(),
        });
    }
    let radar = scorecard_radar(&s.card, &outlines, voice.language);
    let caption = voice.pick(
        voice.zh.msg("deficits-report-radar-caption"),
        voice.en.msg("deficits-report-radar-caption"),
    );
    doc.push(Figure::new(radar, caption).with_height(340.0));

    let mut columns = vec![
        (voice.label_cell("deficits-report-col-essential"), 5.0),
        (voice.label_cell("deficits-report-col-score"), 1.4),
        (voice.label_cell("deficits-report-col-percent"), 1.1),
        (voice.label_cell("deficits-report-col-scored"), 1.3),
    ];
    if s.earlier.is_some() {
        columns.push((voice.label_cell("deficits-report-col-change"), 1.2));
    }
    let mut table = Table::new(columns);
    for (index, (essential, total)) in s
        .card
        .essentials
        .iter()
        .zip(&s.totals.essentials)
        .enumerate()
    {
        let name = voice.cell(&essential.name_zh, &essential.name_en);
        let mut row = vec![
            format!("{}. {name}", essential.number),
            format!("{} / {}", total.score, total.max),
            percent(voice, total.percent),
            format!("{} / {}", total.scored, total.questions),
        ];
        if let Some((_, before)) = &s.earlier {
            let was = before.essentials.get(index).map_or(0, |e| e.score);
            row.push(signed(i64::from(total.score) - i64::from(was)));
        }
        table.push_row(row);
    }
    let scored: usize = s.totals.essentials.iter().map(|e| e.scored).sum();
    let questions: usize = s.totals.essentials.iter().map(|e| e.questions).sum();
    let mut row = vec![
        voice.label_cell("deficits-report-total"),
        format!("{} / {}", s.totals.score, s.totals.max),
        percent(voice, s.totals.percent),
        format!("{scored} / {questions}"),
    ];
    if let Some((_, before)) = &s.earlier {
        row.push(signed(i64::from(s.totals.score) - i64::from(before.score)));
    }
    table.push_row(row);
    doc.push(table);
    score_notes(doc, s, voice);
}

/// A change in points with its sign: `+3`, `−2`, `0`.
fn signed(change: i64) -> String {
    match change {
        c if c > 0 => format!("+{c}"),
        c if c < 0 => format!("−{}", c.unsigned_abs()),
        _ => "0".to_owned(),
    }
}

/// The scores given with a comment or evidence: what the room said and what it rested on.
fn score_notes(doc: &mut Document, s: &ScorecardSummary, voice: &Voice) {
    if s.notes.is_empty() {
        return;
    }
    voice.sentence(doc, false, "deficits-report-notes", &[]);
    let mut table = Table::new([
        (voice.label_cell("deficits-report-col-code"), 0.9),
        (voice.label_cell("deficits-report-col-question"), 2.6),
        (voice.label_cell("deficits-report-col-given"), 0.8),
        (voice.label_cell("deficits-report-col-comment"), 2.8),
        (voice.label_cell("deficits-report-col-evidence"), 2.8),
    ]);
    for note in &s.notes {
        table.push_row([
            note.code.clone(),
            voice.cell(&note.title_zh, &note.title_en),
            note.score.to_string(),
            // What the room typed, in one language or both: each document its own.
            if note.comment.is_empty() {
                "—".to_owned()
            } else {
                voice.typed_cell(&note.comment)
            },
            if note.evidence.is_empty() {
                "—".to_owned()
            } else {
                voice.typed_cell(&note.evidence)
            },
        ]);
    }
    doc.push(table);
}

fn ranking(doc: &mut Document, summary: &DeficitsSummary, voice: &Voice) {
    doc.push(heading(voice, HeadingLevel::H1, "deficits-report-ranking"));
    let Some(r) = summary.ranking.as_ref() else {
        let flagged = summary.flagged();
        if flagged == 0 {
            voice.sentence(doc, false, "deficits-report-not-ranked", &[]);
        } else {
            voice.sentence(
                doc,
                false,
                "deficits-report-not-ranked-flagged",
                &[("count", FluentValue::from(flagged))],
            );
        }
        return;
    };
    if r.voters == 0 || r.items.is_empty() {
        voice.sentence(doc, false, "deficits-report-no-ballots", &[]);
        return;
    }
    ranked(doc, r, voice);
    by_group(doc, r, voice);
}

fn ranked(doc: &mut Document, r: &RankingSummary, voice: &Voice) {
    let dots = r.method != "borda";
    voice.sentence(
        doc,
        false,
        if dots {
            "deficits-report-ranking-dots"
        } else {
            "deficits-report-ranking-borda"
        },
        &[
            ("voters", FluentValue::from(r.voters)),
            ("count", FluentValue::from(r.items.len())),
            ("dots", FluentValue::from(r.dots_each)),
        ],
    );
    let points_id = if dots {
        "deficits-report-col-dots"
    } else {
        "deficits-report-col-points"
    };
    let mut table = Table::new([
        (voice.label_cell("deficits-report-col-rank"), 0.9),
        (voice.label_cell("deficits-report-col-code"), 1.1),
        (voice.label_cell("deficits-report-col-deficit"), 6.0),
        (voice.label_cell(points_id), 1.1),
    ]);
    for item in &r.items {
        table.push_row([
            voice.rank_cell(item.rank, item.tied),
            item.code.clone(),
            voice.cell(&item.name_zh, &item.name_en),
            item.points.to_string(),
        ]);
    }
    doc.push(table);
    let caption = voice.pick(
        voice.zh.msg("deficits-report-bar-caption"),
        voice.en.msg("deficits-report-bar-caption"),
    );
    // A bilingual label holds the English under the Chinese: up to five lines a row.
    let (per_row, most) = match voice.language {
        Language::Bilingual => (50.0, 640.0),
        Language::En | Language::ZhCn => (24.0, 420.0),
    };
    let height = (80.0 + per_row * r.items.len() as f32).min(most);
    doc.push(Figure::new(deficits_bar(&r.items, voice.language), caption).with_height(height));
}

fn by_group(doc: &mut Document, r: &RankingSummary, voice: &Voice) {
    if r.by_sector.is_empty() && r.by_helix.is_empty() {
        return;
    }
    doc.push(heading(voice, HeadingLevel::H2, "deficits-report-by-group"));
    voice.sentence(doc, true, "deficits-report-by-group-note", &[]);
    for (id, groups) in [
        ("deficits-report-by-sector", &r.by_sector),
        ("deficits-report-by-helix", &r.by_helix),
    ] {
        if groups.is_empty() {
            continue;
        }
        doc.push(heading(voice, HeadingLevel::H3, id));
        let mut table = Table::new([
            (voice.label_cell("deficits-report-col-group"), 3.0),
            (voice.label_cell("deficits-report-col-voters"), 1.1),
            (voice.label_cell("deficits-report-col-top"), 4.5),
        ]);
        for group in groups {
            table.push_row([
                voice.label_cell(&group.label_id),
                group.voters.to_string(),
                top(group, voice),
            ]);
        }
        doc.push(table);
    }
}

/// A group's highest-ranked deficits, ties included, at most five: `1 11.6.2 (24)`.
fn top(group: &GroupRanking, voice: &Voice) -> String {
    let shown: Vec<&RankedItem> = group
        .items
        .iter()
        .filter(|i| i.rank <= 3 && i.points > 0)
        .take(5)
        .collect();
    if shown.is_empty() {
        return "—".to_owned();
    }
    shown
        .iter()
        .map(|i| {
            let rank = voice.rank_word(i.rank, i.tied);
            // The rank's language sets the brackets: "6.1.1（14）" with "并列", "(14)" with "=".
            match voice.language {
                Language::En => format!("{rank}  {} ({})", i.candidate, i.points),
                Language::ZhCn | Language::Bilingual => {
                    format!("{rank}  {}（{}）", i.candidate, i.points)
                }
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn sources(doc: &mut Document, summary: &DeficitsSummary, voice: &Voice) {
    doc.push(heading(voice, HeadingLevel::H1, "deficits-report-sources"));
    if summary.sources.is_empty() {
        voice.sentence(doc, false, "deficits-report-no-sources", &[]);
        return;
    }
    voice.sentence(doc, true, "deficits-report-sources-note", &[]);
    for (n, source) in summary.sources.iter().enumerate() {
        let source = voice.typed(source);
        doc.push(Block::paragraph(format!("{}. {source}", n + 1)).with_align(Align::Left));
    }
}
