//! Functions a reader can hold: no function of the production code of `core/` over 80
//! lines, but the listed. A function's lines run from the line of its `fn` to the line of
//! its closing brace; test code (an item under `#[cfg(test)]`, and a file that is such a
//! module) is not production code.

use super::long::rs_files;
use std::path::{Path, PathBuf};

/// Functions over 80 lines now (`file: name`, the name followed by `#2`, `#3`... for a
/// later function of the same name in the file), with their line counts: none may grow,
/// and one that is at 80 lines or under again must leave the list.
const LONG: &[(&str, usize)] = &[];

const LIMIT: usize = 80;

/// The text with comments, strings and character literals blanked to spaces (their
/// newlines kept), so braces and keywords are only those of the code.
fn code_only(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in out.iter_mut().take(to.min(chars.len())).skip(from) {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let start = i;
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r'
            && matches!(next, Some('"') | Some('#'))
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let hashes = j - i - 1;
            i = j + 1;
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '\'' {
            // A character literal ('a', '\n', '\u{..}'), not a lifetime ('a).
            let close = if next == Some('\\') {
                (i + 2..chars.len().min(i + 12)).find(|&k| chars[k] == '\'')
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            i = close.map_or(i + 1, |k| k + 1);
            if close.is_none() {
                continue;
            }
        } else {
            i += 1;
            continue;
        }
        blank(&mut out, start, i);
    }
    out
}

/// The position of the brace that closes the one at `open`.
fn closing(code: &[char], open: usize) -> usize {
    let mut depth = 0usize;
    for (k, c) in code.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// The end of the item that starts at `from`: its closing brace, or its `;`.
fn item_end(code: &[char], from: usize) -> usize {
    let mut depth = 0i32;
    for k in from..code.len() {
        match code[k] {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ';' if depth == 0 => return k,
            '{' if depth == 0 => return closing(code, k),
            _ => {}
        }
    }
    code.len()
}

fn word_at(code: &[char], k: usize, word: &str) -> bool {
    let ident = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() || *c == '_');
    let w: Vec<char> = word.chars().collect();
    code.get(k..k + w.len()) == Some(&w[..])
        && (k == 0 || !ident(code.get(k - 1)))
        && !ident(code.get(k + w.len()))
}

/// Every function of a file's production code: its name and its number of lines.
pub fn functions(text: &str) -> Vec<(String, usize)> {
    let code = code_only(text);
    let mut lines = Vec::with_capacity(code.len() + 1);
    let mut line = 0;
    for c in &code {
        lines.push(line);
        line += usize::from(*c == '\n');
    }
    lines.push(line);
    let line_of = |k: usize| lines[k.min(code.len())];
    let mut out = Vec::new();
    let mut k = 0;
    while k < code.len() {
        if code[k] == '#'
            && code[k..]
                .iter()
                .collect::<String>()
                .starts_with("#[cfg(test)]")
        {
            k = item_end(&code, k + "#[cfg(test)]".len()) + 1;
            continue;
        }
        if word_at(&code, k, "fn") {
            let mut j = k + 2;
            while code.get(j).is_some_and(|c| c.is_whitespace()) {
                j += 1;
            }
            let start = j;
            while code
                .get(j)
                .is_some_and(|c| c.is_alphanumeric() || *c == '_')
            {
                j += 1;
            }
            if j > start {
                let name: String = code[start..j].iter().collect();
                let end = item_end(&code, j);
                if code.get(end) == Some(&'}') {
                    out.push((name, line_of(end) - line_of(k) + 1));
                }
            }
            k = j.max(k + 2);
            continue;
        }
        k += 1;
    }
    out
}

/// The files that are test modules: `#[cfg(test)] mod name;` names `name.rs` beside the
/// declaring module's own folder.
fn test_module_files(path: &Path, text: &str) -> Vec<PathBuf> {
    let code: String = code_only(text).into_iter().collect();
    let dir = match path.file_stem().and_then(|s| s.to_str()) {
        Some("mod" | "lib" | "main") => path.parent().unwrap().to_path_buf(),
        Some(stem) => path.parent().unwrap().join(stem),
        None => return Vec::new(),
    };
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        rest = &rest[at + "#[cfg(test)]".len()..];
        let item = rest.trim_start();
        if let Some(decl) = item.strip_prefix("mod ") {
            let name: String = decl
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if decl[name.len()..].trim_start().starts_with(';') {
                out.push(dir.join(format!("{name}.rs")));
                out.push(dir.join(&name).join("mod.rs"));
            }
        }
    }
    out
}

/// Fails on a production function of `core/` over the limit and not listed, on a listed
/// function that grew, and on a listed function that is at the limit or under again (or
/// gone).
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
    files.sort();
    let texts: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            (p, t)
        })
        .collect();
    let tests: Vec<PathBuf> = texts
        .iter()
        .flat_map(|(p, t)| test_module_files(p, t))
        .collect();
    let mut found = std::collections::BTreeMap::new();
    for (path, text) in &texts {
        if tests.contains(path) {
            continue;
        }
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let mut seen = std::collections::HashMap::new();
        for (f, lines) in functions(text) {
            let n = seen.entry(f.clone()).or_insert(0);
            *n += 1;
            let key = if *n == 1 {
                format!("{name}: {f}")
            } else {
                format!("{name}: {f}#{n}")
            };
            found.insert(key, lines);
        }
    }
    let mut problems = Vec::new();
    for (key, lines) in &found {
        match LONG.iter().find(|(f, _)| f == key) {
            None if *lines > LIMIT => {
                problems.push(format!("{key}: {lines} lines (limit {LIMIT})"))
            }
            Some((_, listed)) if lines > listed => problems.push(format!(
                "{key}: {lines} lines, listed at {listed}: it may not grow"
            )),
            Some(_) if *lines <= LIMIT => problems.push(format!(
                "{key}: {lines} lines, {LIMIT} or under now: remove it from the list (layers/fns.rs)"
            )),
            _ => {}
        }
    }
    for (listed, _) in LONG {
        if !found.contains_key(*listed) {
            problems.push(format!(
                "{listed} no longer exists: remove it from the list (layers/fns.rs)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
