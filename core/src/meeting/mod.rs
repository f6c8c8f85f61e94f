//! Meetings: attendance, deputies, quorum, agenda, minutes, decisions, declarations.
//!
//! One file per concept: the meeting record, attendance, references to people, the
//! agenda and its numbering, decisions and declarations, previous minutes and matters
//! arising, quorum and the rules. The public version of minutes is
//! decided at the document layer (`crate::public`), since it spans meetings, actions and risks.

mod agenda;
mod attendance;
mod checks;
mod decisions;
pub mod number;
mod person_ref;
mod previous;
mod quorum;
mod record;
mod redactions;
// Meeting agenda (umagenda): person references resolved through the index.
mod refs;
pub mod rules;

pub use agenda::*;
pub use attendance::*;
pub use checks::*;
pub use decisions::*;
pub use person_ref::*;
pub use previous::*;
pub use quorum::*;
pub use record::*;
pub use redactions::Redactions;
pub use refs::*;
// Meeting units (umeeting): each converted rule's constant at its old public path.
pub use rules::{
    APPROVAL_AFTER_AS_OF, DATE_WINDOW_REVERSED, MATTER_ARISING_STATUS_MISSING, MINUTES_CHALLENGED,
    NUMBER_RELATION_UNDECIDED,
};
// Meeting agenda units (umagenda): each converted rule's constant at its old public path.
pub use rules::{
    AGENDA_NUMBER_DUPLICATE, AGENDA_NUMBER_INVALID, AGENDA_OUT_OF_ORDER, DECISION_WHILE_INQUORATE,
    DECLARATIONS_CONTRADICTORY, DECLARATION_ITEM_UNKNOWN, INITIALS_AMBIGUOUS, INITIALS_UNRESOLVED,
    INQUORATE, MINUTE_NUMBER_SKIPPED, NAME_AMBIGUOUS, NAME_UNRESOLVED, PRESENTER_NOT_RECORDED,
    ROLE_UNRESOLVED, STANDING_ITEM_MISSING,
};
// Meeting attendance, dates and minutes units (umatt): each converted rule's constant at
// its old public path.
pub use rules::{
    ATTENDANCE_CODE_UNDEFINED, ATTENDANCE_ITEM_UNKNOWN, ATTENDANCE_OF_UNHELD_MEETING,
    DATE_INFERRED, DATE_UNKNOWN, DEPUTY_AND_PRINCIPAL_PRESENT, DEPUTY_FOR_NON_MEMBER,
    DEPUTY_NOT_ALLOWED, DEPUTY_WITHOUT_PRINCIPAL, DUPLICATE_ATTENDANCE, END_BEFORE_START,
    MINUTES_APPROVED_BEFORE_HELD, NEXT_MEETING_NOT_AFTER, PREVIOUS_MINUTES_DATE_MISMATCH,
    PREVIOUS_MINUTES_NOT_EARLIER, PREVIOUS_MINUTES_OTHER_BODY, PREVIOUS_MINUTES_UNNAMED,
    SELF_DEPUTY, SUBSTITUTE_WITHOUT_SEAT, TWO_DEPUTIES,
};

fn is_false(b: &bool) -> bool {
    !*b
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}
