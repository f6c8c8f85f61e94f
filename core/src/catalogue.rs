//! The rule catalogue: every rule code boardkit can report, in one list.
//!
//! `RULES.md` at the repository root is generated from this list
//! (`cargo run -p boardkit --example catalogue > RULES.md`) and a test fails when the
//! two disagree.

use crate::finding::Rule;
use crate::unit::Area;

mod thresholds;
pub use thresholds::{rules_reading, ThresholdEntry, THRESHOLDS};

/// The areas in catalogue order.
const ORDER: [Area; 9] = [
    Area::Board,
    Area::Meeting,
    Area::Statutory,
    Area::Action,
    Area::Risk,
    Area::Budget,
    Area::Scorecard,
    Area::Challenge,
    Area::Form,
];

/// Every rule of one area: its units', in the registry's order.
fn of_area(area: Area) -> impl Iterator<Item = &'static Rule> {
    crate::registry::UNITS
        .iter()
        .filter(move |u| u.area == area)
        .map(|u| &u.rule)
}

/// Every rule, grouped by area in the order of the modules.
pub fn all() -> Vec<&'static Rule> {
    ORDER.iter().flat_map(|a| of_area(*a)).collect()
}

/// Look a rule up by its code (a scan of the fixed catalogue; allocates nothing).
pub fn find(code: &str) -> Option<&'static Rule> {
    ORDER
        .iter()
        .flat_map(|a| of_area(*a))
        .find(|r| r.code == code)
}

/// The unit of a code, if that rule is a unit.
pub fn unit(code: &str) -> Option<&'static crate::unit::RuleUnit> {
    crate::registry::UNITS
        .iter()
        .copied()
        .find(|u| u.rule.code == code)
}

/// The premise of a rule, by its code: its unit's own (`premise::of`).
pub(crate) fn premise_of(code: &str) -> Option<&'static crate::premise::Premise> {
    unit(code).map(|unit| &unit.premise)
}

/// The catalogue as Markdown (the content of `RULES.md`).
pub fn markdown() -> String {
    let mut s = String::new();
    s.push_str("# boardkit rule catalogue\n\n");
    s.push_str("Generated from `core/src/catalogue.rs` by `cargo run -p boardkit --example catalogue > RULES.md`;\n");
    s.push_str(
        "a test fails when this file and the code disagree. Codes are stable: a code is never\n",
    );
    s.push_str("reused for a different rule.\n\n");
    s.push_str(
        "Shape errors (the input is not a record) are not rules; their codes are `shape.syntax`,\n",
    );
    s.push_str("`shape.invalid`, `shape.empty`, `shape.schema_version`, `shape.config` and `shape.overflow`.\n");
    s.push_str(
        "\nEach rule's premise says what the paper must record for the rule to have something to\n",
    );
    s.push_str("check (`boardkit validate --explain` reports, for each rule without a finding, whether its\n");
    s.push_str("premise is recorded); \"approximate\" marks a premise whose check looks only at whether the\n");
    s.push_str("fields are recorded at all (each rule's unit file, `core/src/<area>/rules/`).\n");
    s.push_str("\n## Thresholds a body's constitution sets\n\n");
    s.push_str("A body's `constitution.thresholds` replace boardkit's defaults for the findings and reports\n");
    s.push_str("about that body (an action's body is that of the meeting, else the plan, that raised it;\n");
    s.push_str("a risk's is its owning body's, else the register's body's, in validation and in the register queries alike):\n\n");
    s.push_str("| threshold | default | read by |\n|---|---|---|\n");
    for t in THRESHOLDS {
        s.push_str(&format!(
            "| `{}` | {} | {} |\n",
            t.name,
            t.default,
            thresholds::read_by(t)
        ));
    }
    s.push_str(
        "\nThe call-in period is the number of working days after a key decision's notice is\n",
    );
    s.push_str(
        "published during which the decision may be called in and must not be put into effect;\n",
    );
    s.push_str("a constitution that sets a longer or shorter period records it as `call_in_working_days`.\n");
    // Each area once, in the order its first rule comes (the body duties of the
    // statutory module join the board area).
    let rules = all();
    let mut areas: Vec<&str> = Vec::new();
    for r in &rules {
        let this = area_of(r);
        if !areas.contains(&this) {
            areas.push(this);
        }
    }
    for area in areas {
        s.push_str(&format!(
            "\n## {area}\n\n| code | severity | meaning | premise (what the paper must record) | citation |\n|---|---|---|---|---|\n"
        ));
        for r in rules.iter().filter(|r| area_of(r) == area) {
            row(&mut s, r);
        }
    }
    s
}

/// The area of a rule: its code's first part (`board`).
fn area_of(r: &Rule) -> &'static str {
    r.code.split('.').next().unwrap_or("")
}

/// One rule's row of the catalogue table.
fn row(s: &mut String, r: &Rule) {
    let premise = premise_of(r.code).map_or("Always applies.", |p| p.text);
    s.push_str(&format!(
        "| `{}` | {} | {} | {} | {} |\n",
        r.code,
        r.severity.as_str(),
        r.summary,
        premise,
        crate::citation::of(r.code).unwrap_or("")
    ));
}
