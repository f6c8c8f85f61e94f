//! `budget.shares_not_100`: percentage shares (or a split between boards) not totalling
//! 100%
use crate::budget::formula::{BoardShare, Formula, Given, WHOLE_BASIS_POINTS};
use crate::budget::funding::Allocation;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Percentage shares (or a split between boards) not totalling 100%.
pub const SHARES_NOT_100: Rule = Rule {
    code: "budget.shares_not_100",
    severity: Severity::Error,
    summary: "Percentage shares of a funding formula (or of a split between boards) must total exactly 100%.",
};

/// The rule as a unit of the registry. Its stage checks a budget's formula and joint
/// payments; the decision walk also calls it on each funding decision, with the other
/// rules of the names a decision gives (`unit::run_decision_names`).
pub const UNIT: RuleUnit = RuleUnit {
    rule: SHARES_NOT_100,
    area: Area::Budget,
    premise: Premise {
        code: "budget.shares_not_100",
        text: "A budget's funding formula.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget, Scope::FundingDecision],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetFormula,
    check,
};

/// A budget's formula and each joint payment's split, and a decision's splits between
/// boards and its criteria's weights.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, budget) in cx.budgets() {
        formula(
            &budget.formula,
            Pointer::at(&at).field("formula").as_str(),
            out,
        );
        for (k, j) in budget.joint_payments.iter().enumerate() {
            if !whole(&j.boards) {
                out.push(
                    &SHARES_NOT_100,
                    Pointer::at(&at).item("joint_payments", k).field("boards"),
                    "the boards' shares do not total 100%",
                );
            }
        }
    }
    for (at, d) in cx.funding_decisions() {
        for (j, r) in d.recipients.iter().enumerate() {
            if !r.boards.is_empty() && !whole(&r.boards) {
                out.push(
                    &SHARES_NOT_100,
                    Pointer::at(&at).item("recipients", j).field("boards"),
                    "The boards' shares of this recipient's money must total 100%: give each board's share in basis points, where 100% is ten thousand (for example five thousand each for half each).",
                );
            }
        }
        if let Allocation::Weighted { criteria, .. } = &d.allocation {
            let sum: u64 = criteria.iter().map(|c| u64::from(c.basis_points)).sum();
            if sum != u64::from(WHOLE_BASIS_POINTS) {
                out.push(
                    &SHARES_NOT_100,
                    Pointer::at(&at).field("allocation").field("criteria"),
                    "The weights of the criteria must total 100%: give each weight in basis points, where 100% is ten thousand (for example half as five thousand).",
                );
            }
        }
    }
}

/// Whether boards' shares total 100%.
fn whole(boards: &[BoardShare]) -> bool {
    let sum: u64 = boards.iter().map(|b| u64::from(b.basis_points)).sum();
    sum == u64::from(WHOLE_BASIS_POINTS)
}

/// A formula's shares (a composite's, those of its remainder), by the formula's one
/// walk of its partners.
fn formula(f: &Formula, path: &str, out: &mut Report) {
    for part in f.parts() {
        let sum: u64 = part
            .partners()
            .filter_map(|x| match x.given {
                Given::BasisPoints(bp) => Some(u64::from(bp)),
                _ => None,
            })
            .sum();
        if sum == u64::from(WHOLE_BASIS_POINTS) {
            continue;
        }
        match part.formula {
            Formula::Percentages { .. } => out.push(
                &SHARES_NOT_100,
                part.at(path).field("shares"),
                "the shares do not total 100%",
            ),
            Formula::BoardSplit { .. } => out.push(
                &SHARES_NOT_100,
                part.at(path).field("boards"),
                format!("the boards' shares total {}, not 100%", percent(sum)),
            ),
            _ => {}
        }
    }
}

/// Basis points written as a percentage, "12.5%".
fn percent(bp: u64) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        format!("{whole}%")
    } else if frac % 10 == 0 {
        format!("{whole}.{}%", frac / 10)
    } else {
        format!("{whole}.{frac:02}%")
    }
}
