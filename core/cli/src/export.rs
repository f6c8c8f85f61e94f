//! `boardkit export`: a body's meetings and open actions' due dates as iCalendar, or
//! the board as OParl 1.1 objects.

use crate::args::{self, Args, Failure};
use std::path::Path;

const FLAGS: &[&str] = &["as-of", "body", "base", "out"];

/// Run `export`.
pub fn run(argv: &[String]) -> Result<(), Failure> {
    let a = Args::parse(argv, FLAGS)?;
    let [what, path] = a.words.as_slice() else {
        return Err(Failure::Usage(
            "export needs ical or oparl and a board document".into(),
        ));
    };
    match what.as_str() {
        "ical" => {
            let as_of = a.date("as-of")?.ok_or_else(|| {
                Failure::Usage("--as-of is needed: which actions are still open, for example --as-of 2017-02-01".into())
            })?;
            let doc = args::document(path)?;
            let text =
                boardkit_render::ical::calendar(&doc, &a.options(as_of)?).map_err(args::failed)?;
            args::print(text.as_bytes())
        }
        "oparl" => {
            let base = a.get("base").ok_or_else(|| {
                Failure::Usage("--base is needed: the URL the objects will be served under, for example --base https://papers.example.org/oparl".into())
            })?;
            let doc = args::document(path)?;
            // The OParl export does not depend on a date; the options carry one anyway.
            let as_of = a.date("as-of")?.unwrap_or_default();
            let ex = boardkit_render::oparl::export(&doc, &a.options(as_of)?, base)
                .map_err(args::failed)?;
            match a.get("out") {
                None => {
                    let text = serde_json::to_string_pretty(&ex).map_err(|e| {
                        Failure::Failed(format!("the export could not be written: {e}"))
                    })?;
                    args::print(text.as_bytes())
                }
                Some(dir) => {
                    // One file per object, at its URL's path under the folder.
                    let base = base.trim_end_matches('/');
                    let mut n = 0;
                    for (_, obj) in ex.objects() {
                        let id = obj.get("id").and_then(|v| v.as_str()).unwrap_or_default();
                        let rel = id.strip_prefix(base).unwrap_or(id).trim_start_matches('/');
                        let text = serde_json::to_string_pretty(obj).map_err(|e| {
                            Failure::Failed(format!("the export could not be written: {e}"))
                        })?;
                        args::write(&Path::new(dir).join(format!("{rel}.json")), text.as_bytes())?;
                        n += 1;
                    }
                    eprintln!("{n} OParl object(s) written to {dir}");
                    Ok(())
                }
            }
        }
        _ => Err(Failure::Usage("export ical or export oparl".into())),
    }
}
