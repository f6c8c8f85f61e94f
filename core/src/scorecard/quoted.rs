//! Numbers quoted in text: the rule `scorecard.quoted_change_differs`, a unit of the
//! registry (`rules/quoted_change_differs.rs`); its constant keeps this public path.

pub use super::rules::quoted_change_differs::QUOTED_CHANGE_DIFFERS;
