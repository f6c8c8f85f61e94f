//! Layers, checked: every file's imports, in every crate of the workspace, read from its
//! `use` trees and the `crate::`/`super::` paths of its code (ARCHITECTURE.md). A file
//! imports only from its own layer or below, and no files import each other round in a
//! cycle. A module may gather the modules below it in its own tree whatever their layer (a
//! record's module declares its `rules` child and re-exports its constants); for cycles,
//! though, a parent's use of a child's item in its code counts like any import (only a
//! re-export, `pub use` or `pub const X: T = child::X;`, does not), so a `mod.rs` that
//! calls its children while they import its types is a cycle.
//!
//! The edges that still break a rule are listed in [`known`], each by name: the list can
//! only shrink, because a listed edge that no longer exists (or no longer breaks a rule)
//! fails too. Production files over 600 lines are listed the same way in [`long`], and
//! production functions over 80 lines in [`fns`].

mod fns;
mod graph;
mod known;
mod long;
mod parse;

use graph::Crate;
use std::collections::BTreeSet;
use std::path::Path;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The source folders of the workspace's crates, from its `members` list.
fn crate_sources() -> Vec<String> {
    let manifest = std::fs::read_to_string(workspace().join("Cargo.toml")).unwrap();
    let line = manifest.lines().find(|l| l.starts_with("members")).unwrap();
    line.split('"')
        .skip(1)
        .step_by(2)
        .map(|m| format!("{m}/src"))
        .collect()
}

/// The layer of each module of `core/src`, lowest first; the longest listed prefix of a
/// module's path decides (`action::rules` is a rule, `action` a record).
const CORE_LAYERS: &[(&str, u8)] = &[
    // L0 primitives: the crate root (ids, extensions, the version), dates, money, exact
    // numbers, shape errors, the calendars of working days.
    ("", 0),
    ("date", 0),
    ("error", 0),
    ("words", 0),
    ("pointer", 0),
    ("clock", 0),
    ("budget::money", 0),
    ("scorecard::rate", 0),
    // L1 the strict reader.
    ("read", 1),
    ("depth", 1),
    // What `error::from_json` and `error::from_value` call: the reader itself.
    ("error::reading", 1),
    // L2 records per area as plain data, the document's data and its upgrades.
    ("record", 2),
    ("upgrade", 2),
    ("board", 2),
    ("action", 2),
    ("meeting", 2),
    ("budget", 2),
    ("risk", 2),
    ("scorecard", 2),
    ("challenge", 2),
    // The statutory records (a body's register of interests and yearly reports, its
    // lead safeguarding partners and the arrangements they sign off, a decision's
    // access-to-information record) are plain data beside the rules; the rules
    // (the units of `statutory::rules`, and the walk that runs them) are L4.
    ("statutory::records", 2),
    // Findings and the rules' codes and severities as plain data (re-exported by
    // `validate`), so that a record naming a severity stays below the rules.
    ("finding", 2),
    // L3 the one index, and what is worked out from it: an action resolved in its
    // document, its status over time and its RAG rating, which the rules read and the
    // queries list.
    ("index", 3),
    ("action::timeline", 3),
    ("action::rag", 3),
    ("action::resolve", 3),
    // The risk register's scores and ratings as of a date (`risk::data` is its plain
    // data, L2 with the rest of `risk`).
    ("risk::rating", 3),
    // Meeting agenda (umagenda): person references resolved through the index.
    ("meeting::refs", 3),
    // L4 rules, their findings, catalogue, premises and citations.
    ("validate", 4),
    ("catalogue", 4),
    ("premise", 4),
    ("citation", 4),
    ("statutory", 4),
    ("profile", 4),
    ("action::rules", 4),
    ("action::record_rules", 4),
    ("action::check", 4),
    ("meeting::rules", 4),
    // The meeting walk: the meeting units' stages in the order the rules always ran.
    ("meeting::checks", 4),
    ("meeting::quorum", 4),
    ("budget::decision_rules", 4),
    ("budget::checks", 4),
    ("budget::rules", 4),
    ("budget::subtotals", 4),
    // The budget area's lists of its units' rules.
    ("budget::rule_table", 4),
    ("board::rules", 4),
    ("board::membership_rules", 4),
    ("risk::links", 4),
    ("risk::rules", 4),
    // The helpers the risk units share (perf).
    ("risk::shared", 4),
    ("risk::checks", 4),
    ("risk::profile", 4),
    ("risk::scores", 4),
    ("scorecard::checks", 4),
    ("scorecard::quoted", 4),
    ("scorecard::field_rules", 4),
    ("challenge::rules", 4),
    ("challenge::checks", 4),
    // Rules as units, one file each, and the generated registry that lists them.
    ("unit", 4),
    ("registry", 4),
    // The form's rule (a record's blank name, title or description) as a unit.
    ("record::rules", 4),
    ("scorecard::rules", 4),
    // L5 queries and reports.
    ("action::log", 5),
    ("action::carry", 5),
    ("action::queries", 5),
    ("budget::statement", 5),
    ("risk::register", 5),
    ("report", 5),
    // L6 the API: document validation, form checks, the public version, the loaded
    // board, fixtures of a board's own rules.
    ("document", 6),
    ("form", 6),
    ("public", 6),
    ("loaded", 6),
    ("testing", 6),
];

