//! Attendance over a period, by agency and by member, as in an annual report's
//! attendance table ("the attendance rates by agency to the full Board meetings").
//!
//! # How attendance is counted
//! * **Meetings held**: the body's meetings dated from `from` to `to` (inclusive) that
//!   took place (not scheduled, not cancelled; a meeting whose status the paper does
//!   not record counts when its attendance records someone in the room).
//! * **Rows**: one per organisation that members sit for; one each for the independent
//!   chair, the lay members and the lead member, who attend in their own right (their
//!   organisation, if any, is ignored); and one for members with neither.
//! * **Seats**: an organisation's seats are the body's seat allocation for it, or, when
//!   none is recorded, the number of its members. A role row has one seat per member in
//!   that role. Members holding one named seat (shared, or changing hands) count as one.
//! * **Seat-meetings** = seats x meetings held, less the seat-meetings whose mark is blank
//!   or unknown (`not_recorded`: a member of the row whose mark is not recorded and who
//!   was not represented is left out, as in the member's own row). At each meeting a row
//!   scores one per
//!   member of that row who attended (present, in attendance or taking the minutes), or
//!   who sent a deputy (a deputy counts for the agency of the member deputised for, when
//!   that member may send one; never for the chair, lay members or lead member), at most
//!   its seats.
//! * **Unnamed entries**: a deputy for a seat or agency whose member is not named, a
//!   shared seat's mark that does not say which holder attended, and a substitute for a
//!   vacant seat count for the seat's only holder, else for the row of the seat or
//!   agency (see `unnamed`), within the row's seats.
//! * **Representing an agency**: a member present in their own right who also represents
//!   an agency with no principal named (`organisation` on a present entry, a grid's "R")
//!   counts present for their own row and represents that agency (by deputy), unless it
//!   is their own row.
//! * **Percent** = attended / seat-meetings x 100, rounded at `places`, half away from
//!   zero. **Below threshold** is decided on the exact fraction, not the rounded figure.

mod named;
mod row;
mod unnamed;

use crate::board::{Body, Member, SpecialRole};
use crate::date::Date;
use crate::error::Error;
use crate::meeting::Meeting;
use crate::scorecard::{Decimal, Ratio};
use crate::{BoardDocument, Id};
use named::Presence;
use row::row_of;
pub use row::RowKey;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

fn seventy_five() -> Decimal {
    Decimal::from_int(75).unwrap_or(Decimal::ZERO)
}

/// Request for [`attendance`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The body (board, sub-group) whose meetings are counted.
    pub body: Id,
    /// First day of the period (2016-04-01).
    pub from: Date,
    /// Last day of the period (2017-03-31).
    pub to: Date,
    /// Rows attending less than this percentage of their seat-meetings are flagged.
    /// Unless set: the body constitution's attendance threshold, else 75.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_percent: Option<Decimal>,
    /// Decimal places for percentages (0 to 9; 0 unless set).
    #[serde(default)]
    pub places: u32,
}

/// One row of the attendance-by-agency table.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyAttendance {
    /// The agency or role.
    pub row: RowKey,
    /// Seats.
    pub seats: u32,
    /// Seats x meetings held, less the seat-meetings not recorded.
    pub seat_meetings: u32,
    /// Seat-meetings whose mark is blank or unknown (left out of `seat_meetings`).
    #[serde(default)]
    pub not_recorded: u32,
    /// Seat-meetings attended (in person plus by deputy).
    pub attended: u32,
    /// Of those, by members in person.
    pub in_person: u32,
    /// Of those, by deputies (or by a member of another row representing the agency).
    pub by_deputy: u32,
    /// Attended as a percentage of seat-meetings; absent when there were none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Decimal>,
    /// Attended less than the threshold.
    pub below_threshold: bool,
}

