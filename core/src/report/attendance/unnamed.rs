//! Attendance entries that name no member: a deputy for a seat or an agency whose member
//! is not named ("D = Deputy attended in place"), a shared seat's mark that does not say
//! which holder attended, and a substitute for a vacant seat. The attendance report
//! credits them as annual reports do:
//! * to the seat's holder, when the seat has had only one holder and they held it on the
//!   day (the paper's mark is then that member's); never for a substitute, who sits in a
//!   seat its holder has left;
//! * otherwise to the row of the seat (its organisation, else its holders' row) or of the
//!   agency, counting towards that row but no one member.
//!
//! A deputy is never credited to the independent chair, lay members or lead member rows
//! (they attend in their own right).

use super::row::RowKey;
use crate::board::{Body, Member};
use crate::date::Date;
use crate::meeting::{Attendance, AttendanceStatus};
use std::collections::HashMap;

/// How an unnamed entry is credited.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    InPerson,
    Deputy,
}

/// Where an unnamed entry is credited.
pub(super) enum Credit<'a> {
    /// To this member (person id), the seat's only holder.
    Member(&'a str, Kind),
    /// To this row.
    Row(RowKey, Kind),
}

/// The seats of a body with their holders, built once (one pass over the members).
pub(super) struct Seats<'a> {
    holders: HashMap<&'a str, Vec<&'a Member>>,
    organisation: HashMap<&'a str, &'a str>,
}

impl<'a> Seats<'a> {
    pub(super) fn new(body: &'a Body) -> Self {
        let mut holders: HashMap<&str, Vec<&Member>> = HashMap::new();
        for m in &body.members {
            if let Some(s) = m.seat.as_deref() {
                holders.entry(s).or_default().push(m);
            }
        }
        let organisation = body
            .named_seats
            .iter()
            .filter_map(|s| Some((s.id.as_str(), s.organisation.as_deref()?)))
            .collect();
        Seats {
            holders,
            organisation,
        }
    }

    /// How an attendance entry that names no member is credited, if at all: entries with
    /// a person whose status is their own (present, apologies, a deputy for a named
    /// member) are not handled here.
    pub(super) fn credit(&self, a: &Attendance, on: Date) -> Option<Credit<'a>> {
        let kind = match a.status {
            AttendanceStatus::Deputy if a.deputy_for.is_none() => Kind::Deputy,
            AttendanceStatus::Substitute => Kind::InPerson,
            AttendanceStatus::Present | AttendanceStatus::InAttendance if a.person.is_empty() => {
                Kind::InPerson
            }
            _ => return None,
        };
        if let Some(seat) = a.seat.as_deref() {
            let holders = self.holders.get(seat).map(Vec::as_slice).unwrap_or(&[]);
            let substitute = a.status == AttendanceStatus::Substitute;
            if let [only] = holders {
                if !substitute && only.current_on(on) {
                    if kind == Kind::InPerson || only.deputisable() {
                        return Some(Credit::Member(only.person.as_str(), kind));
                    }
                    return None;
                }
            }
            let row = match self.organisation.get(seat) {
                Some(o) => RowKey::Organisation((*o).to_string()),
                None => super::row::row_of(holders.first()?),
            };
            return row_credit(row, kind);
        }
        let org = a.organisation.as_deref()?;
        row_credit(RowKey::Organisation(org.to_string()), kind)
    }
}

fn row_credit(row: RowKey, kind: Kind) -> Option<Credit<'static>> {
    if kind == Kind::Deputy && matches!(row, RowKey::Role(r) if r.own_right()) {
        return None;
    }
    Some(Credit::Row(row, kind))
}
