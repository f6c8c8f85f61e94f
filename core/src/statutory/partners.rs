//! The lead safeguarding partners of a safeguarding children partnership (Working
//! Together to Safeguard Children 2023, chapter 2; Children Act 2004, sections 16E to
//! 16G as amended): the local authority, the integrated care board and the chief
//! officer of police share the duty to make the arrangements, and each of them signs off
//! the yearly report, the funding arrangements and the independent scrutiny
//! arrangements. Both rules run only for a body whose kind is a safeguarding children
//! partnership: the first only when the body records its lead partners at all, the
//! second only for an item that records partners' sign-offs at all. Linear in the
//! partners and sign-offs recorded (three partners at most are looked for).

use super::{LEAD_PARTNER_MISSING, PARTNER_SIGN_OFF_MISSING};
use crate::board::{Body, BodyKind};
use crate::statutory::records::{PartnerSignOff, SafeguardingPartner};
use crate::validate::Report;

pub(super) fn check(i: usize, body: &Body, out: &mut Report) {
    let Some(st) = &body.statutory else {
        return;
    };
    if body.kind != BodyKind::SafeguardingChildrenPartnership {
        return;
    }
    let base = format!("/bodies/{i}/statutory");
    if !st.lead_partners.is_empty() {
        for partner in SafeguardingPartner::ALL {
            if st.lead_partners.iter().all(|p| p.partner != partner) {
                out.push(
                    &LEAD_PARTNER_MISSING,
                    format!("{base}/lead_partners"),
                    format!("The partnership's lead safeguarding partners do not include {}: add it to the lead partners with its organisation and lead (for example {{\"partner\": \"{}\", \"organisation\": \"org-1\", \"lead\": \"person-1\"}}).", partner.label(), partner.word()),
                );
            }
        }
    }
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
            let path = format!("{base}/{field}/{j}/partner_sign_offs");
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
