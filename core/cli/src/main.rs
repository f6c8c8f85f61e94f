//! `boardkit`: the command line. A thin dispatcher; each subcommand lives in its own file.

mod import;

use std::process::ExitCode;

const USAGE: &str = "usage: boardkit import minutes|actions|risks|attendance FILE [--context DOC.json] [--mapping JSON|FILE.json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("import") => import::run(args.get(1..).unwrap_or(&[])),
        Some("--version") => {
            println!("boardkit {}", boardkit::VERSION);
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
