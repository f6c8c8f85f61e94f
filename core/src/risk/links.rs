//! The register's cross-checks: target dates passed, stated counts against the counted
//! ones, and references to people, bodies, meetings and organisations.

use super::{Risk, RiskRegister, AT, STATED_COUNT_DIFFERS, TARGET_DATE_PASSED};
use crate::date::{Date, When};
use crate::validate::Report;
use std::collections::BTreeSet;

pub(super) fn check_target_date(
    reg: &RiskRegister,
    r: &Risk,
    at: &str,
    as_of: Date,
    out: &mut Report,
) {
    let Some(by) = r.target_date.as_ref().and_then(|t| t.fixed_date()) else {
        return;
    };
    let (Some(target), Some(now)) = (r.target.and_then(|a| reg.score(a)), reg.score_on(r, as_of))
    else {
        return;
    };
    if by < as_of && now > target && r.live_on(as_of) {
        let days = as_of.signed_duration_since(by).num_days();
        out.push(
            &TARGET_DATE_PASSED,
            format!("{at}/target_date"),
            format!("the target date passed {days} day(s) before the as-of date and the score is still above the target"),
        );
    }
}

pub(super) fn check_counts(reg: &RiskRegister, as_of: Date, out: &mut Report) {
    if reg.stated_counts.is_empty() {
        return;
    }
    let ratings = reg.ratings(as_of);
    for (k, c) in reg.stated_counts.iter().enumerate() {
        let counted = ratings
            .iter()
            .filter(|r| r.live && r.score.is_some())
            .filter(|r| c.rating.is_none_or(|x| r.rating == Some(x)))
            .filter(|r| c.label.is_none() || r.band_label == c.label)
            .count();
        if usize::try_from(c.count).ok() != Some(counted) {
            out.push(
                &STATED_COUNT_DIFFERS,
                format!("{AT}/stated_counts/{k}/count"),
                "the count the register states differs from the live risks counted on the as-of date",
            );
        }
    }
}

pub(super) fn check_references(
    doc: &crate::index::Index<'_>,
    reg: &RiskRegister,
    out: &mut Report,
) {
    let unknown = &crate::board::UNKNOWN_REFERENCE;
    if let Some(b) = &reg.body {
        if doc.body(b).is_none() {
            out.push(unknown, format!("{AT}/body"), "no body has this id");
        }
    }
    let groups: BTreeSet<&str> = doc
        .bodies
        .iter()
        .flat_map(|b| b.groups.iter().map(|g| g.id.as_str()))
        .collect();
    let mut seen = BTreeSet::new();
    for (k, r) in reg.risks.iter().enumerate() {
        let at = format!("{AT}/risks/{k}");
        if !seen.insert(r.id.as_str()) {
            out.push(
                &crate::board::DUPLICATE_ID,
                format!("{at}/id"),
                format!("risk {k} has the same id as an earlier risk"),
            );
        }
        if let Some(o) = &r.owner {
            if doc.person(o).is_none() && !groups.contains(o.as_str()) {
                out.push(
                    unknown,
                    format!("{at}/owner"),
                    "the owner is neither a person nor a group in the document",
                );
            }
        }
        if let Some(b) = &r.owning_body {
            if doc.body(b).is_none() {
                out.push(unknown, format!("{at}/owning_body"), "no body has this id");
            }
        }
        for (j, o) in r.applies_to.iter().enumerate() {
            if doc.organisation(o).is_none() {
                out.push(
                    unknown,
                    format!("{at}/applies_to/{j}"),
                    "no organisation has this id",
                );
            }
        }
        if let Some(m) = &r.raised.meeting {
            if doc.meeting(m).is_none() {
                out.push(
                    unknown,
                    format!("{at}/raised/meeting"),
                    "no meeting has this id",
                );
            }
        }
        if let Some(When::Meeting(m)) = &r.revisit {
            if doc.meeting(m).is_none() {
                out.push(unknown, format!("{at}/revisit"), "no meeting has this id");
            }
        }
        for (j, h) in r.history.iter().enumerate() {
            if let Some(m) = &h.meeting {
                if doc.meeting(m).is_none() {
                    out.push(
                        unknown,
                        format!("{at}/history/{j}/meeting"),
                        "no meeting has this id",
                    );
                }
            }
        }
    }
}
