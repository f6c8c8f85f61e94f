//! The checks of organisations, people and bodies: ids, references, reporting lines,
//! memberships and initials.

use super::*;
use crate::validate::{Report, ValidateOptions};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Check organisations, people and bodies of a document.
pub(crate) fn check(doc: &crate::index::Index<'_>, options: &ValidateOptions, out: &mut Report) {
    // Ids are looked up in the index's hash maps (a sorted set of every id was n log n in
    // string comparisons: 13x per 10x bodies in the reporting-chain worst shape).
    let has_person = |id: &str| doc.person(id).is_some();
    let has_org = |id: &str| doc.organisation(id).is_some();

    duplicate_ids(
        doc.organisations.iter().map(|o| o.id.as_str()),
        "/organisations",
        out,
    );
    duplicate_ids(doc.people.iter().map(|p| p.id.as_str()), "/people", out);
    duplicate_ids(doc.bodies.iter().map(|b| b.id.as_str()), "/bodies", out);

    for (i, p) in doc.people.iter().enumerate() {
        if let Some(o) = &p.organisation {
            if !has_org(o) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("/people/{i}/organisation"),
                    "This person's organisation is not in the document's organisations.",
                );
            }
        }
    }

    for (b, body) in doc.bodies.iter().enumerate() {
        let mut named = BTreeSet::new();
        for (r, target) in body.reports_to.iter().enumerate() {
            if !named.insert(target.as_str()) {
                out.push(
                    &DUPLICATE_REPORTS_TO,
                    format!("/bodies/{b}/reports_to/{r}"),
                    "This body already reports to this body (it is listed earlier in `reports_to`).",
                );
            }
            if doc.body(target).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("/bodies/{b}/reports_to/{r}"),
                    "This body reports to a body that is not in the document.",
                );
            }
        }
        membership_rules::check_body(doc, b, body, out);
        crate::unit::run_body(doc, options, b, out);
        check_members(doc, b, body, out);
        for (s, seat) in body.seats.iter().enumerate() {
            if !has_org(&seat.organisation) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("/bodies/{b}/seats/{s}/organisation"),
                    "This seat allocation names an organisation that is not in the document.",
                );
            }
        }
        for (g, group) in body.groups.iter().enumerate() {
            for (k, p) in group.people.iter().enumerate() {
                if !has_person(p) {
                    out.push(
                        &UNKNOWN_REFERENCE,
                        format!("/bodies/{b}/groups/{g}/people/{k}"),
                        "This group lists a person who is not in the document.",
                    );
                }
            }
        }
    }
    reporting_cycles(doc, out);
}

/// A body's members: their people and organisations in the document, a lead member
/// recorded as voting, and initials two members share.
fn check_members(doc: &crate::index::Index<'_>, b: usize, body: &Body, out: &mut Report) {
    let mut initials: BTreeMap<String, usize> = BTreeMap::new();
    for (m, member) in body.members.iter().enumerate() {
        let base = format!("/bodies/{b}/members/{m}");
        if doc.person(&member.person).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{base}/person"),
                "This member is not in the document's people.",
            );
        }
        if let Some(o) = &member.organisation {
            if doc.organisation(o).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/organisation"),
                    "This member's organisation is not in the document's organisations.",
                );
            }
        }
        if member.role == Some(SpecialRole::LeadMember) && member.voting {
            out.push(
                &OBSERVER_VOTING,
                format!("{base}/voting"),
                "A lead member is a participating observer; set voting to false.",
            );
        }
        if let Some(ini) = doc
            .person(&member.person)
            .and_then(|p| p.initials.as_deref())
        {
            let key = ini.to_string();
            let same_person = initials
                .get(&key)
                .and_then(|f| body.members.get(*f))
                .is_some_and(|f| f.person == member.person);
            if same_person {
                // The same person again (a later period of membership).
            } else if let Some(first) = initials.get(&key) {
                out.push(
                    &AMBIGUOUS_INITIALS,
                    format!("{base}/person"),
                    format!("This member has the same initials as member {first} of this body."),
                );
            } else {
                initials.insert(key, m);
            }
        }
    }
}

