//! The generator of the JS API's TypeScript types and JSON Schemas, from the Rust types.
//!
//! boardkit's `schema` feature (enabled for this generator only, as a dev-dependency: the
//! shipped wasm does not carry it) derives JSON Schemas for every record; [`files`] turns
//! them into `wasm/types/boardkit.d.ts` and `wasm/types/schemas/*.json`, with
//! `ffi/REQUESTS.md` and the capability block of `wasm/js/api.js` (both from the capability
//! table, `ffi/src/capabilities.rs`). The example `codegen` of this crate writes them
//! (`bash tests/codegen.sh` runs it); the test `wasm/tests/types.rs` fails when the
//! committed files are stale.
//!
//! Inputs are described by the deserialize contract (fields with defaults are optional),
//! outputs by the serialize contract (fields skipped when empty are optional). Where a
//! record differs between the two, the input form is named `<Name>Input`.

use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Report, Severity};
use schemars::JsonSchema;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "board.rs"]
pub mod board;
#[path = "c_requests.rs"]
pub mod c_requests;
#[path = "featured.rs"]
pub mod featured;
#[path = "precise.rs"]
pub mod precise;
#[path = "schema.rs"]
pub mod schema;
#[path = "table.rs"]
pub mod table;
#[path = "ts.rs"]
pub mod ts;

use board::{board_methods, query_overloads};
use schema::{mark_input, rename_definitions, rename_refs, walk_refs, Function, Gen, Param};
use ts::{doc_comment, Ts};

/// A governance rule of the catalogue, as `rules()` returns it. (Mirror of
/// `boardkit::Rule`, which has `&'static str` fields and no schema; the Node tests check
/// that `rules()` objects have exactly these keys.)
#[allow(dead_code)]
#[derive(JsonSchema)]
struct Rule {
    /// Stable code, `area.what` in snake_case (`action.due_before_raised`).
    code: String,
    /// The severity a finding under this rule carries.
    severity: Severity,
    /// One sentence in the board's terms: what the rule checks and why.
    summary: String,
}

/// Register every request capability of the table: one request object in, one response
/// object out, with the table's doc comment.
macro_rules! register {
    ($($js:ident $name:ident $c:ident ($kind:ident $f:path) ($req:ty => $resp:ty)
        query($($q:literal)?) $doc:literal;)*) => {
        fn requests(g: &mut Gen) {
            $(g.capability::<$req, $resp>(stringify!($js), $doc);)*
        }
    };
}
boardkit_wasm::for_each_request!(register);

/// Every function of the JS API: the one-shot functions whose arguments are not one
/// request, then the request capabilities of the table, then the methods of `Board`.
pub fn api() -> Gen {
    let mut g = Gen::new();
    let string = serde_json::json!({"type": "string"});
    g.functions.push(Function {
        name: "version",
        doc: "The library version (the boardkit crate version).",
        params: vec![],
        returns: string,
    });
    let doc = g.input::<BoardDocument>();
    let options = g.input::<ValidateOptions>();
    let report = g.output::<Report>();
    g.functions.push(Function {
        name: "validateDocument",
        doc: "Check every governance rule on a board document and return the findings, each with the JSON Pointer `path` of the field it is about.\n`options.as_of` is the date to judge \"overdue\" against; without it, rules that need a date are not run.\n@throws {BoardkitError} when `doc` or `options` is not a record (code and path say what and where).",
        params: vec![
            Param { name: "doc", schema: doc.clone(), optional: false },
            Param { name: "options", schema: options, optional: true },
        ],
        returns: report,
    });
    let normal = g.output::<BoardDocument>();
    g.functions.push(Function {
        name: "normaliseDocument",
        doc: "Read a board document and return it in its normal form: defaults filled in, empty optional parts dropped.\n@throws {BoardkitError} when `doc` is not a board document.",
        params: vec![Param { name: "doc", schema: doc, optional: false }],
        returns: normal,
    });
    let rules = g.output::<Vec<Rule>>();
    g.functions.push(Function {
        name: "rules",
        doc: "Every rule boardkit can report (the rule catalogue): code, severity and meaning.",
        params: vec![],
        returns: rules,
    });
    let public = g.output::<BoardDocument>();
    let doc = g.input::<BoardDocument>();
    g.functions.push(Function {
        name: "documentPublicVersion",
        doc: "The version of a board document that may be published: every confidential minute item keeps its number, kind and time but loses its title, text, decisions and papers; each edited meeting carries what was withheld as `redactions`.\n@throws {BoardkitError} when `doc` is not a board document.",
        params: vec![Param { name: "doc", schema: doc, optional: false }],
        returns: public,
    });
    let ledger = g.output::<boardkit::public::Ledger>();
    let doc = g.input::<BoardDocument>();
    g.functions.push(Function {
        name: "documentRedactionLedger",
        doc: "The redaction ledger of a board document's public version: per meeting with anything withheld, how many items, decisions, actions, risks, attendees and declarations were withheld, the Schedule 12A paragraphs the paper gives and the review date; never the content (the entries the public version's meetings carry as `redactions`).\n@throws {BoardkitError} when `doc` is not a board document.",
        params: vec![Param { name: "doc", schema: doc, optional: false }],
        returns: ledger,
    });
    let fixture = g.input::<boardkit::testing::Fixture>();
    let fixture_result = g.output::<boardkit::testing::FixtureResult>();
    g.functions.push(Function {
        name: "runFixture",
        doc: "Run one rule fixture (the format of tests/conformance/README.md: a document, `as_of`, `profile`, `only`, `record`, `expect`) and return `{name, passed, missing, unexpected, findings}`, the same result as Rust and C give. The module reads no files: put the document itself in `document` (`document_file` is an error at `/document_file`).\n@throws {BoardkitError} when the fixture is invalid (an unknown field, both or neither of document and document_file, a code outside the catalogue in `only`), with the JSON Pointer of the value.",
        params: vec![Param { name: "fixture", schema: fixture, optional: false }],
        returns: fixture_result,
    });
    // Every request capability of the table (ffi/src/capabilities.rs), in its order.
    requests(&mut g);

    use boardkit::{action, risk, scorecard};
    board_methods(&mut g);

    // Types of the same meaning in two areas carry the area in their Rust name; the
    // TypeScript names are pinned here, so that renaming one in Rust cannot rename it in JS.
    g.rename::<action::ActionRag>("ActionRag");
    g.rename::<scorecard::ScorecardRag>("ScorecardRag");
    g.rename::<risk::RiskDirection>("RiskDirection");
    g.rename::<scorecard::ScorecardDirection>("ScorecardDirection");
    g.rename::<risk::RiskRateRequest>("RiskRateRequest");
    g.rename::<scorecard::ScorecardRateRequest>("ScorecardRateRequest");
    g
}

