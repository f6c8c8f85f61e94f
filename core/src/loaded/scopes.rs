//! The kinds of record a loaded board's neighbourhood holds (`around.rs`, `document`):
//! every organisation and body (each body's constitution, profile and statutory records
//! with it), and the people, meetings (with their matters arising) and actions the record
//! reaches. An action or meeting is checked on that neighbourhood, so a rule that reports
//! on an action or a meeting and reads any other kind (the risk register, budgets,
//! funding decisions, scorecards, the challenge log) would see it empty there and
//! disagree with the one-shot check. `core/tests/loaded_scopes.rs` holds every unit that
//! reports on an action or a meeting in its fixtures to this list.

use crate::unit::Scope;

/// The scopes a rule reporting on an action or a meeting may read on a loaded board.
pub const NEIGHBOURHOOD: &[Scope] = &[
    Scope::Person,
    Scope::Body,
    Scope::Organisation,
    Scope::Profile,
    Scope::Statutory,
    Scope::Meeting,
    Scope::MattersArising,
    Scope::Action,
];

/// The scopes of `scope` a neighbourhood does not hold.
pub fn outside(scope: &[Scope]) -> Vec<Scope> {
    scope
        .iter()
        .copied()
        .filter(|s| !NEIGHBOURHOOD.contains(s))
        .collect()
}
