//! The register and what a board manager asks of it as of a date: the rating of each
//! risk, the heat map, reviews due or overdue, direction of travel, risks above the
//! escalation threshold and a summary for the board paper.
//!
//! Every operation takes the "as of" date from the caller; nothing reads the clock.

use super::entry::RiskStatus;
use super::matrix::{Matrix, Rating};
use crate::date::{Date, When};
use crate::error::Error;
use crate::Id;
use serde::{Deserialize, Serialize};

pub use super::data::{HeatBasis, RiskRegister, StatedCell, StatedCount};
pub use super::entry::RiskDirection;

/// The old name of [`RiskDirection`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `RiskDirection`: an indicator has a direction of travel of its own, `ScorecardDirection`"
)]
pub type Direction = RiskDirection;
pub(crate) use super::rating::Intervals;
pub use super::rating::RiskRating;

// The capabilities, reviews and summary live in their own files of this folder and are
// part of this module (so their public paths stay `risk::register::...`).
include!("capability.rs");
include!("reviews.rs");
include!("summary.rs");
