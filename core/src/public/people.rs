//! People in a public version: a person named in the document and nowhere in its public
//! version is left out, and so is an acknowledgement that names someone left out.
//!
//! "Named" is read from the serialised records, by reference, never by display text: a
//! string under a key that refers to a person (`person`, `people`, `deputy_for`, `by`,
//! `owner`, `lead_officer`...), or the one value of a reference by initials or by name
//! (`{"initials": ...}`, `{"name": ...}`), equal to the person's id, initials, name or an
//! alias. Reading every reference (not a list of the records that hold them) means a
//! field added to the model under one of those keys counts without being listed here; a
//! title or a minute that happens to equal someone's name keeps no one.

use crate::board::{Acknowledgement, Person};
use crate::risk::RiskRegister;
use crate::BoardDocument;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;

/// Keys whose string values (or lists of strings) refer to a person by id.
const PERSON_KEYS: &[&str] = &[
    "also_deputy_for",
    "by",
    "decided_by",
    "deputy_for",
    "lead_officer",
    "owner",
    "people",
    "person",
];

/// Keys of a reference to a person by initials or name (an object with that key alone).
const FORM_KEYS: &[&str] = &["initials", "name"];

/// The longest name matched in an acknowledgement's reason, in words.
const MAX_WORDS: usize = 8;

/// The people of `public` (the public version of `original`) to keep; `before` is
/// [`references`] of `original`.
pub(super) fn kept(
    original: &BoardDocument,
    before: &HashSet<String>,
    public: &BoardDocument,
) -> Vec<Person> {
    let after = references(public);
    original
        .people
        .iter()
        .filter(|p| {
            let named_before = forms(p).any(|f| before.contains(f));
            !named_before || forms(p).any(|f| after.contains(f))
        })
        .cloned()
        .collect()
}

/// Every form a reference to the person may take: id, initials, name, aliases.
fn forms(p: &Person) -> impl Iterator<Item = &str> {
    std::iter::once(p.id.as_str())
        .chain(p.initial_forms())
        .chain(p.name_forms())
}

/// What names the people left out of a public version (their ids, initials, names and
/// aliases) and the withheld records (their ids), to find acknowledgements naming them.
pub(super) struct Withheld {
    forms: HashSet<String>,
}

impl Withheld {
    /// The people of `original` not in `kept`, and the ids of withheld records.
    pub(super) fn new<'a>(
        original: &BoardDocument,
        kept: &[Person],
        records: impl Iterator<Item = &'a str>,
    ) -> Self {
        let kept: HashSet<&str> = kept.iter().map(|p| p.id.as_str()).collect();
        let mut forms: HashSet<String> = records.map(normal).collect();
        for p in original
            .people
            .iter()
            .filter(|p| !kept.contains(p.id.as_str()))
        {
            forms.extend(self::forms(p).map(normal));
        }
        forms.remove("");
        Withheld { forms }
    }

    /// Whether an acknowledgement names something withheld: its `by`, or a run of words
    /// of its reason (up to eight) equal to a withheld form, ignoring case and punctuation
    /// at the ends of words. Linear in the reason's length.
    pub(super) fn named_by(&self, a: &Acknowledgement) -> bool {
        if self.forms.is_empty() {
            return false;
        }
        if self.forms.contains(&normal(&a.by)) {
            return true;
        }
        let words: Vec<String> = a.reason.split_whitespace().map(normal).collect();
        (0..words.len()).any(|i| {
            (1..=MAX_WORDS)
                .map_while(|n| words.get(i..i + n))
                .any(|run| self.forms.contains(&run.join(" ")))
        })
    }
}

/// A form as compared: lower case, words separated by one space, no punctuation at the
/// ends of words (`"Jo Bloggs,"` is `jo bloggs`).
fn normal(s: &str) -> String {
    let trim = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    s.split_whitespace()
        .map(trim)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every reference to a person in the document outside its people list. Read one record
/// at a time, so only one record's JSON tree is held at once.
pub(super) fn references(doc: &BoardDocument) -> HashSet<String> {
    let mut out = HashSet::new();
    collect(&doc.organisations, &mut out);
    collect(&doc.bodies, &mut out);
    collect(&doc.meetings, &mut out);
    collect(&doc.actions, &mut out);
    if let Some(r) = &doc.risk_register {
        collect(&r.risks, &mut out);
        // The register less its risks (read above), without cloning them.
        let RiskRegister {
            title,
            body,
            matrix,
            escalation_score,
            top_band_review_days,
            reviewed_on,
            stated_counts,
            excerpt,
            stated_heat_map,
            risks: _,
            extensions,
        } = r;
        let rest = RiskRegister {
            title: title.clone(),
            body: body.clone(),
            matrix: matrix.clone(),
            escalation_score: *escalation_score,
            top_band_review_days: *top_band_review_days,
            reviewed_on: *reviewed_on,
            stated_counts: stated_counts.clone(),
            excerpt: *excerpt,
            stated_heat_map: stated_heat_map.clone(),
            risks: Vec::new(),
            extensions: extensions.clone(),
        };
        collect(std::slice::from_ref(&rest), &mut out);
    }
    collect(&doc.budgets, &mut out);
    collect(&doc.funding_decisions, &mut out);
    collect(&doc.scorecards, &mut out);
    collect(std::slice::from_ref(&doc.extensions), &mut out);
    out
}

fn collect<T: Serialize>(records: &[T], out: &mut HashSet<String>) {
    for r in records {
        if let Ok(v) = serde_json::to_value(r) {
            walk(v, out);
        }
    }
}

fn walk(v: Value, out: &mut HashSet<String>) {
    // An explicit stack: deep documents do not recurse.
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a),
            Value::Object(o) => {
                let single = o.len() == 1;
                for (k, v) in o {
                    let reference = PERSON_KEYS.contains(&k.as_str())
                        || (single && FORM_KEYS.contains(&k.as_str()));
                    match v {
                        Value::String(s) if reference => {
                            out.insert(s);
                        }
                        Value::Array(a) if reference => {
                            out.extend(a.into_iter().filter_map(|x| match x {
                                Value::String(s) => Some(s),
                                other => {
                                    stack.push(other);
                                    None
                                }
                            }));
                        }
                        other => stack.push(other),
                    }
                }
            }
            _ => {}
        }
    }
}
