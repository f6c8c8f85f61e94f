//! The generator of the JS API's generated files: `wasm/types/boardkit.d.ts`,
//! `wasm/types/schemas/*.json`, `ffi/REQUESTS.md` and the capability block of
//! `wasm/js/api.js`, from the Rust types and the capability table
//! (`ffi/src/capabilities.rs`). Run by `bash tests/codegen.sh`; `wasm/tests/types.rs`
//! checks that the committed files are what it writes.

#[path = "../codegen/generate.rs"]
mod generate;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    match generate::write(Path::new(env!("CARGO_MANIFEST_DIR"))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("codegen: {e}");
            ExitCode::FAILURE
        }
    }
}
