//! One check shared by every crate's test binary (each `tests/main.rs` includes this file
//! by `#[path]`): every file of a crate's `tests/` folder is a module of its `main.rs` (or
//! a test target of its own in its Cargo.toml), so a new file that is not listed fails
//! instead of never running.

/// Fails naming each `.rs` file of `CRATE/tests` that `main` (the text of that folder's
/// `main.rs`) does not list as `mod NAME;` and `manifest` (the crate's Cargo.toml) does
/// not name as a test target.
pub fn assert_every_file_listed(crate_dir: &str, main: &str, manifest: &str) {
    let dir = std::path::Path::new(crate_dir).join("tests");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the crate's tests folder can be read") {
        let name = entry
            .expect("a folder entry")
            .file_name()
            .into_string()
            .expect("a UTF-8 file name");
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
    missing.sort();
    assert!(
        missing.is_empty(),
        "add `mod NAME;` to tests/main.rs for each of {missing:?}"
    );
}
