//! Every integration test of this crate in one test binary: one link instead of one
//! per file (the dominant cost of a test run on a small machine). Each file of this
//! folder is a module; a new file joins with one `mod` line (a test below fails
//! until it does) and uses the shared helpers as `use crate::common;`.

mod codes;
mod compact;
mod documents;
mod field;
mod fixtures;
mod formats;
mod hostile;
mod junk;
mod large;
mod measure;
mod office;
mod provenance;
mod real_layouts;
mod round_trip;
mod tables;

/// Held by the tests that build inputs of tens of megabytes: the peak resident memory
/// `large.rs` measures is the process's, so those tests must not overlap.
pub static HEAVY: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[path = "../../../tests/listed.rs"]
mod listed;

/// Every file of this folder is a module above (or a test target of its own in
/// Cargo.toml): a new file that is not listed fails here instead of never running.
#[test]
fn every_test_file_is_listed() {
    listed::assert_every_file_listed(
        env!("CARGO_MANIFEST_DIR"),
        include_str!("main.rs"),
        include_str!("../Cargo.toml"),
    );
}
