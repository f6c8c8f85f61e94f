//! What a unit of the board area may read: the organisations, people and bodies, each
//! with its JSON Pointer, and look-ups by id through the document's index; and the walk's
//! calls of the board stages.

use super::run::run_stage;
use super::{Scope, Source, Stage, UnitContext};
use crate::board::{Body, Organisation, Person};
use crate::index::Index;
use crate::meeting::Meeting;
use crate::pointer::Pointer;
use crate::validate::{Finding, Report, ValidateOptions};

impl<'a> UnitContext<'a> {
    /// Each body with its JSON Pointer (`/bodies/0`); none outside a document or the scope
    /// ([`Scope::Body`]).
    pub fn bodies(&self) -> Vec<(String, &'a Body)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Body) => ix
                .document()
                .bodies
                .iter()
                .enumerate()
                .map(|(b, body)| (Pointer::root().item("bodies", b).into(), body))
                .collect(),
            // Another area's per-record stage: no body of its own.
            _ => Vec::new(),
        }
    }

    /// Each person with its JSON Pointer (`/people/0`); none outside a document or the
    /// scope ([`Scope::Person`]).
    pub fn people(&self) -> Vec<(String, &'a Person)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Person) => ix
                .document()
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| (Pointer::root().item("people", i).into(), p))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Each organisation with its JSON Pointer (`/organisations/0`); none outside a
    /// document or the scope ([`Scope::Organisation`]).
    pub fn organisations(&self) -> Vec<(String, &'a Organisation)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Organisation) => ix
                .document()
                .organisations
                .iter()
                .enumerate()
                .map(|(i, o)| (Pointer::root().item("organisations", i).into(), o))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// An organisation by id; `None` when absent, outside the scope
    /// ([`Scope::Organisation`]), or without a document.
    pub fn organisation(&self, id: &str) -> Option<&'a Organisation> {
        if !self.reads(Scope::Organisation) {
            return None;
        }
        self.source.index().and_then(|ix| ix.organisation(id))
    }

    /// A meeting by id, for the board records that name one; `None` when absent, outside
    /// the scope ([`Scope::Meeting`]), or without a document.
    pub(crate) fn board_meeting(&self, id: &str) -> Option<&'a Meeting> {
        if !self.reads(Scope::Meeting) {
            return None;
        }
        self.source.index().and_then(|ix| ix.meeting(id))
    }

    /// The constitution of each body that has one, with its JSON Pointer
    /// (`/bodies/0/constitution`), for its rule settings and acknowledgements; none outside
    /// a document or the scope ([`Scope::Profile`]).
    pub(crate) fn profiles(&self) -> Vec<(String, &'a crate::board::Constitution)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Profile) => ix
                .document()
                .bodies
                .iter()
                .enumerate()
                .filter_map(|(b, body)| {
                    let c = body.constitution.as_ref()?;
                    Some((
                        Pointer::root()
                            .item("bodies", b)
                            .field("constitution")
                            .into(),
                        c,
                    ))
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether a rule of the catalogue has this code: a scan of the fixed catalogue,
    /// allocating nothing (a process-wide set would stay allocated at exit, which a C
    /// host's leak checker reports as possibly lost; tests/c.sh runs valgrind).
    pub(crate) fn is_rule_code(&self, code: &str) -> bool {
        crate::catalogue::find(code).is_some()
    }
}

/// Run the board stage on a document: its findings in the order of the board's walk
/// (ids, people's organisations, then each body in turn, then the reporting cycles).
pub(crate) fn run_board(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    let from = out.findings.len();
    run_stage(Stage::Board, Source::Document(ix), options, out);
    if let Some(found) = out.findings.get_mut(from..) {
        found.sort_by_key(board_place);
    }
}

/// Run the profile stage on a report of the profiles' own findings (`own`), with the
/// findings pushed before it (the acknowledgements' references): ordered by body, then its
/// rule settings before its acknowledgements, each by position, then by field.
pub(crate) fn run_board_profile(ix: &Index<'_>, options: &ValidateOptions, own: &mut Report) {
    run_stage(Stage::BoardProfile, Source::Document(ix), options, own);
    own.findings.sort_by_key(|f| profile_place(&f.path));
}

/// Run the acknowledgements' stage on the report the profiles were applied to.
pub(crate) fn run_board_acknowledgements(
    ix: &Index<'_>,
    options: &ValidateOptions,
    out: &mut Report,
) {
    run_stage(
        Stage::BoardAcknowledgements,
        Source::Document(ix),
        options,
        out,
    );
}

/// A position in a path (`5` of `/bodies/2/members/5/seat`); past the end when absent.
fn num(part: Option<&str>) -> usize {
    part.and_then(|n| n.parse().ok()).unwrap_or(usize::MAX)
}

/// Where a finding of the board stage comes in the board's walk: the ids of organisations,
/// people and bodies, the people's organisations, each body (its reporting lines, its
/// memberships over time, its named seats, its history, its members, its seats, its
/// groups), then the reporting cycles.
fn board_place(f: &Finding) -> (u8, usize, u8, usize, u8, usize) {
    let mut parts = f.path.split('/').skip(1);
    let list = parts.next().unwrap_or("");
    let i = num(parts.next());
    let field = parts.next().unwrap_or("");
    let code = f.code.as_str();
    match (list, field) {
        ("organisations", _) => (0, i, 0, 0, 0, 0),
        ("people", "id") => (1, i, 0, 0, 0, 0),
        ("people", _) => (3, i, 0, 0, 0, 0),
        ("bodies", "id") => (2, i, 0, 0, 0, 0),
        ("bodies", _) if code == "board.reporting_cycle" => (5, i, 0, 0, 0, 0),
        ("bodies", _) => {
            let j = num(parts.next());
            let (phase, sub, k) = body_place(field, parts.next().unwrap_or(""), code);
            // A history's findings keep the unit's own order (by date).
            let j = if phase == 5 { 0 } else { j };
            let k = if k { num(parts.next()) } else { 0 };
            (4, i, phase, j, sub, k)
        }
        _ => (6, 0, 0, 0, 0, 0),
    }
}

/// Within a body: the phase of the walk, the order within one record, and whether a
/// further position follows (a group's people).
fn body_place(list: &str, field: &str, code: &str) -> (u8, u8, bool) {
    match (list, field) {
        ("reports_to", _) => (0, u8::from(code != "board.duplicate_reports_to"), false),
        ("members", "until") => (1, 0, false),
        ("members", "seat") if code == "board.seat_overfilled" => (3, 0, false),
        ("members", "seat") => (1, 1, false),
        ("members", "recorded_at") => (1, 2, false),
        ("members", "person") if code == "board.duplicate_member" => (2, 0, false),
        ("members", "person") if code == "board.ambiguous_initials" => (6, 3, false),
        ("members", "person") => (6, 0, false),
        ("members", "organisation") => (6, 1, false),
        ("members", _) => (6, 2, false),
        ("named_seats", _) => (4, 0, false),
        ("history", _) => (5, 0, false),
        ("seats", _) => (7, 0, false),
        ("groups", _) => (8, 0, true),
        _ => (9, 0, false),
    }
}

/// Where a profile finding lies: its body, settings (0) or acknowledgements (1), the
/// entry, then the field (code, by, meeting).
fn profile_place(path: &str) -> (usize, u8, usize, u8) {
    let mut parts = path.split('/').skip(2);
    let b = num(parts.next());
    let _constitution = parts.next();
    let list = u8::from(parts.next() != Some("rule_settings"));
    let k = num(parts.next());
    let field = match parts.next() {
        Some("code") => 0,
        Some("by") => 1,
        _ => 2,
    };
    (b, list, k, field)
}
