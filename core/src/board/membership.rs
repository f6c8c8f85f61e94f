//! Membership over time: named seats (shared, vacant, changing hands) and how a chair
//! came to the role.

use crate::date::Date;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// How a chair or vice-chair came to the role.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Appointment {
    /// Appointed from outside the partner agencies.
    Independent,
    /// Elected by the body ("agreed to appoint X as Chair", proposed and seconded).
    Elected,
    /// Held in rotation between partners.
    Rotating,
}

/// A named seat on a body: held by one member, shared by two ("CR/MS"), changing hands
/// ("X taken over from Y") or vacant ("substituting for the vacancy").
///
/// Members hold it through `Member.seat`; a seat with no member current on a day is
/// vacant that day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    /// Host id, used by `Member.seat` and attendance's `seat`.
    pub id: Id,
    /// Name as the body writes it ("Lead Member", "Primary Heads", "WGA Governor").
    pub name: String,
    /// The organisation the seat is for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Id>,
    /// Held jointly by two or more people at once (either may attend).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub shared: bool,
    /// Recorded as vacant from this day (a retirement, a resignation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vacant_from: Option<Date>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
