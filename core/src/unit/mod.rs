//! Rule units: a rule as one item, with everything the catalogue, the premises, the
//! citations and the validation driver need to know about it, and its check over a
//! narrow context.
//!
//! A unit lives in its own file (`core/src/<area>/rules/<name>.rs`, a `pub const UNIT`);
//! the registry ([`crate::registry`]) that lists every unit, and each area's
//! `rules/mod.rs`, are generated (`bash tests/codegen.sh`, the example `registry`).
//! Rules not yet written as units keep their old tables; both kinds coexist.

mod run;
pub(crate) use run::{run_document, run_indicator};
// Statutory records and challenge log (ustat): their per-record stages' walk.
pub(crate) mod statutory;
mod statutory_run;
pub(crate) use statutory::StatutoryAt;
pub(crate) use statutory_run::run_statutory;

use crate::index::Index;
use crate::premise::Premise;
use crate::scorecard::indicator::Indicator;
use crate::scorecard::Scorecard;
use crate::validate::{Report, Rule, ValidateOptions};

/// The area a rule belongs to, in catalogue order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// Bodies, members and constitutions.
    Board,
    /// Meetings, attendance and minutes.
    Meeting,
    /// The statutory records.
    Statutory,
    /// The action log.
    Action,
    /// The risk register.
    Risk,
    /// Budgets and funding decisions.
    Budget,
    /// Performance scorecards.
    Scorecard,
    /// The challenge log.
    Challenge,
    /// One record as a form checks it.
    Form,
}

/// A record kind a rule reads: its context gives it only the kinds its scope names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The document's people (look-ups by id).
    Person,
    /// The document's bodies (look-ups by id).
    Body,
    /// The scorecards and their indicators.
    Scorecard,
    // Statutory records and challenge log (ustat):
    /// The document's meetings (the one under check, and look-ups by id).
    Meeting,
    /// The document's action log (look-ups by id).
    Action,
    /// The bodies' statutory records (their yearly reports and lead partners).
    Statutory,
    /// The challenge log.
    Challenge,
}

/// Where the validation's walk calls a unit's check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Once per document, after the old-idiom rules of every area.
    Document,
    /// Once per indicator, with its references (a document only: not on a scorecard
    /// checked on its own).
    IndicatorFields,
    /// Once per indicator, on its note, values, target and comparators; also on a
    /// scorecard checked on its own.
    IndicatorValues,
    // Statutory records and challenge log (ustat): with the meeting rules only (a
    // document, not a loaded board's record other than a meeting).
    /// Once per body, on its statutory records.
    StatutoryBody,
    /// Once per yearly report of a body, after the body's stage.
    StatutoryReport,
    /// Once per exemption of a meeting (its agenda items', then its closed parts'), before
    /// the meeting's stage; the review date's finding comes first.
    StatutoryExemption,
    /// Once per meeting, after its exemptions.
    StatutoryMeeting,
    /// Once per executive or key decision of a meeting, after the meeting's stage; the
    /// written record's findings come first.
    StatutoryDecision,
    /// Once per meeting, after its decisions.
    StatutoryRegister,
    /// Once per challenge of the log, after its references.
    Challenge,
}

/// A governance rule as one unit.
#[derive(Debug, Clone, Copy)]
pub struct RuleUnit {
    /// Code, severity and one-line meaning.
    pub rule: Rule,
    /// The area the rule belongs to.
    pub area: Area,
    /// What the paper must record for the rule to apply, and the fields that record it.
    pub premise: Premise,
    /// The record kinds the check reads.
    pub scope: &'static [Scope],
    /// The law the rule enforces, if it enforces one.
    pub citation: Option<&'static str>,
    /// The constitution thresholds (`constitution.thresholds` names) the check reads.
    pub thresholds: &'static [&'static str],
    /// Where the validation's walk calls the check (which also fixes the order of the
    /// findings in the report).
    pub stage: Stage,
    /// The check: findings into the report.
    pub check: fn(&UnitContext<'_>, &mut Report),
}

