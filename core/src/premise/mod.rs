//! Premises: for every rule of the catalogue, what the paper must record for the rule to
//! have something to check, and a function deciding whether a document records it.
//!
//! A rule that gives no finding on a document either checked what it needs and found it
//! right (`passed`), or had nothing to check: its premise is not recorded in the paper
//! (`not_evidenced`). `boardkit validate --explain` and [`crate::validate::ValidateOptions`]'s
//! `explain` flag report which, rule by rule (see [`explain`]).
//!
//! A premise is a list of requirements, all of which must hold; a requirement is a list of
//! alternative places in the document (JSON Pointer patterns, `*` for every element of a
//! list), one of which must hold a recorded value (not null, not false, not an empty
//! text, list or object), or `@as_of`: the validation was given an as-of date. The
//! patterns name only schema fields. They look at whether the fields are recorded at all,
//! not at their values: where a rule needs more (a meeting that took place, a live risk),
//! the table's text says the premise is approximate.

mod lookup;

pub use lookup::{explain, of};

use crate::validate::{Finding, Report, ValidateOptions};
use serde_json::Value;
use std::collections::HashSet;

pub use crate::validate::{Explanation, Outcome};

/// What a rule needs the paper to record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Premise {
    /// The rule's code.
    pub code: &'static str,
    /// One line of plain English: what the paper must record for the rule to apply.
    pub text: &'static str,
    /// Requirements, all needed; each is `|`-separated alternatives (pointer patterns, or
    /// `@as_of`). Empty: the rule always applies.
    pub needs: &'static [&'static str],
    /// True when [`Premise::evidenced`] looks only at whether fields are recorded and the
    /// rule needs more (the text says what).
    pub approximate: bool,
}

impl Premise {
    /// The first requirement the document does not meet, or `None` when every one is met.
    pub fn unmet(&self, doc: &Value, as_of: bool) -> Option<&'static str> {
        self.needs
            .iter()
            .copied()
            .find(|need| !need.split('|').any(|alt| holds(doc, alt, as_of)))
    }

    /// True when the document records what the rule needs.
    pub fn evidenced(&self, doc: &Value, as_of: bool) -> bool {
        self.unmet(doc, as_of).is_none()
    }
}

fn holds(doc: &Value, alt: &str, as_of: bool) -> bool {
    if alt == "@as_of" {
        return as_of;
    }
    // `!pattern`: the paper does not record it (a register not marked an excerpt).
    if let Some(not) = alt.strip_prefix('!') {
        return !holds(doc, not, as_of);
    }
    let segs: Vec<&str> = alt.split('/').skip(1).collect();
    any_recorded(doc, &segs)
}

/// Whether a value at the pattern's end is recorded; `*` descends into every element of a
/// list. Each value of the document is visited at most once per pattern.
fn any_recorded(v: &Value, segs: &[&str]) -> bool {
    let Some((first, rest)) = segs.split_first() else {
        return recorded(v);
    };
    match (*first, v) {
        ("*", Value::Array(items)) => items.iter().any(|x| any_recorded(x, rest)),
        (key, Value::Object(map)) => map.get(key).is_some_and(|x| any_recorded(x, rest)),
        _ => false,
    }
}

fn recorded(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

/// Keep only the findings of the rules in `only` (when given): the validator runs every
/// rule and the others' findings are dropped here, so `only` is observable, not cheaper.
pub(crate) fn keep_only(report: &mut Report, options: &ValidateOptions) {
    let Some(only) = &options.only else {
        return;
    };
    let keep: HashSet<&str> = only.iter().map(String::as_str).collect();
    let inside = |f: &Finding| keep.contains(f.code.as_str());
    report.findings.retain(inside);
    report.switched_off.retain(inside);
}
