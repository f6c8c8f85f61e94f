//! The requests of the C functions behind `boardkit-ffi`'s features (`import`, `render`),
//! for `ffi/REQUESTS.md`.
//!
//! `boardkit-import` and `boardkit-render` derive no JSON Schemas (the shipped crates
//! carry no schema code), so the requests their C functions read are mirrored here, field
//! for field, with the same defaults: `boardkit_import::request::Options`,
//! `boardkit_render::request::{RenderRequest, IcalRequest, OparlRequest}`. The mirrors
//! name the words a field takes (`kind`, `format`, `what`) where the Rust field is a
//! string checked after reading. `wasm/tests/types.rs` checks each mirror against its
//! type: the same field names, the same required fields, and every word accepted.
//! Every capability of the table behind a feature must have its row here ([`calls`]
//! panics naming one that has not), so a new one cannot be left out of REQUESTS.md.

// The mirrors are never built: only their schemas are read.
#![allow(dead_code)]

use super::schema::mark_input;
use boardkit::date::Date;
use boardkit::{BoardDocument, Id};
use boardkit_wasm::capabilities::all;
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// What a file holds: minutes of a meeting, an action log, a risk register, an
/// attendance grid or partners' contributions.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    Minutes,
    Actions,
    Risks,
    Attendance,
    Contributions,
}

/// A file's format: `text` (the default) or `docx` for minutes; `csv` (the default),
/// `xlsx` or `ods` for a table.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    Text,
    Docx,
    Csv,
    Xlsx,
    Ods,
}

/// The options of `boardkit_import` and `boardkit_import_write`
/// (`boardkit_import::request::Options`, read as the JS package's `importFile` reads them).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportOptions {
    /// What the file holds.
    pub kind: ImportKind,
    /// The file's format.
    #[serde(default)]
    pub format: Option<ImportFormat>,
    /// The board document the file belongs to (its people, bodies and meetings are
    /// matched).
    #[serde(default)]
    pub context: Option<BoardDocument>,
    /// Which column header holds which field of a table (`{"owners": "Person/s
    /// responsible"}`); a header the table lacks is refused at `/mapping`.
    #[serde(default)]
    pub mapping: Option<BTreeMap<String, String>>,
}

/// The whole board pack or one section of it.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RenderSection {
    Pack,
    Actions,
    Risks,
    Attendance,
    Budget,
    Scorecard,
    Minutes,
}

/// HTML, Markdown or CSV files.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RenderFormat {
    Html,
    Md,
    Csv,
}

/// The request of `boardkit_render` (`boardkit_render::request::RenderRequest`): the
/// papers of the public version of the document.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RenderRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The whole pack or one section.
    pub what: RenderSection,
    /// HTML, Markdown or CSV files.
    pub format: RenderFormat,
    /// The date the papers speak as of.
    pub as_of: Date,
    /// First day of the attendance period.
    #[serde(default)]
    pub from: Option<Date>,
    /// Last day of the attendance period.
    #[serde(default)]
    pub to: Option<Date>,
    /// The body, by id.
    #[serde(default)]
    pub body: Option<Id>,
    /// The meeting whose minutes to print, by id.
    #[serde(default)]
    pub meeting: Option<Id>,
    /// A host's own templates by the name of the template each replaces: `pack.html`,
    /// `pack.md`, `heatmap.svg`, `bars.svg` or `trend.svg` (another name is refused at
    /// `/templates`).
    #[serde(default)]
    pub templates: BTreeMap<String, String>,
}

/// The request of `boardkit_export_ical` (`boardkit_render::request::IcalRequest`): a
/// body's meetings and its open actions' due dates.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IcalRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The date that decides which actions are open.
    pub as_of: Date,
    /// The body, by id.
    #[serde(default)]
    pub body: Option<Id>,
}

/// The request of `boardkit_export_oparl` (`boardkit_render::request::OparlRequest`): the
/// board as OParl 1.1 objects.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OparlRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The base URL of the OParl system (`https://papers.example.org/oparl`).
    pub base: String,
    /// The body, by id.
    #[serde(default)]
    pub body: Option<Id>,
}

/// One argument of a C function: a JSON shape, or what is passed when it is not JSON.
pub enum Arg {
    Shape(Value),
    Text(&'static str),
}

/// One C function behind a feature and its arguments, in order.
pub struct Call {
    pub c: &'static str,
    pub feature: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// Every C function of the capability table behind a feature, in the table's order, with
/// its arguments, and the input definitions their shapes refer to.
pub fn calls() -> (Vec<Call>, Map<String, Value>) {
    let mut g = SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator();
    let options = g.subschema_for::<ImportOptions>().to_value();
    let render = g.subschema_for::<RenderRequest>().to_value();
    let ical = g.subschema_for::<IcalRequest>().to_value();
    let oparl = g.subschema_for::<OparlRequest>().to_value();
    let shape = |s: &Value| Arg::Shape(mark_input(s.clone()));
    let bytes = "`bytes`, `len`";
    let file = || Arg::Text("the file's bytes, as read from disk");
    let mut by_c: Vec<(&str, Vec<(&'static str, Arg)>)> = vec![
        (
            "boardkit_import",
            vec![(bytes, file()), ("`options_json`", shape(&options))],
        ),
        (
            "boardkit_import_write",
            vec![
                (bytes, file()),
                ("`options_json`", shape(&options)),
                (
                    "`write`, `ctx`",
                    Arg::Text("a `BoardkitWrite` callback and its context"),
                ),
            ],
        ),
        ("boardkit_render", vec![("`request_json`", shape(&render))]),
        (
            "boardkit_export_ical",
            vec![("`request_json`", shape(&ical))],
        ),
        (
            "boardkit_export_oparl",
            vec![("`request_json`", shape(&oparl))],
        ),
    ];
    let mut out = Vec::new();
    for cap in all() {
        let (Some(feature), Some(c)) = (cap.feature, cap.c) else {
            continue;
        };
        let at = by_c
            .iter()
            .position(|(name, _)| *name == c)
            .unwrap_or_else(|| {
                panic!("{c} (feature {feature}) has no request in wasm/codegen/featured.rs")
            });
        let (_, args) = by_c.swap_remove(at);
        out.push(Call { c, feature, args });
    }
    if let Some((c, _)) = by_c.first() {
        panic!("{c} is in wasm/codegen/featured.rs but not in ffi/src/capabilities.rs");
    }
    (out, g.definitions().clone())
}
