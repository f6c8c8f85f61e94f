//! The walk of the risk register: its rules are units (`rules/`), each run at its stage,
//! in the order the register was always checked: the matrix, the register's references,
//! then each risk (its lifecycle, history dates and linked actions, and on a usable
//! matrix its levels, scores, standing against its history, what a live risk needs and
//! its target date), then what the register states of itself and escalation.

use super::links::check_references;
use super::AT;
use crate::unit::{run_risk, Stage};
use crate::validate::{Report, ValidateOptions};

/// The stages run on each risk, in order, whatever the matrix.
const EACH_RISK: [Stage; 3] = [
    Stage::RiskLifecycle,
    Stage::RiskHistoryDates,
    Stage::RiskLinks,
];
/// The stages run on each risk when the matrix is usable, in order.
const EACH_SCORED_RISK: [Stage; 4] = [
    Stage::RiskLevels,
    Stage::RiskScores,
    Stage::RiskAgainstHistory,
    Stage::RiskLive,
];

/// Check the risk register of a document.
pub(crate) fn check(doc: &crate::index::Index<'_>, options: &ValidateOptions, out: &mut Report) {
    let Some(reg) = &doc.document().risk_register else {
        return;
    };
    let matrix_ok = reg.check_config(AT).is_ok();
    run_risk(doc, options, None, Stage::RiskMatrix, out);
    check_references(doc, reg, out);
    for k in 0..reg.risks.len() {
        for stage in EACH_RISK {
            run_risk(doc, options, Some(k), stage, out);
        }
        if !matrix_ok {
            continue;
        }
        for stage in EACH_SCORED_RISK {
            run_risk(doc, options, Some(k), stage, out);
        }
        if options.as_of.is_some() {
            run_risk(doc, options, Some(k), Stage::RiskTargetDate, out);
        }
    }
    if matrix_ok {
        if options.as_of.is_some() {
            run_risk(doc, options, None, Stage::RiskStated, out);
        }
        run_risk(doc, options, None, Stage::RiskEscalation, out);
    }
}
