//! Every hand-kept list of capabilities against the one capability table
//! (`ffi/src/capabilities.rs`): the C functions of the sources and of the committed
//! header, the wasm exports and JS names, the loaded board's questions, the C, Node and
//! fuzz tables. A failure names each missing or extra entry; `bash tests/codegen.sh`
//! regenerates what can be generated (README.md, "Adding a capability").

use boardkit_ffi::capabilities::{all, Capability, Kind, REQUESTS};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}

/// The text of every file of a folder whose name ends with `ext`, with its name.
fn read_dir(rel: &str, ext: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}")) {
        let path = entry.expect("a folder entry").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.ends_with(ext) {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            out.push((format!("{rel}/{name}"), text));
        }
    }
    out.sort();
    out
}

/// Each identifier-like word starting with `prefix` that is followed by `(`... or
/// anything: the words of `text` that begin with `prefix`, with the byte after them.
fn words_after<'a>(text: &'a str, prefix: &str) -> Vec<(&'a str, Option<u8>)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut base = 0;
    while let Some(i) = rest.find(prefix) {
        let start = base + i;
        let boundary = start == 0
            || !text.as_bytes()[start - 1].is_ascii_alphanumeric()
                && text.as_bytes()[start - 1] != b'_';
        let len = text[start..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        if boundary && len > prefix.len() {
            out.push((
                &text[start..start + len],
                text.as_bytes().get(start + len).copied(),
            ));
        }
        base = start + len.max(1);
        rest = &text[base..];
    }
    out
}

/// `missing` (in the table, not in the list) and `extra` (in the list, not in the table).
fn compare(what: &str, table: &[&str], list: &[&str], problems: &mut Vec<String>) {
    let table: BTreeSet<&str> = table.iter().copied().collect();
    let list: BTreeSet<&str> = list.iter().copied().collect();
    for n in table.difference(&list) {
        problems.push(format!(
            "{what}: {n} is in the capability table but missing here"
        ));
    }
    for n in list.difference(&table) {
        problems.push(format!(
            "{what}: {n} is extra (not in ffi/src/capabilities.rs)"
        ));
    }
}

fn c_names(filter: impl Fn(&Capability) -> bool) -> Vec<&'static str> {
    all().filter(|c| filter(c)).filter_map(|c| c.c).collect()
}

fn assert_none(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} difference(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_c_functions_are_the_table() {
    let mut problems = Vec::new();
    // The definitions in ffi/src (every module, whatever its feature).
    let mut defined = Vec::new();
    for (_, text) in read_dir("ffi/src", ".rs") {
        for line in text.lines() {
            if let Some(rest) = line.split("extern \"C\" fn ").nth(1) {
                defined.push(rest.split('(').next().unwrap_or("").trim().to_string());
            }
        }
    }
    let defined: Vec<&str> = defined.iter().map(String::as_str).collect();
    compare(
        "ffi/src (extern \"C\" fn)",
        &c_names(|_| true),
        &defined,
        &mut problems,
    );
    // The declarations of the committed header (comments mention names too: skip them).
    let header = read("ffi/include/boardkit.h");
    let declared: Vec<&str> = header
        .lines()
        .filter(|l| !l.trim_start().starts_with(['*', '/']))
        .flat_map(|l| words_after(l, "boardkit_"))
        .filter(|(_, next)| *next == Some(b'('))
        .map(|(w, _)| w)
        .collect();
    compare(
        "ffi/include/boardkit.h",
        &c_names(|_| true),
        &declared,
        &mut problems,
    );
    assert_none(problems);
}

/// A `#[wasm_bindgen]` function's JS name: its `js_name`, `constructor`, or its own name.
fn exported(attr: &str, name: &str) -> String {
    if attr.contains("constructor") {
        return "constructor".into();
    }
    match attr.split("js_name = ").nth(1) {
        Some(rest) => rest
            .split([',', ')'])
            .next()
            .unwrap_or(name)
            .trim()
            .to_string(),
        None => name.to_string(),
    }
}

/// The wasm exports written by hand in wasm/src (the request capabilities are expanded
/// from the table itself), methods of `RawBoard` as `RawBoard.name`.
fn hand_wasm_exports() -> Vec<String> {
    let mut out = vec!["RawBoard.free".to_string()]; // wasm-bindgen's own
    for (_, text) in read_dir("wasm/src", ".rs") {
        let mut class = None;
        let mut attr: Option<&str> = None;
        for line in text.lines().map(str::trim) {
            if line.starts_with("#[wasm_bindgen(js_class = ") {
                class = Some("RawBoard");
            } else if line.starts_with("#[wasm_bindgen") {
                attr = Some(line);
            } else if let Some(rest) = line.strip_prefix("pub fn ") {
                let name = rest.split('(').next().unwrap_or("");
                match (class, attr.take()) {
                    (Some(c), a) => out.push(format!("{c}.{}", exported(a.unwrap_or(""), name))),
                    // `js_name = $js`: the macro expanding the table's request capabilities.
                    (None, Some(a)) if a.contains("$js") => {}
                    (None, Some(a)) => out.push(exported(a, name)),
                    (None, None) => {}
                }
            }
        }
    }
    out
}

#[test]
fn the_wasm_exports_and_js_names_are_the_table() {
    let mut problems = Vec::new();
    let main = |c: &Capability| c.feature.is_none();
    let hand: Vec<&str> = all()
        .filter(|c| main(c) && c.kind != Kind::Request)
        .filter_map(|c| c.wasm)
        .collect();
    let lib = read("wasm/src/lib.rs");
    if !lib.contains("crate::for_each_request!(wasm_exports);") {
        problems.push("wasm/src/lib.rs no longer expands the table's request capabilities".into());
    }
    let exports = hand_wasm_exports();
    let exports: Vec<&str> = exports.iter().map(String::as_str).collect();
    compare(
        "wasm/src (#[wasm_bindgen] by hand)",
        &hand,
        &exports,
        &mut problems,
    );
    // api.js: its exported functions and the methods of its Board class.
    let api = read("wasm/js/api.js");
    let (functions, class) = api.split_once("export class Board").unwrap_or((&api, ""));
    let names: Vec<&str> = functions
        .lines()
        .filter_map(|l| l.strip_prefix("export const "))
        .filter_map(|l| l.split(' ').next())
        .collect();
    let want: Vec<&str> = all()
        .filter(|c| main(c) && c.kind != Kind::Board)
        .filter_map(|c| c.js)
        .collect();
    compare(
        "wasm/js/api.js (export const)",
        &want,
        &names,
        &mut problems,
    );
    let methods: Vec<String> = class
        .lines()
        .filter_map(|l| l.strip_prefix("  "))
        .map(|l| l.trim_start_matches("static "))
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.ends_with(") {"))
        .filter_map(|l| l.split('(').next())
        .filter(|m| *m != "toJSON") // JSON.stringify's convention over `document`
        .map(|m| format!("Board.{m}"))
        .collect();
    let methods: Vec<&str> = methods.iter().map(String::as_str).collect();
    let want: Vec<&str> = all()
        .filter(|c| main(c) && c.kind == Kind::Board)
        .filter_map(|c| c.js)
        .collect();
    compare(
        "wasm/js/api.js (class Board)",
        &want,
        &methods,
        &mut problems,
    );
    assert_none(problems);
}

