//! The desktop shell: opens the database, serves the bundled UI and routes its commands.
//!
//! Architecture invariant: no business rule lives here; every command is a call into the
//! domain, store or documents crates that the CLI can make too.

mod commands;
mod commands_register;
pub mod dto;
mod error;
mod safety;
mod state;

use state::AppState;

pub fn run() {
    // A database that cannot be opened leads to the recovery screen, not to an exit.
    let state = match AppState::open_or_recover() {
        Ok(state) => state,
        Err(error) => {
            let i18n = concord_i18n::I18n::new(concord_i18n::Locale::from_env());
            let (id, args) = error.message();
            eprintln!("{}", i18n.fmt_text(id, &args));
            std::process::exit(1);
        }
    };
    let result = tauri::Builder::default()
        .manage(state)
        .setup(safety::start_daily_backups)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::set_locale,
            commands::default_dialogue,
            commands::get_dialogue,
            commands::open_demo,
            commands::save_dialogue,
            commands_register::list_stakeholders,
            commands_register::search_stakeholders,
            commands_register::stakeholder_inclusiveness,
            commands_register::save_stakeholder,
            commands_register::withdraw_stakeholder,
            commands_register::erase_stakeholder,
            commands_register::preview_stakeholder_import,
            commands_register::import_stakeholders,
            safety::safety_status,
            safety::backup_now,
            safety::set_backup_keep,
            safety::preview_backup,
            safety::restore_backup,
            safety::audit_log,
            safety::verify_audit,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Concord could not start its window: {error}");
        std::process::exit(1);
    }
}
