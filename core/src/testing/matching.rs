//! Matching a fixture's expectations against the findings a check gave.

use super::fixture::{Expectation, Fixture};
use crate::validate::{Finding, Severity};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A finding no expectation matched.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unexpected {
    /// The rule's code.
    pub code: String,
    /// The finding's JSON Pointer.
    pub path: String,
    /// The finding's severity.
    pub severity: Severity,
}

/// The result of one fixture.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixtureResult {
    /// The fixture's name.
    pub name: String,
    /// True when every expectation matched a finding and (with `expect_exactly`) every
    /// finding matched an expectation.
    pub passed: bool,
    /// Expectations no finding matched.
    pub missing: Vec<Expectation>,
    /// Findings no expectation matched (only with `expect_exactly`).
    pub unexpected: Vec<Unexpected>,
    /// Every finding compared (within `only` when given), in the order of validation.
    pub findings: Vec<Finding>,
}

type Key = (String, Option<String>, Option<Severity>);

/// Match each expectation with one distinct finding. The most specific expectations
/// (path and severity given) are matched first, then those with a path, then with a
/// severity, then by code alone, each taking the first free finding of its kind; the
/// candidates are kept in hash maps, so the whole takes linear time.
pub(crate) fn compare(f: &Fixture, findings: Vec<Finding>) -> FixtureResult {
    let mut by: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, x) in findings.iter().enumerate().rev() {
        let (c, p, s) = (&x.code, &x.path, x.severity);
        for key in [
            (c.clone(), Some(p.clone()), Some(s)),
            (c.clone(), Some(p.clone()), None),
            (c.clone(), None, Some(s)),
            (c.clone(), None, None),
        ] {
            by.entry(key).or_default().push(i);
        }
    }
    let mut used = vec![false; findings.len()];
    let mut missing_at: Vec<usize> = Vec::new();
    let rank = |e: &Expectation| match (&e.path, &e.severity) {
        (Some(_), Some(_)) => 0,
        (Some(_), None) => 1,
        (None, Some(_)) => 2,
        (None, None) => 3,
    };
    let mut order: Vec<usize> = (0..f.expect.len()).collect();
    order.sort_by_key(|&i| f.expect.get(i).map_or(4, rank));
    for i in order {
        let Some(e) = f.expect.get(i) else { continue };
        let key = (e.code.clone(), e.path.clone(), e.severity);
        let list = by.entry(key).or_default();
        let mut hit = None;
        while let Some(j) = list.pop() {
            if used.get(j) == Some(&false) {
                hit = Some(j);
                break;
            }
        }
        match hit.and_then(|j| used.get_mut(j)) {
            Some(u) => *u = true,
            None => missing_at.push(i),
        }
    }
    missing_at.sort_unstable();
    let missing: Vec<Expectation> = missing_at
        .iter()
        .filter_map(|&i| f.expect.get(i).cloned())
        .collect();
    let unexpected: Vec<Unexpected> = if f.expect_exactly {
        findings
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(x, _)| Unexpected {
                code: x.code.clone(),
                path: x.path.clone(),
                severity: x.severity,
            })
            .collect()
    } else {
        Vec::new()
    };
    FixtureResult {
        name: f.name.clone(),
        passed: missing.is_empty() && unexpected.is_empty(),
        missing,
        unexpected,
        findings,
    }
}

impl FixtureResult {
    /// The failure lines: `missing CODE at PATH` and `unexpected CODE at PATH (SEVERITY)`
    /// (the empty pointer, the record itself, shows as `(root)`).
    pub fn failure_lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for m in &self.missing {
            let mut line = format!("missing {}", m.code);
            if let Some(p) = &m.path {
                line.push_str(&format!(" at {}", if p.is_empty() { "(root)" } else { p }));
            }
            if let Some(s) = m.severity {
                line.push_str(&format!(" ({})", s.as_str()));
            }
            out.push(line);
        }
        for u in &self.unexpected {
            let p = if u.path.is_empty() { "(root)" } else { &u.path };
            out.push(format!(
                "unexpected {} at {p} ({})",
                u.code,
                u.severity.as_str()
            ));
        }
        out
    }
}
