//! Who is named at which held meeting, gathered in one pass over the attendance lists
//! (so the table costs the size of those lists rather than members x meetings): per
//! person, per meeting (by position among the meetings held), their own attendance entry
//! and whether someone deputised for them; per row, the unnamed entries credited to it.

use super::row::{row_of, RowKey};
use super::unnamed::{self, Credit, Kind};
use crate::board::{Body, Member};
use crate::meeting::{AttendanceStatus, Meeting};
use std::collections::{BTreeMap, HashMap};

/// How one member was represented at one meeting.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Presence {
    InPerson,
    Deputy,
    Apologies,
    Unknown,
    Absent,
}

/// What one meeting's attendance list says of one person: their own entry (the first)
/// and whether someone deputised for them.
#[derive(Default)]
struct Seen {
    status: Option<AttendanceStatus>,
    deputised: bool,
}

impl Seen {
    /// How a member was represented: in person (present, in attendance or taking the
    /// minutes), else by a deputy when the seat may be deputised, else apologies, else
    /// absent.
    fn presence(&self, member: &Member) -> Presence {
        if matches!(
            self.status,
            Some(
                AttendanceStatus::Present
                    | AttendanceStatus::InAttendance
                    | AttendanceStatus::MinuteTaker
                    | AttendanceStatus::Substitute
                    | AttendanceStatus::Observer
            )
        ) {
            return Presence::InPerson;
        }
        if member.deputisable() && self.deputised {
            return Presence::Deputy;
        }
        match self.status {
            Some(AttendanceStatus::Apologies) => Presence::Apologies,
            Some(AttendanceStatus::Unknown) => Presence::Unknown,
            _ => Presence::Absent,
        }
    }
}

/// The agency a named person present in their own right also represents, with no
/// principal named (a grid's "R"), when it is not their own row.
fn represents(a: &crate::meeting::Attendance, own_rows: &HashMap<&str, RowKey>) -> Option<RowKey> {
    if a.status != AttendanceStatus::Present || a.person.is_empty() {
        return None;
    }
    let row = RowKey::Organisation(a.organisation.clone()?);
    (own_rows.get(a.person.as_str()) != Some(&row)).then_some(row)
}

/// What the attendance lists of the held meetings say, person by person and row by row.
pub(super) struct Named<'b> {
    /// Per person, per meeting: their own entry (the first, as `presence` reads it) and
    /// whether someone deputised for them.
    named: HashMap<&'b str, BTreeMap<usize, Seen>>,
    /// Per row, per meeting: unnamed entries credited in person and by deputy.
    unnamed_rows: HashMap<RowKey, BTreeMap<usize, (usize, usize)>>,
}

impl<'b> Named<'b> {
    /// One pass over the attendance lists of `held`, the body's meetings held.
    pub(super) fn of(body: &'b Body, held: &[&'b Meeting]) -> Self {
        let mut out = Named {
            named: HashMap::new(),
            unnamed_rows: HashMap::new(),
        };
        let seats = unnamed::Seats::new(body);
        let mut own_rows: HashMap<&str, RowKey> = HashMap::new();
        for m in &body.members {
            own_rows
                .entry(m.person.as_str())
                .or_insert_with(|| row_of(m));
        }
        for (k, meeting) in held.iter().enumerate() {
            for a in &meeting.attendance {
                match seats.credit(a, meeting.date) {
                    Some(Credit::Member(p, kind)) => {
                        let seen = out.seen(p, k);
                        match kind {
                            Kind::Deputy => seen.deputised = true,
                            Kind::InPerson => {
                                seen.status.get_or_insert(AttendanceStatus::Present);
                            }
                        }
                    }
                    Some(Credit::Row(row, kind)) => {
                        let c = out.credits(row, k);
                        match kind {
                            Kind::InPerson => c.0 = c.0.saturating_add(1),
                            Kind::Deputy => c.1 = c.1.saturating_add(1),
                        }
                    }
                    None => {}
                }
                out.entry(a, k, &own_rows);
            }
        }
        out
    }

    /// A named person's own entry at the `k`th meeting held, and whom they deputised for.
    fn entry(
        &mut self,
        a: &'b crate::meeting::Attendance,
        k: usize,
        own_rows: &HashMap<&str, RowKey>,
    ) {
        if a.person.is_empty() {
            return;
        }
        if let Some(row) = represents(a, own_rows) {
            let c = self.credits(row, k);
            c.1 = c.1.saturating_add(1);
        }
        let own = self.seen(a.person.as_str(), k);
        if own.status.is_none() {
            own.status = Some(a.status);
        }
        if a.status == AttendanceStatus::Deputy {
            if let Some(p) = a.deputy_for.as_deref() {
                self.seen(p, k).deputised = true;
            }
        }
    }

    fn seen(&mut self, person: &'b str, k: usize) -> &mut Seen {
        self.named.entry(person).or_default().entry(k).or_default()
    }

    fn credits(&mut self, row: RowKey, k: usize) -> &mut (usize, usize) {
        self.unnamed_rows
            .entry(row)
            .or_default()
            .entry(k)
            .or_default()
    }

    /// A member's marks at the meetings they are named at; absent at every other.
    pub(super) fn marks(&self, m: &Member) -> Vec<(usize, Presence)> {
        self.named
            .get(m.person.as_str())
            .into_iter()
            .flatten()
            .map(|(k, seen)| (*k, seen.presence(m)))
            .filter(|(_, x)| *x != Presence::Absent)
            .collect()
    }

    /// A row's unnamed credits, per meeting.
    pub(super) fn unnamed(&self, row: &RowKey) -> Option<&BTreeMap<usize, (usize, usize)>> {
        self.unnamed_rows.get(row)
    }
}