const HEADER: &str = "// boardkit: TypeScript types of the JS API.
// GENERATED from the Rust types by wasm/codegen/generate.rs: do not edit. Regenerate with
//   bash tests/codegen.sh
// Board has [Symbol.dispose] (for `using`): the declarations bring the lib that names it.
/// <reference lib=\"esnext.disposable\" />

/** The input is not a record. `code`: `shape.syntax`, `shape.invalid`, `shape.empty`,
 *  `shape.schema_version`, `shape.config` or `shape.overflow`; `path`: the JSON Pointer of
 *  the offending value (\"\" for the whole input). Messages never quote the input. */
export declare class BoardkitError extends Error {
  readonly name: \"BoardkitError\";
  readonly code: ErrorCode;
  readonly path: string;
}

/** Whole pence as a Money: `pence(29870000)` for £298,700. Money fields take only this
 *  (a plain number or `1.5` does not compile); results give Money, usable as a number.
 *  @throws {BoardkitError} `shape.invalid` at \"\" unless `n` is a safe integer. */
export declare function pence(n: number): Money;

/** The codes a BoardkitError can carry. */
export type ErrorCode =
  | \"shape.syntax\"
  | \"shape.invalid\"
  | \"shape.empty\"
  | \"shape.schema_version\"
  | \"shape.config\"
  | \"shape.overflow\"
  | \"board.freed\";
";

