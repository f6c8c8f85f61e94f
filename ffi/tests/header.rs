//! The committed C header must equal a fresh cbindgen generation from the sources.
//!
//! When the FFI changes, regenerate it with `bash tests/codegen.sh` (the one entry point
//! of every generated file; it runs this test with `BOARDKIT_BLESS=1`, as
//! `UPDATE_HEADER=1` did and still does) and commit the result.

use std::path::PathBuf;

#[test]
fn committed_header_is_up_to_date() {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .unwrap_or_else(|e| panic!("reading ffi/cbindgen.toml: {e}"));
    let bindings = cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .unwrap_or_else(|e| panic!("cbindgen failed: {e}"));
    let mut fresh = Vec::new();
    bindings.write(&mut fresh);
    let fresh = String::from_utf8(fresh).expect("cbindgen writes UTF-8");

    let path = crate_dir.join("include").join("boardkit.h");
    if std::env::var_os("BOARDKIT_BLESS").is_some() || std::env::var_os("UPDATE_HEADER").is_some() {
        std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ffi/include/boardkit.h is stale: regenerate it with `bash tests/codegen.sh` and commit it"
    );
}

#[test]
fn pkg_config_template_takes_its_version_from_cargo() {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pc = std::fs::read_to_string(crate_dir.join("boardkit.pc.in")).unwrap();
    assert!(pc.contains("Version: @VERSION@"), "{pc}");
}
