//! `board.reporting_cycle`: reporting lines between bodies form a cycle.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// Reporting lines form a cycle.
pub const REPORTING_CYCLE: Rule = Rule {
    code: "board.reporting_cycle",
    severity: Severity::Error,
    summary: "Reporting lines between bodies form a cycle (a body reports, directly or through others, to itself).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: REPORTING_CYCLE,
    area: Area::Board,
    premise: Premise {
        code: "board.reporting_cycle",
        text: "Bodies with reporting lines (reports_to).",
        needs: &["/bodies/*/reports_to"],
        approximate: false,
    },
    scope: &[Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

/// Find cycles in reporting lines; one finding per body that is on a cycle, at its
/// first `reports_to` entry that leads back to it.
///
/// One pass: the strongly connected components of the graph of body ids (Tarjan's
/// algorithm, iterative so a chain of 30,000 bodies needs no deep stack). A body's
/// line leads back to it exactly when the line's target is in the body's component
/// (the body reaches the target, so the target reaches the body only on a cycle).
/// Bodies sharing an id (already an error) pool their lines.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let bodies = cx.bodies();
    let mut node: HashMap<&str, usize> = HashMap::with_capacity(bodies.len());
    for (_, b) in &bodies {
        let next = node.len();
        node.entry(b.id.as_str()).or_insert(next);
    }
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); node.len()];
    for (_, b) in &bodies {
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
    for (at, body) in &bodies {
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
                Pointer::at(at).item("reports_to", r),
                "Following this reporting line leads back to this body.",
            );
        }
    }
}

/// The strongly connected component of each node of a directed graph (Tarjan's
/// algorithm with an explicit stack), as a component number per node.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
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