/// One member's attendance.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberAttendance {
    /// The member (person id).
    pub person: Id,
    /// The row the member counts in.
    pub row: RowKey,
    /// Meetings held in the period.
    pub meetings: u32,
    /// Meetings attended in person.
    pub present: u32,
    /// Meetings where a deputy attended instead (counted only when the member may send one).
    pub by_deputy: u32,
    /// Meetings with apologies and no deputy.
    pub apologies: u32,
    /// Meetings with no attendance, apologies or deputy recorded (on a full list or a
    /// grid, so the member did not attend).
    pub absent: u32,
    /// Meetings where the member's mark is blank or unknown: not counted either way.
    #[serde(default)]
    pub not_recorded: u32,
    /// (present + by deputy) as a percentage of meetings held, less those not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Decimal>,
    /// Attended less than the threshold.
    pub below_threshold: bool,
}

/// The attendance report for a body over a period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttendanceReport {
    /// The body.
    pub body: Id,
    /// First day of the period.
    pub from: Date,
    /// Last day of the period.
    pub to: Date,
    /// The threshold used.
    pub threshold_percent: Decimal,
    /// Number of meetings held with attendance recorded (the denominator).
    pub meetings_held: u32,
    /// Their ids, in date order.
    pub meetings: Vec<Id>,
    /// Meetings in the period that took place but whose paper does not record full
    /// attendance (none, or apologies only); they are not counted, so nobody is shown
    /// absent from them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_recorded: Vec<Id>,
    /// One row per agency or role: roles first, then organisations in seat-allocation and
    /// membership order.
    pub agencies: Vec<AgencyAttendance>,
    /// One row per member, in membership order.
    pub members: Vec<MemberAttendance>,
    /// The agency rows below the threshold.
    pub below_threshold: Vec<RowKey>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

struct Percent {
    percent: Option<Decimal>,
    below: bool,
}

fn percent(attended: u32, out_of: u32, threshold: Decimal, places: u32) -> Percent {
    let exact = Ratio::new(i128::from(attended).saturating_mul(100), i128::from(out_of));
    match exact {
        Some(r) if out_of > 0 => Percent {
            percent: r.round(places),
            below: r < threshold.ratio(),
        },
        _ => Percent {
            percent: None,
            below: false,
        },
    }
}

/// A row's marks per meeting (by position in the meetings held): members in person, by
/// deputy, and not recorded.
struct Tally(BTreeMap<usize, (usize, usize, usize)>);

impl Tally {
    /// The row's members' marks and its unnamed credits, per meeting.
    fn of_row<'m>(
        marks: impl Iterator<Item = &'m Vec<(usize, Presence)>>,
        unnamed: Option<&BTreeMap<usize, (usize, usize)>>,
    ) -> Self {
        let mut per_meeting: BTreeMap<usize, (usize, usize, usize)> = BTreeMap::new();
        for (k, x) in marks.flatten() {
            let c = per_meeting.entry(*k).or_default();
            match x {
                Presence::InPerson => c.0 = c.0.saturating_add(1),
                Presence::Deputy => c.1 = c.1.saturating_add(1),
                Presence::Unknown => c.2 = c.2.saturating_add(1),
                Presence::Apologies | Presence::Absent => {}
            }
        }
        for (k, (here, deps)) in unnamed.into_iter().flatten() {
            let c = per_meeting.entry(*k).or_default();
            c.0 = c.0.saturating_add(*here);
            c.1 = c.1.saturating_add(*deps);
        }
        Tally(per_meeting)
    }

    /// The row of the table: each meeting's marks within the row's seats (in person
    /// first, then deputies, then marks not recorded in the seats left).
    fn row(&self, key: RowKey, seats: u32, held: u32, t: Decimal, p: u32) -> AgencyAttendance {
        let (mut in_person, mut by_deputy, mut not_recorded) = (0u32, 0u32, 0u32);
        for (here, deps, unknown) in self.0.values() {
            let here = count(*here).min(seats);
            let deps = count(*deps).min(seats.saturating_sub(here));
            let left = seats.saturating_sub(here).saturating_sub(deps);
            in_person = in_person.saturating_add(here);
            by_deputy = by_deputy.saturating_add(deps);
            not_recorded = not_recorded.saturating_add(count(*unknown).min(left));
        }
        let seat_meetings = seats.saturating_mul(held).saturating_sub(not_recorded);
        let attended = in_person.saturating_add(by_deputy);
        let pc = percent(attended, seat_meetings, t, p);
        AgencyAttendance {
            row: key,
            seats,
            seat_meetings,
            not_recorded,
            attended,
            in_person,
            by_deputy,
            percent: pc.percent,
            below_threshold: pc.below,
        }
    }
}

