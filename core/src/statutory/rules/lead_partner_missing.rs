//! `board.lead_partner_missing`: a safeguarding children partnership without one of its three lead partners
//!
//! The local authority, the integrated care board and the chief officer of police share
//! the duty to make a safeguarding children partnership's arrangements (Working Together
//! to Safeguard Children 2023, chapter 2; Children Act 2004, sections 16E to 16G as
//! amended). Runs only for a safeguarding children partnership that records its lead
//! partners at all.
use crate::board::BodyKind;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::statutory::records::SafeguardingPartner;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A safeguarding children partnership without one of its three lead partners.
pub const LEAD_PARTNER_MISSING: Rule = Rule {
    code: "board.lead_partner_missing",
    severity: Severity::Warning,
    summary: "A safeguarding children partnership records its lead safeguarding partners but not one of the three the law names (the local authority, the integrated care board, the chief officer of police): a finding per partner missing; silent unless the body is a safeguarding children partnership that records its lead partners.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: LEAD_PARTNER_MISSING,
    area: Area::Statutory,
    premise: Premise {
        code: "board.lead_partner_missing",
        text: "A safeguarding children partnership's lead safeguarding partners (approximate: checks that some body records lead partners, not that it is a safeguarding children partnership).",
        needs: &["/bodies/*/statutory/lead_partners"],
        approximate: true,
    },
    scope: &[Scope::Statutory],
    citation: Some(
        "Children Act 2004, s.16E (as amended by the Children and Social Work Act 2017): the three safeguarding partners; Working Together to Safeguard Children 2023, chapter 2 (lead and delegated safeguarding partners)",
    ),
    thresholds: &[],
    stage: Stage::StatutoryBody,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((i, body, st)) = cx.statutory_body() else {
        return;
    };
    if body.kind != BodyKind::SafeguardingChildrenPartnership || st.lead_partners.is_empty() {
        return;
    }
    for partner in SafeguardingPartner::ALL {
        if st.lead_partners.iter().all(|p| p.partner != partner) {
            out.push(
                &LEAD_PARTNER_MISSING,
                Pointer::root().item("bodies", i).field("statutory").field("lead_partners"),
                format!("The partnership's lead safeguarding partners do not include {}: add it to the lead partners with its organisation and lead (for example {{\"partner\": \"{}\", \"organisation\": \"org-1\", \"lead\": \"person-1\"}}).", partner.label(), partner.word()),
            );
        }
    }
}
