//! Rule profiles applied to a validation: each body's constitution overrides severities,
//! switches rules off and acknowledges findings (see [`crate::board::Constitution`]).
//!
//! A finding belongs to a body by its path: `/bodies/N/...` to that body,
//! `/meetings/N/...` to the meeting's body, `/actions/N/...` to the body of the meeting
//! that raised the action. Settings apply to the findings of their own body only;
//! acknowledgements name the finding's code and exact path.

//!
//! The rules of the profiles are units of the board area (`board/rules/`:
//! `board.unknown_rule_code`, `board.acknowledgement_unused`); the acknowledgements'
//! references to people and meetings are `board.unknown_reference`, reported here.

use crate::board::UNKNOWN_REFERENCE;
use crate::index::Index;
use crate::pointer::Pointer;
use crate::validate::{Finding, Report, ValidateOptions};
use std::collections::HashMap;

/// The body a finding's path belongs to, by position in `bodies`.
fn body_of(ix: &Index<'_>, bodies: &HashMap<&str, usize>, path: &str) -> Option<usize> {
    let mut parts = path.split('/').skip(1);
    let area = parts.next()?;
    let n: usize = parts.next()?.parse().ok()?;
    match area {
        "bodies" => Some(n),
        "meetings" => bodies
            .get(ix.document().meetings.get(n)?.body.as_str())
            .copied(),
        "actions" => {
            let raised = ix.meeting(ix.document().actions.get(n)?.raised_at.as_deref()?)?;
            bodies.get(raised.body.as_str()).copied()
        }
        _ => None,
    }
}

/// Apply every body's rule settings and acknowledgements to a report, in one pass over
/// the findings (settings and acknowledgements are looked up in hash maps).
pub(crate) fn apply(ix: &Index<'_>, options: &ValidateOptions, report: &mut Report) {
    let mut bodies: HashMap<&str, usize> = HashMap::new();
    let mut settings: HashMap<(usize, &str), (String, &crate::board::RuleSetting)> = HashMap::new();
    let mut acks: HashMap<(&str, &str), String> = HashMap::new();
    let mut own = Report::new();
    for (b, body) in ix.document().bodies.iter().enumerate() {
        bodies.entry(body.id.as_str()).or_insert(b);
        let Some(c) = &body.constitution else {
            continue;
        };
        for (k, s) in c.rule_settings.iter().enumerate() {
            let at: String = Pointer::root()
                .item("bodies", b)
                .field("constitution")
                .item("rule_settings", k)
                .into();
            settings.entry((b, s.code.as_str())).or_insert((at, s));
        }
        for (k, a) in c.acknowledgements.iter().enumerate() {
            let at: String = Pointer::root()
                .item("bodies", b)
                .field("constitution")
                .item("acknowledgements", k)
                .into();
            check_acknowledgement(ix, &at, a, &mut own);
            acks.entry((a.code.as_str(), a.path.as_str())).or_insert(at);
        }
    }
    if settings.is_empty() && acks.is_empty() {
        return;
    }
    // Bodies (uboard): the settings' and acknowledgements' codes (a unit), with the
    // references above, ordered by place.
    crate::unit::run_board_profile(ix, options, &mut own);
    let mut kept: Vec<Finding> = Vec::with_capacity(report.findings.len());
    for mut f in std::mem::take(&mut report.findings) {
        let body = body_of(ix, &bodies, &f.path);
        if let Some((at, s)) = body.and_then(|b| settings.get(&(b, f.code.as_str()))) {
            f.setting = Some(at.clone());
            if s.off {
                report.switched_off.push(f);
                continue;
            }
            if let Some(sev) = s.severity {
                f.severity = sev;
            }
        }
        if let Some(at) = acks.get(&(f.code.as_str(), f.path.as_str())) {
            f.acknowledged = Some(at.clone());
        }
        kept.push(f);
    }
    kept.extend(own.findings);
    report.findings = kept;
    // Bodies (uboard): the acknowledgements no finding carries, last (a unit).
    crate::unit::run_board_acknowledgements(ix, options, report);
}

/// An acknowledgement's person and meeting, each against the document.
fn check_acknowledgement(
    ix: &Index<'_>,
    at: &str,
    a: &crate::board::Acknowledgement,
    own: &mut Report,
) {
    if ix.person(&a.by).is_none() {
        own.push(
            &UNKNOWN_REFERENCE,
            Pointer::at(at).field("by"),
            "This person is not in the document's people.",
        );
    }
    if a.meeting.as_ref().is_some_and(|m| ix.meeting(m).is_none()) {
        own.push(
            &UNKNOWN_REFERENCE,
            Pointer::at(at).field("meeting"),
            "This meeting is not in the document.",
        );
    }
}
