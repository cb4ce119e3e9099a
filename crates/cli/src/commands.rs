//! One function per subcommand; each returns the line to print on success.

use std::path::Path;

use concord_documents::minutes::{Language, MinutesInput, minutes_document};
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;

use crate::args::{Cli, Command, DocLanguage, ExportCommand, ImportCommand, MeetingRef};
use crate::error::CliError;

pub fn run(cli: Cli, i18n: &I18n) -> Result<String, CliError> {
    let db = cli.db.unwrap_or_else(concord_store::default_db_path);
    // Backup, restore, archive and audit open the database themselves (it may be damaged).
    let command = match cli.command {
        Command::Safety(command) => return crate::safety::run(command, &db, i18n),
        other => other,
    };
    let mut store = crate::safety::open_store(&db)?;
    match command {
        Command::Demo { date } => demo(&mut store, &db, date, i18n),
        Command::Export {
            document: ExportCommand::Minutes { meeting, lang, out },
        } => export_minutes(&store, meeting, lang, &out, i18n),
        Command::Export {
            document: ExportCommand::Stakeholders { out },
        } => crate::register::export_stakeholders(&store, &out, i18n),
        Command::Import {
            what:
                ImportCommand::Stakeholders {
                    csv,
                    dry_run,
                    on_duplicate,
                },
        } => crate::register::import_stakeholders(&mut store, &csv, dry_run, on_duplicate, i18n),
        Command::Safety(_) => unreachable!("handled above"),
    }
}

fn demo(
    store: &mut Store,
    db: &Path,
    date: Option<chrono::NaiveDate>,
    i18n: &I18n,
) -> Result<String, CliError> {
    let day = date.unwrap_or_else(|| chrono::Local::now().date_naive());
    let summary = concord_store::demo::create(store, day)?;
    Ok(i18n.fmt(
        "cli-demo-created",
        &[
            ("path", FluentValue::from(db.display().to_string())),
            ("stakeholders", FluentValue::from(summary.stakeholders)),
            ("meetings", FluentValue::from(summary.meetings)),
        ],
    ))
}

fn export_minutes(
    store: &Store,
    meeting: MeetingRef,
    lang: DocLanguage,
    out: &Path,
    i18n: &I18n,
) -> Result<String, CliError> {
    let dialogue = store.require_dialogue()?;
    let id = match meeting {
        MeetingRef::Latest => store.latest_meeting_id()?,
        MeetingRef::Id(id) => id,
    };
    let record = store.meeting(id)?;
    let attendees = store.attendees(&record)?;
    let attendance = attendees.iter().map(|(p, here)| (p, *here)).collect();
    let input = MinutesInput {
        dialogue: &dialogue,
        meeting: &record.meeting,
        agenda: &record.agenda,
        attendance,
    };
    let language = match lang {
        DocLanguage::En => Language::En,
        DocLanguage::ZhCn => Language::ZhCn,
        DocLanguage::Bilingual => Language::Bilingual,
    };
    let pdf = minutes_document(&input, language).render()?;
    write_atomically(out, &pdf.bytes)?;
    Ok(i18n.fmt(
        "cli-exported",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("pages", FluentValue::from(pdf.page_count)),
            (
                "kilobytes",
                FluentValue::from(pdf.bytes.len().div_ceil(1024)),
            ),
        ],
    ))
}

/// Writes next to the target, then renames: a failed export never leaves half a PDF behind.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let fail = |source| CliError::Write {
        path: path.to_owned(),
        source,
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{file_name}.partial"));
    std::fs::write(&tmp, bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}
