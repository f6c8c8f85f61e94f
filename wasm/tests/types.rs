//! The TypeScript types and JSON Schemas of the JS API, generated from the Rust types.
//!
//! boardkit's `schema` feature (enabled here only, as a dev-dependency: the shipped wasm
//! does not carry it) derives JSON Schemas for every record; this test turns them into
//! `wasm/types/boardkit.d.ts` and `wasm/types/schemas/*.json` and fails when the committed
//! files are stale. Regenerate with:
//!
//! ```sh
//! BOARDKIT_BLESS=1 cargo test -p boardkit-wasm --test types
//! ```
//!
//! Inputs are described by the deserialize contract (fields with defaults are optional),
//! outputs by the serialize contract (fields skipped when empty are optional). Where a
//! record differs between the two, the input form is named `<Name>Input`.

use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Report, Severity};
use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::JsonSchema;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "types/c_requests.rs"]
mod c_requests;
#[path = "types/precise.rs"]
mod precise;

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

/// One parameter of a JS function.
struct Param {
    name: &'static str,
    schema: Value,
    optional: bool,
}

/// One JS function of the package.
struct Function {
    name: &'static str,
    doc: &'static str,
    params: Vec<Param>,
    returns: Value,
}

/// The two generators: inputs (deserialize contract) and outputs (serialize contract).
struct Gen {
    input: SchemaGenerator,
    output: SchemaGenerator,
    functions: Vec<Function>,
    /// The methods of the `Board` class (a loaded board).
    methods: Vec<Function>,
    roots: Vec<(String, Value)>,
    /// Definition names given to types whose Rust names collide across areas (schemars
    /// would call them `Rag` and `Rag2`), per generator: old name -> new name.
    renames_in: BTreeMap<String, String>,
    renames_out: BTreeMap<String, String>,
}

impl Gen {
    fn new() -> Self {
        Gen {
            input: SchemaSettings::draft2020_12()
                .for_deserialize()
                .into_generator(),
            output: SchemaSettings::draft2020_12()
                .for_serialize()
                .into_generator(),
            functions: Vec::new(),
            methods: Vec::new(),
            roots: Vec::new(),
            renames_in: BTreeMap::new(),
            renames_out: BTreeMap::new(),
        }
    }

    fn input<T: JsonSchema>(&mut self) -> Value {
        let schema = self.input.subschema_for::<T>().to_value();
        let root = SchemaSettings::draft2020_12()
            .for_deserialize()
            .into_generator()
            .into_root_schema_for::<T>();
        // The name this generator gave the type (it differs from `schema_name` when two
        // types share a Rust name).
        let name = ref_name(&schema).unwrap_or_else(|| T::schema_name().into_owned());
        self.roots.push((name, root.to_value()));
        mark_input(schema)
    }

    /// Name a type whose Rust name collides with another area's (`Rag`): both
    /// generators' definitions of it, the references to it and its schema file.
    fn rename<T: JsonSchema>(&mut self, new: &str) {
        let gens = [
            (&mut self.input, &mut self.renames_in),
            (&mut self.output, &mut self.renames_out),
        ];
        for (generator, renames) in gens {
            if let Some(old) = ref_name(&generator.subschema_for::<T>().to_value()) {
                renames.insert(old, new.to_string());
            }
        }
    }

    fn output<T: JsonSchema>(&mut self) -> Value {
        self.output.subschema_for::<T>().to_value()
    }

    /// The ordinary capability: one request object in, one response object out.
    fn capability<Req: JsonSchema, Resp: JsonSchema>(
        &mut self,
        name: &'static str,
        doc: &'static str,
    ) {
        let params = vec![Param {
            name: "request",
            schema: self.input::<Req>(),
            optional: false,
        }];
        let returns = self.output::<Resp>();
        self.functions.push(Function {
            name,
            doc,
            params,
            returns,
        });
    }
}

