//! Coverage of the rule catalogue by a corpus of fixtures.

use super::fixture::Fixture;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// How a corpus covers one rule of the catalogue.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleCoverage {
    /// The rule's code.
    pub code: String,
    /// Fixtures that break the rule: an expectation has its code.
    pub breaks: usize,
    /// Fixtures that keep it silent: it is in their `only` (or they have no `only` and
    /// expect exactly) and no expectation has its code.
    pub silent: usize,
    /// Of those, the fixtures with the rule in their `only` list: the kind the
    /// conformance test requires one of.
    pub silent_in_only: usize,
}

/// Per catalogue rule, in catalogue order, how many fixtures break it and keep it silent.
/// Linear in the size of the fixtures (plus the catalogue once per fixture without `only`).
pub fn coverage(fixtures: &[Fixture]) -> Vec<RuleCoverage> {
    let mut counts: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    let all = crate::catalogue::all();
    for f in fixtures {
        let broken: HashSet<&str> = f.expect.iter().map(|e| e.code.as_str()).collect();
        for code in &broken {
            counts.entry(code).or_default().0 += 1;
        }
        match &f.only {
            Some(only) => {
                let only: HashSet<&str> = only.iter().map(String::as_str).collect();
                for code in only.into_iter().filter(|c| !broken.contains(c)) {
                    let c = counts.entry(code).or_default();
                    c.1 += 1;
                    c.2 += 1;
                }
            }
            None if f.expect_exactly => {
                for r in all.iter().filter(|r| !broken.contains(r.code)) {
                    counts.entry(r.code).or_default().1 += 1;
                }
            }
            None => {}
        }
    }
    all.iter()
        .map(|r| {
            let (breaks, silent, silent_in_only) = counts.get(r.code).copied().unwrap_or_default();
            RuleCoverage {
                code: r.code.to_string(),
                breaks,
                silent,
                silent_in_only,
            }
        })
        .collect()
}
