//! The memberships of a body a record's checks can look at, found without walking the
//! body's whole membership history (a board keeps its former members on the list, so the
//! list grows with the years).
//!
//! The rules read a body's members in four ways, and each is kept exactly:
//! - the first member with a role (the chair): the first member of every role is kept;
//! - a person's membership (the first, or the first current on a meeting's date): every
//!   membership of the people the neighbourhood names is kept, and of every person kept,
//!   their first membership;
//! - the members with some initials, name or alias (how many, whatever their dates): for
//!   each string of the record, the first membership of every member who has it;
//! - who is a member on a meeting's date (the quorum, seats held): every membership
//!   current on the date of a meeting in the neighbourhood, found by a stabbing query on
//!   the memberships sorted by first day. When a meeting's date is not known, the rules
//!   count every member, and the whole list is kept.
//!
//! The members kept stay in list order, so every "first" look-up finds what it finds on
//! the whole list.

use crate::board::Body;
use crate::date::Date;
use std::collections::{BTreeSet, HashMap};

/// Look-ups over one body's membership list, by position.
#[derive(Debug, Clone, Default)]
pub(crate) struct BodyMembers {
    /// Per person id, the positions of their memberships, in list order.
    by_person: HashMap<String, Vec<usize>>,
    /// The first position of each role held on the body.
    first_of_role: Vec<usize>,
    /// (first day, position) of every membership, by first day (none: the earliest).
    by_from: Vec<(Date, usize)>,
    /// A tree over `by_from` of the latest last day in each range (none: the latest).
    latest: Vec<Date>,
    /// The last day of each membership in `by_from`'s order.
    until: Vec<Date>,
}

impl BodyMembers {
    /// Index a body's members: O(m log m).
    pub(crate) fn new(body: &Body) -> Self {
        let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
        let mut roles = Vec::new();
        let mut first_of_role = Vec::new();
        for (i, m) in body.members.iter().enumerate() {
            by_person.entry(m.person.clone()).or_default().push(i);
            if let Some(r) = m.role {
                if !roles.contains(&r) {
                    roles.push(r);
                    first_of_role.push(i);
                }
            }
        }
        let mut spans: Vec<(Date, Date, usize)> = body
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.from.unwrap_or(Date::MIN), m.until.unwrap_or(Date::MAX), i))
            .collect();
        spans.sort_unstable();
        let by_from: Vec<(Date, usize)> = spans.iter().map(|s| (s.0, s.2)).collect();
        let until: Vec<Date> = spans.iter().map(|s| s.1).collect();
        let mut latest = vec![Date::MIN; 4 * until.len().max(1)];
        build(&mut latest, &until, 1, 0, until.len());
        BodyMembers {
            by_person,
            first_of_role,
            by_from,
            latest,
            until,
        }
    }

    /// Every membership of the person.
    pub(crate) fn of_person(&self, person: &str) -> &[usize] {
        self.by_person.get(person).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first membership of the person.
    pub(crate) fn first_of(&self, person: &str) -> Option<usize> {
        self.of_person(person).first().copied()
    }

    /// The first member of each role.
    pub(crate) fn first_of_roles(&self) -> &[usize] {
        &self.first_of_role
    }

    /// Every membership current on the day: O(log m) per membership found.
    pub(crate) fn current_on(&self, day: Date, out: &mut BTreeSet<usize>) {
        let begun = self.by_from.partition_point(|(f, _)| *f <= day);
        self.collect(1, 0, self.until.len(), begun, day, out);
    }

    /// The positions in `by_from[..begun]` of the node (covering `lo..hi`) whose last day
    /// is on or after `day`.
    fn collect(
        &self,
        node: usize,
        lo: usize,
        hi: usize,
        begun: usize,
        day: Date,
        out: &mut BTreeSet<usize>,
    ) {
        if lo >= begun || lo >= hi || self.latest.get(node).is_none_or(|l| *l < day) {
            return;
        }
        if hi - lo == 1 {
            if let Some((_, i)) = self.by_from.get(lo) {
                out.insert(*i);
            }
            return;
        }
        let mid = lo + (hi - lo) / 2;
        self.collect(2 * node, lo, mid, begun, day, out);
        self.collect(2 * node + 1, mid, hi, begun, day, out);
    }
}

/// Fill the tree of latest last days for `until[lo..hi]` at `node`.
fn build(tree: &mut [Date], until: &[Date], node: usize, lo: usize, hi: usize) -> Date {
    let latest = if hi <= lo {
        Date::MIN
    } else if hi - lo == 1 {
        until.get(lo).copied().unwrap_or(Date::MIN)
    } else {
        let mid = lo + (hi - lo) / 2;
        let a = build(tree, until, 2 * node, lo, mid);
        let b = build(tree, until, 2 * node + 1, mid, hi);
        a.max(b)
    };
    if let Some(slot) = tree.get_mut(node) {
        *slot = latest;
    }
    latest
}

/// Copy a body with only the members at `keep` (in list order).
pub(crate) fn body_with(body: &Body, keep: &BTreeSet<usize>) -> Body {
    Body {
        id: body.id.clone(),
        name: body.name.clone(),
        kind: body.kind,
        reports_to: body.reports_to.clone(),
        members: keep
            .iter()
            .filter_map(|i| body.members.get(*i).cloned())
            .collect(),
        seats: body.seats.clone(),
        named_seats: body.named_seats.clone(),
        groups: body.groups.clone(),
        constitution: body.constitution.clone(),
        extensions: body.extensions.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::Member;

    fn day(s: &str) -> Date {
        serde_json::from_value(serde_json::json!(s)).unwrap()
    }

    #[test]
    fn current_on_finds_exactly_the_memberships_covering_the_day() {
        let spans = [
            (Some("2010-01-01"), Some("2012-12-31")),
            (None, Some("2011-06-30")),
            (Some("2012-01-01"), None),
            (Some("2015-01-01"), Some("2016-01-01")),
            (None, None),
            (Some("2011-01-01"), Some("2011-01-31")),
            (Some("2013-01-01"), Some("2012-01-01")),
        ];
        let mut body: Body = serde_json::from_value(serde_json::json!({
            "id": "b", "name": "Board", "kind": "board"
        }))
        .unwrap();
        for (k, (f, u)) in spans.iter().enumerate() {
            let mut m: Member = serde_json::from_value(
                serde_json::json!({"person": format!("p{k}"), "category": "statutory"}),
            )
            .unwrap();
            m.from = f.map(day);
            m.until = u.map(day);
            body.members.push(m);
        }
        let ix = BodyMembers::new(&body);
        for d in [
            "2009-01-01",
            "2010-01-01",
            "2011-01-15",
            "2011-07-01",
            "2012-06-01",
            "2012-12-31",
            "2013-01-01",
            "2015-06-01",
            "2020-01-01",
        ] {
            let mut got = BTreeSet::new();
            ix.current_on(day(d), &mut got);
            let want: BTreeSet<usize> = (0..body.members.len())
                .filter(|i| body.members[*i].current_on(day(d)))
                .collect();
            assert_eq!(got, want, "{d}");
        }
    }
}
