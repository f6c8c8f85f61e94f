//! People in a public version: a person named in the document and nowhere in its public
//! version is left out.
//!
//! "Named" is read from the serialised records: any string value equal to the person's
//! id, initials, name or an alias, anywhere outside the people list. Reading every string
//! (not a list of the fields that hold people) means a field added to the model that names
//! people counts without being listed here; it can keep a person whose id happens to
//! equal some other value, never drop one still named.

use crate::board::Person;
use crate::BoardDocument;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;

/// The people of `public` (the public version of `original`) to keep.
pub(super) fn kept(original: &BoardDocument, public: &BoardDocument) -> Vec<Person> {
    let before = strings(original);
    let after = strings(public);
    original
        .people
        .iter()
        .filter(|p| {
            let forms: Vec<&str> = std::iter::once(p.id.as_str())
                .chain(p.initial_forms())
                .chain(p.name_forms())
                .collect();
            let named_before = forms.iter().any(|f| before.contains(*f));
            !named_before || forms.iter().any(|f| after.contains(*f))
        })
        .cloned()
        .collect()
}

/// Every string value of the document outside its people list.
fn strings(doc: &BoardDocument) -> HashSet<String> {
    let mut out = HashSet::new();
    collect(&doc.organisations, &mut out);
    collect(&doc.bodies, &mut out);
    collect(&doc.meetings, &mut out);
    collect(&doc.actions, &mut out);
    collect(&doc.risk_register, &mut out);
    collect(&doc.budgets, &mut out);
    collect(&doc.funding_decisions, &mut out);
    collect(&doc.scorecards, &mut out);
    collect(&doc.extensions, &mut out);
    out
}

fn collect<T: Serialize>(value: &T, out: &mut HashSet<String>) {
    if let Ok(v) = serde_json::to_value(value) {
        walk(v, out);
    }
}

fn walk(v: Value, out: &mut HashSet<String>) {
    // An explicit stack: deep documents do not recurse.
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => {
                out.insert(s);
            }
            Value::Array(a) => stack.extend(a),
            Value::Object(o) => stack.extend(o.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}
