//! One function per subcommand; each returns the line to print on success.

use std::path::Path;

use concord_i18n::{FluentValue, I18n};
use concord_store::Store;
use concord_usecases::Language;
use concord_usecases::minutes::{MeetingChoice, export_minutes as minutes_of};

use crate::args::{
    BenchCommand, Cli, Command, DocLanguage, ExportCommand, ImportCommand, MeetingRef,
};
use crate::error::CliError;

pub fn run(cli: Cli, i18n: &I18n) -> Result<String, CliError> {
    // The benchmark works in memory and touches no database file.
    if let Command::Bench {
        what:
            BenchCommand::Minutes {
                content,
                lang,
                out,
                runs,
            },
    } = &cli.command
    {
        return bench_minutes(content, *lang, out.as_deref(), *runs);
    }
    let db = cli
        .db
        .or_else(concord_store::default_db_path)
        .ok_or_else(|| {
            CliError::Store(concord_store::StoreError::NoDatabase {
                path: concord_store::DEFAULT_DB_DISPLAY.into(),
            })
        })?;
    crate::output::protect(&db);
    // Backup, restore, archive and audit open the database themselves (it may be damaged).
    let command = match cli.command {
        Command::Safety(command) => return crate::safety::run(command, &db, i18n),
        // Signing opens the database only to read who signs; verifying never does.
        Command::Signing(command) => return crate::signing::run(command, &db, i18n),
        other => other,
    };
    // Only the demo creates a database; every other command needs one that exists.
    let mut store = match command {
        Command::Demo { .. } => crate::safety::create_store(&db)?,
        _ => crate::safety::open_store(&db)?,
    };
    // `--style` stands in for the dialogue's document style while this command runs.
    let _style = concord_usecases::document_style::override_style(match &command {
        Command::Export { style, .. } => style.map(Into::into),
        _ => None,
    });
    match command {
        Command::Demo { date } => demo(&mut store, &db, date, i18n),
        Command::Export {
            document: ExportCommand::Minutes { meeting, lang, out },
            ..
        } => export_minutes(&store, meeting, lang, &out, i18n),
        Command::Export {
            document: ExportCommand::Deficits { lang, out },
            ..
        } => export_deficits(&store, lang, &out, i18n),
        Command::Export {
            document: ExportCommand::Stakeholders { out },
            ..
        } => crate::register::export_stakeholders(&store, &out, i18n),
        Command::Import {
            what:
                ImportCommand::Stakeholders {
                    csv,
                    dry_run,
                    on_duplicate,
                },
        } => crate::register::import_stakeholders(&mut store, &csv, dry_run, on_duplicate, i18n),
        Command::Bench {
            what:
                BenchCommand::Minutes {
                    content,
                    lang,
                    out,
                    runs,
                },
        } => bench_minutes(&content, lang, out.as_deref(), runs),
        Command::Export {
            document: ExportCommand::Declaration(args),
            ..
        } => crate::declarations::export_declaration(&store, &db, &args, i18n),
        Command::Export {
            document:
                ExportCommand::Progress {
                    year,
                    lang,
                    out,
                    sign,
                    signer,
                },
            ..
        } => {
            let signing = sign.then(|| concord_usecases::progress_report::Signing {
                db: &db,
                role: signer.city(),
                now: chrono::Local::now().fixed_offset(),
            });
            let pdf = concord_usecases::progress_report::export_progress(
                &store,
                year,
                language(lang),
                signing,
            )?;
            write_atomically(&out, &pdf.bytes)?;
            Ok(exported(&out, &pdf, i18n))
        }
        Command::Export {
            document:
                ExportCommand::Bau {
                    scenario,
                    lang,
                    out,
                },
            ..
        } => export_bau(&store, scenario.as_deref(), lang, &out, i18n),
        Command::Export {
            document: ExportCommand::Vision(args),
            ..
        } => crate::vision::export(&store, &db, &args, i18n),
        Command::Export {
            document: ExportCommand::Pledge(args),
            ..
        } => crate::plan_exports::export_pledge(&store, &db, &args, i18n),
        Command::Export {
            document: ExportCommand::ActionPlan(args),
            ..
        } => crate::plan_exports::export_action_plan(&store, &args, i18n),
        Command::Export {
            document: ExportCommand::Certificate { out },
            ..
        } => crate::signing::export_certificate(&store, &db, &out, i18n),
        Command::Meeting { what } => crate::meetings::run(&mut store, what, i18n),
        Command::Indicators { what } => crate::deficits::run_indicators(&mut store, what, i18n),
        Command::Scorecard {
            what: crate::args::ScorecardCommand::Show { json, compare },
        } => crate::scorecard::scorecard_show(&store, json, compare, i18n),
        Command::Deficits { json } => crate::deficits::deficits(&store, json, i18n),
        Command::Bau { what } => crate::bau::run(&mut store, what, i18n),
        Command::Targets { what } => crate::targets::run(&mut store, what, i18n),
        Command::Measures { what } => crate::measures::run(&mut store, what, i18n),
        Command::Pledge { what } => crate::pledge_sign::run(&mut store, what, i18n),
        Command::Progress { year, json: _ } => crate::targets::show_progress(&store, year),
        Command::Vision { what } => crate::vision::run(&mut store, what, i18n),
        Command::Tally {
            question,
            meeting,
            json,
        } => crate::tally::run(&store, question, meeting, json, i18n),
        Command::Safety(_) | Command::Signing(_) => unreachable!("handled above"),
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
    let choice = match meeting {
        MeetingRef::Latest => MeetingChoice::Latest,
        MeetingRef::Id(id) => MeetingChoice::Id(id),
    };
    let pdf = minutes_of(store, choice, language(lang))?;
    write_atomically(out, &pdf.bytes)?;
    Ok(exported(out, &pdf, i18n))
}

fn export_bau(
    store: &Store,
    scenario: Option<&str>,
    lang: DocLanguage,
    out: &Path,
    i18n: &I18n,
) -> Result<String, CliError> {
    let pdf = concord_usecases::bau_report::export_bau(store, scenario, language(lang))?;
    write_atomically(out, &pdf.bytes)?;
    Ok(exported(out, &pdf, i18n))
}

fn exported(out: &Path, pdf: &concord_usecases::ExportedPdf, i18n: &I18n) -> String {
    i18n.fmt(
        "cli-exported",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("pages", FluentValue::from(pdf.pages)),
            ("kilobytes", FluentValue::from(pdf.kilobytes())),
        ],
    )
}

