//! The challenge log checked: each challenge's references to records of the document
//! (`board.unknown_reference`), then its units (`rules/`, the challenge stage).

use super::Challenge;
use crate::index::Index;
use crate::pointer::Pointer;
use crate::unit::{run_statutory, Stage, StatutoryAt};
use crate::validate::{Report, ValidateOptions};

/// Check every challenge of the document.
pub(crate) fn check(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    for (k, c) in ix.document().challenges.iter().enumerate() {
        let base = Pointer::root().item("challenges", k);
        references(ix, c, base.as_str(), out);
        run_statutory(
            ix,
            options,
            StatutoryAt::Challenge(k),
            Stage::Challenge,
            out,
        );
    }
}

/// Each reference of a challenge names a record in the document.
fn references(ix: &Index<'_>, c: &Challenge, base: &str, out: &mut Report) {
    let unknown = &crate::board::UNKNOWN_REFERENCE;
    let people = [
        ("raised_by", &c.raised_by),
        ("challenged_person", &c.challenged_person),
    ];
    for (field, id) in people {
        if id.as_deref().is_some_and(|p| ix.person(p).is_none()) {
            out.push(unknown, Pointer::at(base).field(field), "This person is not in the document's people. Add them to `people` or give the id of one there, for example \"p-chair\".");
        }
    }
    let orgs = [
        ("raised_by_organisation", &c.raised_by_organisation),
        ("challenged", &c.challenged),
    ];
    for (field, id) in orgs {
        if id.as_deref().is_some_and(|o| ix.organisation(o).is_none()) {
            out.push(unknown, Pointer::at(base).field(field), "This organisation is not in the document's organisations. Add it to `organisations` or give the id of one there, for example \"o-police\".");
        }
    }
    if c.body.as_deref().is_some_and(|b| ix.body(b).is_none()) {
        out.push(unknown, Pointer::at(base).field("body"), "This body is not in the document's bodies. Give the id of one there, for example \"b-board\".");
    }
    if c.raised_at
        .as_deref()
        .is_some_and(|m| ix.meeting(m).is_none())
    {
        out.push(unknown, Pointer::at(base).field("raised_at"), "This meeting is not in the document's meetings. Give the id of one there, for example \"m-2017-01-20\".");
    }
    for (k, a) in c.actions.iter().enumerate() {
        if ix.action_index(a).is_none() {
            out.push(unknown, Pointer::at(base).item("actions", k), "This action is not in the document's action log. Give the id of one there, for example \"a-1\".");
        }
    }
}
