//! `budget.statutory_partner_nothing`: a statutory partner paying nothing
use crate::budget::named::FirstNamed;
use crate::budget::Money;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::{BTreeSet, HashMap};

/// A statutory partner paying nothing.
pub const STATUTORY_PARTNER_NOTHING: Rule = Rule {
    code: "budget.statutory_partner_nothing",
    severity: Severity::Warning,
    summary: "A statutory safeguarding partner (local authority, health, police) contributes no cash to the year's budget.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: STATUTORY_PARTNER_NOTHING,
    area: Area::Budget,
    premise: Premise {
        code: "budget.statutory_partner_nothing",
        text: "Budgets and statutory partners (approximate: checks both are recorded).",
        needs: &["/budgets", "/organisations/*/statutory_partner"],
        approximate: true,
    },
    scope: &[
        Scope::Budget,
        Scope::Organisation,
        Scope::Body,
        Scope::Person,
    ],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetPartners,
    check,
};

/// Each statutory partner of the budget's board (in document order) whose cash in the
/// budget's statement is nothing, when the statement records any income; at the first
/// place the partner is named.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(st) = cx.statement() else {
        return;
    };
    if st.income.is_empty() {
        return;
    }
    for (at, _, budget) in cx.budgets() {
        let named = FirstNamed::of(budget, &at);
        let mut cash_of: HashMap<&str, Money> = HashMap::new();
        for l in &st.income {
            cash_of.entry(l.organisation.as_str()).or_insert(l.cash);
        }
        let own = own_partners(cx, &budget.body);
        for o in cx.organisation_list() {
            if !o.statutory_partner || !own.contains(o.id.as_str()) {
                continue;
            }
            let cash = cash_of.get(o.id.as_str()).copied().unwrap_or(Money::ZERO);
            if cash.pence() <= 0 {
                out.push(
                    &STATUTORY_PARTNER_NOTHING,
                    named.at(&o.id),
                    "a statutory partner of this board contributes no cash to this budget",
                );
            }
        }
    }
}

/// The board's own partners: the organisations of its members (by membership or by the
/// person's employer) and of its seat allocations. Rules about partners look only at these
/// (a statutory partner of another area paying nothing is not this board's finding).
fn own_partners<'a>(cx: &UnitContext<'a>, body: &str) -> BTreeSet<&'a str> {
    let mut out = BTreeSet::new();
    if let Some(b) = cx.body(body) {
        for m in &b.members {
            if let Some(o) = &m.organisation {
                out.insert(o.as_str());
            } else if let Some(o) = cx.person(&m.person).and_then(|p| p.organisation.as_deref()) {
                out.insert(o);
            }
        }
        for s in &b.seats {
            out.insert(s.organisation.as_str());
        }
    }
    out
}
