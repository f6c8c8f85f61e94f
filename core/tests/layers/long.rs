//! Files a reader can hold: no production file of `core/` over 600 lines, but the listed.

use std::path::Path;

/// Files over 600 lines now, with their line counts: none may grow, and one that is
/// under 600 again must leave the list. Empty: no production file is over the limit.
const LONG: &[(&str, usize)] = &[];

const LIMIT: usize = 600;

/// Every `.rs` file under `dir`, into `out` (also used by `fns.rs`).
pub(super) fn rs_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rs_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Fails on a production file of `core/` over the limit and not listed, on a listed file
/// that grew, and on a listed file that is under the limit again.
pub fn check(root: &Path) {
    let mut files = Vec::new();
    for src in [
        "core/src",
        "core/import/src",
        "core/render/src",
        "core/cli/src",
    ] {
        rs_files(&root.join(src), &mut files);
    }
    let mut problems = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let lines = std::fs::read_to_string(&path).unwrap().lines().count();
        match LONG.iter().find(|(f, _)| *f == name) {
            None if lines > LIMIT => {
                problems.push(format!("{name}: {lines} lines (limit {LIMIT})"))
            }
            Some((_, listed)) if lines > *listed => problems.push(format!(
                "{name}: {lines} lines, listed at {listed}: it may not grow"
            )),
            Some(_) if lines <= LIMIT => problems.push(format!(
                "{name}: {lines} lines, under {LIMIT} now: remove it from the list (layers/long.rs)"
            )),
            _ => {}
        }
    }
    for (listed, _) in LONG {
        if !root.join(listed).exists() {
            problems.push(format!(
                "{listed} no longer exists: remove it from the list (layers/long.rs)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
