//! Membership over time: which memberships of a group (one person's, one seat's) overlap
//! an earlier one, for `board.duplicate_member` and `board.seat_overfilled`.

use super::Member;
use std::collections::HashMap;

/// Two periods overlap (an open end runs for ever).
fn overlap(a: &Member, b: &Member) -> bool {
    let starts_before_end = |x: &Member, y: &Member| match (x.from, y.until) {
        (Some(f), Some(u)) => f <= u,
        _ => true,
    };
    starts_before_end(a, b) && starts_before_end(b, a)
}

/// For each group of memberships (by person, or by seat), the positions that overlap an
/// earlier one of the group: sorted by start, each compared with the latest-ending
/// before it, so the check is O(n log n).
pub(crate) fn overlapping<'a>(
    groups: HashMap<&'a str, Vec<(usize, &'a Member)>>,
) -> Vec<(usize, usize)> {
    let mut hits = Vec::new();
    for mut v in groups.into_values() {
        v.sort_by_key(|(m, mem)| (mem.from, *m));
        let mut reach: Option<(usize, &Member)> = None;
        for (m, mem) in v {
            if let Some((first, r)) = reach {
                if overlap(r, mem) {
                    hits.push((m, first));
                }
            }
            let further = match reach {
                None => true,
                Some((_, r)) => match (r.until, mem.until) {
                    (None, _) => false,
                    (Some(_), None) => true,
                    (Some(a), Some(b)) => b > a,
                },
            };
            if further {
                reach = Some((m, mem));
            }
        }
    }
    hits.sort_unstable();
    hits
}
