//! What pairs of risk units share: a score worse than another (current than inherent,
//! target than current), a status without the field it needs (closed without a date,
//! deferred without a revisit), and a figure the register states against the one counted
//! (counts by band, heat map cells). Each unit file keeps its rule and calls one of these.

use super::scores::levels_score;
use super::{Assessment, HeatBasis, Risk, RiskRegister, RiskStatus, StatedCell, StatedCount};
use crate::date::Date;
use crate::pointer::Pointer;
use crate::unit::UnitContext;
use crate::validate::{Report, Rule};
use std::collections::BTreeMap;

/// One of a risk's assessments (inherent, current, target).
type Level = fn(&Risk) -> Option<Assessment>;

/// A finding at `{risk}/{field}` for each risk whose `worse` assessment scores higher
/// than its `than` one (both within the register's matrix).
pub(crate) fn worse_than(
    cx: &UnitContext<'_>,
    out: &mut Report,
    rule: &Rule,
    (worse, than): (Level, Level),
    (field, message): (&'static str, &str),
) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    for (at, r) in cx.risks() {
        let w = worse(r).and_then(|a| levels_score(reg, a));
        let t = than(r).and_then(|a| levels_score(reg, a));
        if let (Some(w), Some(t)) = (w, t) {
            if w > t {
                out.push(rule, Pointer::at(&at).field(field), message);
            }
        }
    }
}

/// A finding at `{risk}/{field}` for each risk of this status that `lacks` the field.
pub(crate) fn status_without(
    cx: &UnitContext<'_>,
    out: &mut Report,
    rule: &Rule,
    (status, lacks): (RiskStatus, fn(&Risk) -> bool),
    (field, message): (&'static str, &str),
) {
    for (at, r) in cx.risks() {
        if r.status == status && lacks(r) {
            out.push(rule, Pointer::at(&at).field(field), message);
        }
    }
}

/// Which stated figures a stated-figures unit checks, and how it finds those that differ.
pub(crate) struct Stated {
    /// The register's list of stated figures (`stated_counts`, `stated_heat_map`).
    pub(crate) list: &'static str,
    /// Whether the register states any.
    pub(crate) states: fn(&RiskRegister) -> bool,
    /// The places in the list of the figures that differ from the counted ones.
    pub(crate) differing: fn(&RiskRegister, Date) -> Vec<usize>,
}

/// A finding at `/risk_register/{list}/{k}/count` for each stated figure that differs
/// from the one counted on the as-of date; silent without an as-of date, without stated
/// figures, or on a register the paper says is an excerpt.
pub(crate) fn stated_differs(
    cx: &UnitContext<'_>,
    out: &mut Report,
    rule: &Rule,
    stated: &Stated,
    message: &str,
) {
    let (Some(reg), Some(as_of)) = (cx.risk_register(), cx.options().as_of) else {
        return;
    };
    // An excerpt's figures speak of risks the paper leaves out.
    if !(stated.states)(reg) || reg.excerpt {
        return;
    }
    for k in (stated.differing)(reg, as_of) {
        out.push(
            rule,
            Pointer::root()
                .field("risk_register")
                .field(stated.list)
                .index(k)
                .field("count"),
            message,
        );
    }
}

/// The stated counts (by rating, band label, category) that differ from the live scored
/// risks counted on `as_of`.
pub(crate) fn counts_differing(reg: &RiskRegister, as_of: Date) -> Vec<usize> {
    let ratings = reg.ratings(as_of);
    let counted = |c: &StatedCount| {
        ratings
            .iter()
            .filter(|r| r.live && r.score.is_some())
            .filter(|r| c.rating.is_none_or(|x| r.rating == Some(x)))
            .filter(|r| c.label.is_none() || r.band_label == c.label)
            .filter(|r| {
                c.category.is_none()
                    || reg.risks.get(r.index).and_then(|x| x.category.as_ref())
                        == c.category.as_ref()
            })
            .count()
    };
    reg.stated_counts
        .iter()
        .enumerate()
        .filter(|(_, c)| usize::try_from(c.count).ok() != Some(counted(c)))
        .map(|(k, _)| k)
        .collect()
}

/// The stated heat map cells whose number differs from the live risks counted in that
/// cell (inherent, or current on `as_of`).
pub(crate) fn cells_differing(reg: &RiskRegister, as_of: Date) -> Vec<usize> {
    let mut counted: BTreeMap<(HeatBasis, u32, u32), u32> = BTreeMap::new();
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
    let have = |c: &StatedCell| {
        counted
            .get(&(c.basis, c.likelihood, c.impact))
            .copied()
            .unwrap_or(0)
    };
    reg.stated_heat_map
        .iter()
        .enumerate()
        .filter(|(_, c)| have(c) != c.count)
        .map(|(k, _)| k)
        .collect()
}
