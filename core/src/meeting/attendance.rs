//! Attendance: how each person was at a meeting.

use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// How a person was at a meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceStatus {
    /// A member present in person.
    Present,
    /// Sent apologies.
    Apologies,
    /// Attended as deputy for a member (`deputy_for`): "represented by", "on behalf of".
    Deputy,
    /// Attended but is not a member (officers, guests, presenters).
    InAttendance,
    /// Took the minutes (clerk).
    MinuteTaker,
    /// A member who did not attend, without apology ("N = Did Not Attend").
    Absent,
    /// Recorded with a blank or unknown mark: whether they attended is not known.
    Unknown,
    /// Sat in a vacant seat (`seat`): "substituting for the vacancy".
    Substitute,
    /// An observer (speaks, does not decide; never counts towards a quorum).
    Observer,
}

impl AttendanceStatus {
    /// True when the person was in the room.
    pub fn in_room(self) -> bool {
        matches!(
            self,
            AttendanceStatus::Present
                | AttendanceStatus::Deputy
                | AttendanceStatus::InAttendance
                | AttendanceStatus::MinuteTaker
                | AttendanceStatus::Substitute
                | AttendanceStatus::Observer
        )
    }
}

/// One person's attendance at one meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// The person; empty when the paper does not name them: a deputy known only by whom
    /// they stood in for ("D = Deputy attended in place"), or a shared seat's mark that
    /// does not say which holder attended (then `seat` is given).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub person: Id,
    /// How they attended.
    pub status: AttendanceStatus,
    /// For a deputy: the member (person id) they deputised for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy_for: Option<Id>,
    /// For a deputy whose member is not named: the seat (`Body.named_seats`) they sat
    /// in; for a substitute: the vacant seat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<Id>,
    /// For a deputy whose member is not named: the agency they represented. For a
    /// member present in their own right: an agency they also represented with no
    /// principal named (a grid's "R"); they count present for their own seat and the
    /// agency counts represented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Id>,
    /// A person present in their own right who also represented another member at the
    /// same time (one person in two capacities): that member's person id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub also_deputy_for: Option<Id>,
    /// In attendance for these agenda items only (item numbers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// The mark in an attendance grid's cell ("Y", "D", "-"), read through the meeting's
    /// `attendance_key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The role the person is recorded with at this meeting (chair for the day, observer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<crate::board::SpecialRole>,
    /// Free-text note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Memberships by (body id, person or seat id), built once per document (a person may
/// hold several memberships of one body over time; a seat passes between people).
pub(crate) type Memberships<'a> =
    std::collections::HashMap<(&'a str, &'a str), Vec<&'a crate::board::Member>>;

/// The memberships and the seats' holders of every body of a document, by (body id,
/// person id) and (body id, seat id).
pub(crate) fn memberships(bodies: &[crate::board::Body]) -> (Memberships<'_>, Memberships<'_>) {
    let mut memberships: Memberships<'_> = Memberships::new();
    let mut seat_holders: Memberships<'_> = Memberships::new();
    for b in bodies {
        for mem in &b.members {
            memberships
                .entry((b.id.as_str(), mem.person.as_str()))
                .or_default()
                .push(mem);
            if let Some(seat) = &mem.seat {
                seat_holders
                    .entry((b.id.as_str(), seat.as_str()))
                    .or_default()
                    .push(mem);
            }
        }
    }
    (memberships, seat_holders)
}

/// The members an entry stands in for: its deputy_for, and its also_deputy_for.
pub(crate) fn stood_in_for(a: &Attendance) -> impl Iterator<Item = (&str, &'static str)> {
    names_of(0, a)
        .filter(DeputyName::stands_in)
        .map(|d| (d.person, d.field))
}

/// One naming, in an attendance entry, of a member the entry stood in for (its
/// `deputy_for` or its `also_deputy_for`), as the paper gives it.
#[derive(Clone, Copy)]
pub(crate) struct DeputyName<'a> {
    /// The entry's position in the meeting's attendance.
    pub(crate) j: usize,
    /// The entry.
    pub(crate) entry: &'a Attendance,
    /// The person named.
    pub(crate) person: &'a str,
    /// The field that names them.
    pub(crate) field: &'static str,
}

impl DeputyName<'_> {
    /// Whether the entry names its own person.
    pub(crate) fn own(&self) -> bool {
        self.person == self.entry.person
    }

    /// Whether the entry stood in for the member named: another person, named by a
    /// deputy's `deputy_for` or by any entry's `also_deputy_for`.
    pub(crate) fn stands_in(&self) -> bool {
        !self.own()
            && (self.field == "also_deputy_for" || self.entry.status == AttendanceStatus::Deputy)
    }
}

/// The deputy fields of entry `j`, in order.
fn names_of(j: usize, entry: &Attendance) -> impl Iterator<Item = DeputyName<'_>> {
    let fields = [
        (&entry.deputy_for, "deputy_for"),
        (&entry.also_deputy_for, "also_deputy_for"),
    ];
    fields.into_iter().filter_map(move |(p, field)| {
        let person = p.as_deref()?;
        Some(DeputyName {
            j,
            entry,
            person,
            field,
        })
    })
}

/// The deputy walk of a meeting's attendance: every member an entry names in its
/// `deputy_for` and `also_deputy_for`, entry by entry, in order. The deputy rules each
/// keep the names they judge ([`DeputyName::own`], [`DeputyName::stands_in`]).
pub(crate) fn deputy_names(attendance: &[Attendance]) -> impl Iterator<Item = DeputyName<'_>> {
    attendance
        .iter()
        .enumerate()
        .flat_map(|(j, a)| names_of(j, a))
}

/// What an attendance entry claims of the body on the meeting's date: a member it stood
/// in for (the person and the field naming them), or, for a substitute, a vacant seat
/// (`None` when it names none).
#[derive(Clone, Copy)]
pub(crate) enum BodyClaim<'a> {
    /// A member the entry stood in for ([`stood_in_for`]), with the field naming them.
    Member(&'a str, &'static str),
    /// The seat a substitute sat in.
    Seat(Option<&'a str>),
}

/// The walk of a meeting's attendance against its body's members and seats on the
/// meeting's date: each entry's claims ([`BodyClaim`]) with the entry's position, entry
/// by entry, in order.
pub(crate) fn body_claims(
    attendance: &[Attendance],
) -> impl Iterator<Item = (usize, BodyClaim<'_>)> {
    attendance.iter().enumerate().flat_map(|(j, a)| {
        let seat = (a.status == AttendanceStatus::Substitute)
            .then_some(BodyClaim::Seat(a.seat.as_deref()));
        stood_in_for(a)
            .map(|(p, field)| BodyClaim::Member(p, field))
            .chain(seat)
            .map(move |c| (j, c))
    })
}
