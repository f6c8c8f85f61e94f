//! `boardkit render`: the board pack or one of its sections as HTML, Markdown or CSV.

use crate::args::{self, Args, Failure};
use boardkit_render::{csv_out, Pack, SectionKind, Templates};
use std::path::Path;

const FLAGS: &[&str] = &[
    "format",
    "as-of",
    "from",
    "to",
    "body",
    "meeting",
    "templates",
    "out",
];

/// A host's own templates: any file of the default set's names found in the folder
/// replaces the default.
fn templates(dir: Option<&str>) -> Result<Templates, Failure> {
    let mut t = Templates::default();
    if let Some(dir) = dir {
        unknown_templates(dir)?;
        let mut found = 0;
        for (name, _) in boardkit_render::templates::DEFAULTS {
            let path = Path::new(dir).join(name);
            if path.exists() {
                let source = std::fs::read_to_string(&path).map_err(|e| {
                    Failure::Failed(format!("{} could not be read: {e}", path.display()))
                })?;
                t = t.with(name, &source);
                found += 1;
            }
        }
        if found == 0 {
            return Err(Failure::Usage(format!(
                "{dir} has none of the template names pack.html, pack.md, heatmap.svg, bars.svg, trend.svg"
            )));
        }
    }
    Ok(t)
}

/// Refuse a folder holding a template file (`.html`, `.md`, `.svg`) of a name the set
/// does not have: it would be silently unused. The file is named by its position only.
fn unknown_templates(dir: &str) -> Result<(), Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::Failed(format!("the templates folder could not be read: {e}")))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html") || n.ends_with(".md") || n.ends_with(".svg"))
        .collect();
    names.sort();
    let known = |n: &String| {
        boardkit_render::templates::DEFAULTS
            .iter()
            .any(|(d, _)| d == n)
    };
    match names.iter().position(|n| !known(n)) {
        None => Ok(()),
        Some(i) => Err(Failure::Usage(format!(
            "the templates folder holds a template file whose name is not one of pack.html, pack.md, heatmap.svg, bars.svg, trend.svg (template file {} of {} in name order), so it would not be used; rename it to the template it replaces, for example pack.html",
            i + 1,
            names.len()
        ))),
    }
}

/// Run `render`.
pub fn run(argv: &[String]) -> Result<(), Failure> {
    let a = Args::parse(argv, FLAGS)?;
    let [what, path] = a.words.as_slice() else {
        return Err(Failure::Usage(
            "render needs what to render (pack, actions, risks, attendance, budget, scorecard or minutes) and a board document".into(),
        ));
    };
    let kinds: Vec<SectionKind> = if what == "pack" {
        SectionKind::ALL.to_vec()
    } else {
        vec![SectionKind::from_key(what).ok_or_else(|| {
            Failure::Usage(
                "render pack, actions, risks, attendance, budget, scorecard or minutes".into(),
            )
        })?]
    };
    let as_of = a.date("as-of")?.ok_or_else(|| {
        Failure::Usage(
            "--as-of is needed: the date the papers speak as of, for example --as-of 2017-02-01"
                .into(),
        )
    })?;
    let format = a.get("format").unwrap_or("html");
    let doc = args::document(path)?;
    let options = a.options(as_of)?;
    let pack = Pack::build(&doc, &options, &kinds).map_err(args::failed)?;
    match format {
        "html" => {
            let t = templates(a.get("templates"))?;
            args::print(t.html(&pack).map_err(args::failed)?.as_bytes())
        }
        "md" => {
            let t = templates(a.get("templates"))?;
            args::print(t.markdown(&pack).map_err(args::failed)?.as_bytes())
        }
        "csv" => {
            let mut files = Vec::new();
            for s in &pack.sections {
                files.extend(csv_out::section(s).map_err(args::failed)?);
            }
            match a.get("out") {
                Some(dir) => {
                    for (name, bytes) in &files {
                        args::write(&Path::new(dir).join(name), bytes)?;
                    }
                    eprintln!("{} CSV file(s) written to {dir}", files.len());
                    Ok(())
                }
                None if kinds.len() == 1 => match files.first() {
                    Some((_, bytes)) => args::print(bytes),
                    None => Err(Failure::Failed(
                        "this section has no table to write as CSV".into(),
                    )),
                },
                None => Err(Failure::Usage(
                    "the pack has many tables: give --out DIR to write one CSV file per table"
                        .into(),
                )),
            }
        }
        _ => Err(Failure::Usage("--format is html, md or csv".into())),
    }
}
