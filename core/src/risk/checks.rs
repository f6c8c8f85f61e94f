//! The check of the risk register: its matrix, each risk's lifecycle, history, links and
//! scores, the stated counts and heat map, and escalation.

use super::links::{check_counts, check_heat_map, check_references, check_target_date};
use super::rules::{INVALID_MATRIX, UNKNOWN_ACTION};
use super::scores::{check_history, check_lifecycle, check_scores};
use super::AT;
use crate::validate::{Report, ValidateOptions};
use std::collections::BTreeSet;

/// Check the risk register of a document.
pub(crate) fn check(doc: &crate::index::Index<'_>, options: &ValidateOptions, out: &mut Report) {
    let Some(reg) = &doc.risk_register else {
        return;
    };
    let matrix_ok = match reg.check_config(AT) {
        Ok(()) => true,
        Err(e) => {
            out.push(&INVALID_MATRIX, e.path(), e.to_string());
            false
        }
    };
    check_references(doc, reg, out);
    let actions: BTreeSet<&str> = doc.actions.iter().map(|a| a.id.as_str()).collect();
    for (k, risk) in reg.risks.iter().enumerate() {
        let at = format!("{AT}/risks/{k}");
        check_lifecycle(risk, &at, out);
        check_history(risk, &at, options.as_of, out);
        for (j, a) in risk.linked_actions.iter().enumerate() {
            if !actions.contains(a.as_str()) {
                out.push(
                    &UNKNOWN_ACTION,
                    format!("{at}/linked_actions/{j}"),
                    "this linked action is not in the action log",
                );
            }
        }
        for (j, p) in risk.planned_actions.iter().enumerate() {
            if let Some(a) = &p.action {
                if !actions.contains(a.as_str()) {
                    out.push(
                        &UNKNOWN_ACTION,
                        format!("{at}/planned_actions/{j}/action"),
                        "this planned action's action is not in the action log",
                    );
                }
            }
        }
        if matrix_ok {
            let review_days = super::profile::review_days(doc, reg, risk);
            check_scores(reg, risk, &at, (options.as_of, review_days), out);
            if let Some(d) = options.as_of {
                check_target_date(reg, risk, &at, d, out);
            }
        }
    }
    if let (true, Some(d)) = (matrix_ok, options.as_of) {
        check_counts(reg, d, out);
        check_heat_map(reg, d, out);
    }
    if matrix_ok {
        super::profile::check_escalation(doc, reg, options.as_of, out);
    }
}
