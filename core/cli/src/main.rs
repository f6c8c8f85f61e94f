//! `boardkit`: the command line of boardkit. Each subcommand lives in its own module;
//! this file only dispatches.
//!
//! ```text
//! boardkit validate FILE [--as-of DATE] [--format text|json] [--explain]
//! boardkit test PATH... [--rule CODE] [--coverage] [--coverage-min N] [--format text|json] [--bless]
//! boardkit import minutes|actions|risks|attendance|contributions FILE [--context DOC.json] [--mapping JSON]
//! boardkit render pack|actions|risks|attendance|budget|scorecard|minutes <board.json>
//!          --format html|md|csv --as-of DATE [--from DATE --to DATE] [--body ID]
//!          [--meeting ID] [--templates DIR] [--out DIR]
//! boardkit export ical <board.json> --as-of DATE [--body ID]
//! boardkit export oparl <board.json> --base URL [--body ID] [--out DIR]
//! boardkit clock add-working-days|clear-days|due-by|overdue|holidays ... --nation NATION
//! ```
#![forbid(unsafe_code)]

mod args;
mod clock;
mod export;
mod import;
mod render;
mod test;
mod validate;

use std::process::ExitCode;

const USAGE: &str = "usage:
  boardkit validate FILE [--as-of YYYY-MM-DD] [--format text|json] [--explain]
  boardkit test FIXTURE.json|FOLDER... [--rule CODE] [--coverage] [--coverage-min N] [--format text|json] [--bless]
  boardkit import minutes|actions|risks|attendance|contributions FILE [--context DOC.json] [--mapping JSON|FILE.json]
  boardkit render pack|actions|risks|attendance|budget|scorecard|minutes <board.json> --format html|md|csv --as-of YYYY-MM-DD [--from YYYY-MM-DD --to YYYY-MM-DD] [--body ID] [--meeting ID] [--templates DIR] [--out DIR]
  boardkit export ical <board.json> --as-of YYYY-MM-DD [--body ID]
  boardkit export oparl <board.json> --base https://papers.example.org/oparl [--body ID] [--out DIR]
  boardkit clock add-working-days FROM DAYS | clear-days FROM TO | due-by EVENT DAYS --count working_days|calendar_days | overdue FROM DAYS --as-of DATE | holidays YEAR  --nation england-and-wales|scotland|northern-ireland";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match argv.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => ("", &[][..]),
    };
    let result = match command {
        "validate" => match validate::run(rest) {
            Ok(true) => return ExitCode::SUCCESS,
            Ok(false) => return ExitCode::from(1),
            Err(e) => Err(e),
        },
        "import" => return import::run(rest),
        "test" => return test::run(rest),
        "render" => render::run(rest),
        "export" => export::run(rest),
        "clock" => clock::run(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(args::Failure::Usage(
            "name a command: validate, test, import, render, export or clock".into(),
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(args::Failure::Usage(m)) => {
            eprintln!("boardkit: {m}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(args::Failure::Failed(m)) => {
            eprintln!("boardkit: {m}");
            ExitCode::from(1)
        }
    }
}