fn core_layer(module: &str) -> u8 {
    CORE_LAYERS
        .iter()
        .filter(|(m, _)| m.is_empty() || module == *m || module.starts_with(&format!("{m}::")))
        .max_by_key(|(m, _)| m.len())
        .map(|(_, l)| *l)
        .unwrap()
}

/// Every edge of the workspace that breaks a rule, each as `from -> to` with the rule.
fn violations() -> (BTreeSet<String>, Vec<String>) {
    let known = known::all();
    let mut broken = BTreeSet::new();
    let mut cycles = Vec::new();
    for src in crate_sources() {
        let krate = Crate::read(workspace(), &workspace().join(&src));
        let mut edges = krate.cycle_edges();
        for (from, to) in &krate.edges() {
            let upward = src == "core/src"
                && core_layer(&krate.module(to)) > core_layer(&krate.module(from));
            if upward {
                broken.insert(format!("{from} -> {to}"));
            }
        }
        edges.retain(|(from, to)| {
            let name = format!("{from} -> {to}");
            !known.contains(&name) && !broken.contains(&name)
        });
        for cycle in graph::cycles(&edges) {
            let inside: Vec<String> = edges
                .iter()
                .filter(|(a, b)| cycle.contains(a) && cycle.contains(b))
                .map(|(a, b)| format!("{a} -> {b}"))
                .collect();
            cycles.push(format!(
                "cycle of {}: {}",
                cycle.join(", "),
                inside.join("; ")
            ));
        }
    }
    (broken, cycles)
}

