//! The checks of membership over time: dates that run backwards, a person or a seat
//! held twice for the same period, seats and meetings that are not in the document.

use super::membership::{Seat, MEMBERSHIP_ENDS_BEFORE_START, SEAT_OVERFILLED};
use super::{Body, Member, DUPLICATE_MEMBER, UNKNOWN_REFERENCE};
use crate::index::Index;
use crate::validate::Report;
use std::collections::{HashMap, HashSet};

/// Check one body's memberships over time and its named seats.
pub(crate) fn check_body(doc: &Index<'_>, b: usize, body: &Body, out: &mut Report) {
    let seats: HashMap<&str, &Seat> = body
        .named_seats
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let mut by_person: HashMap<&str, Vec<(usize, &Member)>> = HashMap::new();
    let mut by_seat: HashMap<&str, Vec<(usize, &Member)>> = HashMap::new();
    for (m, mem) in body.members.iter().enumerate() {
        let base = format!("/bodies/{b}/members/{m}");
        if let (Some(f), Some(u)) = (mem.from, mem.until) {
            if u < f {
                out.push(
                    &MEMBERSHIP_ENDS_BEFORE_START,
                    format!("{base}/until"),
                    "This membership ends before it starts.",
                );
            }
        }
        by_person
            .entry(mem.person.as_str())
            .or_default()
            .push((m, mem));
        if let Some(s) = &mem.seat {
            match seats.get(s.as_str()) {
                None => out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/seat"),
                    "This seat is not among the body's named seats.",
                ),
                Some(seat) if !seat.shared => {
                    by_seat.entry(s.as_str()).or_default().push((m, mem));
                }
                Some(_) => {}
            }
        }
        if let Some(at) = &mem.recorded_at {
            if doc.meeting(at).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/recorded_at"),
                    "The meeting at which this membership was recorded is not in the document.",
                );
            }
        }
    }
    for (m, first) in overlapping(by_person) {
        out.push(
            &DUPLICATE_MEMBER,
            format!("/bodies/{b}/members/{m}/person"),
            format!("This person's membership {first} of this body covers the same period."),
        );
    }
    for (m, first) in overlapping(by_seat) {
        out.push(
            &SEAT_OVERFILLED,
            format!("/bodies/{b}/members/{m}/seat"),
            format!("Member {first} holds this seat for the same period; mark the seat shared if both hold it."),
        );
    }
    let orgs: HashSet<&str> = doc.organisations.iter().map(|o| o.id.as_str()).collect();
    for (s, seat) in body.named_seats.iter().enumerate() {
        if let Some(o) = &seat.organisation {
            if !orgs.contains(o.as_str()) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("/bodies/{b}/named_seats/{s}/organisation"),
                    "This seat's organisation is not in the document's organisations.",
                );
            }
        }
    }
}

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
fn overlapping<'a>(groups: HashMap<&'a str, Vec<(usize, &'a Member)>>) -> Vec<(usize, usize)> {
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