fn export_deficits(
    store: &Store,
    lang: DocLanguage,
    out: &Path,
    i18n: &I18n,
) -> Result<String, CliError> {
    let now = chrono::Local::now().naive_local();
    let pdf = concord_usecases::deficits::export_deficits(store, language(lang), now)?;
    write_atomically(out, &pdf.bytes)?;
    Ok(i18n.fmt(
        "cli-exported",
        &[
            ("path", FluentValue::from(out.display().to_string())),
            ("pages", FluentValue::from(pdf.pages)),
            ("kilobytes", FluentValue::from(pdf.kilobytes())),
        ],
    ))
}

/// Machine-readable on purpose: `export_ms=… pages=… size_kb=…` for scripts and the docs.
fn bench_minutes(
    content: &Path,
    lang: DocLanguage,
    out: Option<&Path>,
    runs: usize,
) -> Result<String, CliError> {
    let result = crate::bench::bench_minutes(content, language(lang), runs)?;
    if let Some(out) = out {
        write_atomically(out, &result.bytes)?;
    }
    Ok(format!(
        "export_ms={:.1} pages={} size_kb={}",
        result.median_ms,
        result.pages,
        result.bytes.len().div_ceil(1024)
    ))
}

fn language(lang: DocLanguage) -> Language {
    match lang {
        DocLanguage::En => Language::En,
        DocLanguage::ZhCn => Language::ZhCn,
        DocLanguage::Bilingual => Language::Bilingual,
    }
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
    crate::output::check(path)?;
    let tmp = path.with_file_name(format!(".{file_name}.partial"));
    // A kill between the write and the rename leaves the partial file: the next start removes it.
    if let Some(db) = crate::output::database() {
        concord_store::lock::note_temporary(db, &tmp);
    }
    std::fs::write(&tmp, bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}
