//! `boardkit test`: run rule fixtures (files or folders of them, recursively, in sorted
//! order) and say which pass: `ok NAME`, or `FAIL NAME` with a line per missing or
//! unexpected finding, then `N passed, M failed` alone on the last line.
//!
//! Exit status: 0 when every fixture passes (and the coverage is at least
//! `--coverage-min`), 1 when one fails, 2 when a fixture is invalid or the command line
//! is wrong. `--bless` rewrites each fixture's expectations to the findings it gives now:
//! it is the only way this command writes a file.

use crate::args::{Args, Failure};
use boardkit::testing::{self, Fixture, FixtureResult, RuleCoverage};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const FLAGS: &[&str] = &["rule", "coverage-min", "format"];

/// A fixture that could not be run: its file, and the error at a pointer into it.
struct Invalid {
    file: String,
    code: &'static str,
    path: String,
    message: String,
}

/// The fixtures of one file, and whether the file holds an array.
struct File {
    path: PathBuf,
    many: bool,
    fixtures: Vec<Fixture>,
}

/// What the flags ask for.
struct Asked {
    json: bool,
    coverage: bool,
    coverage_min: Option<usize>,
    bless: bool,
    rule: Option<String>,
}

/// Run `test`, returning the exit status.
pub fn run(argv: &[String]) -> ExitCode {
    match run_checked(argv) {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Usage(m)) => {
            eprintln!("boardkit: {m}");
            ExitCode::from(2)
        }
        Err(Failure::Failed(m)) => {
            eprintln!("boardkit: {m}");
            ExitCode::from(1)
        }
    }
}

fn asked(argv: &[String]) -> Result<(Asked, Vec<String>), Failure> {
    let flag = |name: &str| argv.iter().any(|w| w == name);
    let (coverage, bless) = (flag("--coverage"), flag("--bless"));
    let rest: Vec<String> = argv
        .iter()
        .filter(|w| *w != "--coverage" && *w != "--bless")
        .cloned()
        .collect();
    let a = Args::parse(&rest, FLAGS)?;
    let json = match a.get("format") {
        None | Some("text") => false,
        Some("json") => true,
        Some(_) => {
            return Err(Failure::Usage(
                "--format needs text or json, for example --format json".into(),
            ))
        }
    };
    let coverage_min = match a.get("coverage-min") {
        None => None,
        Some(n) => Some(n.parse().map_err(|_| {
            Failure::Usage(
                "--coverage-min needs a whole number, for example --coverage-min 1".into(),
            )
        })?),
    };
    let rule = a.get("rule").map(String::from);
    if rule
        .as_deref()
        .is_some_and(|r| boardkit::catalogue::find(r).is_none())
    {
        return Err(Failure::Usage(
            "--rule needs a code of the rule catalogue (RULES.md), for example --rule action.overdue".into(),
        ));
    }
    if a.words.is_empty() {
        return Err(Failure::Usage(
            "test needs fixture files or folders, for example: boardkit test tests/conformance"
                .into(),
        ));
    }
    let asked = Asked {
        json,
        coverage,
        coverage_min,
        bless,
        rule,
    };
    Ok((asked, a.words))
}

fn run_checked(argv: &[String]) -> Result<u8, Failure> {
    let (asked, words) = asked(argv)?;
    let mut paths = Vec::new();
    for w in &words {
        collect(Path::new(w), &mut paths)?;
    }
    paths.sort();
    paths.dedup();
    let (files, mut invalid) = read_all(&paths);
    let mut results: Vec<FixtureResult> = Vec::new();
    let mut blessed: Vec<(&File, Vec<Fixture>)> = Vec::new();
    for file in &files {
        let base = file.path.parent().unwrap_or(Path::new("."));
        let mut load = |at: &str, name: &str| -> Result<String, boardkit::Error> {
            std::fs::read_to_string(base.join(name)).map_err(|_| {
                boardkit::Error::invalid(
                    format!("{at}/document_file"),
                    "The document this names could not be read: give a path relative to the fixture's folder, for example ../../../examples/data/leicester-lscb.json",
                )
            })
        };
        let mut rewritten = Vec::new();
        for (i, f) in file.fixtures.iter().enumerate() {
            let at = if file.many {
                format!("/{i}")
            } else {
                String::new()
            };
            let wanted = asked.rule.as_deref().is_none_or(|r| f.mentions(r));
            if !wanted && !asked.bless {
                continue;
            }
            match testing::run(f, &at, &mut load) {
                Ok(r) => {
                    rewritten.push(pinned(f, &r));
                    if wanted {
                        results.push(r);
                    }
                }
                Err(e) => invalid.push(invalid_of(&file.path, e)),
            }
        }
        if asked.bless {
            blessed.push((file, rewritten));
        }
    }
    if asked.bless && invalid.is_empty() {
        for (file, fixtures) in &blessed {
            bless(file, fixtures)?;
        }
    }
    let all: Vec<Fixture> = files.iter().flat_map(|f| f.fixtures.clone()).collect();
    let coverage = testing::coverage(&all);
    report(&asked, &results, &invalid, &coverage)?;
    let failed = results.iter().filter(|r| !r.passed).count();
    let short = asked.coverage_min.is_some_and(|n| {
        coverage
            .iter()
            .any(|c| c.breaks < n || c.silent_in_only < n)
    });
    Ok(if !invalid.is_empty() {
        2
    } else if failed > 0 || short {
        1
    } else {
        0
    })
}

