//! `boardkit import minutes|actions|risks|attendance FILE [--context DOC] [--mapping JSON]`:
//! prints the draft (JSON) on standard output and a readable list of uncertainties on
//! standard error. Exit status 0 when imported, 1 when the file could not be imported,
//! 2 on a usage error.

use boardkit::BoardDocument;
use boardkit_import::table::{read_table, Format, Mapping, TableKind};
use boardkit_import::{ImportError, Imported};
use std::process::ExitCode;

struct Args {
    what: String,
    file: String,
    context: Option<String>,
    mapping: Option<String>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    let what = it
        .next()
        .ok_or("say what to import: minutes, actions, risks or attendance")?
        .clone();
    let mut file = None;
    let mut context = None;
    let mut mapping = None;
    let once = |slot: &Option<String>, flag: &str| match slot {
        Some(_) => Err(format!(
            "{flag} is given twice; give it once, for example {flag} {}",
            crate::args::example(flag.trim_start_matches('-'))
        )),
        None => Ok(()),
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--context" => {
                once(&context, "--context")?;
                context = Some(it.next().ok_or("--context needs a file")?.clone())
            }
            "--mapping" => {
                once(&mapping, "--mapping")?;
                mapping = Some(it.next().ok_or("--mapping needs JSON or a file")?.clone())
            }
            _ if file.is_none() => file = Some(a.clone()),
            _ => return Err("too many arguments".into()),
        }
    }
    Ok(Args {
        what,
        file: file.ok_or("give the file to import")?,
        context,
        mapping,
    })
}

fn context(path: &Option<String>) -> Result<Option<BoardDocument>, String> {
    let Some(p) = path else { return Ok(None) };
    let text =
        std::fs::read_to_string(p).map_err(|e| format!("cannot read the context document: {e}"))?;
    BoardDocument::from_json(&text)
        .map(Some)
        .map_err(|e| ImportError::Context(e.to_string()).to_string())
}

fn mapping(arg: &Option<String>) -> Result<Option<Mapping>, String> {
    let Some(a) = arg else { return Ok(None) };
    let text = if a.trim_start().starts_with('{') {
        a.clone()
    } else {
        std::fs::read_to_string(a).map_err(|e| format!("cannot read the mapping file: {e}"))?
    };
    // The library's strict reader: a key given twice is refused, never last-wins.
    boardkit::error::from_json::<Mapping>(&text)
        .map(Some)
        .map_err(|e| format!("the mapping is not a JSON object of field names to headers, each given once, for example {{\"description\": \"Action\"}}: {e} [{}]", e.code()))
}

fn import(a: &Args) -> Result<Imported, String> {
    let bytes = std::fs::read(&a.file).map_err(|e| format!("cannot read the file: {e}"))?;
    let ctx = context(&a.context)?;
    let map = mapping(&a.mapping)?;
    let kind = match a.what.as_str() {
        "minutes" => {
            let r = if a.file.to_lowercase().ends_with(".docx") {
                boardkit_import::docx::import_docx(&bytes, ctx.as_ref())
            } else {
                boardkit_import::minutes::import_minutes_bytes(&bytes, ctx.as_ref())
            };
            return r
                .map(|d| Imported::Draft(Box::new(d)))
                .map_err(|e| e.to_string());
        }
        "actions" => TableKind::Actions,
        "risks" => TableKind::Risks,
        "attendance" => TableKind::Attendance,
        "contributions" => TableKind::Contributions,
        _ => {
            return Err("import what? minutes, actions, risks, attendance or contributions".into())
        }
    };
    // A table's compact draft, written out as it is made (never its typed records).
    read_table(
        kind,
        &bytes,
        Format::from_name(&a.file),
        ctx.as_ref(),
        map.as_ref(),
    )
    .map(|t| Imported::Table(Box::new(t)))
    .map_err(|e| e.to_string())
}

/// The draft as pretty JSON on standard output, the same text as `Draft::to_json`.
fn print_draft(draft: &mut Imported) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    draft.write_json(&mut out)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Run `boardkit import ...` with the arguments after `import`.
pub fn run(args: &[String]) -> ExitCode {
    let a = match parse(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("boardkit import: {e}\n{}", crate::USAGE);
            return ExitCode::from(2);
        }
    };
    match import(&a) {
        Ok(mut draft) => {
            // Streamed: the draft's JSON is never held whole in memory beside the draft.
            if let Err(e) = print_draft(&mut draft) {
                eprintln!("boardkit import: standard output could not be written: {e}");
                return ExitCode::from(1);
            }
            let n = draft.uncertainties().len();
            eprintln!(
                "{n} uncertaint{} to check:",
                if n == 1 { "y" } else { "ies" }
            );
            eprint!(
                "{}",
                boardkit_import::uncertainty_list(draft.uncertainties())
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("boardkit import: {e}");
            ExitCode::from(1)
        }
    }
}