/// Generate the .d.ts text and the JSON Schema files.
/// Also returns ffi/REQUESTS.md, the same input shapes for C callers.
fn generate() -> (String, BTreeMap<String, String>, String) {
    let mut g = api();
    let mut defs_in = rename_definitions(g.input.definitions(), &g.renames_in);
    let mut defs_out = rename_definitions(g.output.definitions(), &g.renames_out);
    precise::finding_code(&mut defs_in);
    precise::finding_code(&mut defs_out);
    precise::record_by_kind(&mut defs_in, "ValidateRecordRequest");
    precise::record_by_kind(&mut defs_in, "RecordRequest");
    for f in g.functions.iter_mut().chain(g.methods.iter_mut()) {
        for p in &mut f.params {
            rename_refs(&mut p.schema, &g.renames_in);
        }
        rename_refs(&mut f.returns, &g.renames_out);
    }
    let mut differs = BTreeSet::new();
    for (name, schema) in &defs_in {
        if defs_out.get(name).is_some_and(|out| out != schema) {
            differs.insert(name.clone());
        }
    }
    // Refs inside inputs may name types that differ; iterate until closed (a type that
    // refers to a differing input type is itself different as an input).
    loop {
        let before = differs.len();
        for (name, schema) in &defs_in {
            if defs_out.contains_key(name) && !differs.contains(name) {
                let mut hit = false;
                walk_refs(schema, &mut |r| {
                    if differs.contains(r) {
                        hit = true;
                    }
                });
                if hit {
                    differs.insert(name.clone());
                }
            }
        }
        if differs.len() == before {
            break;
        }
    }
    let ts = Ts { differs };
    let (calls, featured_defs) = featured::calls();
    let c_doc = c_requests::render(
        &g.functions,
        &g.methods,
        &defs_in,
        (&calls, &featured_defs),
        &ts,
    );

    let mut out = String::from(HEADER);
    out.push_str(precise::ALIASES);
    out.push_str(&precise::rule_codes());
    out.push_str("\n// ---- functions ----\n\n");
    for f in &g.functions {
        out.push_str(&doc_comment(f.doc, ""));
        let params: Vec<String> = f
            .params
            .iter()
            .map(|p| {
                let t = ts.ty(&p.schema, 0);
                if p.optional {
                    format!("{}?: {t} | null", p.name)
                } else {
                    format!("{}: {t}", p.name)
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "export declare function {}({}): {};\n",
            f.name,
            params.join(", "),
            ts.ty(&f.returns, 0)
        );
    }
    out.push_str("/** A board document read once and kept in the module with its look-ups, for a host that\n * checks or queries it many times. Free it with `free()`; a board never freed is freed\n * when garbage-collected. */\nexport declare class Board {\n");
    for m in &g.methods {
        let comment = doc_comment(m.doc, "  ");
        out.push_str(&comment);
        // Typed by the kind or the question's name: one overload each.
        match m.name {
            "query" => {
                out.push_str(&query_overloads(&g.functions, &defs_in, &ts));
                continue;
            }
            "insert" | "replace" => {
                for (kind, ty) in precise::KINDS {
                    let record = ts.ref_name(&format!("#/$in/{ty}"));
                    let _ = writeln!(
                        out,
                        "  {}(kind: \"{kind}\", record: {record}): number;",
                        m.name
                    );
                }
                continue;
            }
            _ => {}
        }
        let params: Vec<String> = m
            .params
            .iter()
            .map(|p| {
                let t = ts.ty(&p.schema, 1);
                if p.optional {
                    format!("{}?: {t} | null", p.name)
                } else {
                    format!("{}: {t}", p.name)
                }
            })
            .collect();
        let returns = if m.returns.is_null() {
            String::new()
        } else if m.returns == serde_json::json!({}) {
            String::from(": unknown")
        } else {
            format!(": {}", ts.ty(&m.returns, 1))
        };
        let returns = if m.name == "constructor" || !returns.is_empty() {
            returns
        } else {
            String::from(": void")
        };
        let _ = writeln!(out, "  {}({}){returns};", m.name, params.join(", "));
    }
    out.push_str("}\n\n");
    out.push_str("// ---- records ----\n\n");
    let mut names: BTreeSet<String> = defs_out.keys().cloned().collect();
    names.extend(defs_in.keys().cloned());
    for name in &names {
        if let Some(schema) = defs_out.get(name) {
            out.push_str(&ts.definition(name, schema));
            out.push('\n');
        }
        if let Some(schema) = defs_in.get(name) {
            if ts.differs.contains(name) || !defs_out.contains_key(name) {
                let shown = ts.ref_name(&format!("#/$in/{name}"));
                out.push_str(&ts.definition(&shown, &mark_input(schema.clone())));
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }

    let mut schemas = BTreeMap::new();
    for (name, mut root) in g.roots {
        let name = match g.renames_in.get(&name) {
            Some(new) => {
                if let Value::Object(o) = &mut root {
                    o.insert("title".into(), Value::String(new.clone()));
                }
                new.clone()
            }
            None => name,
        };
        let text = serde_json::to_string_pretty(&root).unwrap_or_default() + "\n";
        schemas.insert(format!("{name}.json"), text);
    }
    (out, schemas, c_doc)
}

/// Every file the generator writes, with its text: the declarations, `ffi/REQUESTS.md`,
/// `wasm/js/api.js` (its generated block made current), the C and Node tests' lists of
/// capabilities and one JSON Schema per input.
/// `wasm` is the wasm crate's folder.
pub fn files(wasm: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let dir = wasm.join("types");
    let (dts, schemas, c_doc) = generate();
    let api_path = wasm.join("js/api.js");
    let api = std::fs::read_to_string(&api_path)
        .map_err(|e| format!("reading wasm/js/api.js: {e}"))
        .and_then(|text| table::api_js(&text))?;
    let mut files: Vec<(PathBuf, String)> = vec![
        (dir.join("boardkit.d.ts"), dts),
        (wasm.join("../ffi/REQUESTS.md"), c_doc),
        (api_path, api),
        (wasm.join("../tests/c/capabilities.h"), table::c_header()),
        (
            wasm.join("../tests/node/capabilities.json"),
            table::node_json(),
        ),
    ];
    for (name, text) in schemas {
        files.push((dir.join("schemas").join(name), text));
    }
    Ok(files)
}

/// The schema files in `wasm/types/schemas/` that [`files`] does not write (left over from
/// a type that is no longer an input).
pub fn left_over(wasm: &Path, files: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let expected: BTreeSet<&PathBuf> = files.iter().map(|(p, _)| p).collect();
    std::fs::read_dir(wasm.join("types/schemas"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !expected.contains(p))
        .collect()
}

/// Write every generated file and delete the schema files no longer generated.
pub fn write(wasm: &Path) -> Result<(), String> {
    let files = files(wasm)?;
    std::fs::create_dir_all(wasm.join("types/schemas")).map_err(|e| e.to_string())?;
    for stale in left_over(wasm, &files) {
        std::fs::remove_file(&stale).map_err(|e| format!("{}: {e}", stale.display()))?;
    }
    for (path, text) in &files {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
