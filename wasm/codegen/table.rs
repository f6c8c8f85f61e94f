//! What the generator reads from the capability table (`ffi/src/capabilities.rs`, the
//! module `boardkit_wasm::capabilities`): C names, the loaded board's questions, and the
//! generated block of `wasm/js/api.js`.

use boardkit_wasm::capabilities::{all, Capability, Kind};

/// The capabilities of the main JS package (`boardkit`): not behind a feature.
fn main_package() -> impl Iterator<Item = &'static Capability> {
    all().filter(|c| c.feature.is_none())
}

/// The C function of a JS function of the package, from the table.
pub fn c_name(js: &str) -> &'static str {
    main_package()
        .find(|c| c.js == Some(js))
        .and_then(|c| c.c)
        .unwrap_or_else(|| panic!("{js} has no C function in ffi/src/capabilities.rs"))
}

/// The JS function answering the loaded board's question `query`, from the table.
pub fn js_of_query(query: &str) -> &'static str {
    main_package()
        .find(|c| c.query == Some(query))
        .and_then(|c| c.js)
        .unwrap_or_else(|| panic!("the question {query} has no entry in ffi/src/capabilities.rs"))
}

/// Written by hand in `wasm/js/api.js`, outside the generated block: `runFixture` takes
/// a fixture as an object or as its JSON text, read as given.
const HAND_WRITTEN: &[&str] = &["runFixture"];

pub const BEGIN: &str =
    "// ---- GENERATED from the capability table (ffi/src/capabilities.rs) by\n\
// `bash tests/codegen.sh` (wasm/codegen/): do not edit down to the END line.\n";
pub const END: &str = "// ---- END of the generated capabilities\n";

/// The generated block of `api.js`: one line per JS function of the table.
fn block() -> String {
    let mut out = String::from(BEGIN);
    for c in main_package().filter(|c| c.kind != Kind::Board) {
        let (Some(js), Some(wasm)) = (c.js, c.wasm) else {
            continue;
        };
        if HAND_WRITTEN.contains(&js) {
            continue;
        }
        // `version` gives a plain string, not JSON text.
        let line = if c.kind == Kind::Library {
            format!("export const {js} = () => raw.{wasm}();\n")
        } else {
            format!("export const {js} = wrap(raw.{wasm});\n")
        };
        out.push_str(&line);
    }
    out.push_str(END);
    out
}

/// `api.js` with its generated block made current; an error when its markers are gone.
pub fn api_js(current: &str) -> Result<String, String> {
    let start = current
        .find(BEGIN)
        .ok_or("wasm/js/api.js has lost its BEGIN line of the generated block")?;
    let end = current
        .find(END)
        .filter(|e| *e > start)
        .ok_or("wasm/js/api.js has lost its END line of the generated block")?;
    let (before, rest) = current.split_at(start);
    let after = rest.get(end - start + END.len()..).unwrap_or("");
    Ok(format!("{before}{}{after}", block()))
}

/// `tests/c/capabilities.h`: the request capabilities as an X-macro, for the C tests to
/// check their tables against (`tests/c/test_capabilities.c`).
pub fn c_header() -> String {
    let mut out = String::from(
        "/* GENERATED from the capability table (ffi/src/capabilities.rs) by\n \
         * `bash tests/codegen.sh` (wasm/codegen/): do not edit.\n \
         *\n \
         * BOARDKIT_REQUEST_CAPABILITIES(X) calls X(c_function) for every request capability\n \
         * (one JSON request in, one JSON response out); BOARDKIT_C_FUNCTIONS(X) for every C\n \
         * function of the table. */\n\
         #ifndef BOARDKIT_TEST_CAPABILITIES_H\n\
         #define BOARDKIT_TEST_CAPABILITIES_H\n",
    );
    let requests: Vec<&str> = all()
        .filter(|c| c.kind == Kind::Request)
        .filter_map(|c| c.c)
        .collect();
    let every: Vec<&str> = all().filter_map(|c| c.c).collect();
    x_macro(&mut out, "BOARDKIT_REQUEST_CAPABILITIES", &requests);
    x_macro(&mut out, "BOARDKIT_C_FUNCTIONS", &every);
    out.push_str("\n#endif\n");
    out
}

/// `#define NAME(X) X(a) X(b) ...`, one a line.
fn x_macro(out: &mut String, name: &str, items: &[&str]) {
    out.push_str(&format!("\n#define {name}(X) \\\n"));
    for (i, c) in items.iter().enumerate() {
        let more = if i + 1 < items.len() { " \\" } else { "" };
        out.push_str(&format!("    X({c}){more}\n"));
    }
}

/// A JSON array of names, one a line.
fn json_list(names: &[&str]) -> String {
    let items: Vec<String> = names.iter().map(|n| format!("    \"{n}\"")).collect();
    format!("[\n{}\n  ]", items.join(",\n"))
}

/// `tests/node/capabilities.json`: the JS names of the main package, for the Node tests
/// to check the package's exports and their own coverage against.
pub fn node_json() -> String {
    let main: Vec<&Capability> = main_package().collect();
    let pick = |f: &dyn Fn(&Capability) -> bool| -> Vec<&str> {
        main.iter().filter(|c| f(c)).filter_map(|c| c.js).collect()
    };
    let functions = pick(&|c| c.kind != Kind::Board);
    let requests = pick(&|c| c.kind == Kind::Request);
    let board = pick(&|c| c.kind == Kind::Board);
    format!(
        "{{\n  \"generated\": \"from ffi/src/capabilities.rs by bash tests/codegen.sh: do not edit\",\n  \
         \"functions\": {},\n  \"requests\": {},\n  \"board\": {}\n}}\n",
        json_list(&functions),
        json_list(&requests),
        json_list(&board)
    )
}
