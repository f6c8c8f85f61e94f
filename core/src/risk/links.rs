//! The register's cross-checks: target dates passed, stated counts against the counted
//! ones, and references to people, bodies, meetings and organisations.

use super::{
    HeatBasis, Risk, RiskRegister, AT, STATED_COUNT_DIFFERS, STATED_HEAT_MAP_DIFFERS,
    TARGET_DATE_PASSED,
};
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
    // An excerpt's counts speak of risks the paper leaves out.
    if reg.stated_counts.is_empty() || reg.excerpt {
        return;
    }
    let ratings = reg.ratings(as_of);
    for (k, c) in reg.stated_counts.iter().enumerate() {
        let counted = ratings
            .iter()
            .filter(|r| r.live && r.score.is_some())
            .filter(|r| c.rating.is_none_or(|x| r.rating == Some(x)))
            .filter(|r| c.label.is_none() || r.band_label == c.label)
            .filter(|r| {
                c.category.is_none()
                    || reg.risks.get(r.index).and_then(|x| x.category.as_ref())
                        == c.category.as_ref()
            })
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

/// The register's own heat map against the live risks' levels as of `as_of`: each stated
/// cell's count against the risks whose inherent (initial) or current (revised) levels
/// fall in it. The current levels are those in force on the date (the latest history
/// entry, else the current assessment). Silent on an excerpt.
pub(super) fn check_heat_map(reg: &RiskRegister, as_of: Date, out: &mut Report) {
    if reg.stated_heat_map.is_empty() || reg.excerpt {
        return;
    }
    let mut counted: std::collections::BTreeMap<(HeatBasis, u32, u32), u32> =
        std::collections::BTreeMap::new();
    for r in reg.risks.iter().filter(|r| r.live_on(as_of)) {
        let cells = [
            (HeatBasis::Inherent, r.inherent),
            (HeatBasis::Current, r.assessment_on(as_of)),
        ];
        for (basis, a) in cells {
            if let Some(a) = a {
                let n = counted.entry((basis, a.likelihood, a.impact)).or_default();
                *n = n.saturating_add(1);
            }
        }
    }
    for (k, c) in reg.stated_heat_map.iter().enumerate() {
        let have = counted
            .get(&(c.basis, c.likelihood, c.impact))
            .copied()
            .unwrap_or(0);
        if have != c.count {
            out.push(
                &STATED_HEAT_MAP_DIFFERS,
                format!("{AT}/stated_heat_map/{k}/count"),
                "the number this heat map cell shows differs from the live risks counted in that cell on the as-of date; correct the number, or the risks' likelihood and impact",
            );
        }
    }
}