#[test]
fn the_loaded_board_questions_are_the_table() {
    let mut problems = Vec::new();
    let table: Vec<&str> = all().filter_map(|c| c.query).collect();
    compare(
        "boardkit::loaded::QUERIES",
        &table,
        boardkit::loaded::QUERIES,
        &mut problems,
    );
    assert_none(problems);
}

/// The C functions a table of a C test names (`fn_name,` in its rows), from the line
/// `start` to the end of its initialiser.
fn c_rows(file: &str, start: &str) -> Vec<String> {
    let text = read(file);
    let block = text.split_once(start).map_or("", |(_, rest)| rest);
    let block = block.split_once("\n};").map_or(block, |(rows, _)| rows);
    words_after(block, "boardkit_")
        .into_iter()
        .filter(|(_, next)| *next == Some(b','))
        .map(|(w, _)| w.to_string())
        .collect()
}

/// `list` names every request capability, and nothing outside the table.
fn covers_requests(
    what: &str,
    list: &[String],
    problems: &mut Vec<String>,
    pick: fn(&Capability) -> Option<&'static str>,
) {
    let known: BTreeSet<&str> = all().filter_map(pick).collect();
    let list: BTreeSet<&str> = list.iter().map(String::as_str).collect();
    for c in REQUESTS
        .iter()
        .filter_map(pick)
        .filter(|n| !list.contains(n))
    {
        problems.push(format!(
            "{what}: no row for {c}, a request capability of the table"
        ));
    }
    for n in list.iter().filter(|n| !known.contains(*n)) {
        problems.push(format!(
            "{what}: {n} is extra (not in ffi/src/capabilities.rs)"
        ));
    }
}

#[test]
fn the_c_and_node_tables_name_every_request_capability() {
    let mut problems = Vec::new();
    let c = |c: &Capability| c.c;
    let rows = c_rows("tests/c/test_capabilities.c", "CASES[] = {");
    covers_requests("tests/c/test_capabilities.c CASES", &rows, &mut problems, c);
    let rows = c_rows("tests/c/test_sentinels.c", "CASES[] = {");
    covers_requests("tests/c/test_sentinels.c CASES", &rows, &mut problems, c);
    // The threads test calls a mix, not every capability: only names of the table.
    let known: BTreeSet<&str> = c_names(|_| true).into_iter().collect();
    for n in c_rows("tests/c/test_threads.c", "static void prepare_mix") {
        if !known.contains(n.as_str()) {
            problems.push(format!(
                "tests/c/test_threads.c: {n} is extra (not in ffi/src/capabilities.rs)"
            ));
        }
    }
    // The Node test of every capability marks each one it calls with `use('name')`.
    let node = read("tests/node/capabilities.test.mjs");
    let used: Vec<String> = node
        .split("use('")
        .skip(1)
        .filter_map(|s| s.split('\'').next())
        .map(str::to_string)
        .collect();
    covers_requests(
        "tests/node/capabilities.test.mjs use(...)",
        &used,
        &mut problems,
        |c| c.js,
    );
    assert_none(problems);
}

