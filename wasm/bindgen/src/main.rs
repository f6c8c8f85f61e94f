//! `wasm-bindgen --target web|nodejs|bundler --out-dir DIR [--out-name NAME] FILE.wasm`,
//! `wasm-bindgen --version`: the subset of the wasm-bindgen CLI the boardkit packages use,
//! with the CLI's defaults for everything else, so the output is the CLI's byte for byte
//! (wasm/toolchain.sh checks this against the CLI where both are present).

use std::process::ExitCode;
use wasm_bindgen_cli_support::Bindgen;

const USAGE: &str =
    "usage: wasm-bindgen --target web|nodejs|bundler --out-dir DIR [--out-name NAME] FILE.wasm";

/// The library's error with its causes, one line.
fn e(err: impl std::fmt::Display) -> String {
    format!("{err:#}")
}

fn run(args: &[String]) -> Result<(), String> {
    let (mut target, mut out_dir, mut out_name, mut input) = (None, None, None, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--target" => target = it.next().cloned(),
            "--out-dir" => out_dir = it.next().cloned(),
            "--out-name" => out_name = it.next().cloned(),
            s if s.starts_with("--") => return Err(format!("unsupported option {s}\n{USAGE}")),
            s => input = Some(s.to_string()),
        }
    }
    let (Some(target), Some(out_dir), Some(input)) = (target, out_dir, input) else {
        return Err(USAGE.into());
    };
    let mut b = Bindgen::new();
    match target.as_str() {
        "web" => b.web(true).map_err(e)?,
        "nodejs" => b.nodejs(true).map_err(e)?,
        "bundler" => b.bundler(true).map_err(e)?,
        other => return Err(format!("unsupported target {other}\n{USAGE}")),
    };
    // The CLI's defaults, in the CLI's order (reference types are detected from the
    // module's target features either way; the CLI still passes its default).
    #[allow(deprecated)]
    b.input_path(&input)
        .debug(false)
        .demangle(true)
        .keep_lld_exports(false)
        .keep_debug(false)
        .split_debug_info(false)
        .remove_name_section(false)
        .remove_producers_section(false)
        .typescript(true)
        .omit_imports(false)
        .omit_default_module_path(false)
        .split_linked_modules(false)
        .js_string_builtins(false)
        .ts_typed_array_buffers(false)
        .reference_types(false)
        .reset_state_function(false)
        .force_enable_abort_handler(false);
    if let Some(name) = out_name {
        b.out_name(&name);
    }
    b.generate(&out_dir).map_err(e)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--version") {
        println!("wasm-bindgen {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}
