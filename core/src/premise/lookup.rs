//! The premises looked up through the catalogue: a rule's premise by its code (a unit's
//! own: every rule is a unit), and the explanations of a validated document. Apart
//! from the premises themselves (`premise`), which every unit names, so that the
//! premises stay below the registry (`premise` re-exports both).

use super::Premise;
use crate::finding::{Explanation, Outcome, Report};
use crate::pointer::Pointer;
use crate::validate::ValidateOptions;
use serde_json::Value;
use std::collections::HashSet;

/// The premise of a rule, by its code.
pub fn of(code: &str) -> Option<&'static Premise> {
    crate::catalogue::premise_of(code)
}

/// The pointer of the first body rule setting that switches `code` off.
fn switched_off_by(doc: &Value, code: &str) -> Option<String> {
    let bodies = doc.get("bodies")?.as_array()?;
    bodies.iter().enumerate().find_map(|(b, body)| {
        let settings = body.pointer("/constitution/rule_settings")?.as_array()?;
        settings.iter().enumerate().find_map(|(k, s)| {
            let off = s.get("off").and_then(Value::as_bool) == Some(true);
            let same = s.get("code").and_then(Value::as_str) == Some(code);
            (off && same).then(|| {
                Pointer::root()
                    .item("bodies", b)
                    .field("constitution")
                    .item("rule_settings", k)
                    .into()
            })
        })
    })
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
