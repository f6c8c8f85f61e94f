//! The generated files of the JS API are current: the TypeScript types, the JSON Schemas,
//! `ffi/REQUESTS.md` and the capability block of `wasm/js/api.js`, as the generator
//! (`wasm/codegen/generate.rs`, run by `bash tests/codegen.sh` as the example `codegen`)
//! writes them; and its registrations are the capability table's.

#[path = "../codegen/generate.rs"]
mod generate;

use boardkit_wasm::capabilities::{all, Capability, Kind};
use generate::{api, table};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The capabilities of the main JS package (`boardkit`): not behind a feature.
fn main_package() -> impl Iterator<Item = &'static Capability> {
    all().filter(|c| c.feature.is_none())
}

/// The JS functions `api.js` exports, in the table's order (the `Board` class aside).
fn js_functions() -> Vec<&'static str> {
    main_package()
        .filter(|c| c.kind != Kind::Board)
        .filter_map(|c| c.js)
        .collect()
}

/// The methods of `Board` the table names (`Board.query` gives `query`).
fn board_methods() -> Vec<&'static str> {
    main_package()
        .filter(|c| c.kind == Kind::Board)
        .filter_map(|c| c.js.and_then(|j| j.strip_prefix("Board.")))
        .collect()
}

/// What differs between two lists of names: `missing` (in `want`, not in `got`) and
/// `extra` (in `got`, not in `want`), each named.
fn differences(what: &str, want: &[&str], got: &[&str]) -> Vec<String> {
    let want: BTreeSet<&str> = want.iter().copied().collect();
    let got: BTreeSet<&str> = got.iter().copied().collect();
    let mut out: Vec<String> = want
        .difference(&got)
        .map(|n| format!("{what}: {n} is in the table but missing"))
        .collect();
    out.extend(
        got.difference(&want)
            .map(|n| format!("{what}: {n} is extra (not in ffi/src/capabilities.rs)")),
    );
    out
}

#[test]
fn typescript_and_schemas_are_current() {
    let wasm = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The test of before still writes them, for the scripts that bless with it.
    if std::env::var_os("BOARDKIT_BLESS").is_some() {
        generate::write(wasm).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    let files = generate::files(wasm).unwrap_or_else(|e| panic!("{e}"));
    let left_over = generate::left_over(wasm, &files);
    assert!(
        left_over.is_empty(),
        "not generated any more, delete (bash tests/codegen.sh): {left_over:?}"
    );
    for (path, text) in &files {
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == *text,
            "{} is stale: regenerate with `bash tests/codegen.sh`",
            path.display()
        );
    }
}

/// The declarations name exactly the JS functions and `Board` methods of the capability
/// table (ffi/src/capabilities.rs): a capability registered by hand here that the table
/// lacks, or one of the table missing here, is named.
#[test]
fn declarations_match_the_capability_table() {
    let g = api();
    let functions: Vec<&str> = g.functions.iter().map(|f| f.name).collect();
    let mut problems = differences("boardkit.d.ts function", &js_functions(), &functions);
    // `toJSON` and `[Symbol.dispose]` are JS conventions over `document` and `free`.
    let methods: Vec<&str> = g
        .methods
        .iter()
        .map(|m| m.name.trim_start_matches("static "))
        .filter(|m| !["toJSON", "[Symbol.dispose]"].contains(m))
        .collect();
    problems.extend(differences(
        "boardkit.d.ts Board method",
        &board_methods(),
        &methods,
    ));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every JS function with a request has the C function ffi/REQUESTS.md names for it.
#[test]
fn c_requests_name_functions_of_the_header() {
    let header = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ffi/include/boardkit.h");
    let header = std::fs::read_to_string(header).unwrap();
    let g = api();
    let mut named = 0;
    for f in g.functions.iter().filter(|f| !f.params.is_empty()) {
        let c = table::c_name(f.name);
        assert!(
            header.contains(&format!(" {c}(")),
            "{} has no C function {c} in ffi/include/boardkit.h",
            f.name
        );
        named += 1;
    }
    assert!(named > 40, "only {named} functions");
}
