//! The people and organisations a body's statutory records name (its register of
//! interests, its yearly reports' sign-offs, its lead partners and their delegates, the
//! partners' sign-offs of its funding and scrutiny arrangements) must be in the
//! document: each one that is not is a `board.unknown_reference` at its own path. Linear
//! in the ids named (each a hash look-up in the index).

use crate::board::{Body, UNKNOWN_REFERENCE};
use crate::index::Index;
use crate::pointer::Pointer;
use crate::statutory::records::PartnerSignOff;
use crate::validate::Report;
use crate::Id;

const PERSON: &str = "This names a person who is not in the document's people.";
const ORGANISATION: &str =
    "This names an organisation that is not in the document's organisations.";

pub(super) fn check(ix: &Index<'_>, i: usize, body: &Body, out: &mut Report) {
    let Some(st) = &body.statutory else {
        return;
    };
    let base: String = Pointer::root().item("bodies", i).field("statutory").into();
    let person = |id: &Id, path: Pointer, out: &mut Report| {
        if ix.person(id).is_none() {
            out.push(&UNKNOWN_REFERENCE, path, PERSON);
        }
    };
    for (k, e) in st.interests_register.iter().flatten().enumerate() {
        person(
            &e.person,
            Pointer::at(&base)
                .item("interests_register", k)
                .field("person"),
            out,
        );
    }
    for (r, report) in st.yearly_reports.iter().enumerate() {
        let at: String = Pointer::at(&base).item("yearly_reports", r).into();
        for (k, id) in report.signed_off_by.iter().enumerate() {
            person(id, Pointer::at(&at).item("signed_off_by", k), out);
        }
        sign_offs(ix, &report.partner_sign_offs, &at, out);
    }
    for (p, lead) in st.lead_partners.iter().enumerate() {
        let at: String = Pointer::at(&base).item("lead_partners", p).into();
        if let Some(o) = &lead.organisation {
            if ix.organisation(o).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(&at).field("organisation"),
                    ORGANISATION,
                );
            }
        }
        if let Some(id) = &lead.lead {
            person(id, Pointer::at(&at).field("lead"), out);
        }
        for (k, id) in lead.delegates.iter().enumerate() {
            person(id, Pointer::at(&at).item("delegates", k), out);
        }
    }
    for (name, list) in [
        ("funding_arrangements", &st.funding_arrangements),
        ("scrutiny_arrangements", &st.scrutiny_arrangements),
    ] {
        for (a, arrangement) in list.iter().enumerate() {
            let at: String = Pointer::at(&base).field(name).index(a).into();
            sign_offs(ix, &arrangement.partner_sign_offs, &at, out);
        }
    }
}

/// The people who signed off for the partners, under `at`.
fn sign_offs(ix: &Index<'_>, list: &[PartnerSignOff], at: &str, out: &mut Report) {
    for (k, s) in list.iter().enumerate() {
        if let Some(id) = &s.by {
            if ix.person(id).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(at).item("partner_sign_offs", k).field("by"),
                    PERSON,
                );
            }
        }
    }
}
