//! `concord`: the command line of Concord. Everything the desktop app does with data, this can do.

mod args;
mod bau;
mod bench;
mod commands;
mod declarations;
mod deficits;
mod error;
mod measures;
mod meetings;
mod output;
mod plan_exports;
mod pledge_sign;
mod print;
mod register;
mod safety;
mod scorecard;
mod signing;
mod tally;
mod targets;
mod vision;

use clap::Parser;
use concord_i18n::{I18n, Locale};

fn main() {
    let cli = args::Cli::parse();
    concord_store::lock::set_holder_name(&holder_name());
    // Messages follow CONCORD_LANG, then the POSIX locale variables.
    let i18n = I18n::new(Locale::from_env());
    match commands::run(cli, &i18n) {
        Ok(message) => print::line(&message),
        Err(error) => {
            let (id, args) = error.message();
            let args = print::localized_os_errors(args, &i18n);
            print::problem(&format!(
                "{}: {}",
                i18n.msg("cli-error-prefix"),
                i18n.fmt_text(id, &args)
            ));
            std::process::exit(error.exit_code());
        }
    }
}

/// "concord import stakeholders": how other programs name this one when it holds the database.
fn holder_name() -> String {
    let mut words = vec!["concord".to_owned()];
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--db" {
            args.next();
        } else if !arg.starts_with('-') && words.len() < 3 {
            words.push(arg);
        }
    }
    words.join(" ")
}