#[test]
fn no_file_imports_upward_or_round_in_a_cycle() {
    let (upward, cycles) = violations();
    let known = known::all();
    let new_upward: Vec<&String> = upward.iter().filter(|e| !known.contains(*e)).collect();
    assert!(
        new_upward.is_empty(),
        "imports against the layers (ARCHITECTURE.md; move the item down or the importer up):\n{}",
        new_upward
            .iter()
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn every_known_violation_still_exists() {
    let mut edges = BTreeSet::new();
    for src in crate_sources() {
        let krate = Crate::read(workspace(), &workspace().join(&src));
        edges.extend(
            krate
                .cycle_edges()
                .into_iter()
                .map(|(a, b)| format!("{a} -> {b}")),
        );
    }
    let gone: Vec<String> = known::all()
        .into_iter()
        .filter(|e| !edges.contains(e))
        .collect();
    assert!(
        gone.is_empty(),
        "these listed imports no longer exist: remove it from the list (layers/known.rs):\n{}",
        gone.join("\n")
    );
}

#[test]
fn every_listed_upward_import_is_upward() {
    let (upward, _) = violations();
    let not: Vec<&str> = known::UPWARD
        .iter()
        .copied()
        .filter(|e| !upward.contains(*e))
        .collect();
    assert!(
        not.is_empty(),
        "these listed imports no longer run against the layers: remove it from the list \
         (layers/known.rs, UPWARD):\n{}",
        not.join("\n")
    );
}

#[test]
fn production_files_stay_under_600_lines() {
    long::check(workspace());
}

#[test]
fn production_functions_stay_under_80_lines() {
    fns::check(workspace());
}

#[test]
fn the_counter_of_function_lines_skips_comments_strings_and_tests() {
    let text = "fn a() {\n    let _ = \"}\";\n    // }\n    let _ = '}';\n}\n\
                trait T { fn b(&self); }\n\
                #[cfg(test)]\nmod tests {\n    fn c() {}\n}\n\
                fn d<'a>(x: &'a [u8; 2]) -> &'a u8 {\n    &x[0]\n}\n";
    assert_eq!(
        fns::functions(text),
        [("a".to_string(), 5), ("d".to_string(), 3)]
    );
}

#[test]
fn the_reader_of_paths_sees_through_comments_strings_and_groups() {
    let text = "// use crate::a;\nuse crate::{b::{C, d as e}, f::*};\n\
                fn g() { let _ = \"crate::h\"; crate::i::J::new(); }\n\
                #[serde(with = \"crate::k::l\")]\nmod tests { use super::M; }";
    let named = parse::paths(&parse::tokens(text), &["x".to_string()]);
    let shown: Vec<String> = named
        .iter()
        .map(|n| {
            format!(
                "{}@{}={:?}",
                n.segments.join("::"),
                n.scope.join("::"),
                n.binds
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            "crate::b::C@x=Some(\"C\")",
            "crate::b::d@x=Some(\"e\")",
            "crate::f@x=Some(\"*\")",
            "crate::h@x=None",
            "crate::i::J::new@x=None",
            "crate::k::l@x=None",
            "super::M@x::tests=Some(\"M\")",
        ]
    );
}

#[test]
fn a_cycle_is_found_and_named_by_its_files() {
    let edge = |a: &str, b: &str| (a.to_string(), b.to_string());
    let edges: BTreeSet<(String, String)> = [
        edge("a.rs", "b.rs"),
        edge("b.rs", "c.rs"),
        edge("c.rs", "a.rs"),
        edge("c.rs", "d.rs"),
    ]
    .into_iter()
    .collect();
    assert_eq!(graph::cycles(&edges), [vec!["a.rs", "b.rs", "c.rs"]]);
    let acyclic: BTreeSet<(String, String)> =
        edges.into_iter().filter(|(a, _)| a != "c.rs").collect();
    assert!(graph::cycles(&acyclic).is_empty());
}

#[test]
fn a_module_gathers_its_children_only() {
    assert!(graph::gathers("report", "report::unnamed"));
    assert!(graph::gathers("", "report"));
    assert!(!graph::gathers("report::unnamed", "report"));
    assert!(!graph::gathers("report", "reporting"));
    assert_eq!(core_layer("action::rules"), 4);
    assert_eq!(core_layer("action::words"), 2);
    assert_eq!(core_layer("loaded::query"), 6);
}

#[test]
fn the_reader_of_paths_tells_re_exports_from_uses() {
    let text = "pub use crate::a::B;\npub(crate) use c::D;\nuse e::F;\n\
                pub const G: u8 = h::G;\npub const I: u8 = j::k(1);\nfn l() { m::n(); }";
    let named = parse::paths(&parse::tokens(text), &[]);
    let shown: Vec<String> = named
        .iter()
        .map(|n| format!("{}={}", n.segments.join("::"), n.reexport))
        .collect();
    assert_eq!(
        shown,
        [
            "crate::a::B=true",
            "c::D=true",
            "e::F=false",
            "h::G=true",
            "j::k=false",
            "m::n=false",
        ]
    );
}