/// Every function of the JS API, in the order of `wasm/js/api.js`.
fn api() -> Gen {
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
    g.capability::<boardkit::document::ValidateRecordRequest, Report>(
        "documentValidateRecord",
        "Check one record (kind `action`, `risk`, `meeting`...) in the context of its board document, as a form does while the user types: only the findings about that record, with paths relative to it (`/due`; `\"\"` for the record as a whole).\n@throws {BoardkitError} at `/record/...` when the record is not well formed, `/context/...` when the document is not.",
    );
    g.capability::<boardkit::meeting::QuorumRequest, boardkit::meeting::QuorumResponse>(
        "meetingQuorum",
        "Whether a meeting was quorate under its body's constitution: the meeting, its body and the quorum position (`quorum` null when the body has no constitution).\n@throws {BoardkitError} at `/meeting` when the meeting or its body is not in the document.",
    );

    use boardkit::{action, budget, clock, report, risk, scorecard};
    // action
    g.capability::<action::LogRequest, action::ActionLog>(
        "actionLog",
        "The action log as of a date: every action with its status, due date and RAG.",
    );
    g.capability::<action::LogRequest, action::ActionList>(
        "actionOpen",
        "Actions not yet done as of a date.",
    );
    g.capability::<action::LogRequest, action::ActionList>(
        "actionOverdue",
        "Open actions past their due day as of a date.",
    );
    g.capability::<action::LogRequest, action::ActionList>(
        "actionUndated",
        "Open actions with no due date, or one that cannot be resolved.",
    );
    g.capability::<action::LogRequest, action::ActionList>(
        "actionCompleted",
        "Actions completed, closed or superseded by a date.",
    );
    g.capability::<action::LogRequest, action::ActionList>(
        "actionRag",
        "Every action raised by a date with its RAG rating and the reason for it.",
    );
    g.capability::<action::LogRequest, action::Summary>(
        "actionSummary",
        "Counts of the action log by status, RAG and owner as of a date.",
    );
    g.capability::<action::LogQueryRequest, Vec<action::Slipped>>(
        "actionSlipped",
        "Actions whose due date was revised, with how often it slipped later.",
    );
    g.capability::<action::LogQueryRequest, Vec<action::LateCompletion>>(
        "actionLateCompletions",
        "Actions completed after the due date in force, with the days late.",
    );
    g.capability::<action::LogQueryRequest, Vec<action::OpenGroup>>(
        "actionOpenByOwner",
        "Open actions as of a date grouped by the owner in force.",
    );
    g.capability::<action::LogQueryRequest, Vec<action::OpenGroup>>(
        "actionOpenByAgency",
        "Open actions as of a date grouped by their owners' agency.",
    );
    g.capability::<action::DueWithinRequest, action::ActionList>(
        "actionDueWithin",
        "Open actions falling due within a number of days of a date.",
    );
    g.capability::<action::CarryForwardRequest, action::CarryForward>(
        "actionCarryForward",
        "The matters-arising list carried forward from a meeting to the next.",
    );
    g.capability::<action::HistoryRequest, action::ActionHistory>(
        "actionHistory",
        "One action's dated statuses, oldest first.",
    );
    g.capability::<action::FlowRequest, action::FlowResult>(
        "actionFlowMattersArising",
        "The document with matters-arising statuses written into action histories.",
    );
    // risk
    g.capability::<risk::RateRequest, risk::RateResponse>(
        "riskRate",
        "The score and band of one likelihood and impact on a risk matrix.",
    );
    g.capability::<risk::GridRequest, risk::GridResponse>(
        "riskGrid",
        "A risk matrix laid out as a grid of scored, banded cells.",
    );
    g.capability::<risk::RegisterRequest, risk::RatingsResponse>(
        "riskRatings",
        "Every risk of a register rated as of a date.",
    );
    g.capability::<risk::RegisterRequest, risk::HeatMap>(
        "riskHeatMap",
        "How many live risks sit in each cell of the matrix as of a date.",
    );
    g.capability::<risk::ReviewRequest, risk::ReviewList>(
        "riskReviews",
        "Risks whose review is due or overdue, and deferred risks to revisit.",
    );
    g.capability::<risk::EscalationRequest, risk::EscalationList>(
        "riskEscalations",
        "Risks at or above the escalation score.",
    );
    g.capability::<risk::SummaryRequest, risk::BoardSummary>(
        "riskSummary",
        "A summary of the register for a board paper.",
    );
    // budget
    g.capability::<budget::AllocateRequest, budget::Allocated>(
        "budgetAllocateDecision",
        "Every line a funder's decision pays (per area, then between boards), its central pots and total.",
    );
    g.capability::<budget::ApportionRequest, budget::ApportionResponse>(
        "budgetApportion",
        "Each partner's contribution under a funding formula, summing exactly to the total.",
    );
    g.capability::<budget::StatementRequest, budget::Statement>(
        "budgetStatement",
        "The budget statement of a year (income, spend, reserves, change on last year).",
    );
    g.capability::<budget::YearStatementRequest, budget::Statement>(
        "budgetYearStatement",
        "The budget statement of a board's year from a board document.",
    );
    g.capability::<budget::money::ParseMoneyRequest, budget::money::MoneyText>(
        "budgetParseMoney",
        "Read an amount typed into a form (\"£298,700\") as pence.",
    );
    g.capability::<budget::money::FormatMoneyRequest, budget::money::MoneyText>(
        "budgetFormatMoney",
        "Write an amount of pence as a board writes it (\"£298,700\").",
    );
    // scorecard
    g.capability::<scorecard::ValidateScorecardRequest, Report>(
        "scorecardValidate",
        "Check one scorecard's rules (paths relative to the scorecard).",
    );
    g.capability::<scorecard::SummariseRequest, scorecard::ScorecardSummary>(
        "scorecardSummarise",
        "Each indicator's value, RAG, direction of travel and comparators for a period.",
    );
    g.capability::<scorecard::RateRequest, scorecard::RateResponse>(
        "scorecardRatePer10000",
        "A count as a rate per 10,000 of a population, rounded once.",
    );
    g.capability::<scorecard::ShareRequest, scorecard::ShareResponse>(
        "scorecardShareOfTotal",
        "A part as a percentage of a total, rounded once.",
    );
    g.capability::<scorecard::ChangeRequest, scorecard::ChangeResponse>(
        "scorecardChange",
        "The change and percent change between two values.",
    );
    g.capability::<scorecard::InferPopulationRequest, scorecard::PopulationRange>(
        "scorecardInferPopulation",
        "The populations consistent with a published count and rate.",
    );
    g.capability::<scorecard::TravelRequest, scorecard::Travel>(
        "scorecardDirectionOfTravel",
        "Whether an indicator improved, given its polarity.",
    );
    g.capability::<scorecard::RagRequest, scorecard::RagResponse>(
        "scorecardRagRating",
        "The RAG rating of a value against a target.",
    );
    // report
    g.capability::<report::AttendanceRequest, report::AttendanceReport>(
        "reportAttendance",
        "Attendance of a body's meetings over a period, by agency and by member.",
    );
    // clock
    g.capability::<clock::AddWorkingDaysRequest, clock::AddWorkingDaysResponse>(
        "clockAddWorkingDays",
        "The working day so many working days after a date, in a nation's calendar.",
    );
    g.capability::<clock::ClearDaysRequest, clock::ClearDaysResponse>(
        "clockClearDays",
        "The clear days (and clear working days) between two events.",
    );
    g.capability::<clock::DueByRequest, clock::DueByResponse>(
        "clockDueBy",
        "The latest day that leaves so many clear days before an event.",
    );
    g.capability::<clock::OverdueRequest, clock::OverdueResponse>(
        "clockOverdue",
        "Whether a working-day clock has run out as of a date, and by how much.",
    );
    g.capability::<clock::HolidaysRequest, clock::HolidaysResponse>(
        "clockBankHolidays",
        "A nation's bank holidays in a year.",
    );
    board_methods(&mut g);

    // Types whose Rust names collide across areas get the area's name.
    g.rename::<action::Rag>("ActionRag");
    g.rename::<scorecard::Rag>("ScorecardRag");
    g.rename::<risk::Direction>("RiskDirection");
    g.rename::<scorecard::Direction>("ScorecardDirection");
    g.rename::<risk::RateRequest>("RiskRateRequest");
    g.rename::<scorecard::RateRequest>("ScorecardRateRequest");
    g
}

