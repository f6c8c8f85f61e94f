//! `board.partner_sign_off_missing`: a partnership item whose recorded sign-offs lack a lead partner's
//!
//! The local authority, the integrated care board and the chief officer of police share
//! the duty to make a safeguarding children partnership's arrangements (Working Together
//! to Safeguard Children 2023, chapter 2; Children Act 2004, sections 16E to 16G as
//! amended). Each of them signs off the yearly report, the funding arrangements and the
//! independent scrutiny arrangements. Runs only for a safeguarding children partnership,
//! and only for an item that records partners' sign-offs at all.
use crate::board::BodyKind;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::statutory::records::{PartnerSignOff, SafeguardingPartner};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A partnership item whose recorded sign-offs lack a lead partner's.
pub const PARTNER_SIGN_OFF_MISSING: Rule = Rule {
    code: "board.partner_sign_off_missing",
    severity: Severity::Warning,
    summary: "A safeguarding children partnership's yearly report, funding arrangement or independent scrutiny arrangement records the lead partners' sign-offs but lacks one partner's: a finding per partner missing; silent unless the body is a safeguarding children partnership and the item records sign-offs.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PARTNER_SIGN_OFF_MISSING,
    area: Area::Statutory,
    premise: Premise {
        code: "board.partner_sign_off_missing",
        text: "The lead partners' sign-offs of a safeguarding children partnership's yearly report, funding arrangement or independent scrutiny arrangement (approximate: checks that some item records sign-offs, not that its body is a safeguarding children partnership).",
        needs: &["/bodies/*/statutory/yearly_reports/*/partner_sign_offs|/bodies/*/statutory/funding_arrangements/*/partner_sign_offs|/bodies/*/statutory/scrutiny_arrangements/*/partner_sign_offs"],
        approximate: true,
    },
    scope: &[Scope::Statutory],
    citation: Some(
        "Working Together to Safeguard Children 2023, chapter 2: the lead safeguarding partners jointly agree the yearly report (Children Act 2004, s.16G), the funding arrangements and the independent scrutiny arrangements",
    ),
    thresholds: &[],
    stage: Stage::StatutoryBody,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((i, body, st)) = cx.statutory_body() else {
        return;
    };
    if body.kind != BodyKind::SafeguardingChildrenPartnership {
        return;
    }
    let base: String = Pointer::root().item("bodies", i).field("statutory").into();
    let items = [
        ("yearly_reports", "yearly report"),
        ("funding_arrangements", "funding arrangement"),
        ("scrutiny_arrangements", "independent scrutiny arrangement"),
    ];
    let lists: [Vec<&[PartnerSignOff]>; 3] = [
        st.yearly_reports
            .iter()
            .map(|r| r.partner_sign_offs.as_slice())
            .collect(),
        st.funding_arrangements
            .iter()
            .map(|a| a.partner_sign_offs.as_slice())
            .collect(),
        st.scrutiny_arrangements
            .iter()
            .map(|a| a.partner_sign_offs.as_slice())
            .collect(),
    ];
    for ((field, what), list) in items.iter().zip(lists.iter()) {
        for (j, signs) in list.iter().enumerate() {
            let path: String = Pointer::at(&base)
                .field(field)
                .index(j)
                .field("partner_sign_offs")
                .into();
            sign_offs(signs, &path, what, out);
        }
    }
}

/// A finding per lead partner whose sign-off a recorded list of sign-offs lacks.
fn sign_offs(signs: &[PartnerSignOff], path: &str, what: &str, out: &mut Report) {
    if signs.is_empty() {
        return;
    }
    for partner in SafeguardingPartner::ALL {
        if signs.iter().all(|s| s.partner != partner) {
            out.push(
                &PARTNER_SIGN_OFF_MISSING,
                path.to_string(),
                format!("This {what} records no sign-off by {}: record the day it signed off (for example {{\"partner\": \"{}\", \"on\": \"2024-09-30\"}}), or have it signed off.", partner.label(), partner.word()),
            );
        }
    }
}
