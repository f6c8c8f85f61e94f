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

mod table;

use crate::validate::{Finding, Report, ValidateOptions};
use serde_json::Value;
use std::collections::HashSet;

pub use crate::validate::{Explanation, Outcome};
pub use table::PREMISES;

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

/// The premise of a rule, by its code.
pub fn of(code: &str) -> Option<&'static Premise> {
    match crate::catalogue::unit(code) {
        Some(unit) => Some(&unit.premise),
        None => PREMISES.iter().find(|p| p.code == code),
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

/// The pointer of the first body rule setting that switches `code` off.
fn switched_off_by(doc: &Value, code: &str) -> Option<String> {
    let bodies = doc.get("bodies")?.as_array()?;
    bodies.iter().enumerate().find_map(|(b, body)| {
        let settings = body.pointer("/constitution/rule_settings")?.as_array()?;
        settings.iter().enumerate().find_map(|(k, s)| {
            let off = s.get("off").and_then(Value::as_bool) == Some(true);
            let same = s.get("code").and_then(Value::as_str) == Some(code);
            (off && same).then(|| format!("/bodies/{b}/constitution/rule_settings/{k}"))
        })
    })
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

/// The explanations of a validated document: each catalogue rule with no finding in
/// `report.findings`, in catalogue order, with why.
pub fn explain(doc: &Value, report: &Report, options: &ValidateOptions) -> Vec<Explanation> {
    let found: HashSet<&str> = report.findings.iter().map(|f| f.code.as_str()).collect();
    let only: Option<HashSet<&str>> = options
        .only
        .as_ref()
        .map(|o| o.iter().map(String::as_str).collect());
    let as_of = options.as_of.is_some();
    let mut out = Vec::new();
    for rule in crate::catalogue::all() {
        if found.contains(rule.code) {
            continue;
        }
        let premise = of(rule.code);
        let text = premise.map_or("Always applies.", |p| p.text).to_string();
        let mut e = Explanation {
            code: rule.code.to_string(),
            outcome: Outcome::Passed,
            premise: text,
            needs: None,
            setting: None,
        };
        if only.as_ref().is_some_and(|o| !o.contains(rule.code)) {
            e.outcome = Outcome::OutsideOnly;
        } else if let Some(at) = switched_off_by(doc, rule.code) {
            e.outcome = Outcome::SwitchedOff;
            e.setting = Some(at);
        } else if let Some(need) = premise.and_then(|p| p.unmet(doc, as_of)) {
            e.outcome = Outcome::NotEvidenced;
            e.needs = Some(need.to_string());
        }
        out.push(e);
    }
    out
}
