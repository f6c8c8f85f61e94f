//! Meetings: attendance, deputies, quorum, agenda, minutes, decisions, declarations.
//!
//! One file per concept: the meeting record, attendance, references to people, the
//! agenda and its numbering, decisions and declarations, previous minutes and matters
//! arising, quorum, the rules, and the public version.

mod agenda;
mod attendance;
mod decisions;
mod person_ref;
mod previous;
mod public;
mod quorum;
mod record;
mod rules;

pub use agenda::*;
pub use attendance::*;
pub use decisions::*;
pub use person_ref::*;
pub use previous::*;
pub use public::*;
pub use quorum::*;
pub use record::*;
pub use rules::*;

fn is_false(b: &bool) -> bool {
    !*b
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}
