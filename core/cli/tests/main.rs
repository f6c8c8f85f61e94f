//! Every integration test of this crate in one test binary: one link instead of one
//! per file (the dominant cost of a test run on a small machine). Each file of this
//! folder is a module; a new file joins with one `mod` line (a test below fails
//! until it does) and uses the shared helpers as `use crate::common;`.

mod cli;
mod clock;
mod fixtures;
mod import;
mod refusals;
mod validate;

/// Every file of this folder is a module above (or a test target of its own in
/// Cargo.toml): a new file that is not listed fails here instead of never running.
#[test]
fn every_test_file_is_listed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let main = include_str!("main.rs");
    let manifest = include_str!("../Cargo.toml");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(stem) = name.strip_suffix(".rs") else {
            continue;
        };
        let listed = stem == "main"
            || main.contains(&format!("\nmod {stem};"))
            || manifest.contains(&format!("\"tests/{name}\""));
        if !listed {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "add `mod NAME;` to tests/main.rs for each of {missing:?}"
    );
}
