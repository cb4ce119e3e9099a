//! `concord`: the command line of Concord. Everything the desktop app does with data, this can do.

mod args;
mod bau;
mod bench;
mod commands;
mod declarations;
mod deficits;
mod error;
mod meetings;
mod register;
mod safety;
mod signing;
mod tally;

use clap::Parser;
use concord_i18n::{I18n, Locale};

fn main() {
    let cli = args::Cli::parse();
    // Messages follow CONCORD_LANG, then the POSIX locale variables.
    let i18n = I18n::new(Locale::from_env());
    match commands::run(cli, &i18n) {
        Ok(message) => println!("{message}"),
        Err(error) => {
            let (id, args) = error.message();
            eprintln!(
                "{}: {}",
                i18n.msg("cli-error-prefix"),
                i18n.fmt_text(id, &args)
            );
            std::process::exit(error.exit_code());
        }
    }
}
