//! boardkit quickstart: the main job.
//!
//! ```text
//! cargo run -p boardkit-quickstart -- examples/data/leicester-lscb.json --as-of 2017-02-01
//! ```
//!
//! Reads a board document, validates it, and prints a readable report: findings by code
//! and path (never the record's free text), then the board's figures as of the date given.

use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: boardkit-report <board.json> [--as-of YYYY-MM-DD]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let mut as_of = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--as-of" => {
                let Some(v) = args.get(i + 1) else {
                    return usage();
                };
                match v.parse() {
                    Ok(d) => as_of = Some(d),
                    Err(_) => {
                        eprintln!("--as-of: not a date in the form YYYY-MM-DD");
                        return ExitCode::from(2);
                    }
                }
                i += 2;
            }
            "-h" | "--help" => return usage(),
            p if path.is_none() => {
                path = Some(p.to_string());
                i += 1;
            }
            _ => return usage(),
        }
    }
    let Some(path) = path else { return usage() };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = match BoardDocument::from_json(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: {} [{}] at {}", e, e.code(), e.path());
            return ExitCode::from(1);
        }
    };
    let options = ValidateOptions { as_of };
    let report = doc.validate(&options);
    println!("boardkit {} — {}", boardkit::VERSION, path);
    match as_of {
        Some(d) => println!("as of {d}\n"),
        None => println!("no --as-of date given: date-dependent rules not run\n"),
    }
    println!("== Validation ==");
    print!("{}", boardkit::report::render_findings(&report));
    ExitCode::SUCCESS
}
