//! The flags the render and export commands share, and reading the board document.

use boardkit::date::Date;
use boardkit::BoardDocument;
use std::collections::BTreeMap;

/// Why a command stopped: a usage mistake (exit 2) or a failure (exit 1).
pub enum Failure {
    /// The command line is wrong; the message says what would do.
    Usage(String),
    /// The input or the output failed.
    Failed(String),
}

/// A parsed command line: positional words and `--flag value` pairs.
pub struct Args {
    /// Positional words in order.
    pub words: Vec<String>,
    flags: BTreeMap<String, String>,
}

impl Args {
    /// Parse, accepting only the flags named, each at most once (as the library refuses
    /// a key given twice, the last one never silently wins).
    pub fn parse(argv: &[String], allowed: &[&str]) -> Result<Args, Failure> {
        let mut words = Vec::new();
        let mut flags = BTreeMap::new();
        let mut it = argv.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                if !allowed.contains(&name) {
                    return Err(Failure::Usage(format!(
                        "--{name} is not an option of this command"
                    )));
                }
                let Some(v) = it.next() else {
                    return Err(Failure::Usage(format!("--{name} needs a value")));
                };
                if flags.insert(name.to_string(), v.clone()).is_some() {
                    return Err(Failure::Usage(format!(
                        "--{name} is given twice; give it once, for example --{name} {}",
                        example(name)
                    )));
                }
            } else {
                words.push(a.clone());
            }
        }
        Ok(Args { words, flags })
    }

    /// A flag's value.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.flags.get(name).map(String::as_str)
    }

    /// A date flag.
    pub fn date(&self, name: &str) -> Result<Option<Date>, Failure> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| {
                Failure::Usage(format!(
                    "--{name} needs a date written YYYY-MM-DD, for example 2017-02-01"
                ))
            }),
        }
    }

    /// The render options from the flags (`as_of` given by the caller).
    pub fn options(&self, as_of: Date) -> Result<boardkit_render::Options, Failure> {
        let mut o = boardkit_render::Options::as_of(as_of);
        o.from = self.date("from")?;
        o.to = self.date("to")?;
        o.body = self.get("body").map(String::from);
        o.meeting = self.get("meeting").map(String::from);
        Ok(o)
    }
}

/// An example value of a flag, for a message.
pub fn example(flag: &str) -> &'static str {
    match flag {
        "as-of" | "from" | "to" => "2017-02-01",
        "format" => "html",
        "base" => "https://papers.example.org/oparl",
        "context" => "board.json",
        "mapping" => "mapping.json",
        "templates" => "house-style",
        "out" => "papers",
        _ => "b-lscb",
    }
}

/// Read a board document from a file (`-` for standard input).
pub fn document(path: &str) -> Result<BoardDocument, Failure> {
    let text = if path == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| Failure::Failed(format!("standard input could not be read: {e}")))?;
        s
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| Failure::Failed(format!("{path} could not be read: {e}")))?
    };
    BoardDocument::from_json(&text).map_err(|e| {
        Failure::Failed(format!(
            "{path} is not a board document: {e} [{}] at {}",
            e.code(),
            e.path()
        ))
    })
}

/// A render error as a failure.
pub fn failed(e: boardkit_render::Error) -> Failure {
    Failure::Failed(format!("{e} [{}]", e.code()))
}

/// Write bytes to a file, creating its folder.
pub fn write(path: &std::path::Path, bytes: &[u8]) -> Result<(), Failure> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::Failed(format!("{} could not be created: {e}", dir.display())))?;
    }
    std::fs::write(path, bytes)
        .map_err(|e| Failure::Failed(format!("{} could not be written: {e}", path.display())))
}

/// Write to standard output.
pub fn print(bytes: &[u8]) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|_| out.flush())
        .map_err(|e| Failure::Failed(format!("standard output could not be written: {e}")))
}