/// A path's fixture files: the file itself, or every `.json` file under the folder.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), Failure> {
    if path.is_dir() {
        let entries = std::fs::read_dir(path)
            .map_err(|e| Failure::Failed(format!("{} could not be read: {e}.", path.display())))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() || p.extension().is_some_and(|x| x == "json") {
                collect(&p, out)?;
            }
        }
        Ok(())
    } else if path.is_file() {
        out.push(path.to_path_buf());
        Ok(())
    } else {
        Err(Failure::Usage(format!(
            "{} is not a file or folder: give fixture files or folders, for example tests/conformance",
            path.display()
        )))
    }
}

fn invalid_of(file: &Path, e: boardkit::Error) -> Invalid {
    Invalid {
        file: file.display().to_string(),
        code: e.code(),
        path: e.path().to_string(),
        message: e.to_string(),
    }
}

/// Read every file; a name given twice in the corpus makes the later fixture invalid.
fn read_all(paths: &[PathBuf]) -> (Vec<File>, Vec<Invalid>) {
    let mut files = Vec::new();
    let mut invalid = Vec::new();
    let mut names: HashMap<String, ()> = HashMap::new();
    for path in paths {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(_) => {
                invalid.push(invalid_of(
                    path,
                    boardkit::Error::invalid("", "The fixture file could not be read as text"),
                ));
                continue;
            }
        };
        let fixtures = match testing::read_fixtures(&text) {
            Ok(f) => f,
            Err(e) => {
                invalid.push(invalid_of(path, e));
                continue;
            }
        };
        let many = text.trim_start().starts_with('[');
        for (i, f) in fixtures.iter().enumerate() {
            if names.insert(f.name.clone(), ()).is_some() {
                let at = if many {
                    format!("/{i}/name")
                } else {
                    "/name".into()
                };
                invalid.push(invalid_of(
                    path,
                    boardkit::Error::invalid(at, "Another fixture of the corpus has this name: give each fixture its own name, for example \"action.overdue breaks\""),
                ));
            }
        }
        files.push(File {
            path: path.clone(),
            many,
            fixtures,
        });
    }
    (files, invalid)
}

/// The fixture with its expectations set to the findings it gives now.
fn pinned(f: &Fixture, r: &FixtureResult) -> Fixture {
    let mut out = f.clone();
    out.expect = r
        .findings
        .iter()
        .map(|x| testing::Expectation {
            code: x.code.clone(),
            path: Some(x.path.clone()),
            severity: Some(x.severity),
        })
        .collect();
    out.expect_exactly = true;
    out
}

fn bless(file: &File, fixtures: &[Fixture]) -> Result<(), Failure> {
    let value = if file.many {
        serde_json::to_value(fixtures)
    } else {
        fixtures
            .first()
            .map_or(Ok(Value::Null), serde_json::to_value)
    }
    .map_err(|e| Failure::Failed(format!("The fixtures could not be written: {e}.")))?;
    let mut text = serde_json::to_string_pretty(&value)
        .map_err(|e| Failure::Failed(format!("The fixtures could not be written: {e}.")))?;
    text.push('\n');
    crate::args::write(&file.path, text.as_bytes())
}

fn report(
    asked: &Asked,
    results: &[FixtureResult],
    invalid: &[Invalid],
    coverage: &[RuleCoverage],
) -> Result<(), Failure> {
    let passed = results.iter().filter(|r| r.passed).count();
    let failed = results.len() - passed;
    if asked.json {
        let mut v = json!({
            "results": results,
            "passed": passed,
            "failed": failed,
            "invalid": invalid.iter().map(|i| json!({
                "file": i.file, "code": i.code, "path": i.path, "message": i.message,
            })).collect::<Vec<_>>(),
        });
        if asked.coverage || asked.coverage_min.is_some() {
            v["coverage"] = json!(coverage);
        }
        let mut text = serde_json::to_string_pretty(&v)
            .map_err(|e| Failure::Failed(format!("The result could not be written: {e}.")))?;
        text.push('\n');
        return crate::args::print(text.as_bytes());
    }
    for i in invalid {
        let at = if i.path.is_empty() { "(root)" } else { &i.path };
        eprintln!(
            "boardkit: {}: invalid fixture: {} [{}] at {at}",
            i.file,
            i.message.trim_end_matches('.'),
            i.code
        );
    }
    let mut s = String::new();
    for r in results {
        s.push_str(&format!(
            "{} {}\n",
            if r.passed { "ok" } else { "FAIL" },
            r.name
        ));
        for line in r.failure_lines() {
            s.push_str(&format!("    {line}\n"));
        }
    }
    if asked.coverage || asked.coverage_min.is_some() {
        s.push_str("coverage: breaks, kept silent (of which with the rule in only), rule\n");
        for c in coverage {
            s.push_str(&format!(
                "{:>6} {:>6} ({:>3}) {}\n",
                c.breaks, c.silent, c.silent_in_only, c.code
            ));
        }
    }
    s.push_str(&format!("{passed} passed, {failed} failed\n"));
    crate::args::print(s.as_bytes())
}