/// The meeting took place: so recorded, or, when the paper does not record its status,
/// someone is recorded in the room.
fn took_place(m: &Meeting) -> bool {
    m.status.took_place()
        || (m.status.is_not_recorded() && m.attendance.iter().any(|a| a.status.in_room()))
}

/// A meeting counts when its paper lists everyone (a full list or a grid).
fn counted(m: &Meeting) -> bool {
    m.attendance_complete()
}

/// The rows of a body in table order, with their seats. One pass over the members and
/// seats (a body with 30,000 members each for a different organisation has 30,000 rows).
fn rows(body: &Body) -> Vec<(RowKey, u32)> {
    let mut keys: Vec<RowKey> = Vec::new();
    for role in [
        SpecialRole::IndependentChair,
        SpecialRole::LayMember,
        SpecialRole::LeadMember,
        SpecialRole::IndependentScrutineer,
        SpecialRole::Observer,
    ] {
        if body.members.iter().any(|m| m.role == Some(role)) {
            keys.push(RowKey::Role(role));
        }
    }
    let mut orgs: Vec<RowKey> = body
        .seats
        .iter()
        .map(|s| RowKey::Organisation(s.organisation.clone()))
        .collect();
    orgs.extend(
        body.members
            .iter()
            .map(row_of)
            .filter(|k| matches!(k, RowKey::Organisation(_))),
    );
    let mut listed: HashSet<RowKey> = keys.iter().cloned().collect();
    for k in orgs {
        if listed.insert(k.clone()) {
            keys.push(k);
        }
    }
    if body
        .members
        .iter()
        .any(|m| row_of(m) == RowKey::Unaffiliated)
    {
        keys.push(RowKey::Unaffiliated);
    }
    // A row's seats: its members, a named seat counting once however many people hold
    // it (shared, or changing hands).
    let mut members_of: HashMap<RowKey, usize> = HashMap::new();
    let mut seen_seats: HashSet<(RowKey, &str)> = HashSet::new();
    for m in &body.members {
        let key = row_of(m);
        if let Some(seat) = m.seat.as_deref() {
            if !seen_seats.insert((key.clone(), seat)) {
                continue;
            }
        }
        let c = members_of.entry(key).or_default();
        *c = c.saturating_add(1);
    }
    // The first seat allocation of each organisation, as a scan would find it.
    let mut seats_of: HashMap<&str, u32> = HashMap::new();
    for s in &body.seats {
        seats_of.entry(s.organisation.as_str()).or_insert(s.seats);
    }
    keys.into_iter()
        .map(|k| {
            let members = count(members_of.get(&k).copied().unwrap_or(0));
            let seats = match &k {
                RowKey::Organisation(o) => seats_of.get(o.as_str()).copied().unwrap_or(members),
                _ => members,
            };
            (k, seats)
        })
        .collect()
}

/// The attendance report for a body over a period: meetings held, seats and the
/// percentage of seat-meetings each agency attended, the agencies below a threshold,
/// and the same per member. Fails when the body is not in the document, the period ends
/// before it starts, or `places` is above 9.
///
/// ```
/// use boardkit::report::{attendance, AttendanceRequest};
/// let text = std::fs::read_to_string("../examples/data/leicester-lscb.json").unwrap();
/// let request: AttendanceRequest = boardkit::error::from_json(&format!(
///     r#"{{"document": {text}, "body": "b-lscb", "from": "2016-04-01", "to": "2017-03-31"}}"#
/// ))
/// .unwrap();
/// let report = attendance(&request).unwrap();
/// assert!(report.meetings_held >= 1);
/// ```
pub fn attendance(request: &AttendanceRequest) -> Result<AttendanceReport, Error> {
    attendance_of(&request.document, request)
}

