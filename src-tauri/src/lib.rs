//! The desktop shell: opens the database, serves the bundled UI and routes its commands.
//!
//! Architecture invariant: no business rule lives here; every command is a call into the
//! domain, store or documents crates that the CLI can make too.

mod commands;
pub mod dto;
mod error;
mod state;

use state::AppState;

pub fn run() {
    let state = match AppState::open() {
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
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::set_locale,
            commands::default_dialogue,
            commands::get_dialogue,
            commands::open_demo,
            commands::save_dialogue,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Concord could not start its window: {error}");
        std::process::exit(1);
    }
}
