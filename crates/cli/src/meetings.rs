//! `concord meeting …`: the meeting lifecycle from the command line, as the app runs it.

use chrono::{NaiveDateTime, Timelike};
use clap::Subcommand;
use concord_domain::{Addendum, LifecycleRefusal, MeetingState};
use concord_i18n::{FluentValue, I18n, format_date};
use concord_store::{Store, StoreError};

use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// List the meetings with their state
    List,
    /// The high-level representative opens a planned meeting
    Open {
        #[arg(long, value_name = "ID")]
        meeting: i64,
        /// Open it today although it is planned for another day; the minutes then record the
        /// day it was held and the planned date
        #[arg(long)]
        on_another_day: bool,
    },
    /// The high-level representative closes an open meeting (a backup is taken)
    Close {
        #[arg(long, value_name = "ID")]
        meeting: i64,
    },
    /// The focal point approves the minutes of a closed meeting; they are frozen from then on
    Approve {
        #[arg(long, value_name = "ID")]
        meeting: i64,
    },
    /// Add a correction to approved minutes
    Addendum {
        #[arg(long, value_name = "ID")]
        meeting: i64,
        /// What the addendum corrects, e.g. "Agenda item 3, notes"
        #[arg(long)]
        corrects: String,
        #[arg(long, default_value = "")]
        text_zh: String,
        #[arg(long, default_value = "")]
        text_en: String,
    },
}

fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

pub fn run(store: &mut Store, command: MeetingCommand, i18n: &I18n) -> Result<String, CliError> {
    let dialogue = store.require_dialogue()?;
    let fp = &dialogue.focal_point;
    let focal_point = fp.full_name();
    let representative = |store: &Store, id: i64| -> Result<String, CliError> {
        let meeting = store.meeting(id)?.meeting;
        Ok(if meeting.representative_name.trim().is_empty() {
            dialogue.high_level_rep.name_both()
        } else {
            meeting.representative_name
        })
    };
    let state_line = |id: i64, state: MeetingState| {
        i18n.fmt(
            "cli-meeting-state",
            &[
                ("meeting", FluentValue::from(id)),
                (
                    "state",
                    FluentValue::from(i18n.msg(&format!("cli-state-{}", state.key()))),
                ),
            ],
        )
    };
    match command {
        MeetingCommand::List => Ok(store
            .meetings()?
            .iter()
            .map(|m| {
                let title = if i18n.locale() == concord_i18n::Locale::ZhCn || m.title_en.is_empty()
                {
                    &m.title_zh
                } else {
                    &m.title_en
                };
                format!(
                    "{:>4}  {}  {:<10}  {title}",
                    m.id,
                    m.starts_at.format("%Y-%m-%d %H:%M"),
                    i18n.msg(&format!("cli-state-{}", m.state.key()))
                )
            })
            .collect::<Vec<_>>()
            .join("\n")),
        MeetingCommand::Open {
            meeting,
            on_another_day,
        } => {
            let by = representative(store, meeting)?;
            let at = now();
            match store.open_meeting(meeting, &by, at, on_another_day) {
                Ok(m) => Ok(state_line(m.id, m.state)),
                Err(StoreError::Lifecycle(LifecycleRefusal::OpenOnAnotherDay)) => {
                    let planned = store.meeting(meeting)?.meeting.starts_at.date();
                    Err(CliError::OpenOnAnotherDay {
                        meeting,
                        planned: format_date(i18n.locale(), planned),
                        today: format_date(i18n.locale(), at.date()),
                    })
                }
                Err(other) => Err(other.into()),
            }
        }
        MeetingCommand::Close { meeting } => {
            let by = representative(store, meeting)?;
            let (m, _backup) = store.close_meeting(meeting, &by, now())?;
            Ok(state_line(m.id, m.state))
        }
        MeetingCommand::Approve { meeting } => {
            let m = store.approve_minutes(meeting, &focal_point, now())?;
            Ok(state_line(m.id, m.state))
        }
        MeetingCommand::Addendum {
            meeting,
            corrects,
            text_zh,
            text_en,
        } => {
            let added = store.add_addendum(
                meeting,
                &Addendum {
                    id: 0,
                    number: 0,
                    corrects,
                    text_zh,
                    text_en,
                    by: focal_point.clone(),
                    at: now(),
                },
            )?;
            Ok(i18n.fmt(
                "cli-addendum-added",
                &[
                    ("number", FluentValue::from(added.number)),
                    ("meeting", FluentValue::from(meeting)),
                ],
            ))
        }
    }
}