/// The definition name a `{"$ref": ...}` schema points at.
fn ref_name(schema: &Value) -> Option<String> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|s| s.rsplit('/').next())
        .map(str::to_string)
}

/// Rename the `$ref`s of a schema by the last segment of their pointer.
fn rename_refs(v: &mut Value, renames: &BTreeMap<String, String>) {
    if renames.is_empty() {
        return;
    }
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "$ref" {
                    if let Some((prefix, name)) = child.as_str().and_then(|s| s.rsplit_once('/')) {
                        if let Some(new) = renames.get(name) {
                            *child = Value::String(format!("{prefix}/{new}"));
                        }
                    }
                } else {
                    rename_refs(child, renames);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| rename_refs(c, renames)),
        _ => {}
    }
}

/// Rename definitions (keys and the references between them).
fn rename_definitions(
    defs: &Map<String, Value>,
    renames: &BTreeMap<String, String>,
) -> Map<String, Value> {
    defs.iter()
        .map(|(name, schema)| {
            let mut schema = schema.clone();
            rename_refs(&mut schema, renames);
            let name = renames.get(name).cloned().unwrap_or_else(|| name.clone());
            if let Value::Object(o) = &mut schema {
                if renames.values().any(|n| *n == name) {
                    o.insert("title".into(), Value::String(name.clone()));
                }
            }
            (name, schema)
        })
        .collect()
}