/// Whether `word` occurs in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].bytes().next_back();
        let after = text.as_bytes().get(i + word.len()).copied();
        let ident = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
        !ident(before) && !ident(after)
    })
}

#[test]
fn every_capability_has_a_c_test_and_a_js_test() {
    let mut c_tests: Vec<(String, String)> = read_dir("tests/c", ".c");
    c_tests.extend(read_dir("tests/c/render", ".c"));
    c_tests.extend(read_dir("tests/c_import", ".c"));
    let c_text: String = c_tests.into_iter().map(|(_, t)| t).collect();
    let mut js_tests = read_dir("tests/node", ".mjs");
    js_tests.extend(read_dir("tests/node-render", ".mjs"));
    js_tests.push((
        "tests/wasm_import.cjs".into(),
        read("tests/wasm_import.cjs"),
    ));
    let js_text: String = js_tests.into_iter().map(|(_, t)| t).collect();
    let mut problems = Vec::new();
    for c in all() {
        if let Some(name) = c.c.filter(|n| !has_word(&c_text, n)) {
            problems.push(format!(
                "{name}: no C test calls it (tests/c, tests/c_import)"
            ));
        }
        let Some(js) = c.js else { continue };
        let called = match js.strip_prefix("Board.") {
            Some("constructor") => {
                js_text.contains("new bk.Board(") || js_text.contains("new Board(")
            }
            Some(method) => js_text.contains(&format!(".{method}(")),
            None => has_word(&js_text, js),
        };
        if !called {
            problems.push(format!(
                "{js}: no JS test calls it (tests/node, tests/node-render)"
            ));
        }
    }
    assert_none(problems);
}

#[test]
fn the_fuzz_entries_are_the_table() {
    let mut problems = Vec::new();
    let target = read("tests/fuzz/fuzz_targets/ffi.rs");
    let entries = c_rows(
        "tests/fuzz/fuzz_targets/ffi.rs",
        "const ENTRIES: &[Entry] = &[",
    );
    let entries: Vec<&str> = entries.iter().map(String::as_str).collect();
    // boardkit_document_validate takes two strings: the target calls it by itself.
    let two = "boardkit_document_validate";
    if !target.contains(&format!("{two}(")) {
        problems.push(format!(
            "tests/fuzz/fuzz_targets/ffi.rs: {two} is not called"
        ));
    }
    let fuzzed = c_names(|c| c.fuzzed && c.c != Some(two));
    compare(
        "tests/fuzz/fuzz_targets/ffi.rs ENTRIES",
        &fuzzed,
        &entries,
        &mut problems,
    );
    // The seeds give one request per entry, in the order of ENTRIES (the first byte of a
    // seed is its entry's index).
    let seed = read("tests/fuzz/seed.py");
    let seeds: Vec<String> = seed
        .split_once("requests = [")
        .map_or("", |(_, rest)| {
            rest.split_once("\n]").map_or(rest, |(r, _)| r)
        })
        .lines()
        .filter_map(|l| l.trim().strip_prefix("(\""))
        .filter_map(|l| l.split('"').next())
        .map(|n| format!("boardkit_{n}"))
        .collect();
    let seeds: Vec<&str> = seeds.iter().map(String::as_str).collect();
    if seeds != entries {
        problems.push(format!(
            "tests/fuzz/seed.py: its requests are not in the order of ENTRIES:\n  seeds   {seeds:?}\n  ENTRIES {entries:?}"
        ));
    }
    assert_none(problems);
}

/// The feature a module of ffi/src is built under (`#[cfg(feature = "x")]` before its
/// `pub mod` line in lib.rs), if any.
fn module_feature(lib: &str, module: &str) -> Option<String> {
    let mut previous = "";
    for line in lib.lines().map(str::trim) {
        if line == format!("pub mod {module};") || line == format!("mod {module};") {
            return previous
                .strip_prefix("#[cfg(feature = \"")
                .and_then(|f| f.strip_suffix("\")]"))
                .map(str::to_string);
        }
        previous = line;
    }
    None
}

#[test]
fn each_c_function_is_built_under_the_feature_the_table_gives() {
    let lib = read("ffi/src/lib.rs");
    let mut problems = Vec::new();
    for (file, text) in read_dir("ffi/src", ".rs") {
        let module = file.trim_start_matches("ffi/src/").trim_end_matches(".rs");
        let feature = module_feature(&lib, module);
        for name in text
            .lines()
            .filter_map(|l| l.split("extern \"C\" fn ").nth(1))
        {
            let name = name.split('(').next().unwrap_or("").trim();
            let Some(c) = all().find(|c| c.c == Some(name)) else {
                continue; // named by the_c_functions_are_the_table
            };
            if c.feature != feature.as_deref() {
                problems.push(format!(
                    "{name}: the table gives feature {:?}, {file} is built under {feature:?}",
                    c.feature
                ));
            }
        }
    }
    assert_none(problems);
}
