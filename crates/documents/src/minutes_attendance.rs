//! The attendance section of the minutes: who was present and who sent apologies, the
//! quorum as every round counted it, the sectors present, late arrivals, early departures
//! and proxies.

use concord_domain::{Attendance, Quorum, Sector, Stakeholder};
use concord_i18n::{FluentValue, I18n};

use crate::minutes::{Language, MinutesInput};
use crate::voice::Voice;
use crate::{Block, Document, Table};

pub(crate) fn attendance(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    crate::minutes_sections::section(doc, voice, "minutes-attendance");
    // The voting members every round of this meeting counted (one definition for the quorum,
    // the rounds and the minutes); everyone invited had an attendance row.
    let voting: Vec<i64> = input
        .attendance
        .iter()
        .filter(|(p, _)| p.counts_in_quorum())
        .map(|(p, _)| p.id)
        .collect();
    let rows: Vec<Attendance> = input.attendance.iter().map(|(_, a)| (*a).clone()).collect();
    // The minutes count everyone who attended, also those who left before the end.
    let attended: Vec<Attendance> = rows
        .iter()
        .map(|a| Attendance {
            left_at: None,
            ..a.clone()
        })
        .collect();
    let quorum = Quorum::count(&voting, &attended, input.dialogue.rule.quorum_percent);
    voice.sentence(
        doc,
        false,
        "minutes-attendance-summary",
        &[
            ("present", FluentValue::from(quorum.present)),
            ("members", FluentValue::from(quorum.members)),
            ("quorum", FluentValue::from(quorum.quorum_percent)),
            (
                "reached",
                FluentValue::from(if quorum.reached { "yes" } else { "no" }),
            ),
        ],
    );
    if quorum.by_proxy > 0 {
        voice.sentence(
            doc,
            true,
            "minutes-attendance-proxies",
            &[("count", FluentValue::from(quorum.by_proxy))],
        );
    }

    let present: Vec<&Stakeholder> = input
        .attendance
        .iter()
        .filter(|(_, a)| a.present)
        .map(|(p, _)| *p)
        .collect();
    // One line per language, each naming the sectors in its own words.
    let sector_line = |l: &concord_i18n::I18n, separator: &str| {
        let list = Sector::ALL
            .iter()
            .filter_map(|sector| {
                let count = present.iter().filter(|p| p.sector == *sector).count();
                (count > 0).then(|| {
                    l.fmt(
                        "minutes-attendance-sector",
                        &[
                            (
                                "sector",
                                FluentValue::from(l.msg(&format!("sector-{}", sector.key()))),
                            ),
                            ("count", FluentValue::from(count)),
                        ],
                    )
                })
            })
            .collect::<Vec<_>>()
            .join(separator);
        // A sentence, with its lead and its full stop.
        l.fmt(
            "minutes-attendance-sectors",
            &[("list", FluentValue::from(list))],
        )
    };
    if !present.is_empty() {
        match voice.language {
            Language::En => {
                doc.push(Block::paragraph(sector_line(&voice.en, "; ")));
            }
            Language::ZhCn => {
                doc.push(Block::paragraph(sector_line(&voice.zh, "；")));
            }
            Language::Bilingual => {
                doc.push(Block::paragraph(sector_line(&voice.zh, "；")));
                doc.push(Block::secondary(sector_line(&voice.en, "; ")));
            }
        }
    }

    let mut table = Table::new([
        (voice.label_cell("minutes-col-number"), 0.07),
        (voice.label_cell("minutes-col-name"), 0.22),
        (voice.label_cell("minutes-col-organisation"), 0.39),
        (voice.label_cell("minutes-col-sector"), 0.18),
        (voice.label_cell("minutes-col-role"), 0.14),
    ]);
    for (index, person) in present.iter().enumerate() {
        table.push_row([
            (index + 1).to_string(),
            // A name and a role never wrap ("Wang / Zhili", "Voting / member" in every row).
            kept_whole(&voice.cell(&person.name_zh, &person.name_en)),
            voice.cell(&person.organisation_zh, &person.organisation_en),
            voice.label_cell(&format!("sector-{}", person.sector.key())),
            kept_whole(&voice.label_cell(&format!("role-{}", person.role.key()))),
        ]);
    }
    doc.push(Block::Table(table));

    movements(doc, input, voice);

    let absent: Vec<&Stakeholder> = input
        .attendance
        .iter()
        .filter(|(_, a)| !a.present)
        .map(|(p, _)| *p)
        .collect();
    if !absent.is_empty() {
        let names = |chinese: bool, separator: &str| {
            let names: Vec<String> = absent.iter().map(|p| kept_whole(p.name(chinese))).collect();
            FluentValue::from(names.join(separator))
        };
        let zh = voice
            .zh
            .fmt("minutes-apologies", &[("names", names(true, "、"))]);
        let en = voice
            .en
            .fmt("minutes-apologies", &[("names", names(false, ", "))]);
        // A list of names, set ragged: justified, names kept whole stretch their few spaces.
        let left = |p: crate::model::Paragraph| p.with_align(crate::model::Align::Left);
        match voice.language {
            Language::En => doc.push(left(Block::paragraph(en))),
            Language::ZhCn => doc.push(left(Block::paragraph(zh))),
            Language::Bilingual => doc
                .push(left(Block::paragraph(zh)))
                .push(left(Block::secondary(en))),
        };
    }
}

/// Late arrivals, early departures and proxies, in one sentence each.
fn movements(doc: &mut Document, input: &MinutesInput<'_>, voice: &Voice) {
    let time = |at: chrono::NaiveDateTime| at.format("%H:%M").to_string();
    let started = input.meeting.opened_at.unwrap_or(input.meeting.starts_at);
    for (person, row) in &input.attendance {
        if !row.present {
            continue;
        }
        let name = |chinese: bool| kept_whole(person.name(chinese));
        if let Some(arrived) = row.arrived_at.filter(|at| *at > started) {
            named_sentence(
                doc,
                voice,
                "minutes-arrived-late",
                &name,
                &time(arrived),
                None,
            );
        }
        if let Some(left) = row.left_at {
            named_sentence(doc, voice, "minutes-left-early", &name, &time(left), None);
        }
        if let Some(member) = row.proxy_for.and_then(|id| input.person(id)) {
            let member = |chinese: bool| kept_whole(member.name(chinese));
            named_sentence(doc, voice, "minutes-proxy", &name, "", Some(&member));
        }
    }
}

fn named_sentence(
    doc: &mut Document,
    voice: &Voice,
    id: &str,
    name: &dyn Fn(bool) -> String,
    time: &str,
    other: Option<&dyn Fn(bool) -> String>,
) {
    let text = |i18n: &I18n, chinese: bool| {
        i18n.fmt(
            id,
            &[
                ("name", FluentValue::from(name(chinese))),
                ("time", FluentValue::from(time)),
                (
                    "member",
                    FluentValue::from(other.map(|o| o(chinese)).unwrap_or_default()),
                ),
            ],
        )
    };
    match voice.language {
        Language::En => doc.push(Block::secondary(text(&voice.en, false))),
        Language::ZhCn => doc.push(Block::secondary(text(&voice.zh, true))),
        Language::Bilingual => doc
            .push(Block::secondary(text(&voice.zh, true)))
            .push(Block::secondary(text(&voice.en, false))),
    };
}

/// "Su Min" never as "Su / Min." at a line's end: a romanized name is one unit of a sentence.
fn kept_whole(name: &str) -> String {
    name.replace(' ', "\u{a0}")
}