/// Mark the `$ref`s of an input schema so they resolve to the input definitions.
fn mark_input(mut v: Value) -> Value {
    rewrite_refs(&mut v, &|name| format!("#/$in/{name}"));
    v
}

fn rewrite_refs(v: &mut Value, f: &dyn Fn(&str) -> String) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "$ref" {
                    if let Some(name) = child.as_str().and_then(|s| s.rsplit('/').next()) {
                        *child = Value::String(f(name));
                    }
                } else {
                    rewrite_refs(child, f);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| rewrite_refs(c, f)),
        _ => {}
    }
}

/// Converts JSON Schemas to TypeScript.
struct Ts {
    /// Names of input definitions that differ from the output ones (emitted as `NameInput`).
    differs: BTreeSet<String>,
}

impl Ts {
    fn ref_name(&self, r: &str) -> String {
        if let Some(name) = r.strip_prefix("#/$in/") {
            if self.differs.contains(name) {
                return format!("{name}Input");
            }
            return name.to_string();
        }
        r.rsplit('/').next().unwrap_or("unknown").to_string()
    }

    /// The TypeScript type of a schema, `indent` being the current indentation.
    fn ty(&self, s: &Value, indent: usize) -> String {
        let obj = match s {
            Value::Bool(true) => return "unknown".into(),
            Value::Bool(false) => return "never".into(),
            Value::Object(o) => o,
            _ => return "unknown".into(),
        };
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            return self.ref_name(r);
        }
        if let Some(c) = obj.get("const") {
            return literal(c);
        }
        if let Some(Value::Array(values)) = obj.get("enum") {
            return union(values.iter().map(literal).collect());
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(options)) = obj.get(key) {
                let mut base = obj.clone();
                base.remove(key);
                let base_ty = self.ty_without_combinators(&base, indent);
                let alts = union(options.iter().map(|o| self.ty(o, indent)).collect());
                return match base_ty {
                    Some(b) => format!("({b}) & ({alts})"),
                    None => alts,
                };
            }
        }
        if let Some(Value::Array(parts)) = obj.get("allOf") {
            return parts
                .iter()
                .map(|p| self.ty(p, indent))
                .collect::<Vec<_>>()
                .join(" & ");
        }
        self.ty_without_combinators(obj, indent)
            .unwrap_or_else(|| "unknown".into())
    }

    /// The type given by `type` (and properties/items); None when the schema has no type.
    fn ty_without_combinators(&self, obj: &Map<String, Value>, indent: usize) -> Option<String> {
        let types: Vec<&str> = match obj.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ if obj.contains_key("properties") => vec!["object"],
            _ => return None,
        };
        Some(union(
            types
                .into_iter()
                .map(|t| match t {
                    "string" => precise::string_alias(obj).unwrap_or("string").into(),
                    "integer" | "number" => "number".into(),
                    "boolean" => "boolean".into(),
                    "null" => "null".into(),
                    "array" => self.array(obj, indent),
                    "object" => self.object(obj, indent),
                    _ => "unknown".into(),
                })
                .collect(),
        ))
    }

    fn array(&self, obj: &Map<String, Value>, indent: usize) -> String {
        if let Some(Value::Array(items)) = obj.get("prefixItems") {
            let parts: Vec<String> = items.iter().map(|i| self.ty(i, indent)).collect();
            return format!("[{}]", parts.join(", "));
        }
        match obj.get("items") {
            Some(items) => {
                let t = self.ty(items, indent);
                if t.contains(' ') {
                    format!("Array<{t}>")
                } else {
                    format!("{t}[]")
                }
            }
            None => "unknown[]".into(),
        }
    }

    fn object(&self, obj: &Map<String, Value>, indent: usize) -> String {
        let required: BTreeSet<&str> = obj
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let pad = "  ".repeat(indent + 1);
        let mut out = String::from("{\n");
        if let Some(Value::Object(props)) = obj.get("properties") {
            for (name, schema) in props {
                if let Some(d) = schema.get("description").and_then(Value::as_str) {
                    out.push_str(&doc_comment(d, &pad));
                }
                let opt = if required.contains(name.as_str()) {
                    ""
                } else {
                    "?"
                };
                let _ = writeln!(
                    out,
                    "{pad}{}{opt}: {};",
                    prop_name(name),
                    self.ty(schema, indent + 1)
                );
            }
        }
        let extra = match obj.get("additionalProperties") {
            Some(Value::Bool(false)) => None,
            Some(Value::Bool(true)) => Some("unknown".to_string()),
            Some(s @ Value::Object(_)) => Some(self.ty(s, indent + 1)),
            _ if obj.contains_key("properties") => None,
            _ => Some("unknown".to_string()),
        };
        if let Some(t) = extra {
            let _ = writeln!(out, "{pad}[key: string]: {t};");
        }
        out.push_str(&"  ".repeat(indent));
        out.push('}');
        out
    }

    /// One exported definition.
    fn definition(&self, name: &str, schema: &Value) -> String {
        let mut out = String::new();
        if let Some(d) = schema.get("description").and_then(Value::as_str) {
            out.push_str(&doc_comment(d, ""));
        }
        let plain_object = schema.get("type").and_then(Value::as_str) == Some("object")
            && schema.get("properties").is_some()
            && !["oneOf", "anyOf", "allOf"]
                .iter()
                .any(|k| schema.get(*k).is_some());
        let body = self.ty(schema, 0);
        if plain_object {
            let _ = writeln!(out, "export interface {name} {body}");
        } else {
            let _ = writeln!(out, "export type {name} = {body};");
        }
        out
    }
}

