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

/// ffi/REQUESTS.md, as the generator writes it, has a row for every C function of the
/// capability table that takes JSON (the feature functions and the loaded board's too),
/// a shape under "Shapes" for every Rust type the table names as a request, a row for
/// every question of the loaded board, and no link to a shape it does not have.
#[test]
fn requests_md_has_every_request_of_the_table() {
    let wasm = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = generate::files(wasm).unwrap_or_else(|e| panic!("{e}"));
    let md = files
        .iter()
        .find(|(p, _)| p.ends_with("REQUESTS.md"))
        .map(|(_, text)| text.as_str())
        .expect("the generator writes ffi/REQUESTS.md");
    let headings: BTreeSet<&str> = md.lines().filter_map(|l| l.strip_prefix("### ")).collect();
    let mut problems = Vec::new();
    let mut rows = 0;
    for cap in all() {
        let Some(c) = cap.c else {
            continue;
        };
        // The library's own calls take no JSON (nothing, or a string it handed back).
        if cap.kind == Kind::Library || cap.request == "nothing" {
            continue;
        }
        if md.lines().any(|l| l.starts_with(&format!("| `{c}` |"))) {
            rows += 1;
        } else {
            problems.push(format!("{c}: no row in ffi/REQUESTS.md"));
        }
        // `boardkit::risk::RateRequest` is shown as `RiskRateRequest`, a record read as
        // input as `BoardDocumentInput`, `boardkit_import::request::Options` as
        // `ImportOptions`: the heading ends with the type's name, or with it and `Input`.
        let words = cap.request.split([' ', ',', '<', '>']);
        for path in words.filter(|w| w.contains("::")) {
            let ty = path.rsplit("::").next().unwrap_or(path);
            let input = format!("{ty}Input");
            if !headings
                .iter()
                .any(|h| h.ends_with(ty) || h.ends_with(&input))
            {
                problems.push(format!(
                    "{c}: its request {path} has no shape in ffi/REQUESTS.md"
                ));
            }
        }
    }
    for q in boardkit::loaded::QUERIES {
        if !md.contains(&format!("| `{q}` |")) {
            problems.push(format!("the question {q} has no row in ffi/REQUESTS.md"));
        }
    }
    for link in md.split("](#").skip(1) {
        let anchor = link.split(')').next().unwrap_or_default();
        if !headings.iter().any(|h| h.to_lowercase() == anchor) {
            problems.push(format!(
                "the link #{anchor} has no shape in ffi/REQUESTS.md"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(rows > 60, "only {rows} C functions with a request");
}

/// The field names serde lists for a struct read with `deny_unknown_fields` (its error
/// for an unknown field names every field it takes).
fn serde_fields<T: serde::de::DeserializeOwned>() -> BTreeSet<String> {
    let Err(e) = serde_json::from_str::<T>(r#"{"not_a_field_of_it": 0}"#) else {
        panic!("an unknown field was read");
    };
    let e = e.to_string();
    let listed = e.split_once("expected").map(|(_, l)| l).unwrap_or_default();
    listed
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// A mirror's definition: its properties and which of them are required.
fn mirror_fields(
    defs: &serde_json::Map<String, serde_json::Value>,
    name: &str,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let def = defs
        .get(name)
        .unwrap_or_else(|| panic!("no definition {name}"));
    let keys = |v: Option<&serde_json::Value>| -> BTreeSet<String> {
        match v {
            Some(serde_json::Value::Object(o)) => o.keys().cloned().collect(),
            Some(serde_json::Value::Array(a)) => a
                .iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect(),
            _ => BTreeSet::new(),
        }
    };
    (keys(def.get("properties")), keys(def.get("required")))
}

/// The words of a mirror's enum definition (`ImportKind`: `minutes`, `actions`...).
fn mirror_words(defs: &serde_json::Map<String, serde_json::Value>, name: &str) -> Vec<String> {
    let def = defs
        .get(name)
        .unwrap_or_else(|| panic!("no definition {name}"));
    let words: Vec<String> = def
        .get("enum")
        .and_then(|e| e.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|w| w.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    assert!(!words.is_empty(), "{name} lists no words");
    words
}

/// The mirrors of the feature requests (wasm/codegen/featured.rs) have the fields of the
/// types the C functions read, the same ones required (`sample` holds exactly those: it
/// reads, and each one left out is missing), and every word they list is one the
/// function takes.
#[test]
fn feature_requests_mirror_the_rust_types() {
    use boardkit_import::request::Options;
    use boardkit_render::request::{IcalRequest, OparlRequest, RenderRequest};
    use serde_json::{json, Value};
    let (_, defs) = generate::featured::calls();
    let doc: Value =
        serde_json::from_str(include_str!("../../examples/data/leicester-lscb.json")).unwrap();
    fn check<T: serde::de::DeserializeOwned>(
        defs: &serde_json::Map<String, Value>,
        name: &str,
        sample: &Value,
    ) {
        let (fields, required) = mirror_fields(defs, name);
        assert_eq!(
            fields,
            serde_fields::<T>(),
            "{name}: the mirror's fields are not the Rust type's"
        );
        let given: BTreeSet<String> = sample.as_object().unwrap().keys().cloned().collect();
        assert_eq!(
            given, required,
            "{name}: the sample holds exactly the required fields"
        );
        if let Err(e) = serde_json::from_value::<T>(sample.clone()) {
            panic!("{name}: the required fields alone do not read: {e}");
        }
        for field in &required {
            let mut less = sample.clone();
            less.as_object_mut().unwrap().remove(field);
            let e = serde_json::from_value::<T>(less)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(
                e.contains(&format!("missing field `{field}`")),
                "{name}: {field} is not required in Rust ({e})"
            );
        }
    }
    let day = "2017-02-01";
    check::<Options>(&defs, "ImportOptions", &json!({"kind": "minutes"}));
    check::<RenderRequest>(
        &defs,
        "RenderRequest",
        &json!({"document": doc, "what": "pack", "format": "html", "as_of": day}),
    );
    check::<IcalRequest>(
        &defs,
        "IcalRequest",
        &json!({"document": doc, "as_of": day}),
    );
    check::<OparlRequest>(
        &defs,
        "OparlRequest",
        &json!({"document": doc, "base": "https://papers.example.org/oparl"}),
    );

    // Every kind reads with its default format; every format with some kind.
    let kinds = mirror_words(&defs, "ImportKind");
    let reads = |kind: &str, format: Option<&str>| {
        let mut o = json!({"kind": kind});
        if let Some(f) = format {
            o["format"] = json!(f);
        }
        Options::read(&o.to_string()).is_ok_and(|o| o.reader().is_ok())
    };
    for kind in &kinds {
        assert!(reads(kind, None), "import kind {kind} is refused");
    }
    for format in mirror_words(&defs, "ImportFormat") {
        assert!(
            kinds.iter().any(|k| reads(k, Some(&format))),
            "import format {format} is refused"
        );
    }
    // Every section and format renders (the action log: the quickest section).
    for what in mirror_words(&defs, "RenderSection") {
        assert!(
            what == "pack" || boardkit_render::SectionKind::from_key(&what).is_some(),
            "render section {what} is refused"
        );
    }
    for format in mirror_words(&defs, "RenderFormat") {
        let r: RenderRequest = serde_json::from_value(
            json!({"document": doc, "what": "actions", "format": format, "as_of": day}),
        )
        .unwrap();
        assert!(
            boardkit_render::request::render(&r).is_ok(),
            "render format {format} is refused"
        );
    }
    // The templates a host may replace are the ones the mirror's doc names.
    let doc_of_templates = defs["RenderRequest"]["properties"]["templates"]["description"]
        .as_str()
        .unwrap_or_default();
    for (name, _) in boardkit_render::templates::DEFAULTS {
        assert!(
            doc_of_templates.contains(&format!("`{name}`")),
            "the templates' doc does not name {name}"
        );
    }
}