/// Where the records of a context come from.
#[derive(Clone, Copy)]
pub(crate) enum Source<'a> {
    /// A whole document, through its index.
    Document(&'a Index<'a>),
    /// One indicator (with its scorecard's pointer and the document, when there is one).
    Indicator(Option<&'a Index<'a>>, &'a str, &'a Scorecard, usize),
    /// One record of the statutory or challenge areas' stages, in a document (ustat).
    Statutory(&'a Index<'a>, StatutoryAt),
}

/// What a unit's check may read: the records its scope names, and the options.
#[derive(Clone, Copy)]
pub struct UnitContext<'a> {
    pub(crate) source: Source<'a>,
    pub(crate) options: &'a ValidateOptions,
    pub(crate) scope: &'static [Scope],
}

impl<'a> UnitContext<'a> {
    fn reads(&self, kind: Scope) -> bool {
        self.scope.contains(&kind)
    }

    /// The validation's options.
    pub fn options(&self) -> &'a ValidateOptions {
        self.options
    }

    /// Each scorecard with its JSON Pointer (`/scorecards/0`, or empty for a scorecard
    /// checked on its own); none unless the scope names [`Scope::Scorecard`].
    pub fn scorecards(&self) -> Vec<(String, &'a Scorecard)> {
        if !self.reads(Scope::Scorecard) {
            return Vec::new();
        }
        match self.source {
            Source::Document(ix) => ix
                .document()
                .scorecards
                .iter()
                .enumerate()
                .map(|(i, s)| (format!("/scorecards/{i}"), s))
                .collect(),
            Source::Indicator(_, base, s, _) => vec![(base.to_string(), s)],
            Source::Statutory(..) => Vec::new(), // ustat
        }
    }

    /// Each indicator with its scorecard and its JSON Pointer
    /// (`/scorecards/0/indicators/2`); none unless the scope names [`Scope::Scorecard`].
    pub fn indicators(&self) -> Vec<(String, &'a Scorecard, &'a Indicator)> {
        if let Source::Indicator(_, base, sc, j) = self.source {
            return match sc.indicators.get(j) {
                Some(ind) if self.reads(Scope::Scorecard) => {
                    vec![(format!("{base}/indicators/{j}"), sc, ind)]
                }
                _ => Vec::new(),
            };
        }
        let mut all = Vec::new();
        for (base, sc) in self.scorecards() {
            for (j, ind) in sc.indicators.iter().enumerate() {
                all.push((format!("{base}/indicators/{j}"), sc, ind));
            }
        }
        all
    }

    /// A person by id; `None` when absent, outside the scope, or without a document.
    pub fn person(&self, id: &str) -> Option<&'a crate::board::Person> {
        match self.source {
            Source::Document(ix) | Source::Indicator(Some(ix), ..) if self.reads(Scope::Person) => {
                ix.person(id)
            }
            _ => None,
        }
    }

    /// A body by id; `None` when absent, outside the scope, or without a document.
    pub fn body(&self, id: &str) -> Option<&'a crate::board::Body> {
        match self.source {
            Source::Document(ix) | Source::Indicator(Some(ix), ..) if self.reads(Scope::Body) => {
                ix.body(id)
            }
            _ => None,
        }
    }
}

/// Declare [`RuleCode`](crate::registry::RuleCode): `rule_codes! { Variant => "area.what", ... }`.
macro_rules! rule_codes {
    ($($variant:ident => $code:literal,)*) => {
        /// The code of every rule of the catalogue, typed; on the wire it is its string
        /// ([`RuleCode::as_str`], and [`std::str::FromStr`] back).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleCode {
            $(#[doc = concat!("`", $code, "`")] $variant,)*
        }

        impl RuleCode {
            /// Every code, in byte order of the string.
            pub const ALL: &'static [RuleCode] = &[$(RuleCode::$variant,)*];

            /// The code as it is written on the wire (`action.overdue`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleCode::$variant => $code,)*
                }
            }
        }

        impl std::str::FromStr for RuleCode {
            type Err = $crate::unit::UnknownRuleCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok(RuleCode::$variant),)*
                    _ => Err($crate::unit::UnknownRuleCode),
                }
            }
        }
    };
}
pub(crate) use rule_codes;

/// A text that is not the code of a rule of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownRuleCode;

impl std::fmt::Display for UnknownRuleCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("No rule has this code: give a code of the rule catalogue (RULES.md).")
    }
}

impl std::error::Error for UnknownRuleCode {}