fn literal(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

fn union(mut parts: Vec<String>) -> String {
    let mut seen = BTreeSet::new();
    parts.retain(|p| seen.insert(p.clone()));
    if parts.is_empty() {
        return "never".into();
    }
    parts.join(" | ")
}

fn prop_name(name: &str) -> String {
    let ident = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if ident {
        name.to_string()
    } else {
        serde_json::Value::String(name.to_string()).to_string()
    }
}

fn doc_comment(text: &str, pad: &str) -> String {
    let text = text.replace("*/", "* /");
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() == 1 {
        return format!("{pad}/** {} */\n", lines.first().copied().unwrap_or(""));
    }
    let mut out = format!("{pad}/**\n");
    for l in lines {
        let _ = writeln!(out, "{}", format!("{pad} * {l}").trim_end());
    }
    let _ = writeln!(out, "{pad} */");
    out
}

const HEADER: &str = "// boardkit: TypeScript types of the JS API.
// GENERATED from the Rust types by wasm/tests/types.rs: do not edit. Regenerate with
//   BOARDKIT_BLESS=1 cargo test -p boardkit-wasm --test types
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

/// The methods of `Board` (wasm/js/api.js), a loaded board.
fn board_methods(g: &mut Gen) {
    let string = serde_json::json!({"type": "string"});
    let number = serde_json::json!({"type": "integer"});
    let any = serde_json::json!({});
    let doc = g.input::<BoardDocument>();
    let options = g.input::<ValidateOptions>();
    let report = g.output::<Report>();
    let request = g.input::<boardkit::loaded::RecordRequest>();
    let kind = g.input::<boardkit::document::RecordKind>();
    let out_doc = g.output::<BoardDocument>();
    let param = |name, schema: &Value, optional| Param {
        name,
        schema: schema.clone(),
        optional,
    };
    let either = serde_json::json!({"anyOf": [doc, string]});
    let m = [
        ("constructor", "Open a board from its document (an object, or its JSON text), read strictly.\n@throws {BoardkitError} when it is not a board document.", vec![param("doc", &either, false)], Value::Null),
        ("validate", "Check every governance rule on the board (as validateDocument).", vec![param("options", &options, true)], report.clone()),
        ("validateRecord", "Check one record against the board, as a form does while the user types: the findings documentValidateRecord gives with the board as the context. An action or meeting costs in proportion to the record and what it refers to, not to the board.\n@throws {BoardkitError} at `/kind` or `/as_of` when the request is not well formed.", vec![param("request", &request, false)], report),
        ("query", "Answer a question by name (`action_overdue`, `action_log`, `risk_ratings`, `report_attendance`...) given the rest of its request without the document (`{as_of}`): the answer of the one-shot function.\n@throws {BoardkitError} at `\"\"` for an unknown name, or at the path of a bad detail.", vec![param("name", &string, false), param("params", &any, true)], any.clone()),
        ("insert", "Add a record of a kind; gives its position in its list.\n@throws {BoardkitError} at `/id` when one with its id is on the board, or at the path of a shape problem.", vec![param("kind", &kind, false), param("record", &any, false)], number.clone()),
        ("replace", "Replace the record of a kind with the record's id; gives its position.\n@throws {BoardkitError} at `/id` when there is none.", vec![param("kind", &kind, false), param("record", &any, false)], number.clone()),
        ("remove", "Remove the record of a kind with an id (a budget's is `body|year`); gives the position it had.\n@throws {BoardkitError} when there is none.", vec![param("kind", &kind, false), param("id", &string, false)], number.clone()),
        ("document", "The board's document.", vec![], out_doc.clone()),
        ("toJSON", "JSON.stringify(board) writes the document.", vec![], out_doc),
        ("free", "Free the board's memory in the module; a later call throws (code `board.freed`). Safe to call twice.", vec![], Value::Null),
        ("[Symbol.dispose]", "Free the board (`using board = new Board(doc)`).", vec![], Value::Null),
        ("static openCount", "How many boards are open in the module (opened and not yet freed): a host's leak check.", vec![], number),
    ];
    for (name, doc, params, returns) in m {
        g.methods.push(Function {
            name,
            doc,
            params,
            returns,
        });
    }
}

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
    let c_doc = c_requests::render(&g.functions, &g.methods, &defs_in, &ts);

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

/// `Board.query`: one overload per question of the loaded board
/// (`boardkit::loaded::QUERIES`), each taking the request of its one-shot function without
/// the part the board fills in (`document`, or `register` for a risk question) and giving
/// that function's answer.
fn query_overloads(functions: &[Function], defs_in: &Map<String, Value>, ts: &Ts) -> String {
    let mut out = String::new();
    for name in boardkit::loaded::QUERIES {
        let function = match *name {
            "public_version" => String::from("documentPublicVersion"),
            other => {
                let mut camel = String::new();
                for (i, word) in other.split('_').enumerate() {
                    let mut chars = word.chars();
                    match chars.next() {
                        Some(c) if i > 0 => {
                            camel.extend(c.to_uppercase());
                            camel.push_str(chars.as_str());
                        }
                        _ => camel.push_str(word),
                    }
                }
                camel
            }
        };
        let f = functions
            .iter()
            .find(|f| f.name == function)
            .unwrap_or_else(|| panic!("the question {name} has no JS function {function}"));
        let answer = ts.ty(&f.returns, 1);
        if *name == "public_version" {
            let _ = writeln!(
                out,
                "  query(name: \"{name}\", params?: Record<string, never> | null): {answer};"
            );
            continue;
        }
        let filled = if name.starts_with("risk_") {
            "register"
        } else {
            "document"
        };
        let request = f
            .params
            .first()
            .unwrap_or_else(|| panic!("{function} takes no request"));
        let def = ref_name(&request.schema)
            .unwrap_or_else(|| panic!("{function}'s request is not a named type"));
        let required: Vec<&str> = defs_in
            .get(&def)
            .and_then(|d| d.get("required"))
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        assert!(
            required.contains(&filled),
            "{function}'s request has no {filled} for the board to fill in"
        );
        let optional = if required.iter().all(|r| *r == filled) {
            "?"
        } else {
            ""
        };
        let nullable = if optional.is_empty() { "" } else { " | null" };
        let others = defs_in
            .get(&def)
            .and_then(|d| d.get("properties"))
            .and_then(Value::as_object)
            .map_or(0, |p| p.keys().filter(|k| *k != filled).count());
        // Nothing left to give: no details at all (`{}` would take any value).
        let params = if others == 0 {
            String::from("Record<string, never>")
        } else {
            format!("Omit<{}, \"{filled}\">", ts.ty(&request.schema, 1))
        };
        let _ = writeln!(
            out,
            "  query(name: \"{name}\", params{optional}: {params}{nullable}): {answer};"
        );
    }
    out
}

fn walk_refs(v: &Value, f: &mut dyn FnMut(&str)) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref" {
                    if let Some(name) = child.as_str().and_then(|s| s.rsplit('/').next()) {
                        f(name);
                    }
                } else {
                    walk_refs(child, f);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|c| walk_refs(c, f)),
        _ => {}
    }
}

