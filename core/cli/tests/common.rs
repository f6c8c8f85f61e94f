//! Helpers every test file of this crate shares: the bundled example and the binary run
//! as a user runs it.

use std::process::{Command, Stdio};

/// The Leicester example board document.
pub const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/data/leicester-lscb.json"
);

/// Run `boardkit` with `args` (no standard input): its exit code, standard output and
/// standard error (the last read leniently, so a test can assert on it whatever it holds).
pub fn boardkit(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_boardkit"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