/// Report repeated ids in a list at `base`.
pub(crate) fn duplicate_ids<'a>(ids: impl Iterator<Item = &'a str>, base: &str, out: &mut Report) {
    let mut seen = HashSet::with_capacity(ids.size_hint().0);
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            out.push(
                &DUPLICATE_ID,
                format!("{base}/{i}/id"),
                "This id is already used by an earlier record in the same list.",
            );
        }
    }
}

/// Find cycles in reporting lines; one finding per body that is on a cycle, at its
/// first `reports_to` entry that leads back to it.
///
/// One pass: the strongly connected components of the graph of body ids (Tarjan's
/// algorithm, iterative so a chain of 30,000 bodies needs no deep stack). A body's
/// line leads back to it exactly when the line's target is in the body's component
/// (the body reaches the target, so the target reaches the body only on a cycle).
/// Bodies sharing an id (already an error) pool their lines.
fn reporting_cycles(doc: &crate::BoardDocument, out: &mut Report) {
    let mut node: HashMap<&str, usize> = HashMap::with_capacity(doc.bodies.len());
    for b in &doc.bodies {
        let next = node.len();
        node.entry(b.id.as_str()).or_insert(next);
    }
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); node.len()];
    for b in &doc.bodies {
        if let Some(&from) = node.get(b.id.as_str()) {
            for t in &b.reports_to {
                if let (Some(&to), Some(list)) = (node.get(t.as_str()), edges.get_mut(from)) {
                    list.push(to);
                }
            }
        }
    }
    let component = strongly_connected(&edges);
    let comp = |id: &str| node.get(id).and_then(|&n| component.get(n)).copied();
    for (b, body) in doc.bodies.iter().enumerate() {
        let Some(own) = comp(body.id.as_str()) else {
            continue;
        };
        let first = body
            .reports_to
            .iter()
            .position(|t| t == &body.id || comp(t.as_str()) == Some(own));
        if let Some(r) = first {
            out.push(
                &REPORTING_CYCLE,
                format!("/bodies/{b}/reports_to/{r}"),
                "Following this reporting line leads back to this body.",
            );
        }
    }
}

/// The strongly connected component of each node of a directed graph (Tarjan's
/// algorithm with an explicit stack), as a component number per node.
pub(crate) fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut component = vec![UNSEEN; n];
    let mut stack: Vec<usize> = Vec::new();
    let (mut next_index, mut next_comp) = (0usize, 0usize);
    // (node, position of the next edge to follow)
    let mut work: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index.get(root) != Some(&UNSEEN) {
            continue;
        }
        work.push((root, 0));
        while let Some((v, e)) = work.pop() {
            if e == 0 {
                if let (Some(iv), Some(lv), Some(sv)) =
                    (index.get_mut(v), low.get_mut(v), on_stack.get_mut(v))
                {
                    *iv = next_index;
                    *lv = next_index;
                    *sv = true;
                }
                next_index = next_index.saturating_add(1);
                stack.push(v);
            }
            let out = edges.get(v).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&w) = out.get(e) {
                work.push((v, e.saturating_add(1)));
                let iw = index.get(w).copied().unwrap_or(UNSEEN);
                if iw == UNSEEN {
                    work.push((w, 0));
                } else if on_stack.get(w).copied().unwrap_or(false) {
                    let lv = low.get(v).copied().unwrap_or(0).min(iw);
                    if let Some(x) = low.get_mut(v) {
                        *x = lv;
                    }
                }
                continue;
            }
            // All edges of v followed: close it.
            let (lv, iv) = (
                low.get(v).copied().unwrap_or(0),
                index.get(v).copied().unwrap_or(0),
            );
            if lv == iv {
                while let Some(w) = stack.pop() {
                    if let Some(x) = on_stack.get_mut(w) {
                        *x = false;
                    }
                    if let Some(x) = component.get_mut(w) {
                        *x = next_comp;
                    }
                    if w == v {
                        break;
                    }
                }
                next_comp = next_comp.saturating_add(1);
            }
            if let Some(&(parent, _)) = work.last() {
                let lp = low.get(parent).copied().unwrap_or(0).min(lv);
                if let Some(x) = low.get_mut(parent) {
                    *x = lp;
                }
            }
        }
    }
    component
}