#[test]
fn typescript_and_schemas_are_current() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("types");
    let (dts, schemas, c_doc) = generate();
    let c_doc_path = dir.join("../../ffi/REQUESTS.md");
    let mut files: Vec<(PathBuf, String)> =
        vec![(dir.join("boardkit.d.ts"), dts), (c_doc_path, c_doc)];
    for (name, text) in schemas {
        files.push((dir.join("schemas").join(name), text));
    }
    if std::env::var_os("BOARDKIT_BLESS").is_some() {
        std::fs::create_dir_all(dir.join("schemas")).unwrap();
        for (path, text) in &files {
            std::fs::write(path, text).unwrap();
        }
        return;
    }
    // No schema file is left over from a type that is no longer an input.
    let expected: BTreeSet<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
    for entry in std::fs::read_dir(dir.join("schemas")).unwrap() {
        let path = entry.unwrap().path();
        assert!(
            expected.contains(&path),
            "{} is not generated any more: delete it",
            path.display()
        );
    }
    for (path, text) in &files {
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == *text,
            "{} is stale: regenerate with `BOARDKIT_BLESS=1 cargo test -p boardkit-wasm --test types`",
            path.display()
        );
    }
}

/// Every JS function with a request has the C function ffi/REQUESTS.md names for it.
#[test]
fn c_requests_name_functions_of_the_header() {
    let header = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ffi/include/boardkit.h");
    let header = std::fs::read_to_string(header).unwrap();
    let g = api();
    let mut named = 0;
    for f in g.functions.iter().filter(|f| !f.params.is_empty()) {
        let c = c_requests::c_name(f.name);
        assert!(
            header.contains(&format!(" {c}(")),
            "{} has no C function {c} in ffi/include/boardkit.h",
            f.name
        );
        named += 1;
    }
    assert!(named > 40, "only {named} functions");
}