/// [`attendance`] of `doc` (a loaded board's own document; `request.document` is not
/// read).
pub(crate) fn attendance_of(
    doc: &BoardDocument,
    request: &AttendanceRequest,
) -> Result<AttendanceReport, Error> {
    let body = checked(doc, request)?;
    let in_period: Vec<&Meeting> = doc
        .meetings_of(&body.id)
        .into_iter()
        .filter(|m| m.date >= request.from && m.date <= request.to && took_place(m))
        .collect();
    // A meeting that took place but whose attendance was never recorded cannot count
    // against anyone: it is left out and listed in `not_recorded`.
    let not_recorded: Vec<Id> = in_period
        .iter()
        .filter(|m| !counted(m))
        .map(|m| m.id.clone())
        .collect();
    let held: Vec<&Meeting> = in_period.into_iter().filter(|m| counted(m)).collect();
    let meetings_held = count(held.len());
    let constitution = body
        .constitution
        .as_ref()
        .and_then(|c| c.thresholds.attendance_percent)
        .and_then(|n| Decimal::from_int(i64::from(n)));
    let t = request
        .threshold_percent
        .or(constitution)
        .unwrap_or_else(seventy_five);
    let p = request.places;

    let seen = named::Named::of(body, &held);
    let member_marks: Vec<Vec<(usize, Presence)>> =
        body.members.iter().map(|m| seen.marks(m)).collect();
    // The members of each row (by position), in one pass.
    let mut row_members: HashMap<RowKey, Vec<usize>> = HashMap::new();
    for (i, m) in body.members.iter().enumerate() {
        row_members.entry(row_of(m)).or_default().push(i);
    }
    let agencies: Vec<AgencyAttendance> = rows(body)
        .into_iter()
        .map(|(key, seats)| {
            let in_row = row_members.get(&key).map(Vec::as_slice).unwrap_or(&[]);
            let marks = in_row.iter().filter_map(|&i| member_marks.get(i));
            let tally = Tally::of_row(marks, seen.unnamed(&key));
            tally.row(key, seats, meetings_held, t, p)
        })
        .collect();
    let members = body
        .members
        .iter()
        .zip(&member_marks)
        .map(|(m, marks)| member_row(m, marks, meetings_held, t, p))
        .collect();

    let below_threshold = agencies
        .iter()
        .filter(|a| a.below_threshold)
        .map(|a| a.row.clone())
        .collect();
    Ok(AttendanceReport {
        body: body.id.clone(),
        from: request.from,
        to: request.to,
        threshold_percent: t,
        meetings_held,
        not_recorded,
        meetings: held.iter().map(|m| m.id.clone()).collect(),
        agencies,
        members,
        below_threshold,
    })
}

/// The body of the request, when it is in the document and the period and the places
/// can be read.
fn checked<'d>(doc: &'d BoardDocument, request: &AttendanceRequest) -> Result<&'d Body, Error> {
    let body = doc
        .body(&request.body)
        .ok_or_else(|| Error::invalid("/body", "the body is not in the document"))?;
    if request.to < request.from {
        return Err(Error::invalid("/to", "the period ends before it starts"));
    }
    if request.places > crate::scorecard::rate::MAX_PLACES {
        return Err(Error::invalid(
            "/places",
            "Enter decimal places from 0 to 9",
        ));
    }
    Ok(body)
}

/// A member's row of the table, from their marks at the `held` meetings.
fn member_row(
    m: &Member,
    marks: &[(usize, Presence)],
    held: u32,
    t: Decimal,
    p: u32,
) -> MemberAttendance {
    let n = |x: Presence| count(marks.iter().filter(|(_, y)| *y == x).count());
    let (present, by_deputy) = (n(Presence::InPerson), n(Presence::Deputy));
    let apologies = n(Presence::Apologies);
    let not_recorded = n(Presence::Unknown);
    let judged = held.saturating_sub(not_recorded);
    let absent = judged
        .saturating_sub(present)
        .saturating_sub(by_deputy)
        .saturating_sub(apologies);
    let pc = percent(present.saturating_add(by_deputy), judged, t, p);
    MemberAttendance {
        person: m.person.clone(),
        row: row_of(m),
        meetings: held,
        present,
        by_deputy,
        apologies,
        absent,
        not_recorded,
        percent: pc.percent,
        below_threshold: pc.below,
    }
}
